"""Excel: importing 10,000 and 50,000 families and exporting them, next to the libraries alone.

Every measurement runs in a fresh child process (``python -m bench.bench_excel child …``), so
the timings include nothing cached from an earlier run and the peak memory is that of the one
operation: the child reports its own ``resource.getrusage(RUSAGE_SELF).ru_maxrss`` (peak
resident set size, interpreter and libraries included). Ours and the baseline alternate, and
the median of the runs is reported.

* Import: ``check_file`` + ``compare`` + ``apply_import`` of an export of the synthetic
  database into an empty database (all families new: every record and every history row is
  written) — next to openpyxl ``load_workbook(read_only=True, data_only=True)`` iterating the
  same file's ``BuT`` and ``Minijobs`` rows with ``values_only=True``, and python-calamine
  reading both sheets whole; at 10,000 and at 50,000 families, with the peak memory of the
  import and of importing the same file again.
* Export: ``export_workbook`` of the whole synthetic database (summary sheets with charts and
  the raw sheets, atomic save) — next to openpyxl ``Workbook(write_only=True)`` appending the
  same raw rows (already in memory, not timed) and saving.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.harness import REPO, Context, Row, Section


def _child(args: list[str]) -> dict:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    proc = subprocess.run(
        [sys.executable, "-m", "bench.bench_excel", "child", *args],
        capture_output=True, text=True, env=env, cwd=REPO, check=True,
    )
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _runs(ours: list[str], baseline: list[str], n: int, before=None) -> tuple[list[dict], list[dict]]:
    mine, theirs = [], []
    for _ in range(n):
        if before:
            before()
        mine.append(_child(ours))
        theirs.append(_child(baseline))
    return mine, theirs


def _median(results: list[dict], key: str) -> float:
    return statistics.median(r[key] for r in results)


#: The county-scale size of issue 12, measured next to the context's size.
LARGE = 50_000


def _import_rows(ctx: Context, section: Section, families: int, runs: int) -> dict:
    """Import, re-import, the two readers alone: rows for one size; returns the import runs' figures."""
    source = ctx.database_file(families)
    workbook = ctx.workdir / f"families-{families}.xlsx"
    info = _child(["export", str(source), str(workbook)])
    rows = info["rows"]
    target = ctx.workdir / f"import-{families}.sqlite"

    def fresh_target():
        for suffix in ("", "-wal", "-shm"):
            Path(str(target) + suffix).unlink(missing_ok=True)

    ours, base = _runs(["import", str(workbook), str(target)], ["read", str(workbook)], runs, fresh_target)
    calamine = [_child(["calamine", str(workbook)]) for _ in range(runs)]
    t_ours, t_base, t_calamine = (_median(r, "seconds") for r in (ours, base, calamine))
    mem = max(r["maxrss_mb"] for r in ours)
    target_text, met = ("≤ 0.5 × openpyxl", t_ours <= 0.5 * t_base) if families < LARGE else \
        ("≤ 25 s", t_ours <= 25)
    section.rows.append(Row(
        f"Import of {families:,} families ({rows:,} rows; all new: records and history written)",
        f"{t_ours:.1f} s ({t_ours / t_base:.2f} × the openpyxl read)",
        f"{t_base:.1f} s (openpyxl read_only reading the rows); {t_calamine:.1f} s (python-calamine alone)",
        target_text, met,
    ))
    again = [_child(["reimport", str(workbook), str(target)]) for _ in range(1 if families >= LARGE else runs)]
    mem_again = max(r["maxrss_mb"] for r in again)
    section.rows.append(Row(
        f"Importing the same {families:,} families again (compares every family once, writes nothing)",
        f"{_median(again, 'seconds'):.1f} s", f"{t_base:.1f} s (openpyxl read, as above)",
    ))
    section.rows.append(Row(
        f"Peak memory, {families:,} families (ru_maxrss of the child): import / re-import",
        f"{mem:.0f} MB / {mem_again:.0f} MB",
        f"{max(r['maxrss_mb'] for r in base):.0f} MB (openpyxl read alone); "
        f"{max(r['maxrss_mb'] for r in calamine):.0f} MB (python-calamine alone, whole sheets)",
        "≤ 500 MB", mem <= 500 and mem_again <= 500,
    ))
    phases = ours[len(ours) // 2]["phases"]
    section.notes.append(
        f"Import phases at {families:,} families (one run): "
        + ", ".join(f"{name} {seconds:.1f} s" for name, seconds in phases.items())
        + f"; history rows written: {ours[0]['history_rows']:,}; file size {workbook.stat().st_size / 1e6:.1f} MB."
    )
    return {"runs": runs}


def run(ctx: Context) -> Section:
    source = ctx.database_file()
    section = Section(
        "Excel import and export",
        f"Synthetic data: {ctx.families:,} and {LARGE:,} families (`bench/synthetic.py`, seed {ctx.seed}), exported "
        "with `userjourney export` — that file is what the import reads. Each run is a fresh child process; "
        "peak memory is the child's own `ru_maxrss` (peak resident set size, interpreter included). The import "
        "reads with python-calamine in slices (docs/excel.md); the two readers alone are measured on the same "
        "file in the same run.",
    )
    runs = 1 if ctx.quick else 3
    _import_rows(ctx, section, ctx.families, runs)
    if not ctx.quick:
        _import_rows(ctx, section, LARGE, 1)

    export_target = ctx.workdir / "export.xlsx"
    ours_x, base_x = _runs(["export", str(source), str(export_target)],
                           ["write", str(source), str(ctx.workdir / "baseline.xlsx")], runs)
    x_ours, x_base = _median(ours_x, "seconds"), _median(base_x, "seconds")
    mem_x = max(r["maxrss_mb"] for r in ours_x)
    section.rows.append(
        Row(
            f"Export of {ctx.families:,} families (summary sheets with charts + raw sheets, atomic save)",
            f"{x_ours:.1f} s ({x_ours / x_base:.2f} × the write)",
            f"{x_base:.1f} s (openpyxl write_only writing the same raw rows)",
            "≤ 2 × openpyxl",
            x_ours <= 2 * x_base,
        )
    )
    section.rows.append(
        Row(
            "Peak memory of the export (ru_maxrss of the child)",
            f"{mem_x:.0f} MB",
            f"{max(r['maxrss_mb'] for r in base_x):.0f} MB (openpyxl write_only alone)",
            "< 500 MB",
            mem_x < 500,
        )
    )
    section.notes.append(f"Runs per measurement: {runs} (median) at {ctx.families:,} families; one at {LARGE:,}.")
    return section


# --------------------------------------------------------------------------- in the child


def _peak_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _child_import(path: str, db_path: str) -> dict:
    from userjourney.core.excel import apply_import, check_file, compare
    from userjourney.core.storage.database import open_database

    start = time.perf_counter()
    plan = check_file(path)
    read = time.perf_counter()
    database = open_database(db_path, actor="bench")
    with database.session() as session:
        compare(plan, session)
    compared = time.perf_counter()
    assert plan.ok, plan.error_lines(5)
    result = apply_import(database, plan)
    end = time.perf_counter()
    database.close()
    return {
        "seconds": end - start,
        "phases": {"read and check": read - start, "open and compare": compared - read, "write": end - compared},
        "history_rows": result.history_rows,
    }


def _child_reimport(path: str, db_path: str) -> dict:
    from userjourney.core.excel import apply_import, check_file, compare
    from userjourney.core.storage.database import open_database

    start = time.perf_counter()
    plan = check_file(path)
    database = open_database(db_path, actor="bench")
    with database.session() as session:
        compare(plan, session)
    result = apply_import(database, plan)
    end = time.perf_counter()
    database.close()
    assert not result.changed
    return {"seconds": end - start}


def _child_read(path: str) -> dict:
    from openpyxl import load_workbook

    start = time.perf_counter()
    workbook = load_workbook(path, read_only=True, data_only=True)
    count = 0
    for name in ("BuT", "Minijobs"):
        for _row in workbook[name].iter_rows(values_only=True):
            count += 1
    workbook.close()
    return {"seconds": time.perf_counter() - start, "rows": count}


def _child_calamine(path: str) -> dict:
    """python-calamine alone: every row of both sheets, each sheet read whole (its plain use)."""
    import python_calamine

    start = time.perf_counter()
    workbook = python_calamine.CalamineWorkbook.from_path(path)
    count = 0
    for name in ("BuT", "Minijobs"):
        sheet = workbook.get_sheet_by_name(name)
        for _row in sheet.iter_rows():
            count += 1
        del sheet
    workbook.close()
    return {"seconds": time.perf_counter() - start, "rows": count}


def _raw_rows(db_path: str):
    from datetime import date

    from userjourney.core.excel import export, template
    from userjourney.core.storage.database import open_database
    from userjourney.core.summary.filters import SummaryFilter

    database = open_database(db_path, read_only=True)
    with database.session() as session:
        connection = session.connection()
        selection = SummaryFilter()  # every family
        but = list(export.but_rows(connection, selection, date.today()))
        jobs = list(export.minijob_rows(connection, selection, date.today()))
    database.close()
    return [(template.BUT, but), (template.MINIJOBS, jobs)]


def _child_write(db_path: str, target: str) -> dict:
    from openpyxl import Workbook

    sheets = _raw_rows(db_path)  # not timed: the baseline gets its rows for free
    start = time.perf_counter()
    workbook = Workbook(write_only=True)
    for spec, rows in sheets:
        sheet = workbook.create_sheet(spec.name)
        sheet.append(list(spec.headers))
        for row in rows:
            sheet.append(row)
    workbook.save(target)
    return {"seconds": time.perf_counter() - start}


def _child_export(db_path: str, target: str) -> dict:
    from userjourney.core.excel import export_workbook
    from userjourney.core.storage.database import open_database

    database = open_database(db_path, read_only=True)
    start = time.perf_counter()
    with database.session() as session:
        result = export_workbook(session, target)
    seconds = time.perf_counter() - start
    database.close()
    return {"seconds": seconds, "rows": result.but_rows + result.minijob_rows}


def child_main(argv: list[str]) -> None:
    op, *args = argv
    handler = {
        "import": _child_import, "reimport": _child_reimport, "read": _child_read,
        "write": _child_write, "export": _child_export, "calamine": _child_calamine,
    }[op]
    result = handler(*args)
    result["maxrss_mb"] = _peak_mb()
    print(json.dumps(result))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "child":
        child_main(sys.argv[2:])
    else:
        print("run through `python -m bench --only excel`")
