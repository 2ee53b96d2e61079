"""A date field for typing (TT.MM.JJ, TT.MM.JJJJ) with a calendar to pick from.

Typing is the fast way and is what the coaches' forms show; the calendar (the button at
the right, or Alt+↓ / F4) is for looking a day up. The text is validated by the core's
:func:`~userjourney.core.values.parse_date` when it is saved, so a typed "31.02.22" is
refused with the core's German message, not silently turned into another day.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QWidget

from userjourney.core.errors import ValidationError
from userjourney.core.values import parse_date
from userjourney.gui.icons import icon


class DateLineEdit(QLineEdit):
    """A line edit for dates with a calendar popup; ``picked`` fires when a day is chosen."""

    picked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("TT.MM.JJJJ"))
        self.setAccessibleName(self.tr("Datum"))
        self.calendar_action = self.addAction(icon("calendar"), QLineEdit.ActionPosition.TrailingPosition)
        self.calendar_action.setToolTip(self.tr("Kalender öffnen (Alt+↓)"))
        self.calendar_action.triggered.connect(self.open_calendar)
        self.calendar: QCalendarWidget | None = None

    def keyPressEvent(self, event) -> None:
        opens = event.key() == Qt.Key.Key_F4 or (
            event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if opens:
            self.open_calendar()
            return
        super().keyPressEvent(event)

    def open_calendar(self) -> None:
        calendar = QCalendarWidget(self)
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setAccessibleName(self.tr("Kalender"))
        calendar.setGridVisible(True)
        calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        try:
            current = parse_date(self.text())
        except ValidationError:
            current = None
        if current is not None:
            calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        calendar.activated.connect(self._choose)
        calendar.clicked.connect(self._choose)
        calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        calendar.show()
        calendar.setFocus()
        self.calendar = calendar

    def _choose(self, day: QDate) -> None:
        self.setText(day.toString("dd.MM.yyyy"))
        if self.calendar is not None:
            self.calendar.close()
            self.calendar.deleteLater()
            self.calendar = None
        self.setFocus()
        self.picked.emit()
