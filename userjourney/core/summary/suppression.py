"""The cells of the Jobcenter report and how they add up, and which of them ``--min-cell``
hides (exchange-format §4; the rule is :mod:`.disclosure`'s).

Every count the report prints is a named cell; so is every count that follows from printed
ones without being printed — the children who stopped between two steps of the funnel, the
entitled children outside the period of the applications, the adults without an answer for a
Minijob step. Those are counts of people like any other: a 1 among them is as telling as a
printed 1, so they are protected too.

The same figure printed twice (Anspruch at the top of the funnel and "anspruchsberechtigt",
"Angebot wahrgenommen" and "nehmen das Angebot wahr", the children on the cover and on every
Bereich sheet, the applications on the cover and their Bereich) is one cell, so it is shown or
hidden everywhere alike. Shares (69 %) are shown only where both their counts are.
"""

from __future__ import annotations

from dataclasses import dataclass

from userjourney.core.summary.disclosure import Cell, Relation, Table, suppress
from userjourney.core.summary.model import Summary
from userjourney.core.vocab import APPLIED, AREAS, SUPPORT_LEVELS, Area, FacilityType

#: How a hidden count is printed (exchange-format §4).
HIDDEN = "•"

FAMILIES, CHILDREN, MIGRATION, SINGLE_PARENT = "families", "children", "migration", "single_parent"
PERSONS, TOPUP_POSSIBLE, TOPPED_UP, SUSTAINABLE = (
    "minijobs/persons", "minijobs/topup_possible", "minijobs/topped_up", "minijobs/sustainable"
)


def area_cell(area: Area, name: str) -> Cell:
    """``not_entitled``, ``entitled``, ``unknown``, ``using``, ``not_using``, ``applications``,
    ``funnel/<step>``, ``facility/<type>``, ``detail/<item>``, ``reason/<text>``."""
    return f"{area.value}/{name}"


def support_cell(step: str, level: int) -> Cell:
    return f"minijobs/{step}/{level}"


def funnel_cell(area: Area, index: int, steps: list[str]) -> Cell:
    """The funnel's first row is Anspruch and its last "Angebot wahrgenommen": the same counts
    as "anspruchsberechtigt" and "nehmen das Angebot wahr", so the same cells."""
    if index == len(steps) - 1:
        return area_cell(area, "using")
    return area_cell(area, f"funnel/{steps[index]}")


def report_table(summary: Summary) -> Table:
    """The summary as cells and relations (see the module's docstring)."""
    values: dict[Cell, int] = {}
    published: set[Cell] = set()
    relations: list[Relation] = []

    def put(cell: Cell, n: int, *, shown: bool = True) -> Cell:
        values[cell] = n
        if shown:
            published.add(cell)
        return cell

    def relate(total: Cell, *parts: Cell) -> None:
        relations.append(Relation(total, parts))

    put(FAMILIES, summary.families)
    put(CHILDREN, summary.children)
    put(MIGRATION, summary.children_with_migration_background)
    put(SINGLE_PARENT, summary.children_single_parent)
    has_period = summary.filters.date_from is not None or summary.filters.date_to is not None
    for area in AREAS:
        figures = summary.areas[area]

        def cell(name: str, n: int, *, shown: bool = True, area: Area = area) -> Cell:
            return put(area_cell(area, name), n, shown=shown)

        entitled = cell("entitled", figures.entitled)
        using = cell("using", figures.using)
        not_using = cell("not_using", figures.not_using)
        relate(CHILDREN, cell("not_entitled", figures.not_entitled), entitled,
               cell("unknown", figures.entitlement_unknown))
        relate(entitled, not_using, using)
        relate(using, *(cell(f"facility/{kind.value}", figures.using_by_facility_type.get(kind, 0))
                        for kind in FacilityType))
        if figures.reasons:
            relate(not_using, *(cell(f"reason/{r.reason}", r.count) for r in figures.reasons))
        for item, n in figures.using_by_detail.items():
            cell(f"detail/{item}", n)
        steps = list(figures.funnel)
        above = entitled
        for index, (step, n) in enumerate(figures.funnel.items()):
            here = funnel_cell(area, index, steps)
            if here != using:
                put(here, n)
            relate(above, cell(f"stopped/{step}", values[above] - n, shown=False), here)
            above = here
        applications = cell("applications", figures.applications)
        applied = funnel_cell(area, steps.index(APPLIED.label), steps)
        if has_period:  # the applications in the period are some of those filed
            relate(applied, applications, cell("applied outside the period", values[applied] - figures.applications,
                                               shown=False))
        else:
            relate(applied, applications)

    jobs = summary.minijobs
    put(PERSONS, jobs.persons)
    for step, levels in jobs.support.items():
        parts = [put(support_cell(step, level), levels.get(level, 0)) for level in SUPPORT_LEVELS]
        unanswered = jobs.persons - sum(levels.values())
        relate(PERSONS, *parts, put(f"minijobs/{step}/unanswered", unanswered, shown=False))
    # only a job that could be topped up is (the Minijob rules), and each is one of the persons
    possible = put(TOPUP_POSSIBLE, jobs.topup_possible)
    relate(PERSONS, possible, put(f"{TOPUP_POSSIBLE}/not", jobs.persons - jobs.topup_possible, shown=False))
    relate(possible, put(TOPPED_UP, jobs.topped_up),
           put(f"{TOPPED_UP}/not", jobs.topup_possible - jobs.topped_up, shown=False))
    relate(PERSONS, put(SUSTAINABLE, jobs.sustainable),
           put(f"{SUSTAINABLE}/not", jobs.persons - jobs.sustainable, shown=False))
    return Table(values, frozenset(published), tuple(relations))


@dataclass(frozen=True)
class Suppression:
    """Which cells of one summary's report are hidden, for ``min_cell``."""

    min_cell: int | None
    hidden: frozenset[Cell]

    @classmethod
    def none(cls) -> Suppression:
        return cls(None, frozenset())

    def show(self, cell: Cell, value: int) -> int | str:
        """The value, or :data:`HIDDEN`."""
        return HIDDEN if cell in self.hidden else value

    def shows(self, *cells: Cell) -> bool:
        return not any(cell in self.hidden for cell in cells)


def suppression_for(summary: Summary, min_cell: int | None) -> Suppression:
    """Hide what ``--min-cell`` asks for. :func:`suppress` returns only when no small count can
    be worked out from what stays shown (and raises rather than return anything less)."""
    active = min_cell if min_cell is not None and min_cell >= 2 else None
    return Suppression(active, suppress(report_table(summary), active))
