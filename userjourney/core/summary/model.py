"""The figures of a summary as values (exchange-format §3), and the JSON they turn into.

Counting is :mod:`.counting`; these classes only hold and shape the result, so the text report,
the Auswertung, the Excel sheets and the incremental update (:mod:`.update`) share them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from userjourney.core.summary.filters import SummaryFilter
from userjourney.core.vocab import AREAS, Area, FacilityType


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


@dataclass(frozen=True)
class AreaTakeUp:
    """Take-up in one Bereich at one moment: the part of :class:`AreaSummary` a trend follows."""

    children: int
    entitled: int
    using: int
    applications: int
    #: ranked; adds up to ``entitled - using``.
    reasons: tuple[ReasonCount, ...]

    @property
    def share(self) -> float | None:
        """using / entitled; ``None`` where nobody is entitled."""
        return self.using / self.entitled if self.entitled else None


@dataclass(frozen=True)
class TakeUp:
    """Families, children and the take-up per Bereich (:func:`~.counting.take_up`)."""

    families: int
    children: int
    areas: dict[Area, AreaTakeUp]
