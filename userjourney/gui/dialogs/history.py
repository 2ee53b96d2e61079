"""Verlauf der Familie: who changed what and when, filterable, and exportable to Excel.

A table model over :class:`~userjourney.core.history.audit.AuditRow` (the readable history from the
core) in a dialog with filters: a text (any part of name, field or value), who, and a period
(TT.MM.JJJJ; a bad date is refused next to the field). The dialog follows the data: while it
is open, a commit touching the family reloads it.
"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView

from userjourney.core.errors import UserError, ValidationError
from userjourney.core.history.audit import AuditRow, actors, family_history
from userjourney.core.i18n import counted
from userjourney.core.values import parse_date
from userjourney.gui.forms.ui_history_dialog import Ui_HistoryDialog
from userjourney.gui.style import ERROR_STYLE


class AuditTableModel(QAbstractTableModel):
    """Zeitpunkt, Wer, Was, Aktion, Feld, Vorher, Nachher."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[AuditRow] = []
        self.headers = [self.tr("Zeitpunkt"), self.tr("Wer"), self.tr("Was"), self.tr("Aktion"),
                        self.tr("Feld"), self.tr("Vorher"), self.tr("Nachher")]

    def set_rows(self, rows: list[AuditRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.rows[index.row()]
        return (
            row.at.astimezone().strftime("%d.%m.%Y %H:%M:%S"), row.actor, row.subject, row.action,
            row.field, row.old, row.new,
        )[index.column()]


class HistoryDialog(QDialog):
    """The history of one family (non-modal; it refreshes itself while open)."""

    def __init__(self, db, family_id: uuid.UUID, family_code: str, parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self.family_id = family_id
        self.family_code = family_code
        self.ui = Ui_HistoryDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Verlauf der Familie {code}").format(code=family_code))
        self.model = AuditTableModel(self)
        self.ui.table.setModel(self.model)
        header = self.ui.table.horizontalHeader()
        for column, width in enumerate((140, 130, 200, 80, 170, 200)):
            self.ui.table.setColumnWidth(column, width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.ui.search.textChanged.connect(lambda _t: self.reload())
        self.ui.actorFilter.activated.connect(lambda _i: self.reload())
        self.ui.sinceEdit.editingFinished.connect(self.reload)
        self.ui.untilEdit.editingFinished.connect(self.reload)
        self.ui.exportButton.clicked.connect(self.export)
        self.ui.closeButton.clicked.connect(self.close)
        self._fill_actors()
        self.reload()

    def _fill_actors(self) -> None:
        combo = self.ui.actorFilter
        current = combo.currentData()
        with self.db.session() as session:
            names = actors(session, self.family_id)
        combo.clear()
        combo.addItem(self.tr("Alle"), None)
        for name in names:
            combo.addItem(name, name)
        combo.setCurrentIndex(max(combo.findData(current), 0))

    def _period(self) -> tuple[date | None, date | None]:
        bounds = []
        for edit in (self.ui.sinceEdit, self.ui.untilEdit):
            bounds.append(parse_date(edit.text()))
        return bounds[0], bounds[1]

    def reload(self) -> None:
        try:
            since, until = self._period()
        except ValidationError as exc:
            self._say(exc.message, error=True)
            return
        with self.db.session() as session:
            rows = family_history(session, self.family_id, actor=self.ui.actorFilter.currentData(),
                                  text=self.ui.search.text(), since=since, until=until)
        self.model.set_rows(rows)
        self._say(counted(len(rows), self.tr("1 Änderung"), self.tr("{n} Änderungen")).format(n=len(rows)))

    def refresh(self) -> None:
        """After a commit touching the family: new names in the filter, new rows in the table."""
        self._fill_actors()
        self.reload()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.ui.message.setStyleSheet(ERROR_STYLE if error else "")
        self.ui.message.setText(text)

    def export(self, path: str | None = None) -> Path | None:
        from userjourney.core.excel.history_export import export_history

        if not path:
            suggested = str(Path.home() / f"Verlauf {self.family_code}.xlsx")
            path, _filter = QFileDialog.getSaveFileName(self, self.tr("Verlauf speichern"), suggested,
                                                        self.tr("Excel-Arbeitsmappe (*.xlsx)"))
            if not path:
                return None
        from userjourney.core.history.access import record_access

        try:
            written = export_history(self.model.rows, Path(path), self.family_code)
        except UserError as exc:
            self._say(exc.message, error=True)
            return None
        chosen = [text for text in (self.ui.search.text().strip(), self.ui.actorFilter.currentData() or "",
                                    self.ui.sinceEdit.text().strip(), self.ui.untilEdit.text().strip()) if text]
        problem = record_access(self.db, "verlauf", families=1, file=written, filters=" · ".join(
            [self.tr("Familie {code}").format(code=self.family_code), *chosen]))
        self._say(self.tr("Gespeichert: {path}").format(path=written) + (f" – {problem}" if problem else ""))
        return written
