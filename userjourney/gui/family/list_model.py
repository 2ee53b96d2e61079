"""The family list: a table model over :class:`~userjourney.core.editing.family_list.FamilyRow` and its filter.

The rows come from one SQL query for all families (completeness included), so the list
opens at once for a whole county. After a commit only the touched families are read again
(:meth:`FamilyListModel.update_families`), which also inserts new and drops deleted ones.
Sorting (newest Letzte Bearbeitung first by default) and filtering (search in the Familie code
and the names of its children and adults, Standort, JobCoach) happen in :class:`FamilyFilter`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Iterator

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QApplication, QStyle

from userjourney.core.editing.family_list import FamilyRow
from userjourney.core.i18n import counted
from userjourney.gui import style

ID_ROLE = Qt.ItemDataRole.UserRole + 10
SORT_ROLE = Qt.ItemDataRole.UserRole + 11
LOCATION_ROLE = Qt.ItemDataRole.UserRole + 12
COACH_ROLE = Qt.ItemDataRole.UserRole + 13


class FamilyListModel(QAbstractTableModel):
    """Familie, Standort, JobCoach, Letzte Bearbeitung, Vollständig."""

    CODE, LOCATION, COACH, UPDATED, COMPLETE = range(5)
    #: The columns of typed text (the others are a date and a share).
    TEXT_COLUMNS = (CODE, LOCATION, COACH)

    def __init__(self, load: Callable[[Iterable[uuid.UUID] | None], list[FamilyRow]], parent=None) -> None:
        super().__init__(parent)
        self._load = load
        self.rows: list[FamilyRow] = []
        self.headers = [
            self.tr("Familie"), self.tr("Standort"), self.tr("JobCoach"),
            self.tr("Bearbeitet"), self.tr("Vollst."),
        ]

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = self._load(None)
        self.endResetModel()

    def update_families(self, ids: Iterable[uuid.UUID]) -> None:
        """Re-read the given families: changed rows update, new ones appear, deleted ones go."""
        ids = set(ids)
        if not ids:
            return
        fresh = {row.id: row for row in self._load(ids)}
        for position in range(len(self.rows) - 1, -1, -1):
            row = self.rows[position]
            if row.id not in ids:
                continue
            if row.id in fresh:
                self.rows[position] = fresh.pop(row.id)
                self.dataChanged.emit(self.index(position, 0), self.index(position, len(self.headers) - 1))
            else:
                self.beginRemoveRows(QModelIndex(), position, position)
                del self.rows[position]
                self.endRemoveRows()
        if fresh:
            start = len(self.rows)
            self.beginInsertRows(QModelIndex(), start, start + len(fresh) - 1)
            self.rows.extend(fresh.values())
            self.endInsertRows()

    def texts(self, column: int) -> Iterator[str]:
        """The shown texts of a text column (Familie, Standort, JobCoach) in every row, read
        straight from the rows: measuring 50,000 of them through :meth:`data` takes half a second."""
        field = {self.CODE: "code", self.LOCATION: "location", self.COACH: "coach"}[column]
        return ((getattr(row, field) or "") for row in self.rows)

    def row_of(self, family_id: uuid.UUID) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.id == family_id), None)

    # -- Qt model API -----------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return row.id
        if role == LOCATION_ROLE:
            return row.location or ""
        if role == COACH_ROLE:
            return row.coach or ""
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.CODE:
                return row.code
            if column == self.LOCATION:
                return row.location or ""
            if column == self.COACH:
                return row.coach or ""
            if column == self.UPDATED:
                return row.updated_at.astimezone().strftime("%d.%m.%Y")
            if column == self.COMPLETE:
                return "–" if row.completeness is None else f"{round(100 * row.completeness)} %"
        if role == SORT_ROLE:
            if column == self.UPDATED:
                return row.updated_at.timestamp()
            if column == self.COMPLETE:
                return -1.0 if row.completeness is None else row.completeness
            return (self.data(index, Qt.ItemDataRole.DisplayRole) or "").casefold()
        if column == self.CODE and row.conflicts and role == Qt.ItemDataRole.DecorationRole:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if column == self.CODE and role == Qt.ItemDataRole.ToolTipRole:
            # Standort and JobCoach give way in a narrow pane (list_columns): the tooltip keeps them
            lines = [f"{self.headers[c]}: {self.data(index.siblingAtColumn(c)) or '–'}"
                     for c in self.TEXT_COLUMNS]
            if row.conflicts:
                lines.append(self._conflicts(row.conflicts))
            return "\n".join(lines)
        if column == self.CODE and row.conflicts and role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return self._conflicts(row.conflicts)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.UPDATED:
            return row.updated_at.astimezone().strftime("%d.%m.%Y %H:%M")
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COMPLETE:
            text = self.tr("{complete} von {expected} BuT-Zeilen vollständig").format(
                complete=row.complete, expected=row.expected)
            if row.missing_reasons:
                text += "\n" + counted(row.missing_reasons, self.tr("1 Grund fehlt"),
                                       self.tr("{n} Gründe fehlen")).format(n=row.missing_reasons)
            return text
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COMPLETE and row.missing_reasons:
            return style.brush(style.WARN)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COMPLETE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _conflicts(self, count: int) -> str:
        return counted(count, self.tr("1 offener Konflikt aus dem Abgleich (Bearbeiten → Konflikte)"),
                       self.tr("{n} offene Konflikte aus dem Abgleich (Bearbeiten → Konflikte)")).format(n=count)


class FamilyFilter(QSortFilterProxyModel):
    """Search by Familie code or a child's or adult's name (any part, any letter case) and filter
    by Standort and JobCoach."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.search = ""
        self.location: str | None = None
        self.coach: str | None = None
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_filters(self, search: str | None = None, location: str | None = ..., coach: str | None = ...) -> None:
        # Qt ≥ 6.9 wants filter changes bracketed; older versions only know invalidateRowsFilter.
        bracketed = hasattr(self, "beginFilterChange")
        if bracketed:
            self.beginFilterChange()
        if search is not None:
            self.search = search.strip().casefold()
        if location is not ...:
            self.location = location or None
        if coach is not ...:
            self.coach = coach or None
        if bracketed:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        model = self.sourceModel()
        row = model.rows[source_row]
        if self.search and self.search not in row.code.casefold() and self.search not in row.names.casefold():
            return False
        if self.location is not None and (row.location or "") != self.location:
            return False
        return not (self.coach is not None and (row.coach or "") != self.coach)
