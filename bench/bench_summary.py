"""Summary: "BuT bei ANNA" over a whole county, in-process and as ``summary --json``.

Baselines in the same run: pandas reading the same rows from the same file and computing the
same tables (checked once to give exactly our JSON), and the same command on an empty
database (what starting Python and opening a database cost anyway).
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import date

from bench.harness import REPO, Context, Row, Section, measure

STAND = date(2024, 6, 30)  # fixed, so the figures do not change with the day of the run


def run(ctx: Context) -> Section:
    from userjourney.core.storage.database import open_database
    from userjourney.core.summary.counting import summarize
    from userjourney.core.summary.filters import SummaryFilter

    path = ctx.database_file()
    with sqlite3.connect(path) as conn:
        n = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("family", "child", "but_entry")}
    conn.close()
    section = Section(
        "Summary (BuT bei ANNA)",
        f"Synthetic data: {n['family']:,} families, {n['child']:,} children, {n['but_entry']:,} BuT entries "
        f"(`bench/synthetic.py`, seed {ctx.seed}); Stand {STAND:%d.%m.%Y}.",
    )

    database = open_database(path, read_only=True)
    everything = SummaryFilter(stand=STAND)

    def ours(filters=everything):
        with database.session() as session:
            return summarize(session, filters)

    expected = ours().to_json()
    assert pandas_summary(path, STAND) == expected, "pandas baseline disagrees with the SQL summary"
    runs = 5 if ctx.quick else 20
    timing = measure(ours, runs=runs)
    baseline = measure(lambda: pandas_summary(path, STAND), runs=3 if ctx.quick else 7, warmup=1)
    section.rows.append(
        Row(
            "Full summary in-process (aggregate SELECTs in one snapshot)",
            timing.ms(),
            baseline.ms() + " (pandas: read the 7 tables, compute the same tables; equal JSON)",
            "≤ 200 ms and faster than pandas",
            timing.median <= 0.200 and timing.median < baseline.median,
        )
    )
    location = sorted(_locations(path))[0]
    filtered = SummaryFilter(location=location, date_from=date(2022, 1, 1), date_to=date(2022, 12, 31), stand=STAND)
    section.rows.append(
        Row(f"Summary for one Standort ({location}) and a year of applications", measure(lambda: ours(filtered),
                                                                                      runs=runs).ms())
    )
    database.close()

    big = ctx.fresh_copy(name="summary-cli.sqlite")
    empty = ctx.workdir / "summary-empty.sqlite"
    open_database(empty).close()
    env = dict(os.environ, PYTHONPATH=str(REPO))

    def cli(db):
        return lambda: subprocess.run(
            [sys.executable, "-m", "userjourney", "summary", "--json", "--db", str(db), "--stand", STAND.isoformat()],
            check=True, capture_output=True, env=env, cwd=REPO,
        )

    process_runs = 5 if ctx.quick else 11
    full = measure(cli(big), runs=process_runs, warmup=1)
    bare = measure(cli(empty), runs=process_runs, warmup=1)
    section.rows.append(
        Row(
            f"`userjourney summary --json` as a process, {n['family']:,} families",
            full.ms(),
            bare.ms() + " (same command, empty database)",
            "≤ 1.5 × empty",
            full.median <= 1.5 * bare.median,
        )
    )
    section.notes.append(f"Process ratio: {full.median / bare.median:.2f} × the empty database.")
    return section


def _locations(path) -> list[str]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT DISTINCT location FROM family WHERE location IS NOT NULL").fetchall()
    conn.close()
    return [r[0] for r in rows]


def pandas_summary(path, stand: date) -> dict:
    """The contract JSON computed with pandas from the raw rows (no filters, Stand ``stand``)."""
    import pandas as pd

    from userjourney.core.minijobs import latest_sustainable_start
    from userjourney.core.vocab import (
        AREAS,
        FACILITY_TYPE,
        FUNNEL_STEPS,
        NO_REASON,
        SUPPORT_LEVELS,
        SUPPORT_STEPS,
        FacilityType,
        ParentingStatus,
    )

    with sqlite3.connect(path) as conn:
        def read(sql):
            return pd.read_sql_query(sql, conn)

        family = read("SELECT id, migration_background, parenting_status FROM family")
        child = read("SELECT id, family_id, facility FROM child")
        entry = read("SELECT id, child_id, area, entitled, offer_exists, offer_known, offer_interesting, applied, "
                     "approved, used, reason_id FROM but_entry")
        detail = read("SELECT entry_id, item FROM but_detail")
        reason = read("SELECT id, text FROM reason")
        person = read("SELECT id FROM person")
        minijob = read("SELECT searched, found, approached, topup_possible, topped_up, sustainable, started_on "
                       "FROM minijob")
    conn.close()

    kids = child.merge(family, left_on="family_id", right_on="id", suffixes=("", "_family"))
    children = len(kids)
    entry = entry.merge(child[["id", "facility"]].rename(columns={"id": "child_key"}),
                        left_on="child_id", right_on="child_key")
    entitled = entry[entry["entitled"] == 1]
    using = entitled[entitled["used"] == 1]
    types = {facility.value: kind.value for facility, kind in FACILITY_TYPE.items()}
    using_type = using["facility"].map(types).fillna(FacilityType.OTHER.value)
    details = detail.merge(using[["id", "area"]], left_on="entry_id", right_on="id")
    idle = entitled[entitled["used"] != 1].merge(reason, left_on="reason_id", right_on="id", how="left",
                                                 suffixes=("", "_reason"))
    idle = idle.assign(text=idle["text"].fillna(NO_REASON))

    def ranked(counts) -> list[tuple[str, int]]:
        return sorted(((k, int(v)) for k, v in counts.items() if v), key=lambda kv: (-kv[1], kv[0]))

    but = {}
    for area in AREAS:
        e = entry[entry["area"] == area.value]
        ent = entitled[entitled["area"] == area.value]
        n_entitled, n_not = len(ent), int((e["entitled"] == 0).sum())
        but[area.value] = {
            "children": children,
            "not_entitled": n_not,
            "entitled": n_entitled,
            "entitlement_unknown": children - n_entitled - n_not,
            "using": int((ent["used"] == 1).sum()),
            "applications": int((ent["applied"] == 1).sum()),
            "funnel": {s.label: int((ent[s.field] == 1).sum()) for s in FUNNEL_STEPS},
            "using_by_facility_type": {
                k.value: int((using_type[using["area"] == area.value] == k.value).sum()) for k in FacilityType
            },
            "using_by_detail": dict(ranked(details[details["area"] == area.value].groupby("item").size())),
            "reasons": [{"reason": t, "count": c}
                        for t, c in ranked(idle[idle["area"] == area.value].groupby("text").size())],
        }
    cut_off = latest_sustainable_start(stand).isoformat()
    by_rule = minijob["sustainable"].isna() & minijob["started_on"].notna() & (minijob["started_on"] <= cut_off)
    return {
        "families": len(family),
        "children": children,
        "children_with_migration_background": int((kids["migration_background"] == 1).sum()),
        "children_single_parent": int((kids["parenting_status"] == ParentingStatus.SINGLE.value).sum()),
        "but": but,
        "minijobs": {
            "persons": len(person),
            "support": {s.label: {str(level): int((minijob[s.field] == level).sum()) for level in SUPPORT_LEVELS}
                        for s in SUPPORT_STEPS},
            "topup_possible": int((minijob["topup_possible"] == 1).sum()),
            "topped_up": int((minijob["topped_up"] == 1).sum()),
            "sustainable": int(((minijob["sustainable"] == 1) | by_rule).sum()),
        },
    }
