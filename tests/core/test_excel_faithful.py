"""An import is complete or refused — never silently partial (issue 12).

Each case is a file as Excel or another program writes it (XML edited where openpyxl writes it
otherwise): accepted means everything in it is in the database, refused means the database is
byte for byte as before, with a German message naming sheet, row and column.
"""

from __future__ import annotations

import resource
import sqlite3
import zipfile
from datetime import date, timedelta

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.support import examples, run_cli
from tests.support.db import dump, rows_of
from tests.support.excel import BUT_HEADERS, but, job, rename_sheet, rewrite, sheet_parts, write_xlsx
from userjourney.core.errors import os_error_text
from userjourney.core.excel import ExcelFileError, apply_import, export_workbook, plan_import
from userjourney.core.excel.package import MAX_RATIO
from userjourney.core.storage.database import open_database

TODAY = date(2024, 5, 1)


def _plan(db, path):
    with db.session() as session:
        return plan_import(path, session, today=TODAY)


def _codes(target) -> list[str]:
    with rows_of(target) as query:
        return sorted(code for (code,) in query("SELECT code FROM family"))


def _ages(target) -> dict[str, int]:
    with rows_of(target) as query:
        return dict(query("SELECT name, age_years FROM child"))


def _refused(db, db_target, path, *expected: str):
    before = dump(db_target)
    plan = _plan(db, path)
    lines = plan.error_lines(limit=None)
    assert not plan.ok, "the file must be refused"
    for text in expected:
        assert any(text in line for line in lines), (text, lines)
    with pytest.raises(Exception):  # noqa: B017 - the refusal of apply_import
        apply_import(db, plan)
    assert dump(db_target) == before
    return lines


# --------------------------------------------------------------------------- rows and headers


def test_a_row_missing_from_the_xml_is_skipped_and_rows_keep_their_numbers(db, db_target, tmp_path):
    """Excel writes no <row> for an empty row; row 3 is gone, row 4 is still called row 4."""
    path = write_xlsx(tmp_path / "luecke.xlsx", [but(Familie="A"), but(Familie="B"), but(Familie="C", Alter=-1)])
    part = sheet_parts(path)["BuT"]
    rewrite(path, part, lambda xml: xml[: xml.index(b'<row r="3"')] + xml[xml.index(b"</row>", xml.index(b'<row r="3"')) + 6:])
    lines = _refused(db, db_target, path, "Blatt „BuT“, Zeile 4, Spalte „Alter“ (H): „-1“ ist kein gültiges Alter")
    assert len(lines) == 1
    rewrite(path, part, lambda xml: xml.replace(b"<v>-1</v>", b"<v>8</v>"))
    plan = _plan(db, path)
    assert plan.ok and plan.rows == {"BuT": 2}
    apply_import(db, plan)
    assert _codes(db_target) == ["A", "C"]


def test_a_header_in_row_2_is_named_and_nothing_is_read(db, db_target, tmp_path):
    path = write_xlsx(tmp_path / "kopf.xlsx", [but()], [job()])
    workbook = openpyxl.load_workbook(path)
    workbook["BuT"].insert_rows(1)
    workbook.save(path)
    _refused(db, db_target, path, "Blatt „BuT“, Zeile 2: Die Kopfzeile steht in Zeile 2; sie muss in Zeile 1 stehen")


def test_an_empty_row_1_above_data_without_a_header_is_named(db, db_target, tmp_path):
    path = write_xlsx(tmp_path / "leer.xlsx", [but()], but_headers=["x"] * 3)
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["BuT"]
    sheet.delete_rows(1)
    sheet.insert_rows(1)
    sheet["B5"] = "etwas"
    workbook.save(path)
    _refused(db, db_target, path, "Blatt „BuT“, Zeile 1: Zeile 1 ist leer; dort muss die Kopfzeile der Vorlage stehen")


# --------------------------------------------------------------------------- sheets


@pytest.mark.parametrize("name", ["BuT (2)", "BuT2", "Bu T", "but-Liste"])
def test_a_sheet_that_only_looks_like_but_and_has_its_header_is_an_error(db, db_target, tmp_path, name):
    path = rename_sheet(write_xlsx(tmp_path / "aehnlich.xlsx", [but()], [job()]), "BuT", name)
    _refused(db, db_target, path, f"Blatt „{name}“: Das Blatt sieht aus wie „BuT“ und hat die Kopfzeile der Vorlage")


def test_a_look_alike_sheet_without_the_header_is_a_warning_and_the_rest_is_read(db, db_target, tmp_path):
    path = write_xlsx(tmp_path / "notizen.xlsx", [but()], [job()])
    workbook = openpyxl.load_workbook(path)
    workbook.create_sheet("BuT Notizen")["A1"] = "Anruf bei der Schule am Montag"
    workbook.save(path)
    plan = _plan(db, path)
    assert plan.ok
    assert plan.warning_lines() == [
        "Blatt „BuT Notizen“: Das Blatt wird nicht gelesen (nur „BuT“ und „Minijobs“ werden eingelesen)."]
    apply_import(db, plan)
    assert _codes(db_target) == ["Müller", "Schmidt"]


def test_two_sheets_that_both_are_but_are_an_error_naming_both(db, db_target, tmp_path):
    path = write_xlsx(tmp_path / "doppelt.xlsx", [but()], [but(Familie="Zweite")])
    rename_sheet(path, "Minijobs", "BuT ")
    _refused(db, db_target, path, "mehrere Blätter für „BuT“: „BuT“, „BuT “")


def test_a_package_whose_sheet_part_is_missing_is_refused_quietly(db_path, tmp_path):
    path = write_xlsx(tmp_path / "kaputt.xlsx", [but()], [job()])
    rewrite(path, sheet_parts(path)["BuT"], lambda xml: None)
    open_database(db_path).close()
    before = dump(db_path)
    result = run_cli("import", str(path), "--db", str(db_path))
    assert result.returncode == 2
    assert result.stderr == (
        f"userjourney: Die Datei „{path}“ ist keine lesbare Excel-Arbeitsmappe (.xlsx): das Blatt „BuT“ ist in der "
        "Arbeitsmappe genannt, aber sein Inhalt fehlt.\n")
    assert dump(db_path) == before


# --------------------------------------------------------------------------- cells


def test_a_formula_without_a_stored_result_is_an_error_and_clears_nothing(db, db_target, tmp_path):
    """A script wrote "=12+1" without its result; read as empty it would clear the stored age."""
    first = write_xlsx(tmp_path / "erst.xlsx", [but(), but(Kind="Jana", Alter=5, Einrichtung="KiTa")])
    apply_import(db, _plan(db, first))
    assert _ages(db_target) == {"Jan": 13, "Jana": 5}
    formula = write_xlsx(tmp_path / "formel.xlsx", [but(Alter="=12+1"), but(Kind="Jana", Alter="=2+3", Einrichtung="KiTa")])
    _refused(db, db_target, formula,
             "Blatt „BuT“, Zeile 2, Spalte „Alter“ (H): Formel ohne berechnetes Ergebnis – bitte die Datei in Excel "
             "öffnen und speichern",
             "Blatt „BuT“, Zeile 3, Spalte „Alter“ (H): Formel ohne berechnetes Ergebnis")
    assert _ages(db_target) == {"Jan": 13, "Jana": 5}


def test_a_formula_with_its_stored_result_is_read(db, db_target, tmp_path):
    path = write_xlsx(tmp_path / "formel.xlsx", [but(Alter="=12+2")])
    rewrite(path, sheet_parts(path)["BuT"], lambda xml: xml.replace(b"<f>12+2</f><v />", b"<f>12+2</f><v>14</v>"))
    apply_import(db, _plan(db, path))
    assert _ages(db_target) == {"Jan": 14}


def test_a_formula_in_a_column_not_of_the_template_does_not_matter(db, db_target, tmp_path):
    path = write_xlsx(tmp_path / "extra.xlsx", [but()], but_headers=[*BUT_HEADERS, "Hilfsspalte"])
    workbook = openpyxl.load_workbook(path)
    workbook["BuT"]["T2"] = "=A2&B2"
    workbook.save(path)
    plan = _plan(db, path)
    assert plan.ok, plan.error_lines()


def test_an_error_value_is_an_error_naming_the_cell(db, db_target, tmp_path):
    path = write_xlsx(tmp_path / "fehlerwert.xlsx", [but(Alter=13)])
    rewrite(path, sheet_parts(path)["BuT"],
            lambda xml: xml.replace(b'<c r="H2" t="n"><v>13</v></c>', b'<c r="H2" t="e"><f>NA()</f><v>#N/A</v></c>'))
    _refused(db, db_target, path, "Blatt „BuT“, Zeile 2, Spalte „Alter“ (H): Die Zelle enthält den Fehlerwert „#N/A“")


def test_a_huge_cell_in_a_small_file_is_refused_before_it_is_read(db_path, tmp_path):
    """40 MB of one letter pack into a few KB: refused by the packing ratio, memory stays small."""
    path = write_xlsx(tmp_path / "bombe.xlsx", [but(Grund="PLATZHALTER")])
    rewrite(path, sheet_parts(path)["BuT"], lambda xml: xml.replace(b"PLATZHALTER", b"x" * 40_000_000))
    assert path.stat().st_size < 500_000
    open_database(db_path).close()
    before = dump(db_path)

    def at_most_400_mb():
        resource.setrlimit(resource.RLIMIT_AS, (400 * 2**20, 400 * 2**20))

    result = run_cli("import", str(path), "--db", str(db_path), preexec_fn=at_most_400_mb)
    assert result.returncode == 2, result.stderr
    assert "ungewöhnlich stark gepackt" in result.stderr and f"höchstens {MAX_RATIO} : 1" in result.stderr
    assert len(result.stderr.splitlines()) == 1 and len(result.stderr) < 400
    assert dump(db_path) == before


def test_a_long_value_with_a_line_break_is_quoted_short_on_one_line(db, db_target, tmp_path):
    path = write_xlsx(tmp_path / "lang.xlsx", [but(Grund="Erste Zeile\nzweite Zeile " + "lang " * 200)])
    (line,) = _refused(db, db_target, path, "ist 1024 Zeichen lang; erlaubt sind höchstens 500 Zeichen")
    assert "\n" not in line and "Erste Zeile↵zweite Zeile" in line and len(line) < 200


def test_a_duration_is_no_date(db, db_target, tmp_path):
    path = write_xlsx(tmp_path / "dauer.xlsx", [but(Erstelldatum=timedelta(hours=5))])
    _refused(db, db_target, path, "Spalte „Erstelldatum“ (D): „5:00:00“ ist eine Uhrzeit oder Zeitdauer, kein Datum.")


def test_implausible_dates_warn_and_the_export_writes_them_so_excel_shows_them(db, db_target, tmp_path):
    path = write_xlsx(
        tmp_path / "daten.xlsx",
        [but(Erstelldatum="01.01.0001", Angebot_interessant="ja", Antrag_gestellt="31.12.9999")],
        [job(Beginn=date(1950, 1, 1), Erstelldatum=date(2022, 1, 10))],
    )
    plan = _plan(db, path)
    assert plan.ok
    warnings = "\n".join(plan.warning_lines())
    for text in ("Das Datum 01.01.0001 ist unwahrscheinlich (vor 1990 oder nach dem nächsten Jahr).",
                 "Das Datum 31.12.9999 ist unwahrscheinlich", "Das Datum 01.01.1950 ist unwahrscheinlich"):
        assert text in warnings
    apply_import(db, plan)
    with db.session() as session:
        export_workbook(session, tmp_path / "export.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "export.xlsx")["BuT"]
    assert sheet["D2"].value == "01.01.0001"  # text: Excel has no day before 1900
    assert sheet["O2"].value.date() == date(9999, 12, 31)


def test_an_application_before_the_erstelldatum_warns(db, db_target, tmp_path):
    path = write_xlsx(tmp_path / "frueh.xlsx", [but(Angebot_interessant="ja", Antrag_gestellt="01.02.2021")])
    plan = _plan(db, path)
    assert plan.ok
    assert any("Der Antrag (01.02.2021) liegt vor dem Erstelldatum der Familie (10.11.2021)." in line
               for line in plan.warning_lines())


# --------------------------------------------------------------------------- keys


def test_keys_that_look_the_same_are_the_same(db, db_target, tmp_path):
    path = write_xlsx(tmp_path / "schluessel.xlsx", [
        but(Familie="ANNA-01"),
        but(Familie="ANNA\u200b-01", Bereich="Lernförderung"),
        but(Familie="ANNA-01\u202e", Kind="Jan\tPeter", Bereich="Lernförderung"),
        but(Familie="ANNA-01", Kind="Jan  Peter", Bereich="Teilhabe schulisch"),
    ])
    plan = _plan(db, path)
    assert plan.ok, plan.error_lines()
    apply_import(db, plan)
    assert _codes(db_target) == ["ANNA-01"]
    with rows_of(db_target) as query:
        assert sorted(query("SELECT name, count(e.id) FROM child JOIN but_entry e ON e.child_id = child.id "
                            "GROUP BY name")) == [("Jan", 2), ("Jan Peter", 2)]


def test_the_window_cleans_keys_the_same_way(db):
    from userjourney.core.editing.edits import create_family
    from userjourney.core.errors import ValidationError

    with db.transaction() as session:
        create_family(session, "ANNA-01")
    with pytest.raises(ValidationError, match="Eine Familie „ANNA-01“ gibt es schon"):
        with db.transaction() as session:
            create_family(session, " ANNA\u200b-01\u2066 ")


def test_operating_system_errors_are_german():
    import errno

    assert os_error_text(OSError(errno.ENOSPC, "No space left on device")) == "kein Platz mehr auf dem Datenträger"
    assert os_error_text(IsADirectoryError(errno.EISDIR, "Is a directory")) == "das ist ein Ordner"
    assert os_error_text(OSError(9999, "Weird")) == "Systemfehler 9999"


def test_a_folder_given_as_the_file_is_named_in_german(db, tmp_path):
    with pytest.raises(ExcelFileError, match="ist ein Ordner, keine Excel-Datei"):
        _plan(db, tmp_path)


# --------------------------------------------------------------------------- any workbook


FAMILIES = st.lists(st.sampled_from(["F1", "F2", "F3", "F4"]), min_size=1, max_size=4, unique=True)


@st.composite
def workbooks(draw):
    """A workbook description: rows at chosen row numbers, the header somewhere, extra sheets, formulas."""
    families = draw(FAMILIES)
    rows = []
    for code in families:
        for child in draw(st.lists(st.sampled_from(["Ida", "Ben", "Mia"]), min_size=1, max_size=2, unique=True)):
            for area in draw(st.lists(st.sampled_from(["Mittagsverpflegung", "Lernförderung"]), min_size=1,
                                      max_size=2, unique=True)):
                rows.append(but(Familie=code, Kind=child, Alter=8, Einrichtung="Grundschule", Bereich=area))
    header_row = draw(st.sampled_from([1, 1, 1, 2, 3]))
    gaps = draw(st.lists(st.integers(0, 3), min_size=len(rows), max_size=len(rows)))
    extra = draw(st.sampled_from([None, "Notizen", "BuT (2)", "Minijob-Liste"]))
    extra_has_header = draw(st.booleans())
    formula_row = draw(st.one_of(st.none(), st.integers(0, len(rows) - 1)))
    return rows, header_row, gaps, extra, extra_has_header, formula_row


@settings(max_examples=examples(40), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(description=workbooks())
def test_accepted_means_everything_is_in_and_refused_means_nothing_changed(tmp_path_factory, description):
    rows, header_row, gaps, extra, extra_has_header, formula_row = description
    folder = tmp_path_factory.mktemp("wb")
    db_path = folder / "db.sqlite"
    db = open_database(db_path)
    try:
        with db.transaction() as session:
            from userjourney.core.editing.edits import create_family

            create_family(session, "Vorher")
        before = dump(db_path)
        workbook = openpyxl.Workbook()
        sheet = workbook.active
        sheet.title = "BuT"
        for column, header in enumerate(BUT_HEADERS, start=1):
            sheet.cell(row=header_row, column=column, value=header)
        number = header_row
        for row, gap in zip(rows, gaps):
            number += 1 + gap  # rows left out entirely, as Excel leaves out empty rows
            for column, header in enumerate(BUT_HEADERS, start=1):
                sheet.cell(row=number, column=column, value=row.get(header))
            if formula_row is not None and row is rows[formula_row]:
                sheet.cell(row=number, column=BUT_HEADERS.index("Alter") + 1, value="=4+4")
        if extra:
            other = workbook.create_sheet(extra)
            if extra_has_header:
                other.append(BUT_HEADERS)
            other.append(["Text", "mehr Text"])
        path = folder / "datei.xlsx"
        workbook.save(path)

        # a look-alike sheet with the template's header (the family columns are in both sheets)
        refused = header_row != 1 or formula_row is not None or (
            extra in ("BuT (2)", "Minijob-Liste") and extra_has_header)
        plan = _plan(db, path)
        assert plan.ok == (not refused), plan.error_lines()
        if plan.ok:
            apply_import(db, plan)
            expected = {(r["Familie"], r["Kind"], r["Bereich"]) for r in rows}
            with sqlite3.connect(db_path) as conn:
                stored = set(conn.execute(
                    "SELECT f.code, c.name, e.area FROM family f JOIN child c ON c.family_id = f.id "
                    "JOIN but_entry e ON e.child_id = c.id"))
            assert stored == expected
        else:
            assert dump(db_path) == before
    finally:
        db.close()


def test_the_package_of_an_export_is_in_order(db, tmp_path):
    """The export is what coaches edit and send back; its own package passes every check."""
    with db.session() as session:
        export_workbook(session, tmp_path / "e.xlsx")
    with zipfile.ZipFile(tmp_path / "e.xlsx") as archive:
        assert archive.testzip() is None
    assert _plan(db, tmp_path / "e.xlsx").ok
