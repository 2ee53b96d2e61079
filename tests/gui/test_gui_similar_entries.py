"""Standort and JobCoach do not split silently (issue 18): "Fr. Kaya" typed where "Frau Kaya" is
in use asks first — in the new-family dialog and in the family's header, by keyboard."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.support.gui import focused, modal, press, shortcut, type_text
from userjourney.core.editing import edits
from userjourney.core.editing.family_list import load_rows


def _kaya(window) -> None:
    with window.database.transaction() as session:
        edits.create_family(session, "A-1", location="Ennigerloh", coach="Frau Kaya")
    window.reload_everything()


def _new_family(code: str, location: str, coach: str, *then) -> None:
    def fill(dialog):
        type_text(code)
        press("Tab")
        type_text(location)
        press("Tab")
        type_text(coach)
        press("Enter")

    with modal(fill, *then):
        shortcut("Ctrl+N")


def test_a_new_family_takes_the_coach_in_use(qtbot, main_window):
    _kaya(main_window)
    seen = []

    def take(box):
        seen.append((box.windowTitle(), box.text()))
        press("Enter")  # Diesen nehmen

    _new_family("B-2", "Ennigerloh", "Fr. Kaya", take)
    assert seen == [("Ähnlicher Eintrag: JobCoach", "Ein ähnlicher Eintrag (JobCoach) ist schon da – diesen nehmen?"
                     "\n\n„Frau Kaya“\n\nSonst wird „Fr. Kaya“ ein neuer Eintrag, den die Auswertung getrennt zählt.")]
    rows = {r.code: r for r in load_rows(main_window.database)}
    assert (rows["B-2"].location, rows["B-2"].coach) == ("Ennigerloh", "Frau Kaya")


def test_a_new_family_with_a_new_coach_and_a_cancel(qtbot, main_window):
    _kaya(main_window)

    def cancel(box):
        press("Esc")  # Abbrechen: back in the dialog, nothing created …
        assert QApplication.activeModalWidget().windowTitle() == "Neue Familie"
        press("Esc")  # … and the dialog closed

    _new_family("B-2", "Ennigerloh", "Fr. Kaya", cancel)
    assert {r.code for r in load_rows(main_window.database)} == {"A-1"}
    _new_family("C-3", "Enigerloh", "Kaya", lambda box: shortcut("Alt+N"), lambda box: shortcut("Alt+N"))
    rows = {r.code: r for r in load_rows(main_window.database)}
    assert (rows["C-3"].location, rows["C-3"].coach) == ("Enigerloh", "Kaya")  # both new, as the coach chose


def _type_into(qtbot, edit, text: str) -> None:
    focused()  # the window is active again after a dialog
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus, timeout=3000)
    edit.selectAll()
    type_text(text)


def test_the_header_asks_before_a_second_standort(qtbot, main_window):
    _kaya(main_window)
    _new_family("B-2", "Everswinkel", "Erika Musterfrau")
    view = main_window.family_view
    edit = view.ui.locationEdit
    _type_into(qtbot, edit, "Enigerloh")

    def take(box):
        assert "„Ennigerloh“" in box.text()
        press("Enter")

    with modal(take):
        press("Enter")
    qtbot.waitUntil(lambda: view.workspace.family.location == "Ennigerloh", timeout=3000)
    assert edit.text() == "Ennigerloh"

    _type_into(qtbot, edit, "Ennigerlo")
    with modal(lambda box: press("Esc")):  # Abbrechen: the stored Standort stays
        press("Enter")
    assert view.workspace.family.location == "Ennigerloh"
    assert edit.text() == "Ennigerloh"
