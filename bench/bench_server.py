"""An office server (issue 15): twenty coaches editing at once on one PostgreSQL database.

A county of synthetic families (``bench/synthetic.py``) on a PostgreSQL server started for the
run (``tests/support/postgres.py``: the installed binaries, 127.0.0.1, without fsync — a test
server; a production server's fsync adds its disk's commit time). Twenty processes, each its own
login bound to one Standort (row-level security on), each working as the window does — open a
family, five edits through the workspace (row lock, check against what was shown, transaction
with history, reload) — first paced like people (an edit a second each), then as fast as they
can. Meanwhile an observer looks for others' commits as a window does (the history after the
newest known row, every two seconds) and notes how long after its commit each edit was seen.
Baselines in the same run: one coach alone; the summary on the same county in SQLite.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

from bench.harness import REPO, Context, Row, Section, measure

COACHES = 20
STAND = date(2024, 6, 30)
POLL_S = 2.0


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))] if ordered else float("nan")


def _coaches(urls: list[str], seconds: float, pace: float) -> tuple[list[float], int, float]:
    start = Path(tempfile.mkdtemp(prefix="uj-bench-start-")) / "los"
    workers = [subprocess.Popen([sys.executable, "-m", "bench.server_coach", url, str(seconds), str(pace), str(start)],
                                cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for url in urls]
    time.sleep(2.0 + 0.2 * len(urls))  # every coach connected and has its families
    start.touch()
    began = time.perf_counter()
    latencies, refused = [], 0
    for worker in workers:
        out, err = worker.communicate(timeout=seconds + 120)
        if worker.returncode != 0:
            raise RuntimeError(err)
        result = json.loads(out)
        latencies += result["latencies"]
        refused += result["refused"]
    return latencies, refused, time.perf_counter() - began


def _observe(url: str, stop: threading.Event, delays: list[float]) -> None:
    """A window following the others: every two seconds the history after the newest known row."""
    import sqlalchemy as sa

    from userjourney.core.history.watching import newest_change
    from userjourney.core.storage.database import open_database
    from userjourney.core.storage.models import Change

    database = open_database(url)
    with database.session() as session:
        known = newest_change(session)
    while not stop.wait(POLL_S):
        with database.session() as session:
            rows = session.execute(sa.select(sa.func.max(Change.id), sa.func.max(Change.at))
                                   .where(Change.id > known).group_by(Change.txn_id)).all()
        now = datetime.now(UTC)
        for newest, at in rows:
            known = max(known, newest)
            delays.append((now - at).total_seconds())
    database.close()


def run(ctx: Context) -> Section:
    import sqlalchemy as sa

    from bench.synthetic import LOCATIONS, generate
    from tests.support import postgres
    from userjourney.core.storage.database import open_database
    from userjourney.core.storage.server import add_user, run_on_server
    from userjourney.core.summary.counting import summarize
    from userjourney.core.summary.filters import SummaryFilter

    section = Section("An office server: twenty coaches at once (PostgreSQL)", "")
    server = postgres.server_url()
    if server is None:
        section.intro = "PostgreSQL is not installed here; nothing measured."
        return section
    families = min(ctx.families, 2_000) if ctx.quick else ctx.families
    owner = postgres.fresh_database(server)
    database = open_database(owner, actor="bench")
    generate(database, families, seed=ctx.seed)
    version = database.engine.connect().exec_driver_sql("SHOW server_version").scalar()
    section.intro = (f"{families:,} synthetic families on PostgreSQL {version} (127.0.0.1, fsync off), "
                     f"{COACHES} coach processes, each its own login and Standort (row-level security on), "
                     f"editing through the workspace as the window does; 2 cores shared by the server, the "
                     f"coaches and the observer. `bench/bench_server.py`.")
    logins = []
    for number in range(COACHES):
        name, password = f"bench_{uuid.uuid4().hex[:8]}", uuid.uuid4().hex
        run_on_server(owner, add_user, name, password, locations=(LOCATIONS[number % len(LOCATIONS)],))
        logins.append((name, sa.make_url(owner).set(username=name, password=password).render_as_string(
            hide_password=False)))
    urls = [url for _name, url in logins]
    seconds = 8.0 if ctx.quick else 20.0
    try:
        alone, _refused, took = _coaches(urls[:1], seconds, 0.0)
        one_rate = len(alone) / took
        delays: list[float] = []
        stop = threading.Event()
        observer = threading.Thread(target=_observe, args=(owner, stop, delays))
        observer.start()
        paced, paced_refused, _took = _coaches(urls, seconds, 1.0)
        stop.set()
        observer.join()
        flat, flat_refused, took = _coaches(urls, seconds, 0.0)
    finally:
        engine = sa.create_engine(owner, isolation_level="AUTOCOMMIT")
        with engine.connect() as connection:
            for name, _url in logins:
                connection.exec_driver_sql(f'DROP ROLE IF EXISTS "{name}"')
        engine.dispose()
    p95 = _percentile(paced, 0.95)
    section.rows.append(Row(
        f"Edit latency, {COACHES} coaches each an edit a second (p50 / p95; {len(paced):,} edits, "
        f"{paced_refused} refused as changed meanwhile)",
        f"{statistics.median(paced) * 1000:.1f} / {p95 * 1000:.1f} ms",
        f"{statistics.median(alone) * 1000:.1f} / {_percentile(alone, 0.95) * 1000:.1f} ms (one coach alone, flat out)",
        "p95 ≤ 50 ms", p95 <= 0.050))
    section.rows.append(Row(
        f"Edits per second, {COACHES} coaches as fast as they can ({flat_refused} refused)",
        f"{len(flat) / took:.0f} /s (p95 {_percentile(flat, 0.95) * 1000:.0f} ms)",
        f"{one_rate:.0f} /s (one coach alone)", "–", None))
    seen95 = _percentile(delays, 0.95)
    section.rows.append(Row(
        "Another window sees an edit (commit → found; looking every 2 s as the window does; p50 / p95)",
        f"{statistics.median(delays):.2f} / {seen95:.2f} s" if delays else "–",
        f"{POLL_S:.0f} s (the window's interval)", "≤ 2 s", bool(delays) and seen95 <= 2.0 + 0.1))
    everything = SummaryFilter(stand=STAND)
    sqlite = open_database(ctx.database_file(families), read_only=True)

    def on(db):
        def count():
            with db.session() as session:
                return summarize(session, everything)
        return count

    runs = 5 if ctx.quick else 15
    server_timing, file_timing = measure(on(database), runs=runs), measure(on(sqlite), runs=runs)
    section.rows.append(Row(
        "Full summary in-process on PostgreSQL (the owner: every family)", server_timing.ms(),
        file_timing.ms() + " (the same county in SQLite)", "≤ 2 × SQLite",
        server_timing.median <= 2 * file_timing.median))
    sqlite.close()
    database.close()
    postgres.drop_database(server, owner)
    return section
