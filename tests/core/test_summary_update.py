"""Updating a summary by the shares of the changed families gives exactly a fresh count."""

from __future__ import annotations

import random
from datetime import date

import pytest
import sqlalchemy as sa

from bench.synthetic import generate
from userjourney.core.editing.workspace import (
    FamilyWorkspace,
    create_family,
    delete_family,
)
from userjourney.core.history.undo import UndoStack, committer
from userjourney.core.storage.models import Child, Family, Person
from userjourney.core.summary.counting import summarize
from userjourney.core.summary.filters import SummaryFilter
from userjourney.core.summary.update import Mismatch, adjust, change_mark, family_share
from userjourney.core.vocab import AREAS

STAND = date(2024, 6, 30)


@pytest.fixture
def county(db):
    generate(db, 40, seed=3)
    return db


def _family_ids(db) -> list:
    with db.session() as s:
        return list(s.scalars(sa.select(Family.id).order_by(Family.code)))


def _random_edit(db, undo, rng: random.Random, family_id) -> None:
    """One edit a coach could make in the grids or the header of one family."""
    ws = FamilyWorkspace(db, family_id, committer(db, undo))
    children = ws.family.children
    choice = rng.randrange(6)
    if choice == 0 and children:
        child = rng.choice(children)
        ws.set_step(child.id, rng.choice(AREAS), rng.randrange(7), rng.choice(["ja", "nein", ""]))
    elif choice == 1 and children:
        ws.set_reason(rng.choice(children).id, rng.choice(AREAS), rng.choice(["Eigener Grund", "", "Noch offen"]))
    elif choice == 2:
        ws.update_family("location", rng.choice(["Ahlen", "Beckum", "Ennigerloh"]))
    elif choice == 3:
        ws.add_child(f"Neu{rng.randrange(10**6)}", rng.randrange(18), "Grundschule")
    elif choice == 4 and ws.family.persons:
        ws.set_minijob(rng.choice(ws.family.persons).id, "searched", str(rng.randrange(1, 5)))
    elif children:
        ws.remove_child(rng.choice(children).id)


@pytest.mark.parametrize("filters", [
    SummaryFilter(stand=STAND),
    SummaryFilter(stand=STAND, location="Ahlen", date_from=date(2022, 1, 1), date_to=date(2023, 12, 31)),
    SummaryFilter(stand=STAND, migration_background=True),
], ids=["all", "Ahlen with a period", "migration"])
def test_old_minus_share_before_plus_share_after_equals_a_fresh_count(county, filters):
    rng = random.Random(5)
    undo = UndoStack()
    ids = _family_ids(county)
    with county.session() as s:
        total = summarize(s, filters)
    for _ in range(25):
        family_id = rng.choice(ids)
        with county.session() as s:
            before = family_share(s, filters, family_id)
        _random_edit(county, undo, rng, family_id)
        with county.session() as s:
            after = family_share(s, filters, family_id)
            fresh = summarize(s, filters)
        total = adjust(total, [before], [after])
        assert total.to_json() == fresh.to_json()


def test_new_and_deleted_families_have_no_share_before_or_after(county):
    filters = SummaryFilter(stand=STAND)
    undo = UndoStack()
    with county.session() as s:
        total = summarize(s, filters)
    new_id = create_family(committer(county, undo), "Neu", location="Ahlen")
    FamilyWorkspace(county, new_id, committer(county, undo)).add_child("Kim", 7, "Grundschule")
    with county.session() as s:
        total = adjust(total, [], [family_share(s, filters, new_id)])
        assert total.to_json() == summarize(s, filters).to_json()
        gone = _family_ids(county)[0]
        before = family_share(s, filters, gone)
    delete_family(committer(county, undo), gone)
    with county.session() as s:
        assert family_share(s, filters, gone).families == 0
        assert adjust(total, [before], []).to_json() == summarize(s, filters).to_json()


def test_a_share_that_was_not_counted_is_refused(db):
    undo = UndoStack()
    family_id = create_family(committer(db, undo), "A")
    FamilyWorkspace(db, family_id, committer(db, undo)).add_child("Kim", 7, "Grundschule")
    filters = SummaryFilter(stand=STAND)
    with db.session() as s:
        share = family_share(s, filters, family_id)
        empty = summarize(s, SummaryFilter(stand=STAND, location="nirgends"))
    with pytest.raises(Mismatch):
        adjust(empty, [share], [])


def test_the_change_mark_grows_with_every_commit_and_tells_which_family_changed(db):
    undo = UndoStack()
    with db.session() as s:
        start = change_mark(s)
    a = create_family(committer(db, undo), "A")
    b = create_family(committer(db, undo), "B")
    with db.session() as s:
        mark, mark_a, mark_b = change_mark(s), change_mark(s, a), change_mark(s, b)
    assert start < mark_a < mark_b == mark
    FamilyWorkspace(db, a, committer(db, undo)).add_child("Kim", 7, "Grundschule")
    with db.session() as s:
        assert change_mark(s, a) > mark and change_mark(s, b) == mark_b


def test_family_ids_restrict_the_summary_and_the_drill_down(county):
    from userjourney.core.summary.drilldown import drill_down

    ids = _family_ids(county)[:3]
    filters = SummaryFilter(stand=STAND, family_ids=ids)
    assert isinstance(filters.family_ids, frozenset)
    with county.session() as s:
        summary = summarize(s, filters)
        children = s.scalar(sa.select(sa.func.count()).select_from(Child).where(Child.family_id.in_(ids)))
        persons = s.scalar(sa.select(sa.func.count()).select_from(Person).where(Person.family_id.in_(ids)))
        rows = drill_down(s, filters, None, "children")
    assert (summary.families, summary.children, summary.minijobs.persons) == (3, children, persons)
    assert {row.family_id for row in rows} <= set(ids) and len(rows) == children
