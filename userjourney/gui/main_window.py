"""The main window: the family list on the left, the open family on the right.

It owns the window's one path for changes, :class:`~userjourney.gui.operations.Operations`, with
the undo stack of the working session (Strg+Z / Strg+Umschalt+Z across families, including
deleting a family), and follows its change events: the list re-reads the families a change
touched, and the open family is re-read when something else changed it (an undo, an import) —
the family view's own edits refreshed it already.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
)

from userjourney.core.editing.family_list import load_filter_values, load_rows
from userjourney.core.editing.family_sheet import FamilySheet, family_sheet
from userjourney.core.editing.workspace import create_family, delete_family
from userjourney.core.errors import UserError
from userjourney.core.history.access import record_access
from userjourney.core.history.actor import set_default_actor
from userjourney.core.i18n import counted
from userjourney.core.settings import Settings, save_settings
from userjourney.core.storage.database import Database
from userjourney.core.vocab import family_title
from userjourney.gui import style
from userjourney.gui.dialogs.access import AccessDialog
from userjourney.gui.dialogs.conflicts import ConflictsDialog
from userjourney.gui.dialogs.excel import ExportDialog, ImportDialog, offer_to_open
from userjourney.gui.dialogs.help import HelpDialog, keyboard_html, show_about, template_html
from userjourney.gui.dialogs.history import HistoryDialog
from userjourney.gui.dialogs.members import FamilyDialog
from userjourney.gui.dialogs.purge import PurgeDialog
from userjourney.gui.dialogs.reasons import ReasonsDialog
from userjourney.gui.dialogs.settings import SettingsDialog
from userjourney.gui.dialogs.sync import SyncDialog
from userjourney.gui.family.list_columns import FittedColumns
from userjourney.gui.family.list_model import ID_ROLE, FamilyFilter, FamilyListModel
from userjourney.gui.family.view import FamilyView
from userjourney.gui.forms.ui_main_window import Ui_MainWindow
from userjourney.gui.icons import icon
from userjourney.gui.operations import ChangeEvent, Operations
from userjourney.gui.summary.view import SummaryView


class MainWindow(QMainWindow):
    """See the module docstring."""

    #: How often a window on a server (or a read-only one) looks for other programs' commits.
    FOLLOW_INTERVAL_MS = 2000
    #: Work with another database from now on: an opened server database, or ``None`` for the
    #: local file (Datei → Mit Server verbinden …); the application replaces the window.
    switch_requested = Signal(object)
    #: The language was changed in the settings (already saved): the application builds the
    #: window anew in that language (:class:`userjourney.gui.app.Windows`).
    language_changed = Signal()

    def __init__(self, database: Database, settings: Settings | None = None, *, read_only_reason: str = "",
                 warning: str = "") -> None:
        super().__init__()
        self.database = database
        self.settings = settings or Settings()
        self.read_only_reason = read_only_reason if database.read_only else ""
        self.history_dialog: HistoryDialog | None = None
        self.help_dialogs: dict[str, HelpDialog] = {}
        self.operations = Operations(database, parent=self)
        self.undo = self.operations.undo_stack
        # which list has the keyboard: only these two roles set, the rest follows the application
        self.setPalette(style.with_visible_focus(QPalette()))
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setWindowIcon(icon("userjourney"))
        ui = self.ui

        self.list_model = FamilyListModel(lambda ids: load_rows(database, ids), self)
        self.list_filter = FamilyFilter(self)
        self.list_filter.setSourceModel(self.list_model)
        ui.familyTable.setModel(self.list_filter)
        ui.familyTable.sortByColumn(FamilyListModel.UPDATED, Qt.SortOrder.DescendingOrder)
        self.list_columns = FittedColumns(ui.familyTable)  # never sideways, never a cut Familie
        ui.familyTable.selectionModel().currentRowChanged.connect(self._family_chosen)
        ui.search.textChanged.connect(lambda text: self._filter(search=text))
        ui.search.returnPressed.connect(self._open_first_match)
        ui.locationFilter.activated.connect(lambda _i: self._filter(location=ui.locationFilter.currentData()))
        ui.coachFilter.activated.connect(lambda _i: self._filter(coach=ui.coachFilter.currentData()))

        self.family_view = FamilyView(database, self.operations, self)
        ui.detailStack.addWidget(self.family_view)
        self.family_view.message.connect(self.show_message)
        self.family_view.gone.connect(lambda: ui.detailStack.setCurrentWidget(ui.emptyPage))
        ui.splitter.setStretchFactor(0, 0)
        ui.splitter.setStretchFactor(1, 1)
        ui.splitter.setSizes([480, 1400])

        self.saved_label = QLabel(self)
        self.saved_label.setAccessibleName(self.tr("Speicherstatus"))
        ui.statusbar.addPermanentWidget(self.saved_label)

        ui.actionNewFamily.triggered.connect(self.new_family)
        ui.newFamilyButton.clicked.connect(self.new_family)
        ui.actionDeleteFamily.triggered.connect(self.delete_current_family)
        ui.actionPurgeFamily.triggered.connect(lambda: self.purge_family())
        ui.actionAccess.triggered.connect(lambda: self.show_access())
        ui.actionReasons.triggered.connect(lambda: self.manage_reasons())
        ui.actionNames.triggered.connect(lambda: self.manage_reasons("location"))
        ui.actionSync.triggered.connect(lambda: self.synchronise())
        ui.actionConflicts.triggered.connect(lambda: self.show_conflicts())
        ui.deleteFamilyButton.clicked.connect(self.delete_current_family)
        ui.actionUndo.triggered.connect(self.undo_last)
        ui.actionRedo.triggered.connect(self.redo_last)
        ui.actionRedo.setShortcuts([ui.actionRedo.shortcut(), Qt.Modifier.CTRL | Qt.Key.Key_Y])
        self._tab_keys()
        ui.actionSettings.triggered.connect(self.edit_settings)
        ui.actionKeys.triggered.connect(lambda: self.show_help("keys"))
        ui.actionTemplateHelp.triggered.connect(lambda: self.show_help("template"))
        ui.actionAbout.triggered.connect(lambda: show_about(self, self.database.describe()))
        ui.actionServer.triggered.connect(lambda: self.connect_to_server())
        ui.actionQuit.triggered.connect(self.close)
        ui.actionBackup.triggered.connect(self.save_backup_copy)
        ui.actionRestore.triggered.connect(self.restore_from_backup)
        ui.actionReload.triggered.connect(self.reload_everything)
        ui.actionHistory.triggered.connect(self.show_history)
        ui.actionPrintFamily.triggered.connect(lambda: self.print_family())
        ui.actionPdfFamily.triggered.connect(lambda: self.save_family_pdf())
        ui.actionImport.triggered.connect(lambda: self.import_excel())
        ui.actionExport.triggered.connect(lambda: self.export_excel())
        ui.actionReport.triggered.connect(lambda: self.report_excel())
        ui.actionTemplate.triggered.connect(lambda: self.save_template())
        if self.database.path is None:
            # a server is backed up by its administrators; a coach can copy what the login sees
            ui.actionRestore.setVisible(False)
            self.server_label = QLabel(self.tr("Server: {server}").format(server=self.database.describe()), self)
            self.server_label.setAccessibleName(self.tr("Verbindung"))
            ui.statusbar.addPermanentWidget(self.server_label)
            self.operations.connection.connect(self._show_connection)
        self.undo.on_change(self._update_undo_actions)
        self._update_undo_actions()

        self.operations.changed.connect(self._on_change)
        if database.path is None or database.read_only:  # others write too: follow their commits
            self.operations.follow_others(self.FOLLOW_INTERVAL_MS)
        self.summary_view = SummaryView(database, self.operations, self)  # follows every change itself
        ui.views.addTab(self.summary_view, self.tr("Auswertung"))
        self.summary_view.open_requested.connect(self.open_from_summary)
        self.family_view.family_changed.connect(self.summary_view.watch)
        self.summary_view.watch(self.family_view.family_id)

        self.list_model.reload()
        self._fill_filters()
        self._update_title()
        self._update_count()
        if self.read_only_reason:
            self._enter_read_only()
        if warning:
            self._warn(warning)
        self._place_on_screen()

    def _place_on_screen(self) -> None:
        """Where the coach left it; the first time as large as fits (1500×860 at most): office
        laptops show 1366×768, or 1280×720 at 150 % — the window must never be larger than that."""
        saved = self.settings.window_geometry
        if saved and self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
            return
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        width, height = 1500, 860
        if screen is not None:
            width, height = min(width, screen.width()), min(height, screen.height())
        self.resize(width, height)

    def _enter_read_only(self) -> None:
        """Another program writes to this database: look, don't touch (F5 shows its changes)."""
        ui = self.ui
        for action in (ui.actionNewFamily, ui.actionDeleteFamily, ui.actionPurgeFamily, ui.actionUndo, ui.actionRedo,
                       ui.actionRestore, ui.actionImport, ui.actionReasons):  # export, template and backup copies only read
            action.setEnabled(False)
        ui.newFamilyButton.setEnabled(False)
        ui.deleteFamilyButton.setEnabled(False)
        self.undo.on_change(lambda: (ui.actionUndo.setEnabled(False), ui.actionRedo.setEnabled(False)))
        self.family_view.set_read_only(True)
        banner = QLabel(self.read_only_reason + " " + self.tr("(F5 lädt neu)"), self)
        banner.setAccessibleName(self.tr("Nur-lesen-Hinweis"))
        banner.setStyleSheet(style.READ_ONLY_STYLE)
        ui.statusbar.addWidget(banner, 1)

    def _warn(self, text: str) -> None:
        """A warning that stays in the status bar (a backup that failed) until the window closes."""
        label = QLabel(text, self)
        label.setAccessibleName(self.tr("Warnhinweis"))
        label.setStyleSheet(style.ERROR_STYLE)
        label.setWordWrap(True)
        label.setToolTip(text)
        self.warning_label = label
        self.ui.statusbar.addWidget(label, 1)

    # -- list -------------------------------------------------------------------------------
    def _fill_filters(self) -> None:
        locations, coaches = load_filter_values(self.database)
        for field, combo, everything, values in (
            ("location", self.ui.locationFilter, self.tr("Alle Standorte"), locations),
            ("coach", self.ui.coachFilter, self.tr("Alle JobCoaches"), coaches),
        ):
            current = combo.currentData()
            combo.clear()
            combo.addItem(everything, None)
            for value in values:
                combo.addItem(value, value)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            if combo.currentData() != current:  # renamed or merged away: the list shows what the combo says
                self._filter(**{field: None})

    def _filter(self, **kwargs) -> None:
        self.list_filter.set_filters(**kwargs)
        self._update_count()

    def _open_first_match(self) -> None:
        """Enter in the search: open the first family found (the list's order) and go to its grid."""
        index = self.list_filter.index(0, 0)
        if not index.isValid():
            self.show_message(self.tr("Keine Familie gefunden."))
            return
        self.ui.familyTable.setCurrentIndex(index)
        self.open_family(index.data(ID_ROLE))
        self.family_view.ui.butGrid.setFocus()

    def _update_count(self) -> None:
        shown, total = self.list_filter.rowCount(), self.list_model.rowCount()
        if shown == total:
            text = self.tr("1 Familie") if total == 1 else self.tr("{n} Familien").format(n=total)
        else:
            text = (self.tr("{shown} von 1 Familie") if total == 1 else self.tr("{shown} von {n} Familien")).format(
                shown=shown, n=total)
        self.ui.familyCount.setText(text)

    def _family_chosen(self, current, _previous) -> None:
        if not current.isValid():
            return
        family_id = current.data(ID_ROLE)
        if family_id != self.family_view.family_id:
            self.open_family(family_id)

    def open_family(self, family_id: uuid.UUID) -> None:
        try:
            self.family_view.open_family(family_id)
        except UserError as exc:
            self.show_message(exc.message)
            self.ui.detailStack.setCurrentWidget(self.ui.emptyPage)
            return
        self.ui.detailStack.setCurrentWidget(self.family_view)
        self.select_family(family_id)
        self._update_title()

    def select_family(self, family_id: uuid.UUID) -> None:
        row = self.list_model.row_of(family_id)
        if row is None:
            return
        index = self.list_filter.mapFromSource(self.list_model.index(row, 0))
        if index.isValid() and self.ui.familyTable.currentIndex().row() != index.row():
            self.ui.familyTable.setCurrentIndex(index)

    def current_family_id(self) -> uuid.UUID | None:
        return self.family_view.family_id

    # -- families ---------------------------------------------------------------------------
    def new_family(self) -> uuid.UUID | None:
        locations, coaches = load_filter_values(self.database)
        commit = self.operations.committer(self)
        dialog = FamilyDialog(lambda v: create_family(commit, **v), locations, coaches, self,
                              location=self.settings.default_location,
                              coach=self.settings.default_coach or self.settings.coach_name)
        if dialog.exec() != FamilyDialog.DialogCode.Accepted:
            return None
        family_id = dialog.result_value
        self.list_model.update_families([family_id])
        self._fill_filters()
        self._update_count()
        self.open_family(family_id)
        self.family_view.ui.butGrid.setFocus()
        return family_id

    def delete_current_family(self) -> None:
        family_id = self.current_family_id()
        if family_id is None:
            self.show_message(self.tr("Bitte zuerst eine Familie wählen."))
            return
        family = self.family_view.workspace.family
        children, persons = len(family.children), len(family.persons)
        question = self.tr(
            "Familie „{code}“ mit {children} und {persons} und allen Angaben löschen?\n\n"
            "Strg+Z macht das Löschen rückgängig."
        ).format(code=family.code,
                 children=counted(children, self.tr("1 Kind"), self.tr("{n} Kindern")).format(n=children),
                 persons=counted(persons, self.tr("1 Person"), self.tr("{n} Personen")).format(n=persons))
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Familie löschen"), question, parent=self)
        delete = box.addButton(self.tr("&Löschen"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)  # Enter never deletes; Löschen is a deliberate choice
        box.exec()
        if box.clickedButton() is not delete:
            return
        try:
            code = delete_family(self.operations.committer(self), family_id)
        except UserError as exc:
            self.show_message(exc.message)
            return
        self.family_view.close_family()
        self.ui.detailStack.setCurrentWidget(self.ui.emptyPage)
        self.list_model.update_families([family_id])
        self._update_count()
        self._update_title()
        self.show_message(self.tr("Familie „{code}“ gelöscht (Strg+Z macht es rückgängig)").format(code=code))

    def purge_family(self) -> PurgeDialog:
        """Bearbeiten → Familie endgültig löschen: the open family suggested, or any code."""
        code = self.family_view.workspace.family.code if self.current_family_id() is not None else ""

        def let_go(purged) -> None:
            if self.family_view.family_id in purged.family_ids:
                self.family_view.close_family()
                self.ui.detailStack.setCurrentWidget(self.ui.emptyPage)

        dialog = PurgeDialog(self.operations, self.settings, code, self, on_erased=let_go)
        dialog.exec()
        if dialog.purged is not None:
            purged = dialog.purged
            self._update_title()
            self.show_message(self.tr("Familie „{code}“ endgültig gelöscht, mit {n} Zeilen ihres Verlaufs; "
                                      "Sicherungen bereinigt: {copies}").format(
                code=purged.code, n=purged.history_rows, copies=len(purged.copies)))
            if purged.unreadable:
                QMessageBox.warning(self, self.tr("Familie endgültig löschen"), self.tr(
                    "Diese Sicherungen ließen sich nicht lesen; bitte von Hand löschen:\n{paths}").format(
                    paths="\n".join(str(path) for path in purged.unreadable)))
        return dialog

    # -- undo -------------------------------------------------------------------------------
    def _update_undo_actions(self) -> None:
        ui = self.ui
        ui.actionUndo.setEnabled(self.undo.can_undo())
        ui.actionRedo.setEnabled(self.undo.can_redo())
        ui.actionUndo.setText(self.tr("&Rückgängig: {label}").format(label=self.undo.undo_label())
                              if self.undo.can_undo() else self.tr("&Rückgängig"))
        ui.actionRedo.setText(self.tr("&Wiederholen: {label}").format(label=self.undo.redo_label())
                              if self.undo.can_redo() else self.tr("&Wiederholen"))

    def undo_last(self) -> None:
        self._undo_or_redo(self.operations.undo, self.tr("Rückgängig gemacht: {label}"))

    def redo_last(self) -> None:
        self._undo_or_redo(self.operations.redo, self.tr("Wiederholt: {label}"))

    def _undo_or_redo(self, action, done: str) -> None:
        if self.focusWidget() is not None and isinstance(self.focusWidget(), QLineEdit):
            self.focusWidget().clearFocus()  # a half-typed header field is left as it is stored
        try:
            step = action(self)
        except UserError as exc:
            self.show_message(exc.message)
            QMessageBox.information(self, self.tr("Rückgängig"), exc.message)
            return
        self.show_message(done.format(label=step.label))
        if self.family_view.family_id is None and len(step.family_ids) == 1:
            # An undone delete (or redone creation) brings the family back on screen.
            (family_id,) = step.family_ids
            self.list_model.update_families([family_id])
            if self.list_model.row_of(family_id) is not None:
                self.open_family(family_id)

    # -- changes ----------------------------------------------------------------------------
    def _on_change(self, event: ChangeEvent) -> None:
        """One change, whoever made it: the list, the open family (unless it made it), the history."""
        if event.everything:
            self.reload_everything()
        else:
            self.list_model.update_families(event.families)
            self._update_count()
            self._fill_filters()
            if event.initiator is not self.family_view and event.concerns(self.family_view.family_id):
                self.family_view.refresh()
            if self.history_dialog is not None and event.concerns(self.history_dialog.family_id):
                self.history_dialog.refresh()
        self._update_title()
        self.saved_label.setText(self.tr("Alle Änderungen gespeichert ({time})").format(
            time=datetime.now().strftime("%H:%M:%S")))

    def open_from_summary(self, family_id: uuid.UUID, member_id: uuid.UUID, area: str | None, adult: bool) -> None:
        """A child or adult listed in the Auswertung: its family in the tab "Familien", on its row."""
        self.open_family(family_id)
        if self.current_family_id() != family_id:
            return  # gone meanwhile; open_family said so in the status bar
        self.ui.views.setCurrentWidget(self.ui.familiesPage)
        self.family_view.show_member(member_id, area, adult)

    # -- Excel ------------------------------------------------------------------------------
    def import_excel(self, path: str | None = None) -> ImportDialog | None:
        """Datei → Importieren: choose a list, see what it would change, then import it."""
        if not path:
            path, _filter = QFileDialog.getOpenFileName(self, self.tr("Excel-Liste importieren"), str(Path.home()),
                                                        self.tr("Excel-Arbeitsmappen (*.xlsx);;Alle Dateien (*)"))
            if not path:
                return None
        dialog = ImportDialog(self.database, Path(path), self.operations, self)
        dialog.exec()
        if dialog.result is not None and dialog.result.changed:
            self.show_message(self.tr("Importiert: {name}").format(name=Path(path).name))
        return dialog

    def export_excel(self, path: str | None = None, *, report: bool = False) -> ExportDialog:
        """Datei → Datenaustausch (intern): the summary and the raw data of every family, with the
        filters chosen; ``report``: Datei → Bericht für das Jobcenter, the figures only."""
        locations, coaches = load_filter_values(self.database)
        dialog = ExportDialog(self.database, locations, coaches, self, filters=self.current_summary_filter(),
                              suggested=Path(path) if path else None, report=report)
        dialog.exec()
        if dialog.written is not None:
            done = self.tr("Bericht geschrieben: {path}") if report else self.tr("Exportiert: {path}")
            self.show_message(done.format(path=dialog.written))
        return dialog

    def report_excel(self, path: str | None = None) -> ExportDialog:
        return self.export_excel(path, report=True)

    def current_summary_filter(self):
        """The Auswertung's filters, if that view is there, so the export shows what was looked at."""
        return self.summary_view.filters

    def save_template(self, path: str | None = None) -> Path | None:
        """Datei → Leere Vorlage speichern: the import template for coaches working without the app."""
        from userjourney.core.excel import write_template

        if not path:
            suggested = str(Path.home() / "userjourney-Vorlage.xlsx")
            path, _filter = QFileDialog.getSaveFileName(self, self.tr("Leere Vorlage speichern"), suggested,
                                                        self.tr("Excel-Arbeitsmappe (*.xlsx)"))
            if not path:
                return None
        try:
            written = write_template(Path(path))
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Vorlage"), exc.message)
            return None
        self.show_message(self.tr("Vorlage gespeichert: {path}").format(path=written))
        offer_to_open(self, written)
        return written

    # -- backups, history -------------------------------------------------------------------
    def save_backup_copy(self, path: str | None = None) -> Path | None:
        """Datei → Sicherungskopie speichern: a copy elsewhere (a USB stick, the office share)."""
        from userjourney.core.storage.backups import save_copy

        if not path:
            suggested = str(Path.home() / f"userjourney-{datetime.now():%Y-%m-%d}.sqlite")
            path, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Sicherungskopie speichern"), suggested, self.tr("SQLite-Datenbank (*.sqlite)"))
            if not path:
                return None
        target = Path(path)
        if self.database.path is not None and target.resolve() == self.database.path.resolve():
            self.show_message(self.tr("Die Sicherung kann nicht die Datenbank selbst sein."))
            return None
        try:
            if self.database.path is None:  # a server: what this login may see, as a file
                from userjourney.core.storage.server import copy_to_file

                target.unlink(missing_ok=True)  # the file dialog asked before replacing it
                copy_to_file(self.database, target)
            else:
                save_copy(self.database.path, target)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Sicherungskopie"), exc.message)
            return None
        self.show_message(self.tr("Sicherungskopie gespeichert: {path}").format(path=target))
        return target

    def restore_from_backup(self) -> bool:
        """Datei → Sicherung wiederherstellen: pick a backup; the current state is kept aside first."""
        from userjourney.core.history.restoring import restore_and_record
        from userjourney.gui.dialogs.restore import RestoreDialog

        dialog = RestoreDialog(self.database.path, self)
        if dialog.exec() != RestoreDialog.DialogCode.Accepted or dialog.chosen is None:
            return False
        self.family_view.close_family()
        self.ui.detailStack.setCurrentWidget(self.ui.emptyPage)
        self.database.engine.dispose()  # the restore needs the file to itself for a moment
        try:
            restored = restore_and_record(self.database.path, dialog.chosen, keep=self.settings.backups_to_keep,
                                          actor=self.database.actor)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Sicherung wiederherstellen"), exc.message)
            self.reload_everything()
            return False
        # the steps recorded belong to the state that was replaced; every view reloads
        self.operations.replaced(self.tr("Wiederhergestellt: {name}").format(name=dialog.chosen.name))
        text = self.tr("Wiederhergestellt: {name} ({n} Familien).").format(
            name=dialog.chosen.name, n="?" if restored.families is None else restored.families)
        if restored.kept_aside is not None:
            text += " " + self.tr("Der vorige Stand liegt in {path}.").format(path=restored.kept_aside.name)
        self.show_message(text)
        return True

    def reload_everything(self) -> None:
        """F5: read the list and the open family afresh (changes made by another program)."""
        self.list_model.reload()
        self._fill_filters()
        self._update_count()
        if self.family_view.family_id is not None:
            self.family_view.refresh()
        if self.history_dialog is not None:
            self.history_dialog.refresh()

    def synchronise(self, other: str = "") -> SyncDialog:
        """Datei → Abgleichen: with a file or the office server (:mod:`.dialogs.sync`)."""
        dialog = SyncDialog(self.operations, self, other=other)
        dialog.exec()
        if dialog.result is not None and not dialog.result.preview and dialog.result.new_conflicts:
            self.show_message(self.tr("Neue Konflikte aus dem Abgleich: {n} (Bearbeiten → Konflikte)").format(
                n=dialog.result.new_conflicts))
        return dialog

    def show_conflicts(self) -> ConflictsDialog:
        """Bearbeiten → Konflikte: take one of the competing values."""
        dialog = ConflictsDialog(self.operations, self)
        dialog.exec()
        return dialog

    def manage_reasons(self, start: str | None = None) -> ReasonsDialog:
        """Bearbeiten → Gründe / Standorte und JobCoaches verwalten: rename one, merge two
        (undoable, announced); ``start``: the list shown first."""
        dialog = ReasonsDialog(self.database, self.operations.committer(self), self, start=start)
        dialog.exec()
        return dialog

    def show_access(self) -> AccessDialog:
        """Bearbeiten → Zugriffe: what left the database (the access record)."""
        dialog = AccessDialog(self.database, self)
        dialog.exec()
        return dialog

    def show_history(self) -> HistoryDialog | None:
        family_id = self.current_family_id()
        if family_id is None:
            self.show_message(self.tr("Bitte zuerst eine Familie wählen."))
            return None
        if self.history_dialog is not None:
            self.history_dialog.close()
        self.history_dialog = HistoryDialog(self.database, family_id, self.family_view.workspace.family.code, self)
        self.history_dialog.show()
        return self.history_dialog

    # -- printing ---------------------------------------------------------------------------
    def _family_sheet(self) -> FamilySheet | None:
        """The open family as the forms print it, as of the day the grids show (today)."""
        if self.current_family_id() is None or self.family_view.workspace is None:
            self.show_message(self.tr("Bitte zuerst eine Familie wählen."))
            return None
        return family_sheet(self.family_view.workspace.family, self.family_view.but_model.today)

    def _note_print(self, sheet: FamilySheet, where: str) -> None:
        """The access record: a family's data left the program on paper or as a file."""
        problem = record_access(self.database, "druck", filters=sheet.title, families=1, file=where)
        if problem:
            self._warn(problem)

    def print_family(self, printer: QPrinter | None = None) -> int:
        """Datei → Familie drucken (Strg+P): Qt's print dialog, then the pages; the number printed.
        ``printer`` given (tests, a second copy): no dialog."""
        from userjourney.gui.printing import page_layout, paint_sheet

        sheet = self._family_sheet()
        if sheet is None:
            return 0
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setPageLayout(page_layout())
            printer.setDocName(sheet.title)
            dialog = QPrintDialog(printer, self)
            dialog.setWindowTitle(self.tr("{family} drucken").format(family=sheet.title))
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return 0
        pages = paint_sheet(sheet, printer)
        self._note_print(sheet, printer.outputFileName() or printer.printerName())
        self.show_message(counted(pages, self.tr("{family} gedruckt (1 Seite)"),
                                  self.tr("{family} gedruckt ({n} Seiten)")).format(family=sheet.title, n=pages))
        return pages

    def save_family_pdf(self, path: str | None = None) -> Path | None:
        """Datei → Familie als PDF speichern (Strg+Umschalt+P): the same pages as a PDF file."""
        from userjourney.core.editing.family_sheet import save_sheet_file
        from userjourney.gui.printing import pdf_bytes

        sheet = self._family_sheet()
        if sheet is None:
            return None
        if not path:
            name = "".join(c if c.isalnum() or c in " -_" else "_" for c in sheet.title)
            suggested = str(Path.home() / f"{name} {date.today():%Y-%m-%d}.pdf")
            path, _filter = QFileDialog.getSaveFileName(self, self.tr("Familie als PDF speichern"), suggested,
                                                        self.tr("PDF-Dokument (*.pdf)"))
            if not path:
                return None
        try:
            written = save_sheet_file(Path(path), pdf_bytes(sheet))
        except UserError as exc:
            QMessageBox.warning(self, self.tr("PDF"), exc.message)
            return None
        self._note_print(sheet, written)
        self.show_message(self.tr("PDF gespeichert: {path}").format(path=written))
        offer_to_open(self, written)
        return written

    # -- help -------------------------------------------------------------------------------
    def show_help(self, which: str) -> HelpDialog:
        """Hilfe → Tastenkürzel (F1) or Erklärung der Vorlage: a page that may stay open beside
        the window while the coach works (one of each)."""
        old = self.help_dialogs.get(which)
        if old is not None:
            old.close()
        if which == "keys":
            dialog = HelpDialog(self.tr("Tastenkürzel"), keyboard_html(self), self)
        else:
            dialog = HelpDialog(self.tr("Erklärung der Vorlage"), template_html(), self)
        self.help_dialogs[which] = dialog
        dialog.show()
        return dialog

    # -- settings, messages, title ----------------------------------------------------------
    def edit_settings(self) -> SettingsDialog | None:
        """Bearbeiten → Einstellungen …: name, defaults for new families, backups, language, font
        size, contrast. All take effect at once; for a new language the window is built anew in it
        (``language_changed``)."""
        locations, coaches = load_filter_values(self.database)
        dialog = SettingsDialog(self.settings, locations, coaches, self)
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return None
        chosen = dialog.settings()
        language_changed = chosen.language != self.settings.language
        for name, value in vars(chosen).items():  # the one Settings object the application shares
            setattr(self.settings, name, value)
        self._save_settings()
        self.database.actor = self.settings.coach_name or None
        self.database.backups_to_keep = self.settings.backups_to_keep
        set_default_actor(self.settings.coach_name or None)
        from userjourney.gui.appearance import apply_appearance

        apply_appearance(QApplication.instance(), self.settings)
        if language_changed:
            self.language_changed.emit()
        return dialog

    def _save_settings(self) -> None:
        """Write the settings; a failure is said in the status bar (the program goes on)."""
        try:
            save_settings(self.settings)
        except OSError as exc:
            self.show_message(self.tr("Einstellungen konnten nicht gespeichert werden: {error}").format(error=exc))

    def place(self) -> tuple[int, uuid.UUID | None, int]:
        """Where the coach is: the main tab, the open family, its BuT/Minijobs tab."""
        return (self.ui.views.currentIndex(), self.current_family_id(),
                self.family_view.ui.journeyTabs.currentIndex())

    def go_to(self, place: tuple[int, uuid.UUID | None, int]) -> None:
        """Back to a :meth:`place` (a window built anew shows what the old one showed)."""
        view, family_id, journey = place
        if family_id is not None:
            self.open_family(family_id)
            self.family_view.ui.journeyTabs.setCurrentIndex(journey)
        self.ui.views.setCurrentIndex(view)

    def _tab_keys(self) -> None:
        """Without the mouse: Strg+1 Familien, Strg+2 Auswertung, Strg+Bild↑/↓ the neighbour tab;
        Strg+B the BuT grid, Strg+M the Minijobs of the open family."""
        views = self.ui.views
        journeys = self.family_view.ui.journeyTabs

        def key(sequence, action) -> None:
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(action)

        key("Ctrl+1", lambda: views.setCurrentIndex(0))
        key("Ctrl+2", lambda: views.setCurrentIndex(1))
        key("Ctrl+PgDown", lambda: views.setCurrentIndex((views.currentIndex() + 1) % views.count()))
        key("Ctrl+PgUp", lambda: views.setCurrentIndex((views.currentIndex() - 1) % views.count()))

        def journey(index: int) -> None:
            views.setCurrentWidget(self.ui.familiesPage)
            journeys.setCurrentIndex(index)
            grid = (self.family_view.ui.butGrid, self.family_view.ui.minijobGrid)[index]
            grid.setFocus()

        key("Ctrl+B", lambda: journey(0))
        key("Ctrl+M", lambda: journey(1))

    def _show_connection(self, alive: bool) -> None:
        """The server's heartbeat (every look for others' changes): say when it is lost and back."""
        server = self.database.describe()
        if alive:
            self.server_label.setText(self.tr("Server: {server} · verbunden").format(server=server))
            self.server_label.setStyleSheet("")
        else:
            self.server_label.setText(self.tr("Server: {server} · Verbindung unterbrochen; Änderungen werden nicht "
                                              "gespeichert, neuer Versuch läuft").format(server=server))
            self.server_label.setStyleSheet(style.ERROR_STYLE)

    def connect_to_server(self) -> bool:
        """Datei → Mit Server verbinden …: sign in (remembered next time) or go back to the file."""
        from userjourney.gui.dialogs.server import LOCAL, ServerDialog

        dialog = ServerDialog(self.settings.server, self.settings.coach_name or None, self)
        answer = dialog.exec()
        if answer == LOCAL:
            self.settings.server = ""
        elif answer == ServerDialog.DialogCode.Accepted and dialog.database is not None:
            self.settings.server = dialog.url
        else:
            return False
        self._save_settings()
        self.switch_requested.emit(dialog.database if answer != LOCAL else None)
        return True

    def show_message(self, text: str) -> None:
        self.ui.statusbar.showMessage(text.replace("\n", " "), 10000)

    def _update_title(self) -> None:
        family = self.family_view.workspace.family.code if self.family_view.workspace else None
        where = self.database.describe()
        title = self.tr("{family} – userjourney – {db}").format(family=family_title(family), db=where) if family else \
            self.tr("userjourney – {db}").format(db=where)
        if self.read_only_reason:
            title += " " + self.tr("[nur lesen]")
        self.setWindowTitle(title)

    def closeEvent(self, event) -> None:
        self.operations.close()
        self.settings.window_geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        self._save_settings()  # on failure only the window's place is lost
        super().closeEvent(event)
