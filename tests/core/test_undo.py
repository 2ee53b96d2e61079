"""Undo and redo across the session, built on the change history."""

from __future__ import annotations

import re

import pytest
import sqlalchemy as sa

from userjourney.core.demo.schmidt_mueller import store_demo
from userjourney.core.editing.family_list import load_rows
from userjourney.core.editing.workspace import (
    FamilyWorkspace,
    create_family,
    delete_family,
)
from userjourney.core.history.undo import UndoConflict, UndoStack, committer
from userjourney.core.storage.models import (
    ButDetail,
    ButEntry,
    Change,
    Child,
    Family,
    MinijobEntry,
    Person,
)


def snapshot(db) -> dict:
    """Every tracked table, without the history and Letzte Bearbeitung (which undo moves on)."""
    with db.session() as s:
        out = {}
        for model in (Family, Child, ButEntry, ButDetail, Person, MinijobEntry):
            rows = s.execute(sa.select(model.__table__)).mappings().all()
            out[model.__tablename__] = sorted(
                tuple(sorted((k, str(v)) for k, v in r.items() if k != "updated_at")) for r in rows)
        return out


def test_undo_and_redo_walk_back_and_forth(db):
    undo = UndoStack()
    family_id = create_family(committer(db, undo), "Schmidt", location="Ennigerloh")
    ws = FamilyWorkspace(db, family_id, committer(db, undo))
    child = ws.add_child("Jan", 13, "Weiterführende Schule")
    states = [snapshot(db)]
    ws.set_step(child, "Lernförderung", 6, "ja")
    states.append(snapshot(db))
    ws.set_details(child, "Lernförderung", "Mathe, Deutsch")
    states.append(snapshot(db))
    ws.set_reason(child, "Mittagsverpflegung", "Kind möchte zuhause essen")
    states.append(snapshot(db))
    assert undo.undo_label() == "Jan · Mittagsverpflegung: Grund geändert"
    for expected in reversed(states[:-1]):
        undo.undo(db)
        assert snapshot(db) == expected
    for expected in states[1:]:
        undo.redo(db)
        assert snapshot(db) == expected
    assert not undo.can_redo()


def test_a_new_edit_clears_redo(db):
    undo = UndoStack()
    family_id = create_family(committer(db, undo), "Schmidt")
    ws = FamilyWorkspace(db, family_id, committer(db, undo))
    ws.update_family("location", "Ahlen")
    undo.undo(db)
    assert undo.can_redo()
    ws.reload()  # as the window does after an undo: an edit is made on what is shown
    ws.update_family("coach", "Max Mustermann")
    assert not undo.can_redo()


def test_deleting_a_family_is_undone_whole(db):
    with db.transaction() as s:
        store_demo(s)
    before = snapshot(db)
    undo = UndoStack()
    schmidt = next(r.id for r in load_rows(db) if r.code == "Schmidt")
    assert delete_family(committer(db, undo), schmidt) == "Schmidt"
    assert [r.code for r in load_rows(db)] == ["Müller"]
    step = undo.undo(db)
    assert step.label == "Familie „Schmidt“ gelöscht" and schmidt in step.family_ids
    assert snapshot(db) == before
    undo.redo(db)
    assert [r.code for r in load_rows(db)] == ["Müller"]


def test_an_edit_changed_elsewhere_is_not_overwritten(db):
    undo = UndoStack()
    family_id = create_family(committer(db, undo), "Schmidt")
    ws = FamilyWorkspace(db, family_id, committer(db, undo))
    ws.update_family("location", "Ahlen")
    other = FamilyWorkspace(db, family_id, committer(db, UndoStack()))  # another window, another undo stack
    other.update_family("location", "Beckum")
    with pytest.raises(UndoConflict, match=re.escape("inzwischen geändert")):
        undo.undo(db)
    assert FamilyWorkspace(db, family_id).family.location == "Beckum"
    assert undo.undo_label() == "Familie „Schmidt“ angelegt"  # the conflicting step was dropped


def test_nothing_to_undo_is_said_in_german(db):
    with pytest.raises(UndoConflict, match=re.escape("Es gibt nichts rückgängig zu machen.")):
        UndoStack().undo(db)
    with pytest.raises(UndoConflict, match=re.escape("Es gibt nichts zu wiederholen.")):
        UndoStack().redo(db)


def test_undo_writes_history_too(db):
    undo = UndoStack()
    family_id = create_family(committer(db, undo), "Schmidt")
    FamilyWorkspace(db, family_id, committer(db, undo)).update_family("location", "Ahlen")
    undo.undo(db)
    with db.session() as s:
        rows = s.execute(sa.select(Change.field, Change.old_value, Change.new_value)
                         .where(Change.field == "location").order_by(Change.id)).all()
    assert rows == [("location", None, '"Ahlen"'), ("location", '"Ahlen"', None)]
