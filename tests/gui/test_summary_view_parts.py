"""The parts of the Auswertung without a window: table models, chart helpers, the refresher."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt

from bench.synthetic import generate
from userjourney.core.demo.anna import PROJECT_START, STAND, store_anna
from userjourney.core.editing.workspace import FamilyWorkspace
from userjourney.core.history.undo import UndoStack, committer
from userjourney.core.storage.models import Family
from userjourney.core.summary.counting import summarize
from userjourney.core.summary.drilldown import ChildRow, PersonRow
from userjourney.core.summary.filters import SummaryFilter
from userjourney.core.vocab import FUNNEL_STEPS, Area
from userjourney.gui.summary.charts import BarChart, axis_range, chart_label, tick_step
from userjourney.gui.summary.models import (
    COUNT_ROLE,
    DRILL_ROLE,
    AreaFiguresModel,
    DrillDownModel,
    Figure,
    FiguresModel,
    ReasonsModel,
    SupportModel,
)
from userjourney.gui.summary.refresh import SummaryRefresher

ANNA = SummaryFilter(date_from=PROJECT_START, date_to=STAND, stand=STAND)


@pytest.fixture
def anna_summary(db):
    with db.transaction() as session:
        store_anna(session)
    with db.session() as session:
        return summarize(session, ANNA)


# --------------------------------------------------------------------------- models


def test_area_figures_read_like_the_anhang_and_know_what_is_behind_each_count(qapp, anna_summary):
    model = AreaFiguresModel()
    model.show_area(anna_summary.areas[Area.TUTORING], ANNA)
    shown = [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(model.rowCount())]
    assert shown[:5] == [("alle Kinder und Jugendlichen", "61"), ("    ohne Anspruch", "23"),
                         ("    anspruchsberechtigt", "38"), ("    Anspruch unbekannt", "0"),
                         ("nehmen das Angebot wahr", "13")]
    assert ("        Deutsch", "12") in shown and ("        Mathematik", "8") in shown
    assert ("Anträge (vom 01.08.2020 bis 31.12.2021)", "12") in shown
    assert shown[-len(FUNNEL_STEPS) - 2:] == [
        ("Anspruchsberechtigte Schritt für Schritt", ""), ("    Anspruch", "38"),
        *[(f"    {s.label}", str(anna_summary.areas[Area.TUTORING].funnel[s.label])) for s in FUNNEL_STEPS]]
    drills = {model.index(r, 0).data().strip(): model.index(r, 1).data(DRILL_ROLE) for r in range(model.rowCount())}
    assert drills["Antrag gestellt"].kind == "funnel" and drills["Antrag gestellt"].key == "Antrag gestellt"
    assert drills["Deutsch"].kind == "using_by_detail" and drills["an Schulen"].key == "Schule"
    assert drills["nach Einrichtung"] is None  # a heading has nothing behind it
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight


def test_same_rows_only_update_the_counts_new_rows_reset(qapp):
    model = FiguresModel(("a", "b"))
    resets, changes = [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda *a: changes.append(1))
    model.set_figures([Figure("x", 1), Figure("y", 2)])
    model.set_figures([Figure("x", 3), Figure("y", 2)])
    assert (len(resets), len(changes)) == (1, 1) and model.count_of("x") == 3
    model.set_figures([Figure("x", 3)])
    assert len(resets) == 2 and model.index(0, 1).data(COUNT_ROLE) == 3
    with pytest.raises(KeyError):
        model.count_of("y")


def test_reasons_are_numbered_like_the_chart(qapp, anna_summary):
    model = ReasonsModel()
    model.show_area(anna_summary.areas[Area.LUNCH])
    assert [model.headerData(r, Qt.Orientation.Vertical) for r in range(4)] == ["1.", "2.", "3.", "4."]
    assert (model.index(0, 0).data(), model.index(0, 1).data()) == ("Kind / Jugendlicher möchte zuhause essen", "8")
    drill = model.index(0, 0).data(DRILL_ROLE)
    assert (drill.area, drill.kind, drill.key) == (Area.LUNCH, "reasons", "Kind / Jugendlicher möchte zuhause essen")


def test_support_and_drill_down_models(qapp, anna_summary):
    support = SupportModel()
    support.show_minijobs(anna_summary.minijobs)
    assert (support.rowCount(), support.columnCount()) == (3, 4)
    assert support.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == "1 = selbstständig"
    drill = support.index(2, 3).data(DRILL_ROLE)
    assert drill.minijobs and drill.key == ("pot. Arbeitgeber angesprochen", 4)

    rows = DrillDownModel()
    a, b = __import__("uuid").uuid4(), __import__("uuid").uuid4()
    rows.set_rows([ChildRow(a, "A", a, "Kim"), ChildRow(a, "A", b, "Lou"), ChildRow(b, "B", b, "Max")], minijobs=False)
    assert rows.families() == 2 and rows.headerData(1, Qt.Orientation.Horizontal) == "Kind"
    assert rows.index(1, 1).data() == "Lou" and rows.index(2, 0).data() == "B"
    rows.set_rows([PersonRow(a, "A", b, "Martina")], minijobs=True)
    assert rows.headerData(1, Qt.Orientation.Horizontal) == "Person" and rows.index(0, 1).data() == "Martina"


# --------------------------------------------------------------------------- charts


def test_axes_tick_in_whole_numbers_from_zero_with_room_for_the_labels():
    assert [tick_step(n) for n in (1, 8, 9, 16, 17, 48, 99, 25000)] == [1, 1, 2, 2, 5, 10, 20, 5000]
    assert axis_range(48) == (60, 10) and axis_range(8) == (10, 2) and axis_range(0) == (2, 1)
    assert axis_range(25000) == (30000, 5000)


def test_long_labels_wrap_and_are_shortened_only_at_the_end():
    text = "Corona bedingt werden schulische Aktivitäten (Klassenfahrten) derzeit nicht angeboten bzw. abgesagt"
    label = chart_label(text, 1, lines=3)
    assert label.split("<br>") == ["1. Corona bedingt werden schulische", "Aktivitäten (Klassenfahrten) derzeit",
                                   "nicht angeboten bzw. abgesagt"]
    short = chart_label(text, 1, lines=1)
    assert short.startswith("1. Corona bedingt") and short.endswith("…") and "<br>" not in short
    assert chart_label("Eltern & <Kind>", None) == "Eltern &amp; &lt;Kind&gt;"  # QtCharts reads HTML


def test_bar_chart_lists_top_down_and_reports_the_bar_clicked(qapp):
    chart = BarChart()
    chart.set_bars(["eins", "zwei", "drei"], [5, 3, 1])
    assert chart.counts() == [5, 3, 1] and chart.texts == ["eins", "zwei", "drei"]
    assert chart.categories.categories() == ["drei", "zwei", "eins"]  # QtCharts draws the first at the bottom
    assert (chart.values.min(), chart.values.max()) == (0, 6)
    bars = chart.bars
    chart.set_bars(["eins", "zwei", "drei"], [5, 4, 1])  # same categories: values replaced in place
    assert chart.bars is bars and chart.counts() == [5, 4, 1]
    clicked = []
    chart.bar_activated.connect(clicked.append)
    chart.bars.clicked.emit(2)  # the top bar
    assert clicked == [0]
    chart.set_bars([], [])
    assert chart.counts() == [] and chart.values.min() == 0


def test_the_funnels_seven_labels_get_a_smaller_font_in_a_short_chart(qapp):
    """At 1280×720 the funnel chart is at its minimum height: seven bars are thinner than a line
    of the normal font, and QtCharts showed "…" for every step. Then the labels' font shrinks
    until a line fits a bar's band (never below 7 pt); with room the normal font stays."""
    from PySide6.QtGui import QFontMetrics

    from userjourney.gui.summary.charts import LABEL_BAND_SLACK, LABEL_MIN_POINTS, PLOT_OVERHEAD

    steps = ["Anspruch", "Angebot vorhanden", "Angebot bekannt", "Angebot interessant", "Antrag gestellt",
             "Antrag bewilligt", "Angebot wahrgenommen"]
    chart = BarChart()
    normal = chart.categories.labelsFont().pointSizeF()
    chart.resize(450, 220)
    chart.show()
    chart.set_bars(steps, [48, 47, 47, 38, 13, 13, 13])
    qapp.processEvents()
    small = chart.categories.labelsFont()
    band = (chart.height() - PLOT_OVERHEAD) / len(steps)
    assert LABEL_MIN_POINTS <= small.pointSizeF() < normal
    assert QFontMetrics(small).lineSpacing() <= band - LABEL_BAND_SLACK
    assert chart.categories.categories() == steps[::-1]  # whole words, one line each
    chart.resize(450, 420)
    qapp.processEvents()
    assert chart.categories.labelsFont().pointSizeF() == normal


def test_a_county_sized_axis_is_set_in_a_moment(qapp):
    """QtCharts makes every tick: 0–28,000 in steps of 1 would take seconds (it did once)."""
    import time

    chart = BarChart()
    chart.set_bars(["a"], [3])
    start = time.perf_counter()
    chart.set_bars(["a"], [25000])
    chart.grab()
    assert (chart.values.max(), chart.values.tickInterval()) == (30000, 5000)
    chart.set_bars(["a"], [3])
    chart.grab()
    assert (chart.values.max(), chart.values.tickInterval()) == (4, 1)
    assert time.perf_counter() - start < 2


# --------------------------------------------------------------------------- refresher


@pytest.fixture
def county(db):
    generate(db, 30, seed=11)
    return db


def _ids(db):
    with db.session() as s:
        return list(s.scalars(sa.select(Family.id).order_by(Family.code)))


def _fresh(db, filters):
    with db.session() as s:
        return summarize(s, filters).to_json()


def test_refresher_counts_by_shares_for_watched_families_and_afresh_otherwise(qtbot, county):
    filters = SummaryFilter(stand=date(2024, 6, 30))
    refresher = SummaryRefresher(county, filters)
    updates = []
    refresher.updated.connect(updates.append)
    with qtbot.waitSignal(refresher.updated, timeout=30000):
        refresher.set_active(True)
    assert refresher.last_update == "full" and updates[-1].to_json() == _fresh(county, filters)

    first, second, third = _ids(county)[:3]
    refresher.watch(first)
    refresher.watch(second)
    qtbot.waitUntil(lambda: set(refresher.known_shares()) == {first, second}, timeout=30000)
    undo = UndoStack()
    FamilyWorkspace(county, first, committer(county, undo)).add_child("Kim", 7, "Grundschule")
    FamilyWorkspace(county, second, committer(county, undo)).update_family("location", "Ahlen")
    with qtbot.waitSignal(refresher.updated, timeout=30000):
        refresher.families_changed({first, second})
    assert refresher.last_update == "shares" and refresher.summary.to_json() == _fresh(county, filters)

    # Changed after the full count, before its share was counted: the share is refused …
    refresher.set_active(False)
    FamilyWorkspace(county, third, committer(county, undo)).add_child("Lou", 3, "KiTa")
    refresher.watch(third)
    qtbot.waitUntil(lambda: refresher.idle and not refresher._watch, timeout=30000)
    assert third not in refresher.known_shares()
    # … so the commit's news leads to a fresh count once the view is shown again.
    refresher.families_changed({third})
    assert refresher.stale and refresher.summary.to_json() != _fresh(county, filters)
    with qtbot.waitSignal(refresher.updated, timeout=30000):
        refresher.set_active(True)
    assert refresher.last_update == "full" and refresher.summary.to_json() == _fresh(county, filters)


def test_a_burst_of_commits_costs_one_more_update_not_one_each(qtbot, county):
    filters = SummaryFilter(stand=date(2024, 6, 30))
    refresher = SummaryRefresher(county, filters)
    with qtbot.waitSignal(refresher.updated, timeout=30000):
        refresher.set_active(True)
    ids = _ids(county)[:5]
    for family_id in ids:
        refresher.watch(family_id)
    qtbot.waitUntil(lambda: set(refresher.known_shares()) == set(ids), timeout=30000)
    updates = []
    refresher.updated.connect(updates.append)
    undo = UndoStack()
    for family_id in ids:
        FamilyWorkspace(county, family_id, committer(county, undo)).update_family("coach", "Neue Kraft")
        refresher.families_changed({family_id})
    qtbot.waitUntil(lambda: refresher.idle, timeout=30000)
    assert len(updates) == 2  # the first commit's job, then one for the four that came meanwhile
    assert refresher.summary.to_json() == _fresh(county, filters)
    with qtbot.waitSignal(refresher.updated, timeout=30000):
        refresher.set_filters(SummaryFilter(coach="Neue Kraft", stand=filters.stand))
    assert refresher.summary.families == 5 and refresher.known_shares() == []
