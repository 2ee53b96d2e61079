"""The BuT grid: opening a family with five children, and one edit saved, among 10,000 families.

"Opening" is what the coach waits for after clicking a family: the family loaded with its
children, entries, details, reasons and adults (:class:`FamilyWorkspace`), the grid model
built, and every cell's text computed once as a first paint would. "One edit saved" is
``setData`` on a ja/nein cell: validation, one transaction with its history rows and the
family's Letzte Bearbeitung, a durable commit (``synchronous=FULL``), the family re-read and
the model refreshed. Baselines in the same run: plain sqlite3 reading the same rows, and one
UPDATE committed with the same durability.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import date

import sqlalchemy as sa

from bench.harness import Context, Row, Section, measure

OPEN_TARGET_S = 0.050
EDIT_TARGET_S = 0.010


def _family_with_five_children(database) -> uuid.UUID:  # noqa: F821 - for the reader
    from userjourney.core.storage.models import Child, Family

    with database.session() as s:
        family_id = s.scalar(
            sa.select(Child.family_id).group_by(Child.family_id).having(sa.func.count() == 5).limit(1)
        )
        if family_id is not None:
            return family_id
        return s.scalar(sa.select(Family.id).limit(1))


def run(ctx: Context) -> Section:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from userjourney.core.editing.workspace import FamilyWorkspace
    from userjourney.core.storage.database import open_database
    from userjourney.gui.family.but_model import ButGridModel

    app = QApplication.instance() or QApplication([])  # noqa: F841 - fonts and brushes need it
    section = Section(
        "BuT grid (issue 3)",
        f"{ctx.families:,} families stored; the family opened has five children "
        "(20 BuT rows; `bench/bench_grid.py`).",
    )
    path = ctx.fresh_copy(name="grid.sqlite")
    database = open_database(path, actor="bench")
    family_id = _family_with_five_children(database)
    with database.session() as s:
        children = s.scalar(sa.text("SELECT count(*) FROM child WHERE family_id = :f"), {"f": family_id.hex})

    def open_family():
        model = ButGridModel()
        model.set_workspace(FamilyWorkspace(database, family_id))
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
        return model

    opened = measure(open_family, runs=10 if ctx.quick else 40)

    def raw_open():
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            fid = family_id.hex
            conn.execute("SELECT * FROM family WHERE id = ?", (fid,)).fetchall()
            kids = [r[0] for r in conn.execute("SELECT id FROM child WHERE family_id = ?", (fid,))]
            marks = ",".join("?" * len(kids))
            entries = [r[0] for r in conn.execute(f"SELECT id FROM but_entry WHERE child_id IN ({marks})", kids)]
            marks = ",".join("?" * len(entries))
            conn.execute(f"SELECT * FROM but_detail WHERE entry_id IN ({marks})", entries).fetchall()
            conn.execute("SELECT * FROM reason").fetchall()
            conn.execute("SELECT * FROM person WHERE family_id = ?", (fid,)).fetchall()
        conn.close()

    baseline_open = measure(raw_open, runs=10 if ctx.quick else 40)
    section.rows.append(Row(
        f"Open a family with {children} children: load, build the grid model, compute every cell",
        opened.ms(), baseline_open.ms() + " (sqlite3 reading the same rows)",
        f"≤ {OPEN_TARGET_S * 1000:.0f} ms", opened.median <= OPEN_TARGET_S,
    ))

    model = open_family()
    model.today = date.today()
    model.confirm = lambda title, question: True
    cell = model.index(0, model.column_index("note"))
    state = {"i": 0}

    def one_edit():
        state["i"] += 1
        assert model.setData(cell, f"Notiz {state['i']}")

    edited = measure(one_edit, runs=20 if ctx.quick else 60)
    section.rows.append(Row(
        "One edit saved from the grid: validate, transaction with history, durable commit, re-read, refresh",
        edited.ms(), _raw_update_baseline(path, ctx).ms() + " (sqlite3: one UPDATE, same durability)",
        f"≤ {EDIT_TARGET_S * 1000:.0f} ms", edited.median <= EDIT_TARGET_S,
    ))
    section.notes.append(
        f"90th percentiles: opening {opened.p90 * 1000:.1f} ms, edit {edited.p90 * 1000:.1f} ms."
    )
    section.rows.append(_list_refit_row(database, ctx))
    database.close()
    return section


REFIT_TARGET_S = 0.016  # within one frame: the list refits after every edit


def _list_refit_row(database, ctx: Context) -> Row:
    """The family list's columns fitted again (after every edit: :mod:`userjourney.gui.family.list_columns`),
    next to measuring the same texts through the model's ``data()``, as a view would."""
    import heapq

    from PySide6.QtWidgets import QTableView

    from userjourney.core.editing.family_list import load_rows
    from userjourney.gui.family.list_columns import MEASURED, FittedColumns
    from userjourney.gui.family.list_model import FamilyFilter, FamilyListModel

    model = FamilyListModel(lambda ids: load_rows(database, ids))
    model.reload()
    proxy = FamilyFilter()
    proxy.setSourceModel(model)
    table = QTableView()
    table.setModel(proxy)
    table.resize(330, 600)
    columns = FittedColumns(table)
    ours = measure(columns.measure, runs=10 if ctx.quick else 30)

    def through_data():
        for column in FamilyListModel.TEXT_COLUMNS:
            heapq.nlargest(MEASURED, (str(proxy.index(row, column).data() or "") for row in range(proxy.rowCount())),
                           key=len)

    baseline = measure(through_data, runs=5 if ctx.quick else 10)
    return Row(f"Family list: its columns fitted to the texts of all {model.rowCount():,} families",
               ours.ms(), baseline.ms() + " (the same texts read through the model's data())",
               f"≤ {REFIT_TARGET_S * 1000:.0f} ms", ours.median <= REFIT_TARGET_S)


def _raw_update_baseline(path, ctx: Context):
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    (entry_id,) = conn.execute("SELECT id FROM but_entry LIMIT 1").fetchone()
    state = {"i": 0}

    def update():
        state["i"] += 1
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE but_entry SET note = ? WHERE id = ?", (f"n{state['i']}", entry_id))
        conn.execute("COMMIT")

    timing = measure(update, runs=20 if ctx.quick else 60)
    conn.close()
    return timing
