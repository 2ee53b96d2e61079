"""Small-cell suppression (``report --min-cell``): the rule, and a reader who tries every world.

The property test does not trust the suppression's own check (equations and bounds): it builds
random tables of nested sums, lets :func:`suppress` hide what it hides, then enumerates every
data set a reader could think of — every assignment of whole numbers to the counts that gives
exactly the shown values, with every hidden printed count at least 1 — and requires that each
small count takes at least two different values among them.
"""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.support import examples
from userjourney.core.summary.disclosure import Relation, Table, disclosed, suppress

# --------------------------------------------------------------------------- the rule by example


def table(values: dict[str, int], relations: list[tuple[str, tuple[str, ...]]], unpublished=()) -> Table:
    return Table(values, frozenset(values) - set(unpublished), tuple(Relation(t, p) for t, p in relations))


def test_no_min_cell_hides_nothing():
    t = table({"total": 3, "a": 1, "b": 2}, [("total", ("a", "b"))])
    assert suppress(t, None) == frozenset()


def test_a_small_part_takes_a_second_part_with_it():
    """10 = 1 + 4 + 5: hiding the 1 alone gives it away (10 − 4 − 5); the next smallest goes too."""
    t = table({"total": 10, "a": 1, "b": 4, "c": 5}, [("total", ("a", "b", "c"))])
    assert suppress(t, 3) == {"a", "b"}


def test_zeros_are_shown_and_never_hidden_for_protection():
    """10 = 1 + 0 + 9: the zero stays; the 9 protects the 1."""
    t = table({"total": 10, "a": 1, "b": 0, "c": 9}, [("total", ("a", "b", "c"))])
    assert suppress(t, 3) == {"a", "c"}


def test_two_hidden_ones_that_add_up_to_two_give_each_other_away():
    """6 = 1 + 1 + 4: two hidden cells summing to 2, each at least 1 — both are 1. A third goes."""
    t = table({"total": 6, "a": 1, "b": 1, "c": 4}, [("total", ("a", "b", "c"))])
    assert disclosed(t, {"a", "b"}, {"a", "b"}) == ["a", "b"]
    assert suppress(t, 3) == {"a", "b", "c"}


def test_a_small_step_between_two_shown_steps_is_protected():
    """A funnel 48 → 47 → 47: the one child who stopped first is not printed, but 48 − 47 says so.
    One of the two steps goes, and then the stop is 0 or 1."""
    t = table({"entitled": 48, "stop1": 1, "offer": 47, "stop2": 0, "known": 47},
              [("entitled", ("stop1", "offer")), ("offer", ("stop2", "known"))], unpublished=("stop1", "stop2"))
    hidden = suppress(t, 3)
    assert hidden == {"offer"}
    assert disclosed(t, hidden, {"stop1"}) == []


def test_a_hidden_step_pinned_by_its_neighbours_is_disclosed():
    """10 ≥ x ≥ 10 along a funnel: x is 10, whatever the cell shows."""
    t = table({"a": 10, "s1": 0, "x": 10, "s2": 0, "b": 10},
              [("a", ("s1", "x")), ("x", ("s2", "b"))], unpublished=("s1", "s2"))
    assert disclosed(t, {"x"}, {"x"}) == ["x"]


# --------------------------------------------------------------------------- a reader who tries everything


@dataclass
class Tree:
    leaves: list[int]
    #: (name, leaves under it)
    nodes: list[tuple[str, list[int]]]


@st.composite
def trees(draw) -> tuple[Table, Tree]:
    """Leaves with small counts, nested into sums by random brackets; some cells unpublished."""
    leaves = draw(st.lists(st.integers(0, 3), min_size=2, max_size=5))
    items: list[list[int]] = [[i] for i in range(len(leaves))]
    nodes: list[tuple[str, list[int]]] = []
    relations = []
    names = [f"l{i}" for i in range(len(leaves))]
    item_names = list(names)
    for k in range(draw(st.integers(1, 3))):
        if len(items) < 2:
            break
        i = draw(st.integers(0, len(items) - 2))
        j = draw(st.integers(i + 2, len(items)))
        name = f"n{k}"
        covered = [leaf for item in items[i:j] for leaf in item]
        nodes.append((name, covered))
        relations.append(Relation(name, tuple(item_names[i:j])))
        items[i:j] = [covered]
        item_names[i:j] = [name]
    # a total over everything; sometimes split a second way as well (the children of the cover,
    # split by Anspruch in each Bereich): relations that no longer form a tree
    all_a = list(range(len(leaves)))
    nodes.append(("root", all_a))
    relations.append(Relation("root", tuple(item_names)))
    if draw(st.booleans()):
        total = sum(leaves)
        cuts = sorted(draw(st.lists(st.integers(0, total), min_size=1, max_size=2)))
        second = [b - a for a, b in zip([0, *cuts], [*cuts, total], strict=True)]
        first = len(leaves)
        leaves = leaves + second
        names += [f"m{i}" for i in range(len(second))]
        nodes.append(("root", list(range(first, len(leaves)))))
        relations.append(Relation("root", tuple(names[first:])))
    values = {name: leaves[i] for i, name in enumerate(names)}
    for name, covered in nodes:
        values[name] = sum(leaves[i] for i in covered)
    published = frozenset(cell for cell in values if draw(st.booleans()) or cell[0] in "nr")
    return Table(values, published, tuple(relations)), Tree(leaves, nodes)


def worlds(t: Table, tree: Tree, hidden: frozenset[str]):
    """Every assignment of the leaves a reader cannot rule out, as the values of all cells."""
    shown = {cell: n for cell, n in t.values.items() if cell in t.published and cell not in hidden}
    bound = sum(tree.leaves) + 2
    leaf_names = [name for name in t.values if name[0] in "lm"]
    complete_at = {}  # nodes to check once their last leaf is assigned
    for name, covered in tree.nodes:
        complete_at.setdefault(max(covered), []).append((name, covered))

    def fits(cell: str, n: int) -> bool:
        if cell in shown:
            return shown[cell] == n
        return n >= 1 if cell in hidden else True

    assignment: list[int] = []

    def walk(i: int):
        if i == len(leaf_names):
            cells = dict(zip(leaf_names, assignment, strict=True))
            sums = [(name, sum(assignment[j] for j in covered)) for name, covered in tree.nodes]
            if all(cells.setdefault(name, n) == n for name, n in sums):  # the two ways to the root agree
                yield cells
            return
        for n in range(bound + 1):
            if not fits(leaf_names[i], n):
                continue
            assignment.append(n)
            if all(fits(name, sum(assignment[j] for j in covered)) for name, covered in complete_at.get(i, ())):
                yield from walk(i + 1)
            assignment.pop()

    return walk(0)


@settings(max_examples=examples(500), deadline=None)
@given(drawn=trees(), min_cell=st.integers(2, 3))
def test_no_world_a_reader_can_imagine_pins_a_small_count(drawn, min_cell):
    t, tree = drawn
    hidden = suppress(t, min_cell)
    assert all(t.values[cell] >= 1 for cell in hidden)
    assert not [c for c in t.published - hidden if 1 <= t.values[c] < min_cell]
    sensitive = t.sensitive(min_cell)
    seen: dict[str, set[int]] = {cell: set() for cell in sensitive}
    for world in worlds(t, tree, hidden):
        for cell in sensitive:
            seen[cell].add(world[cell])
        if all(len(values) > 1 for values in seen.values()):
            break
    pinned = sorted(cell for cell, values in seen.items() if len(values) < 2)
    assert not pinned, (t, sorted(hidden))


def test_equations_find_what_bounds_alone_do_not():
    """a = x + y, b = y + z, c = x + z with a, b, c shown: x = (a − b + c) / 2, though no bound
    on its own narrows x to one value."""
    t = table({"a": 3, "b": 4, "c": 5, "x": 2, "y": 1, "z": 3},
              [("a", ("x", "y")), ("b", ("y", "z")), ("c", ("x", "z"))], unpublished=("x", "y", "z"))
    assert disclosed(t, set(), {"x", "y"}) == ["x", "y"]
