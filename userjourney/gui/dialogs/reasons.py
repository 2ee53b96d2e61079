"""Bearbeiten → Gründe verwalten: rename a reason, or merge two that mean the same.

The table lists a Bereich's reasons with how many entries give each; choosing one puts its text
into "Neuer Text". A new text renames it, the text of another reason merges the two — both by
moving the entries (:func:`~userjourney.core.editing.edits.move_reason`), one undoable step
through the window's one commit path, so the family view and the Auswertung follow at once and
Strg+Z brings the old reason back. A similar text in use is asked about first, as in the grid.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QDialog, QHeaderView, QTableWidgetItem

from userjourney.core.editing.edits import move_reason
from userjourney.core.editing.reasons import normalise_reason, reason_usage
from userjourney.core.errors import UserError
from userjourney.core.i18n import counted
from userjourney.core.storage.catalogue import shipped_catalogue
from userjourney.core.storage.database import Database
from userjourney.core.vocab import AREAS, Area
from userjourney.gui.forms.ui_reasons_dialog import Ui_ReasonsDialog
from userjourney.gui.style import ERROR_STYLE, HINT_STYLE
from userjourney.gui.widgets.similar import settle


class ReasonsDialog(QDialog):
    def __init__(self, database: Database, commit: Callable, parent=None) -> None:
        super().__init__(parent)
        self.database = database
        self.commit = commit
        self.ui = ui = Ui_ReasonsDialog()
        ui.setupUi(self)
        for area in AREAS:
            ui.areaCombo.addItem(area.value, area.value)
        ui.table.setColumnCount(3)
        ui.table.setHorizontalHeaderLabels([self.tr("Grund"), self.tr("Einträge"), self.tr("Herkunft")])
        ui.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            ui.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        ui.areaCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.table.currentCellChanged.connect(lambda row, *_: self._chosen(row))
        ui.newEdit.returnPressed.connect(self.apply)
        ui.moveButton.clicked.connect(self.apply)
        for button in (ui.moveButton, ui.closeButton):  # Enter in "Neuer Text" applies once, not twice
            button.setAutoDefault(False)
        ui.closeButton.clicked.connect(self.accept)
        self.texts: list[str] = []
        self.refresh()
        ui.table.setFocus()

    @property
    def area(self) -> Area:
        return Area(self.ui.areaCombo.currentData())

    def refresh(self, select: str | None = None) -> None:
        """The Bereich's reasons with their entries; ``select`` (a text) chosen again."""
        with self.database.session() as session:
            rows = [(reason.text, count) for reason, count in reason_usage(session, self.area)]
        shipped = set(shipped_catalogue()[self.area])
        table = self.ui.table
        table.setRowCount(len(rows))
        self.texts = [text for text, _count in rows]
        for row, (text, count) in enumerate(rows):
            origin = self.tr("Anhang 6.6") if text in shipped else self.tr("getippt")
            for column, value in enumerate((text, str(count), origin)):
                item = QTableWidgetItem(value)
                if column == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)
        completer = QCompleter(self.texts, self.ui.newEdit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.ui.newEdit.setCompleter(completer)
        if rows:
            table.setCurrentCell(self.texts.index(select) if select in self.texts else 0, 0)

    def _chosen(self, row: int) -> None:
        if 0 <= row < len(self.texts):
            self.ui.newEdit.setText(self.texts[row])

    def apply(self) -> int | None:
        """Move the chosen reason's entries to the text in "Neuer Text"; how many moved."""
        row = self.ui.table.currentRow()
        if not 0 <= row < len(self.texts):
            return None
        old = self.texts[row]
        typed = normalise_reason(self.ui.newEdit.text()) or ""
        if typed == old:
            return 0
        others = [t for t in self.texts if t != old]
        new = settle(self, self.tr("Grund"), typed, others)  # a text of the list itself is no question
        if new is None:
            return None
        try:
            moved, _info = self.commit(
                self.tr("Grund „{old}“ → „{new}“").format(old=old, new=new),
                lambda session: move_reason(session, self.area, old, new))
        except UserError as exc:
            self._say(exc.message, ERROR_STYLE)
            return None
        self._say(counted(moved, self.tr("1 Eintrag: „{old}“ → „{new}“."),
                          self.tr("{n} Einträge: „{old}“ → „{new}“.")).format(n=moved, old=old, new=new), HINT_STYLE)
        self.refresh(select=new)
        return moved

    def _say(self, text: str, sheet: str) -> None:
        self.ui.message.setStyleSheet(sheet)
        self.ui.message.setText(text)
