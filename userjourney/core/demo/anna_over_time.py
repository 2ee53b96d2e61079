"""ANNA as it grew: the 30 families of :mod:`.anna`, entered over the project, for the Verlauf.

:func:`~.anna.store_anna` writes every record at once, so its history has one moment and a
trend of it is flat. Here the same families arrive on the day they joined (August to October
2020) with their journeys as far as "interessant"; each journey that goes further (an
application, a decision, the offer used, a reason for stopping later) is completed in its own
transaction on the day it happened — the application's day, else a day spread over the project.
At the end the database holds exactly what ``store_anna`` stores (Anhang 6.6 as of the Stand),
and ``--as-of`` any day in between shows ANNA as it stood then.

The transactions are written in the order of their days and each gets its day as its time in
the history (noon UTC): the history's order is its time order, as in real use.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlmodel import col

from userjourney.core.demo import anna
from userjourney.core.editing.edits import entry_for, find_family
from userjourney.core.storage.database import Database
from userjourney.core.storage.models import Change

#: The steps a coach records at the first visit: Anspruch … interessant.
FIRST_VISIT_STEPS = 4
#: A journey completed without an application date ends this many days (spread) after joining.
LATER = (45, 420)


def store_anna_over_time(database: Database) -> list[str]:
    """Store ANNA as it grew over the project (see the module docstring); returns the codes
    created: all, or none when any ANNA family is there already (a history cannot be added
    in the middle of one)."""
    families = anna.parse_roster()
    with database.session() as session:
        if any(find_family(session, code) is not None for code, _flags, _kids in families):
            return []
    plans = anna.plan(families)
    events: list[tuple[date, int, Callable[[Session], None]]] = []
    for number, (code, flags, kids) in enumerate(families):
        joined = date(2020, 8, 3) + timedelta(days=3 * number)  # as store_anna's created_on
        events.append((joined, len(events), _first_visit(number, code, flags, kids, plans)))
        for kid in kids:
            for area in anna.OUTCOMES:
                planned = plans[kid.index, area]
                if _finished_at_first_visit(planned):
                    continue
                day = planned.applied_on if planned.applied_on and planned.applied_on > joined else None
                if day is None:
                    spread = LATER[0] + (kid.index * 37 + len(area.value) * 11) % (LATER[1] - LATER[0])
                    day = min(joined + timedelta(days=spread), anna.STAND - timedelta(days=10))
                events.append((day, len(events), _completion(code, kid.name, area, planned)))
    for day, _order, write in sorted(events, key=lambda event: (event[0], event[1])):
        with database.transaction() as session:
            write(session)
        _date_last_transaction(database, datetime.combine(day, time(12), tzinfo=UTC))
    return [code for code, _flags, _kids in families]


def _finished_at_first_visit(planned: anna.Plan) -> bool:
    return len(planned.answers) <= FIRST_VISIT_STEPS and not planned.applied_on and not planned.details


def _first_visit(number: int, code: str, flags, kids, plans) -> Callable[[Session], None]:
    def write(session: Session) -> None:
        anna._store_family(session, number, code, flags, kids, {
            key: _as_far_as_interested(planned) for key, planned in plans.items()})
    return write


def _as_far_as_interested(planned: anna.Plan) -> anna.Plan:
    if _finished_at_first_visit(planned):
        return planned
    return anna.Plan(planned.answers[:FIRST_VISIT_STEPS])


def _completion(code: str, child_name: str, area, planned: anna.Plan) -> Callable[[Session], None]:
    def write(session: Session) -> None:
        family = find_family(session, code)
        assert family is not None
        child = next(child for child in family.children if child.name == child_name)
        anna._store_entry(session, entry_for(session, child, area), planned)  # the whole plan, now
    return write


def _date_last_transaction(database: Database, moment: datetime) -> None:
    with database.transaction() as session:
        last = session.execute(sa.select(col(Change.txn_id)).order_by(col(Change.id).desc()).limit(1)).scalar_one()
        session.execute(sa.update(Change).where(col(Change.txn_id) == last).values(at=moment))
