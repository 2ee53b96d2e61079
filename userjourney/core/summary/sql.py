"""The SQL of the summary: which rows count for which figure, written down once.

The figures (:mod:`userjourney.core.summary.counting`) and the drill-down
(:mod:`userjourney.core.summary.drilldown`) are both built from the expressions here, so a number and
the list of children behind it cannot disagree.

Portability (SQLite now, PostgreSQL later) comes from staying inside SQLAlchemy Core:

* booleans are tested with ``is_(True)`` / ``not_(… .is_(True))``, which render ``IS 1`` on
  SQLite and ``IS true`` on PostgreSQL and treat NULL (not answered) as "no";
* conditional counts are ``SUM(CASE WHEN … THEN 1 ELSE 0 END)`` — no ``FILTER``, no ``IIF``;
* dates are compared with bound parameters; the one piece of date arithmetic (Beginn plus
  three calendar months) is turned into a single cut-off day in Python first
  (:func:`latest_sustainable_start`), because month arithmetic differs between databases;
* reason texts are grouped by the stored column and the "ohne Angabe" merge happens on the
  few grouped rows, because ``GROUP BY coalesce(text, ?)`` with a bound parameter is not
  accepted by PostgreSQL.

No index beyond the models' own: on 10,000 families the whole summary takes about 140 ms
(``bench/bench_summary.py``); a covering index on ``but_entry(area, entitled, used, …)`` was
measured to save about 25 ms — not needed at that size, so not worth a migration and the
extra write per edit. Revisit if a database grows well beyond a county.

Which rows count follows ``exchange-format.md`` §3 and reads the stored *effective* answers:
an implied ``ja`` is stored as ``ja``, so the summary counts exactly what the grid shows.
"""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import col

from userjourney.core.minijobs import latest_sustainable_start
from userjourney.core.storage.models import ButEntry, Child, Family, MinijobEntry
from userjourney.core.summary.filters import SummaryFilter
from userjourney.core.vocab import FACILITY_TYPE, FacilityType


def count_if(condition: ColumnElement[bool]) -> ColumnElement[int]:
    """``SUM(CASE WHEN condition THEN 1 ELSE 0 END)`` — 0, never NULL, on no rows."""
    return sa.func.coalesce(sa.func.sum(sa.case((condition, 1), else_=0)), 0)


# --------------------------------------------------------------------------- families


def family_conditions(filters: SummaryFilter) -> list[ColumnElement[bool]]:
    """The families that pass the filters (Standort, JobCoach, Erziehungsstatus, Migration, ids).

    Text filters compare exactly (after trimming, done by :class:`SummaryFilter`): Standort and
    JobCoach come from fixed lists in the GUI and from exact names on the command line.
    ``migration_background=False`` means "nein" — families without an answer pass neither.
    """
    conditions: list[ColumnElement[bool]] = []
    if filters.location is not None:
        conditions.append(col(Family.location) == filters.location)
    if filters.coach is not None:
        conditions.append(col(Family.coach) == filters.coach)
    if filters.parenting_status is not None:
        conditions.append(col(Family.parenting_status) == str(filters.parenting_status))
    if filters.migration_background is not None:
        conditions.append(col(Family.migration_background).is_(filters.migration_background))
    if filters.family_ids is not None:
        conditions.append(col(Family.id).in_(sorted(filters.family_ids)))
    return conditions


def entries_of_filtered_families(statement: sa.Select, filters: SummaryFilter, *, child: bool = False) -> sa.Select:
    """``statement`` over the BuT entries of the filtered families.

    Joins ``child`` (and ``family``) only when a filter or the caller (``child=True``) needs
    them: without filters the counts come straight from ``but_entry``, which halves the time
    on a county-sized database.
    """
    statement = statement.select_from(ButEntry)
    conditions = family_conditions(filters)
    if conditions or child:
        statement = statement.join(Child, col(ButEntry.child_id) == col(Child.id))
    if conditions:
        statement = statement.join(Family, col(Child.family_id) == col(Family.id)).where(*conditions)
    return statement


# --------------------------------------------------------------------------- BuT entries


def entitled() -> ColumnElement[bool]:
    """Anspruch ja."""
    return col(ButEntry.entitled).is_(True)


def not_entitled() -> ColumnElement[bool]:
    """Anspruch nein (a blank Anspruch is *unknown*, not "nein")."""
    return col(ButEntry.entitled).is_(False)


def reached(field: str) -> ColumnElement[bool]:
    """An entitled child who got to the step stored in ``field`` (ja, explicit or implied)."""
    return sa.and_(entitled(), getattr(ButEntry, field).is_(True))


def using() -> ColumnElement[bool]:
    """Nehmen das Angebot wahr: entitled and Angebot wahrgenommen ja."""
    return reached("used")


def not_using() -> ColumnElement[bool]:
    """Entitled but not (yet) using: exactly the children who owe the summary a reason."""
    return sa.and_(entitled(), sa.not_(col(ButEntry.used).is_(True)))


def applications(filters: SummaryFilter) -> ColumnElement[bool]:
    """Entitled with Antrag gestellt ja; with a period, only dated applications inside it."""
    conditions = [reached("applied")]
    if filters.date_from is not None:
        conditions.append(col(ButEntry.applied_on) >= filters.date_from)
    if filters.date_to is not None:
        conditions.append(col(ButEntry.applied_on) <= filters.date_to)
    return sa.and_(*conditions)


def facilities_of(facility_type: FacilityType) -> list[str]:
    """The Einrichtungen reported under one facility type, as stored."""
    return [facility.value for facility, kind in FACILITY_TYPE.items() if kind is facility_type]


def facility_type_is(facility_type: FacilityType) -> ColumnElement[bool]:
    """The child's Einrichtung belongs to ``facility_type``; everything else — empty
    included — is Sonstige (the SQL twin of :func:`facility_type_of`)."""
    if facility_type is FacilityType.OTHER:
        named = facilities_of(FacilityType.KITA) + facilities_of(FacilityType.SCHOOL)
        return sa.or_(col(Child.facility).is_(None), col(Child.facility).not_in(named))
    return col(Child.facility).in_(facilities_of(facility_type))


def facility_type_of(facility: str | None) -> FacilityType:
    """The facility type of a stored Einrichtung, exactly as :func:`facility_type_is` selects."""
    for kind in (FacilityType.KITA, FacilityType.SCHOOL):
        if facility in facilities_of(kind):
            return kind
    return FacilityType.OTHER


# --------------------------------------------------------------------------- Minijobs


def sustainable(stand: date) -> ColumnElement[bool]:
    """Nachhaltig ja, or — where Nachhaltig is empty — Beginn at least three months before Stand."""
    cut_off = latest_sustainable_start(stand)
    by_rule = sa.false() if cut_off is None else sa.and_(
        col(MinijobEntry.sustainable).is_(None),
        col(MinijobEntry.started_on).is_not(None),
        col(MinijobEntry.started_on) <= cut_off,
    )
    return sa.or_(col(MinijobEntry.sustainable).is_(True), by_rule)
