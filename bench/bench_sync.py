"""Synchronisation (issue 16): two 10,000-family databases that each changed 1 % since their last
sync (goal ≤ 2 s), and the first sync of a 10,000-family laptop into an empty database — a
SQLite file, and the office server where PostgreSQL is installed (goal ≤ 30 s).

Baseline in the same run: copying the whole database file with SQLite's online backup — what
"synchronising" by handing the file around costs, losing the other side's edits.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import statistics
import time
from pathlib import Path

import sqlalchemy as sa

from bench.harness import Context, Row, Section


def _backup_seconds(source: Path, target: Path) -> float:
    start = time.perf_counter()
    with sqlite3.connect(source) as a, sqlite3.connect(target) as b:
        a.backup(b)
    seconds = time.perf_counter() - start
    target.unlink()
    return seconds


def run(ctx: Context) -> Section:
    from userjourney.core.editing import edits
    from userjourney.core.storage.database import open_database
    from userjourney.core.storage.models import Child
    from userjourney.core.sync.synchronising import synchronise

    families = ctx.families
    section = Section(
        "Synchronisation",
        f"The synthetic database ({families:,} families, its whole history) as office and laptop. Baseline: "
        "copying the file with SQLite's online backup (what handing the file around costs).",
    )
    source = ctx.fresh_copy(name="sync-source.sqlite")
    baseline = statistics.median(_backup_seconds(source, ctx.workdir / "backup.sqlite") for _ in range(3))

    # 1 % changed on each side since the last sync (copies of one file: the same history)
    rounds = 1 if ctx.quick else 3
    times = []
    for round_ in range(rounds):
        paths = [ctx.workdir / f"sync-{side}-{round_}.sqlite" for side in ("office", "laptop")]
        for path in paths:
            shutil.copyfile(source, path)
        office, laptop = (open_database(p, actor=name) for p, name in zip(paths, ("Büro", "Laptop")))
        with office.session() as s:
            child_ids = list(s.scalars(sa.select(Child.id)))
        rng = random.Random(round_)
        changed = max(1, families // 100)
        for database, sample in ((office, rng.sample(child_ids, changed)), (laptop, rng.sample(child_ids, changed))):
            for child_id in sample:
                with database.transaction() as s:
                    edits.update_child(s, s.get(Child, child_id), "age", rng.randint(3, 17))
        start = time.perf_counter()
        result = synchronise(laptop, office)
        times.append(time.perf_counter() - start)
        office.close()
        laptop.close()
    seconds = statistics.median(times)
    section.rows.append(Row(
        f"Sync of two {families:,}-family databases, each with {changed} families changed "
        f"({result.new_conflicts} conflicts)", f"{seconds:.2f} s", f"{baseline:.2f} s (file copy)", "≤ 2 s",
        seconds <= 2))

    # the first sync of a laptop into an empty database
    empty = ctx.workdir / "empty.sqlite"
    open_database(empty).close()
    laptop = open_database(source, actor="Laptop")
    target = open_database(empty, actor="Büro")
    start = time.perf_counter()
    synchronise(laptop, target)
    seconds = time.perf_counter() - start
    section.rows.append(Row(f"First sync of a {families:,}-family laptop into an empty SQLite file",
                            f"{seconds:.1f} s", f"{baseline:.2f} s (file copy)", "≤ 30 s", seconds <= 30))
    target.close()

    from tests.support import postgres

    server = postgres.server_url()
    if server is None:
        section.notes.append("PostgreSQL is not installed here: the first sync into a server was not measured.")
    else:
        url = postgres.fresh_database(server)  # set up by `server init`, no families yet
        target = open_database(url, actor="Büro")
        start = time.perf_counter()
        synchronise(laptop, target)
        seconds = time.perf_counter() - start
        target.close()
        postgres.drop_database(server, url)
        section.rows.append(Row(f"First sync of a {families:,}-family laptop into an empty office server "
                                "(PostgreSQL, 127.0.0.1, fsync off)", f"{seconds:.1f} s",
                                f"{baseline:.2f} s (file copy)", "≤ 30 s", seconds <= 30))
    laptop.close()
    section.notes.append("A sync reads which transactions each side has (a set difference of ids), then only the "
                         "families those transactions touched; its cost grows with what changed, not with the size.")
    return section
