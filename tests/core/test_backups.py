"""Backups with SQLite's online backup API: made, listed, pruned, restored — and refused when bad."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

import pytest

from tests.support import run_cli
from tests.support.db import dump
from userjourney.core.demo.schmidt_mueller import store_demo
from userjourney.core.editing.edits import create_family
from userjourney.core.errors import DatabaseError
from userjourney.core.storage.backups import (
    daily_backup,
    list_backups,
    make_backup,
    restore_backup,
)
from userjourney.core.storage.database import open_database


def families(path) -> list[str]:
    with sqlite3.connect(path) as conn:
        codes = [r[0] for r in conn.execute("SELECT code FROM family ORDER BY code")]
    conn.close()
    return codes


@pytest.fixture
def demo_path(sqlite_db, db_path):
    """Backups are copies of a SQLite file; a server's backups are the server's job."""
    with sqlite_db.transaction() as s:
        store_demo(s)
    sqlite_db.close()
    return db_path


def test_daily_backup_once_a_day_and_pruning(demo_path):
    first = daily_backup(demo_path, keep=3, today=date(2026, 1, 5))
    assert first is not None and first.parent.name == "backups"
    assert daily_backup(demo_path, keep=3, today=date(2026, 1, 5)) is None
    for day in (6, 7, 8, 9):
        daily_backup(demo_path, keep=3, today=date(2026, 1, day))
    listed = list_backups(demo_path)
    assert [b.made_at.day for b in listed] == [9, 8, 7]  # only the newest three are kept
    assert {b.reason for b in listed} == {"tag"} and {b.families for b in listed} == {2}
    assert listed[0].describe_reason() == "Tagessicherung"


def test_two_backups_in_one_second_do_not_overwrite_each_other(demo_path):
    now = datetime(2026, 1, 5, 10, 0, 0)
    a = make_backup(demo_path, "vor-import", now=now)
    b = make_backup(demo_path, "vor-import", now=now)
    assert a != b and a.exists() and b.exists()


def test_restore_brings_back_the_old_state_and_keeps_the_current_one(demo_path):
    saved = make_backup(demo_path, "vor-import")
    database = open_database(demo_path)
    with database.transaction() as s:
        create_family(s, "Neu")
    database.close()
    assert families(demo_path) == ["Müller", "Neu", "Schmidt"]
    before = restore_backup(demo_path, saved)
    assert families(demo_path) == ["Müller", "Schmidt"]
    assert families(before) == ["Müller", "Neu", "Schmidt"]  # the state before the restore is kept
    database = open_database(demo_path)  # the restored file is a working database
    with database.transaction() as s:
        create_family(s, "Danach")
    database.close()
    assert families(demo_path) == ["Danach", "Müller", "Schmidt"]


@pytest.mark.parametrize("kind", ["text", "empty", "truncated", "foreign", "newer"])
def test_a_bad_backup_is_refused_and_nothing_changes(demo_path, tmp_path, kind):
    bad = tmp_path / f"{kind}.sqlite"
    if kind == "text":
        bad.write_text("keine Datenbank\n" * 10)
    elif kind == "empty":
        bad.write_bytes(b"")
    elif kind == "truncated":
        good = make_backup(demo_path, "x")
        bad.write_bytes(good.read_bytes()[:5000])
    elif kind == "foreign":
        with sqlite3.connect(bad) as conn:
            conn.execute("CREATE TABLE kunden (id INTEGER)")
        conn.close()
    elif kind == "newer":
        good = make_backup(demo_path, "x")
        bad.write_bytes(good.read_bytes())
        with sqlite3.connect(bad) as conn:
            conn.execute("UPDATE alembic_version SET version_num = '9999_zukunft'")
        conn.close()
    before = dump(demo_path)
    with pytest.raises(DatabaseError):
        restore_backup(demo_path, bad)
    assert dump(demo_path) == before


@pytest.mark.slow  # several processes or file systems: make test, not make test-fast
def test_cli_backup_restore_and_list(demo_path, tmp_path):
    copy = tmp_path / "kopie.sqlite"
    result = run_cli("backup", str(copy), "--db", str(demo_path))
    assert result.returncode == 0, result.stderr
    assert f"Sicherung geschrieben: {copy} (2 Familien)" in result.stdout
    again = run_cli("backup", str(copy), "--db", str(demo_path))
    assert again.returncode == 2 and "gibt es schon" in again.stderr

    run_cli("demo", "--anna", "--db", str(demo_path))
    assert len(families(demo_path)) == 32
    result = run_cli("restore", str(copy), "--db", str(demo_path))
    assert result.returncode == 0, result.stderr
    assert families(demo_path) == ["Müller", "Schmidt"]
    assert "Der vorige Stand liegt in" in result.stdout
    listing = run_cli("backups", "--db", str(demo_path))
    assert listing.returncode == 0
    assert "vor einer Wiederherstellung" in listing.stdout and "32 Familien" in listing.stdout


def test_cli_restore_refuses_a_bad_file_in_one_german_line(demo_path, tmp_path):
    bad = tmp_path / "kaputt.sqlite"
    bad.write_text("nichts\n" * 30)
    before = dump(demo_path)
    result = run_cli("restore", str(bad), "--db", str(demo_path))
    assert result.returncode == 4
    assert result.stderr.strip().splitlines() == [
        f"userjourney: „{bad}“ ist keine userjourney-Datenbank (keine SQLite-Datei)."]
    assert dump(demo_path) == before
    assert not (demo_path.parent / "backups").exists()  # nothing was copied either


def test_a_damaged_database_is_kept_aside_and_replaced_by_the_backup(demo_path):
    saved = make_backup(demo_path, "tag")
    damaged = b"SQLite format 3\x00" + b"\x00" * 50 + "zerstört".encode() * 500
    demo_path.write_bytes(damaged)
    before = restore_backup(demo_path, saved)
    assert before.name.endswith("-beschaedigt.sqlite") and before.read_bytes() == damaged
    assert families(demo_path) == ["Müller", "Schmidt"]
    assert next(b.describe_reason() for b in list_backups(demo_path)) == (
        "die beschädigte Datei (vor der Wiederherstellung)")
    open_database(demo_path).close()


def test_an_import_that_changes_something_is_preceded_by_a_backup(demo_path, tmp_path):
    export = tmp_path / "export.xlsx"
    assert run_cli("export", str(export), "--db", str(demo_path)).returncode == 0
    fresh = tmp_path / "neu.sqlite"
    result = run_cli("import", str(export), "--db", str(fresh))
    assert result.returncode == 0, result.stderr
    made = list_backups(fresh)
    assert [b.reason for b in made] == ["vor-import"] and made[0].families == 0
    again = run_cli("import", str(export), "--db", str(fresh))  # changes nothing: no backup
    assert again.returncode == 0 and len(list_backups(fresh)) == 1


def test_a_closed_pipe_is_not_an_error(demo_path):
    import subprocess
    import sys

    from tests.support import REPO

    proc = subprocess.run(
        f"{sys.executable} -m userjourney summary --db {demo_path} | head -1", shell=True, cwd=REPO,
        capture_output=True, text=True,
    )
    assert proc.stdout.strip() != "" and "Fehler" not in proc.stderr
