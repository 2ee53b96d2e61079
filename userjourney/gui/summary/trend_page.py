"""The page "Verlauf" of the Auswertung: how take-up develops, per month or quarter.

Shows a :class:`~userjourney.core.summary.trend.Trend` (counted by the view, off the UI
thread): the take-up share per Bereich as lines, the applications filed in each period as bars,
the reasons of those who do not use the offer stacked per period (the most frequent ones over
the whole time, the rest as "andere Gründe"), and a table with the exact figures. A point, a
bar or a row of the table (Enter, double click) asks for the Auswertung as of that period's
last day (:attr:`TrendPage.day_chosen`).
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from userjourney.core.summary.trend import Period, Trend
from userjourney.core.vocab import AREAS, shown
from userjourney.gui import style
from userjourney.gui.forms.ui_summary_trend import Ui_SummaryTrendPage
from userjourney.gui.summary.models import PERIOD_ROLE, TrendModel
from userjourney.gui.summary.trend_charts import period_label

#: Reasons shown on their own in the stacked chart; the rest are "andere Gründe".
TOP_REASONS = 6


def reasons_per_period(periods: list[Period], other: str, top: int = TOP_REASONS) -> tuple[list[str], list[list[int]]]:
    """The reasons of all Bereiche together: the ``top`` most frequent over all periods, each
    with its count per period, and ``other`` ("andere Gründe") for the rest — the columns add up to the
    children entitled who do not use the offer."""
    totals: Counter[str] = Counter()
    per_period: list[Counter[str]] = []
    for period in periods:
        counts: Counter[str] = Counter()
        for area in AREAS:
            for reason in period.figures.areas[area].reasons:
                counts[reason.reason] += reason.count
        per_period.append(counts)
        totals.update(counts)
    ranked = sorted(totals, key=lambda text: (-totals[text], text))
    names, rest = ranked[:top], ranked[top:]
    rows = [[counts[name] for counts in per_period] for name in names]
    if rest:
        names.append(other)
        rows.append([sum(counts[name] for name in rest) for counts in per_period])
    return names, rows


class TrendPage(QWidget):
    """See the module docstring."""

    #: The Auswertung as of the end of this day was asked for.
    day_chosen = Signal(object)
    #: "month" or "quarter" was chosen.
    grain_changed = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.ui = Ui_SummaryTrendPage()
        self.ui.setupUi(self)
        ui = self.ui
        ui.grainCombo.addItem(self.tr("je Monat"), "month")
        ui.grainCombo.addItem(self.tr("je Quartal"), "quarter")
        ui.grainCombo.currentIndexChanged.connect(lambda _i: self.grain_changed.emit(self.grain))
        ui.trendHint.setStyleSheet(style.HINT_STYLE)
        ui.shareChart.set_title(self.tr("Anteil, der das Angebot wahrnimmt (wahrgenommen / Anspruch)"))
        ui.applicationsChart.set_title(self.tr("Anträge im Zeitraum"))
        ui.reasonsChart.set_title(self.tr("Warum nicht? Anspruchsberechtigte, die nicht wahrnehmen"))
        for chart in (ui.shareChart, ui.applicationsChart, ui.reasonsChart):
            chart.period_activated.connect(self._period_activated)
        self.model = TrendModel(self)
        ui.trendTable.setModel(self.model)
        ui.trendTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        ui.trendTable.activated.connect(lambda index: self.day_chosen.emit(index.data(PERIOD_ROLE).end))
        self.trend: Trend | None = None

    @property
    def grain(self) -> str:
        return self.ui.grainCombo.currentData()

    def set_status(self, text: str) -> None:
        self.ui.trendStatus.setText(text)

    def show_trend(self, trend: Trend) -> None:
        self.trend = trend
        ui = self.ui
        periods = trend.periods
        labels = [period_label(p, trend.by) for p in periods]
        names = [shown(area) for area in AREAS]
        ui.shareChart.set_lines(names, periods, [[p.figures.areas[a].share for p in periods] for a in AREAS])
        ui.applicationsChart.set_bars(labels, names, [[p.figures.areas[a].applications for p in periods] for a in AREAS],
                                      style.AREA_COLORS)
        reasons, rows = reasons_per_period(periods, self.tr("andere Gründe"))
        ui.reasonsChart.set_bars(labels, reasons, rows, style.REASON_COLORS)
        self.model.set_trend(trend)

    def _period_activated(self, index: int) -> None:
        if self.trend is not None and 0 <= index < len(self.trend.periods):
            day: date = self.trend.periods[index].end
            self.day_chosen.emit(day)
