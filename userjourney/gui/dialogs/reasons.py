"""Bearbeiten → Gründe / Standorte und JobCoaches verwalten: rename one, or merge two that mean the same.

One dialog for the three catalogues a coach types into (issue 18): the reasons of each Bereich,
the Standorte and the JobCoaches. The table lists the chosen list's texts with how many entries
(reasons) or families (Standort, JobCoach) use each; choosing one puts its text into "Neuer
Text". A new text renames it, the text of another merges the two — both by moving what uses it
(:func:`~userjourney.core.editing.edits.move_reason`, :func:`~userjourney.core.editing.edits.move_families`),
one undoable step through the window's one commit path, so the family view, the list's filters
and the Auswertung follow at once and Strg+Z brings the old text back. A similar text in use is
asked about first, as in the grid.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QDialog, QHeaderView, QTableWidgetItem

from userjourney.core.editing.edits import move_families, move_reason
from userjourney.core.editing.family_list import value_usage
from userjourney.core.editing.reasons import normalise_reason, reason_usage
from userjourney.core.errors import UserError
from userjourney.core.i18n import counted
from userjourney.core.storage.catalogue import shipped_catalogue
from userjourney.core.storage.database import Database
from userjourney.core.values import clean_key
from userjourney.core.vocab import AREAS, Area, shown
from userjourney.gui.forms.ui_reasons_dialog import Ui_ReasonsDialog
from userjourney.gui.style import ERROR_STYLE, HINT_STYLE
from userjourney.gui.widgets.similar import settle

#: The lists besides the reasons: the family header's name fields.
NAME_LISTS = ("location", "coach")


class ReasonsDialog(QDialog):
    """See the module docstring; ``start``: the list shown first (a Bereich's value, or a field of
    :data:`NAME_LISTS`)."""

    def __init__(self, database: Database, commit: Callable, parent=None, start: str | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.commit = commit
        self.ui = ui = Ui_ReasonsDialog()
        ui.setupUi(self)
        for area in AREAS:
            ui.areaCombo.addItem(self.tr("Gründe: {area}").format(area=shown(area)), area.value)
        ui.areaCombo.addItem(self.tr("Standorte"), "location")
        ui.areaCombo.addItem(self.tr("JobCoaches"), "coach")
        ui.areaCombo.setCurrentIndex(max(0, ui.areaCombo.findData(start)))
        ui.table.setColumnCount(3)
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
    def field(self) -> str | None:
        """The family field of a name list; ``None`` for a Bereich's reasons."""
        data = self.ui.areaCombo.currentData()
        return data if data in NAME_LISTS else None

    @property
    def area(self) -> Area:
        return Area(self.ui.areaCombo.currentData())

    def _what(self) -> str:
        return {"location": self.tr("Standort"), "coach": self.tr("JobCoach")}.get(self.field or "", self.tr("Grund"))

    def refresh(self, select: str | None = None) -> None:
        """The list's texts with what uses them; ``select`` (a text) chosen again."""
        field = self.field
        with self.database.session() as session:
            if field is None:
                rows = [(reason.text, count) for reason, count in reason_usage(session, self.area)]
            else:
                rows = value_usage(session, field)
        shipped = set(shipped_catalogue()[self.area]) if field is None else set()
        table = self.ui.table
        table.setHorizontalHeaderLabels([self._what(), self.tr("Einträge") if field is None else self.tr("Familien"),
                                         self.tr("Herkunft")])
        table.setColumnHidden(2, field is not None)  # only reasons come from a catalogue (Anhang 6.6)
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
        """Move what uses the chosen text to the text in "Neuer Text"; how many moved."""
        row = self.ui.table.currentRow()
        if not 0 <= row < len(self.texts):
            return None
        old, field = self.texts[row], self.field
        typed = (normalise_reason(self.ui.newEdit.text()) if field is None else clean_key(self.ui.newEdit.text())) or ""
        if typed == old:
            return 0
        others = [t for t in self.texts if t != old]
        new = settle(self, self._what(), typed, others)  # a text of the list itself is no question
        if new is None:
            return None
        area = self.area if field is None else None
        try:
            moved, _info = self.commit(
                self.tr("{what} „{old}“ → „{new}“").format(what=self._what(), old=old, new=new),
                (lambda session: move_reason(session, area, old, new)) if field is None else
                (lambda session: move_families(session, field, old, new)))
        except UserError as exc:
            self._say(exc.message, ERROR_STYLE)
            return None
        if field is None:
            text = counted(moved, self.tr("1 Eintrag: „{old}“ → „{new}“."), self.tr("{n} Einträge: „{old}“ → „{new}“."))
        else:
            text = counted(moved, self.tr("1 Familie: „{old}“ → „{new}“."), self.tr("{n} Familien: „{old}“ → „{new}“."))
        self._say(text.format(n=moved, old=old, new=new), HINT_STYLE)
        self.refresh(select=new)
        return moved

    def _say(self, text: str, sheet: str) -> None:
        self.ui.message.setStyleSheet(sheet)
        self.ui.message.setText(text)
