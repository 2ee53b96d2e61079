"""Bearbeiten → Familie endgültig löschen (GDPR art. 17) in the window: the open family
suggested, nothing without the code typed twice, Enter means Abbrechen, the retention list."""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from PySide6.QtCore import Qt

from tests.support.gui import modal, press, type_text, with_demo
from userjourney.core.demo.schmidt_mueller import store_demo
from userjourney.core.editing.family_list import load_rows
from userjourney.core.storage.models import Change


def test_the_open_family_is_erased_only_after_its_code_is_typed_again(qtbot, main_window, db_path):
    window = main_window
    with_demo(window)
    seen = {}

    def fill(dialog):
        seen["suggested"] = dialog.ui.codeEdit.text()
        seen["enabled before"] = dialog.ui.purgeButton.isEnabled()
        type_text("Schmid")  # the focus is on the confirmation
        seen["enabled on a typo"] = dialog.ui.purgeButton.isEnabled()
        type_text("t")
        seen["enabled"] = dialog.ui.purgeButton.isEnabled()
        press("e", modifier=Qt.KeyboardModifier.AltModifier)  # Endgültig löschen
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30000)

    with modal(fill, timeout=60):
        dialog = window.purge_family()
    assert seen == {"suggested": "Schmidt", "enabled before": False, "enabled on a typo": False, "enabled": True}
    assert dialog.purged is not None and dialog.purged.code == "Schmidt"
    assert {row.code for row in load_rows(window.database)} == {"Müller"}
    assert window.current_family_id() is None
    assert window.statusBar().currentMessage().startswith("Familie „Schmidt“ endgültig gelöscht")
    assert not window.ui.actionUndo.isEnabled()  # nothing to undo: the steps before belonged to it
    assert b"Schmidt" not in db_path.read_bytes()


def test_enter_cancels_and_the_retention_list_fills_in_the_code(qtbot, main_window):
    window = main_window
    with window.database.transaction() as session:
        store_demo(session)
        session.execute(sa.update(Change).values(at=datetime(2011, 5, 1, tzinfo=UTC)))  # all very old
    window.reload_everything()
    seen = {}

    def look(dialog):
        seen["listed"] = [dialog.ui.candidates.item(i).text() for i in range(dialog.ui.candidates.count())]
        dialog.ui.candidates.setFocus()
        press("Down")  # the first candidate
        seen["code"] = dialog.ui.codeEdit.text()
        dialog.ui.confirmEdit.setFocus()
        type_text(seen["code"])
        press("Enter")  # the default button: Abbrechen

    with modal(look):
        dialog = window.purge_family()
    assert seen["listed"] == ["Müller – letzte Änderung 01.05.2011", "Schmidt – letzte Änderung 01.05.2011"]
    assert seen["code"] in ("Müller", "Schmidt")
    assert dialog.purged is None
    assert {row.code for row in load_rows(window.database)} == {"Müller", "Schmidt"}
