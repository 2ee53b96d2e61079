"""Excel in the window: the import preview and import, the export with filters, the template."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer

from tests.support.db import dump
from tests.support.gui import modal, press, shortcut
from userjourney.core.demo.schmidt_mueller import store_demo
from userjourney.core.excel import export_workbook
from userjourney.core.storage.database import open_database


@pytest.fixture
def demo_file(tmp_path) -> Path:
    """An export of the two demo families (a valid import file)."""
    source = open_database(tmp_path / "quelle.sqlite")
    with source.transaction() as s:
        store_demo(s)
    path = tmp_path / "demo.xlsx"
    with source.session() as session:
        export_workbook(session, path)
    source.close()
    return path


def counts_table(dialog) -> list[list[str]]:
    table = dialog.ui.counts
    return [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]


def test_import_shows_a_preview_then_imports_in_one_undoable_step(qtbot, main_window, demo_file):
    window = main_window
    seen = {}

    def review_and_import(dialog):
        qtbot.waitUntil(lambda: dialog.ui.importButton.isEnabled(), timeout=20000)
        seen["counts"] = counts_table(dialog)
        seen["families"] = [dialog.ui.families.item(i).text() for i in range(dialog.ui.families.count())]
        press("Enter")  # "Importieren" is now the default button
        qtbot.waitUntil(lambda: dialog.result is not None, timeout=20000)
        seen["status"] = dialog.ui.status.text()
        press("Esc")

    with modal(review_and_import, timeout=60):
        window.import_excel(str(demo_file))
    assert seen["counts"] == [["2", "0", "0"], ["2", "0", "0"], ["8", "0", "0"], ["2", "0", "0"], ["2", "0", "0"]]
    assert sorted(seen["families"]) == ["Müller – neu", "Schmidt – neu"]
    assert seen["status"].startswith("Importiert.")
    qtbot.waitUntil(lambda: window.list_model.rowCount() == 2, timeout=5000)  # the list follows the import
    assert window.undo.undo_label() == "Import von demo.xlsx"
    backups_folder = window.database.path.parent / "backups"
    assert [p.name.endswith("-vor-import.sqlite") for p in backups_folder.iterdir()] == [True]
    shortcut("Ctrl+Z")  # the whole import is one step
    qtbot.waitUntil(lambda: window.list_model.rowCount() == 0, timeout=10000)


def test_a_file_with_errors_lists_them_and_imports_nothing(qtbot, main_window, tmp_path, db_path):
    from openpyxl import load_workbook

    path = tmp_path / "fehler.xlsx"
    source = open_database(tmp_path / "q.sqlite")
    with source.transaction() as s:
        store_demo(s)
    with source.session() as session:
        export_workbook(session, path)
    source.close()
    book = load_workbook(path)
    sheet = book["BuT"]
    header = [c.value for c in sheet[1]]
    sheet.cell(row=3, column=header.index("Alter") + 1, value="zwölf")
    sheet.cell(row=4, column=header.index("Antrag gestellt") + 1, value="31.02.2022")
    book.save(path)
    before = dump(db_path)
    seen = {}

    def review(dialog):
        qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20000)
        seen["errors"] = [dialog.ui.errors.item(i).text() for i in range(dialog.ui.errors.count())]
        seen["can_import"] = dialog.ui.importButton.isEnabled()
        seen["status"] = dialog.ui.status.text()
        press("Esc")

    with modal(review, timeout=60):
        main_window.import_excel(str(path))
    assert not seen["can_import"]
    assert "Es wird nichts importiert" in seen["status"]
    assert any("Blatt „BuT“, Zeile 3, Spalte „Alter“" in e and "„zwölf“ ist kein gültiges Alter" in e
               for e in seen["errors"]), seen["errors"]
    assert any("Zeile 4" in e and "„31.02.2022“" in e for e in seen["errors"]), seen["errors"]
    assert dump(db_path) == before


def test_a_large_file_shows_progress_and_the_window_keeps_responding(qtbot, main_window, tmp_path):
    from bench.synthetic import generate

    source = open_database(tmp_path / "gross.sqlite")
    generate(source, 400, seed=5)
    path = tmp_path / "gross.xlsx"
    with source.session() as session:
        export_workbook(session, path)
    source.close()
    ticks, progress = [], []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)

    def watch(dialog):
        dialog.task.progress.connect(lambda done, total: progress.append((done, total)))
        qtbot.waitUntil(lambda: dialog.plan is not None, timeout=60000)
        press("Esc")

    with modal(watch, timeout=90):
        main_window.import_excel(str(path))
    timer.stop()
    assert progress and progress[-1][0] > 0  # the bar moved
    assert len(ticks) >= 5  # the UI thread kept running while the file was read


def test_export_with_filters_and_the_offer_to_open_the_folder(qtbot, main_window, tmp_path):
    from openpyxl import load_workbook

    with main_window.database.transaction() as s:
        store_demo(s)
    target = tmp_path / "auswertung.xlsx"
    opened = []

    def fill(dialog):
        dialog.open_url = lambda url: opened.append(url.toLocalFile()) or True
        dialog.ui.locationCombo.setFocus()
        press("E", "n")  # Ennigerloh
        assert dialog.ui.locationCombo.currentText() == "Ennigerloh"
        dialog.ui.standEdit.setText("31.12.2022")

        def choose_folder(box):
            folder_button = next(b for b in box.buttons() if b.text() == "Ordner öffnen")
            folder_button.click()

        with modal(choose_folder, timeout=60):
            dialog.ui.exportButton.click()

    with modal(fill, timeout=90):
        main_window.export_excel(str(target))
    assert opened == [str(tmp_path)]
    book = load_workbook(target)
    families = {row[0] for row in book["BuT"].iter_rows(min_row=2, values_only=True)}
    assert families == {"Schmidt"}


def test_export_refuses_a_bad_date_next_to_the_field(qtbot, main_window, tmp_path):
    seen = {}

    def fill(dialog):
        dialog.ui.fromEdit.setText("31.02.2022")
        dialog.ui.exportButton.click()
        seen["message"] = dialog.ui.message.text()
        press("Esc")

    with modal(fill):
        main_window.export_excel(str(tmp_path / "x.xlsx"))
    assert seen["message"] == "Anträge von: „31.02.2022“ ist kein gültiges Datum (diesen Tag gibt es nicht)."
    assert not (tmp_path / "x.xlsx").exists()


def test_the_empty_template_from_the_menu(qtbot, main_window, tmp_path):
    from openpyxl import load_workbook

    target = tmp_path / "vorlage.xlsx"
    with modal(lambda box: press("Esc")):
        assert main_window.save_template(str(target)) == target
    assert load_workbook(target).sheetnames[:2] == ["BuT", "Minijobs"]


def test_the_export_starts_from_the_auswertung_filters(qtbot, main_window, tmp_path):
    from datetime import date

    from userjourney.core.summary.filters import SummaryFilter

    with main_window.database.transaction() as s:
        store_demo(s)
    main_window.summary_view.refresher.set_filters(
        SummaryFilter(location="Everswinkel", date_from=date(2020, 8, 1), date_to=date(2021, 12, 31)))
    seen = {}

    def look(dialog):
        seen["location"] = dialog.ui.locationCombo.currentText()
        seen["period"] = (dialog.ui.fromEdit.text(), dialog.ui.toEdit.text())
        press("Esc")

    with modal(look):
        main_window.export_excel(str(tmp_path / "x.xlsx"))
    assert seen == {"location": "Everswinkel", "period": ("01.08.2020", "31.12.2021")}


def test_the_export_takes_all_six_filters_of_the_auswertung(qtbot, main_window, tmp_path):
    """Issue 18: the screen said 18 families and the workbook held 30 — now the export dialog
    starts from every filter of the Auswertung, and the workbook counts and names the same."""
    from openpyxl import load_workbook

    from tests.support.gui import show_auswertung
    from userjourney.core.demo.anna import store_anna

    with main_window.database.transaction() as session:
        store_anna(session)
    view = show_auswertung(qtbot, main_window)
    for combo, text in ((view.ui.parentingCombo, "alleinerziehend"), (view.ui.migrationCombo, "ja")):
        combo.setCurrentIndex(combo.findText(text))
        combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: view.refresher.idle and view.filters.migration_background is True, timeout=10000)
    on_screen = view.summary.families
    assert 0 < on_screen < 30
    target = tmp_path / "gefiltert.xlsx"
    seen = {}

    def fill(dialog):
        seen["filters"] = (dialog.ui.parentingCombo.currentText(), dialog.ui.migrationCombo.currentText())
        dialog.open_url = lambda url: True
        with modal(lambda box: press("Esc"), timeout=60):
            dialog.ui.exportButton.click()

    with modal(fill, timeout=90):
        main_window.export_excel(str(target))
    assert seen["filters"] == ("alleinerziehend", "ja")
    book = load_workbook(target)
    families = {row[0] for row in book["BuT"].iter_rows(min_row=2, values_only=True) if row[0]}
    assert len(families) == on_screen
    cover = {row[0]: row[1] for row in book["Übersicht"].iter_rows(values_only=True) if row and row[0]}
    assert cover["Familien"] == "Erziehungsstatus alleinerziehend · Migrationshintergrund ja"


def test_the_report_for_the_jobcenter_by_keyboard(qtbot, main_window, tmp_path):
    """Strg+J: a dialog that says what the report holds, Mindestfallzahl 3 preset, Alt+B
    writes it — figures only, no family, no count of 1 or 2."""
    from tests.support.report import numbers, package_text, read_report
    from userjourney.core.demo.anna import store_anna

    with main_window.database.transaction() as session:
        store_anna(session)
    target = tmp_path / "bericht.xlsx"
    seen = {}

    def fill(dialog):
        seen["title"] = dialog.windowTitle()
        seen["says"] = dialog.ui.descriptionLabel.text()
        seen["min_cell"] = dialog.ui.minCellSpin.value()
        dialog.ui.fileEdit.setText(str(target))
        dialog.open_url = lambda url: True
        with modal(lambda box: press("Esc"), timeout=60):
            press("b", modifier=Qt.KeyboardModifier.AltModifier)

    with modal(fill, timeout=90):
        shortcut("Ctrl+J")
    assert seen["title"] == "Bericht für das Jobcenter"
    assert seen["says"].startswith("Nur Zahlen wie in Anhang 6.6, ohne personenbezogene Daten")
    assert seen["min_cell"] == 3
    assert main_window.statusBar().currentMessage() == f"Bericht geschrieben: {target}"
    figures = read_report(target)
    assert figures["families"] == 30
    assert [n for n in numbers(figures) if n in (1, 2)] == []
    assert "ANNA-01" not in package_text(target)
    shown = {}

    def read_the_record(dialog):  # Bearbeiten → Zugriffe: the report is the newest row
        table = dialog.ui.table
        shown["row"] = [table.item(0, c).text() for c in range(1, 5)]
        press("Esc")

    with modal(read_the_record):
        main_window.show_access()
    assert shown["row"] == ["Testerin", "Bericht für das Jobcenter", "30",
                            "bericht.xlsx"]


def test_the_internal_exchange_says_it_is_not_for_sending(qtbot, main_window, tmp_path):
    seen = {}

    def look(dialog):
        seen["title"] = dialog.windowTitle()
        seen["says"] = dialog.ui.descriptionLabel.text()
        seen["min_cell shown"] = dialog.ui.minCellSpin.isVisible()
        press("Esc")

    with modal(look):
        shortcut("Ctrl+E")
    assert seen == {
        "title": "Datenaustausch (intern)",
        "says": "Auswertung und Rohdaten je Familie (Kürzel, Vornamen, Sozialdaten) – nur für die eigenen "
                "Installationen, nicht zum Versenden.",
        "min_cell shown": False,
    }
