"""What the BuT and the Minijob grid share: columns, cells, the one edit path, refusals.

A journey grid is a table whose rows belong to members of a family (a child has four rows,
one per Bereich; an adult one) and whose columns are described by :class:`Column`. A
subclass says what a cell shows (:meth:`GridModel.cell`) and what an edit does
(:meth:`GridModel.apply`, which calls the family's
:class:`~userjourney.core.editing.workspace.FamilyWorkspace`); this base class turns that into Qt's
roles and into the one edit path every grid follows:

* the value is validated and saved by the core in one transaction with its history
  (refused input raises before anything is written);
* a refusal becomes the :attr:`refused` signal with the German message, for the view to show
  at the cell; the data stay exactly as they were;
* a question ("clear the later steps?") goes through :attr:`confirm`, which the view
  connects to a dialog (and a test to an answer);
* after a save the model re-reads the freshly loaded family: ``dataChanged`` when the rows
  are the same, a reset when members were added or removed.

No SQL here, and no widgets: the models are unit-tested without a window.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import Enum, auto
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from userjourney.core import values
from userjourney.core.editing.workspace import EditConflict, FamilyWorkspace
from userjourney.core.errors import UserError
from userjourney.core.i18n import counted
from userjourney.gui import style


class EditorKind(Enum):
    """How a column is edited (the delegate picks the editor by it)."""

    READ_ONLY = auto()
    TEXT = auto()
    CHOICE = auto()  # one of a fixed list (Einrichtung)
    YES_NO = auto()  # ja / nein / leer; keys j, n, Entf
    DATE = auto()  # TT.MM.JJ or TT.MM.JJJJ, or picked from a calendar
    REASON = auto()  # type-ahead over a catalogue, free text allowed
    LEVEL = auto()  # support level 1–4; keys 1–4, Entf


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    kind: EditorKind
    tooltip: str = ""
    choices: tuple[str, ...] = ()
    #: Belongs to the member (child), not the row: shown once, spanning the member's rows.
    block: bool = False
    width: int = 90


@dataclass(frozen=True)
class Cell:
    """What one cell shows."""

    text: str = ""
    #: The value an editor starts with (text for line edits, the choice for combo boxes).
    edit: str = ""
    tooltip: str = ""
    #: Derived, not typed (an implied ja, a computed Nachhaltig): grey italics.
    muted: bool = False
    #: Wants attention (a stopped journey without reason): marked in colour with an icon.
    warn: bool = False
    #: Has no meaning here (steps after a nein): shaded.
    inactive: bool = False
    #: Shown as overridden by the coach (e.g. Nachhaltig against the three-month rule).
    emphasised: bool = False


KIND_ROLE = Qt.ItemDataRole.UserRole + 1
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 2
WARN_ROLE = Qt.ItemDataRole.UserRole + 3


class GridModel(QAbstractTableModel):
    """Base of the BuT and Minijob grid models; see the module docstring."""

    #: A value was refused: (index, German message). Nothing was changed.
    refused = Signal(QModelIndex, str)
    #: An edit was saved: its label for the status bar.
    saved = Signal(str)

    columns: tuple[Column, ...] = ()
    #: How many leading columns stay in view while the grid scrolls sideways (who the row is).
    frozen_columns = 0

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.workspace: FamilyWorkspace | None = None
        #: Asked before an edit that also changes other cells: (title, question) -> go ahead?
        self.confirm: Callable[[str, str], bool] = lambda title, question: False
        #: Asked to choose: (title, question, the choices' button texts) -> the choice, None = cancel.
        self.choose: Callable[[str, str, list[str]], int | None] = lambda title, question, choices: None
        self._rows: list[tuple] = []
        self._cells: dict[tuple[int, int], Cell] = {}
        #: The day ages and the three-month rule are shown for; fixed in tests, None = the real today.
        self.today: date | None = None
        #: Open conflicts from a sync: (record id, field) → the competing values (marked cells).
        self.conflicts: dict[tuple[uuid.UUID, str], str] = {}

    # -- subclass hooks ---------------------------------------------------------------------
    def row_keys(self) -> list[tuple]:
        """One key per row, from ``self.workspace.family`` (rows are re-made on structure change)."""
        raise NotImplementedError

    def cell(self, row: int, column: Column) -> Cell:
        raise NotImplementedError

    def apply(self, row: int, column: Column, value: Any) -> str | None:
        """Save ``value``; returns the label of the saved edit, ``None`` if the coach declined."""
        raise NotImplementedError

    def choices(self, row: int, column: Column) -> list[str]:
        """The list for a REASON column (the catalogue of that row's Bereich)."""
        return list(column.choices)

    def age_cell(self, member, warnings: list[str] = ()) -> Cell:
        """A child's or adult's age as of today (``self.today``), with when it was recorded.

        Ages are stored with the day they were recorded and grow with the years
        (:func:`userjourney.core.values.age_on`); the tooltip says what was typed, and when.
        """
        age = values.age_on(member.age_years, member.age_recorded_on, self.today)
        text = "" if age is None else str(age)
        tips = []
        if member.age_recorded_on is not None and member.age_years is not None:
            tips.append(counted(member.age_years, self.tr("1 Jahr am {day} erfasst"),
                                self.tr("{age} Jahre am {day} erfasst")).format(
                age=member.age_years, day=values.format_date(member.age_recorded_on)))
        return Cell(text, text, tooltip="\n".join([*tips, *warnings]))

    def record_field(self, row: int, column: Column) -> tuple[uuid.UUID, str] | None:
        """The record and field a cell shows (where a conflict from a sync would be marked)."""
        return None

    def _conflict(self, row: int, column: Column) -> str | None:
        if not self.conflicts:
            return None
        where = self.record_field(row, column)
        return self.conflicts.get(where) if where is not None else None

    def _load_conflicts(self) -> None:
        from userjourney.core.sync.conflicts import marks

        workspace = self.workspace
        if workspace is None:
            self.conflicts = {}
            return
        with workspace.db.session() as session:
            self.conflicts = marks(session, workspace.family.id)

    def note_of(self, row: int, column: Column) -> str | None:
        """The note of a cell ("" when empty), or ``None`` if the cell takes no note."""
        return None

    def save_note(self, row: int, column: Column, text: str) -> bool:
        return False

    # -- workspace --------------------------------------------------------------------------
    def set_workspace(self, workspace: FamilyWorkspace | None) -> None:
        self.beginResetModel()
        self.workspace = workspace
        self._rows = self.row_keys() if workspace is not None else []
        self._cells.clear()
        self._load_conflicts()
        self.endResetModel()

    def refresh(self) -> None:
        """Re-read the workspace's family (after an edit here or a change elsewhere)."""
        if self.workspace is None:
            return
        rows = self.row_keys()
        shown, self._cells = self._cells, {}
        self._load_conflicts()
        if rows != self._rows:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
            return
        # Only the cells that changed (a cell never shown has nothing on screen to correct): Qt
        # hands a changed cell's value to an editor open on it, so announcing every cell would
        # throw away what a coach is typing when someone else's edit arrives.
        for (row, col), before in shown.items():
            if self._cell(row, col) != before:
                self.dataChanged.emit(self.index(row, col), self.index(row, col))

    def row_key(self, row: int) -> tuple:
        return self._rows[row]

    def column_index(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    def _cell(self, row: int, col: int) -> Cell:
        cached = self._cells.get((row, col))
        if cached is None:
            cached = self._cells[(row, col)] = self.cell(row, self.columns[col])
        return cached

    # -- Qt model API -----------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.header
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip or column.header.replace("\n", " ")
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        writable = self.workspace is not None and not self.workspace.db.read_only
        if writable and self.columns[index.column()].kind is not EditorKind.READ_ONLY:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        if role == KIND_ROLE:
            return column.kind
        if role == CHOICES_ROLE:
            return self.choices(index.row(), column)
        cell = self._cell(index.row(), index.column())
        conflict = self._conflict(index.row(), column)
        if conflict is not None:
            if role == Qt.ItemDataRole.BackgroundRole:
                return style.brush(style.CONFLICT_BACKGROUND)
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
                said = self.tr("Konflikt aus dem Abgleich: {values} – Bearbeiten → Konflikte").format(values=conflict)
                return "\n".join(t for t in (said, cell.tooltip) if t)
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text
        if role == Qt.ItemDataRole.EditRole:
            return cell.edit
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell.tooltip or None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{column.header.replace(chr(10), ' ')}: {cell.text or '–'}"
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return cell.tooltip or None
        if role == WARN_ROLE:
            return cell.warn
        if role == Qt.ItemDataRole.BackgroundRole:
            if cell.warn:
                return style.brush(style.WARN_BACKGROUND)
            if cell.inactive:
                return style.brush(style.INACTIVE_BACKGROUND)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if cell.warn:
                return style.brush(style.WARN)
            if cell.muted:
                return style.brush(style.MUTED)
            return None
        if role == Qt.ItemDataRole.FontRole and (cell.muted or cell.emphasised or cell.warn):
            font = QFont()
            font.setItalic(cell.muted)
            font.setBold(cell.emphasised or cell.warn)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in (EditorKind.YES_NO, EditorKind.LEVEL, EditorKind.DATE):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.workspace is None:
            return False
        column = self.columns[index.column()]
        if column.kind is EditorKind.READ_ONLY:
            return False
        persistent = QPersistentModelIndex(index)
        try:
            label = self.apply(index.row(), column, value)
        except UserError as exc:
            if isinstance(exc, EditConflict):
                self.refresh()  # the workspace holds what someone else saved: show it
            self.refused.emit(QModelIndex(persistent), exc.message)
            return False
        self.refresh()
        if label is None:
            return False
        if label:
            self.saved.emit(label)
        self.after_save(QModelIndex(persistent), column, value)
        return True

    def after_save(self, index: QModelIndex, column: Column, value: Any) -> None:
        """Hook for follow-ups of a saved edit (e.g. asking for a reason)."""
