"""The summary "BuT bei ANNA" (Anhang 6.6): why BuT offers are not taken up, counted in SQL.

The figures and their meaning are fixed by ``../shared/exchange-format.md`` §3; the GUI view,
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

from dataclasses import dataclass
from datetime import date
from typing import Any

import uuid

import sqlalchemy as sa
from sqlalchemy.orm import Session

from userjourney.core import summary_sql as q
from userjourney.core.errors import ValidationError
from userjourney.core.i18n import tr
from userjourney.core.models import ButDetail, ButEntry, Child, Family, MinijobEntry, Person, Reason
from userjourney.core.values import format_date
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


# --------------------------------------------------------------------------- filters


@dataclass(frozen=True)
class SummaryFilter:
    """Which families and which applications a summary covers; ``None`` = no restriction.

    ``location``/``coach``/``parenting_status``/``migration_background`` select families (the
    last two are the GUI's extra filters); ``date_from``/``date_to`` restrict only the
    ``applications`` count (both ends included); ``stand`` is the report day (default: today).
    ``family_ids`` restricts to these families (on top of the other filters): the share of a
    few families in a summary, which the Auswertung uses to update its figures after an edit
    (:mod:`userjourney.core.summary_update`).
    Texts are trimmed and an empty text means "no filter"; a period whose start lies after its
    end is refused with a German message, before any database is touched.
    """

    location: str | None = None
    coach: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    stand: date | None = None
    parenting_status: ParentingStatus | None = None
    migration_background: bool | None = None
    family_ids: frozenset[uuid.UUID] | None = None

    def __post_init__(self) -> None:
        for name in ("location", "coach"):
            value = getattr(self, name)
            if value is not None:
                object.__setattr__(self, name, str(value).strip() or None)
        if self.parenting_status is not None:
            object.__setattr__(self, "parenting_status", ParentingStatus(self.parenting_status))
        if self.family_ids is not None:
            object.__setattr__(self, "family_ids", frozenset(self.family_ids))
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValidationError(
                tr("Der Zeitraum ist leer: der Beginn {start} liegt nach dem Ende {end}.").format(
                    start=format_date(self.date_from), end=format_date(self.date_to)
                ),
                field="date_from",
            )

    @property
    def has_period(self) -> bool:
        return self.date_from is not None or self.date_to is not None

    def stand_or_today(self) -> date:
        return self.stand or date.today()


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class ReasonCount:
    """One line of "Warum wird das Angebot nicht in Anspruch genommen?"."""

    reason: str
    count: int


@dataclass(frozen=True)
class AreaSummary:
    """The figures of one Bereich (``exchange-format.md`` §3, ``but.<Bereich>``)."""

    area: Area
    children: int
    not_entitled: int
    entitled: int
    entitlement_unknown: int
    using: int
    applications: int
    #: step label → entitled children who reached it, in journey order (all six steps).
    funnel: dict[str, int]
    #: KiTa / Schule / Sonstige → children using the offer (all three keys).
    using_by_facility_type: dict[FacilityType, int]
    #: detail item → children using the offer with it; only items that occur, ranked.
    using_by_detail: dict[str, int]
    #: ranked; adds up to ``entitled - using``.
    reasons: tuple[ReasonCount, ...]

    @property
    def not_using(self) -> int:
        return self.entitled - self.using

    def to_json(self) -> dict[str, Any]:
        return {
            "children": self.children,
            "not_entitled": self.not_entitled,
            "entitled": self.entitled,
            "entitlement_unknown": self.entitlement_unknown,
            "using": self.using,
            "applications": self.applications,
            "funnel": dict(self.funnel),
            "using_by_facility_type": {kind.value: n for kind, n in self.using_by_facility_type.items()},
            "using_by_detail": dict(self.using_by_detail),
            "reasons": [{"reason": r.reason, "count": r.count} for r in self.reasons],
        }


@dataclass(frozen=True)
class MinijobSummary:
    """The Minijob figures (``exchange-format.md`` §3, ``minijobs``)."""

    persons: int
    #: step label → level 1..4 → persons (all three steps, all four levels).
    support: dict[str, dict[int, int]]
    topup_possible: int
    topped_up: int
    sustainable: int

    def to_json(self) -> dict[str, Any]:
        return {
            "persons": self.persons,
            "support": {
                step: {str(level): n for level, n in levels.items()} for step, levels in self.support.items()
            },
            "topup_possible": self.topup_possible,
            "topped_up": self.topped_up,
            "sustainable": self.sustainable,
        }


@dataclass(frozen=True)
class Summary:
    """Everything the summary reports, for the filters it was made with."""

    filters: SummaryFilter
    #: the report day actually used (the filter's Stand, else the day it was made).
    stand: date
    families: int
    children: int
    children_with_migration_background: int
    children_single_parent: int
    #: every Bereich, in the order of :data:`~userjourney.core.vocab.AREAS`.
    areas: dict[Area, AreaSummary]
    minijobs: MinijobSummary

    @property
    def migration_background_percent(self) -> int | None:
        """Share of children with migration background, in whole percent (69 for 42 of 61)."""
        return percent(self.children_with_migration_background, self.children)

    @property
    def single_parent_percent(self) -> int | None:
        """Share of children growing up with one parent, in whole percent (56 for 34 of 61)."""
        return percent(self.children_single_parent, self.children)

    def to_json(self) -> dict[str, Any]:
        """Exactly the contract's JSON, keys in the contract's order."""
        return {
            "families": self.families,
            "children": self.children,
            "children_with_migration_background": self.children_with_migration_background,
            "children_single_parent": self.children_single_parent,
            "but": {area.value: self.areas[area].to_json() for area in AREAS},
            "minijobs": self.minijobs.to_json(),
        }


def percent(part: int, whole: int) -> int | None:
    """``part`` of ``whole`` in whole percent, halves rounded up as a report rounds them.

    Integer arithmetic, so 0.5 never becomes 0.4999…; ``None`` when there is nothing to divide.
    """
    if whole <= 0:
        return None
    return (200 * part + whole) // (2 * whole)


def ranked(counts: dict[str, int]) -> list[tuple[str, int]]:
    """Count descending, then text ascending (code-point order): the order of every list."""
    return sorted(((text, n) for text, n in counts.items() if n), key=lambda item: (-item[1], item[0]))


# --------------------------------------------------------------------------- the queries


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


def _headline(session: Session, filters: SummaryFilter) -> tuple[int, int, int, int]:
    conditions = q.family_conditions(filters)
    families = session.execute(sa.select(sa.func.count()).select_from(Family).where(*conditions)).scalar_one()
    statement = (
        sa.select(
            sa.func.count(),
            q.count_if(Family.migration_background.is_(True)),
            q.count_if(Family.parenting_status == ParentingStatus.SINGLE.value),
        )
        .select_from(Child)
        .join(Family, Child.family_id == Family.id)
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
    statement = q.entries_of_filtered_families(sa.select(ButEntry.area, *columns), filters)
    counts = {row.area: row for row in session.execute(statement.group_by(ButEntry.area))}
    facility_types = _facility_types(session, filters)
    details = _details(session, filters)
    reasons = _reasons(session, filters)

    areas: dict[Area, AreaSummary] = {}
    for area in AREAS:
        row = counts.get(area.value)
        get = (lambda name: int(getattr(row, name))) if row is not None else (lambda name: 0)
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
        sa.select(ButEntry.area, Child.facility, sa.func.count()), filters, child=True
    ).where(q.using()).group_by(ButEntry.area, Child.facility)
    out: dict[tuple[str, FacilityType], int] = {}
    for area, facility, n in session.execute(statement):
        key = (area, q.facility_type_of(facility))
        out[key] = out.get(key, 0) + int(n)
    return out


def _details(session: Session, filters: SummaryFilter) -> dict[str, dict[str, int]]:
    statement = q.entries_of_filtered_families(
        sa.select(ButEntry.area, ButDetail.item, sa.func.count()), filters
    ).join(ButDetail, ButDetail.entry_id == ButEntry.id)
    statement = statement.where(q.using()).group_by(ButEntry.area, ButDetail.item)
    out: dict[str, dict[str, int]] = {}
    for area, item, n in session.execute(statement):
        out.setdefault(area, {})[item] = int(n)
    return out


def _reasons(session: Session, filters: SummaryFilter) -> dict[str, dict[str, int]]:
    """Entitled children not using, per (area, reason): grouped by ``reason_id`` without a
    join (the catalogue is unique per area and text), then the few texts looked up."""
    statement = q.entries_of_filtered_families(
        sa.select(ButEntry.area, ButEntry.reason_id, sa.func.count()), filters
    ).where(q.not_using()).group_by(ButEntry.area, ButEntry.reason_id)
    groups = session.execute(statement).all()
    ids = {reason_id for _area, reason_id, _n in groups if reason_id is not None}
    texts = {}
    if ids:
        texts = {row.id: row.text for row in session.execute(sa.select(Reason.id, Reason.text).where(Reason.id.in_(ids)))}
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
            sa.func.count(Person.id),
            *support_columns,
            q.count_if(MinijobEntry.topup_possible.is_(True)),
            q.count_if(MinijobEntry.topped_up.is_(True)),
            q.count_if(q.sustainable(stand)),
        )
        .select_from(Person)
        .outerjoin(MinijobEntry, MinijobEntry.person_id == Person.id)
    )
    conditions = q.family_conditions(filters)
    if conditions:
        statement = statement.join(Family, Person.family_id == Family.id).where(*conditions)
    row = [int(value) for value in session.execute(statement).one()]
    persons, levels, (topup_possible, topped_up, sustainable) = row[0], row[1:-3], row[-3:]
    n_levels = len(SUPPORT_LEVELS)
    support = {
        step.label: dict(zip(SUPPORT_LEVELS, levels[i * n_levels : (i + 1) * n_levels]))
        for i, step in enumerate(SUPPORT_STEPS)
    }
    return MinijobSummary(persons, support, topup_possible, topped_up, sustainable)
