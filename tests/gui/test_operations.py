"""The window's one path for changes: one event per change, naming who asked for it."""

from __future__ import annotations

import pytest

from userjourney.core.editing import edits
from userjourney.core.errors import ValidationError
from userjourney.core.history.undo import UndoConflict
from userjourney.gui.operations import ChangeEvent, Operations


@pytest.fixture
def operations(qtbot, db):
    ops = Operations(db)
    events: list[ChangeEvent] = []
    ops.changed.connect(events.append)
    ops.events = events
    yield ops
    ops.close()


def settle(qtbot):
    qtbot.wait(50)  # queued database reports arrive


def test_a_change_is_announced_once_with_its_initiator_and_can_be_undone(qtbot, operations):
    asker = object()
    family, info = operations.run(lambda f: f"Familie {f.code} angelegt",
                                  lambda s: edits.create_family(s, "Schmidt"), initiator=asker)
    settle(qtbot)
    assert info.changed and family.code == "Schmidt"
    assert operations.events == [ChangeEvent(frozenset({family.id}), asker, "Familie Schmidt angelegt")]
    assert operations.undo_stack.undo_label() == "Familie Schmidt angelegt"

    operations.events.clear()
    step = operations.undo(initiator="menu")
    settle(qtbot)
    assert step.label == "Familie Schmidt angelegt"
    assert operations.events == [ChangeEvent(frozenset({family.id}), "menu", "Familie Schmidt angelegt")]


def test_a_refused_change_announces_and_records_nothing(qtbot, operations):
    with pytest.raises(ValidationError):
        operations.run("leer", lambda s: edits.create_family(s, "   "))
    settle(qtbot)
    assert operations.events == [] and not operations.undo_stack.can_undo()


def test_a_commit_made_elsewhere_is_announced_without_initiator(qtbot, operations, db):
    with db.transaction() as session:
        family = edits.create_family(session, "Von woanders")
    assert operations.events == []  # reported on the UI thread, through the event loop
    settle(qtbot)
    assert operations.events == [ChangeEvent(frozenset({family.id}))]
    assert not operations.undo_stack.can_undo()  # not the window's step


def test_a_change_that_changes_nothing_is_not_announced(qtbot, operations):
    operations.run("nichts", lambda s: None)
    settle(qtbot)
    assert operations.events == [] and not operations.undo_stack.can_undo()


def test_an_undo_that_cannot_be_done_announces_nothing(qtbot, operations, db):
    family, _ = operations.run("angelegt", lambda s: edits.create_family(s, "A"))
    operations.run("Standort", lambda s: edits.update_family(s, s.get(type(family), family.id), "location", "Ahlen"))
    with db.transaction() as session:  # someone else changes it since
        edits.update_family(session, session.get(type(family), family.id), "location", "Beckum")
    settle(qtbot)
    operations.events.clear()
    with pytest.raises(UndoConflict):
        operations.undo()
    settle(qtbot)
    assert operations.events == []


def test_a_replaced_database_makes_every_view_reload(qtbot, operations):
    operations.run("angelegt", lambda s: edits.create_family(s, "A"))
    operations.events.clear()
    operations.replaced("Wiederhergestellt")
    assert operations.events == [ChangeEvent(frozenset(), None, "Wiederhergestellt", everything=True)]
    assert not operations.undo_stack.can_undo()
