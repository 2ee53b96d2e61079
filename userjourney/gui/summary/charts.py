"""The charts of the Auswertung (QtCharts) — counts as horizontal bars, Minijob levels — and
the cards of its headline figures.

What makes them readable for the report's audience, decided once here:

* **Axes start at 0 and tick in whole numbers** (1, 2, 5, 10, 20, … apart), so a bar's length
  is its count and no tick reads "2.5 Kinder".
* **Long texts stay legible:** a reason such as "Corona bedingt werden schulische Aktivitäten
  (Klassenfahrten) derzeit nicht angeboten bzw. abgesagt" is wrapped at word boundaries onto
  as many lines as the chart's height gives a category, at most three (QtCharts draws axis
  labels as HTML, so ``<br>`` breaks a line; a label that does not fit is cut by QtCharts
  from its end), and only then shortened with "…"; the full text is the bar's tooltip and
  stands in the table beside the chart. Bars are numbered like the table's rows, which also
  keeps two similar texts apart (a category axis needs distinct labels).
* Every bar shows its count at its end; there are no animations (a refresh after an edit must
  show the new numbers at once).
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QCursor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QToolTip, QVBoxLayout

from userjourney.gui import style

#: Characters per line and lines per label before a text is shortened.
LABEL_WIDTH = 40
LABEL_LINES = 3
#: Chart height outside the plot area (title, value axis with its title, margins), and the
#: padding QtCharts keeps around a vertical axis label; for fitting labels to the height.
PLOT_OVERHEAD = 100
LABEL_PADDING = 12
#: The share of the chart's width (and the most pixels) a category label may take.
LABEL_SHARE = 0.34
LABEL_MAX_PX = 340
#: Never less than this, even before the chart has its size (a hidden tab): some words stay.
LABEL_MIN_PX = 180
#: The smallest label font (points) when the bars are too thin for the normal one, and the
#: pixels QtCharts keeps between a label line and its band.
LABEL_MIN_POINTS = 7.0
LABEL_BAND_SLACK = 4


def tick_step(maximum: int, ticks: int = 8) -> int:
    """A whole-number distance between ticks (1, 2, 5 × 10ⁿ) giving at most ``ticks`` ticks."""
    step = 1
    while math.ceil(maximum / step) > ticks:
        for factor in (2, 5 / 2, 2):  # 1 → 2 → 5 → 10 → 20 …
            step = int(step * factor)
            if math.ceil(maximum / step) <= ticks:
                break
    return step


def axis_range(maximum: int) -> tuple[int, int]:
    """(top of the axis, tick step): room for the count at the longest bar, whole ticks."""
    top = max(1, math.ceil(max(maximum, 1) * 1.12))
    step = tick_step(top)
    return math.ceil(top / step) * step, step


def chart_label(text: str, number: int | None = None, *, lines: int = LABEL_LINES,
                fits: Callable[[str], bool] | None = None) -> str:
    """``text`` as an HTML axis label: numbered, wrapped at word boundaries onto at most
    ``lines`` lines that each ``fits`` (default: ``LABEL_WIDTH`` characters), and shortened
    with "…" only if it still does not fit."""
    fits = fits or (lambda line: len(line) <= LABEL_WIDTH)
    words = (f"{number}. " if number is not None else "").split() + text.split()
    wrapped: list[str] = []
    for word in words:
        if wrapped and fits(f"{wrapped[-1]} {word}"):
            wrapped[-1] += f" {word}"
        else:
            wrapped.append(word)
    if len(wrapped) > lines:
        wrapped = wrapped[:lines]
        last = wrapped[-1]
        while last and not fits(last + "…"):
            last = last[:-1]
        wrapped[-1] = last.rstrip() + "…"
    return "<br>".join(html.escape(line, quote=False) for line in wrapped)


def _integer_axis(axis: QValueAxis, maximum: int) -> None:
    top, step = axis_range(maximum)
    if axis.tickType() != QValueAxis.TickType.TicksDynamic:
        axis.setTickType(QValueAxis.TickType.TicksDynamic)
        axis.setTickAnchor(0)
        axis.setLabelFormat("%d")
    if (axis.min(), axis.max(), axis.tickInterval()) == (0, top, step):
        return  # unchanged: no new layout of the chart
    # QtCharts makes every tick at once: never let a small step meet a large range, even for
    # a moment (0–25,000 in steps of 1 are 25,000 grid lines and take seconds).
    axis.setTickInterval(max(step, axis.tickInterval()))
    axis.setRange(0, top)
    axis.setTickInterval(step)


def _new_chart(title: str) -> QChart:
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setTitle(title)
    font = QFont(chart.titleFont())
    font.setBold(True)
    font.setPointSizeF(max(font.pointSizeF(), 10.5))
    chart.setTitleFont(font)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(0)
    return chart


def bars_with_axes(series: QAbstractBarSeries) -> tuple[QChart, QBarCategoryAxis, QValueAxis]:
    """A chart of vertical bars: categories below, whole-number values from 0 on the left, the
    legend below."""
    chart = _new_chart("")
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.setGridLineVisible(False)
    values = QValueAxis()
    chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    series.attachAxis(values)
    _integer_axis(values, 1)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart, categories, values


class FocusFramed:
    """For a chart view: a frame round the chart while it has the keyboard focus (Tab reaches
    the charts; Enter or a click opens the families behind a bar)."""

    _unfocused_pen: QPen | None = None

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)  # type: ignore[misc]
        chart = self.chart()  # type: ignore[attr-defined]
        if self._unfocused_pen is None:
            self._unfocused_pen = chart.backgroundPen()
        chart.setBackgroundPen(QPen(style.color(style.BAR), 3))

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)  # type: ignore[misc]
        if self._unfocused_pen is not None:
            self.chart().setBackgroundPen(self._unfocused_pen)  # type: ignore[attr-defined]


class BarChart(FocusFramed, QChartView):
    """Counts as horizontal bars, first category at the top; ``bar_activated(index)`` on a click."""

    bar_activated = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.chart_ = _new_chart("")
        self.series = QHorizontalBarSeries()
        self.bars = QBarSet("")
        self.bars.setColor(style.color(style.BAR))
        self.bars.setLabelColor(style.color(style.CHART_TEXT))
        self.series.append(self.bars)
        self.series.setLabelsVisible(True)
        self.series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        self.series.setLabelsFormat("@value")
        self.series.setBarWidth(0.7)
        self.chart_.addSeries(self.series)
        self.categories = QBarCategoryAxis()
        self.categories.setGridLineVisible(False)
        self.label_points = self.categories.labelsFont().pointSizeF()
        self.values = QValueAxis()
        self.chart_.addAxis(self.categories, Qt.AlignmentFlag.AlignLeft)
        self.chart_.addAxis(self.values, Qt.AlignmentFlag.AlignBottom)
        self.series.attachAxis(self.categories)
        self.series.attachAxis(self.values)
        _integer_axis(self.values, 1)
        self.chart_.legend().hide()
        self.setChart(self.chart_)
        self.texts: list[str] = []
        self.numbered = False
        self.tooltips: list[str] = []
        self.bars.clicked.connect(lambda index: self.bar_activated.emit(self._logical(index)))
        self.bars.hovered.connect(self._hovered)

    def set_title(self, title: str) -> None:
        self.chart_.setTitle(title)

    def set_axis_title(self, title: str) -> None:
        self.values.setTitleText(title)

    def set_bars(self, texts: list[str], values: list[int], tooltips: list[str] | None = None, *,
                 numbered: bool = False) -> None:
        """Show ``values`` under ``texts``; replaces the values in place when the categories
        stay, so a refresh after an edit redraws no more than needed."""
        self.texts, self.numbered = list(texts), numbered
        self.tooltips = list(tooltips or texts)
        labels = self.labels()
        # A horizontal bar chart draws its first category at the bottom, and a category axis
        # cannot be reversed: so the bars go in bottom-up, the list reads top-down.
        values = list(reversed(values))
        if labels == self.categories.categories() and self.bars.count() == len(values):
            for i, value in enumerate(values):
                if self.bars.at(i) != value:
                    self.bars.replace(i, value)
        else:
            self.bars.remove(0, self.bars.count())
            self.categories.clear()
            self.bars.append([float(v) for v in values])
            self.categories.append(labels)
        _integer_axis(self.values, max(values, default=0))

    def labels(self) -> list[str]:
        """The axis labels, wrapped onto as many lines as a category's height holds.

        QtCharts gives a vertical axis label about ``plot height / (categories + 2)`` and cuts
        what does not fit; wrapping to that many lines first keeps whole words.
        """
        self._fit_label_font()
        metrics = QFontMetrics(self.categories.labelsFont())
        plot = max(self.height() - PLOT_OVERHEAD, 40)
        lines = int((plot / (len(self.texts) + 2) - LABEL_PADDING) // metrics.lineSpacing())
        lines = min(max(lines, 1), LABEL_LINES)
        # QtCharts leaves a vertical axis about a third of the width; a wider line is cut.
        room = max(LABEL_MIN_PX, min(LABEL_SHARE * self.width(), LABEL_MAX_PX))

        def fits(line: str) -> bool:
            return metrics.horizontalAdvance(line) <= room

        labels = [chart_label(text, i if self.numbered else None, lines=lines, fits=fits)
                  for i, text in enumerate(self.texts, start=1)]
        return labels[::-1]

    def _fit_label_font(self) -> None:
        """A smaller label font (down to ``LABEL_MIN_POINTS``) where one line of the normal one is
        taller than a bar's band: QtCharts would show "…" for every label (the funnel's seven
        steps in a short chart at 1280×720)."""
        band = (max(self.height() - PLOT_OVERHEAD, 40)) / max(len(self.texts), 1)
        font = QFont(self.categories.labelsFont())
        points = self.label_points
        font.setPointSizeF(points)
        while points > LABEL_MIN_POINTS and QFontMetrics(font).lineSpacing() > band - LABEL_BAND_SLACK:
            points -= 0.5
            font.setPointSizeF(points)
        if font.pointSizeF() != self.categories.labelsFont().pointSizeF():
            self.categories.setLabelsFont(font)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        labels = self.labels()
        if self.texts and labels != self.categories.categories():
            self.categories.setCategories(labels)

    def counts(self) -> list[int]:
        """The bars' values, top bar first."""
        return [int(self.bars.at(i)) for i in reversed(range(self.bars.count()))]

    def _logical(self, index: int) -> int:
        return self.bars.count() - 1 - index

    def _hovered(self, status: bool, index: int) -> None:
        index = self._logical(index)
        if status and 0 <= index < len(self.tooltips):
            QToolTip.showText(QCursor.pos(), self.tooltips[index], self)
        else:
            QToolTip.hideText()


class LevelsChart(FocusFramed, QChartView):
    """Minijob steps × levels 1–4 as grouped bars, with the legend of Anhang 6.7."""

    bar_activated = Signal(int, int)  # (step index, level)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.series = QBarSeries()
        self.series.setLabelsVisible(True)
        self.series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        self.series.setLabelsFormat("@value")
        self.chart_, self.categories, self.values = bars_with_axes(self.series)
        self.setChart(self.chart_)
        self.level_sets: list[QBarSet] = []

    def set_title(self, title: str) -> None:
        self.chart_.setTitle(title)

    def set_levels(self, steps: list[str], levels: list[tuple[int, str]], counts: list[list[int]]) -> None:
        """``counts[level index][step index]``; ``levels`` = (level, legend text)."""
        if [s.label() for s in self.level_sets] != [text for _level, text in levels]:
            self.series.clear()
            self.level_sets = []
            for (level, text), color in zip(levels, style.LEVELS):
                bar_set = QBarSet(text)
                bar_set.setColor(style.color(color))
                bar_set.setLabelColor(style.color(style.CHART_TEXT))
                bar_set.clicked.connect(lambda index, lv=level: self.bar_activated.emit(index, lv))
                self.series.append(bar_set)
                self.level_sets.append(bar_set)
        steps = [chart_label(step, lines=2, fits=lambda line: len(line) <= 18) for step in steps]
        if self.categories.categories() != steps:
            self.categories.clear()
            self.categories.append(steps)
        for bar_set, row in zip(self.level_sets, counts):
            if bar_set.count() != len(row):
                bar_set.remove(0, bar_set.count())
                bar_set.append([float(n) for n in row])
            else:
                for i, n in enumerate(row):
                    if bar_set.at(i) != n:
                        bar_set.replace(i, n)
        _integer_axis(self.values, max((n for row in counts for n in row), default=0))

    def counts(self) -> list[list[int]]:
        return [[int(s.at(i)) for i in range(s.count())] for s in self.level_sets]


class FigureCard(QPushButton):
    """A headline figure: the number large, what it counts below; clicking it drills in."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.value = QLabel(self)
        self.caption = QLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 6, 18, 6)
        layout.setSpacing(0)
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setBold(True)
        self.value.setFont(font)
        for label in (self.value, self.caption):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)
        self.setStyleSheet(style.CARD_STYLE)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_static(self) -> None:
        """A figure with nothing to list behind it: looks like a card, is not a button."""
        self.setStyleSheet(style.STATIC_CARD_STYLE)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_figure(self, value: str, caption: str) -> None:
        if (value, caption) == (self.value.text(), self.caption.text()):
            return  # a new size would lay out the whole view again
        self.value.setText(value)
        self.caption.setText(caption)
        self.setAccessibleName(f"{caption}: {value}")
        self.updateGeometry()

    def sizeHint(self):
        return self.layout().sizeHint()

    def minimumSizeHint(self):
        return self.layout().minimumSize()
