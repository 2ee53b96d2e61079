"""Take the screenshots in ``docs/screenshots/`` — the one command, run after GUI changes.

    QT_QPA_PLATFORM=offscreen python -m tools.screenshots

Renders the real windows offscreen (``QWidget.grab()``) on a temporary database with the demo
families of the source document (Anhang 6.5 and 6.7) and, for a realistic family list, a
dozen synthetic ones; the Auswertung on the ANNA data set (Anhang 6.6, project period
01.08.2020–31.12.2021, Stand 31.12.2021; entered over the project, so that its Verlauf and a
past Datenstand can be shown), its Minijob part on the first database (ANNA has no adults). Needs a font (Debian: ``fonts-dejavu-core``), else text renders as boxes.

The grids of Familie Schmidt and Familie Müller are shown as of the day printed on the forms
(Letzte Bearbeitung 02.05.2022 and 20.04.2022), so ages read as on the forms (13 and 5);
on any later day the app shows the ages as they have grown.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from userjourney.core.demo.anna_over_time import store_anna_over_time
from userjourney.core.demo.schmidt_mueller import store_demo

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "docs" / "screenshots"


def main(argv=None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    parser = argparse.ArgumentParser(prog="python -m tools.screenshots", description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtWidgets import QApplication

    from bench.synthetic import generate
    from userjourney.core.editing.family_list import load_rows
    from userjourney.core.editing.workspace import create_family
    from userjourney.core.storage.database import open_database
    from userjourney.core.vocab import Area
    from userjourney.gui.app import create_application
    from userjourney.gui.main_window import MainWindow

    app = create_application()
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "screenshots.sqlite", actor="Max Mustermann")
        generate(db, 12, seed=7)
        with db.transaction() as session:
            store_demo(session)
        codes = {row.code: row.id for row in load_rows(db)}
        window = MainWindow(db)
        window.resize(1920, 1000)
        window.show()
        window.open_family(codes["Schmidt"])
        view = window.family_view
        view.but_model.today = date(2022, 5, 2)
        view.but_model.refresh()
        grid = view.ui.butGrid
        grid.setCurrentIndex(view.but_model.index(3, view.but_model.column_index("offer_interesting")))
        _settle(app)
        _save(window.grab(), args.out / "main-window.png")
        window.resize(1280, 720)  # an office laptop at 150 % (1920×1080) or 1366×768
        _settle(app)
        _save(window.grab(), args.out / "main-window-1280x720.png")
        grid.setFocus()
        grid.setCurrentIndex(view.but_model.index(2, view.but_model.column_index("reason")))  # scrolled sideways
        _settle(app)
        _save(window.grab(), args.out / "but-grid-frozen-1280x720.png")
        grid.setCurrentIndex(view.but_model.index(3, view.but_model.column_index("offer_interesting")))
        window.resize(2250, 1000)
        _settle(app)
        _save(view.grab(), args.out / "but-grid-schmidt.png")
        window.resize(1920, 1000)

        # The grid's marks: an implied ja, a stopped journey without reason, a refused date.
        family_id = create_family(window.operations.committer(window), "Beispiel", location="Ahlen", coach="Max Mustermann")
        window.list_model.update_families([family_id])
        window.open_family(family_id)
        workspace = view.workspace
        ben = workspace.add_child("Ben", 9, "Grundschule")
        workspace.set_step(ben, "Lernförderung", 4, "ja")  # Antrag gestellt: ja → earlier steps implied
        workspace.set_step(ben, "Mittagsverpflegung", 2, "nein")  # stops without a reason (yet)
        view.but_model.refresh()
        model = view.but_model
        grid.setFocus()
        date_cell = model.index(1, model.column_index("applied_on"))
        grid.setCurrentIndex(date_cell)
        model.setData(date_cell, "31.02.22")  # refused: shown at the cell
        _settle(app)
        _save(view.grab(), args.out / "but-grid-marks.png")

        window.open_family(codes["Müller"])
        view.minijob_model.today = date(2022, 4, 20)
        view.minijob_model.refresh()
        view.ui.journeyTabs.setCurrentIndex(1)
        _settle(app)
        _save(view.grab(), args.out / "minijob-grid-mueller.png")

        # Bearbeiten → Gründe verwalten, with the paper form's reason chosen and one reason hidden.
        from userjourney.gui.dialogs.reasons import ReasonsDialog

        reasons = ReasonsDialog(db, window.operations.committer(window), window)
        reasons.ui.table.setCurrentCell(reasons.texts.index("TN kann keine Aussage dazu treffen"), 0)
        reasons.toggle_hidden()
        reasons.ui.message.clear()
        reasons.ui.table.setCurrentCell(reasons.texts.index("Kind möchte zuhause essen"), 0)
        reasons.resize(700, 460)
        reasons.show()
        _settle(app)
        _save(reasons.grab(), args.out / "gruende-verwalten.png")
        reasons.close()

        # The printed pages (Datei → Familie drucken / als PDF), rendered from the PDF itself.
        _printed_page(window, codes["Schmidt"], date(2022, 5, 2), args.out / "druck-schmidt.png")
        _printed_page(window, codes["Müller"], date(2022, 5, 2), args.out / "druck-mueller.png")

        # The Minijob part of the Auswertung: the ANNA data set has no adults, these families do.
        window.statusBar().clearMessage()  # the refused date of the shot before
        summary = _show_auswertung(app, window, stand="30.06.2022")
        summary.ui.areaTabs.setCurrentWidget(summary.ui.minijobPage)
        _drill(app, summary, summary.ui.supportTable, summary.support.index(1, 2))
        _save(window.grab(), args.out / "auswertung-minijobs.png")
        window.close()
        db.close()

        # The Auswertung on the ANNA data set: Anhang 6.6 for the project period.
        # ANNA entered over the project (the same final state), so the Verlauf has a history.
        anna_db = open_database(Path(folder) / "anna.sqlite", actor="Max Mustermann")
        store_anna_over_time(anna_db)
        window = MainWindow(anna_db)
        window.resize(1920, 1000)
        window.show()
        summary = _show_auswertung(app, window, period=("01.08.2020", "31.12.2021"), stand="31.12.2021")
        for area, name in ((Area.LUNCH, "mittagsverpflegung"), (Area.SCHOOL_PARTICIPATION, "teilhabe-schulisch")):
            page = summary.pages[area]
            summary.ui.areaTabs.setCurrentWidget(page)
            _drill(app, summary, page.ui.reasonsTable, page.reasons.index(0, 0))
            _save(window.grab(), args.out / f"auswertung-{name}.png")
        # The Verlauf per month over the project, then the Auswertung as of a point of it.
        summary.ui.areaTabs.setCurrentWidget(summary.trend_page)
        _wait(app, lambda: summary.trend_idle and summary.trend_page.trend is not None)
        _settle(app)
        _save(window.grab(), args.out / "auswertung-verlauf.png")
        summary.show_as_of(date(2021, 3, 31))
        _wait(app, lambda: summary.refresher.idle and summary.filters.as_of is not None)
        _drill(app, summary, summary.pages[Area.LUNCH].ui.reasonsTable, summary.pages[Area.LUNCH].reasons.index(0, 0))
        _save(window.grab(), args.out / "auswertung-datenstand.png")
        window.resize(1280, 720)
        _settle(app)
        _save(window.grab(), args.out / "auswertung-1280x720.png")
        window.resize(1920, 1000)
        keys = window.show_help("keys")  # Hilfe → Tastenkürzel (F1)
        keys.resize(760, 700)
        _settle(app)
        _save(keys.grab(), args.out / "tastenkuerzel.png")
        keys.close()
        window.close()

        # The window in English (Bearbeiten → Einstellungen → Sprache: English), on the Auswertung.
        from userjourney.gui.app import install_translations

        install_translations(app, "en")
        english = MainWindow(anna_db)
        english.resize(1920, 1000)
        english.show()
        english.ui.familyTable.selectRow(0)
        _show_auswertung(app, english, period=("01.08.2020", "31.12.2021"), stand="31.12.2021")
        _save(english.grab(), args.out / "auswertung-english.png")
        english.close()
        install_translations(app)

        # Data protection: the report for the Jobcenter, and encrypting a database.
        from userjourney.core.editing.family_list import load_filter_values
        from userjourney.core.settings import Settings
        from userjourney.core.storage.keys import new_recovery_key
        from userjourney.gui.dialogs.encryption import EncryptDialog, RecoveryKeyDialog
        from userjourney.gui.dialogs.excel import ExportDialog
        from userjourney.gui.dialogs.passphrase import PassphraseDialog
        from userjourney.gui.dialogs.settings import SettingsDialog

        database_file = Path("/home/coach/.local/share/userjourney/userjourney.sqlite")
        locations, coaches = load_filter_values(anna_db)
        dialogs = {
            "bericht-jobcenter.png": ExportDialog(anna_db, locations, coaches, report=True,
                                                  suggested=Path("/home/coach/Bericht Jobcenter 2021-12-31.xlsx")),
            "verschluesseln.png": EncryptDialog(database_file, new=True, required=False),
            "wiederherstellungsschluessel.png": RecoveryKeyDialog(new_recovery_key()),
            "passphrase.png": PassphraseDialog(database_file, wrong=True),
            "einstellungen.png": SettingsDialog(Settings(coach_name="Max Mustermann", default_location="Ahlen"),
                                                locations, coaches),
        }
        for name, dialog in dialogs.items():
            dialog.show()
            _settle(app)
            _save(dialog.grab(), args.out / name)
            dialog.close()
        anna_db.close()
        _sync_shots(app, Path(folder), args.out)
    QApplication.processEvents()
    return 0


def _sync_shots(app, folder: Path, out: Path) -> None:
    """Datei → Abgleichen (the preview) and Bearbeiten → Konflikte: the office and a laptop
    that both changed Jan's age and Frau Müller's Minijob employer."""
    from userjourney.core.editing import edits
    from userjourney.core.storage.database import open_database
    from userjourney.core.sync.synchronising import synchronise
    from userjourney.gui.dialogs.conflicts import ConflictsDialog
    from userjourney.gui.dialogs.sync import SyncDialog
    from userjourney.gui.main_window import MainWindow

    office = open_database(folder / "buero.sqlite", actor="Frau Kaya")
    with office.transaction() as session:
        store_demo(session)
    laptop = open_database(folder / "laptop.sqlite", actor="Herr Brandt")
    synchronise(laptop, office)
    for database, age, employer in ((office, 11, "Bäckerei Peters"), (laptop, 12, "Bäckerei Peters GmbH")):
        with database.transaction() as session:
            schmidt = edits.find_family(session, "Schmidt")
            edits.update_child(session, next(c for c in schmidt.children if c.name == "Jan"), "age", age)
            mueller = edits.find_family(session, "Müller")
            edits.set_minijob(edits.minijob_for(session, mueller.persons[0]), "employer", employer)
    window = MainWindow(office)
    dialog = SyncDialog(window.operations, window, other="/media/usb/laptop-brandt.sqlite")
    dialog.ui.otherEdit.setText(str(laptop.path))
    dialog.show()
    dialog.start(preview=True)
    _wait(app, lambda: dialog.result is not None)
    dialog.ui.otherEdit.setText("/media/usb/laptop-brandt.sqlite")  # the path a coach would see
    _settle(app)
    _save(dialog.grab(), out / "abgleichen.png")
    dialog.close()
    synchronise(office, laptop)
    conflicts = ConflictsDialog(window.operations, window)
    conflicts.show()
    conflicts.ui.tree.setCurrentItem(conflicts.ui.tree.topLevelItem(0).child(1))
    _settle(app)
    _save(conflicts.grab(), out / "konflikte.png")
    conflicts.close()
    window.close()
    office.close()
    laptop.close()


def _wait(app, condition, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit("the Auswertung did not finish counting")
        app.processEvents()
        time.sleep(0.01)


def _show_auswertung(app, window, *, period=("", ""), stand: str):
    """The tab Auswertung with the given filters, once its figures are counted."""
    summary = window.summary_view
    summary.ui.periodFromEdit.setText(period[0])
    summary.ui.periodToEdit.setText(period[1])
    summary.ui.standEdit.setText(stand)
    summary.apply_filters()
    window.ui.views.setCurrentWidget(summary)
    _wait(app, lambda: summary.summary is not None and summary.refresher.idle)
    return summary


def _drill(app, summary, table, index) -> None:
    """Select a number in ``table`` and list who is behind it, as Enter would."""
    table.setCurrentIndex(index)
    rows = []
    summary.drilled.connect(lambda: rows.append(1))
    table.activated.emit(index)
    _wait(app, lambda: rows)
    _settle(app)


def _printed_page(window, family_id, stand: date, path: Path) -> None:
    """The first page of the family's PDF, as a picture (A4 landscape, 1400 px wide)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtGui import QPixmap
    from PySide6.QtPdf import QPdfDocument

    from userjourney.core.editing.family_sheet import family_sheet
    from userjourney.gui.printing import pdf_bytes

    window.open_family(family_id)
    data = QByteArray(pdf_bytes(family_sheet(window.family_view.workspace.family, stand)))
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    _save(QPixmap.fromImage(document.render(0, QSize(1400, 990))), path)


def _settle(app) -> None:
    for _ in range(5):
        app.processEvents()


def _save(pixmap, path: Path) -> None:
    if not pixmap.save(str(path)):
        raise SystemExit(f"could not write {path}")
    shown = path.relative_to(REPO) if path.is_relative_to(REPO) else path
    print(f"wrote {shown} ({pixmap.width()}×{pixmap.height()})")


if __name__ == "__main__":
    sys.exit(main())
