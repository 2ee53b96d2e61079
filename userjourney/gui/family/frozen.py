"""The grid's first columns kept at the left edge while it scrolls sideways.

At 1280×720 the BuT grid is wider than the window: at Details and Grund, Kind and Bereich
would have scrolled away — and the reason editor opens exactly there. As in Qt's "Frozen
Column" example, a second table view over the same model and selection lies on the grid's
left edge and shows only its first columns (Kind, Alter, Einrichtung, Bereich; Person in the
Minijob grid), scrolling up and down with it.

It shows only while the grid is scrolled sideways: at the left end the grid itself shows those
columns in the same place, and a cell editor opened there (the grid's own) is not covered.
Moving to a frozen column scrolls the grid back to its left end (Qt's ``scrollTo``), and
:meth:`GridView.scrollTo` keeps any other current cell clear of the overlay. The overlay never
takes the focus: the keyboard stays with the grid; a click on it selects the cell in the grid.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHeaderView, QTableView


class FrozenColumns(QTableView):
    """See the module docstring. ``count``: how many leading columns stay."""

    def __init__(self, grid, count: int) -> None:
        super().__init__(grid)
        self.grid = grid
        self.count = count
        self.setAccessibleName(self.tr("Feste Spalten"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(grid.selectionMode())
        self.setSelectionBehavior(grid.selectionBehavior())
        self.setWordWrap(grid.wordWrap())
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(grid.verticalScrollMode())
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setDefaultAlignment(grid.horizontalHeader().defaultAlignment())
        self.horizontalHeader().setHighlightSections(False)
        # a line on the right edge: where the frozen part ends
        self.setStyleSheet("QTableView { border-right: 2px solid palette(mid); }")
        self.setItemDelegate(grid.itemDelegate())
        grid.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.verticalScrollBar().valueChanged.connect(grid.verticalScrollBar().setValue)
        grid.horizontalScrollBar().valueChanged.connect(lambda _value: self.update_geometry())
        grid.horizontalHeader().sectionResized.connect(self._column_resized)
        grid.horizontalHeader().geometriesChanged.connect(self.update_geometry)
        grid.verticalHeader().sectionResized.connect(lambda row, _old, size: self.setRowHeight(row, size))
        self.hide()

    def attach(self) -> None:
        """After the grid got its model (or a reset): the same model, selection, widths, spans."""
        if self.model() is not self.grid.model():
            self.setModel(self.grid.model())
        if self.selectionModel() is not self.grid.selectionModel():
            self.setSelectionModel(self.grid.selectionModel())
        model = self.model()
        if model is None:
            return
        self.clearSpans()
        self.verticalHeader().setDefaultSectionSize(self.grid.verticalHeader().defaultSectionSize())
        for column in range(model.columnCount()):
            self.setColumnHidden(column, column >= self.count)
            if column < self.count:
                self.setColumnWidth(column, self.grid.columnWidth(column))
        for row, column, rows in self.grid.block_spans():
            if column < self.count:
                self.setSpan(row, column, rows, 1)
        self.update_geometry()

    def width_covered(self) -> int:
        """How much of the grid's viewport the frozen columns cover (from its left edge)."""
        return sum(self.grid.columnWidth(c) for c in range(min(self.count, self.grid.model().columnCount())))

    def _column_resized(self, column: int, _old: int, size: int) -> None:
        if column < self.count:
            self.setColumnWidth(column, size)
            self.update_geometry()

    def update_geometry(self) -> None:
        """Over the grid's left edge, header to bottom; shown only while scrolled sideways."""
        grid = self.grid
        if grid.model() is None:
            self.hide()
            return
        header = grid.horizontalHeader()
        self.horizontalHeader().setFixedHeight(header.height())
        frame = grid.frameWidth()
        left = frame + (grid.verticalHeader().width() if grid.verticalHeader().isVisible() else 0)
        self.setGeometry(left, frame, self.width_covered() + 2, header.height() + grid.viewport().height())
        self.verticalScrollBar().setValue(grid.verticalScrollBar().value())
        self.setVisible(grid.horizontalScrollBar().value() > 0)
