"""Encryption at rest (issue 14): a grid edit, the summary and an import on an encrypted
database next to the same on a plain one, in the same run. Goal: ≤ 1.3 × for each.

Both databases are copies of the same synthetic one; the encrypted copy is made with
``encrypt_database`` (SQLCipher 4, a raw 256-bit key: no key derivation per connection). The
import writes an export of 1,000 synthetic families into an empty database of each kind, so it
measures writing, not reading Excel.
"""

from __future__ import annotations

import os
import statistics
import time

import sqlalchemy as sa

from bench.harness import Context, Row, Section

PASSPHRASE = "bench-passphrase"
GOAL = "≤ 1.3 × plain"


def run(ctx: Context) -> Section:
    from userjourney.core.editing.edits import set_note
    from userjourney.core.excel import apply_import, check_file, compare, export_workbook
    from userjourney.core.storage import keys
    from userjourney.core.storage.database import open_database
    from userjourney.core.storage.encrypting import encrypt_database
    from userjourney.core.storage.models import ButEntry
    from userjourney.core.summary.counting import summarize

    section = Section(
        "Encryption at rest",
        f"A copy of the synthetic database ({ctx.families:,} families) encrypted with SQLCipher 4 "
        "(`userjourney encrypt`), next to a plain copy; goal ≤ 1.3 × each.",
    )
    os.environ.pop(keys.PASSPHRASE_VARIABLE, None)
    plain = ctx.fresh_copy(name="plain.sqlite")
    encrypted = ctx.fresh_copy(name="encrypted.sqlite")
    encrypt_database(encrypted, PASSPHRASE)  # leaves the key unlocked in this process, as after a start

    # the two kinds take turns, edit by edit and count by count: a disk that is busy for a moment
    # (an fsync per edit) slows both alike instead of whichever happens to run then
    databases = {kind: open_database(path, actor="bench") for kind, path in (("encrypted", encrypted),
                                                                             ("plain", plain))}
    with databases["plain"].session() as s:
        ids = list(s.scalars(sa.select(ButEntry.id).limit(200)))

    def one_edit(database, i):
        with database.transaction() as s:
            set_note(s.get(ButEntry, ids[i % len(ids)]), f"Notiz {i}")

    def count(database, _i):
        with database.session() as session:
            summarize(session)

    for label, work, runs in (("One grid edit saved with its history (a note)", one_edit, 30 if ctx.quick else 100),
                              ("The whole summary (Anhang 6.6)", count, 5 if ctx.quick else 15)):
        times: dict[str, list[float]] = {"encrypted": [], "plain": []}
        for i in range(runs + 2):
            for kind, database in databases.items():
                start = time.perf_counter()
                work(database, i)
                if i >= 2:  # two warm-up rounds
                    times[kind].append(time.perf_counter() - start)
        ours, base = statistics.median(times["encrypted"]), statistics.median(times["plain"])
        section.rows.append(Row(f"{label}, encrypted", f"{ours * 1000:.1f} ms ({ours / base:.2f} ×)",
                                f"{base * 1000:.1f} ms (plain)", GOAL, ours / base <= 1.3))
    for database in databases.values():
        database.close()

    # import: an export of 1,000 families into an empty database of each kind
    source = ctx.fresh_copy(200 if ctx.quick else 1000, name="source.sqlite")
    workbook = ctx.workdir / "import.xlsx"
    with open_database(source) as database, database.session() as session:
        export_workbook(session, workbook)
    plan = check_file(workbook)

    def import_into(path) -> float:
        database = open_database(path, actor="bench")
        start = time.perf_counter()
        with database.session() as session:
            compare(plan, session)
        apply_import(database, plan)
        seconds = time.perf_counter() - start
        database.close()
        return seconds

    times: dict[str, list[float]] = {"plain": [], "encrypted": []}
    for run in range(1 if ctx.quick else 3):
        for kind in times:
            path = ctx.workdir / f"import-{kind}-{run}.sqlite"
            if kind == "encrypted":
                encrypt_database(path, PASSPHRASE)  # creates it first
            times[kind].append(import_into(path))
    ours, base = statistics.median(times["encrypted"]), statistics.median(times["plain"])
    families = 200 if ctx.quick else 1000
    section.rows.append(Row(f"Import of {families:,} families into an empty database, encrypted",
                            f"{ours:.2f} s ({ours / base:.2f} ×)", f"{base:.2f} s (plain)", GOAL, ours / base <= 1.3))
    section.notes.append("Encrypted connections keep up to 32 MiB of decrypted pages (SQLite's default is 2 MiB): "
                         "without it the summary took 1.85 × and the import 2.25 × in a quick trial run (200 families).")
    return section
