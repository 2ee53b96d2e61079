"""The Auswertung's two dates and its page "Verlauf" (issue 17), driven as a coach would.

The data: ANNA entered over the project (:mod:`userjourney.core.demo.anna_over_time`) —
families joining August to October 2020, journeys completed on the days they happened — so the
Auswertung as of 31.03.2021 differs from today's, and the Verlauf rises month by month to the
figures of Anhang 6.6. The expected numbers are counted here by hand from that plan's outcome
(Mittagsverpflegung: 48 entitled; 13 using on 31.03.2021, 37 at the end).
"""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from tests.support.gui import modal, press, set_filter_text, show_auswertung
from userjourney.core.demo.anna import STAND
from userjourney.core.demo.anna_over_time import store_anna_over_time
from userjourney.core.editing.family_list import load_rows
from userjourney.core.editing.workspace import FamilyWorkspace
from userjourney.core.summary.model import AreaTakeUp, ReasonCount, TakeUp
from userjourney.core.summary.trend import Period, Trend
from userjourney.core.vocab import AREAS, Area
from userjourney.gui.summary.models import PERIOD_ROLE, TrendModel
from userjourney.gui.summary.trend_page import reasons_per_period

LUNCH = Area.LUNCH


@pytest.fixture
def grown(qtbot, main_window):
    store_anna_over_time(main_window.database)
    show_auswertung(qtbot, main_window)
    return main_window


def lunch(view) -> tuple[int | None, int | None]:
    figures = view.pages[LUNCH].figures
    return figures.count_of("anspruchsberechtigt"), figures.count_of("nehmen das Angebot wahr")


def show_verlauf(qtbot, view) -> None:
    tabs = view.ui.areaTabs
    bar = tabs.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tabs.indexOf(view.trend_page)).center())
    assert tabs.currentWidget() is view.trend_page
    qtbot.waitUntil(lambda: view.trend_idle and view.trend_page.trend is not None, timeout=20000)


# -- without a window ------------------------------------------------------------------------

def _period(end: date, lunch_figures: AreaTakeUp) -> Period:
    empty = AreaTakeUp(4, 0, 0, 0, ())
    return Period(end.replace(day=1), end, TakeUp(3, 4, {a: lunch_figures if a is LUNCH else empty for a in AREAS}))


def test_the_trend_model_shows_using_entitled_share_and_applications():
    trend = Trend("month", [
        _period(date(2024, 1, 31), AreaTakeUp(4, 2, 1, 1, (ReasonCount("zu teuer", 1),))),
        _period(date(2024, 2, 29), AreaTakeUp(4, 0, 0, 0, ())),
    ])
    model = TrendModel()
    model.set_trend(trend)
    assert (model.rowCount(), model.columnCount()) == (2, 3 + len(AREAS))
    cells = [[model.index(r, c).data() for c in range(4)] for r in range(2)]
    assert cells == [["31.01.2024", "3", "4", "1 / 2 (50 %) · 1"], ["29.02.2024", "3", "4", "0 / 0 (–) · 0"]]
    assert model.index(1, 0).data(PERIOD_ROLE) is trend.periods[1]
    assert model.headerData(3, Qt.Orientation.Horizontal) == LUNCH.value


def test_the_reasons_over_time_keep_the_most_frequent_and_add_up():
    def reasons(*counts):
        return AreaTakeUp(9, 9, 0, 0, tuple(ReasonCount(f"Grund {i}", n) for i, n in enumerate(counts) if n))

    periods = [_period(date(2024, 1, 31), reasons(5, 1, 1, 0)), _period(date(2024, 2, 29), reasons(1, 0, 3, 2))]
    names, rows = reasons_per_period(periods, "andere", top=2)
    assert names == ["Grund 0", "Grund 2", "andere"]  # 6 and 4 in all; Grund 1 (1) and Grund 3 (2) are "andere"
    assert rows == [[5, 1], [1, 3], [1, 2]]
    assert [sum(column) for column in zip(*rows, strict=True)] == [7, 6]


# -- the two dates -----------------------------------------------------------------------------

def test_a_datenstand_shows_the_data_as_they_were_and_edits_now_do_not_move_it(qtbot, grown):
    view = grown.summary_view
    assert lunch(view) == (48, 37)
    assert "Datenstand aktuell" in view.ui.statusLabel.text()
    assert view.ui.asOfLabel.toolTip() and view.ui.standLabel.toolTip()
    assert view.ui.asOfEdit.toolTip() != view.ui.standEdit.toolTip()

    set_filter_text(qtbot, view, view.ui.asOfEdit, "31.03.2021")
    qtbot.waitUntil(lambda: lunch(view) == (48, 13), timeout=10000)
    assert view.filters.as_of is not None and view.filters.stand_or_today() == date(2021, 3, 31)
    assert view.ui.statusLabel.text().startswith("Stichtag 31.03.2021 · Datenstand 31.03.2021")
    assert view.ui.familiesCard.value.text() == "30"

    family_id = next(row.id for row in load_rows(grown.database) if row.code == "ANNA-02")
    FamilyWorkspace(grown.database, family_id).add_child("Tom", 6, "Grundschule")  # an edit now
    qtbot.wait(300)
    qtbot.waitUntil(lambda: view.refresher.idle, timeout=5000)
    assert view.ui.childrenCard.value.text() == "61"  # the past did not change

    set_filter_text(qtbot, view, view.ui.asOfEdit, "")  # empty: the data as they are now
    qtbot.waitUntil(lambda: view.ui.childrenCard.value.text() == "62", timeout=10000)
    assert lunch(view) == (48, 37)
    assert view.filters.as_of is None


def test_a_moment_with_a_time_and_refused_moments(qtbot, grown):
    view = grown.summary_view
    set_filter_text(qtbot, view, view.ui.asOfEdit, "03.08.2020 11:59")  # before the first record (noon UTC)
    qtbot.waitUntil(lambda: view.ui.familiesCard.value.text() in ("0", "1"), timeout=10000)
    before = view.summary.to_json()

    set_filter_text(qtbot, view, view.ui.asOfEdit, "31.02.2021")
    assert view.ui.filterMessage.isVisible()
    assert view.ui.filterMessage.text().startswith("Datenstand: ")
    assert "31.02.2021" in view.ui.filterMessage.text()
    set_filter_text(qtbot, view, view.ui.asOfEdit, "01.01.2099")
    assert "liegt in der Zukunft" in view.ui.filterMessage.text()
    assert view.ui.asOfEdit.text() == "01.01.2099"  # the typed text stays to be corrected
    assert view.summary.to_json() == before  # refused: the figures stay


# -- the Verlauf -------------------------------------------------------------------------------

def test_the_verlauf_shows_each_month_up_to_anhang_6_6(qtbot, grown):
    view = grown.summary_view
    show_verlauf(qtbot, view)
    page = view.trend_page
    model = page.model
    ends = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert ends[0] == "31.08.2020" and ends[-1] == date.today().strftime("%d.%m.%Y")
    row = ends.index("31.03.2021")
    assert model.index(row, 3).data() == "13 / 48 (27 %) · 2"
    assert model.index(ends.index("31.12.2021"), 3).data() == "37 / 48 (77 %) · 0"
    assert model.index(0, 1).data() == "10"  # ten families by the end of August 2020
    lines = page.ui.shareChart.points()
    assert [round(y) for _x, y in lines[0]][:3] == [0, 0, 2]  # Mittagsverpflegung: 0 %, 0 %, 1 of 48
    bars = page.ui.applicationsChart.counts()
    assert sum(bars[0]) == sum(p.figures.areas[LUNCH].applications for p in page.trend.periods) > 0
    reasons = page.ui.reasonsChart.counts()
    for index, period in enumerate(page.trend.periods):  # each column adds up to those not using
        assert sum(row[index] for row in reasons) == sum(
            period.figures.areas[a].entitled - period.figures.areas[a].using for a in AREAS)

    page.ui.grainCombo.setFocus()
    press("Down")  # je Quartal
    qtbot.waitUntil(lambda: view.trend_idle and page.trend.by == "quarter", timeout=20000)
    assert [model.index(r, 0).data() for r in range(3)] == ["30.09.2020", "31.12.2020", "31.03.2021"]
    assert page.ui.applicationsChart.categories.categories()[:2] == ["Q3 2020", "Q4 2020"]


def test_a_click_on_a_point_shows_the_auswertung_as_of_that_day(qtbot, grown):
    view = grown.summary_view
    show_verlauf(qtbot, view)
    chart = view.trend_page.ui.shareChart
    line = chart.lines[0]
    point = next(p for p in line.points() if chart.periods[chart.nearest_period(p.x())].end == date(2021, 3, 31))
    position = chart.mapFromScene(chart.chart_.mapToScene(chart.chart_.mapToPosition(QPointF(point), line)))
    QTest.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(position.x(), position.y()))
    qtbot.waitUntil(lambda: view.filters.as_of is not None and view.refresher.idle, timeout=10000)
    assert view.ui.areaTabs.currentWidget() is view.pages[AREAS[0]]
    assert (view.ui.asOfEdit.text(), view.ui.standEdit.text()) == ("31.03.2021", "31.03.2021")
    qtbot.waitUntil(lambda: lunch(view) == (48, 13), timeout=10000)

    table = view.trend_page.ui.trendTable  # the same from the table, with the keyboard
    show_verlauf(qtbot, view)
    qtbot.waitUntil(lambda: view.trend_page.model.rowCount() > 0, timeout=10000)
    table.setFocus()
    table.setCurrentIndex(view.trend_page.model.index(2, 0))  # 31.10.2020
    press("Enter")
    qtbot.waitUntil(lambda: view.ui.asOfEdit.text() == "31.10.2020" and view.refresher.idle, timeout=10000)
    qtbot.waitUntil(lambda: lunch(view) == (48, 1), timeout=10000)


def test_the_export_from_the_auswertung_keeps_its_datenstand(qtbot, grown, tmp_path):
    view = grown.summary_view
    set_filter_text(qtbot, view, view.ui.asOfEdit, "31.03.2021")
    set_filter_text(qtbot, view, view.ui.standEdit, "")
    target = tmp_path / "damals.xlsx"
    seen = {}

    def fill(dialog):
        seen["dates"] = (dialog.ui.asOfEdit.text(), dialog.ui.standEdit.text())
        dialog.open_url = lambda url: True
        with modal(lambda box: press("Esc"), timeout=60):  # "Gespeichert": close
            dialog.ui.exportButton.click()

    with modal(fill, timeout=90):
        grown.export_excel(str(target))
    assert seen["dates"] == ("31.03.2021", "31.03.2021")  # the Stichtag the figures were counted with
    book = load_workbook(target)
    cover = {row[0]: row[1] for row in book["Übersicht"].iter_rows(values_only=True) if row and row[0]}
    assert cover["Datenstand"] == "31.03.2021"
    assert cover["Stand (Stichtag)"].date() == date(2021, 3, 31)
    ends = [row[0].date() for row in book["Verlauf"].iter_rows(values_only=True) if row and hasattr(row[0], "date")]
    assert ends[-1] == date(2021, 3, 31)
    assert STAND not in ends  # nothing after the Datenstand
    lunch_row = next(row for row in book["BuT"].iter_rows(min_row=2, values_only=True) if row[0] == "ANNA-02")
    assert lunch_row is not None
