"""Bearbeiten → Gründe / Standorte und JobCoaches verwalten: rename one, or merge two that mean the same.

One dialog for the three catalogues a coach types into (issue 18): the reasons of each Bereich,
the Standorte and the JobCoaches. The table lists the chosen list's texts with how many entries
(reasons) or families (Standort, JobCoach) use each; choosing one puts its text into "Neuer
Text". A new text renames it, the text of another merges the two — both by moving what uses it
(:func:`~userjourney.core.editing.edits.move_reason`, :func:`~userjourney.core.editing.edits.move_families`),
one undoable step through the window's one commit path, so the family view, the list's filters
and the Auswertung follow at once and Strg+Z brings the old text back. A similar text in use is
asked about first, as in the grid.

A reason no longer wanted is hidden ("Ausblenden", :func:`~userjourney.core.editing.edits.hide_reason`):
the reason editor offers it no more, while the entries that give it keep it and the Auswertung
counts it as before. That changes no entry, so it is no step of Strg+Z: "Einblenden" — the same
button, Alt+B — is its way back.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCompleter, QDialog, QHeaderView, QTableWidgetItem

from userjourney.core.editing.edits import NAME_FIELDS, hide_reason, move_families, move_reason
from userjourney.core.editing.family_list import value_usage
from userjourney.core.editing.reasons import normalise_reason, reason_usage
from userjourney.core.errors import UserError
from userjourney.core.i18n import counted
from userjourney.core.storage.catalogue import shipped_catalogue
from userjourney.core.storage.database import Database
from userjourney.core.values import clean_key
from userjourney.core.vocab import AREAS, Area, field_label, shown
from userjourney.gui.forms.ui_reasons_dialog import Ui_ReasonsDialog
from userjourney.gui.style import ERROR_STYLE, HINT_STYLE, MUTED
from userjourney.gui.widgets.similar import settle


class ReasonsDialog(QDialog):
    """See the module docstring; ``start``: the list shown first (a Bereich's value, or one of the
    family header's name fields, :data:`~userjourney.core.editing.edits.NAME_FIELDS`)."""

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
        ui.table.setColumnCount(4)
        ui.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            ui.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        ui.areaCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.table.currentCellChanged.connect(lambda row, *_: self._chosen(row))
        ui.newEdit.returnPressed.connect(self.apply)
        ui.moveButton.clicked.connect(self.apply)
        ui.hideButton.clicked.connect(self.toggle_hidden)
        for button in (ui.moveButton, ui.hideButton, ui.closeButton):  # Enter in "Neuer Text" applies once, not twice
            button.setAutoDefault(False)
        ui.closeButton.clicked.connect(self.accept)
        self.texts: list[str] = []
        self.hidden: list[bool] = []
        self.refresh()
        ui.table.setFocus()

    @property
    def field(self) -> str | None:
        """The family field of a name list; ``None`` for a Bereich's reasons."""
        data = self.ui.areaCombo.currentData()
        return data if data in NAME_FIELDS else None

    @property
    def area(self) -> Area:
        return Area(self.ui.areaCombo.currentData())

    def _what(self) -> str:
        return field_label(self.field) if self.field else self.tr("Grund")

    def refresh(self, select: str | None = None) -> None:
        """The list's texts with what uses them; ``select`` (a text) chosen again."""
        field = self.field
        with self.database.session() as session:
            if field is None:
                usage = reason_usage(session, self.area)
                rows = [(reason.text, count) for reason, count in usage]
                self.hidden = [reason.hidden for reason, _count in usage]
            else:
                rows = value_usage(session, field)
                self.hidden = [False] * len(rows)
        shipped = set(shipped_catalogue()[self.area]) if field is None else set()
        table = self.ui.table
        table.setHorizontalHeaderLabels([self._what(), self.tr("Einträge") if field is None else self.tr("Familien"),
                                         self.tr("Herkunft"), self.tr("Angeboten")])
        for column in (2, 3):  # only reasons come from a catalogue (Anhang 6.6) and can be hidden
            table.setColumnHidden(column, field is not None)
        self.ui.hideButton.setVisible(field is None)
        table.setRowCount(len(rows))
        self.texts = [text for text, _count in rows]
        for row, (text, count) in enumerate(rows):
            origin = self.tr("Anhang 6.6") if text in shipped else self.tr("getippt")
            offered = self.tr("nein – ausgeblendet") if self.hidden[row] else self.tr("ja")
            for column, value in enumerate((text, str(count), origin, offered)):
                item = QTableWidgetItem(value)
                if column == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if self.hidden[row]:
                    item.setForeground(QColor(MUTED))
                table.setItem(row, column, item)
        completer = QCompleter(self.texts, self.ui.newEdit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.ui.newEdit.setCompleter(completer)
        if rows:
            table.setCurrentCell(self.texts.index(select) if select in self.texts else 0, 0)
            self._chosen(table.currentRow())  # the same row as before sends no signal

    def _chosen(self, row: int) -> None:
        if 0 <= row < len(self.texts):
            self.ui.newEdit.setText(self.texts[row])
            hidden = self.hidden[row]
            self.ui.hideButton.setText(self.tr("Ein&blenden") if hidden else self.tr("Aus&blenden"))

    def toggle_hidden(self) -> bool | None:
        """Hide the chosen reason from the reason editor, or offer it again; whether it is hidden now."""
        row = self.ui.table.currentRow()
        if self.field is not None or not 0 <= row < len(self.texts):
            return None
        text, hide, area = self.texts[row], not self.hidden[row], self.area
        try:
            self.commit(self.tr("Grund „{text}“ ausblenden").format(text=text) if hide else
                        self.tr("Grund „{text}“ wieder anbieten").format(text=text),
                        lambda session: hide_reason(session, area, text, hide))
        except UserError as exc:
            self._say(exc.message, ERROR_STYLE)
            return None
        self._say(self.tr("„{text}“ wird im Grund-Editor nicht mehr angeboten; Einträge, die ihn nennen, "
                          "behalten ihn.").format(text=text) if hide else
                  self.tr("„{text}“ wird im Grund-Editor wieder angeboten.").format(text=text), HINT_STYLE)
        self.refresh(select=text)
        return hide

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
