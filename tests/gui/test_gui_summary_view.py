"""The tab "Auswertung": Anhang 6.6 on screen, filters, charts, drill-down, live updates.

The ANNA data set (``demo --anna``) must show every number of Anhang 6.6 — read from the
view's models, cards and charts, not from the core — and the view must follow edits made in
the grids without anyone pressing a refresh button.
"""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCharts import QValueAxis
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from tests.support import anhang66
from tests.support.gui import press, set_filter_text, show_auswertung, type_text
from userjourney.core.demo.anna import PROJECT_START, STAND, store_anna
from userjourney.core.demo.schmidt_mueller import store_demo
from userjourney.core.editing.edits import create_family
from userjourney.core.editing.family_list import load_rows
from userjourney.core.editing.workspace import FamilyWorkspace
from userjourney.core.summary.drilldown import drill_down, drill_down_minijobs
from userjourney.core.summary.filters import SummaryFilter
from userjourney.core.vocab import AREAS, FUNNEL_STEPS, Area
from userjourney.gui.summary.models import DRILL_ROLE

LUNCH = Area.LUNCH
AT_HOME = "Kind / Jugendlicher möchte zuhause essen"


@pytest.fixture
def anna(qtbot, main_window):
    """The main window on the ANNA data set, the Auswertung shown for the project period."""
    with main_window.database.transaction() as session:
        store_anna(session)
    view = show_auswertung(qtbot, main_window)
    set_filter_text(qtbot, view, view.ui.periodFromEdit, "01.08.2020")
    set_filter_text(qtbot, view, view.ui.periodToEdit, "31.12.2021")
    set_filter_text(qtbot, view, view.ui.standEdit, "31.12.2021")
    assert view.refresher.filters == SummaryFilter(
        date_from=PROJECT_START, date_to=STAND, stand=STAND)
    return main_window


def codes(window) -> dict[str, uuid.UUID]:
    return {row.code: row.id for row in load_rows(window.database)}


def details_of(model) -> dict[str, int]:
    """The rows under the heading "nach Angebot (Details)"."""
    rows, inside = {}, False
    for figure in model.figures:
        if figure.count is None:
            inside = figure.label == "nach Angebot (Details)"
        elif inside and figure.indent == 2:
            rows[figure.label] = figure.count
        else:
            inside = False
    return rows


# --------------------------------------------------------------------------- Anhang 6.6


def test_every_figure_of_anhang_6_6_is_in_the_view(anna):
    ui = anna.summary_view.ui
    assert (ui.familiesCard.value.text(), ui.familiesCard.caption.text()) == ("30", "Familien")
    assert (ui.childrenCard.value.text(), ui.childrenCard.caption.text()) == ("61", "Kinder und Jugendliche")
    assert ui.migrationCard.value.text() == f"{anhang66.MIGRATION_PERCENT} %" == "69 %"
    assert ui.migrationCard.caption.text() == "mit Migrationshintergrund (42 von 61)"
    assert ui.singleParentCard.value.text() == f"{anhang66.SINGLE_PARENT_PERCENT} %" == "56 %"
    assert ui.singleParentCard.caption.text() == "wachsen bei nur einem Elternteil auf (34 von 61)"
    assert [ui.areaTabs.tabText(i) for i in range(ui.areaTabs.count())] == [a.value for a in AREAS] + ["Minijobs", "Verlauf"]

    for area in AREAS:
        expected = anhang66.AREAS[area.value]
        page = anna.summary_view.pages[area]
        figures = page.figures
        assert page.ui.figuresTitle.text() == "Von 61 Kindern und Jugendlichen:"
        assert figures.count_of("alle Kinder und Jugendlichen") == anhang66.CHILDREN
        assert figures.count_of("ohne Anspruch") == expected["not_entitled"], area
        assert figures.count_of("anspruchsberechtigt") == expected["entitled"], area
        assert figures.count_of("Anspruch unbekannt") == 0, area
        assert figures.count_of("nehmen das Angebot wahr") == expected["using"], area
        assert figures.count_of("Anträge (vom 01.08.2020 bis 31.12.2021)") == anhang66.APPLICATIONS[area.value]
        facility = {"KiTa": "in KiTas", "Schule": "an Schulen"}
        for kind, n in expected.get("using_by_facility_type", {}).items():
            assert figures.count_of(facility[kind]) == n, (area, kind)
        assert details_of(figures) == expected["using_by_detail"], area
        reasons = [(f.label, f.count) for f in page.reasons.figures]
        assert dict(reasons) == dict(expected["reasons"]) and len(reasons) == len(expected["reasons"]), area
        assert [n for _text, n in reasons] == sorted((n for _text, n in reasons), reverse=True)
        assert page.reasons.headerData(0, Qt.Orientation.Vertical) == "1."
        not_using = expected["entitled"] - expected["using"]
        assert page.ui.reasonsTitle.text().endswith(f"({not_using} Kinder)")
        assert sum(n for _text, n in reasons) == not_using


def test_the_charts_show_the_funnel_and_the_reasons_with_axes_from_zero(anna):
    for area in AREAS:
        expected = anhang66.AREAS[area.value]
        page = anna.summary_view.pages[area]
        summary = anna.summary_view.summary.areas[area]
        funnel, reasons = page.ui.funnelChart, page.ui.reasonsChart
        assert funnel.texts == ["Anspruch"] + [step.label for step in FUNNEL_STEPS]
        values = funnel.counts()  # read from the QBarSet, top bar first
        assert values[0] == expected["entitled"] and values[-1] == expected["using"]
        assert values == [summary.entitled] + [summary.funnel[s.label] for s in FUNNEL_STEPS]
        assert values == sorted(values, reverse=True), "the funnel never rises"
        assert [funnel.bars.at(i) for i in range(funnel.bars.count())] == [float(v) for v in reversed(values)]
        texts = [text for text, _n in expected["reasons"]]
        assert sorted(reasons.texts) == sorted(texts)
        assert sorted(reasons.counts(), reverse=True) == reasons.counts()
        assert dict(zip(reasons.texts, reasons.counts())) == dict(expected["reasons"])
        for chart in (funnel, reasons):
            axis = chart.values
            assert isinstance(axis, QValueAxis) and axis.min() == 0
            assert axis.max() >= max(chart.counts()) and axis.labelFormat() == "%d"
            assert axis.tickType() == QValueAxis.TickType.TicksDynamic
            assert axis.tickInterval() == int(axis.tickInterval()) >= 1
            assert chart.chart_.title() and chart.values.titleText() == "Kinder und Jugendliche"
        labels = reasons.categories.categories()[::-1]  # top to bottom
        assert len(set(labels)) == len(labels)
        for number, (label, text) in enumerate(zip(labels, reasons.texts), start=1):
            assert label.startswith(f"{number}. {text.split()[0]}"), label  # never cut to nothing
            assert text in reasons.tooltips[number - 1]
    corona = anna.summary_view.pages[Area.SCHOOL_PARTICIPATION].ui.reasonsChart
    assert corona.categories.categories()[-1].startswith("1. Corona bedingt werden")


def test_the_minijob_summary_shows_levels_topups_and_sustainability(qtbot, main_window):
    with main_window.database.transaction() as session:
        store_demo(session)  # Familie Müller: Martina 2/1/1 ja ja ja, Mia 2/3/3 ja nein –
    view = show_auswertung(qtbot, main_window)
    support = view.support
    counts = {(support.headerData(r, Qt.Orientation.Vertical), int(support.headerData(c, Qt.Orientation.Horizontal))):
              support.index(r, c).data() for r in range(3) for c in range(4)}
    assert counts[("Minijob gesucht", 2)] == "2"
    assert counts[("Minijob gefunden", 1)] == counts[("Minijob gefunden", 3)] == "1"
    assert counts[("pot. Arbeitgeber angesprochen", 1)] == counts[("pot. Arbeitgeber angesprochen", 3)] == "1"
    assert sum(int(n) for n in counts.values()) == 6
    figures = view.minijob_figures
    assert figures.count_of("Personen (Erwachsene)") == 2
    assert figures.count_of("Aufstockung möglich") == 2 and figures.count_of("aufgestockt") == 1
    stand = view.refresher.filters.stand.strftime("%d.%m.%Y")
    assert figures.count_of(f"nachhaltig (≥ 3 Monate, Stand {stand})") == 1
    assert view.ui.levelsChart.counts() == [[0, 1, 1], [2, 0, 0], [0, 1, 1], [0, 0, 0]]
    assert view.ui.levelsChart.values.min() == 0

    view.ui.areaTabs.setCurrentWidget(view.ui.minijobPage)
    table = view.ui.supportTable
    table.setFocus()
    table.setCurrentIndex(support.index(0, 1))  # Minijob gesucht, level 2
    press("Enter")
    qtbot.waitUntil(lambda: view.drill_model.rowCount() == 2, timeout=5000)
    assert {view.drill_model.index(r, 1).data() for r in range(2)} == {"Martina Müller", "Mia Müller"}
    assert view.drill_model.headerData(1, Qt.Orientation.Horizontal) == "Person"


# --------------------------------------------------------------------------- filters


def test_filters_change_the_figures(qtbot, anna):
    view = anna.summary_view
    ui = view.ui
    with anna.database.session() as session:
        from userjourney.core.summary.counting import summarize

        ennigerloh = summarize(session, SummaryFilter(location="Ennigerloh"))
    ui.locationCombo.setFocus()
    type_text("Enn")
    qtbot.waitUntil(lambda: ui.familiesCard.value.text() == "20" and view.refresher.idle, timeout=10000)
    assert view.refresher.filters.location == "Ennigerloh"
    assert ui.childrenCard.value.text() == str(ennigerloh.children)
    assert view.pages[LUNCH].figures.count_of("ohne Anspruch") == ennigerloh.areas[LUNCH].not_entitled

    ui.locationCombo.setFocus()
    press("Home")  # "Alle Standorte"
    qtbot.waitUntil(lambda: view.refresher.filters.location is None and view.refresher.idle, timeout=10000)
    assert ui.familiesCard.value.text() == "30"
    ui.parentingCombo.setFocus()
    type_text("alle")  # "alleinerziehend"
    qtbot.waitUntil(lambda: view.refresher.filters.parenting_status is not None and view.refresher.idle,
                    timeout=10000)
    assert ui.singleParentCard.value.text() == "100 %"
    assert ui.childrenCard.value.text() == "34"
    ui.migrationCombo.setFocus()
    type_text("n")  # nein
    qtbot.waitUntil(lambda: view.refresher.filters.migration_background is False and view.refresher.idle,
                    timeout=10000)
    assert ui.migrationCard.value.text() == "0 %"


def test_a_bad_date_is_refused_next_to_the_field_and_the_view_stays(qtbot, anna):
    view = anna.summary_view
    ui = view.ui
    before = (view.refresher.filters, view.summary)
    set_filter_text(qtbot, view, ui.periodFromEdit, "31.02.2021")
    assert ui.filterMessage.isVisible()
    assert ui.filterMessage.text() == "Anträge vom: „31.02.2021“ ist kein gültiges Datum (diesen Tag gibt es nicht)."
    assert ui.periodFromEdit.styleSheet()  # the field is marked
    assert (view.refresher.filters, view.summary) == before
    assert view.pages[LUNCH].figures.count_of("Anträge (vom 01.08.2020 bis 31.12.2021)") == 19

    set_filter_text(qtbot, view, ui.periodFromEdit, "01.01.2022")  # after the end
    assert ui.filterMessage.text() == \
        "Der Zeitraum ist leer: der Beginn 01.01.2022 liegt nach dem Ende 31.12.2021."
    assert (view.refresher.filters, view.summary) == before

    set_filter_text(qtbot, view, ui.periodFromEdit, "")  # no start: every application until the end
    assert not ui.filterMessage.isVisible() and not ui.periodFromEdit.styleSheet()
    assert view.refresher.filters.date_from is None
    assert view.pages[LUNCH].figures.count_of("Anträge (bis 31.12.2021)") == 37


# --------------------------------------------------------------------------- drill-down


def test_enter_on_a_reason_lists_exactly_its_children_and_opens_one(qtbot, anna):
    view = anna.summary_view
    page = view.pages[LUNCH]
    table = page.ui.reasonsTable
    row = next(r for r, f in enumerate(page.reasons.figures) if f.label == AT_HOME)
    table.setFocus()
    table.setCurrentIndex(page.reasons.index(row, 0))
    press("Enter")
    qtbot.waitUntil(lambda: view.drill_model.rowCount() == 8, timeout=5000)
    with anna.database.session() as session:
        expected = drill_down(session, view.refresher.filters, LUNCH, "reasons", AT_HOME)
    shown = [(view.drill_model.index(r, 0).data(), view.drill_model.index(r, 1).data())
             for r in range(view.drill_model.rowCount())]
    assert shown == [(c.family_code, c.child_name) for c in expected]
    families = len({c.family_id for c in expected})
    assert view.ui.drillTitle.text().endswith(f"8 Kinder und Jugendliche in {families} Familien")
    assert AT_HOME in view.ui.drillTitle.text()

    drill_table = view.ui.drillTable
    drill_table.setFocus()
    drill_table.setCurrentIndex(view.drill_model.index(2, 0))
    press("Enter")
    child = expected[2]
    assert anna.ui.views.currentWidget() is anna.ui.familiesPage
    assert anna.current_family_id() == child.family_id
    grid = anna.family_view.ui.butGrid
    assert anna.family_view.but_model.row_key(grid.currentIndex().row()) == (child.child_id, LUNCH.value)


def test_clicking_a_funnel_bar_or_a_card_lists_the_children_behind_it(qtbot, anna):
    view = anna.summary_view
    chart = view.pages[LUNCH].ui.funnelChart
    step = 4  # "Antrag gestellt": the fifth bar from the top
    bar = chart.bars.count() - 1 - step
    point = chart.chart_.mapToPosition(QPointF(chart.bars.at(bar) / 2, bar), chart.series)
    QTest.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=chart.mapFromScene(point))
    with anna.database.session() as session:
        expected = drill_down(session, view.refresher.filters, LUNCH, "funnel", "Antrag gestellt")
    qtbot.waitUntil(lambda: view.drill_model.rowCount() == len(expected) == 37, timeout=5000)
    assert "Antrag gestellt" in view.ui.drillTitle.text()

    qtbot.mouseClick(view.ui.migrationCard, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.drill_model.rowCount() == 42, timeout=5000)
    figures = view.pages[LUNCH].ui.figuresTable
    model = view.pages[LUNCH].figures
    row = next(r for r, f in enumerate(model.figures) if f.label == "ohne Anspruch")
    figures.setFocus()
    figures.setCurrentIndex(model.index(row, 1))
    press("Enter")
    qtbot.waitUntil(lambda: view.drill_model.rowCount() == 13, timeout=5000)
    assert model.index(row, 0).data(DRILL_ROLE).kind == "not_entitled"


# --------------------------------------------------------------------------- following the data


def test_an_edit_in_the_grid_shows_in_the_view_without_a_refresh(qtbot, anna):
    view = anna.summary_view
    family_id = codes(anna)["ANNA-01"]  # Elif 4 KiTa, Yusuf 8 GS: both eat at KiTa / school
    anna.open_family(family_id)
    anna.ui.views.setCurrentWidget(view)
    qtbot.waitUntil(lambda: family_id in view.refresher.known_shares() and view.refresher.idle, timeout=5000)
    figures = view.pages[LUNCH].figures
    assert figures.count_of("ohne Anspruch") == 13

    model = anna.family_view.but_model
    model.confirm = lambda *args: True  # "nein empties the later steps": yes
    row = next(r for r in range(model.rowCount()) if model.row_key(r)[1] == LUNCH.value)
    assert model.setData(model.index(row, model.column_index("entitled")), "nein")
    qtbot.waitUntil(lambda: figures.count_of("ohne Anspruch") == 14, timeout=5000)
    assert figures.count_of("anspruchsberechtigt") == 47
    assert figures.count_of("nehmen das Angebot wahr") == 36
    assert view.pages[LUNCH].ui.funnelChart.counts()[0] == 47
    assert view.refresher.last_update == "shares"  # the quick way: only ANNA-01 was counted

    anna.undo_last()  # Strg+Z from anywhere: the view follows the undo too
    qtbot.waitUntil(lambda: figures.count_of("ohne Anspruch") == 13, timeout=5000)
    with anna.database.session() as session:
        from userjourney.core.summary.counting import summarize

        assert view.summary.to_json() == summarize(session, view.refresher.filters).to_json()


def test_an_edit_of_a_family_nobody_watched_is_counted_afresh(qtbot, anna):
    view = anna.summary_view
    family_id = codes(anna)["ANNA-02"]  # Lea 15 WS
    FamilyWorkspace(anna.database, family_id).add_child("Tom", 6, "Grundschule")
    qtbot.waitUntil(lambda: view.ui.childrenCard.value.text() == "62", timeout=5000)
    assert view.refresher.last_update == "full"
    assert view.pages[LUNCH].figures.count_of("Anspruch unbekannt") == 1


def test_a_stale_view_refreshes_when_its_tab_is_shown(qtbot, anna):
    view = anna.summary_view
    figures = view.pages[LUNCH].figures
    family_id = codes(anna)["ANNA-05"]
    anna.open_family(family_id)
    anna.ui.views.setCurrentWidget(anna.ui.familiesPage)
    assert not view.isVisible()
    workspace = anna.family_view.workspace
    child = next(c for c in workspace.family.children if c.name == "Mehmet")
    workspace.remove_child(child.id)
    qtbot.wait(200)  # time enough for a refresh that should not happen
    assert view.refresher.stale
    assert view.ui.childrenCard.value.text() == "61"  # hidden: nothing counted
    anna.ui.views.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.ui.childrenCard.value.text() == "60", timeout=5000)
    assert not view.refresher.stale
    assert figures.count_of("alle Kinder und Jugendlichen") == 60


def test_a_new_standort_appears_in_the_filter(qtbot, anna):
    view = anna.summary_view

    with anna.database.transaction() as session:
        create_family(session, "Neu", location="Beckum")
    qtbot.waitUntil(lambda: view.ui.locationCombo.findText("Beckum") >= 0, timeout=5000)
    assert view.ui.familiesCard.value.text() == "31"
    with anna.database.session() as session:
        assert drill_down_minijobs(session, None, "persons") == []
