"""Faults an adversarial test found (issue 13), one regression test each, named after it.

Each test here failed on the code before the mend; docs/reliability.md lists them with results.
"""

from __future__ import annotations

import os

import pytest

from tests.support import run_cli
from userjourney.core.storage.locking import DatabaseLock, LockFileRefused, lock_path_for


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
