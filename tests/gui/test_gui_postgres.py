"""The window on a PostgreSQL database (issue 15: the GUI tests at least once on a server):
open a family, edit a cell in the grid, undo it, and see the Auswertung and its Verlauf follow —
the same code paths as on SQLite, on a real server (``tests/support/postgres.py``)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QThreadPool

from tests.support.gui import show_auswertung
from userjourney.core.demo.anna_over_time import store_anna_over_time
from userjourney.core.editing.family_list import load_rows
from userjourney.core.storage.database import open_database
from userjourney.core.vocab import Area

pytestmark = pytest.mark.postgresql


@pytest.fixture
def server_window(qtbot, server_databases):
    from userjourney.gui.main_window import MainWindow

    database = open_database(server_databases(), actor="Testerin")
    store_anna_over_time(database)
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    QThreadPool.globalInstance().waitForDone(30000)
    database.close()


def test_edit_undo_auswertung_and_verlauf_on_a_server(qtbot, server_window):
    window = server_window
    view = show_auswertung(qtbot, window)
    figures = view.pages[Area.LUNCH].figures
    assert figures.count_of("ohne Anspruch") == 13

    family_id = next(row.id for row in load_rows(window.database) if row.code == "ANNA-01")
    window.open_family(family_id)
    window.ui.views.setCurrentWidget(window.ui.familiesPage)
    model = window.family_view.but_model
    model.confirm = lambda *args: True  # "nein empties the later steps": yes
    row = next(r for r in range(model.rowCount()) if model.row_key(r)[1] == Area.LUNCH.value)
    assert model.setData(model.index(row, model.column_index("entitled")), "nein")
    window.ui.views.setCurrentWidget(view)
    qtbot.waitUntil(lambda: figures.count_of("ohne Anspruch") == 14, timeout=10000)
    window.undo_last()
    qtbot.waitUntil(lambda: figures.count_of("ohne Anspruch") == 13, timeout=10000)

    view.ui.areaTabs.setCurrentWidget(view.trend_page)
    qtbot.waitUntil(lambda: view.trend_idle and view.trend_page.trend is not None, timeout=20000)
    model = view.trend_page.model
    ends = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert model.index(ends.index("31.03.2021"), 3).data() == "13 / 48 (27 %) · 2"
    view.show_as_of(view.trend_page.trend.periods[ends.index("31.03.2021")].end)
    qtbot.waitUntil(lambda: view.filters.as_of is not None and view.refresher.idle, timeout=10000)
    qtbot.waitUntil(lambda: figures.count_of("nehmen das Angebot wahr") == 13, timeout=10000)


def test_another_coachs_edit_shows_within_seconds_without_disturbing_an_open_editor(qtbot, server_window):
    from PySide6.QtWidgets import QAbstractItemView, QLineEdit

    from tests.support.gui import type_text
    from userjourney.core.editing.workspace import FamilyWorkspace

    window = server_window
    view = show_auswertung(qtbot, window)
    figures = view.pages[Area.LUNCH].figures
    assert figures.count_of("ohne Anspruch") == 13

    rows = {row.code: row.id for row in load_rows(window.database)}
    window.open_family(rows["ANNA-01"])
    window.ui.views.setCurrentWidget(window.ui.familiesPage)
    model = window.family_view.but_model
    grid = window.family_view.ui.butGrid
    lunch = next(r for r in range(model.rowCount()) if model.row_key(r)[1] == Area.LUNCH.value)
    tutoring = next(r for r in range(model.rowCount()) if model.row_key(r)[1] == Area.TUTORING.value)
    child_id = model.row_key(lunch)[0]
    note = model.index(tutoring, model.column_index("note"))  # a note being typed in another row
    grid.setCurrentIndex(note)
    grid.edit(note)
    qtbot.waitUntil(lambda: grid.state() == QAbstractItemView.State.EditingState, timeout=3000)
    type_text("halb getippt")
    typed = grid.focusWidget()
    assert isinstance(typed, QLineEdit) and typed.text() == "halb getippt", type(typed)

    anna = open_database(window.database.target.url, actor="Anna")  # another coach, another program
    try:
        theirs = FamilyWorkspace(anna, rows["ANNA-01"])
        theirs.set_note(child_id, Area.LUNCH, "von Anna")
        theirs.set_step(child_id, Area.LUNCH, 0, False)  # Anspruch nein
    finally:
        anna.close()
    qtbot.waitUntil(lambda: model.index(lunch, model.column_index("note")).data() == "von Anna", timeout=8000)
    assert grid.state() == QAbstractItemView.State.EditingState  # the coach's typing is untouched
    editor = grid.focusWidget() if isinstance(grid.focusWidget(), QLineEdit) else grid.findChild(QLineEdit)
    assert editor is not None and editor.text() == "halb getippt"
    window.ui.views.setCurrentWidget(view)
    qtbot.waitUntil(lambda: figures.count_of("ohne Anspruch") == 14, timeout=8000)



def test_the_backup_copy_of_a_server_window(server_window, tmp_path):
    window = server_window
    assert window.ui.actionBackup.isVisible() and not window.ui.actionRestore.isVisible()
    target = window.save_backup_copy(str(tmp_path / "kopie.sqlite"))
    assert target is not None
    with open_database(target, read_only=True) as copy, copy.session() as session:
        from userjourney.core.storage.models import Family

        assert session.query(Family).count() == 30


def test_the_status_bar_says_when_the_server_is_lost_and_back(qtbot, server_window, monkeypatch):
    from userjourney.core.errors import DatabaseError
    from userjourney.gui import operations

    window = server_window
    label = window.server_label
    qtbot.waitUntil(lambda: label.text().endswith("· verbunden"), timeout=8000)
    real = operations._changes_after

    def unreachable(*args, **kwargs):
        raise DatabaseError("Die Verbindung zum Server ist unterbrochen.")

    monkeypatch.setattr(operations, "_changes_after", unreachable)
    qtbot.waitUntil(lambda: "Verbindung unterbrochen" in label.text(), timeout=8000)
    assert "color" in label.styleSheet()
    monkeypatch.setattr(operations, "_changes_after", real)
    qtbot.waitUntil(lambda: label.text().endswith("· verbunden"), timeout=8000)
    assert label.styleSheet() == ""
