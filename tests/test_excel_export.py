"""The export workbook: raw sheets in template layout, formats, print setup, round trip."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
import sqlalchemy as sa

from excel_support import BUT_HEADERS, MINIJOB_HEADERS, but, content, write_xlsx
from userjourney.core import editing
from userjourney.core.demo import store_demo
from userjourney.core.excel import apply_import, export_workbook, plan_import
from userjourney.core.excel.export import step_cells
from userjourney.core.models import Change
from userjourney.core.storage import open_database

TODAY = date(2024, 5, 1)


class Filters:
    """What the command line passes (the summary's filter object has the same fields)."""

    def __init__(self, location=None, coach=None, date_from=None, date_to=None, stand=None):
        self.location, self.coach, self.date_from, self.date_to, self.stand = location, coach, date_from, date_to, stand


@pytest.fixture
def demo_db(db):
    with db.transaction() as s:
        store_demo(s)
    return db


@pytest.fixture
def demo_export(demo_db, tmp_path):
    path = tmp_path / "export.xlsx"
    export_workbook(demo_db, path, Filters(stand=date(2022, 5, 31)), today=TODAY)
    return openpyxl.load_workbook(path)


def test_raw_sheets_have_the_template_layout(demo_export):
    assert demo_export.sheetnames[-2:] == ["BuT", "Minijobs"]
    but_sheet, jobs = demo_export["BuT"], demo_export["Minijobs"]
    assert [c.value for c in but_sheet[1]] == BUT_HEADERS
    assert [c.value for c in jobs[1]] == MINIJOB_HEADERS
    rows = [[c.value for c in row] for row in but_sheet.iter_rows(min_row=2)]
    assert len(rows) == 8
    assert rows[1] == [
        "Schmidt", "Ennigerloh", "Max Mustermann", datetime(2021, 11, 10), "nein", "nicht alleinerziehend",
        "Jan", 14, "Weiterführende Schule", "Lernförderung", "ja", "ja", "ja", "ja",
        datetime(2022, 2, 1), datetime(2022, 2, 2), "ja", "Mathe, Deutsch", None,
    ]
    assert rows[5][9:] == ["Lernförderung", "nein", None, None, None, None, None, None, None, "noch kein Schulkind"]
    martina = [c.value for c in jobs[2]]
    assert martina[6:16] == ["Martina Müller", 44, "Schule in Everswinkel", None, 2, 1, 1, "ja", "ja", "ja"]


def test_real_number_and_date_formats(demo_export):
    sheet = demo_export["BuT"]
    created, age, applied = sheet["D2"], sheet["H2"], sheet["O3"]
    assert created.is_date and created.number_format == "DD.MM.YYYY"
    assert applied.is_date and applied.number_format == "DD.MM.YYYY"
    assert isinstance(age.value, int) and age.number_format == "0"
    levels = demo_export["Minijobs"]["K2"]
    assert levels.value == 2 and levels.number_format == "0"
    assert sheet["K2"].data_type == "s"  # ja/nein as text


def test_frozen_header_autofilter_and_print_setup(demo_export):
    for name, last in (("BuT", "S9"), ("Minijobs", "U3")):
        sheet = demo_export[name]
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref == f"A1:{last}"
        assert sheet.page_setup.orientation == "landscape"
        assert (sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight) == (1, 0)
        assert sheet.sheet_properties.pageSetUpPr.fitToPage is True
        assert sheet.print_title_rows == "$1:$1"
        assert sheet.oddHeader.center.text == f"User Journey – Rohdaten {name} – Stand 31.05.2022"
        assert sheet.oddFooter.right.text == "Seite &P von &N"
        assert all(c.font.bold for c in sheet[1])


def test_implied_steps_are_written_blank_and_read_back_implied(db, tmp_path):
    assert step_cells((True, True, True, True, None, None, None), 0b0110, None, None) == [
        "ja", None, None, "ja", None, None, None]
    # an implied ja with no explicit ja after it stays ja
    assert step_cells((True, True, None, None, None, None, None), 0b0011, None, None) == [
        "ja", "ja", None, None, None, None, None]
    assert step_cells((True, True, True, True, True, True, True), 0, date(2022, 2, 1), None)[4] == date(2022, 2, 1)
    path = write_xlsx(tmp_path / "a.xlsx", [but(Anspruch=None, Angebot_vorhanden=None, Angebot_interessant="ja",
                                               Grund=None)])
    apply_import(db, plan_import(path, db))
    export_workbook(db, tmp_path / "e.xlsx")
    row = [c.value for c in openpyxl.load_workbook(tmp_path / "e.xlsx")["BuT"][2]]
    assert row[10:14] == [None, None, "ja", "ja"]


def _round_trip(source_db, tmp_path: Path):
    first = tmp_path / "erste.xlsx"
    export_workbook(source_db, first)
    target = open_database(tmp_path / "neu.sqlite", actor="Import")
    plan = plan_import(first, target)
    assert plan.ok, plan.error_lines()
    apply_import(target, plan)
    second = tmp_path / "zweite.xlsx"
    export_workbook(target, second)
    target.close()
    return first, second, tmp_path / "neu.sqlite"


def _cells(path, sheet):
    return [[c for c in row] for row in openpyxl.load_workbook(path, read_only=True)[sheet].iter_rows(values_only=True)]


def test_round_trip_of_the_demo_data(demo_db, db_path, tmp_path):
    first, second, copy = _round_trip(demo_db, tmp_path)
    assert content(copy) == content(db_path)
    for sheet in ("BuT", "Minijobs"):
        assert _cells(first, sheet) == _cells(second, sheet)


def test_round_trip_of_synthetic_data_with_every_journey_shape(db, db_path, tmp_path):
    from bench.synthetic import generate

    generate(db, 40, seed=7)
    with db.transaction() as s:  # the rarer shapes: a child without entries, a family without anyone
        family = editing.create_family(s, "Leer", location="Ahlen")
        editing.add_child(s, editing.create_family(s, "Nur Kind"), "Ida", 4, "KiTa")
        person = editing.add_person(s, family, "Olga", 30)
        editing.minijob_for(s, person)  # a Minijob journey not started yet
    with db.transaction() as s:
        editing.create_family(s, "Niemand")
    first, second, copy = _round_trip(db, tmp_path)
    ours, theirs = content(db_path), content(copy)
    # a Minijob journey without any answer has nothing to export: the one difference
    assert [p for p in ours["persons"] if p[1] == "Olga"][0][-1] == 1
    assert [p for p in theirs["persons"] if p[1] == "Olga"][0][-1] == 0
    ours["persons"] = [p[:-1] for p in ours["persons"]]
    theirs["persons"] = [p[:-1] for p in theirs["persons"]]
    # a date in Antrag gestellt/bewilligt is a "ja" the coach gave: the file cannot say "implied
    # ja with a date", so such a step comes back explicit (the generator makes a few of them)
    def dated_explicit(e):
        mask = e[10] & ~((e[11] is not None) << 4) & ~((e[12] is not None) << 5)
        return e[:10] + (mask,) + e[11:]

    ours["entries"] = sorted(dated_explicit(e) for e in ours["entries"])
    theirs["entries"] = sorted(theirs["entries"])
    assert {k: v for k, v in theirs.items() if k != "reasons"} == {k: v for k, v in ours.items() if k != "reasons"}
    used = {e[13] for e in ours["entries"] if e[13]}
    assert used <= {text for _, text, _ in theirs["reasons"]}
    for sheet in ("BuT", "Minijobs"):
        assert _cells(first, sheet) == _cells(second, sheet)
    # importing the export into the database it came from changes nothing but those implied flags
    result = apply_import(db, plan_import(first, db))
    with db.session() as s:
        rows = s.scalars(sa.select(Change).where(Change.txn_id == result.txn_id)).all()
    assert {(r.record_type, r.field) for r in rows} == {("but_entry", "implied_mask")}
    assert plan_import(first, db).has_changes is False


def test_family_filters_select_the_raw_rows(demo_db, tmp_path):
    path = tmp_path / "e.xlsx"
    result = export_workbook(demo_db, path, Filters(location="Everswinkel"))
    assert (result.families, result.but_rows, result.minijob_rows) == (1, 0, 2)
    workbook = openpyxl.load_workbook(path)
    assert workbook["BuT"].max_row == 1 and workbook["Minijobs"].max_row == 3
    result = export_workbook(demo_db, path, Filters(coach="Max Mustermann"))
    assert (result.families, result.but_rows, result.minijob_rows) == (1, 8, 0)


def test_texts_are_never_formulas_and_control_characters_are_dropped(db, tmp_path):
    with db.transaction() as s:
        family = editing.create_family(s, "=HYPERLINK(\"http://x\")", location="Ahlen\x07")
        child = editing.add_child(s, family, "Ida", 4, "KiTa")
        entry = editing.entry_for(s, child, "Mittagsverpflegung")
        editing.set_step(entry, 0, "nein")
        editing.set_reason(s, entry, "=1+1")
    export_workbook(db, tmp_path / "e.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "e.xlsx")["BuT"]
    assert sheet["A2"].value == "=HYPERLINK(\"http://x\")" and sheet["A2"].data_type == "s"
    assert sheet["S2"].value == "=1+1" and sheet["S2"].data_type == "s"
    assert sheet["B2"].value == "Ahlen"


def test_a_failed_export_leaves_the_old_file_and_no_temporary_files(demo_db, tmp_path):
    path = tmp_path / "export.xlsx"
    path.write_bytes(b"old")

    def cancel(done, total):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        export_workbook(demo_db, path, progress=cancel)
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir() if p.name != "userjourney.sqlite" and "sqlite" not in p.name] == [
        "export.xlsx"]


def test_export_progress_reaches_the_total(demo_db, tmp_path):
    seen = []
    export_workbook(demo_db, tmp_path / "e.xlsx", progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (10, 10) and all(d <= t for d, t in seen)


def test_export_of_an_empty_database(db, tmp_path):
    result = export_workbook(db, tmp_path / "leer.xlsx")
    assert (result.families, result.but_rows, result.minijob_rows) == (0, 0, 0)
    workbook = openpyxl.load_workbook(tmp_path / "leer.xlsx")
    assert workbook["BuT"].max_row == 1
