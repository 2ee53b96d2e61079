"""The family list's columns fitted to its pane: never sideways scrolling, never a cut Familie.

At 1280×720 the list's pane is about 330 px wide. Five columns sharing it equally showed
"BG-00…" in every row — the one column that tells families apart — and cut the headers
„JobCoach“ and „Bearbeitet“. Here every column gets what its header and its longest text
need; when the pane is too narrow for all, JobCoach goes first, then Standort (both stay in
the filters above the list and in the Familie cell's tooltip), and what room is left is shared
by the text columns. Dragging the splitter wider brings them back.
"""

from __future__ import annotations

import heapq

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, QTimer
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

from userjourney.gui.family.list_model import FamilyListModel

#: Columns hidden first when the pane is narrow, in that order.
GIVE_WAY = (FamilyListModel.COACH, FamilyListModel.LOCATION)
#: Texts measured per column: the longest by characters (a proportional font can make a
#: slightly shorter one wider, so a few of them), not all 50,000.
MEASURED = 12
#: What a date and a completeness need at most.
SAMPLES = {FamilyListModel.UPDATED: "00.00.0000", FamilyListModel.COMPLETE: "100 %"}


class FittedColumns(QObject):
    """Keeps ``table``'s column widths fitted (module docstring); refits on resize and new rows."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        self.needed: dict[int, int] = {}
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(24)
        for column in range(FamilyListModel.COMPLETE + 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        self._later = QTimer(self, singleShot=True, interval=0)
        self._later.timeout.connect(self.measure)
        model = table.model()
        for signal in (model.modelReset, model.rowsInserted, model.dataChanged, model.layoutChanged):
            signal.connect(self._later.start)
        table.viewport().installEventFilter(self)
        self.measure()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        elif event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._later.start()
        return False

    def measure(self) -> None:
        """What each column needs: its header (with the sort arrow) and its widest text."""
        table, model = self.table, self.table.model()
        source = model.sourceModel() if isinstance(model, QSortFilterProxyModel) else model
        header = table.horizontalHeader()
        metrics = table.fontMetrics()
        margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1) + 6
        icon = table.iconSize().width() or table.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        for column in range(model.columnCount()):
            sample = SAMPLES.get(column)
            if sample is not None:
                texts = [sample]
            else:  # every family's, not only the filtered ones: a filter does not reshuffle the widths
                texts = heapq.nlargest(MEASURED, source.texts(column), key=len)
            widest = max((metrics.horizontalAdvance(text) for text in texts), default=0) + margin
            if column == FamilyListModel.CODE:
                widest += icon + 4  # the warning sign of a family with conflicts
            self.needed[column] = max(header.sectionSizeFromContents(column).width(), widest)
        self.fit()

    def fit(self) -> None:
        """Show what fits, widest text first to go; share what is left among the text columns."""
        table = self.table
        if not self.needed:
            return
        room = table.viewport().width()
        shown = list(self.needed)
        for column in GIVE_WAY:
            if sum(self.needed[c] for c in shown) <= room:
                break
            shown.remove(column)
        for column in self.needed:
            table.setColumnHidden(column, column not in shown)
        widths = {c: self.needed[c] for c in shown}
        spare = room - sum(widths.values())
        text_columns = [c for c in FamilyListModel.TEXT_COLUMNS if c in shown]
        if spare < 0:  # even Familie, date and completeness alone do not fit: Familie gives way
            widths[FamilyListModel.CODE] = max(24, widths[FamilyListModel.CODE] + spare)
        else:
            for position, column in enumerate(text_columns):
                widths[column] += spare // len(text_columns) + (1 if position < spare % len(text_columns) else 0)
        header = table.horizontalHeader()
        for column, width in widths.items():
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)
