"""Bearbeiten → Zugriffe: the access record (:mod:`userjourney.core.history.access`) as a table,
newest first — what left the database, when, by whom, with which filters, how many families."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QTableWidgetItem

from userjourney.core.history.access import access_log
from userjourney.gui.forms.ui_access_dialog import Ui_AccessDialog


class AccessDialog(QDialog):
    def __init__(self, db, parent=None) -> None:
        super().__init__(parent)
        self.ui = Ui_AccessDialog()
        self.ui.setupUi(self)
        table = self.ui.table
        headers = (self.tr("Wann"), self.tr("Wer"), self.tr("Was"), self.tr("Familien"), self.tr("Datei"),
                   self.tr("Filter"))
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        rows = access_log(db)
        table.setRowCount(len(rows))
        for r, access in enumerate(rows):
            cells = (access.at.astimezone().strftime("%d.%m.%Y %H:%M:%S"), access.actor, access.kind_text,
                     str(access.families), access.file, access.filters)
            for c, text in enumerate(cells):
                table.setItem(r, c, QTableWidgetItem(text))
        for column, width in enumerate((140, 140, 190, 70, 200)):
            table.setColumnWidth(column, width)
        self.ui.closeButton.clicked.connect(self.accept)
