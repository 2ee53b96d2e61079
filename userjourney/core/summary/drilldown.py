"""Drill-down: the families and children (or adults) behind one number of the summary.

The GUI lists them when a coach clicks a reason, a funnel step or a count, and opens a family
from there. Each number is named the way the JSON names it (``kind`` = its key in
``exchange-format.md`` §3, ``key`` = the entry inside it), and the rows are selected with the
very expressions that counted the number (:mod:`userjourney.core.summary.sql`), so
``len(drill_down(…))`` always equals the figure — the tests check that on random data.

The rows carry names: they are for the coach's own screen, never for a report.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

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
from userjourney.core.summary.filters import SummaryFilter
from userjourney.core.summary.sql import (
    applications,
    entitled,
    facility_type_is,
    family_conditions,
    not_entitled,
    not_using,
    reached,
    sustainable,
    using,
)
from userjourney.core.vocab import (
    FUNNEL_STEPS,
    NO_REASON,
    SUPPORT_LEVELS,
    SUPPORT_STEPS,
    Area,
    FacilityType,
    ParentingStatus,
)

#: Kinds for ``area=None``: the headline figures.
HEADLINE_KINDS = ("children", "children_with_migration_background", "children_single_parent")
#: Kinds of one area that need no key.
AREA_KINDS = ("children", "not_entitled", "entitled", "entitlement_unknown", "using", "applications")
#: Kinds of one area whose ``key`` picks the entry: a step label, a facility type, a detail, a reason.
KEYED_KINDS = ("funnel", "using_by_facility_type", "using_by_detail", "reasons")
#: Kinds of :func:`drill_down_minijobs` (``support`` takes the key ``(step label, level)``).
MINIJOB_KINDS = ("persons", "support", "topup_possible", "topped_up", "sustainable")


@dataclass(frozen=True)
class ChildRow:
    """A child behind a number, with its family (to open the family from the list)."""

    family_id: uuid.UUID
    family_code: str
    child_id: uuid.UUID
    child_name: str


@dataclass(frozen=True)
class PersonRow:
    """An adult behind a Minijob number, with the family."""

    family_id: uuid.UUID
    family_code: str
    person_id: uuid.UUID
    person_name: str


def drill_down(
    session: Session,
    filters: SummaryFilter | None,
    area: Area | str | None,
    kind: str,
    key: str | None = None,
) -> list[ChildRow]:
    """The children counted in one figure, ordered by family code and the family's order.

    * ``area=None``: ``kind`` is one of :data:`HEADLINE_KINDS`.
    * an area and one of :data:`AREA_KINDS`: e.g. ``(…, "Lernförderung", "not_entitled")``.
    * an area and one of :data:`KEYED_KINDS` with ``key``: a funnel step label
      (``"Antrag gestellt"``), a facility type (``"KiTa"``), a detail item (``"Mathe"``) or a
      reason text, including ``"ohne Angabe"`` for the entries without a reason.

    An unknown kind or a missing key is a programming error (``ValueError``).
    """
    filters = filters or SummaryFilter()
    statement = (
        sa.select(col(Family.id), col(Family.code), col(Child.id), col(Child.name))
        .select_from(Child)
        .join(Family, col(Child.family_id) == col(Family.id))
        .where(*family_conditions(filters))
        .order_by(col(Family.code), col(Child.position), col(Child.name))
    )
    if area is None:
        statement = statement.where(_headline_condition(kind))
    else:
        statement = _area_statement(statement, filters, Area(area), kind, key)
    return [ChildRow(*row) for row in session.execute(statement)]


def _headline_condition(kind: str) -> sa.ColumnElement[bool]:
    if kind == "children":
        return sa.true()
    if kind == "children_with_migration_background":
        return col(Family.migration_background).is_(True)
    if kind == "children_single_parent":
        return col(Family.parenting_status) == ParentingStatus.SINGLE.value
    raise ValueError(f"unknown headline kind {kind!r}; expected one of {HEADLINE_KINDS}")


def _area_statement(statement: sa.Select, filters: SummaryFilter, area: Area, kind: str, key: str | None) -> sa.Select:
    # An outer join keeps the children without a row for the area (entitlement unknown).
    statement = statement.outerjoin(ButEntry, sa.and_(col(ButEntry.child_id) == col(Child.id), col(ButEntry.area) == area.value))
    if kind in KEYED_KINDS and key is None:
        raise ValueError(f"drill-down into {kind!r} needs a key")
    if kind == "children":
        return statement
    if kind == "not_entitled":
        return statement.where(not_entitled())
    if kind == "entitled":
        return statement.where(entitled())
    if kind == "entitlement_unknown":
        return statement.where(col(ButEntry.entitled).is_(None))
    if kind == "using":
        return statement.where(using())
    if kind == "applications":
        return statement.where(applications(filters))
    if kind == "funnel":
        steps = {step.label: step.field for step in FUNNEL_STEPS}
        if key not in steps:
            raise ValueError(f"unknown funnel step {key!r}")
        return statement.where(reached(steps[key]))
    if kind == "using_by_facility_type":
        return statement.where(using(), facility_type_is(FacilityType(str(key))))
    if kind == "using_by_detail":
        return statement.join(ButDetail, col(ButDetail.entry_id) == col(ButEntry.id)).where(using(), col(ButDetail.item) == key)
    if kind == "reasons":
        statement = statement.outerjoin(Reason, col(ButEntry.reason_id) == col(Reason.id)).where(not_using())
        if key == NO_REASON:  # the entries without a reason, and a reason spelled so
            return statement.where(sa.or_(col(Reason.text).is_(None), col(Reason.text) == NO_REASON))
        return statement.where(col(Reason.text) == key)
    raise ValueError(f"unknown kind {kind!r}; expected one of {AREA_KINDS + KEYED_KINDS}")


def drill_down_minijobs(
    session: Session,
    filters: SummaryFilter | None,
    kind: str,
    key: tuple[str, int] | None = None,
) -> list[PersonRow]:
    """The adults counted in one Minijob figure; ``support`` takes ``key=(step label, level)``."""
    filters = filters or SummaryFilter()
    statement = (
        sa.select(col(Family.id), col(Family.code), col(Person.id), col(Person.name))
        .select_from(Person)
        .join(Family, col(Person.family_id) == col(Family.id))
        .outerjoin(MinijobEntry, col(MinijobEntry.person_id) == col(Person.id))
        .where(*family_conditions(filters))
        .order_by(col(Family.code), col(Person.position), col(Person.name))
    )
    if kind == "persons":
        pass
    elif kind == "support":
        steps = {step.label: step.field for step in SUPPORT_STEPS}
        if key is None or key[0] not in steps or key[1] not in SUPPORT_LEVELS:
            raise ValueError(f"support drill-down needs (step label, level 1..4), not {key!r}")
        statement = statement.where(getattr(MinijobEntry, steps[key[0]]) == key[1])
    elif kind == "topup_possible":
        statement = statement.where(col(MinijobEntry.topup_possible).is_(True))
    elif kind == "topped_up":
        statement = statement.where(col(MinijobEntry.topped_up).is_(True))
    elif kind == "sustainable":
        statement = statement.where(sustainable(filters.stand_or_today()))
    else:
        raise ValueError(f"unknown Minijob kind {kind!r}; expected one of {MINIJOB_KINDS}")
    return [PersonRow(*row) for row in session.execute(statement)]
