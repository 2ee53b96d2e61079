"""The family list: search by Familie code or a name, filter by Standort and JobCoach, newest first."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tests.support.gui import press, type_text
from userjourney.core.editing.edits import add_child, create_family
from userjourney.core.storage.models import Family


@pytest.fixture
def families(main_window):
    with main_window.database.transaction() as s:
        for i, (code, location, coach) in enumerate([
            ("Schmidt", "Ennigerloh", "Max Mustermann"), ("Schmitz", "Everswinkel", "Erika Musterfrau"),
            ("Müller", "Everswinkel", "Max Mustermann"), ("Yilmaz", "Ahlen", "Erika Musterfrau"),
        ]):
            family = create_family(s, code, location=location, coach=coach, created_on=date(2022, 1, 1))
            family.updated_at = datetime(2022, 1, 1 + i, tzinfo=UTC)
            add_child(s, family, "Kind", 8, "Grundschule")
    main_window.list_model.reload()
    main_window._fill_filters()
    return main_window


def shown(window) -> list[str]:
    proxy = window.list_filter
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def test_newest_first_then_search_and_filters(qtbot, families):
    window = families
    assert shown(window) == ["Yilmaz", "Müller", "Schmitz", "Schmidt"]
    assert window.ui.familyCount.text() == "4 Familien"
    window.ui.search.setFocus()
    type_text("SCHM")
    assert shown(window) == ["Schmitz", "Schmidt"]
    assert window.ui.familyCount.text() == "2 von 4 Familien"
    press("Tab")  # to the Standort filter; choose by typing
    type_text("Ev")
    assert window.ui.locationFilter.currentText() == "Everswinkel"
    assert shown(window) == ["Schmitz"]
    window.ui.search.clear()
    assert shown(window) == ["Müller", "Schmitz"]
    window.ui.coachFilter.setFocus()
    type_text("Max")
    assert shown(window) == ["Müller"]


def test_an_edit_moves_a_family_to_the_top_and_shows_its_completeness(qtbot, families):
    window = families
    schmidt = next(r.id for r in window.list_model.rows if r.code == "Schmidt")
    window.open_family(schmidt)
    row = window.list_model.row_of(schmidt)
    assert window.list_model.index(row, 4).data() == "0 %"
    model = window.family_view.but_model
    model.confirm = lambda *a: True
    for r in range(4):
        assert model.setData(model.index(r, model.column_index("entitled")), "nein")
        assert model.setData(model.index(r, model.column_index("reason")), "noch kein Schulkind")
    qtbot.waitUntil(lambda: shown(window)[0] == "Schmidt", timeout=3000)
    row = window.list_model.row_of(schmidt)
    assert window.list_model.index(row, 4).data() == "100 %"
    assert window.family_view.ui.completenessValue.text() == "4 von 4 BuT-Zeilen (100 %)"


def test_a_new_family_appears_in_the_filters(qtbot, families):
    window = families
    with window.database.transaction() as s:
        create_family(s, "Neu", location="Beckum")
    qtbot.waitUntil(lambda: window.ui.locationFilter.findText("Beckum") >= 0, timeout=3000)
    assert "Neu" in shown(window)
    assert window.database.session().query(Family).count() == 5


def test_one_family_is_one_familie(qtbot, main_window):
    """Issue 18: "1 Familien" — singular and plural right."""
    from userjourney.core.editing.edits import create_family

    with main_window.database.transaction() as session:
        create_family(session, "Einzig")
    qtbot.waitUntil(lambda: main_window.ui.familyCount.text() == "1 Familie", timeout=3000)  # follows the commit


def test_the_search_finds_a_name_and_enter_opens_the_family(qtbot, main_window):
    """Issue 18: a coach remembers "Mia", not the code; Enter opens what was found."""
    from userjourney.core.demo.schmidt_mueller import store_demo

    with main_window.database.transaction() as s:
        store_demo(s)
    main_window.reload_everything()
    main_window.ui.search.setFocus()
    type_text("mia")
    assert shown(main_window) == ["Müller"]
    press("Enter")
    qtbot.waitUntil(lambda: main_window.family_view.family_id is not None, timeout=3000)
    assert main_window.family_view.workspace.family.code == "Müller"
    assert main_window.focusWidget() is main_window.family_view.ui.butGrid
    main_window.ui.search.setFocus()
    main_window.ui.search.clear()
    type_text("niemand")
    press("Enter")
    assert main_window.statusBar().currentMessage() == "Keine Familie gefunden."


def test_a_code_that_says_familie_is_not_doubled_in_the_title(qtbot, main_window):
    """Issue 18: "Familie Familie Yilmaz – userjourney – …" in the title."""
    with main_window.database.transaction() as s:
        yilmaz = create_family(s, "Familie Yilmaz").id
        code = create_family(s, "YIL-01").id
    main_window.reload_everything()
    main_window.open_family(yilmaz)
    assert main_window.windowTitle().startswith("Familie Yilmaz – userjourney – ")
    main_window.open_family(code)
    assert main_window.windowTitle().startswith("Familie YIL-01 – userjourney – ")
