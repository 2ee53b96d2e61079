"""Small-cell suppression: which counts a report must hide so that no small count can be read
or worked out (exchange-format §4, ``report --min-cell N``).

The rule follows the statistics of the Federal Employment Agency: counts from 1 to N−1 are not
shown (*primary* suppression), nor anything from which such a count can be computed (*secondary*
suppression). Zeros are shown — a reader then knows every hidden published count is at least 1.

A report is modelled as named cells with their values, some of them *published* (printed in
the workbook) and some *hidden* (meaningful counts the report does not print but that follow
from it, like the children who stopped between two steps of the funnel), and additive
relations ``total = part + part + …`` between them. A small value — published or hidden — is
*disclosed* when a reader who knows the relations and every shown value can pin it down. Two
attacks are checked, the ones a reader with a spreadsheet makes:

* **equations** — the hidden value is a linear combination of shown values (exact rational
  Gaussian elimination over the relations restricted to the unknown cells);
* **bounds** — every count is ≥ 0, every hidden published count ≥ 1; propagating these bounds
  through the relations until nothing changes pins the value (``a + b = 2`` with both ≥ 1).

:func:`suppress` adds hidden cells greedily (the smallest values first, so as little as possible
is lost) and returns only once neither attack discloses a small value — the check that ends its
loop is the guarantee; :func:`disclosed` is that check on its own (the tests use it).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from fractions import Fraction

Cell = str


@dataclass(frozen=True)
class Relation:
    """``total = sum(parts)`` between cells of one report."""

    total: Cell
    parts: tuple[Cell, ...]

    def cells(self) -> tuple[Cell, ...]:
        return (self.total, *self.parts)


@dataclass(frozen=True)
class Table:
    """The cells of a report, which of them are printed, and how they add up."""

    values: Mapping[Cell, int]
    published: frozenset[Cell]
    relations: tuple[Relation, ...] = ()

    def sensitive(self, min_cell: int) -> set[Cell]:
        """Every count, printed or not, from 1 to ``min_cell − 1``."""
        return {cell for cell, n in self.values.items() if 1 <= n < min_cell}


def suppress(table: Table, min_cell: int | None) -> frozenset[Cell]:
    """The published cells to show as hidden so that no sensitive value is disclosed.

    ``min_cell`` ``None`` (or below 2) suppresses nothing. Raises :class:`RuntimeError` should a
    small value stay disclosed with every non-zero cell hidden — it cannot, since a hidden cell
    in a relation of only hidden cells and zeros is never pinned, but the report must not go out
    on a hope.
    """
    if min_cell is None or min_cell < 2:
        return frozenset()
    sensitive = table.sensitive(min_cell)
    hidden = {cell for cell in sensitive if cell in table.published}
    while True:
        leaks = disclosed(table, hidden, sensitive)
        if not leaks:
            return frozenset(hidden)
        leak = leaks[0]
        candidates = _candidates(table, hidden, leak)
        if not candidates:
            raise RuntimeError(f"cannot protect {leak}")
        # the smallest cell that stops this leak on its own, else the smallest of all
        for cell in candidates:
            if leak not in disclosed(table, hidden | {cell}, {leak}):
                hidden.add(cell)
                break
        else:
            hidden.add(candidates[0])


def disclosed(table: Table, hidden: Iterable[Cell], sensitive: Iterable[Cell]) -> list[Cell]:
    """The sensitive cells a reader can pin down when the published cells outside ``hidden``
    are shown; empty when the report is safe."""
    hidden = set(hidden)
    shown = {cell for cell in table.published if cell not in hidden}
    unknown = [cell for cell in table.values if cell not in shown]
    wanted = set(sensitive)
    sensitive = [cell for cell in table.values if cell in wanted]  # in the report's order
    if not sensitive:
        return []
    rows = _reduced_rows(table, shown, unknown)
    bounds = _bounds(table, shown, hidden)
    out = []
    for cell in sensitive:
        if cell in shown or _in_row_space(rows, cell) or bounds[cell][0] == bounds[cell][1]:
            out.append(cell)
    return out


# --------------------------------------------------------------------------- equations


def _reduced_rows(table: Table, shown: set[Cell], unknown: list[Cell]) -> list[dict[Cell, Fraction]]:
    """The relations restricted to the unknown cells, in reduced row echelon form (the shown
    values move to the right-hand side, which plays no part in *whether* a cell is pinned)."""
    rows: list[dict[Cell, Fraction]] = []
    for relation in table.relations:
        row: dict[Cell, Fraction] = {}
        for cell, sign in ((relation.total, 1), *((part, -1) for part in relation.parts)):
            if cell not in shown:
                row[cell] = row.get(cell, Fraction(0)) + sign
        row = {cell: c for cell, c in row.items() if c}
        if row:
            rows.append(row)
    reduced: list[dict[Cell, Fraction]] = []
    for pivot in unknown:
        index = next((i for i, row in enumerate(rows) if pivot in row), None)
        if index is None:
            continue
        row = rows.pop(index)
        scale = row[pivot]
        row = {cell: c / scale for cell, c in row.items()}
        for others in (rows, reduced):
            for i, other in enumerate(others):
                factor = other.get(pivot)
                if factor:
                    merged = dict(other)
                    for cell, c in row.items():
                        merged[cell] = merged.get(cell, Fraction(0)) - factor * c
                    others[i] = {cell: c for cell, c in merged.items() if c}
        reduced.append(row)
        rows = [row for row in rows if row]
    return reduced


def _in_row_space(reduced: list[dict[Cell, Fraction]], cell: Cell) -> bool:
    """Whether the unit vector of ``cell`` is a combination of the reduced rows: in reduced
    echelon form it is exactly when some row is that unit vector."""
    return any(len(row) == 1 and cell in row for row in reduced)


# --------------------------------------------------------------------------- bounds

_INFINITY = float("inf")


def _bounds(table: Table, shown: set[Cell], hidden: set[Cell]) -> dict[Cell, tuple[float, float]]:
    """Lower and upper bound of every cell a reader can infer from the shown values."""
    bounds: dict[Cell, tuple[float, float]] = {}
    for cell, n in table.values.items():
        if cell in shown:
            bounds[cell] = (n, n)
        else:
            bounds[cell] = (1 if cell in hidden else 0, _INFINITY)
    for _round in range(4 * len(table.values) + 4):  # a fixpoint comes long before this
        changed = False
        for relation in table.relations:
            # total = Σ parts: tighten the total from the parts, then each part from the rest
            low = sum(bounds[p][0] for p in relation.parts)
            high = sum(bounds[p][1] for p in relation.parts)
            changed |= _tighten(bounds, relation.total, low, high)
            total_low, total_high = bounds[relation.total]
            for part in relation.parts:
                others_low = sum(bounds[p][0] for p in relation.parts if p != part)
                others_high = sum(bounds[p][1] for p in relation.parts if p != part)
                changed |= _tighten(bounds, part, total_low - others_high, total_high - others_low)
        if not changed:
            break
    return bounds


def _tighten(bounds: dict[Cell, tuple[float, float]], cell: Cell, low: float, high: float) -> bool:
    old_low, old_high = bounds[cell]
    new = (max(old_low, low), min(old_high, high))
    if new != (old_low, old_high):
        bounds[cell] = new
        return True
    return False


# --------------------------------------------------------------------------- choosing


def _candidates(table: Table, hidden: set[Cell], leak: Cell) -> list[Cell]:
    """Shown, non-zero published cells related to ``leak`` through relations among unknown
    cells — hiding one of them can take away what pins it. Smallest value first; parts before
    totals (a total is what a reader looks at first); then the report's order."""
    shown = {cell for cell in table.published if cell not in hidden}
    reach = {leak}
    frontier = [leak]
    touching: set[Cell] = set()
    while frontier:
        cell = frontier.pop()
        for relation in table.relations:
            cells = relation.cells()
            if cell not in cells:
                continue
            for other in cells:
                if other in shown:
                    touching.add(other)
                elif other not in reach:
                    reach.add(other)
                    frontier.append(other)
    totals = {relation.total for relation in table.relations}
    order = {cell: i for i, cell in enumerate(table.values)}
    return sorted((cell for cell in touching if table.values[cell] > 0),
                  key=lambda cell: (table.values[cell], cell in totals, order[cell]))
