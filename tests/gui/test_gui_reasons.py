"""Bearbeiten → Gründe verwalten (issue 18), by keyboard: the paper form's reason merged into
the catalogue's — the grid and the Auswertung follow, Strg+Z brings it back."""

from __future__ import annotations

from tests.support.gui import cell_text, modal, press, shortcut, type_text
from userjourney.core.demo.schmidt_mueller import store_demo
from userjourney.core.editing.family_list import load_rows

CATALOGUE = "Kind / Jugendlicher möchte zuhause essen"


def _shown(dialog) -> dict[str, str]:
    table = dialog.ui.table
    return {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}


def test_merge_a_reason_into_the_catalogues_and_undo(qtbot, main_window):
    window = main_window
    with window.database.transaction() as session:
        store_demo(session)
    window.reload_everything()
    window.open_family(next(r.id for r in load_rows(window.database) if r.code == "Schmidt"))
    model = window.family_view.but_model
    assert cell_text(model, 0, "reason") == "1) Kind möchte zuhause essen"
    seen = {}

    def merge(dialog):
        assert dialog.ui.areaCombo.currentText() == "Mittagsverpflegung"
        shown = _shown(dialog)
        assert (shown[CATALOGUE], shown["Kind möchte zuhause essen"]) == ("0", "1")
        table = dialog.ui.table
        assert table.hasFocus()  # the list has the keyboard when the dialog opens
        for _ in range(len(dialog.texts)):
            if dialog.texts[table.currentRow()] == "Kind möchte zuhause essen":
                break
            press("Down")
        shortcut("Alt+N")  # Neuer Text: the chosen reason's text, to be replaced
        assert dialog.ui.newEdit.text() == "Kind möchte zuhause essen"
        dialog.ui.newEdit.selectAll()
        type_text(CATALOGUE)
        popup = dialog.ui.newEdit.completer().popup()
        if popup.isVisible():
            press("Esc")
        press("Enter")
        seen["message"] = dialog.ui.message.text()
        seen["after"] = _shown(dialog)
        press("Esc")

    with modal(merge, timeout=30):
        shortcut("Alt+B")
        press("G")  # Gründe verwalten
    assert seen["message"] == f"1 Eintrag: „Kind möchte zuhause essen“ → „{CATALOGUE}“."
    assert seen["after"][CATALOGUE] == "1" and seen["after"]["Kind möchte zuhause essen"] == "0"
    qtbot.waitUntil(lambda: cell_text(model, 0, "reason") == f"1) {CATALOGUE}", timeout=3000)
    assert "Kind möchte zuhause essen" not in window.family_view.workspace.reason_texts("Mittagsverpflegung")

    shortcut("Ctrl+Z")
    qtbot.waitUntil(lambda: cell_text(model, 0, "reason") == "1) Kind möchte zuhause essen", timeout=3000)
