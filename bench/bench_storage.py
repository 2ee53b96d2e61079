"""Foundation: opening a large database, and one edit saved with its history."""

from __future__ import annotations

import sqlite3
import time

import sqlalchemy as sa

from bench.harness import Context, Row, Section, measure
from userjourney.core.editing.edits import set_note


def run(ctx: Context) -> Section:
    from bench.synthetic import generate
    from userjourney.core.storage.database import open_database
    from userjourney.core.storage.models import ButEntry

    section = Section(
        "Storage and history",
        f"Synthetic data: {ctx.families:,} families (`bench/synthetic.py`, seed {ctx.seed}).",
    )

    # Writing families through the ORM with full history, against sqlite3 inserting bare rows.
    n = 200 if ctx.quick else 1000
    target = ctx.workdir / "generate.sqlite"
    database = open_database(target)
    start = time.perf_counter()
    shape = generate(database, n, seed=ctx.seed + 1)
    ours = time.perf_counter() - start
    database.close()
    with sqlite3.connect(target) as conn:
        rows = conn.execute("SELECT * FROM but_entry").fetchall()
        columns = len(rows[0])
    plain = ctx.workdir / "plain.sqlite"
    with sqlite3.connect(plain) as conn:
        conn.execute(f"CREATE TABLE t ({', '.join(f'c{i}' for i in range(columns))})")
        start = time.perf_counter()
        conn.executemany(f"INSERT INTO t VALUES ({', '.join('?' * columns)})", rows)
        conn.commit()
        baseline = time.perf_counter() - start
    section.rows.append(
        Row(
            f"Store {n:,} families ({shape.entries:,} BuT entries, {shape.children:,} children) with history",
            f"{ours:.2f} s ({n / ours:,.0f} families/s)",
            f"{baseline:.2f} s (sqlite3 inserting only the entry rows, no history)",
        )
    )

    path = ctx.database_file()
    opened = measure(lambda: open_database(path).close(), runs=10 if ctx.quick else 20)

    def raw_open():
        conn = sqlite3.connect(path)
        conn.execute("SELECT version_num FROM alembic_version").fetchone()
        conn.close()

    section.rows.append(
        Row(
            f"Open the database with {ctx.families:,} families (checks, migration check, catalogue)",
            opened.ms(),
            measure(raw_open, runs=20).ms() + " (sqlite3.connect + one SELECT)",
        )
    )

    copy = ctx.fresh_copy(name="edit.sqlite")
    database = open_database(copy, actor="bench")
    with database.session() as s:
        entry_ids = list(s.scalars(sa.select(ButEntry.id).limit(200)))
    state = {"i": 0}

    def one_edit():
        entry_id = entry_ids[state["i"] % len(entry_ids)]
        state["i"] += 1
        with database.transaction() as s:
            entry = s.get(ButEntry, entry_id)
            set_note(entry, f"Notiz {state['i']}")

    timing = measure(one_edit, runs=50 if not ctx.quick else 20)
    database.close()
    raw = sqlite3.connect(copy, isolation_level=None)
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA synchronous=FULL")

    def raw_edit():
        state["i"] += 1
        raw.execute("BEGIN IMMEDIATE")
        raw.execute("UPDATE but_entry SET note = ? WHERE id = ?", (f"x{state['i']}", entry_ids[0].hex))
        raw.execute("COMMIT")

    baseline = measure(raw_edit, runs=50 if not ctx.quick else 20)
    raw.close()
    section.rows.append(
        Row(
            "One edit saved: load entry, change, history row, Letzte Bearbeitung, durable commit",
            timing.ms(),
            baseline.ms() + " (sqlite3: one UPDATE, same durability)",
            "≤ 10 ms",
            timing.median <= 0.010,
        )
    )
    return section
