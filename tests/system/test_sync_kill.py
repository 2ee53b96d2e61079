"""A sync killed with SIGKILL at random moments leaves each database as it was or completely
synchronised (exchange-format §6: all or nothing on each side), and the next sync completes it.

The office holds the 30 ANNA families, the laptop Familie Schmidt and Müller and an edit of
one ANNA family the office does not have yet; ``userjourney sync`` runs as a coach would run it
and is killed anywhere from its start to just after its end.
"""

from __future__ import annotations

import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests.support import REPO
from tests.support.sync import snapshot
from userjourney.core.editing import edits
from userjourney.core.storage.database import open_database
from userjourney.core.sync.reading import txn_ids
from userjourney.core.sync.synchronising import synchronise

KILLS = 8


def _state(path: Path):
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
    with open_database(path) as db:
        with db.session() as s:
            return snapshot(db), frozenset(txn_ids(s))


def _prepare(folder: Path) -> tuple[Path, Path]:
    from userjourney.core.demo.anna import store_anna
    from userjourney.core.demo.schmidt_mueller import store_demo

    folder.mkdir()
    office, laptop = folder / "buero.sqlite", folder / "laptop.sqlite"
    with open_database(office, actor="Büro") as db, db.transaction() as s:
        store_anna(s)
    with open_database(laptop, actor="Laptop") as db:
        with open_database(office) as other:
            synchronise(db, other)
        with db.transaction() as s:
            store_demo(s)
            family = edits.find_family(s, "ANNA-01")
            edits.update_family(s, family, "coach", "Herr Brandt")
    with open_database(office, actor="Büro") as db, db.transaction() as s:
        edits.update_family(s, edits.find_family(s, "ANNA-02"), "coach", "Frau Kaya")
    return office, laptop


def _copy(files: tuple[Path, Path], folder: Path) -> tuple[Path, Path]:
    folder.mkdir()
    out = []
    for path in files:
        target = folder / path.name
        shutil.copyfile(path, target)
        out.append(target)
    return out[0], out[1]


def _sync(office: Path, laptop: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "userjourney", "sync", str(office), "--db", str(laptop)],
                            cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def test_a_killed_sync_leaves_each_side_as_it_was_or_synchronised(tmp_path):
    originals = _prepare(tmp_path / "start")
    before = {p.name: _state(p) for p in originals}
    done = _copy(originals, tmp_path / "done")
    start = time.monotonic()
    assert _sync(*done).wait(120) == 0
    duration = time.monotonic() - start
    after = {p.name: _state(p) for p in done}
    assert after["buero.sqlite"][0] == after["laptop.sqlite"][0]  # the sync did synchronise

    rng = random.Random(16)
    outcomes = []
    for number in range(KILLS):  # spread from early in the start-up to just after the end
        files = _copy(originals, tmp_path / f"kill-{number}")
        process = _sync(*files)
        time.sleep(duration * (0.3 + 0.95 * number / (KILLS - 1)) * rng.uniform(0.95, 1.05))
        process.send_signal(signal.SIGKILL)
        process.wait(30)
        states = []
        for path in files:
            state = _state(path)
            assert state in (before[path.name], after[path.name]), f"{path.name} half synchronised (kill {number})"
            states.append("after" if state == after[path.name] else "before")
        outcomes.append(tuple(states))
        assert _sync(*files).wait(120) == 0  # the next sync completes what was missing
        assert {p.name: _state(p)[0] for p in files} == {name: state[0] for name, state in after.items()}
    assert ("before", "before") in outcomes, outcomes  # some kills fell while the sync ran
