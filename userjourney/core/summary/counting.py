"""The summary "BuT bei ANNA" (Anhang 6.6): why BuT offers are not taken up, counted in SQL.

The figures and their meaning are fixed by ``docs/exchange-format.md`` §3; the GUI view,
the Excel export and ``userjourney summary`` all call :func:`summarize` and so show the same
numbers. Seven small aggregate queries (families; children; per-area counts; use by
Einrichtung; details; reasons; Minijobs — plus the texts of the reasons found) run in one read
transaction of the caller's session — one consistent snapshot — and only grouped rows come
back to Python, so a county-sized database is summarised in well under a second. Without
family filters the BuT counts read ``but_entry`` alone, without joins (see ``bench/``).

Choices the contract leaves open, made here once:

* **Stand** (``--stand``, default today) is the reference day of the three-month rule for
  Minijob *Nachhaltig*, and the day a report says it is "as of". It is not a time machine: the
  database holds the journeys as they are now, so every other figure counts the current
  answers (reconstructing a past state would mean replaying the change history).
* **Ages play no part in the counting.** Ages are stored with the day they were recorded
  (:func:`~userjourney.core.values.age_on`), and Anspruch is what the coach answered — the
  summary never derives an entitlement from an age, so it counts exactly what the grid shows.
* **Zero keys** in :meth:`Summary.to_json`: the closed vocabularies are always complete —
  all four areas, all six funnel steps, the three facility types, the four support levels —
  so a reader can index them without checking; the open ones (details, reasons) list only
  what occurs, which means they never contain a zero.
* **Order of open lists:** count descending, then text ascending in Unicode code-point order
  (Python's sort on the grouped rows, so SQLite and PostgreSQL collations cannot change it).
* **"ohne Angabe"**: an entitled child without a use and without a reason counts under
  :data:`~userjourney.core.vocab.NO_REASON`; a coach's own reason spelled exactly so joins it.
* **Einrichtung empty** counts as "Sonstige" in ``using_by_facility_type``.
* **Minijob ``persons``** counts every adult of the filtered families, whether or not a
  Minijob journey was started for them (like ``children`` per area).
"""


from __future__ import annotations

from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlmodel import col

from userjourney.core.storage.models import (
    ButDetail,
    ButEntry,
    Child,
    Family,
    MinijobEntry,
    Person,
    Reason,
)
from userjourney.core.summary import sql as q
from userjourney.core.summary.filters import SummaryFilter
from userjourney.core.summary.model import (
    AreaSummary,
    AreaTakeUp,
    MinijobSummary,
    ReasonCount,
    Summary,
    TakeUp,
    ranked,
)
from userjourney.core.vocab import (
    AREAS,
    FUNNEL_STEPS,
    NO_REASON,
    SUPPORT_LEVELS,
    SUPPORT_STEPS,
    Area,
    FacilityType,
    ParentingStatus,
)


def summarize(session: Session, filters: SummaryFilter | None = None) -> Summary:
    """All figures of the summary for ``filters``, counted in the database.

    Runs a handful of aggregate ``SELECT`` statements in the session's transaction and never
    loads individual families, children or entries.
    """
    filters = filters or SummaryFilter()
    stand = filters.stand_or_today()
    families, children, migration, single = _headline(session, filters)
    return Summary(
        filters=filters,
        stand=stand,
        families=families,
        children=children,
        children_with_migration_background=migration,
        children_single_parent=single,
        areas=_areas(session, filters, children),
        minijobs=_minijobs(session, filters, stand),
    )


def take_up(session: Session, filters: SummaryFilter | None = None) -> TakeUp:
    """Families, children and per Bereich entitled, using, applications and reasons — the
    figures a trend follows, in three statements (the same SQL expressions as :func:`summarize`;
    the Bereich counts are summed over the reason groups)."""
    filters = filters or SummaryFilter()
    families, children, _migration, _single = _headline(session, filters)
    columns = [q.count_if(q.entitled()).label("entitled"), q.count_if(q.using()).label("used"),
               q.count_if(q.applications(filters)).label("applications"),
               q.count_if(q.not_using()).label("not_using")]
    statement = q.entries_of_filtered_families(
        sa.select(col(ButEntry.area), col(ButEntry.reason_id), *columns), filters
    ).where(q.entitled()).group_by(col(ButEntry.area), col(ButEntry.reason_id))  # every count needs Anspruch ja
    groups = session.execute(statement).all()
    ids = {row.reason_id for row in groups if row.reason_id is not None and row.not_using}
    texts = {}
    if ids:
        texts = {r.id: r.text for r in session.execute(sa.select(col(Reason.id), col(Reason.text)).where(
            col(Reason.id).in_(ids)))}
    totals: dict[str, list[int]] = {}
    reasons: dict[str, dict[str, int]] = {}
    for row in groups:
        total = totals.setdefault(row.area, [0, 0, 0])
        total[0] += int(row.entitled)
        total[1] += int(row.used)
        total[2] += int(row.applications)
        if row.not_using:
            label = texts[row.reason_id] if row.reason_id is not None else NO_REASON
            per_area = reasons.setdefault(row.area, {})
            per_area[label] = per_area.get(label, 0) + int(row.not_using)
    areas = {}
    for area in AREAS:
        entitled, using, applications = totals.get(area.value, (0, 0, 0))
        areas[area] = AreaTakeUp(children, entitled, using, applications,
                                 tuple(ReasonCount(text, n) for text, n in ranked(reasons.get(area.value, {}))))
    return TakeUp(families, children, areas)


def _headline(session: Session, filters: SummaryFilter) -> tuple[int, int, int, int]:
    conditions = q.family_conditions(filters)
    families = session.execute(sa.select(sa.func.count()).select_from(Family).where(*conditions)).scalar_one()
    statement = (
        sa.select(
            sa.func.count(),
            q.count_if(col(Family.migration_background).is_(True)),
            q.count_if(col(Family.parenting_status) == ParentingStatus.SINGLE.value),
        )
        .select_from(Child)
        .join(Family, col(Child.family_id) == col(Family.id))
        .where(*conditions)
    )
    children, migration, single = session.execute(statement).one()
    return int(families), int(children), int(migration), int(single)


def _areas(session: Session, filters: SummaryFilter, children: int) -> dict[Area, AreaSummary]:
    columns = [
        q.count_if(q.not_entitled()).label("not_entitled"),
        q.count_if(q.entitled()).label("entitled"),
        *(q.count_if(q.reached(step.field)).label(step.field) for step in FUNNEL_STEPS),
        q.count_if(q.applications(filters)).label("applications"),
    ]
    statement = q.entries_of_filtered_families(sa.select(col(ButEntry.area), *columns), filters)
    counts = {row.area: row for row in session.execute(statement.group_by(col(ButEntry.area)))}
    facility_types = _facility_types(session, filters)
    details = _details(session, filters)
    reasons = _reasons(session, filters)

    areas: dict[Area, AreaSummary] = {}
    for area in AREAS:
        row = counts.get(area.value)

        def get(name: str, row: Any = row) -> int:
            return 0 if row is None else int(getattr(row, name))

        entitled, not_entitled = get("entitled"), get("not_entitled")
        areas[area] = AreaSummary(
            area=area,
            children=children,
            not_entitled=not_entitled,
            entitled=entitled,
            # Children without a row for the area count here too: the contract's "the rest".
            entitlement_unknown=children - entitled - not_entitled,
            using=get("used"),
            applications=get("applications"),
            funnel={step.label: get(step.field) for step in FUNNEL_STEPS},
            using_by_facility_type={kind: facility_types.get((area.value, kind), 0) for kind in FacilityType},
            using_by_detail=dict(ranked(details.get(area.value, {}))),
            reasons=tuple(ReasonCount(text, n) for text, n in ranked(reasons.get(area.value, {}))),
        )
    return areas


def _facility_types(session: Session, filters: SummaryFilter) -> dict[tuple[str, FacilityType], int]:
    """Children using the offer per (area, facility type): grouped by Einrichtung in SQL,
    the few groups folded into KiTa / Schule / Sonstige here."""
    statement = q.entries_of_filtered_families(
        sa.select(col(ButEntry.area), col(Child.facility), sa.func.count()), filters, child=True
    ).where(q.using()).group_by(col(ButEntry.area), col(Child.facility))
    out: dict[tuple[str, FacilityType], int] = {}
    for area, facility, n in session.execute(statement):
        key = (area, q.facility_type_of(facility))
        out[key] = out.get(key, 0) + int(n)
    return out


def _details(session: Session, filters: SummaryFilter) -> dict[str, dict[str, int]]:
    statement = q.entries_of_filtered_families(
        sa.select(col(ButEntry.area), col(ButDetail.item), sa.func.count()), filters
    ).join(ButDetail, col(ButDetail.entry_id) == col(ButEntry.id))
    statement = statement.where(q.using()).group_by(col(ButEntry.area), col(ButDetail.item))
    out: dict[str, dict[str, int]] = {}
    for area, item, n in session.execute(statement):
        out.setdefault(area, {})[item] = int(n)
    return out


def _reasons(session: Session, filters: SummaryFilter) -> dict[str, dict[str, int]]:
    """Entitled children not using, per (area, reason): grouped by ``reason_id`` without a
    join (the catalogue is unique per area and text), then the few texts looked up."""
    statement = q.entries_of_filtered_families(
        sa.select(col(ButEntry.area), col(ButEntry.reason_id), sa.func.count()), filters
    ).where(q.not_using()).group_by(col(ButEntry.area), col(ButEntry.reason_id))
    groups = session.execute(statement).all()
    ids = {reason_id for _area, reason_id, _n in groups if reason_id is not None}
    texts = {}
    if ids:
        texts = {row.id: row.text for row in session.execute(sa.select(col(Reason.id), col(Reason.text)).where(col(Reason.id).in_(ids)))}
    out: dict[str, dict[str, int]] = {}
    for area, reason_id, n in groups:
        per_area = out.setdefault(area, {})
        label = texts[reason_id] if reason_id is not None else NO_REASON
        per_area[label] = per_area.get(label, 0) + int(n)
    return out


def _minijobs(session: Session, filters: SummaryFilter, stand: date) -> MinijobSummary:
    support_columns = [
        q.count_if(getattr(MinijobEntry, step.field) == level)
        for step in SUPPORT_STEPS
        for level in SUPPORT_LEVELS
    ]
    statement = (
        sa.select(
            sa.func.count(col(Person.id)),
            *support_columns,
            q.count_if(col(MinijobEntry.topup_possible).is_(True)),
            q.count_if(col(MinijobEntry.topped_up).is_(True)),
            q.count_if(q.sustainable(stand)),
        )
        .select_from(Person)
        .outerjoin(MinijobEntry, col(MinijobEntry.person_id) == col(Person.id))
    )
    conditions = q.family_conditions(filters)
    if conditions:
        statement = statement.join(Family, col(Person.family_id) == col(Family.id)).where(*conditions)
    row = [int(value) for value in session.execute(statement).one()]
    persons, levels, (topup_possible, topped_up, sustainable) = row[0], row[1:-3], row[-3:]
    n_levels = len(SUPPORT_LEVELS)
    support = {
        step.label: dict(zip(SUPPORT_LEVELS, levels[i * n_levels : (i + 1) * n_levels]))
        for i, step in enumerate(SUPPORT_STEPS)
    }
    return MinijobSummary(persons, support, topup_possible, topped_up, sustainable)
