"""The empty template: exact headers, drop-downs, an explanation, frozen headers, widths."""

from __future__ import annotations

import openpyxl
import pytest

from tests.support import run_cli
from tests.support.excel import BUT_HEADERS, MINIJOB_HEADERS
from userjourney.core.excel import write_template
from userjourney.core.excel.writer import explanation_lines

EXPECTED_BUT = [
    "Familie", "Standort", "JobCoach", "Erstelldatum", "Migrationshintergrund", "Erziehungsstatus", "Kind", "Alter",
    "Einrichtung", "Bereich", "Anspruch", "Angebot vorhanden", "Angebot bekannt", "Angebot interessant",
    "Antrag gestellt", "Antrag bewilligt", "Angebot wahrgenommen", "Details", "Grund",
]
EXPECTED_MINIJOBS = [
    "Familie", "Standort", "JobCoach", "Erstelldatum", "Migrationshintergrund", "Erziehungsstatus", "Person",
    "Alter", "Arbeitgeber", "Beginn", "Minijob gesucht", "Minijob gefunden", "pot. Arbeitgeber angesprochen",
    "Aufstockung möglich", "Aufgestockt", "Nachhaltig", "Anmerkung gesucht", "Anmerkung gefunden",
    "Anmerkung angesprochen", "Anmerkung Aufstockung", "Anmerkung Nachhaltig",
]


@pytest.fixture(scope="module")
def workbook(tmp_path_factory):
    path = write_template(tmp_path_factory.mktemp("vorlage") / "vorlage.xlsx")
    return openpyxl.load_workbook(path)


def test_the_headers_are_exactly_those_of_the_exchange_format(workbook):
    assert workbook.sheetnames == ["BuT", "Minijobs", "Erklärung"]
    assert BUT_HEADERS == EXPECTED_BUT and MINIJOB_HEADERS == EXPECTED_MINIJOBS
    assert [c.value for c in workbook["BuT"][1]] == EXPECTED_BUT
    assert [c.value for c in workbook["Minijobs"][1]] == EXPECTED_MINIJOBS
    assert workbook["BuT"].max_row == 1 and workbook["Minijobs"].max_row == 1


def _validations(sheet):
    result = {}
    for validation in sheet.data_validations.dataValidation:
        for cell_range in validation.sqref.ranges:
            column = sheet.cell(1, cell_range.min_col).value
            assert (cell_range.min_row, cell_range.max_row) == (2, 1_048_576)
            result[column] = validation
    return result


def test_drop_downs_for_the_fixed_vocabularies(workbook):
    but = _validations(workbook["BuT"])
    lists = {name: v.formula1 for name, v in but.items() if v.type == "list"}
    yes_no = '"ja,nein"'
    assert lists == {
        "Migrationshintergrund": yes_no,
        "Erziehungsstatus": '"alleinerziehend,nicht alleinerziehend"',
        "Einrichtung": '"keine,KiTa,Grundschule,Weiterführende Schule,Förderschule,Berufskolleg,Ausbildung / Arbeit"',
        "Bereich": '"Mittagsverpflegung,Lernförderung,Teilhabe schulisch,Teilhabe soziokulturell"',
        "Anspruch": yes_no, "Angebot vorhanden": yes_no, "Angebot bekannt": yes_no,
        "Angebot interessant": yes_no, "Angebot wahrgenommen": yes_no,
    }
    assert all(v.showErrorMessage and v.allow_blank for v in but.values())
    assert (but["Alter"].type, but["Alter"].formula1, but["Alter"].formula2) == ("whole", "0", "120")
    assert but["Antrag gestellt"].type == "custom" and "ISNUMBER" in but["Antrag gestellt"].formula1
    assert but["Erstelldatum"].type == "date"
    jobs = _validations(workbook["Minijobs"])
    for step in ("Minijob gesucht", "Minijob gefunden", "pot. Arbeitgeber angesprochen"):
        assert (jobs[step].type, jobs[step].formula1) == ("list", '"1,2,3,4"')
    for answer in ("Aufstockung möglich", "Aufgestockt", "Nachhaltig", "Migrationshintergrund"):
        assert jobs[answer].formula1 == yes_no


def test_frozen_header_widths_formats_and_print_setup(workbook):
    for name in ("BuT", "Minijobs"):
        sheet = workbook[name]
        assert sheet.freeze_panes == "A2"
        for cell in sheet[1]:
            assert cell.font.bold
            width = sheet.column_dimensions[cell.column_letter].width
            assert 7 <= width <= 40, (cell.value, width)
        assert sheet.column_dimensions["D"].number_format == "DD.MM.YYYY"  # Erstelldatum
        assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.fitToWidth == 1
        assert sheet.print_title_rows == "$1:$1"
    assert workbook["Minijobs"].column_dimensions["J"].number_format == "DD.MM.YYYY"  # Beginn


def test_the_explanation_sheet_explains_every_column_in_german(workbook):
    sheet = workbook["Erklärung"]
    texts = [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    assert texts[0] == "So füllen Sie die Vorlage aus"
    for paragraph in explanation_lines()[1:]:
        assert paragraph in texts
    for header in set(EXPECTED_BUT) | set(EXPECTED_MINIJOBS):
        assert header in texts, header
    assert any("eine leere Zelle löscht den gespeicherten Wert" in t for t in texts)


def test_cli_writes_the_template(tmp_path):
    target = tmp_path / "vorlage.xlsx"
    result = run_cli("template", str(target))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Vorlage geschrieben: {target}"
    assert openpyxl.load_workbook(target).sheetnames == ["BuT", "Minijobs", "Erklärung"]
    assert [p.name for p in tmp_path.iterdir()] == ["vorlage.xlsx"]  # no temporary file left


def test_cli_template_wants_an_xlsx_name(tmp_path):
    result = run_cli("template", str(tmp_path / "vorlage.csv"))
    assert result.returncode == 2
    assert result.stderr.strip() == f"userjourney: „{tmp_path / 'vorlage.csv'}“: der Dateiname muss auf .xlsx enden."
    assert list(tmp_path.iterdir()) == []


def test_cli_template_into_a_missing_folder(tmp_path):
    result = run_cli("template", str(tmp_path / "fehlt" / "vorlage.xlsx"))
    assert result.returncode == 2
    assert result.stderr.strip() == f"userjourney: Der Ordner „{tmp_path / 'fehlt'}“ existiert nicht."
