"""``userjourney import|export|template`` as a user or a script calls them (exchange-format.md §1)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import openpyxl
import pytest

from tests.conftest import CLI_BACKENDS, database_of
from tests.support import run_cli
from tests.support.db import dump
from tests.support.excel import but, job, write_xlsx
from userjourney.core.storage.target import resolve_target


def _fingerprint(path: Path) -> tuple:
    siblings = sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name))  # -wal, -shm
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns, siblings


def _database(tmp_path) -> Path:
    """The demo families in a SQLite file (for tests that compare the file's bytes)."""
    db = tmp_path / "daten.sqlite"
    assert run_cli("demo", "--db", str(db)).returncode == 0
    return db


@pytest.fixture(params=CLI_BACKENDS)
def demo_target(request, tmp_path):
    """The demo families in a SQLite file (plain or encrypted), or in a database on the test
    PostgreSQL (its URL)."""
    db = database_of(request.param, tmp_path / "daten.sqlite", request)
    assert run_cli("demo", "--db", str(db)).returncode == 0
    return db


def test_import_prints_what_it_did_and_a_second_run_changes_nothing(demo_target, tmp_path):
    db = demo_target
    path = write_xlsx(tmp_path / "liste.xlsx", [but(), but(Bereich="Lernförderung", Anspruch=None,
                                                          Angebot_vorhanden=None, Angebot_bekannt="ja", Grund=None)],
                      [job(Familie="Neu")])
    result = run_cli("import", str(path), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.splitlines() == [
        f"Import von {path} in {resolve_target(str(db)).describe()}:",
        "  Familien: 1 neu, 1 geändert, 0 unverändert",
        "  Kinder: 0 neu, 1 geändert, 0 unverändert",
        "  BuT-Einträge: 0 neu, 1 geändert, 1 unverändert",
        "  Personen: 1 neu, 0 geändert, 0 unverändert",
        "  Minijobs: 1 neu, 0 geändert, 0 unverändert",
        "  Hinweise: 1",
        "  Hinweis: Blatt „BuT“, Zeile 3, Spalte „Anspruch“ (K): Leere Schritte vor einem „ja“ als „ja“ übernommen: "
        "Anspruch, Angebot vorhanden.",
    ]
    before = dump(db)
    again = run_cli("import", str(path), "--db", str(db))
    assert again.returncode == 0
    assert "  Nichts geändert: die Datenbank entspricht bereits der Datei." in again.stdout.splitlines()
    assert dump(db) == before


def test_bad_input_names_file_sheet_row_and_column_and_leaves_the_database_alone(tmp_path):
    db = _database(tmp_path)
    before = _fingerprint(db)
    path = write_xlsx(tmp_path / "falsch.xlsx", [but(Alter="zwölf"), but(Kind="Ida", Bereich="Ferien")],
                      [job(Minijob_gesucht=5)])
    result = run_cli("import", str(path), "--db", str(db))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        "userjourney: „falsch.xlsx“ kann nicht importiert werden: 3 Fehler. Die Datenbank bleibt unverändert.",
        "  falsch.xlsx, Blatt „BuT“, Zeile 2, Spalte „Alter“ (H): „zwölf“ ist kein gültiges Alter; erwartet: eine "
        "ganze Zahl von 0 bis 120.",
        "  falsch.xlsx, Blatt „BuT“, Zeile 3, Spalte „Bereich“ (J): „Ferien“ ist kein gültiger Wert für Bereich; "
        "erwartet: Mittagsverpflegung, Lernförderung, Teilhabe schulisch, Teilhabe soziokulturell.",
        "  falsch.xlsx, Blatt „Minijobs“, Zeile 2, Spalte „Minijob gesucht“ (K): „5“ ist keine gültige Stufe; "
        "erwartet: 1 (selbstständig) bis 4 (unselbstständig).",
    ]
    assert result.stdout == ""
    assert _fingerprint(db) == before


def test_a_bad_file_does_not_even_create_the_database(tmp_path):
    path = write_xlsx(tmp_path / "falsch.xlsx", [but(Anspruch="vielleicht")])
    result = run_cli("import", str(path), "--db", str(tmp_path / "neu.sqlite"))
    assert result.returncode == 2
    assert not (tmp_path / "neu.sqlite").exists()


def test_many_errors_are_all_printed_up_to_a_cap(tmp_path):
    rows = [but(Kind=f"Kind {i}", Alter=-1) for i in range(250)]
    result = run_cli("import", str(write_xlsx(tmp_path / "viele.xlsx", rows)), "--db", str(tmp_path / "x.sqlite"))
    lines = result.stderr.splitlines()
    assert result.returncode == 2
    assert lines[0] == "userjourney: „viele.xlsx“ kann nicht importiert werden: 250 Fehler. Die Datenbank bleibt unverändert."
    assert len(lines) == 1 + 200 + 1 and lines[-1] == "  … und 50 weitere"
    assert lines[200].startswith("  viele.xlsx, Blatt „BuT“, Zeile 201, Spalte „Alter“ (H): „-1“")


def test_not_a_workbook_and_an_empty_file(tmp_path):
    db = _database(tmp_path)
    before = _fingerprint(db)
    text = tmp_path / "liste.xlsx"
    text.write_text("Familie;Standort\n", encoding="utf-8")
    empty = tmp_path / "leer.xlsx"
    empty.write_bytes(b"")
    result = run_cli("import", str(text), "--db", str(db))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"userjourney: Die Datei „{text}“ ist keine Excel-Arbeitsmappe (.xlsx); bitte in Excel als "
        "„Excel-Arbeitsmappe (*.xlsx)“ speichern (alte .xls-Dateien und Dateien mit Kennwortschutz gehen nicht)."
    ]
    result = run_cli("import", str(empty), "--db", str(db))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"userjourney: Die Datei „{empty}“ ist leer (0 Bytes); erwartet: eine Excel-Arbeitsmappe (.xlsx)."
    ]
    assert _fingerprint(db) == before


def test_export_with_filters_writes_the_workbook(demo_target, tmp_path):
    db = demo_target
    target = tmp_path / "bericht.xlsx"
    result = run_cli("export", str(target), "--db", str(db), "--standort", "Ennigerloh", "--stand", "2022-12-31")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == f"Exportiert nach {target}"
    workbook = openpyxl.load_workbook(target)
    assert workbook["BuT"].max_row == 9 and workbook["Minijobs"].max_row == 1
    assert "Stand 31.12.2022" in workbook["BuT"].oddHeader.center.text


def test_export_then_import_into_a_fresh_database_round_trips(demo_target, tmp_path):
    db = demo_target
    target = tmp_path / "bericht.xlsx"
    assert run_cli("export", str(target), "--db", str(db)).returncode == 0
    fresh = tmp_path / "frisch.sqlite"
    result = run_cli("import", str(target), "--db", str(fresh))
    assert result.returncode == 0, result.stderr
    assert "  Familien: 2 neu, 0 geändert, 0 unverändert" in result.stdout.splitlines()


def test_export_wants_an_xlsx_name(tmp_path):
    result = run_cli("export", str(tmp_path / "bericht"), "--db", str(tmp_path / "x.sqlite"))
    assert result.returncode == 2
    assert result.stderr.strip() == f"userjourney: „{tmp_path / 'bericht'}“: der Dateiname muss auf .xlsx enden."
