"""The grid table models on their own, without a window: what cells show and what edits do."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from userjourney.core.demo.schmidt_mueller import store_demo
from userjourney.core.editing.family_list import load_rows
from userjourney.core.editing.workspace import FamilyWorkspace
from userjourney.core.storage.models import ButEntry, Change
from userjourney.gui.family.but_model import ButGridModel
from userjourney.gui.family.grid_model import (
    CHOICES_ROLE,
    KIND_ROLE,
    WARN_ROLE,
    EditorKind,
)
from userjourney.gui.family.minijob_model import MinijobGridModel


@pytest.fixture
def demo_db(db):
    with db.transaction() as session:
        store_demo(session)
    return db


def workspace_of(db, code: str) -> FamilyWorkspace:
    return FamilyWorkspace(db, next(r.id for r in load_rows(db) if r.code == code))


@pytest.fixture
def but_model(qapp, demo_db):
    model = ButGridModel()
    model.today = date(2022, 5, 2)
    model.set_workspace(workspace_of(demo_db, "Schmidt"))
    return model


def text(model, row, key, role=Qt.ItemDataRole.DisplayRole):
    return model.index(row, model.column_index(key)).data(role)


def count_changes(db) -> int:
    import sqlalchemy as sa

    with db.session() as s:
        return s.scalar(sa.select(sa.func.count()).select_from(Change))


def test_schmidt_reads_like_anhang_6_5(but_model):
    m = but_model
    assert m.rowCount() == 8 and m.block_rows() == [(0, 4), (4, 4)]
    assert [text(m, r, "area") for r in range(4)] == [
        "Mittagsverpflegung", "Lernförderung", "Teilhabe schulisch", "Teilhabe soziokulturell"]
    assert (text(m, 0, "name"), text(m, 0, "age"), text(m, 0, "facility")) == ("Jan", "13", "Weiterführende Schule")
    row0 = [text(m, 0, k) for k in ("entitled", "offer_exists", "offer_known", "offer_interesting", "applied")]
    assert row0 == ["ja", "ja", "ja", "nein ¹⁾", ""]
    assert text(m, 0, "reason") == "1) Kind möchte zuhause essen"
    assert (text(m, 1, "applied_on"), text(m, 1, "approved_on"), text(m, 1, "details")) == ("01.02.2022", "02.02.2022", "Mathe, Deutsch")
    assert text(m, 3, "offer_interesting") == "ja ³⁾"  # a stall: the sign follows the last ja
    assert text(m, 5, "entitled") == "nein ⁴⁾" and text(m, 6, "entitled") == "nein ⁴⁾"  # one reason, one number
    assert m.footnotes() == [(1, "Kind möchte zuhause essen"), (2, "momentan keine Klassenfahrten"),
                             (3, "Kind noch in der Interessensfindung"), (4, "noch kein Schulkind")]
    # Steps after a nein are shaded; the implied mask is empty for the demo.
    assert text(m, 0, "applied", Qt.ItemDataRole.BackgroundRole) is not None
    assert text(m, 1, "applied", Qt.ItemDataRole.BackgroundRole) is None
    assert text(m, 0, "entitled", KIND_ROLE) is EditorKind.YES_NO and text(m, 0, "area", KIND_ROLE) is EditorKind.READ_ONLY
    assert not m.flags(m.index(0, m.column_index("area"))) & Qt.ItemFlag.ItemIsEditable


def test_ages_grow_with_time(but_model):
    but_model.today = date(2024, 5, 2)
    but_model.refresh()
    assert text(but_model, 0, "age") == "15" and text(but_model, 4, "age") == "7"
    assert text(but_model, 0, "age", Qt.ItemDataRole.ToolTipRole).startswith("13 Jahre am 02.05.2022 erfasst")


def test_ja_fills_earlier_blanks_as_implied_and_is_saved_with_history(but_model, demo_db):
    m = but_model
    changes = count_changes(demo_db)
    saved = []
    m.saved.connect(saved.append)
    # Jana, Lernförderung is "nein"; use a fresh child instead: add one through the workspace.
    m.workspace.add_child("Ben", "9", "Grundschule", today=date(2022, 5, 2))
    m.refresh()
    assert m.rowCount() == 12
    row = 8 + 1  # Ben, Lernförderung
    assert m.setData(m.index(row, m.column_index("applied")), "ja")
    assert [text(m, row, k) for k in ("entitled", "offer_exists", "offer_known", "offer_interesting", "applied")] == [
        "(ja)", "(ja)", "(ja)", "(ja)", "ja"]
    assert text(m, row, "entitled", Qt.ItemDataRole.ToolTipRole).startswith("ergänzt")
    assert text(m, row, "reason") == "Grund fehlt" and text(m, row, "reason", WARN_ROLE) is True
    assert saved == ["Ben · Lernförderung: Antrag gestellt = ja"]  # the child named (issue 18)
    assert count_changes(demo_db) > changes
    # Answering the implied step itself makes it the coach's own ja.
    assert m.setData(m.index(row, m.column_index("entitled")), "ja")
    assert text(m, row, "entitled") == "ja"


def test_nein_asks_before_clearing_later_steps(but_model, demo_db):
    m = but_model
    questions = []
    m.confirm = lambda title, question: questions.append(question) or False
    lf = m.index(1, m.column_index("offer_interesting"))  # Jan, Lernförderung, all ja
    before = count_changes(demo_db)
    assert not m.setData(lf, "nein")
    assert "Antrag gestellt, Antrag bewilligt, Angebot wahrgenommen" in questions[0]
    assert text(m, 1, "used") == "ja" and count_changes(demo_db) == before
    wanted = []
    m.reason_wanted.connect(wanted.append)
    m.confirm = lambda title, question: True
    assert m.setData(lf, "nein")
    assert [text(m, 1, k) for k in ("applied", "applied_on", "approved", "approved_on", "used")] == ["", "", "", "", ""]
    assert text(m, 1, "reason") == "Grund fehlt"
    assert [i.column() for i in wanted] == [m.column_index("reason")] and wanted[0].row() == 1


def test_refusals_change_nothing_and_say_why(but_model, demo_db):
    m = but_model
    refused = []
    m.refused.connect(lambda index, message: refused.append((index.row(), index.column(), message)))
    before = count_changes(demo_db)
    assert not m.setData(m.index(1, m.column_index("applied_on")), "31.02.22")
    assert not m.setData(m.index(0, m.column_index("age")), "-3")
    assert not m.setData(m.index(0, m.column_index("offer_known")), "vielleicht")
    assert [r[2] for r in refused] == [
        "„31.02.22“ ist kein gültiges Datum (diesen Tag gibt es nicht).",
        "„-3“ ist kein gültiges Alter; erwartet: eine ganze Zahl von 0 bis 120.",
        "„vielleicht“ ist keine gültige Angabe; erwartet: ja, nein oder leer.",
    ]
    assert count_changes(demo_db) == before
    assert text(m, 1, "applied_on") == "01.02.2022"


def test_reason_choices_are_the_areas_catalogue_and_new_reasons_join_it(but_model):
    m = but_model
    lunch = m.index(0, m.column_index("reason")).data(CHOICES_ROLE)
    assert lunch[0] == "Kind / Jugendlicher möchte zuhause essen"
    assert "Kind möchte zuhause essen" in lunch  # the demo's own reason joined the catalogue
    assert m.setData(m.index(2, m.column_index("reason")), "  Schulausflug zu teuer ")
    tutoring = m.index(2, m.column_index("reason")).data(CHOICES_ROLE)
    assert "Schulausflug zu teuer" in tutoring
    assert "Schulausflug zu teuer" not in m.index(1, m.column_index("reason")).data(CHOICES_ROLE)


def test_a_date_means_ja_and_asks_before_overruling_a_nein(but_model):
    m = but_model
    asked = []
    m.confirm = lambda title, question: asked.append(title) or True
    assert m.setData(m.index(0, m.column_index("applied_on")), "03.03.2022")  # Jan MV stopped at interessant: nein
    assert asked == ["Früheres „nein“ ändern?"]
    # The journey now stalls after the application; its reason (footnote 1) moves along.
    assert [text(m, 0, k) for k in ("offer_interesting", "applied", "applied_on")] == ["(ja)", "ja ¹⁾", "03.03.2022"]


@pytest.fixture
def minijob_model(qapp, demo_db):
    model = MinijobGridModel()
    model.today = date(2022, 4, 20)
    model.set_workspace(workspace_of(demo_db, "Müller"))
    return model


def test_mueller_reads_like_anhang_6_7(minijob_model):
    m = minijob_model
    assert m.rowCount() == 2
    rows = [[text(m, r, c.key) for c in m.columns] for r in range(2)]
    assert rows == [
        ["Martina Müller", "42", "Schule in Everswinkel", "", "2", "1", "1", "ja", "ja", "ja ¹⁾"],
        ["Mia Müller", "21", "", "", "2 ²⁾", "3", "3 ³⁾", "ja", "nein", ""],
    ]
    assert [n for n, _ in m.footnotes()] == [1, 2, 3]
    assert m.footnotes()[1][1] == "Gemeinsame Recherche von Minijobmöglichkeiten im sozialen Bereich"
    assert m.legend() == "1 = selbstständig / 2 = mit wenig Unterstützung / 3 = mit viel Unterstützung / 4 = unselbstständig"
    assert text(m, 1, "found", Qt.ItemDataRole.ToolTipRole) == "3 = mit viel Unterstützung"


def test_nachhaltig_is_proposed_by_the_three_month_rule_and_overrides_show(minijob_model):
    m = minijob_model
    mia = 1
    assert m.setData(m.index(mia, m.column_index("started_on")), "31.01.2022")
    m.today = date(2022, 4, 29)
    m.refresh()
    assert text(m, mia, "sustainable") == ""
    assert "nachhaltig ab 30.04.2022" in text(m, mia, "sustainable", Qt.ItemDataRole.ToolTipRole)
    m.today = date(2022, 4, 30)
    m.refresh()
    assert text(m, mia, "sustainable") == "(ja)"
    assert text(m, mia, "sustainable", Qt.ItemDataRole.FontRole).italic()
    assert m.setData(m.index(mia, m.column_index("sustainable")), "nein")
    assert text(m, mia, "sustainable") == "nein"
    assert text(m, mia, "sustainable", Qt.ItemDataRole.FontRole).bold()
    assert "3-Monats-Regel ergäbe: ja" in text(m, mia, "sustainable", Qt.ItemDataRole.ToolTipRole)
    assert m.setData(m.index(mia, m.column_index("sustainable")), "")  # back to the rule
    assert text(m, mia, "sustainable") == "(ja)"


def test_minijob_refusals(minijob_model, demo_db):
    m = minijob_model
    refused = []
    m.refused.connect(lambda index, message: refused.append(message))
    before = count_changes(demo_db)
    for key, value in (("found", "5"), ("found", "0"), ("searched", "zwei"), ("started_on", "30.02.2022")):
        assert not m.setData(m.index(1, m.column_index(key)), value)
    assert refused == [
        "„5“ ist keine gültige Stufe; erwartet: 1 (selbstständig) bis 4 (unselbstständig).",
        "„0“ ist keine gültige Stufe; erwartet: 1 (selbstständig) bis 4 (unselbstständig).",
        "„zwei“ ist keine gültige Stufe; erwartet: 1 (selbstständig) bis 4 (unselbstständig).",
        "„30.02.2022“ ist kein gültiges Datum (diesen Tag gibt es nicht).",
    ]
    assert count_changes(demo_db) == before  # refused: nothing written, not even history
    # Aufgestockt without Aufstockung möglich = ja
    m.confirm = lambda title, question: True
    assert m.setData(m.index(1, m.column_index("topup_possible")), "nein")  # clears Mia's Aufgestockt
    assert text(m, 1, "topped_up") == ""
    changes = count_changes(demo_db)
    assert not m.setData(m.index(1, m.column_index("topped_up")), "ja")
    assert refused[-1] == "„Aufgestockt“ geht nur, wenn „Aufstockung möglich“ ja ist."
    assert count_changes(demo_db) == changes


def test_notes_are_footnotes_in_reading_order(minijob_model):
    m = minijob_model
    found = m.columns[m.column_index("found")]
    assert m.note_of(0, found) == ""
    assert m.save_note(0, found, "Stelle über Nachbarin gefunden")
    assert [n for n, _ in m.footnotes()] == [1, 2, 3, 4]
    assert m.footnotes()[0] == (1, "Stelle über Nachbarin gefunden")
    assert text(m, 0, "found") == "1 ¹⁾" and text(m, 0, "sustainable") == "ja ²⁾"
    assert m.note_of(0, m.columns[m.column_index("employer")]) is None
    assert m.save_note(0, found, "")  # an empty note removes it
    assert [n for n, _ in m.footnotes()] == [1, 2, 3]


def test_entries_are_created_on_first_edit_only(but_model, demo_db):
    import sqlalchemy as sa

    m = but_model
    m.workspace.add_child("Ben", "9", "Grundschule")
    m.refresh()
    with demo_db.session() as s:
        before = s.scalar(sa.select(sa.func.count()).select_from(ButEntry))
    assert text(m, 8, "entitled") == "" and text(m, 8, "reason") == ""
    with demo_db.session() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(ButEntry)) == before
