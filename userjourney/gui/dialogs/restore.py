"""Sicherung wiederherstellen: the automatic backups of a database, newest first, to pick one.

Lists date, occasion and how many families each copy holds (read without touching it). The
dialog only chooses; the caller restores (:func:`userjourney.core.storage.backups.restore_backup`),
which first copies the current state aside, so a restore can itself be taken back.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QTableWidgetItem

from userjourney.core.storage.backups import BackupInfo, list_backups
from userjourney.gui.forms.ui_restore_dialog import Ui_RestoreDialog
from userjourney.gui.style import ERROR_STYLE


class RestoreDialog(QDialog):
    """Choose a backup of ``db_path``; :attr:`chosen` is its path after ``exec()`` accepted."""

    def __init__(self, db_path: Path, parent=None, *, reason: str = "") -> None:
        super().__init__(parent)
        self.ui = Ui_RestoreDialog()
        self.ui.setupUi(self)
        self.db_path = Path(db_path)
        self.chosen: Path | None = None
        if reason:
            self.ui.intro.setText(reason + "\n\n" + self.ui.intro.text())
        self.backups: list[BackupInfo] = list_backups(self.db_path)
        table = self.ui.table
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels([self.tr("Datum"), self.tr("Anlass"), self.tr("Familien"), self.tr("Datei")])
        table.setRowCount(len(self.backups))
        for row, backup in enumerate(self.backups):
            families = "?" if backup.families is None else str(backup.families)
            cells = [backup.made_at.strftime("%d.%m.%Y %H:%M:%S"), backup.describe_reason(), families, backup.path.name]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if self.backups:
            table.selectRow(0)
        else:
            self.ui.message.setText(self.tr("Zu dieser Datenbank gibt es noch keine automatischen Sicherungen."))
        self.ui.restoreButton.setEnabled(bool(self.backups))
        self.ui.restoreButton.clicked.connect(self._restore_selected)
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.otherFileButton.clicked.connect(self._choose_file)
        table.itemActivated.connect(lambda _item: self._restore_selected())
        table.setFocus()

    def _restore_selected(self) -> None:
        row = self.ui.table.currentRow()
        if not 0 <= row < len(self.backups):
            self.ui.message.setStyleSheet(ERROR_STYLE)
            self.ui.message.setText(self.tr("Bitte eine Sicherung wählen."))
            return
        self.chosen = self.backups[row].path
        self.accept()

    def _choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Sicherung wählen"), str(self.db_path.parent), self.tr("SQLite-Datenbanken (*.sqlite *.db);;Alle Dateien (*)"))
        if path:
            self.chosen = Path(path)
            self.accept()
