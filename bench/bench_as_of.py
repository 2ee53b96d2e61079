"""As of a moment, and over time (issue 17): the summary on the database of a past moment, and
the trend over 24 months, on a county with two years of history.

The database: the synthetic county (``bench/synthetic.py``), its records created over the
first two months of a two-year span, then edited through the ORM (so the history is written as
the app writes it) until the history holds 500,000 rows — notes, Angebot wahrgenommen, Antrag
gestellt and reasons changed, one transaction of 2,000 edits every few days. Baseline in the
same run: the summary of the present state.
"""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from unittest import mock

from bench.harness import CACHE, Context, Row, Section, measure

HISTORY_ROWS = 500_000
SPAN_DAYS = 730
EDITS_PER_TRANSACTION = 2_000
STAND = date(2024, 6, 30)


def history_database(ctx: Context) -> tuple[Path, datetime]:
    """The county with two years of history (built once, cached); returns it and its start."""
    from userjourney.core.storage.schema import head_revision

    path = CACHE / f"history-{ctx.families}-seed{ctx.seed}-{HISTORY_ROWS}-{head_revision()}.sqlite"
    start = datetime(2023, 1, 1, 8, 0, tzinfo=UTC)
    if not path.exists():
        partial = path.with_suffix(".building")
        for stale in CACHE.glob(partial.name + "*"):
            stale.unlink()
        import shutil

        shutil.copyfile(ctx.database_file(), partial)
        print(f"  building {path.name} …", flush=True)
        _add_history(partial, start, ctx.seed)
        partial.rename(path)
    return path, start


def _add_history(path: Path, start: datetime, seed: int) -> None:
    import sqlalchemy as sa

    from userjourney.core.history import listeners
    from userjourney.core.storage.database import open_database
    from userjourney.core.storage.models import ButEntry, Reason

    with sqlite3.connect(path) as conn:  # the records appear over the first two months
        last = conn.execute("SELECT max(id) FROM change").fetchone()[0]
        step = timedelta(days=60).total_seconds() / last
        rows = conn.execute("SELECT id FROM change").fetchall()
        conn.executemany("UPDATE change SET at = ? WHERE id = ?",
                         [((start + timedelta(seconds=i * step)).strftime("%Y-%m-%d %H:%M:%S.%f"), i)
                          for (i,) in rows])
        existing = conn.execute("SELECT count(*) FROM change").fetchone()[0]
    conn.close()
    rng = random.Random(seed)
    database = open_database(path, actor="bench")
    with database.session() as session:
        entry_ids = list(session.scalars(sa.select(ButEntry.id)))
        reason_ids = list(session.scalars(sa.select(Reason.id)))
    transactions = (HISTORY_ROWS - existing) // EDITS_PER_TRANSACTION
    now = [start]
    with mock.patch.object(listeners, "utcnow", lambda: now[0]):
        for number in range(transactions):
            now[0] = start + timedelta(days=60 + (SPAN_DAYS - 60) * number / transactions)
            with database.transaction() as session:
                for entry_id in rng.sample(entry_ids, EDITS_PER_TRANSACTION):
                    entry = session.get(ButEntry, entry_id)
                    kind = rng.random()
                    if kind < 0.6:
                        entry.note = f"Notiz {number}"
                    elif kind < 0.75:
                        entry.used = None if entry.used else True
                    elif kind < 0.9:
                        entry.applied = None if entry.applied else True
                    else:
                        entry.reason_id = rng.choice(reason_ids)
    database.close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()


def _cli(path: Path, *args: str):
    command = [sys.executable, "-m", "userjourney", *args, "--db", str(path)]
    return lambda: subprocess.run(command, check=True, capture_output=True)


def run(ctx: Context) -> Section:
    from userjourney.core.storage.database import open_database
    from userjourney.core.summary.counting import summarize
    from userjourney.core.summary.filters import SummaryFilter
    from userjourney.core.summary.reading import reading_session
    from userjourney.core.summary.trend import trend

    path, start = history_database(ctx)
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT count(*) FROM change").fetchone()[0]
        families = conn.execute("SELECT count(*) FROM family").fetchone()[0]
    conn.close()
    section = Section(
        "As of a moment, and over time",
        f"{families:,} families, {rows:,} history rows over two years (`bench/bench_as_of.py`); Stand "
        f"{STAND:%d.%m.%Y}. In-process: the summary on one open database, as the window counts it; "
        "command: `userjourney summary --json` as a new process each run (start-up included), as a "
        "script or the Jobcenter runs it.",
    )
    database = open_database(path, read_only=True)

    def summary_at(moment: datetime | None):
        filters = SummaryFilter(stand=STAND, as_of=moment)

        def run_once():
            with reading_session(database, filters, free_text=False) as session:  # as the command and the window
                return summarize(session, filters)
        return run_once

    runs = 3 if ctx.quick else 9
    now = measure(summary_at(None), runs=runs)
    middle = start + timedelta(days=SPAN_DAYS // 2)
    last = start + timedelta(days=SPAN_DAYS + 1)
    for label, moment in (("a year back", middle), ("the last moment (= now)", last)):
        timing = measure(summary_at(moment), runs=runs, warmup=1)
        section.rows.append(Row(
            f"`summary --as-of` {label}, in-process", timing.ms(), now.ms() + " (the present summary)",
            "≤ 3 × the present summary", timing.median <= 3 * now.median))
    assert summary_at(last)().to_json() == summary_at(None)().to_json(), "as of now ≠ now"
    process_runs = 3 if ctx.quick else 5
    present = measure(_cli(path, "summary", "--json", "--stand", STAND.isoformat()), runs=process_runs, warmup=1)
    past = measure(_cli(path, "summary", "--json", "--stand", STAND.isoformat(), "--as-of",
                        middle.astimezone().strftime("%Y-%m-%dT%H:%M:%S")), runs=process_runs, warmup=1)
    section.rows.append(Row("`userjourney summary --as-of` a year back, command", past.ms(),
                            present.ms() + " (`userjourney summary`)", "≤ 3 × the present summary",
                            past.median <= 3 * present.median))
    window = SummaryFilter(date_from=start.date() + timedelta(days=1), date_to=(start + timedelta(days=SPAN_DAYS)).date())
    timing = measure(lambda: trend(database, window), runs=1 if ctx.quick else 3, warmup=0)
    section.rows.append(Row("`trend` over 24 months (month by month), in-process", timing.s(),
                            now.ms() + " (one present summary)", "≤ 5 s", timing.median <= 5.0))
    command = measure(_cli(path, "trend", "--json", "--from", window.date_from.isoformat(),  # type: ignore[union-attr]
                           "--to", window.date_to.isoformat()), runs=1 if ctx.quick else 3, warmup=0)  # type: ignore[union-attr]
    section.rows.append(Row("`userjourney trend` over 24 months, command", command.s(),
                            present.ms() + " (`userjourney summary`)", "≤ 5 s", command.median <= 5.0))
    database.close()
    return section
