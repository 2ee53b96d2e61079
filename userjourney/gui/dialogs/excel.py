"""Excel in the window: importing a list (with a preview), exporting the summary workbook.

Both run their work through :mod:`userjourney.gui.tasks`, so the window never freezes and a
progress bar moves; both can be cancelled (a cancelled import writes nothing, a cancelled
export leaves no file). The core does the work (:mod:`userjourney.core.excel`):

* **Import** checks the whole file and compares it with the database first (nothing is
  written): new / changed / unchanged counts, every error with sheet, row and column, every
  warning, the families. Only a file without errors can be imported; right before writing,
  the database is copied aside (``backups/…-vor-import``). The import is one transaction and
  one undo step (Strg+Z).
* **Export** (Datenaustausch, intern) and **report** (Bericht für das Jobcenter) share one dialog:
  both honour the Auswertung's filters (Standort, JobCoach, Erziehungsstatus,
  Migrationshintergrund, Zeitraum der Anträge, Stichtag, Datenstand) and offer to open the
  workbook or its folder afterwards. The dialog says in one line what the workbook contains;
  the report adds the Mindestfallzahl (3 unless changed: what the Federal Employment Agency's
  statistics hide).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from userjourney.core.errors import UserError, ValidationError
from userjourney.core.storage.commits import CommitInfo
from userjourney.core.values import format_date, format_moment, parse_date, parse_moment
from userjourney.gui import tasks
from userjourney.gui.forms.ui_export_dialog import Ui_ExportDialog
from userjourney.gui.forms.ui_import_dialog import Ui_ImportDialog
from userjourney.gui.operations import Operations
from userjourney.gui.style import ERROR_STYLE
from userjourney.gui.widgets.filter_choices import fill_migration, fill_parenting

KINDS = ("families", "children", "but_entries", "persons", "minijobs")


class ImportDialog(QDialog):
    """Preview, then import; see the module docstring. ``result`` holds the ImportResult."""

    def __init__(self, db, path: Path, operations: Operations, parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self.path = Path(path)
        self.operations = operations
        self.plan = None
        self.result = None
        self.task: tasks.Task | None = None
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        self.ui.fileLabel.setText(self.tr("Datei: {path}").format(path=self.path))
        labels = {
            "families": self.tr("Familien"), "children": self.tr("Kinder"), "but_entries": self.tr("BuT-Zeilen"),
            "persons": self.tr("Personen"), "minijobs": self.tr("Minijob-Journeys"),
        }
        table = self.ui.counts
        table.setRowCount(len(KINDS))
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels([self.tr("neu"), self.tr("geändert"), self.tr("unverändert")])
        table.setVerticalHeaderLabels([labels[k] for k in KINDS])
        self.ui.importButton.clicked.connect(self.start_import)
        self.ui.closeButton.clicked.connect(self._close_or_cancel)
        self._set_busy(self.tr("Die Datei wird gelesen und geprüft …"))
        self.task = tasks.start(_plan, str(self.path), db)
        self.task.progress.connect(self._progress)
        self.task.finished.connect(self._planned)
        self.task.failed.connect(self._failed)
        self.task.cancelled.connect(lambda: self._stopped(self.tr("Abgebrochen; es wurde nichts geändert.")))

    # -- running --------------------------------------------------------------------------
    def _set_busy(self, text: str) -> None:
        self.ui.status.setStyleSheet("")
        self.ui.status.setText(text)
        self.ui.progress.setRange(0, 0)
        self.ui.importButton.setEnabled(False)
        self.ui.closeButton.setText(self.tr("Abbrechen"))

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.ui.progress.setRange(0, total)
            self.ui.progress.setValue(min(done, total))

    def _finished_running(self) -> None:
        self.task = None
        self.ui.progress.setRange(0, 1)
        self.ui.progress.setValue(1)
        self.ui.closeButton.setText(self.tr("Schließen"))

    def _failed(self, message: str) -> None:
        self._finished_running()
        self.ui.status.setStyleSheet(ERROR_STYLE)
        self.ui.status.setText(message)

    def _stopped(self, message: str) -> None:
        self._finished_running()
        self.ui.status.setText(message)

    def _close_or_cancel(self) -> None:
        if self.task is not None and not self.task.done:
            self.task.cancel()
        else:
            self.accept() if self.result is not None else self.reject()

    def closeEvent(self, event) -> None:
        if self.task is not None and not self.task.done:
            self.task.cancel()
        super().closeEvent(event)

    # -- the preview ------------------------------------------------------------------------
    def _planned(self, plan) -> None:
        self._finished_running()
        self.plan = plan
        for row, kind in enumerate(KINDS):
            counts = plan.counts.get(kind)
            for column, value in enumerate((counts.new, counts.updated, counts.unchanged) if counts else ("", "", "")):
                self.ui.counts.setItem(row, column, QTableWidgetItem(str(value)))
        self.ui.errors.addItems(plan.error_lines(limit=2000))
        self.ui.warnings.addItems(plan.warning_lines(limit=2000))
        status = {"new": self.tr("neu"), "updated": self.tr("geändert"), "unchanged": self.tr("unverändert")}
        self.ui.families.addItems([f"{code} – {status.get(state, state)}" for code, state in plan.families.items()])
        self.ui.details.setTabText(0, self.tr("Fehler ({n})").format(n=plan.error_count))
        self.ui.details.setTabText(1, self.tr("Hinweise ({n})").format(n=plan.warning_count))
        self.ui.details.setTabText(2, self.tr("Familien ({n})").format(n=len(plan.families)))
        if not plan.ok:
            self.ui.details.setCurrentIndex(0)
            self.ui.status.setStyleSheet(ERROR_STYLE)
            self.ui.status.setText(self.tr(
                "Die Datei hat {n} Fehler (siehe unten, mit Blatt, Zeile und Spalte). Es wird nichts importiert; "
                "bitte die Datei korrigieren und erneut importieren.").format(n=plan.error_count))
            return
        if not plan.has_changes:
            self.ui.status.setText(self.tr("Die Datenbank entspricht bereits der Datei; ein Import änderte nichts."))
            return
        self.ui.details.setCurrentIndex(2 if not plan.warning_count else 1)
        self.ui.status.setText(self.tr(
            "Die Datei ist in Ordnung. „Importieren“ übernimmt die Änderungen in einem Schritt "
            "(vorher wird die Datenbank gesichert; Strg+Z macht den Import rückgängig)."))
        self.ui.importButton.setEnabled(True)
        self.ui.importButton.setDefault(True)
        self.ui.importButton.setFocus()

    # -- the import -------------------------------------------------------------------------
    def start_import(self) -> None:
        if self.plan is None or not self.plan.ok:
            return
        self._set_busy(self.tr("Die Datenbank wird gesichert und die Datei importiert …"))
        self.task = tasks.start(_apply, self.db, self.plan)
        self.task.progress.connect(self._progress)
        self.task.finished.connect(self._imported)
        self.task.failed.connect(self._failed)
        self.task.cancelled.connect(lambda: self._stopped(self.tr("Abgebrochen; es wurde nichts geändert.")))

    def _imported(self, result) -> None:
        self._finished_running()
        self.result = result
        if result.changed:
            self.operations.record(CommitInfo(result.txn_id, result.family_ids),
                                   self.tr("Import von {name}").format(name=self.path.name))
        self.ui.status.setText(self.tr("Importiert.") + " " + " · ".join(result.describe()))
        self.ui.closeButton.setFocus()


def _plan(path: str, db, progress):
    from userjourney.core.excel import plan_import

    with db.session() as session:  # a session of this worker thread
        return plan_import(path, session, progress=progress)


def _apply(db, plan, progress):
    from userjourney.core.excel import apply_import
    from userjourney.core.storage.backups import backup_before_import

    backup_before_import(db.path, db.backups_to_keep)
    return apply_import(db, plan, progress=progress)


class ExportDialog(QDialog):
    """Write the export workbook — or, with ``report``, the report for the Jobcenter — with
    filters, in the background; ``written`` is its path."""

    def __init__(self, db, locations: list[str], coaches: list[str], parent=None, *, filters=None,
                 suggested: Path | None = None, open_url: Callable[[QUrl], bool] | None = None,
                 report: bool = False) -> None:
        super().__init__(parent)
        self.db = db
        self.report = report
        self.written: Path | None = None
        self.task: tasks.Task | None = None
        self.open_url = open_url or QDesktopServices.openUrl
        self.ui = Ui_ExportDialog()
        self.ui.setupUi(self)
        ui = self.ui
        if report:
            self.setWindowTitle(self.tr("Bericht für das Jobcenter"))
            ui.descriptionLabel.setText(self.tr(
                "Nur Zahlen wie in Anhang 6.6, ohne personenbezogene Daten: keine Kürzel, Namen, JobCoaches, "
                "Arbeitgeber oder Anmerkungen – zum Versenden."))
            ui.exportButton.setText(self.tr("&Bericht schreiben"))
            default_name = self.tr("Bericht Jobcenter {day}.xlsx")
        else:
            self.setWindowTitle(self.tr("Datenaustausch (intern)"))
            ui.descriptionLabel.setText(self.tr(
                "Auswertung und Rohdaten je Familie (Kürzel, Vornamen, Sozialdaten) – nur für die eigenen "
                "Installationen, nicht zum Versenden."))
            ui.minCellLabel.hide()
            ui.minCellSpin.hide()
            default_name = self.tr("BuT-Auswertung {day}.xlsx")
        for combo, everything, values in ((ui.locationCombo, self.tr("Alle Standorte"), locations),
                                          (ui.coachCombo, self.tr("Alle JobCoaches"), coaches)):
            combo.addItem(everything, None)
            for value in values:
                combo.addItem(value, value)
        fill_parenting(ui.parentingCombo)
        fill_migration(ui.migrationCombo)
        if filters is not None:  # exactly what the Auswertung shows: all six filters
            ui.locationCombo.setCurrentIndex(max(ui.locationCombo.findData(filters.location), 0))
            ui.coachCombo.setCurrentIndex(max(ui.coachCombo.findData(filters.coach), 0))
            ui.parentingCombo.setCurrentIndex(max(ui.parentingCombo.findData(filters.parenting_status), 0))
            ui.migrationCombo.setCurrentIndex(max(ui.migrationCombo.findData(filters.migration_background), 0))
            for edit, day in ((ui.fromEdit, filters.date_from), (ui.toEdit, filters.date_to), (ui.standEdit, filters.stand)):
                edit.setText(format_date(day))
            ui.asOfEdit.setText(format_moment(filters.as_of) if filters.as_of else "")
        ui.fileEdit.setText(str(suggested or Path.home() / default_name.format(day=f"{date.today():%Y-%m-%d}")))
        ui.chooseButton.clicked.connect(self._choose)
        ui.exportButton.clicked.connect(self.start_export)
        ui.closeButton.clicked.connect(self._close_or_cancel)
        ui.progress.setValue(0)

    def _choose(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Exportieren nach"), self.ui.fileEdit.text(),
                                                    self.tr("Excel-Arbeitsmappe (*.xlsx)"))
        if path:
            self.ui.fileEdit.setText(path)

    def filters(self):
        """The chosen filters; a bad date is refused with the field named."""
        from userjourney.core.summary.filters import SummaryFilter

        ui = self.ui
        days: dict = {}
        for key, label, edit in (("date_from", self.tr("Anträge von"), ui.fromEdit),
                                 ("date_to", self.tr("Anträge bis"), ui.toEdit), ("stand", self.tr("Stichtag"), ui.standEdit),
                                 ("as_of", self.tr("Datenstand"), ui.asOfEdit)):
            try:
                if key == "as_of":
                    days[key] = parse_moment(edit.text()) if edit.text().strip() else None
                else:
                    days[key] = parse_date(edit.text())
            except ValidationError as exc:
                edit.setFocus()
                raise ValidationError(f"{label}: {exc.message}") from None
        try:
            return SummaryFilter(location=ui.locationCombo.currentData(), coach=ui.coachCombo.currentData(),
                                 parenting_status=ui.parentingCombo.currentData(),
                                 migration_background=ui.migrationCombo.currentData(), **days)
        except ValidationError as exc:
            {"as_of": ui.asOfEdit, "date_from": ui.fromEdit}.get(exc.field or "", ui.fromEdit).setFocus()
            raise

    def start_export(self) -> None:
        try:
            filters = self.filters()
        except UserError as exc:
            self._say(exc.message, error=True)
            return
        target = Path(self.ui.fileEdit.text().strip())
        if target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")
        self.ui.exportButton.setEnabled(False)
        self.ui.progress.setRange(0, 0)
        self._say(self.tr("Die Arbeitsmappe wird geschrieben …"))
        if self.report:
            min_cell = self.ui.minCellSpin.value()
            self.task = tasks.start(_report, self.db, target, filters, None if min_cell < 2 else min_cell)
        else:
            self.task = tasks.start(_export, self.db, target, filters)
        self.task.progress.connect(lambda done, total: (self.ui.progress.setRange(0, total), self.ui.progress.setValue(
            min(done, total))) if total > 0 else None)
        self.task.finished.connect(self._exported)
        self.task.failed.connect(lambda message: self._done(message, error=True))
        self.task.cancelled.connect(lambda: self._done(self.tr("Abgebrochen; es wurde keine Datei geschrieben.")))

    def _done(self, message: str, *, error: bool = False) -> None:
        self.task = None
        self.ui.progress.setRange(0, 1)
        self.ui.progress.setValue(0 if error else 1)
        self.ui.exportButton.setEnabled(True)
        self._say(message, error=error)

    def _exported(self, result) -> None:
        self._done(" · ".join(result.describe()))
        self.written = result.path
        offer_to_open(self, result.path, self.open_url)
        self.accept()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.ui.message.setStyleSheet(ERROR_STYLE if error else "")
        self.ui.message.setText(text)

    def _close_or_cancel(self) -> None:
        if self.task is not None and not self.task.done:
            self.task.cancel()
        else:
            self.reject()


def _export(db, target: Path, filters, progress):
    from userjourney.core.excel.export import write_export

    return write_export(db, target, filters, progress=progress)  # sessions of this worker thread


def _report(db, target: Path, filters, min_cell: int | None, progress):
    from userjourney.core.excel.jobcenter_report import write_report

    progress(0, 1)  # a cancel before the summary is counted
    return write_report(db, target, filters, min_cell)


def offer_to_open(parent: QWidget, path: Path, open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl) -> str:
    """After writing a workbook: open it, open its folder, or neither. Returns the choice."""
    box = QMessageBox(QMessageBox.Icon.Information, parent.tr("Gespeichert"),
                      parent.tr("„{name}“ ist gespeichert in\n{folder}").format(name=path.name, folder=path.parent),
                      parent=parent)
    open_file = box.addButton(parent.tr("Datei öffnen"), QMessageBox.ButtonRole.AcceptRole)
    open_folder = box.addButton(parent.tr("Ordner öffnen"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(parent.tr("Schließen"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(open_file)
    box.exec()
    if box.clickedButton() is open_file:
        open_url(QUrl.fromLocalFile(str(path)))
        return "file"
    if box.clickedButton() is open_folder:
        open_url(QUrl.fromLocalFile(str(path.parent)))
        return "folder"
    return "none"
