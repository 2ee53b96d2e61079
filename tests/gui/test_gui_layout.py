"""Every page fits an office laptop (issue 18): 1280×720 logical pixels (1920×1080 at 150 %) and 1920×1080.

The window must not insist on more than the screen has (its minimum size), nothing of it may lie
outside the window (a cut-off field or button), and the family list must not scroll sideways.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QComboBox, QLabel, QLineEdit, QWidget

from userjourney.core.demo.schmidt_mueller import store_demo
from userjourney.core.editing.family_list import load_rows
from userjourney.gui.family.list_model import FamilyListModel

SIZES = [(1280, 720), (1920, 1080)]


def _pages(window):
    """(name, how to get there) for every page a coach works on."""
    view = window.family_view
    summary = window.summary_view

    def family(code: str, tab: int):
        def go():
            window.ui.views.setCurrentIndex(0)
            window.open_family(next(r.id for r in load_rows(window.database) if r.code == code))
            view.ui.journeyTabs.setCurrentIndex(tab)
        return go

    def auswertung(index: int):
        def go():
            window.ui.views.setCurrentIndex(1)
            summary.ui.areaTabs.setCurrentIndex(index)
        return go

    pages = [("Familie Schmidt, BuT", family("Schmidt", 0)), ("Familie Müller, Minijobs", family("Müller", 1))]
    pages += [(f"Auswertung, {summary.ui.areaTabs.tabText(i)}", auswertung(i)) for i in range(summary.ui.areaTabs.count())]

    def as_of():  # the longest status line: a past Datenstand
        from datetime import date, timedelta

        window.ui.views.setCurrentIndex(1)
        summary.ui.areaTabs.setCurrentIndex(0)
        summary.show_as_of(date.today() - timedelta(days=1))
    pages.append(("Auswertung mit Datenstand", as_of))
    return pages


def _cut_off(window) -> list[str]:
    """Visible fields, labels and buttons that reach beyond the window's inner area."""
    inside = window.rect()
    found = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, (QLabel, QLineEdit, QComboBox, QAbstractButton)) or not widget.isVisible():
            continue
        if widget.objectName().startswith("qt_") or not widget.objectName():
            continue  # Qt's own parts (tab scroll buttons, viewports)
        top_left = widget.mapTo(window, QPoint(0, 0))
        area = QRect(top_left, widget.size())
        clip = widget.visibleRegion().boundingRect()
        if not inside.contains(area) or (clip.width() and clip.width() < widget.width() - 1 and not inside(widget, QAbstractScrollArea)):  # in a scroll area: reachable by scrolling
            found.append(f"{widget.objectName()} at {area.getRect()} (visible {clip.width()} of {widget.width()})")
    return found


def _cut_combos(window) -> list[str]:
    """Visible combo boxes too narrow for the choice they show ("nicht alleinerzieh")."""
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    found = []
    for combo in window.findChildren(QComboBox):
        if not combo.isVisible() or combo.isEditable() or not combo.currentText():
            continue
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        room = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxEditField, combo).width()
        if combo.fontMetrics().horizontalAdvance(combo.currentText()) > room:
            found.append(f"{combo.objectName()}: {combo.currentText()!r} in {room} px")
    return found


def _cut_headers(window) -> list[str]:
    """Column headers of visible tables whose text does not fit their column."""
    from PySide6.QtWidgets import QTableView

    found = []
    for table in window.findChildren(QTableView):
        if not table.isVisible() or table.model() is None:
            continue
        header = table.horizontalHeader()
        if not header.isVisible():
            continue
        for section in range(header.count()):
            if header.isSectionHidden(section) or header.sectionSize(section) == 0:
                continue
            needed = header.sectionSizeFromContents(section).width()
            if header.sectionSize(section) < needed - 2:
                text = table.model().headerData(section, header.orientation())
                found.append(f"{table.objectName()}: {text!r} {header.sectionSize(section)} < {needed}")
    return found


def _counted(summary, page: str) -> bool:
    """The Auswertung's figures are in (and, with a Datenstand, its status line says so)."""
    if not summary.refresher.idle:
        return False
    return not page.endswith("Datenstand") or (
        summary.filters.as_of is not None and "Datenstand" in summary.ui.statusLabel.text())


@pytest.fixture
def families(qtbot, main_window):
    with main_window.database.transaction() as session:
        store_demo(session)
    main_window.reload_everything()
    return main_window


def every_page(qtbot, qapp, window, size):
    """Show each page at ``size`` and check it fits: no minimum beyond the screen, nothing cut
    off, and no column header clipped. Yields each page's name after its checks."""
    width, height = size
    for name, go in _pages(window):
        go()
        qtbot.waitUntil(lambda name=name: _counted(window.summary_view, name), timeout=15000)
        window.resize(width, height)
        qapp.processEvents()
        hint = window.minimumSizeHint()
        assert hint.width() <= width and hint.height() <= height, (name, hint.toTuple())
        assert (window.width(), window.height()) == (width, height), name
        assert _cut_off(window) == [], name
        assert _cut_combos(window) == [], name
        assert _cut_headers(window) == [], name
        yield name


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_page_fits_the_screen(qtbot, qapp, families, size):
    window = families
    for name in every_page(qtbot, qapp, window, size):
        if name.startswith("Familie"):  # the family list does not scroll sideways: its columns fit
            table = window.ui.familyTable
            assert table.horizontalHeader().length() <= table.viewport().width(), name
            assert not table.horizontalScrollBar().isVisible(), name
            assert _cut_cells(table, FamilyListModel.CODE) == [], name  # every Familie whole


def _cut_cells(table, column: int) -> list[str]:
    """Texts of one column that do not fit its width."""
    model, metrics = table.model(), table.fontMetrics()
    return [text for row in range(model.rowCount())
            if metrics.horizontalAdvance(text := model.index(row, column).data() or "") + 8 > table.columnWidth(column)]


def test_in_a_narrow_pane_the_family_list_gives_way_with_jobcoach_first(qtbot, qapp, families):
    window = families
    window.resize(1280, 720)
    window.ui.splitter.setSizes([340, 940])
    qapp.processEvents()
    table, model = window.ui.familyTable, window.list_filter
    shown = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())
             if not table.isColumnHidden(c)]
    assert shown == ["Familie", "Standort", "Bearbeitet", "Vollst."]
    assert _cut_cells(table, FamilyListModel.CODE) == [] and _cut_headers(window) == []
    first = model.index(0, FamilyListModel.CODE)
    coach = model.index(0, FamilyListModel.COACH).data()
    assert f"JobCoach: {coach}" in first.data(Qt.ItemDataRole.ToolTipRole)  # still there to read

    window.ui.splitter.setSizes([240, 1040])  # narrower still: Standort goes too
    qapp.processEvents()
    assert [c for c in range(model.columnCount()) if table.isColumnHidden(c)] == \
        [FamilyListModel.LOCATION, FamilyListModel.COACH]
    window.resize(1920, 1080)
    window.ui.splitter.setSizes([640, 1280])  # wider: all come back, the text columns share the room
    qapp.processEvents()
    assert not any(table.isColumnHidden(c) for c in range(model.columnCount()))
    assert table.horizontalHeader().length() == table.viewport().width()
    assert _cut_headers(window) == [] and not table.horizontalScrollBar().isVisible()


def _frozen_shows(grid, row: int) -> bool:
    """The overlay is up, over the grid's left edge, and shows the row's first cell."""
    frozen = grid.frozen
    cell = frozen.visualRect(grid.model().index(row, 0))
    return frozen.isVisible() and frozen.geometry().left() <= grid.frameWidth() + 1 and \
        frozen.viewport().rect().intersects(cell)


def test_who_the_row_is_stays_in_view_when_the_grid_scrolls_sideways(qtbot, qapp, families):
    """At 1280×720 the BuT grid is wider than the window: at Grund, Kind … Bereich stay at the
    left edge (and the current cell is never under them); back at the start the grid shows
    them itself, and the child's name is edited in place."""
    from tests.support.gui import go_to, press, type_text

    window = families
    window.resize(1280, 720)
    window.open_family(next(r.id for r in load_rows(window.database) if r.code == "Schmidt"))
    view = window.family_view
    grid, model = view.ui.butGrid, view.but_model
    qapp.processEvents()
    assert grid.horizontalScrollBar().maximum() > 0  # the premise: it does scroll sideways
    assert not grid.frozen.isVisible()

    go_to(grid, 2, "reason")  # Jan · Teilhabe schulisch · Grund
    qtbot.waitUntil(lambda: grid.horizontalScrollBar().value() > 0, timeout=3000)
    assert _frozen_shows(grid, 2)
    frozen_width = grid.frozen.width_covered()
    assert frozen_width == sum(c.width for c in model.columns[:4])
    assert [grid.frozen.model().headerData(c, grid.frozen.horizontalHeader().orientation()) for c in range(4)] == \
        ["Kind", "Alter", "Einrichtung", "Bereich"]
    assert [grid.frozen.isColumnHidden(c) for c in range(6)] == [False] * 4 + [True] * 2
    assert grid.visualRect(grid.currentIndex()).left() >= frozen_width  # the current cell is not under them

    while grid.currentIndex().column() > model.column_index("entitled"):  # back along the row:
        press("Left")  # each cell scrolled out from under the frozen columns
        assert grid.visualRect(grid.currentIndex()).left() >= frozen_width, grid.currentIndex().column()
    grid.verticalScrollBar().setValue(grid.verticalScrollBar().maximum())
    assert grid.frozen.verticalScrollBar().value() == grid.verticalScrollBar().value()  # they scroll together

    press("Home")  # Kind: the grid at its left end shows the columns itself, the overlay goes
    qtbot.waitUntil(lambda: not grid.frozen.isVisible(), timeout=3000)
    assert grid.horizontalScrollBar().value() == 0
    type_text("Janek")
    press("Enter")
    qtbot.waitUntil(lambda: model.index(0, 0).data() == "Janek", timeout=3000)

    view.ui.journeyTabs.setCurrentIndex(1)
    window.open_family(next(r.id for r in load_rows(window.database) if r.code == "Müller"))
    minijobs = view.ui.minijobGrid
    qapp.processEvents()
    go_to(minijobs, 1, "sustainable")
    qtbot.waitUntil(lambda: minijobs.horizontalScrollBar().value() > 0, timeout=3000)
    assert _frozen_shows(minijobs, 1)
    assert minijobs.frozen.width_covered() == view.minijob_model.columns[0].width  # Person
