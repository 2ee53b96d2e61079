"""One writer at a time: the lock beside the database, across processes."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from tests.support import REPO, run_cli
from userjourney.core.storage.locking import DatabaseInUse, DatabaseLock, lock_path_for

HOLD = """
import sys, time
from pathlib import Path
from userjourney.core.storage.locking import DatabaseLock
lock = DatabaseLock(Path(sys.argv[1]), program="userjourney (Test)")
lock.acquire()
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
lock.release()
"""


def hold_lock(path, seconds: float) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(path), str(seconds)], cwd=REPO,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "locked"
    return proc


def test_the_lock_is_exclusive_and_says_who_holds_it(tmp_path):
    path = tmp_path / "db.sqlite"
    proc = hold_lock(path, 30)
    try:
        mine = DatabaseLock(path)
        assert not mine.try_acquire()
        holder = mine.holder()
        assert holder["program"] == "userjourney (Test)" and holder["pid"] == proc.pid
        with pytest.raises(DatabaseInUse, match=r"wird gerade von userjourney \(Test\) \("):
            mine.acquire(wait=0.3)
    finally:
        proc.kill()
        proc.wait()
    # A killed holder leaves no stale lock behind.
    mine = DatabaseLock(path)
    assert mine.try_acquire()
    mine.release()
    assert lock_path_for(path).exists()


@pytest.mark.slow  # several processes or file systems: make test, not make test-fast
def test_a_cli_writer_waits_for_the_gui_and_then_writes(tmp_path):
    path = tmp_path / "db.sqlite"
    run_cli("demo", "--db", str(path))
    proc = hold_lock(path, 2.0)
    started = time.monotonic()
    result = run_cli("demo", "--anna", "--db", str(path), "--wait", "20")
    proc.wait()
    assert result.returncode == 0, result.stderr
    assert "warte bis zu 20 s" in result.stderr
    assert time.monotonic() - started >= 1.5
    assert "30 angelegt" in result.stdout


def test_a_cli_writer_gives_up_with_a_clear_message(tmp_path):
    path = tmp_path / "db.sqlite"
    run_cli("demo", "--db", str(path))
    proc = hold_lock(path, 30)
    try:
        result = run_cli("demo", "--anna", "--db", str(path), "--wait", "0.5")
    finally:
        proc.kill()
        proc.wait()
    assert result.returncode == 4
    assert "wird gerade von userjourney (Test)" in result.stderr
    assert "Traceback" not in result.stderr
