"""What every benchmark shares: timing, cached synthetic databases, the report format.

A benchmark module ``bench/bench_<topic>.py`` defines ``run(ctx) -> Section``. The runner
(``python -m bench``) calls them in name order and writes one Markdown report. A row compares
our measurement with a baseline measured in the same run — the hardware-independent part of a
claim — and with the issue's target where there is one.
"""

from __future__ import annotations

import os
import platform
import shutil
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CACHE = REPO / ".bench-cache"


@dataclass(frozen=True)
class Timing:
    """Seconds per run: median and 90th percentile over ``runs`` runs."""

    median: float
    p90: float
    runs: int

    def ms(self) -> str:
        return f"{self.median * 1000:.1f} ms"

    def s(self) -> str:
        return f"{self.median:.2f} s"

    def best_unit(self) -> str:
        return self.ms() if self.median < 1 else self.s()


def measure(fn: Callable[[], object], *, runs: int = 20, warmup: int = 2, setup: Callable[[], object] | None = None) -> Timing:
    """Time ``fn`` ``runs`` times after ``warmup`` untimed runs (``setup`` runs untimed before each)."""
    for _ in range(warmup):
        if setup:
            setup()
        fn()
    samples = []
    for _ in range(runs):
        if setup:
            setup()
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    samples.sort()
    return Timing(statistics.median(samples), samples[min(len(samples) - 1, int(len(samples) * 0.9))], runs)


@dataclass
class Row:
    what: str
    ours: str
    baseline: str = "–"
    target: str = "–"
    met: bool | None = None

    def markdown(self) -> str:
        verdict = {True: "✅ yes", False: "❌ no", None: "–"}[self.met]
        return f"| {self.what} | {self.ours} | {self.baseline} | {self.target} | {verdict} |"


@dataclass
class Section:
    title: str
    intro: str = ""
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def markdown(self) -> str:
        lines = [f"## {self.title}", ""]
        if self.intro:
            lines += [self.intro, ""]
        if self.rows:
            lines += [
                "| Measurement | userjourney | Baseline (same run) | Target | Met |",
                "| --- | --- | --- | --- | --- |",
                *(row.markdown() for row in self.rows),
                "",
            ]
        lines += [f"- {note}" for note in self.notes]
        if self.notes:
            lines.append("")
        return "\n".join(lines)


@dataclass
class Context:
    """Shared state of one run: sizes, the seed, and cached synthetic databases."""

    families: int
    seed: int
    quick: bool
    workdir: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="uj-bench-")))

    def database_file(self, families: int | None = None) -> Path:
        """A synthetic database with ``families`` families (built once, cached by schema head)."""
        from bench.synthetic import generate
        from userjourney.core.storage.database import open_database
        from userjourney.core.storage.schema import head_revision

        families = self.families if families is None else families
        CACHE.mkdir(exist_ok=True)
        path = CACHE / f"synthetic-{families}-seed{self.seed}-{head_revision()}.sqlite"
        if not path.exists():
            partial = path.with_suffix(".building")
            for stale in CACHE.glob(partial.name + "*"):
                stale.unlink()
            database = open_database(partial)
            print(f"  building {path.name} …", flush=True)
            generate(database, families, seed=self.seed)
            database.close()
            _checkpoint(partial)
            partial.rename(path)
        return path

    def fresh_copy(self, families: int | None = None, name: str = "copy.sqlite") -> Path:
        """A private copy of a cached database, for benchmarks that write."""
        source = self.database_file(families)
        target = self.workdir / name
        for suffix in ("", "-wal", "-shm"):
            Path(str(target) + suffix).unlink(missing_ok=True)
        shutil.copyfile(source, target)
        return target

    def cleanup(self) -> None:
        shutil.rmtree(self.workdir, ignore_errors=True)


def _checkpoint(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()


def machine() -> str:
    """One line describing where the numbers were measured."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{cpu}, {os.cpu_count()} cores; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}; SQLite {sqlite3.sqlite_version}"
    )
