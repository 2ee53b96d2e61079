"""The export workbook: raw sheets in template layout, formats, print setup, round trip."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
import sqlalchemy as sa

from tests.support.excel import BUT_HEADERS, MINIJOB_HEADERS, but, content, write_xlsx
from userjourney.core.demo.anna import store_anna
from userjourney.core.demo.schmidt_mueller import store_demo
from userjourney.core.editing.edits import (
    add_child,
    add_person,
    create_family,
    entry_for,
    minijob_for,
    set_reason,
    set_step,
)
from userjourney.core.excel import apply_import, export_workbook, plan_import
from userjourney.core.excel.export import step_cells
from userjourney.core.storage.database import open_database
from userjourney.core.storage.models import Change
from userjourney.core.summary.counting import summarize
from userjourney.core.summary.filters import SummaryFilter
from userjourney.core.vocab import FacilityType

TODAY = date(2024, 5, 1)


@pytest.fixture
def demo_db(db):
    with db.transaction() as s:
        store_demo(s)
    return db


@pytest.fixture
def demo_export(demo_db, tmp_path):
    path = tmp_path / "export.xlsx"
    with demo_db.session() as session:
        export_workbook(session, path, SummaryFilter(stand=date(2022, 5, 31)), today=TODAY)
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
    assert isinstance(age.value, int) and age.data_type == "n"  # a number, not a text
    levels = demo_export["Minijobs"]["K2"]
    assert levels.value == 2 and levels.data_type == "n"
    assert demo_export["BuT"].column_dimensions["H"].number_format == "0"  # for ages typed in later
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
    with db.session() as session:
        plan = plan_import(path, session)
    apply_import(db, plan)
    with db.session() as session:
        export_workbook(session, tmp_path / "e.xlsx")
    row = [c.value for c in openpyxl.load_workbook(tmp_path / "e.xlsx")["BuT"][2]]
    assert row[10:14] == [None, None, "ja", "ja"]


def _round_trip(source_db, tmp_path: Path):
    first = tmp_path / "erste.xlsx"
    with source_db.session() as session:
        export_workbook(session, first)
    target = open_database(tmp_path / "neu.sqlite", actor="Import")
    with target.session() as session:
        plan = plan_import(first, session)
    assert plan.ok, plan.error_lines()
    apply_import(target, plan)
    second = tmp_path / "zweite.xlsx"
    with target.session() as session:
        export_workbook(session, second)
    target.close()
    return first, second, tmp_path / "neu.sqlite"


def _cells(path, sheet):
    return [list(row) for row in openpyxl.load_workbook(path, read_only=True)[sheet].iter_rows(values_only=True)]


def test_round_trip_of_the_demo_data(demo_db, db_target, tmp_path):
    first, second, copy = _round_trip(demo_db, tmp_path)
    assert content(copy) == content(db_target)
    for sheet in ("BuT", "Minijobs"):
        assert _cells(first, sheet) == _cells(second, sheet)


def test_round_trip_of_synthetic_data_with_every_journey_shape(db, db_target, tmp_path):
    from bench.synthetic import generate

    generate(db, 40, seed=7)
    with db.transaction() as s:  # the rarer shapes: a child without entries, a family without anyone
        family = create_family(s, "Leer", location="Ahlen")
        add_child(s, create_family(s, "Nur Kind"), "Ida", 4, "KiTa")
        person = add_person(s, family, "Olga", 30)
        minijob_for(s, person)  # a Minijob journey not started yet
    with db.transaction() as s:
        create_family(s, "Niemand")
    first, second, copy = _round_trip(db, tmp_path)
    ours, theirs = content(db_target), content(copy)
    # a Minijob journey without any answer has nothing to export: the one difference
    assert next(p for p in ours["persons"] if p[1] == "Olga")[-1] == 1
    assert next(p for p in theirs["persons"] if p[1] == "Olga")[-1] == 0
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
    with db.session() as session:
        plan = plan_import(first, session)
    result = apply_import(db, plan)
    with db.session() as s:
        rows = s.scalars(sa.select(Change).where(Change.txn_id == result.txn_id)).all()
    assert {(r.record_type, r.field) for r in rows} == {("but_entry", "implied_mask")}
    with db.session() as session:
        assert plan_import(first, session).has_changes is False


def test_family_filters_select_the_raw_rows(demo_db, tmp_path):
    path = tmp_path / "e.xlsx"
    with demo_db.session() as session:
        result = export_workbook(session, path, SummaryFilter(location="Everswinkel"))
    assert (result.families, result.but_rows, result.minijob_rows) == (1, 0, 2)
    workbook = openpyxl.load_workbook(path)
    assert workbook["BuT"].max_row == 1 and workbook["Minijobs"].max_row == 3
    with demo_db.session() as session:
        result = export_workbook(session, path, SummaryFilter(coach="Max Mustermann"))
    assert (result.families, result.but_rows, result.minijob_rows) == (1, 8, 0)


def test_texts_are_never_formulas_and_control_characters_are_dropped(db, tmp_path):
    with db.transaction() as s:
        family = create_family(s, "=HYPERLINK(\"http://x\")", location="Ahlen\x07")
        child = add_child(s, family, "Ida", 4, "KiTa")
        entry = entry_for(s, child, "Mittagsverpflegung")
        set_step(entry, 0, "nein")
        set_reason(s, entry, "=1+1")
    with db.session() as session:
        export_workbook(session, tmp_path / "e.xlsx")
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
        with demo_db.session() as session:
            export_workbook(session, path, progress=cancel)
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir() if p.name != "userjourney.sqlite" and "sqlite" not in p.name] == [
        "export.xlsx"]


def test_export_progress_reaches_the_total(demo_db, tmp_path):
    seen = []
    with demo_db.session() as session:
        export_workbook(session, tmp_path / "e.xlsx", progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (10, 10) and all(d <= t for d, t in seen)


def test_export_of_an_empty_database(db, tmp_path):
    with db.session() as session:
        result = export_workbook(session, tmp_path / "leer.xlsx")
    assert (result.families, result.but_rows, result.minijob_rows) == (0, 0, 0)
    workbook = openpyxl.load_workbook(tmp_path / "leer.xlsx")
    assert workbook["BuT"].max_row == 1


# --------------------------------------------------------------------------- the summary sheets

ANNA_FILTERS = {"date_from": date(2020, 8, 1), "date_to": date(2021, 12, 31), "stand": date(2021, 12, 31)}


@pytest.fixture(scope="module")
def anna(tmp_path_factory):
    """The ANNA data set (Anhang 6.6) plus Familie Müller (Minijobs), exported once."""
    from userjourney.core.demo.schmidt_mueller import MUELLER, _create

    folder = tmp_path_factory.mktemp("anna")
    database = open_database(folder / "anna.sqlite", actor="Test")
    with database.transaction() as s:
        store_anna(s)
        _create(s, MUELLER)
    filters = SummaryFilter(**ANNA_FILTERS)
    with database.session() as s:
        summary = summarize(s, filters)
    with database.session() as session:
        export_workbook(session, folder / "anna.xlsx", filters)
    database.close()
    return summary, openpyxl.load_workbook(folder / "anna.xlsx")


def _pairs(sheet):
    """Label → number of a summary sheet (first occurrence)."""
    out = {}
    for label, value, *_ in sheet.iter_rows(values_only=True):
        if isinstance(label, str) and isinstance(value, int) and label.strip() not in out:
            out[label.strip()] = value
    return out


def test_the_workbook_has_cover_areas_minijobs_and_raw_sheets(anna):
    _, workbook = anna
    assert workbook.sheetnames == [
        "Übersicht", "Mittagsverpflegung", "Lernförderung", "Teilhabe schulisch", "Teilhabe soziokulturell",
        "Auswertung Minijobs", "BuT", "Minijobs",
    ]


def test_the_cover_names_title_stand_filters_creation_and_version(anna):
    from userjourney import __version__

    summary, workbook = anna
    rows = {}
    for r in workbook["Übersicht"].iter_rows(values_only=True):
        if r[0]:
            rows.setdefault(r[0], r[1:])
    assert workbook["Übersicht"]["A1"].value == "Auswertung User Journey: BuT und Minijobs"
    assert rows["Stand (Stichtag)"][0] == datetime(2021, 12, 31)
    assert rows["Datenstand"][0].startswith("aktuell, ")  # the data of now, and when that was
    assert workbook["Übersicht"]["B4"].number_format == "DD.MM.YYYY"
    assert rows["Familien"][0] == "alle Familien"
    assert rows["Anträge im Zeitraum"][0] == "vom 01.08.2020 bis 31.12.2021"
    assert isinstance(rows["Erstellt am"][0], datetime)
    assert rows["Programm"][0] == f"userjourney {__version__}"
    assert rows["Kinder und Jugendliche"][0] == summary.children == 61
    assert rows["mit Migrationshintergrund"][:2] == (summary.children_with_migration_background,
                                                   summary.migration_background_percent / 100)
    assert [rows[a.value][0] for a in summary.areas] == [19, 12, 9, 8]  # Anträge, Anhang 6.6
    chart, = workbook["Übersicht"]._charts
    assert chart.y_axis.scaling.min == 0
    first = next(c.row for c in workbook["Übersicht"]["A"] if c.value == "Mittagsverpflegung")
    assert [s.val.numRef.f for s in chart.series] == [f"'Übersicht'!$B${first}:$B${first + 3}"]


def test_each_area_sheet_has_the_summary_numbers(anna):
    summary, workbook = anna
    for area, figures in summary.areas.items():
        pairs = _pairs(workbook[area.value])
        assert pairs["ohne Anspruch"] == figures.not_entitled
        assert pairs["anspruchsberechtigt"] == figures.entitled
        assert pairs["Anspruch nicht geklärt"] == figures.entitlement_unknown
        assert pairs["nehmen das Angebot wahr"] == figures.using
        assert pairs["in KiTas"] == figures.using_by_facility_type[FacilityType.KITA]
        assert pairs["an Schulen"] == figures.using_by_facility_type[FacilityType.SCHOOL]
        assert pairs["Anträge (vom 01.08.2020 bis 31.12.2021)"] == figures.applications
        for step, n in figures.funnel.items():
            assert pairs[step] == n
        for reason in figures.reasons:
            assert pairs[reason.reason] == reason.count
        assert pairs["zusammen (anspruchsberechtigt, nehmen nicht wahr)"] == figures.entitled - figures.using
    lunch = _pairs(workbook["Mittagsverpflegung"])  # Anhang 6.6: 13 / 48 / 37 (10 KiTa, 27 Schule)
    assert (lunch["ohne Anspruch"], lunch["anspruchsberechtigt"], lunch["nehmen das Angebot wahr"]) == (13, 48, 37)
    assert (lunch["in KiTas"], lunch["an Schulen"]) == (10, 27)
    assert lunch["Kind / Jugendlicher möchte zuhause essen"] == 8


def _refs(chart):
    return [(s.val.numRef.f, (s.cat.numRef or s.cat.strRef).f) for s in chart.series]


def test_each_area_sheet_has_a_funnel_and_a_reasons_chart_from_its_tables(anna):
    summary, workbook = anna
    for area, figures in summary.areas.items():
        sheet = workbook[area.value]
        funnel, reasons = sheet._charts
        rows = [r[0] for r in sheet.iter_rows(values_only=True)]
        first_step = rows.index("Anspruch") + 1
        name = f"'{area.value}'"
        assert _refs(funnel) == [(f"{name}!$B${first_step}:$B${first_step + 6}", f"{name}!$A${first_step}:$A${first_step + 6}")]
        first_reason = rows.index(figures.reasons[0].reason) + 1
        last_reason = first_reason + len(figures.reasons) - 1
        assert _refs(reasons) == [(f"{name}!$B${first_reason}:$B${last_reason}",
                                  f"{name}!$A${first_reason}:$A${last_reason}")]
        for chart in (funnel, reasons):
            assert chart.type == "bar" and chart.y_axis.scaling.min == 0
            assert chart.x_axis.scaling.orientation == "maxMin"  # first step / most frequent reason on top
            assert chart.x_axis.delete is False and chart.y_axis.delete is False
        assert funnel.title.tx.rich.p[0].r[0].t == f"{area.value}: Schritt für Schritt"


def test_the_minijob_sheet_has_its_figures_and_chart(anna):
    summary, workbook = anna
    sheet = workbook["Auswertung Minijobs"]
    rows = {r[0]: r[1:] for r in sheet.iter_rows(values_only=True) if r[0]}
    assert rows["Personen"][0] == summary.minijobs.persons == 2
    for step, levels in summary.minijobs.support.items():
        assert list(rows[step]) == [levels[level] for level in (1, 2, 3, 4)]
    assert rows["Aufstockung möglich"][0] == summary.minijobs.topup_possible
    assert rows["aufgestockt"][0] == summary.minijobs.topped_up
    chart, = sheet._charts
    assert chart.type == "col" and chart.y_axis.scaling.min == 0
    assert [s.tx.strRef.f for s in chart.series] == [f"'Auswertung Minijobs'!{c}7" for c in "BCDE"]
    assert _refs(chart)[0] == ("'Auswertung Minijobs'!$B$8:$B$10", "'Auswertung Minijobs'!$A$8:$A$10")


def test_summary_sheets_print_landscape_with_title_and_stand(anna):
    _, workbook = anna
    for name in ("Übersicht", "Mittagsverpflegung", "Auswertung Minijobs"):
        sheet = workbook[name]
        assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.fitToWidth == 1
        assert "Stand 31.12.2021" in sheet.oddHeader.center.text


def test_round_trip_gives_the_same_summary(tmp_path):
    """import → export → import into a fresh database: the same summary (the issue's criterion)."""

    source = open_database(tmp_path / "quelle.sqlite")
    with source.transaction() as s:
        store_anna(s)
        store_demo(s)
    with source.session() as session:
        export_workbook(session, tmp_path / "a.xlsx")
    middle = open_database(tmp_path / "mitte.sqlite")
    with middle.session() as session:
        plan = plan_import(tmp_path / "a.xlsx", session)
    apply_import(middle, plan)
    with middle.session() as session:
        export_workbook(session, tmp_path / "b.xlsx")
    target = open_database(tmp_path / "ziel.sqlite")
    with target.session() as session:
        plan = plan_import(tmp_path / "b.xlsx", session)
    apply_import(target, plan)
    filters = SummaryFilter(**ANNA_FILTERS)
    summaries = []
    for database in (source, middle, target):
        with database.session() as s:
            summaries.append(summarize(s, filters).to_json())
        database.close()
    assert summaries[0] == summaries[1] == summaries[2]
    assert content(tmp_path / "mitte.sqlite") == content(tmp_path / "ziel.sqlite")
