"""A coach fills in Familie Schmidt (Anhang 6.5) in the GUI, by keyboard only.

The test walks the whole form as a coach would: Strg+N for the family, Alt+K for each child,
then every cell of the eight BuT rows with j / n, typed dates, details and reasons — one
reason picked from the catalogue's type-ahead list, the others typed new — then undo and
redo, deletes the family and brings it back with Strg+Z, and finally closes the database,
opens it again and finds everything as entered.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QAbstractItemView

from tests.support.gui import (
    answer_reason_by_typing,
    cell_text,
    commit_editor,
    current_editor,
    focused,
    go_to,
    modal,
    press,
    shortcut,
    type_into_cell,
    type_text,
    wait_for_editor,
)
from userjourney.core.editing.workspace import load_family
from userjourney.core.journeys import Journey
from userjourney.core.storage.database import open_database
from userjourney.gui.main_window import MainWindow

CATALOGUE_LUNCH_REASON = "Kind / Jugendlicher möchte zuhause essen"


def grid(window):
    return window.family_view.ui.butGrid


def new_family_by_keyboard(qtbot, window, code: str) -> None:
    def fill(dialog):
        type_text(code)
        press("Tab")
        type_text("Ennigerloh")
        press("Tab")
        type_text("Max Mustermann")
        press("Tab")
        focused().selectAll()
        type_text("10.11.2021")
        press("Tab", "n")  # Migrationshintergrund: nein
        press("Tab", "n")  # Erziehungsstatus: nicht alleinerziehend
        press("Enter")

    with modal(fill):
        shortcut("Ctrl+N")


def add_child_by_keyboard(qtbot, window, name: str, age: str, facility_key: str) -> None:
    def fill(dialog):
        type_text(name)
        press("Tab")
        type_text(age)
        press("Tab")
        type_text(facility_key)
        press("Enter")

    with modal(fill):
        shortcut("Alt+K")


def test_a_coach_fills_familie_schmidt_by_keyboard(qtbot, main_window, db_path):
    window = main_window
    new_family_by_keyboard(qtbot, window, "Schmidt")
    assert window.family_view.workspace.family.code == "Schmidt"
    assert window.family_view.ui.updatedValue.text() != ""
    add_child_by_keyboard(qtbot, window, "Jan", "13", "W")
    add_child_by_keyboard(qtbot, window, "Jana", "5", "KiT")
    model = window.family_view.but_model
    assert model.rowCount() == 8
    assert [cell_text(window.family_view.but_model, r, "name") for r in (0, 4)] == ["Jan", "Jana"]
    assert cell_text(window.family_view.but_model, 0, "facility") == "Weiterführende Schule" and cell_text(window.family_view.but_model, 4, "facility") == "KiTa"

    # Jan, Mittagsverpflegung: ja ja ja nein → the reason editor opens; pick from the list.
    go_to(grid(window), 0, "entitled")
    press("j", "j", "j", "n")
    wait_for_editor(qtbot, grid(window))
    type_text("zuhause")
    editor = current_editor(grid(window))
    qtbot.waitUntil(lambda: editor.completer().popup().isVisible(), timeout=3000)
    press("Down", "Enter")  # choose the catalogue's reason from the type-ahead list
    assert editor.currentText() == CATALOGUE_LUNCH_REASON
    commit_editor(qtbot, grid(window))
    assert cell_text(window.family_view.but_model, 0, "reason") == f"1) {CATALOGUE_LUNCH_REASON}"
    assert cell_text(window.family_view.but_model, 0, "offer_interesting") == "nein ¹⁾"
    # After the reason the cursor is on the next row's Anspruch.
    assert grid(window).currentIndex().row() == 1

    # Jan, Lernförderung: the whole way, with dates, subjects and a note.
    press("j", "j", "j", "j", "j")  # … Antrag gestellt: ja → cursor on "gestellt am"
    type_into_cell(qtbot, grid(window), "01.02.22")  # Enter saves and moves on (issue 18) …
    assert grid(window).currentIndex().column() == model.column_index("approved")
    press("j")  # … so Antrag bewilligt is next → cursor on "bewilligt am"
    type_into_cell(qtbot, grid(window), "02.02.22")
    press("j")  # Angebot wahrgenommen → cursor on Details
    type_into_cell(qtbot, grid(window), "Mathe, Deutsch")
    assert grid(window).currentIndex().column() == model.column_index("reason")
    press("Right")
    type_into_cell(qtbot, grid(window), "Neuantrag")

    # Jan, Teilhabe schulisch: stops at interessant; a new reason, typed.
    go_to(grid(window), 2, "entitled")
    press("j", "j", "j", "n")
    answer_reason_by_typing(qtbot, grid(window), "momentan keine Klassenfahrten")

    # Jan, Teilhabe soziokulturell: interested, no application yet — a stall.
    assert grid(window).currentIndex().row() == 3
    press("j", "j", "j", "j")
    assert cell_text(window.family_view.but_model, 3, "reason") == "Grund fehlt"
    press("Down")  # leaving the row asks for the reason of the stall, and says which step waits
    wait_for_editor(qtbot, grid(window))
    assert grid(window).cell_message.isVisible()
    assert grid(window).cell_message.text() == ("Hinweis: Der Weg stockt (offen bei „Antrag gestellt“): warum? "
                                               "Einen Grund wählen oder tippen – Esc: später.")
    press("Esc")  # later: the row stays marked, the cursor goes where the coach was going
    qtbot.waitUntil(lambda: grid(window).state() != QAbstractItemView.State.EditingState, timeout=3000)
    assert cell_text(window.family_view.but_model, 3, "reason") == "Grund fehlt"
    assert grid(window).currentIndex().row() == 4
    go_to(grid(window), 3, "reason")
    press("Enter")  # now: Enter on the marked cell opens the list
    answer_reason_by_typing(qtbot, grid(window), "Kind noch in der Interessensfindung")

    # Jana, Mittagsverpflegung: the whole way.
    go_to(grid(window), 4, "entitled")
    press("j", "j", "j", "j", "j")
    type_into_cell(qtbot, grid(window), "28.03.22")
    press("j")
    type_into_cell(qtbot, grid(window), "31.03.22")
    press("j")
    type_into_cell(qtbot, grid(window), "Mittagessen KiTa")

    # Jana, Lernförderung and Teilhabe schulisch: no entitlement.
    go_to(grid(window), 5, "entitled")
    press("n")
    answer_reason_by_typing(qtbot, grid(window), "noch kein Schulkind")
    assert grid(window).currentIndex().row() == 6
    press("n")
    answer_reason_by_typing(qtbot, grid(window), "noch kein Schulkind")

    # Jana, Teilhabe soziokulturell: the football club.
    go_to(grid(window), 7, "entitled")
    press("j", "j", "j", "j", "j")
    type_into_cell(qtbot, grid(window), "06.04.22")
    press("j")
    type_into_cell(qtbot, grid(window), "08.04.22")
    press("j")
    type_into_cell(qtbot, grid(window), "Fußballverein")

    expected = expected_schmidt()
    assert stored_rows(window) == expected
    assert window.family_view.ui.butFootnotes.text().splitlines() == [
        f"1) {CATALOGUE_LUNCH_REASON}", "2) momentan keine Klassenfahrten",
        "3) Kind noch in der Interessensfindung", "4) noch kein Schulkind",
    ]
    assert window.family_view.ui.completenessValue.text() == "8 von 8 BuT-Zeilen (100 %)"
    assert "Gespeichert" in window.statusBar().currentMessage()

    # Undo and redo the last edit (Fußballverein), by keyboard.
    shortcut("Ctrl+Z")
    qtbot.waitUntil(lambda: cell_text(window.family_view.but_model, 7, "details") == "", timeout=3000)
    shortcut("Ctrl+Shift+Z")
    qtbot.waitUntil(lambda: cell_text(window.family_view.but_model, 7, "details") == "Fußballverein", timeout=3000)
    # Two undos take back the approval date and then the approval's "ja".
    shortcut("Ctrl+Z")
    shortcut("Ctrl+Z")
    shortcut("Ctrl+Z")
    qtbot.waitUntil(lambda: cell_text(window.family_view.but_model, 7, "approved_on") == "", timeout=3000)
    shortcut("Ctrl+Shift+Z")
    shortcut("Ctrl+Shift+Z")
    shortcut("Ctrl+Shift+Z")
    qtbot.waitUntil(lambda: stored_rows(window) == expected, timeout=3000)

    # Delete the family (menu Bearbeiten → Familie löschen): Enter keeps it (Abbrechen is the
    # default of a destructive question), Alt+L deletes; Strg+Z brings it back.
    with modal(lambda box: press("Enter")):
        window.ui.actionDeleteFamily.trigger()
    assert window.list_model.rowCount() == 1
    with modal(lambda box: shortcut("Alt+L")):
        window.ui.actionDeleteFamily.trigger()
    assert window.list_model.rowCount() == 0
    assert window.family_view.workspace is None
    shortcut("Ctrl+Z")
    qtbot.waitUntil(lambda: window.list_model.rowCount() == 1, timeout=3000)
    assert window.family_view.workspace is not None and window.family_view.workspace.family.code == "Schmidt"
    assert stored_rows(window) == expected

    # Close, reopen, find everything.
    path = window.database.path
    window.close()
    window.database.close()
    database = open_database(path)
    reopened = MainWindow(database)
    qtbot.addWidget(reopened)
    reopened.show()
    reopened.ui.search.setFocus()
    type_text("schm")
    assert reopened.list_filter.rowCount() == 1
    press("Tab", "Tab", "Tab")  # past the two filters to the list
    assert focused() is reopened.ui.familyTable
    press("Down")
    assert reopened.family_view.workspace is not None
    assert stored_rows(reopened) == expected
    assert reopened.family_view.but_model.index(0, reopened.family_view.but_model.column_index("offer_interesting")).data() == "nein ¹⁾"
    reopened.close()
    database.close()


def stored_rows(window) -> list[tuple]:
    """What the database holds for the open family, row by row (read afresh)."""
    with window.database.session() as session:
        family = load_family(session, window.family_view.family_id)
    rows = []
    for child in family.children:
        for entry in sorted(child.entries, key=lambda e: e.area):
            rows.append((
                child.name, child.age_years, child.facility, entry.area, Journey.of(entry).answers, entry.implied_mask,
                entry.applied_on, entry.approved_on, [d.item for d in entry.details],
                entry.reason.text if entry.reason else None, entry.note,
            ))
    return [(family.code, family.location, family.coach, family.created_on, family.migration_background,
             family.parenting_status)] + rows


def expected_schmidt() -> list[tuple]:
    J, N, _ = True, False, None
    jan = ("Jan", 13, "Weiterführende Schule")
    jana = ("Jana", 5, "KiTa")
    rows = [
        (*jan, "Lernförderung", (J, J, J, J, J, J, J), 0, date(2022, 2, 1), date(2022, 2, 2), ["Mathe", "Deutsch"], None, "Neuantrag"),
        (*jan, "Mittagsverpflegung", (J, J, J, N, _, _, _), 0, None, None, [], CATALOGUE_LUNCH_REASON, None),
        (*jan, "Teilhabe schulisch", (J, J, J, N, _, _, _), 0, None, None, [], "momentan keine Klassenfahrten", None),
        (*jan, "Teilhabe soziokulturell", (J, J, J, J, _, _, _), 0, None, None, [], "Kind noch in der Interessensfindung", None),
        (*jana, "Lernförderung", (N, _, _, _, _, _, _), 0, None, None, [], "noch kein Schulkind", None),
        (*jana, "Mittagsverpflegung", (J, J, J, J, J, J, J), 0, date(2022, 3, 28), date(2022, 3, 31), ["Mittagessen KiTa"], None, None),
        (*jana, "Teilhabe schulisch", (N, _, _, _, _, _, _), 0, None, None, [], "noch kein Schulkind", None),
        (*jana, "Teilhabe soziokulturell", (J, J, J, J, J, J, J), 0, date(2022, 4, 6), date(2022, 4, 8), ["Fußballverein"], None, None),
    ]
    return [("Schmidt", "Ennigerloh", "Max Mustermann", date(2021, 11, 10), False, "nicht alleinerziehend")] + rows



def test_a_date_can_be_picked_from_the_calendar(qtbot, main_window):
    from PySide6.QtCore import QDate

    window = main_window
    new_family_by_keyboard(qtbot, window, "Kalender")
    add_child_by_keyboard(qtbot, window, "Ben", "9", "G")
    view = grid(window)
    go_to(view, 1, "applied_on")
    press("Enter")  # opens the date editor
    wait_for_editor(qtbot, view)
    shortcut("Alt+Down")  # opens the calendar
    editor = current_editor(view)
    qtbot.waitUntil(lambda: editor.calendar is not None and editor.calendar.isVisible(), timeout=3000)
    editor.calendar.setSelectedDate(QDate(2022, 2, 1))
    editor.calendar.activated.emit(QDate(2022, 2, 1))  # what Enter or a double click on a day does
    qtbot.waitUntil(lambda: cell_text(window.family_view.but_model, 1, "applied_on") == "01.02.2022", timeout=3000)
    assert cell_text(window.family_view.but_model, 1, "applied") == "ja"


def test_nein_asks_before_it_clears_later_steps(qtbot, main_window):
    window = main_window
    new_family_by_keyboard(qtbot, window, "Frage")
    add_child_by_keyboard(qtbot, window, "Ben", "9", "G")
    view = grid(window)
    model = window.family_view.but_model
    go_to(view, 1, "entitled")
    press("j", "j", "j", "j", "j")  # Lernförderung up to Antrag gestellt
    go_to(view, 1, "offer_known")
    seen = []

    def cancel(box):
        seen.append(box.text())
        press("Esc")

    with modal(cancel):
        press("n")
    assert "Angebot interessant, Antrag gestellt" in seen[0]
    assert cell_text(model, 1, "applied") == "ja"  # cancelled: nothing changed

    with modal(lambda box: press("Enter")):  # Enter keeps the answers: Abbrechen is the default
        press("n")
    assert cell_text(model, 1, "applied") == "ja"
    with modal(lambda box: shortcut("Alt+F")):  # Fortfahren
        press("n")
    assert [cell_text(model, 1, k) for k in ("offer_known", "offer_interesting", "applied")] == ["nein", "", ""]
    wait_for_editor(qtbot, view)  # and the reason editor opens
    assert view.currentIndex().column() == model.column_index("reason")
    press("Esc")
    qtbot.waitUntil(lambda: cell_text(model, 1, "reason") == "Grund fehlt", timeout=3000)


def test_keys_switch_the_tabs_without_the_mouse(qtbot, main_window):
    from userjourney.core.demo.schmidt_mueller import store_demo
    from userjourney.core.editing.family_list import load_rows

    with main_window.database.transaction() as session:
        store_demo(session)
    window = main_window
    window.open_family(next(r.id for r in load_rows(window.database) if r.code == "Schmidt"))
    window.family_view.ui.butGrid.setFocus()
    shortcut("Ctrl+2")
    qtbot.waitUntil(lambda: window.ui.views.currentWidget() is window.summary_view, timeout=2000)
    shortcut("Ctrl+1")
    qtbot.waitUntil(lambda: window.ui.views.currentWidget() is window.ui.familiesPage, timeout=2000)
    shortcut("Ctrl+PgDown")
    qtbot.waitUntil(lambda: window.ui.views.currentWidget() is window.summary_view, timeout=2000)
    shortcut("Ctrl+M")  # from the Auswertung straight to the Minijobs of the open family
    qtbot.waitUntil(lambda: window.family_view.ui.journeyTabs.currentIndex() == 1, timeout=2000)
    assert window.ui.views.currentWidget() is window.ui.familiesPage
    assert focused() is window.family_view.ui.minijobGrid
    shortcut("Ctrl+B")
    qtbot.waitUntil(lambda: window.family_view.ui.journeyTabs.currentIndex() == 0, timeout=2000)
    assert focused() is window.family_view.ui.butGrid



def _type_reason(qtbot, view, text: str) -> None:
    """In the open reason editor: replace its text, close the type-ahead list, Enter."""
    wait_for_editor(qtbot, view)
    shortcut("Ctrl+A")
    type_text(text)
    popup = current_editor(view).completer().popup()
    if popup.isVisible():
        press("Esc")
    press("Enter")


def test_a_reason_like_a_catalogue_reason_asks_before_it_splits_the_count(qtbot, main_window):
    """The paper form's "Kind möchte zuhause essen" beside Anhang 6.6's "Kind / Jugendlicher möchte
    zuhause essen": Enter takes the catalogue's, Alt+N makes a new one, Esc saves nothing."""
    window = main_window
    new_family_by_keyboard(qtbot, window, "Schmidt")
    add_child_by_keyboard(qtbot, window, "Jan", "13", "W")
    view, model = grid(window), window.family_view.but_model
    go_to(view, 0, "entitled")
    seen = []

    def take_the_catalogues(box):
        seen.append((box.windowTitle(), box.text()))
        press("Enter")  # the default: "Diesen nehmen"

    press("j", "j", "j", "n")  # Mittagsverpflegung stops at interessant: the reason editor opens
    with modal(take_the_catalogues):
        _type_reason(qtbot, view, "Kind möchte zuhause essen")
    assert seen == [("Ähnlicher Eintrag: Grund", "Ein ähnlicher Eintrag (Grund) ist schon da – diesen nehmen?\n\n"
                     f"„{CATALOGUE_LUNCH_REASON}“\n\nSonst wird „Kind möchte zuhause essen“ ein neuer Eintrag, "
                     "den die Auswertung getrennt zählt.")]
    qtbot.waitUntil(lambda: cell_text(model, 0, "reason") == f"1) {CATALOGUE_LUNCH_REASON}", timeout=3000)
    assert "Kind möchte zuhause essen" not in window.family_view.workspace.reason_texts("Mittagsverpflegung")

    go_to(view, 0, "reason")
    press("Enter")
    with modal(lambda box: press("Esc")):  # Abbrechen: nothing saved
        _type_reason(qtbot, view, "Kind möchte zuhause essen")
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState, timeout=3000)
    assert cell_text(model, 0, "reason") == f"1) {CATALOGUE_LUNCH_REASON}"

    go_to(view, 0, "reason")
    press("Enter")
    with modal(lambda box: shortcut("Alt+N")):  # "Neuen Grund anlegen": the coach means another reason
        _type_reason(qtbot, view, "Kind möchte zuhause essen")
    qtbot.waitUntil(lambda: cell_text(model, 0, "reason") == "1) Kind möchte zuhause essen", timeout=3000)
    assert "Kind möchte zuhause essen" in window.family_view.workspace.reason_texts("Mittagsverpflegung")


def test_the_reason_lists_show_every_reason_whole(qtbot, main_window):
    """The type-ahead list and the drop-down are as wide as the longest reason, not the cell."""
    window = main_window
    new_family_by_keyboard(qtbot, window, "Schmidt")
    add_child_by_keyboard(qtbot, window, "Jan", "13", "W")
    view = grid(window)
    go_to(view, 0, "reason")
    press("Enter")
    wait_for_editor(qtbot, view)
    editor = current_editor(view)
    longest = max((editor.itemText(i) for i in range(editor.count())), key=editor.fontMetrics().horizontalAdvance)
    assert longest.startswith("Kosten der gesamten BuT-Inanspruchnahme")
    needed = editor.fontMetrics().horizontalAdvance(longest)
    type_text("Kosten")
    popup = editor.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    assert popup.width() > needed > view.columnWidth(view.model().column_index("reason"))
    press("Esc")
    press("Esc")
