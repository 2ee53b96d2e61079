"""A coach fills in Familie Müller's Minijob journeys (Anhang 6.7) by keyboard, and reads them back.

Martina: 2/1/1, ja/ja/ja with footnote 1 on Nachhaltig; Mia: 2/3/3, ja/nein, footnotes 2 and 3
on Minijob gesucht and pot. Arbeitgeber angesprochen. Notes are typed with Umschalt+F2 on the
cell, as in a spreadsheet.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from tests.support.db import dump
from tests.support.gui import (
    cell_text,
    current_editor,
    go_to,
    modal,
    press,
    shortcut,
    type_into_cell,
    type_text,
)
from userjourney.core.demo.schmidt_mueller import store_demo
from userjourney.core.editing.family_list import load_rows
from userjourney.core.editing.workspace import load_family
from userjourney.core.storage.database import open_database
from userjourney.gui.main_window import MainWindow

NOTE_1 = "Beschäftigungsverhältnis besteht seit 3 Monaten oder länger"
NOTE_2 = "Gemeinsame Recherche von Minijobmöglichkeiten im sozialen Bereich"
NOTE_3 = "Übernahme Kontaktaufnahme zum Begegnungszentrum aufgrund von Sprachschwierigkeiten"


def grid(window):
    return window.family_view.ui.minijobGrid


def note(text: str) -> None:
    """Umschalt+F2 on the current cell, type the note, Strg+Enter."""

    def fill(dialog):
        type_text(text)
        shortcut("Ctrl+Return")

    with modal(fill):
        press("F2", modifier=Qt.KeyboardModifier.ShiftModifier)


def add_person(name: str, age: str) -> None:
    def fill(dialog):
        type_text(name)
        press("Tab")
        type_text(age)
        press("Enter")

    with modal(fill):
        shortcut("Alt+P")


def test_a_coach_fills_familie_mueller_by_keyboard(qtbot, main_window, db_path):
    window = main_window

    def family(dialog):
        type_text("Müller")
        press("Tab")
        type_text("Everswinkel")
        press("Tab")
        type_text("Erika Musterfrau")
        press("Tab")
        dialog.ui.createdEdit.selectAll()
        type_text("10.01.2022")
        press("Tab", "j")  # Migrationshintergrund: ja
        press("Tab", "a")  # Erziehungsstatus: alleinerziehend
        press("Enter")

    with modal(family):
        shortcut("Ctrl+N")
    shortcut("Ctrl+Tab")  # from the BuT tab to the Minijobs tab
    assert window.family_view.ui.journeyTabs.currentIndex() == 1
    assert window.family_view.ui.levelLegend.text().startswith("1 = selbstständig / 2 = mit wenig Unterstützung")

    add_person("Martina Müller", "42")
    view = grid(window)
    model = window.family_view.minijob_model
    assert view.currentIndex().column() == model.column_index("employer")
    type_into_cell(qtbot, view, "Schule in Everswinkel")  # Enter saves and moves on to Beginn
    assert view.currentIndex().column() == model.column_index("started_on")
    press("Right")  # past Beginn (the form leaves it open) to Minijob gesucht
    press("2", "1", "1", "j", "j", "j")
    assert view.currentIndex().column() == model.column_index("sustainable")
    note(NOTE_1)

    add_person("Mia Müller", "21")
    assert view.currentIndex().row() == 1
    press("Right", "Right")
    press("2")
    press("Left")
    note(NOTE_2)
    press("Right", "3", "3", "Left")
    note(NOTE_3)
    press("Right", "j", "n")

    expected = [
        ("Martina Müller", 42, "Schule in Everswinkel", None, 2, 1, 1, True, True, True,
         None, None, None, None, NOTE_1),
        ("Mia Müller", 21, None, None, 2, 3, 3, True, False, None, NOTE_2, None, NOTE_3, None, None),
    ]
    assert stored(window) == expected
    assert [[cell_text(model, r, c.key) for c in model.columns[4:]] for r in range(2)] == [
        ["2", "1", "1", "ja", "ja", "ja ¹⁾"], ["2 ²⁾", "3", "3 ³⁾", "ja", "nein", ""]]
    assert window.family_view.ui.minijobFootnotes.text().splitlines() == [f"1) {NOTE_1}", f"2) {NOTE_2}", f"3) {NOTE_3}"]

    # Reopen the database in a new window and read it back.
    path = window.database.path
    window.close()
    window.database.close()
    database = open_database(path)
    again = MainWindow(database)
    qtbot.addWidget(again)
    again.show()
    again.open_family(next(r.id for r in load_rows(database) if r.code == "Müller"))
    assert stored(again) == expected
    m = again.family_view.minijob_model
    assert [cell_text(m, r, "name") for r in range(2)] == ["Martina Müller", "Mia Müller"]
    assert cell_text(m, 1, "approached") == "3 ³⁾"
    again.close()
    database.close()


def stored(window) -> list[tuple]:
    with window.database.session() as session:
        family = load_family(session, window.family_view.family_id)
    rows = []
    for p in family.persons:
        j = p.minijob
        rows.append((p.name, p.age_years, j.employer, j.started_on, j.searched, j.found, j.approached,
                     j.topup_possible, j.topped_up, j.sustainable,
                     j.note_searched, j.note_found, j.note_approached, j.note_topup, j.note_sustainable))
    return rows


@pytest.fixture
def mueller(main_window):

    with main_window.database.transaction() as session:
        store_demo(session)
    main_window.list_model.reload()
    main_window.open_family(next(r.id for r in load_rows(main_window.database) if r.code == "Müller"))
    main_window.family_view.ui.journeyTabs.setCurrentIndex(1)
    return main_window


@pytest.mark.parametrize(
    "key, keys, message",
    [
        ("found", "5", "„5“ ist keine gültige Stufe; erwartet: 1 (selbstständig) bis 4 (unselbstständig)."),
        ("found", "0", "„0“ ist keine gültige Stufe; erwartet: 1 (selbstständig) bis 4 (unselbstständig)."),
        ("searched", "x\n", "„x“ ist keine gültige Stufe; erwartet: 1 (selbstständig) bis 4 (unselbstständig)."),
        ("started_on", "31.02.2022\n", "„31.02.2022“ ist kein gültiges Datum (diesen Tag gibt es nicht)."),
    ],
)
def test_bad_minijob_input_is_refused_at_the_cell(qtbot, mueller, db_path, key, keys, message):
    before = dump(db_path)
    view = grid(mueller)
    go_to(view, 1, key)
    typed = keys.endswith("\n")
    if typed:
        type_text(keys[:-1])
        press("Enter")
    else:
        press(keys)
    qtbot.waitUntil(lambda: view.cell_message.isVisible(), timeout=3000)
    assert view.cell_message.text() == message
    if typed:  # the refused text stays in the open editor, to be mended (issue 18)
        assert view.state() == QAbstractItemView.State.EditingState
        assert current_editor(view).text() == keys[:-1]
        press("Esc")
    assert dump(db_path) == before


def test_aufgestockt_needs_aufstockung_moeglich(qtbot, mueller, db_path):
    view = grid(mueller)
    model = mueller.family_view.minijob_model
    go_to(view, 1, "topup_possible")

    def confirm(box):
        assert "Aufgestockt" in box.text()
        shortcut("Alt+F")  # Fortfahren (Enter would keep it: Abbrechen is the default)

    with modal(lambda box: press("Enter")):
        press("n")
    assert cell_text(model, 1, "topped_up") == "nein"  # kept
    with modal(confirm):
        press("n")  # clears Mia's "Aufgestockt: nein" after asking
    assert cell_text(model, 1, "topped_up") == ""
    before = dump(db_path)
    go_to(view, 1, "topped_up")
    press("j")
    assert view.cell_message.isVisible()
    assert view.cell_message.text() == "„Aufgestockt“ geht nur, wenn „Aufstockung möglich“ ja ist."
    assert dump(db_path) == before
