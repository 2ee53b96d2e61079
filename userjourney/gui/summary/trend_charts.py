"""The charts of the Verlauf: the take-up share as lines, counts per period as (stacked) bars.

Decided once here, as for the other charts (:mod:`userjourney.gui.summary.charts`):

* **The share axis is fixed at 0–100 %.** An axis that zooms into 38–42 % makes a drift of
  two children look like a breakthrough; the Jobcenter compares Bereiche and quarters.
* **No point where nobody is entitled:** the share is undefined there, not 0 %; the line
  skips the period (the table says "–").
* **Every period is one category** of the bar charts, labelled by its month ("03.2024") or
  quarter ("Q1 2024") and written upright when there are many, so no label is cut to "…".
* A click on a point or a bar names the period (``period_activated(index)``); the page turns
  it into "the Auswertung as of that day".
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarSeries,
    QBarSet,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, QPointF, Qt, Signal
from PySide6.QtGui import QCursor, QPainter, QPen
from PySide6.QtWidgets import QToolTip

from userjourney.core.summary.trend import Period
from userjourney.core.values import format_date
from userjourney.gui import style
from userjourney.gui.summary.charts import FocusFramed, _integer_axis, _new_chart, bars_with_axes

#: More periods than this and the category labels are written upright.
UPRIGHT_FROM = 8
#: Characters of a reason in the legend.
LEGEND_WIDTH = 48


def period_label(period: Period, by: str) -> str:
    """"03.2024" for a month, "Q1 2024" for a quarter (named by its first day)."""
    if by == "quarter":
        return f"Q{(period.start.month - 1) // 3 + 1} {period.start.year}"
    return f"{period.start.month:02d}.{period.start.year}"


def shorten(text: str, width: int = LEGEND_WIDTH) -> str:
    """A legend entry: at most ``width`` characters, cut at a word with "…" (the full text is
    the bar's tooltip and stands in the Bereich's page)."""
    if len(text) <= width:
        return text
    cut = text[: width - 1].rsplit(" ", 1)[0] if " " in text[: width - 1] else text[: width - 1]
    return cut.rstrip(" ,/") + "…"


def _msecs(period: Period) -> float:
    end = period.end
    return float(QDateTime(end.year, end.month, end.day, 12, 0, 0).toMSecsSinceEpoch())


class ShareChart(FocusFramed, QChartView):
    """One line per Bereich: the share of the entitled who use the offer, at each period's end."""

    period_activated = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(300)
        self.chart_ = _new_chart("")
        self.time_axis = QDateTimeAxis()
        self.time_axis.setFormat("MM.yyyy")
        self.share_axis = QValueAxis()
        self.share_axis.setRange(0, 100)
        self.share_axis.setTickCount(6)
        self.share_axis.setLabelFormat("%d %%")
        self.chart_.addAxis(self.time_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart_.addAxis(self.share_axis, Qt.AlignmentFlag.AlignLeft)
        self.chart_.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.setChart(self.chart_)
        self.lines: list[QLineSeries] = []
        self.periods: list[Period] = []

    def set_title(self, title: str) -> None:
        self.chart_.setTitle(title)

    def set_lines(self, names: list[str], periods: list[Period], shares: list[list[float | None]]) -> None:
        """``shares[line][period]`` as fractions (``None``: nobody entitled, no point)."""
        self.periods = periods
        if [line.name() for line in self.lines] != names:
            for line in self.lines:
                self.chart_.removeSeries(line)
            self.lines = []
            for index, name in enumerate(names):
                line = QLineSeries()
                line.setName(name)
                pen = QPen(style.color(style.AREA_COLORS[index % len(style.AREA_COLORS)]))
                pen.setWidthF(2.5)
                line.setPen(pen)
                line.setPointsVisible(True)
                self.chart_.addSeries(line)
                line.attachAxis(self.time_axis)
                line.attachAxis(self.share_axis)
                line.clicked.connect(self._clicked)
                line.hovered.connect(lambda point, state, n=name: self._hovered(n, point, state))
                self.lines.append(line)
        for line, values in zip(self.lines, shares, strict=True):
            line.replace([QPointF(_msecs(p), 100 * v) for p, v in zip(periods, values, strict=True) if v is not None])
        if periods:
            first, last = _msecs(periods[0]), _msecs(periods[-1])
            margin = max((last - first) * 0.03, 15 * 86_400_000.0)
            self.time_axis.setRange(QDateTime.fromMSecsSinceEpoch(int(first - margin)),
                                    QDateTime.fromMSecsSinceEpoch(int(last + margin)))
            self.time_axis.setTickCount(min(len(periods), 7) + 1 if len(periods) > 1 else 3)

    def points(self) -> list[list[tuple[float, float]]]:
        """The drawn points per line (x in ms since the epoch, y in %), for tests."""
        return [[(p.x(), p.y()) for p in line.points()] for line in self.lines]

    def nearest_period(self, x: float) -> int | None:
        if not self.periods:
            return None
        return min(range(len(self.periods)), key=lambda i: abs(_msecs(self.periods[i]) - x))

    def _clicked(self, point: QPointF) -> None:
        index = self.nearest_period(point.x())
        if index is not None:
            self.period_activated.emit(index)

    def _hovered(self, name: str, point: QPointF, state: bool) -> None:
        index = self.nearest_period(point.x())
        if not state or index is None:
            QToolTip.hideText()
            return
        day = format_date(self.periods[index].end)
        QToolTip.showText(QCursor.pos(), self.tr("{name}, {day}: {share} %\nKlicken: die Auswertung zu diesem Tag").format(
            name=name, day=day, share=round(point.y())), self)


class PeriodBarsChart(FocusFramed, QChartView):
    """Counts per period as bars side by side, one set per Bereich."""

    period_activated = Signal(int)
    stacked = False

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(300)
        self.series = QStackedBarSeries() if self.stacked else QBarSeries()
        self.chart_, self.categories, self.values = bars_with_axes(self.series)
        self.setChart(self.chart_)
        self.sets: list[QBarSet] = []
        self.names: list[str] = []

    def set_title(self, title: str) -> None:
        self.chart_.setTitle(title)

    def set_bars(self, labels: list[str], names: list[str], counts: list[list[int]], colors: tuple[str, ...]) -> None:
        """``counts[set][period]``; one bar set per name (a Bereich, a reason)."""
        if names != self.names:
            self.series.clear()
            self.sets = []
            for index, name in enumerate(names):
                bar_set = QBarSet(shorten(name))
                bar_set.setColor(style.color(colors[index % len(colors)]))
                bar_set.clicked.connect(self.period_activated.emit)
                bar_set.hovered.connect(lambda state, i, n=name, s=bar_set: self._hovered(n, s, state, i))
                self.series.append(bar_set)
                self.sets.append(bar_set)
            self.names = list(names)
        if self.categories.categories() != labels:
            self.categories.clear()
            self.categories.append(labels)
        self.categories.setLabelsAngle(-90 if len(labels) > UPRIGHT_FROM else 0)
        for bar_set, row in zip(self.sets, counts, strict=True):
            bar_set.remove(0, bar_set.count())
            bar_set.append([float(n) for n in row])
        if self.stacked:
            most = max((sum(column) for column in zip(*counts, strict=True)), default=0)
        else:
            most = max((n for row in counts for n in row), default=0)
        _integer_axis(self.values, most)

    def counts(self) -> list[list[int]]:
        return [[int(s.at(i)) for i in range(s.count())] for s in self.sets]

    def _hovered(self, name: str, bar_set: QBarSet, state: bool, index: int) -> None:
        if not state:
            QToolTip.hideText()
            return
        label = self.categories.at(index) if index < self.categories.count() else ""
        QToolTip.showText(QCursor.pos(), f"{name}\n{label}: {int(bar_set.at(index))}", self)



class StackedPeriodBarsChart(PeriodBarsChart):
    """Counts per period stacked, one set per reason: how the reasons add up to all who do not
    use. The legend stands on the right, one reason a line, where a reason's words have room."""

    stacked = True

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.chart_.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setMinimumHeight(300)
