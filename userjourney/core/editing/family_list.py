"""The rows of the family list: who, where, when last edited, and how complete.

Completeness is counted in SQL for all families at once (the list must open at once for a
whole county), with the same rule as :func:`userjourney.core.journeys.entry_complete`: a
BuT row (child × Bereich) is complete when Anspruch is answered and, where the journey
stops, a reason is given. A stopped journey is one with a ``nein`` anywhere, or an entitled
child that does not (yet) use the offer; because answers are stored consistently (never a
blank or ``nein`` before a ``ja``), "complete" reduces to
``entitled IS NOT NULL AND (reason given OR used)``. A row never touched counts as
incomplete. The test suite checks the SQL against the Python rule on random journeys.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session

from userjourney.core.storage.models import ButEntry, Child, Family, Person, SyncHead, table_of
from userjourney.core.vocab import AREAS, STEP_FIELDS


@dataclass(frozen=True)
class FamilyRow:
    """One line of the family list."""

    id: uuid.UUID
    code: str
    location: str | None
    coach: str | None
    created_on: date
    updated_at: datetime
    children: int
    persons: int
    #: BuT rows (children × 4 Bereiche) and how many of them are complete.
    expected: int
    complete: int
    #: Stopped journeys without a reason (marked in the grid).
    missing_reasons: int
    #: The names (codes or first names) of its children and adults, one per line: what the
    #: search also looks in, since a coach remembers "Jan" sooner than "SCH-01".
    names: str = ""
    #: Open conflicts from a sync (marked in the list).
    conflicts: int = 0

    @property
    def completeness(self) -> float | None:
        """Share of complete BuT rows, 0..1; ``None`` for a family without children."""
        return self.complete / self.expected if self.expected else None


def complete_condition(entry: sa.Table | None = None) -> sa.ColumnElement[bool]:
    """SQL for "this BuT row is complete" (see the module docstring)."""
    c = (entry if entry is not None else table_of(ButEntry)).c
    return sa.and_(c.entitled.is_not(None), sa.or_(c.reason_id.is_not(None), c.used.is_(True)))


def stopped_condition(entry: sa.Table | None = None) -> sa.ColumnElement[bool]:
    """SQL for "this journey stops somewhere" (a ``nein``, or entitled but not using)."""
    c = (entry if entry is not None else table_of(ButEntry)).c
    any_no = sa.or_(*(c[name].is_(False) for name in STEP_FIELDS))
    stalled = sa.and_(c.entitled.is_(True), sa.or_(c.used.is_(None), c.used.is_(False)))
    return sa.or_(any_no, stalled)


def family_rows(session: Session, ids: Iterable[uuid.UUID] | None = None) -> list[FamilyRow]:
    """The list rows of all families (or of ``ids``), newest Letzte Bearbeitung first.

    With ``ids`` the per-family counts are restricted to those families inside the grouped
    subqueries too: SQLite does not push the outer ``WHERE`` into them, and counting every
    family to read one took about 130 ms at 10,000 families — after every commit.
    """
    family, child, person, entry = table_of(Family), table_of(Child), table_of(Person), table_of(ButEntry)
    if ids is not None:
        ids = list(ids)
        if not ids:
            return []

    def only_asked(statement: sa.Select, column) -> sa.Select:
        return statement if ids is None else statement.where(column.in_(ids))

    children = (
        only_asked(sa.select(child.c.family_id, sa.func.count().label("n"),
                             sa.func.aggregate_strings(child.c.name, "\n").label("names")), child.c.family_id)
        .group_by(child.c.family_id)
        .subquery("children")
    )
    persons = (
        only_asked(sa.select(person.c.family_id, sa.func.count().label("n"),
                             sa.func.aggregate_strings(person.c.name, "\n").label("names")), person.c.family_id)
        .group_by(person.c.family_id)
        .subquery("persons")
    )
    entries = (
        sa.select(
            child.c.family_id,
            sa.func.sum(sa.case((complete_condition(entry), 1), else_=0)).label("complete"),
            sa.func.sum(
                sa.case((sa.and_(stopped_condition(entry), entry.c.reason_id.is_(None)), 1), else_=0)
            ).label("missing"),
        )
        .select_from(entry.join(child, entry.c.child_id == child.c.id))
        .where(*([] if ids is None else [child.c.family_id.in_(ids)]))
        .group_by(child.c.family_id)
        .subquery("entries")
    )
    heads = table_of(SyncHead)
    conflicts = (
        only_asked(sa.select(heads.c.family_id, sa.func.count().label("n")).where(heads.c.open.is_(True)),
                   heads.c.family_id)
        .group_by(heads.c.family_id)
        .subquery("conflicts")
    )
    stmt = (
        sa.select(
            family.c.id, family.c.code, family.c.location, family.c.coach, family.c.created_on,
            family.c.updated_at,
            sa.func.coalesce(children.c.n, 0), sa.func.coalesce(persons.c.n, 0),
            sa.func.coalesce(entries.c.complete, 0), sa.func.coalesce(entries.c.missing, 0),
            children.c.names, persons.c.names, sa.func.coalesce(conflicts.c.n, 0),
        )
        .select_from(
            family.outerjoin(children, children.c.family_id == family.c.id)
            .outerjoin(persons, persons.c.family_id == family.c.id)
            .outerjoin(entries, entries.c.family_id == family.c.id)
            .outerjoin(conflicts, conflicts.c.family_id == family.c.id)
        )
        .order_by(family.c.updated_at.desc(), family.c.code)
    )
    if ids is not None:
        stmt = stmt.where(family.c.id.in_(ids))
    rows = []
    for (fid, code, location, coach, created, updated, n_children, n_persons, complete, missing,
         child_names, person_names, n_conflicts) in session.execute(stmt):
        rows.append(
            FamilyRow(
                id=fid, code=code, location=location, coach=coach, created_on=created,
                updated_at=updated,
                children=n_children, persons=n_persons, expected=n_children * len(AREAS),
                complete=int(complete), missing_reasons=int(missing),
                names="\n".join(names for names in (child_names, person_names) if names),
                conflicts=int(n_conflicts),
            )
        )
    return rows


def distinct_values(session: Session, column: str) -> list[str]:
    """The Standorte or JobCoaches in use, A–Z (for the list's filters)."""
    col = table_of(Family).c[column]
    return [v for (v,) in session.execute(sa.select(col).where(col.is_not(None)).distinct().order_by(col))]


def value_usage(session: Session, column: str) -> list[tuple[str, int]]:
    """The Standorte or JobCoaches in use with how many families have each, A–Z."""
    col = table_of(Family).c[column]
    rows = session.execute(sa.select(col, sa.func.count()).where(col.is_not(None)).group_by(col)).all()
    return sorted(((value, int(count)) for value, count in rows), key=lambda r: (r[0].casefold(), r[0]))


def load_rows(db, ids: Iterable[uuid.UUID] | None = None) -> list[FamilyRow]:
    """:func:`family_rows` in a short read session of ``db``."""
    with db.session() as session:
        return family_rows(session, ids)


def load_filter_values(db) -> tuple[list[str], list[str]]:
    """(Standorte, JobCoaches) in use, for the list's filters and the new-family dialog."""
    with db.session() as session:
        return distinct_values(session, "location"), distinct_values(session, "coach")
