"""Datei → Abgleichen and Bearbeiten → Konflikte, driven by keyboard as a coach would: sync with
a laptop's file, see the conflict, take a value, undo and redo it, sync back — gone on both sides."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.support.gui import modal, press, shortcut, type_text
from tests.support.sync import laptop_of, snapshot
from userjourney.core.editing import edits
from userjourney.core.sync.conflicts import open_conflicts


def _lena(session):
    return edits.find_family(session, "Schmidt").children[0]


def _ages(*databases):
    out = []
    for db in databases:
        with db.session() as s:
            out.append(_lena(s).age_years)
    return out


def _diverged(office, folder):
    """Familie Schmidt with Lena; a laptop from the office; Lena 9 in the office, 10 on the laptop."""
    with office.transaction() as s:
        edits.add_child(s, edits.create_family(s, "Schmidt", location="Ahlen"), "Lena", 8)
    laptop = laptop_of(office, folder, actor="Laptop")
    for database, age in ((office, 9), (laptop, 10)):
        with database.transaction() as s:
            edits.update_child(s, _lena(s), "age", age)
    return laptop


def _open(db):
    with db.session() as s:
        return [(c.what, [v["value"] for v in c.values]) for c in open_conflicts(s)]


def test_sync_decide_undo_and_sync_back(qtbot, main_window, tmp_path):
    office = main_window.database
    laptop = _diverged(office, tmp_path)
    main_window.reload_everything()
    seen = {}

    def synchronise(dialog):
        type_text(str(laptop.path))  # the field has the focus
        press("o", modifier=Qt.KeyboardModifier.AltModifier)  # V&orschau zeigen
        qtbot.waitUntil(lambda: dialog.result is not None, timeout=20000)
        seen["preview"] = dialog.ui.preview.toPlainText()
        press("b", modifier=Qt.KeyboardModifier.AltModifier)  # A&bgleichen
        qtbot.waitUntil(lambda: dialog.result is not None and not dialog.result.preview, timeout=20000)
        seen["message"] = dialog.ui.message.text()
        press("Esc")

    with modal(synchronise):
        main_window.ui.actionSync.trigger()
    assert "Neue Konflikte:\n  Familie Schmidt · Kind Lena: Alter" in seen["preview"]
    assert seen["message"] == "Abgeglichen. Offene Konflikte: 1 (Bearbeiten → Konflikte)."
    assert _open(office) == _open(laptop) == [("Kind Lena: Alter", [10, 9])]
    assert _ages(office, laptop) == [10, 10]  # the later change, on both

    def decide(dialog):
        tree = dialog.ui.tree
        tree.setFocus()
        press("Home", "Down", "Down")  # the conflict, its first value, its second value (9)
        assert tree.currentItem().text(0) == "9" and tree.currentItem().text(1) == "Testerin"
        assert dialog.ui.takeButton.isEnabled()
        press("n", modifier=Qt.KeyboardModifier.AltModifier)  # Diesen Wert &nehmen (clicks after a blink)
        qtbot.waitUntil(lambda: dialog.ui.message.text() != "")
        seen["message"] = dialog.ui.message.text()
        seen["after"] = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
        press("Esc")

    with modal(decide):
        main_window.ui.actionConflicts.trigger()
    assert seen["message"] == "Entschieden: Kind Lena: Alter (Strg+Z macht es rückgängig)"
    assert seen["after"] == ["Keine offenen Konflikte."]
    assert _ages(office) == [9] and _open(office) == []

    shortcut("Ctrl+Z")  # the decision undone: the conflict is back
    assert _ages(office) == [10] and _open(office) == [("Kind Lena: Alter", [10, 9])]
    shortcut("Ctrl+Shift+Z")
    assert _ages(office) == [9] and _open(office) == []

    def sync_back(dialog):
        type_text(str(laptop.path))
        press("b", modifier=Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: dialog.result is not None, timeout=20000)
        press("Esc")

    with modal(sync_back):
        main_window.ui.actionSync.trigger()
    assert _open(office) == _open(laptop) == []
    assert _ages(office, laptop) == [9, 9]
    assert snapshot(office) == snapshot(laptop)
    laptop.close()


def test_a_conflict_is_marked_in_the_list_and_the_grid_until_the_cell_is_edited(qtbot, main_window, tmp_path):
    from PySide6.QtCore import Qt as _Qt

    from userjourney.gui import style
    from userjourney.gui.family.list_model import FamilyListModel

    office = main_window.database
    laptop = _diverged(office, tmp_path)
    from userjourney.core.sync.synchronising import synchronise

    synchronise(office, laptop)
    main_window.reload_everything()
    model = main_window.list_model
    row = next(r for r in range(model.rowCount()) if model.rows[r].code == "Schmidt")
    code = model.index(row, FamilyListModel.CODE)
    assert model.data(code, _Qt.ItemDataRole.DecorationRole) is not None
    assert model.data(code, _Qt.ItemDataRole.ToolTipRole).endswith(
        "\n1 offener Konflikt aus dem Abgleich (Bearbeiten → Konflikte)")
    assert model.data(code, _Qt.ItemDataRole.AccessibleDescriptionRole) == \
        "1 offener Konflikt aus dem Abgleich (Bearbeiten → Konflikte)"

    with office.session() as s:
        main_window.open_family(edits.find_family(s, "Schmidt").id)
    grid = main_window.family_view.but_model
    age = grid.index(0, grid.column_index("age"))
    name = grid.index(0, grid.column_index("name"))
    assert grid.data(age, _Qt.ItemDataRole.BackgroundRole).color().name() == style.CONFLICT_BACKGROUND
    assert grid.data(age, _Qt.ItemDataRole.ToolTipRole).startswith(
        "Konflikt aus dem Abgleich: 10 (Laptop) / 9 (Testerin) – Bearbeiten → Konflikte")
    assert grid.data(name, _Qt.ItemDataRole.BackgroundRole) is None

    assert grid.setData(age, "9")  # the coach types the right age: that decides it
    qtbot.waitUntil(lambda: grid.data(age, _Qt.ItemDataRole.BackgroundRole) is None)
    assert _open(office) == []
    qtbot.waitUntil(lambda: model.data(model.index(row, FamilyListModel.CODE), _Qt.ItemDataRole.DecorationRole) is None)
    laptop.close()


def test_a_file_that_is_no_database_is_refused_in_one_line(qtbot, main_window, tmp_path):
    from userjourney.gui.dialogs.sync import SyncDialog

    stray = tmp_path / "liste.xlsx"
    stray.write_bytes(b"PK\x03\x04 not a database")
    dialog = SyncDialog(main_window.operations, main_window, other=str(stray))
    qtbot.addWidget(dialog)
    dialog.start(preview=True)
    assert dialog.ui.message.text() == (
        f"„{stray}“ ist keine Datenbank von userjourney (oder ihre Schlüsseldatei liste.xlsx.keys fehlt); "
        "nichts abgeglichen.")
    assert dialog.task is None and stray.read_bytes() == b"PK\x03\x04 not a database"


def test_an_encrypted_laptop_is_synchronised_from_the_window(qtbot, main_window, tmp_path):
    from tests.conftest import encrypted_database
    from userjourney.core.storage.database import open_database
    from userjourney.gui.dialogs.sync import SyncDialog

    with main_window.database.transaction() as s:
        edits.create_family(s, "Schmidt", location="Ahlen")
    laptop = encrypted_database(tmp_path / "laptop.sqlite")  # its passphrase: $USERJOURNEY_PASSPHRASE
    dialog = SyncDialog(main_window.operations, main_window, other=str(laptop))
    qtbot.addWidget(dialog)
    dialog.start(preview=False)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20000)
    assert dialog.result.into_there.families == 1
    with open_database(laptop) as db, db.session() as s:
        assert edits.find_family(s, "Schmidt") is not None


def test_a_value_of_ones_own_is_typed_in_the_conflicts_dialog(qtbot, main_window, tmp_path):
    office = main_window.database
    laptop = _diverged(office, tmp_path)
    from userjourney.core.sync.synchronising import synchronise

    synchronise(office, laptop)
    seen = {}

    def decide(dialog):
        dialog.ui.tree.setFocus()
        press("Home")  # the conflict itself
        press("e", modifier=Qt.KeyboardModifier.AltModifier)  # &Eigener Wert
        type_text("elf")
        press("Enter")  # saves the value (the dialog stays open), it does not close the dialog
        qtbot.waitUntil(lambda: dialog.ui.message.text() != "")
        seen["refused"] = dialog.ui.message.text()
        seen["kept"] = dialog.ui.typedEdit.text()
        press("Backspace", "Backspace", "Backspace")  # the refused text stayed; away with it
        type_text("11")
        press("Enter")
        qtbot.waitUntil(lambda: dialog.ui.message.text().startswith("Entschieden"))
        seen["after"] = [dialog.ui.tree.topLevelItem(i).text(0) for i in range(dialog.ui.tree.topLevelItemCount())]
        press("Esc")

    with modal(decide):
        main_window.ui.actionConflicts.trigger()
    assert seen["refused"] == "„elf“ ist kein gültiges Alter; erwartet: eine ganze Zahl von 0 bis 120."
    assert seen["kept"] == "elf"
    assert seen["after"] == ["Keine offenen Konflikte."]
    assert _ages(office) == [11]
    laptop.close()
