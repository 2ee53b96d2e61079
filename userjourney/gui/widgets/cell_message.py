"""A short message shown right at a cell: why a value was refused, or what is unusual.

Shown below the cell, over the grid, until the next keystroke that changes something or a
few seconds pass; the same text goes to the status bar and to the accessible description,
so it is not only visual.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from userjourney.gui import style


class CellMessage(QLabel):
    """A label floating over a grid's viewport, placed under a cell."""

    def __init__(self, viewport: QWidget) -> None:
        super().__init__(viewport)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(self.tr("Meldung zur Zelle"))
        self.kind = ""
        self.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)

    def show_at(self, cell: QRect, text: str, kind: str = "error", timeout_ms: int = 8000) -> None:
        self.kind = kind
        self.setStyleSheet(style.CELL_MESSAGE_STYLES[kind])
        self.setText(text)
        self.setAccessibleDescription(text)
        viewport = self.parentWidget()
        width = min(max(cell.width(), 320), max(viewport.width() - 8, 120))
        self.setFixedWidth(width)
        self.adjustSize()
        x = min(max(cell.left(), 4), max(viewport.width() - width - 4, 0))
        y = cell.bottom() + 2
        if y + self.height() > viewport.height():
            y = max(cell.top() - self.height() - 2, 0)
        self.move(x, y)
        self.raise_()
        self.show()
        self._timer.start(timeout_ms)
