"""Opening databases: where, how (pragmas), and what happens with unusable files."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
from pathlib import Path

import pytest
import sqlalchemy as sa

from tests.support import run_cli
from userjourney.core.errors import DatabaseError
from userjourney.core.storage.database import open_database
from userjourney.core.storage.models import Family


def _fingerprint(path: Path) -> tuple:
    """Content, size and mtime of a file plus what lies beside it (no -wal, no backups)."""
    siblings = sorted(p.name for p in path.parent.iterdir())
    data = path.read_bytes() if path.exists() else None
    stat = path.stat() if path.exists() else None
    return (hashlib.sha256(data).hexdigest() if data is not None else None,
            stat.st_mtime_ns if stat else None, siblings)


def _assert_one_german_line(result, *fragments: str) -> None:
    assert result.returncode not in (0, 1), result
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("userjourney: ")
    for fragment in fragments:
        assert fragment in lines[0]


def test_connections_are_durable_and_strict(sqlite_db):
    with sqlite_db.session() as s:
        conn = s.connection()
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_a_new_database_gets_the_schema_and_the_reason_catalogue(db):
    with db.session() as s:
        assert s.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()
        from userjourney.core.storage.models import Reason

        assert s.scalar(sa.select(sa.func.count()).select_from(Reason)) == 22


def test_default_location_is_the_per_user_data_folder(isolated_home):
    result = run_cli("demo", env={"XDG_DATA_HOME": str(isolated_home / "data")})
    assert result.returncode == 0, result.stderr
    expected = isolated_home / "data" / "userjourney" / "userjourney.sqlite"
    assert expected.exists()
    assert str(expected) in result.stdout


def test_environment_variable_and_db_option(tmp_path):
    by_env = tmp_path / "env.sqlite"
    by_option = tmp_path / "option.sqlite"
    assert run_cli("demo", env={"USERJOURNEY_DB": str(by_env)}).returncode == 0
    assert by_env.exists()
    # --db wins over the variable, before or after the command
    assert run_cli("demo", "--db", str(by_option), env={"USERJOURNEY_DB": str(by_env)}).returncode == 0
    assert run_cli("--db", str(by_option), "demo").returncode == 0
    assert by_option.exists()


def test_missing_folder(tmp_path):
    target = tmp_path / "gibt-es-nicht" / "x.sqlite"
    result = run_cli("demo", "--db", str(target))
    _assert_one_german_line(result, "Der Ordner", "existiert nicht")
    assert not target.parent.exists()


@pytest.fixture
def read_only_folder(tmp_path):
    """A folder nobody may write into — not even root (who ignores permission bits).

    As root the folder is made immutable (``chattr +i``), which binds root too; otherwise
    ordinary permissions do.
    """
    folder = tmp_path / "schreibgeschuetzt"
    folder.mkdir()
    if os.geteuid() == 0:
        made = subprocess.run(["chattr", "+i", str(folder)], capture_output=True)
        if made.returncode != 0:
            pytest.fail(f"cannot make a read-only folder as root: {made.stderr!r}")
        yield folder
        subprocess.run(["chattr", "-i", str(folder)], check=True)
    else:
        folder.chmod(0o555)
        yield folder
        folder.chmod(0o755)


def test_read_only_folder(read_only_folder):
    target = read_only_folder / "x.sqlite"
    result = run_cli("demo", "--db", str(target))
    _assert_one_german_line(result, "kann nicht geschrieben werden", str(read_only_folder))
    assert list(read_only_folder.iterdir()) == []


def test_file_that_is_not_a_database(tmp_path):
    target = tmp_path / "notizen.sqlite"
    target.write_text("Einkaufsliste: Milch, Brot\n" * 20, encoding="utf-8")
    before = _fingerprint(target)
    result = run_cli("demo", "--db", str(target))
    _assert_one_german_line(result, "keine userjourney-Datenbank", str(target))
    assert _fingerprint(target) == before


def test_sqlite_database_of_another_program(tmp_path):
    target = tmp_path / "fremd.sqlite"
    with sqlite3.connect(target) as conn:
        conn.execute("CREATE TABLE kunden (id INTEGER PRIMARY KEY, name TEXT)")
    before = _fingerprint(target)
    result = run_cli("demo", "--db", str(target))
    _assert_one_german_line(result, "keine von userjourney")
    assert _fingerprint(target) == before


def test_database_with_a_newer_schema(tmp_path):
    target = tmp_path / "neu.sqlite"
    open_database(target).close()
    with sqlite3.connect(target) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_aus_der_zukunft'")
    conn.close()
    before = _fingerprint(target)
    result = run_cli("demo", "--db", str(target))
    _assert_one_german_line(result, "neueren Version", "9999_aus_der_zukunft")
    assert _fingerprint(target) == before
    with pytest.raises(DatabaseError):
        open_database(target)


def test_truncated_database_is_refused_untouched(tmp_path):
    target = tmp_path / "kaputt.sqlite"
    database = open_database(target)
    with database.transaction() as s:
        for i in range(300):
            s.add(Family(code=f"F{i:04d}", location="Ennigerloh" * 5))
    database.close()
    data = target.read_bytes()
    target.write_bytes(data[: len(data) // 3])
    before = _fingerprint(target)
    result = run_cli("demo", "--db", str(target))
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert _fingerprint(target) == before


def test_read_only_open_writes_nothing(tmp_path):
    target = tmp_path / "lesen.sqlite"
    open_database(target).close()
    database = open_database(target, read_only=True)
    with database.session() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(Family)) == 0
    with pytest.raises(DatabaseError):
        with database.transaction():
            pass
    database.close()
