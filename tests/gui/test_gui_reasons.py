"""Bearbeiten → Gründe verwalten (issue 18), by keyboard: the paper form's reason merged into
the catalogue's — the grid and the Auswertung follow, Strg+Z brings it back; the same for two
spellings of a JobCoach (Standorte und JobCoaches verwalten)."""

from __future__ import annotations

from tests.support.gui import cell_text, modal, open_code, press, shortcut, type_text, with_demo
from userjourney.core.demo.schmidt_mueller import store_demo
from userjourney.core.editing.family_list import load_rows

CATALOGUE = "Kind / Jugendlicher möchte zuhause essen"


def _shown(dialog) -> dict[str, str]:
    table = dialog.ui.table
    return {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}


def _go_down_to(dialog, text: str) -> None:
    """↓ through the list until ``text`` is the chosen row."""
    table = dialog.ui.table
    for _ in range(len(dialog.texts)):
        if dialog.texts[table.currentRow()] == text:
            return
        press("Down")
    assert dialog.texts[table.currentRow()] == text


def _type_new_text_and_enter(dialog, text: str) -> None:
    """Alt+N, the chosen row's text replaced by ``text``, Enter (past the completion list)."""
    shortcut("Alt+N")
    dialog.ui.newEdit.selectAll()
    type_text(text)
    if dialog.ui.newEdit.completer().popup().isVisible():
        press("Esc")
    press("Enter")


def test_merge_a_reason_into_the_catalogues_and_undo(qtbot, main_window):
    window = main_window
    with_demo(window)
    model = window.family_view.but_model
    assert cell_text(model, 0, "reason") == "1) Kind möchte zuhause essen"
    seen = {}

    def merge(dialog):
        assert dialog.ui.areaCombo.currentText() == "Gründe: Mittagsverpflegung"
        shown = _shown(dialog)
        assert (shown[CATALOGUE], shown["Kind möchte zuhause essen"]) == ("0", "1")
        assert dialog.ui.table.hasFocus()  # the list has the keyboard when the dialog opens
        _go_down_to(dialog, "Kind möchte zuhause essen")
        assert dialog.ui.newEdit.text() == "Kind möchte zuhause essen"  # Neuer Text: to be replaced
        _type_new_text_and_enter(dialog, CATALOGUE)
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


def test_two_spellings_of_a_jobcoach_merged_by_keyboard_the_list_and_its_filter_follow(qtbot, main_window):
    from userjourney.core.editing.edits import create_family

    window = main_window
    with window.database.transaction() as session:
        store_demo(session)
        for code, coach in (("Kaya-01", "Fr. Kaya"), ("Kaya-02", "Frau Kaya"), ("Kaya-03", "Fr. Kaya")):
            create_family(session, code, location="Beckum", coach=coach)
    window.reload_everything()
    open_code(window, "Kaya-01")
    coaches = window.ui.coachFilter
    coaches.setCurrentIndex(coaches.findData("Fr. Kaya"))
    coaches.activated.emit(coaches.currentIndex())
    assert window.list_filter.rowCount() == 2  # Kaya-01 and Kaya-03
    seen = {}

    def merge(dialog):
        assert dialog.ui.areaCombo.currentText() == "Standorte"
        assert _shown(dialog) == {"Beckum": "3", "Ennigerloh": "1", "Everswinkel": "1"}
        shortcut("Alt+L")  # the list: the last one, JobCoaches
        press("Up", "Down", "Down")
        assert dialog.ui.areaCombo.currentText() == "JobCoaches"
        assert _shown(dialog) == {"Erika Musterfrau": "1", "Fr. Kaya": "2", "Frau Kaya": "1", "Max Mustermann": "1"}
        press("Tab")  # into the table, on its first row
        table = dialog.ui.table
        assert table.hasFocus() and dialog.ui.table.isColumnHidden(2)  # no "Herkunft" for names
        press("Down")
        assert dialog.texts[table.currentRow()] == "Fr. Kaya"
        _type_new_text_and_enter(dialog, "Frau Kaya")
        seen["message"] = dialog.ui.message.text()
        seen["after"] = _shown(dialog)
        press("Esc")

    with modal(merge, timeout=30):
        shortcut("Alt+B")
        press("S")  # Standorte und JobCoaches verwalten
    assert seen["message"] == "2 Familien: „Fr. Kaya“ → „Frau Kaya“."
    assert seen["after"] == {"Erika Musterfrau": "1", "Frau Kaya": "3", "Max Mustermann": "1"}
    qtbot.waitUntil(lambda: window.family_view.ui.coachEdit.text() == "Frau Kaya", timeout=3000)
    items = [coaches.itemText(i) for i in range(coaches.count())]
    assert items == ["Alle JobCoaches", "Erika Musterfrau", "Frau Kaya", "Max Mustermann"]
    assert coaches.currentText() == "Alle JobCoaches" and window.list_filter.rowCount() == 5  # not an empty list

    shortcut("Ctrl+Z")  # one step: both families back
    qtbot.waitUntil(lambda: window.family_view.ui.coachEdit.text() == "Fr. Kaya", timeout=3000)
    assert {r.code: r.coach for r in load_rows(window.database) if r.code.startswith("Kaya")} == {
        "Kaya-01": "Fr. Kaya", "Kaya-02": "Frau Kaya", "Kaya-03": "Fr. Kaya"}
    assert coaches.findData("Fr. Kaya") > 0


def test_a_reason_hidden_by_keyboard_is_offered_no_more_in_the_grid(qtbot, main_window):
    window = main_window
    with_demo(window)
    workspace = window.family_view.workspace
    school = "Die Schule deckt das Angebot ab"
    assert school in workspace.reason_texts("Mittagsverpflegung")
    seen = {}

    def hide(dialog):
        table = dialog.ui.table
        _go_down_to(dialog, school)
        assert dialog.ui.hideButton.text() == "Aus&blenden"
        shortcut("Alt+B")  # a button's Alt key clicks after its short animation
        qtbot.waitUntil(lambda: dialog.ui.message.text() != "", timeout=3000)
        seen["message"] = dialog.ui.message.text()
        row = dialog.texts.index(school)
        seen["offered"] = table.item(row, 3).text()
        seen["button"] = dialog.ui.hideButton.text()
        seen["current"] = dialog.texts[table.currentRow()]
        press("Esc")

    with modal(hide, timeout=30):
        shortcut("Alt+B")
        press("G")
    assert seen == {"message": f"„{school}“ wird im Grund-Editor nicht mehr angeboten; Einträge, die ihn nennen, "
                               "behalten ihn.", "offered": "nein – ausgeblendet", "button": "Ein&blenden",
                    "current": school}
    assert school not in workspace.reason_texts("Mittagsverpflegung")
    assert not window.undo.can_undo()  # no entry changed: nothing for Strg+Z (Einblenden is the way back)

    def show_again(dialog):
        _go_down_to(dialog, school)
        shortcut("Alt+B")  # the same key shows it again
        qtbot.waitUntil(lambda: dialog.ui.message.text() != "", timeout=3000)
        seen["again"] = dialog.ui.message.text()
        press("Esc")

    with modal(show_again, timeout=30):
        shortcut("Alt+B")
        press("G")
    assert seen["again"] == f"„{school}“ wird im Grund-Editor wieder angeboten."
    assert school in workspace.reason_texts("Mittagsverpflegung")
