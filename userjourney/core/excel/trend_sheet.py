"""The sheet "Verlauf" of the export: take-up per month or quarter, with native Excel charts.

The figures are a :class:`~userjourney.core.summary.trend.Trend` (the same as ``userjourney
trend``); nothing is counted here. Four small tables, one row per period and one column per
Bereich — the take-up share (a line chart beside it), the applications filed in the period
(columns), the children entitled and those using the offer — and the families and children
per period. Tables one per measure rather than one wide table: each chart refers to one block of
cells, and a reader compares the Bereiche of one measure side by side.

:func:`report_trend` picks the periods: from the first record (or ``--from``) to the Datenstand
(or ``--to``), per month — per quarter when that would be more than :data:`MAX_MONTHS` rows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from userjourney.core.excel.report import CM_PER_ROW, _bar_chart, _reference, _Sheet, _text, _title
from userjourney.core.i18n import tr
from userjourney.core.storage.database import Database
from userjourney.core.summary.filters import SummaryFilter
from userjourney.core.summary.text import dates_text, filter_text
from userjourney.core.summary.trend import Grain, Trend, first_period_day, periods, trend
from userjourney.core.vocab import AREAS

TREND_SHEET = "Verlauf"
#: More months than this and the export's Verlauf goes by quarter (a sheet a reader can scan).
MAX_MONTHS = 36


def report_trend(database: Database, filters: SummaryFilter,
                 progress: Callable[[int, int], None] | None = None) -> Trend:
    """The Verlauf the export shows for ``filters`` (its Datenstand, families and period)."""
    filters = replace(filters, stand=None)
    first, last = first_period_day(database, filters)
    by: Grain = "month" if len(periods(first, last, "month")) <= MAX_MONTHS else "quarter"
    return trend(database, filters, by=by, progress=progress)


def write_trend_sheet(workbook, result: Trend, filters: SummaryFilter, stand: date) -> None:
    by = tr("Monat") if result.by == "month" else tr("Quartal")
    sheet = _Sheet(workbook, TREND_SHEET, {"A": 14, **dict.fromkeys("BCDE", 20), "F": 3},
                   tr("Verlauf"), stand, one_page=False)  # as many pages down as there are periods
    sheet.add(tr("Verlauf je {by}").format(by=by), kinds=("title",), height=24)
    sheet.add(f"{dates_text(filters, stand)} · {filter_text(filters)}", kinds=("note",))
    sheet.add(tr("Jeder Zeitraum wird an seinem letzten Tag gezählt, mit den Daten, wie sie damals waren; "
                 "Anträge: im Zeitraum gestellt."), kinds=("note",))
    sheet.blank()
    charts = []
    blocks = (
        (tr("Anteil, der das Angebot wahrnimmt (wahrgenommen / Anspruch)"), "percent",
         lambda figures: figures.share),
        (tr("Anträge im Zeitraum"), "num", lambda figures: figures.applications),
        (tr("Anspruchsberechtigt"), "num", lambda figures: figures.entitled),
        (tr("Nehmen das Angebot wahr"), "num", lambda figures: figures.using),
    )
    for index, (title, kind, value) in enumerate(blocks):
        sheet.add(title, kinds=("subtitle",))
        header = sheet.add(tr("Ende"), *(area.value for area in AREAS),
                           kinds=("header",) + ("header_right",) * len(AREAS), height=30)
        for period in result.periods:
            last = sheet.add(period.end, *(value(period.figures.areas[area]) for area in AREAS),
                             kinds=("date_left",) + (kind,) * len(AREAS))
        if not result.periods:
            last = header
        sheet.blank()
        if index < 2 and result.periods:
            charts.append(_share_chart(sheet, header, last) if index == 0
                          else _applications_chart(sheet, header, last, result))
    sheet.add(tr("Familien und Kinder"), kinds=("subtitle",))
    sheet.add(tr("Ende"), tr("Familien"), tr("Kinder"), kinds=("header", "header_right", "header_right"))
    for period in result.periods:
        sheet.add(period.end, period.figures.families, period.figures.children,
                  kinds=("date_left", "num", "num"))
    anchor = 5
    for chart in charts:
        sheet.ws.add_chart(chart, f"G{anchor}")
        anchor += int(chart.height / CM_PER_ROW) + 2


def _share_chart(sheet: _Sheet, header: int, last: int):
    """Lines of the take-up share per Bereich, 0–100 % (a fixed axis: no drama from small moves)."""
    from openpyxl.chart import LineChart
    from openpyxl.chart.legend import Legend

    chart = LineChart()
    chart.title = _title(tr("Anteil, der das Angebot wahrnimmt"), 12)
    chart.y_axis.title = _title(tr("wahrgenommen / Anspruch"), 9)
    chart.y_axis.scaling.min = 0
    chart.y_axis.scaling.max = 1
    chart.y_axis.majorUnit = 0.2
    chart.y_axis.number_format = "0%"
    chart.x_axis.number_format = "mm.yyyy"
    _axes(chart)
    chart.add_data(_reference(sheet.ws, 2, header, last, max_col=1 + len(AREAS)), titles_from_data=True)
    chart.set_categories(_reference(sheet.ws, 1, header + 1, last))
    for series in chart.series:
        series.smooth = False
        series.marker.symbol = "circle"
    chart.legend = Legend()
    chart.legend.position = "b"
    chart.width, chart.height = 20, 9
    return chart


def _applications_chart(sheet: _Sheet, header: int, last: int, result: Trend):
    from openpyxl.chart.legend import Legend

    most = max((p.figures.areas[a].applications for p in result.periods for a in AREAS), default=0)
    chart = _bar_chart(tr("Anträge im Zeitraum"), tr("Anträge"), horizontal=False, values_max=most)
    chart.dataLabels = None  # four series per period: numbers on every bar would be noise
    chart.add_data(_reference(sheet.ws, 2, header, last, max_col=1 + len(AREAS)), titles_from_data=True)
    chart.set_categories(_reference(sheet.ws, 1, header + 1, last))
    chart.x_axis.number_format = "mm.yyyy"
    chart.legend = Legend()
    chart.legend.position = "b"
    chart.width, chart.height = 20, 9
    return chart


def _axes(chart) -> None:
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.x_axis.txPr = _text(8)
    chart.y_axis.txPr = _text(8)
