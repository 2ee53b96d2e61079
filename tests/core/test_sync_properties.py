"""Properties of synchronisation (exchange-format §6) on random edit sequences (hypothesis).

Two to four databases start from one family; coaches edit them at random — fields, journeys,
reasons, children added and removed, the family deleted and made again, Excel imports,
conflicts decided, edits undone — and synchronise random pairs in between. Then every pair is synchronised, round
after round, until a round changes nothing. Then:

* every database holds the same records, values and open conflicts;
* no value is lost: every value a database acknowledged is the current value, one of the
  values of an open conflict, or was replaced by a change made on a database that had seen it
  (or went with the record it belongs to, deleted there);
* every journey is one the rules accept;
* syncing once more changes nothing;
* where nothing conflicts, syncing the same databases in the opposite order gives the same
  result (with conflicts, which records created on two databases are matched by name can
  depend on the order — docs/sync.md, limits — while all databases still end equal).

``UJ_SYNC_EXAMPLES=5000`` runs more examples.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import tempfile
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.support import examples
from tests.support.excel import but, write_xlsx
from tests.support.sync import snapshot
from userjourney.core.editing import edits
from userjourney.core.errors import UserError
from userjourney.core.excel import apply_import, check_file, compare
from userjourney.core.history.listeners import last_commit
from userjourney.core.history.revert import RevertConflict, revert
from userjourney.core.journeys import Journey
from userjourney.core.storage.database import Database, open_database
from userjourney.core.storage.models import ButEntry, Change, Child, Family, table_of
from userjourney.core.sync.conflicts import open_conflicts, resolve
from userjourney.core.sync.reading import read_aliases, txn_ids
from userjourney.core.sync.synchronising import synchronise
from userjourney.core.sync.units import UNIT_OF_FIELD
from userjourney.core.vocab import STEP_FIELDS, Area

#: 500 in CI (the issue's floor); ``UJ_SYNC_EXAMPLES=5000`` for a slow run; a fifth under ``make test-fast``.
EXAMPLES = examples(int(os.environ.get("UJ_SYNC_EXAMPLES", 500)))

replica = st.integers(0, 3)
OPS = st.one_of(
    st.tuples(st.just("age"), replica, st.sampled_from([5, 6, 7])),
    st.tuples(st.just("coach"), replica, st.sampled_from(["Kaya", "Brandt"])),
    st.tuples(st.just("step"), replica, st.tuples(st.integers(0, 6), st.sampled_from(["ja", "nein", None]))),
    st.tuples(st.just("reason"), replica, st.sampled_from(["Zu teuer", "Kind möchte zuhause essen"])),
    st.tuples(st.just("add_child"), replica, st.sampled_from(["Lena", "Max"])),
    st.tuples(st.just("remove_child"), replica, st.sampled_from(["Lena", "Max"])),
    st.tuples(st.just("searched"), replica, st.sampled_from([1, 2, 4])),
    st.tuples(st.just("delete_family"), replica, st.none()),
    st.tuples(st.just("add_family"), replica, st.none()),
    st.tuples(st.just("resolve"), replica, st.integers(0, 3)),
    st.tuples(st.just("undo"), replica, st.none()),
    st.tuples(st.just("import"), replica, st.integers(0, 1)),
    st.tuples(st.just("sync"), replica, replica),
    st.tuples(st.just("sync"), replica, replica),
)


#: Two workbooks an "import" step reads (the bulk writer's history, not the ORM's): Lena's
#: lunch journey with a reason and her age; a new child Max (made on several databases
#: independently, so they meet by name).
WORKBOOKS: list[Path] = []


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """An empty database with Familie A (Lena, Frau A), made once and copied per example."""
    folder = tmp_path_factory.mktemp("template")
    family = {"Familie": "A", "Standort": "Ahlen", "JobCoach": "Import"}
    WORKBOOKS[:] = [
        write_xlsx(folder / "lena.xlsx", [but(**family, Kind="Lena", Alter=7, Einrichtung="Grundschule",
                                              Angebot_bekannt="nein", Angebot_interessant=None, Grund="Zu teuer")]),
        write_xlsx(folder / "max.xlsx", [but(**family, Kind="Max", Alter=5, Einrichtung="KiTa")]),
    ]
    path = folder / "template.sqlite"
    with open_database(path, actor="Start") as db:
        with db.transaction() as s:
            family = edits.create_family(s, "A", location="Ahlen")
            edits.add_child(s, family, "Lena", 6)
            edits.add_person(s, family, "Frau A", 30)
        with db.engine.connect() as c:
            c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def _scratch() -> Path:
    base = "/dev/shm" if os.path.isdir("/dev/shm") else None  # fsyncs cost nothing there
    return Path(tempfile.mkdtemp(prefix="uj-sync-", dir=base))


class Replicas:
    """The databases of one example and what the test saw them acknowledge."""

    def __init__(self, template: Path, count: int) -> None:
        self.folder = _scratch()
        self.dbs: list[Database] = []
        for number in range(count):
            path = self.folder / f"r{number}.sqlite"
            shutil.copy(template, path)
            self.dbs.append(open_database(path, actor=f"Coach {number}"))
        #: txn → (what the database had when it was made, its rows)
        self.made: dict[str, set[str]] = {}
        self.last: list[list[uuid.UUID]] = [[] for _ in range(count)]

    def close(self) -> None:
        for db in self.dbs:
            db.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def edit(self, number: int, change) -> None:
        db = self.dbs[number]
        with db.session() as s:
            known = txn_ids(s)
        try:
            with db.transaction() as s:
                change(s)
        except (UserError, RevertConflict):
            return
        info = last_commit(s)
        if info.txn_id is not None:
            self.made[str(info.txn_id)] = known
            self.last[number].append(info.txn_id)


def _family(s):
    return edits.find_family(s, "A")


def _child(s, name="Lena"):
    family = _family(s)
    return next((c for c in family.children if c.name == name), None) if family else None


def _run(replicas: Replicas, op) -> None:
    kind, number, arg = op
    number %= len(replicas.dbs)

    def on_child(action):
        def change(s):
            child = _child(s)
            if child is not None:
                action(s, child)
        replicas.edit(number, change)

    if kind == "age":
        on_child(lambda s, c: edits.update_child(s, c, "age", arg))
    elif kind == "coach":
        replicas.edit(number, lambda s: _family(s) and edits.update_family(s, _family(s), "coach", arg))
    elif kind == "step":
        on_child(lambda s, c: edits.set_step(edits.entry_for(s, c, Area.LUNCH), arg[0], arg[1]))
    elif kind == "reason":
        on_child(lambda s, c: edits.set_reason(s, edits.entry_for(s, c, Area.LUNCH), arg))
    elif kind == "add_child":
        replicas.edit(number, lambda s: _family(s) and _child(s, arg) is None and edits.add_child(s, _family(s), arg, 6))
    elif kind == "remove_child":
        replicas.edit(number, lambda s: _child(s, arg) and edits.remove_child(s, _child(s, arg)))
    elif kind == "searched":
        def searched(s):
            family = _family(s)
            if family and family.persons:
                edits.set_minijob(edits.minijob_for(s, family.persons[0]), "searched", arg)
        replicas.edit(number, searched)
    elif kind == "delete_family":
        replicas.edit(number, lambda s: _family(s) and edits.delete_family(s, _family(s)))
    elif kind == "add_family":
        replicas.edit(number, lambda s: _family(s) is None and edits.create_family(s, "A", location="Ahlen"))
    elif kind == "resolve":
        db = replicas.dbs[number]
        with db.session() as s:
            found = open_conflicts(s)
            known = txn_ids(s)
        if found:
            conflict = found[arg % len(found)]
            resolve(db, conflict.id, arg % len(conflict.values))
            with db.session() as s:
                for txn in txn_ids(s) - known:
                    replicas.made[txn] = known
                    replicas.last[number].append(uuid.UUID(txn))  # a decision can be undone too
    elif kind == "import":
        db = replicas.dbs[number]
        plan = check_file(WORKBOOKS[arg])
        with db.session() as s:
            known = txn_ids(s)
            compare(plan, s)
        apply_import(db, plan)
        with db.session() as s:
            for txn in txn_ids(s) - known:
                replicas.made[txn] = known
                replicas.last[number].append(uuid.UUID(txn))
    elif kind == "undo":
        if replicas.last[number]:
            txn = replicas.last[number].pop()
            replicas.edit(number, lambda s: revert(s, txn))
    elif kind == "sync":
        other = arg % len(replicas.dbs)
        if other != number:
            synchronise(replicas.dbs[number], replicas.dbs[other])


def _settle(dbs: list[Database], *, backwards: bool = False) -> None:
    """Every pair, round after round, until a round changes nothing (``backwards``: the pairs
    in the opposite order, each the other way round)."""
    n = len(dbs)
    pairs = [(i, j) for i in range(n) for j in range(i + 1, n)]
    if backwards:
        pairs = [(j, i) for i, j in reversed(pairs)]
    for _ in range(2 * n + 2):
        changed = False
        for i, j in pairs:
            changed |= synchronise(dbs[i], dbs[j]).changed
        if not changed:
            return
    raise AssertionError("the databases never stopped changing")


def _settled_backwards(replicas: Replicas) -> dict:
    """The same databases, copied before they were settled, settled in the opposite order."""
    folder = replicas.folder / "backwards"
    folder.mkdir()
    copies = []
    for number, db in enumerate(replicas.dbs):
        target = folder / f"r{number}.sqlite"
        with sqlite3.connect(db.path) as source, sqlite3.connect(target) as copy:
            source.backup(copy)
        copies.append(open_database(target, actor=db.actor))
    try:
        _settle(copies, backwards=True)
        return snapshot(copies[0])
    finally:
        for copy in copies:
            copy.close()


def _conflicts(db: Database):
    with db.session() as s:
        return sorted((c.id, c.what, json.dumps(c.values, sort_keys=True)) for c in open_conflicts(s))


def _check_no_value_lost(replicas: Replicas) -> None:
    db = replicas.dbs[0]
    with db.session() as s:
        rows = s.scalars(sa.select(Change).order_by(Change.id)).all()
        conflicts = open_conflicts(s)
        current = {}
        for model in (Family, Child, ButEntry):
            for row in s.execute(sa.select(table_of(model))):
                current[str(row.id)] = dict(row._mapping)
    with db.session() as s:
        aliases = read_aliases(s)
    conflict_values = {(c.record_id, c.unit): [h.value for h in c.heads] for c in conflicts}
    # a record deleted on one database and changed on another: its values wait in the conflict
    waiting = {c.family_id for c in conflicts if c.unit == "exists"}
    by_txn: dict[str, list[Change]] = {}
    for row in rows:
        by_txn.setdefault(str(row.txn_id), []).append(row)

    parent: dict[str, str] = {}  # record → the record it belongs to (entry → child → family)
    for row in rows:
        if row.action in ("insert", "delete"):
            values = json.loads((row.new_value if row.action == "insert" else row.old_value) or "{}")
            link = next((values[k] for k in ("entry_id", "child_id", "person_id", "family_id") if values.get(k)), None)
            if link is not None:
                parent[aliases(str(row.record_id))] = aliases(link)

    def ancestors(record: str) -> set[str]:
        out: set[str] = set()
        while (record := parent.get(record)) is not None and record not in out:  # type: ignore[assignment]
            out.add(record)
        return out

    def touches(row: Change, record: str, unit: str) -> bool:
        target = aliases(str(row.record_id))
        if target == record:
            if row.action in ("insert", "delete"):
                return True
            if row.action == "resolve":
                return json.loads(row.new_value)["unit"] in (unit, "exists")
            return UNIT_OF_FIELD.get((row.record_type, row.field or "")) == unit
        if target in ancestors(record):  # the child deleted, or decided deleted, with its entries
            decided = json.loads(row.new_value) if row.action == "resolve" else {}
            return row.action == "delete" or (decided.get("unit") == "exists" and decided.get("value") is False)
        return False

    for txn in replicas.made:
        for row in by_txn.get(txn, []):
            if row.action != "update" or row.record_type not in ("family", "child", "but_entry"):
                continue
            record, unit = aliases(str(row.record_id)), UNIT_OF_FIELD.get((row.record_type, row.field or ""))
            if unit is None:
                continue
            value = json.loads(row.new_value) if row.new_value else None
            if row.field == "reason_id" and value is not None:
                value = aliases(value)
            now = current.get(record, {}).get(row.field)
            if record in current and json.dumps(value) == json.dumps(_plain(now)):
                continue
            heads = conflict_values.get((record, unit), [])
            if any(isinstance(h, dict) and h.get(row.field) == value for h in heads):
                continue
            if row.family_id is not None and str(row.family_id) in waiting:
                continue
            deleted_with_it = any(r.id > row.id and r.action == "delete" and aliases(str(r.record_id)) == record
                                  for r in by_txn[txn])  # an undo of the record's creation
            superseded = deleted_with_it or any(
                txn in seen and any(touches(r, record, unit) for r in by_txn.get(later, []))
                for later, seen in replicas.made.items() if later != txn)
            assert superseded, f"lost: {row.record_type}.{row.field} = {value!r} (txn {txn})"


def _plain(value):
    from userjourney.core.history.codec import _plain as plain

    return plain(value)


def _check_journeys(db: Database) -> None:
    with db.session() as s:
        for entry in s.scalars(sa.select(ButEntry)):
            journey = Journey(tuple(getattr(entry, f) for f in STEP_FIELDS), entry.implied_mask)
            first_no = journey.first_no()
            assert first_no is None or journey.last_yes() < first_no, journey


@settings(max_examples=EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large])
@given(count=st.integers(2, 4), ops=st.lists(OPS, max_size=25))
def test_replicas_synchronised_pairwise_until_nothing_changes_are_equal(template, count, ops):
    replicas = Replicas(template, count)
    try:
        for op in ops:
            _run(replicas, op)
        other_order = _settled_backwards(replicas)
        _settle(replicas.dbs)
        first = snapshot(replicas.dbs[0])
        if not (first["sync_head"] or other_order["sync_head"]):  # where nothing conflicts,
            assert first == other_order  # the order of the syncs does not matter
        for db in replicas.dbs[1:]:
            assert snapshot(db) == first
            assert _conflicts(db) == _conflicts(replicas.dbs[0])
        _check_no_value_lost(replicas)
        _check_journeys(replicas.dbs[0])
        assert not synchronise(replicas.dbs[0], replicas.dbs[-1]).changed  # idempotent
    finally:
        replicas.close()
