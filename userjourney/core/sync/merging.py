"""Merging one family of two databases, unit by unit, from their change histories.

Each unit (:mod:`.units`) of each record is a *multi-value register*: its heads are the
changes of it that no later change of it knew. On one database the head is normally the last
transaction that touched the unit, and the table holds its value; after a sync it can be
several (stored in ``sync_head``). Merging two databases A and B is then the join of the two
sets of heads, decided by transaction identity alone:

    merged = {h ∈ heads_A : h ∉ history_B or h ∈ heads_B} ∪ {h ∈ heads_B : h ∉ history_A or h ∈ heads_A}

A head of A that B has in its history but not as a head was seen by a later change on B, so
it is superseded; one B has never seen stays. That is the three-way merge of exchange-format §6
without a stored base, and it holds for any number of databases synchronised pairwise in any
order: every sync moves whole histories (a database that has a change has everything the
change's author had), so "h ∉ history_B" means "no change on B knew h".

One head: its value is taken (what changed on one side only). Several with the same value:
no conflict. Several with different values: a conflict; the provisional value is the latest
change (time, then transaction id — the same choice on every database). A delete sets the
unit ``exists`` to false and every change of a record or of anything in it touches its
``exists`` as true, so a delete against an edit is a conflict of ``exists``. A record is
written when its ``exists`` is true and its parent is written.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from userjourney.core.history.rows import RESOLVE_ACTION
from userjourney.core.sync.reading import FamilySide, HistoryRow, Record
from userjourney.core.sync.units import (
    EXISTS,
    HUMAN_KEY,
    ORDER,
    PARENT,
    UNIT_BY_NAME,
    UNIT_OF_FIELD,
    UNITS,
    is_quiet,
    unit_names,
)
from userjourney.core.vocab import MAX_NAME

Key = tuple[str, str]  # (record id, unit)


@dataclass(frozen=True)
class Head:
    txn: str
    at: datetime
    actor: str
    value: Any

    def as_json(self) -> dict[str, Any]:
        return {"txn": self.txn, "at": self.at.isoformat(), "actor": self.actor, "value": self.value}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Head:
        return cls(data["txn"], datetime.fromisoformat(data["at"]), data["actor"], data["value"])


def canonical(head: Head, aliases: Any) -> Head:
    """A stored head's value in today's identities (a reason matched by its text since)."""
    if not isinstance(head.value, dict):
        return head
    return Head(head.txn, head.at, head.actor, aliases.values(head.value))


@dataclass
class Merged:
    """One family after the merge: what both databases get."""

    #: record id → record type and column values (plain), parents first
    records: dict[str, Record]
    #: units with more than one head, or whose value the table cannot show
    heads: dict[Key, tuple[str, list[Head], bool]]  # key → (record type, heads newest first, open)
    #: the open conflicts among them
    open: set[Key] = field(default_factory=set)
    #: every unit's merged heads (for a second look across families: :func:`separate_codes`)
    all_heads: dict[Key, list[Head]] = field(default_factory=dict)


def _snapshot(text: str | None) -> dict[str, Any]:
    return json.loads(text) if text else {}


class Lineage:
    """Record types and parents of every record a family ever had, from tables and history."""

    def __init__(self, sides: Iterable[FamilySide], aliases: Any) -> None:
        self.kind: dict[str, str] = {}
        self.parent: dict[str, str | None] = {}
        for side in sides:
            for record in side.records.values():
                self._learn(record.kind, record.values)
            for row in side.rows:
                if row.action in ("insert", "delete"):
                    snapshot = aliases.values(_snapshot(row.new if row.action == "insert" else row.old))
                    self._learn(row.kind, {**snapshot, "id": row.record})
                else:
                    self.kind.setdefault(row.record, row.kind)

    def _learn(self, kind: str, values: dict[str, Any]) -> None:
        key = values["id"]
        self.kind[key] = kind
        link = PARENT.get(kind)
        if link and values.get(link[0]):
            self.parent[key] = values[link[0]]

    def ancestors(self, key: str) -> list[str]:
        out = []
        parent = self.parent.get(key)
        while parent is not None and parent not in out:
            out.append(parent)
            parent = self.parent.get(parent)
        return out


def touched_units(row: HistoryRow, lineage: Lineage) -> list[Key]:
    """The units one history row touches (see the module docstring)."""
    kind = row.kind
    if kind not in UNITS:
        return []
    if row.action == RESOLVE_ACTION:
        return [(row.record, _snapshot(row.new).get("unit", EXISTS))]
    if row.action in ("insert", "delete"):
        own = [(row.record, name) for name in unit_names(kind)]
    else:
        unit = UNIT_OF_FIELD.get((kind, row.field or ""))
        own = [(row.record, EXISTS)] + ([(row.record, unit)] if unit else [])
    return own + [(parent, EXISTS) for parent in lineage.ancestors(row.record)]


def last_touches(side: FamilySide, lineage: Lineage) -> dict[Key, HistoryRow]:
    """Per unit, the last history row of this database that touched it."""
    out: dict[Key, HistoryRow] = {}
    for row in side.rows:
        for key in touched_units(row, lineage):
            out[key] = row
    return out


def last_deleted(side: FamilySide) -> dict[str, dict[str, Any]]:
    """Each record's values when it was last deleted on this database."""
    return {row.record: _snapshot(row.old) for row in side.rows if row.action == "delete"}


class SideView:
    """The heads of every unit of one family on one database."""

    def __init__(self, side: FamilySide, lineage: Lineage, aliases: Any) -> None:
        self.side = side
        self.lineage = lineage
        self.aliases = aliases
        self.touches = last_touches(side, lineage)
        self.deleted = last_deleted(side)

    def value(self, key: Key, touch: HistoryRow) -> Any:
        record_id, unit = key
        if touch.action == RESOLVE_ACTION and touch.record == record_id:
            value = _snapshot(touch.new).get("value")
            return self.aliases.values(value) if isinstance(value, dict) else value
        record = self.side.records.get(record_id)
        if unit == EXISTS:
            return record is not None
        values = record.values if record is not None else self.aliases.values(self.deleted.get(record_id, {}))
        return {name: values.get(name) for name in UNIT_BY_NAME[(self.lineage.kind[record_id], unit)].fields}

    def superseded(self, key: Key) -> bool:
        """Whether a change on this database touched the unit after its heads were stored."""
        touch, stored = self.touches.get(key), self.side.stored.get(key)
        return stored is not None and touch is not None and touch.local_id > stored.seen_upto

    def heads(self, key: Key) -> list[Head]:
        stored = self.side.stored.get(key)
        if stored is not None and not self.superseded(key):
            return [canonical(Head.from_json(h), self.aliases) for h in stored.heads]
        touch = self.touches.get(key)
        if touch is None:
            return []
        if touch.action == RESOLVE_ACTION and touch.record == key[0]:
            decision = _snapshot(touch.new)
            if decision.get("reopen"):  # an undone decision: the conflict open again (history.revert)
                return [canonical(Head.from_json(h), self.aliases) for h in decision["heads"]]
        return [Head(touch.txn, touch.at, touch.actor, self.value(key, touch))]


def made_in(txn: str) -> str:
    """The transaction a head was made in: a conflict opened again by an undo gives its heads
    the ids ``<undo's transaction>#<n>`` (:func:`userjourney.core.history.revert._reopen`)."""
    return txn.partition("#")[0]


def merge_heads(heads_a: list[Head], heads_b: list[Head], txns_a: set[str], txns_b: set[str]) -> list[Head]:
    """The join of two sets of heads (module docstring); newest first."""
    in_b = {h.txn for h in heads_b}
    in_a = {h.txn for h in heads_a}
    merged = {h.txn: h for h in heads_a if made_in(h.txn) not in txns_b or h.txn in in_b}
    for h in heads_b:
        if (made_in(h.txn) not in txns_a or h.txn in in_a) and h.txn not in merged:
            merged[h.txn] = h
    return sorted(merged.values(), key=lambda h: (h.at, h.txn), reverse=True)


def taken_over(side: FamilySide, aliases: Any) -> Merged:
    """A family the other database has never seen: the merge is this side as it is (the first
    sync of a laptop into an empty server is thousands of these)."""
    out = Merged({key: Record(r.kind, dict(r.values), r.raw) for key, r in side.records.items()}, {})
    for key, stored in side.stored.items():
        heads = [canonical(Head.from_json(h), aliases) for h in stored.heads]
        out.heads[key] = (stored.record_type, heads, stored.open)
        out.all_heads[key] = heads
        if stored.open:
            out.open.add(key)
    return out


def _differ(heads: list[Head]) -> bool:
    first = heads[0].value
    return any(h.value != first for h in heads[1:])


def merge_family(a: FamilySide, b: FamilySide, txns_a: set[str], txns_b: set[str], aliases: Any) -> Merged:
    """One family of A and B merged (module docstring). ``txns_*`` are the whole histories."""
    lineage = Lineage((a, b), aliases)
    view_a, view_b = SideView(a, lineage, aliases), SideView(b, lineage, aliases)
    keys: set[Key] = set(view_a.touches) | set(view_b.touches) | set(a.stored) | set(b.stored)
    for record_id in set(a.records) | set(b.records):
        keys.add((record_id, EXISTS))
    merged_heads: dict[Key, list[Head]] = {}
    for key in keys:
        if key[0] not in lineage.kind:
            continue
        heads = merge_heads(view_a.heads(key), view_b.heads(key), txns_a, txns_b)
        if heads:
            merged_heads[key] = heads

    def provisional(key: Key) -> Any:
        heads = merged_heads.get(key)
        return heads[0].value if heads else None  # newest first: the latest change, ties by txn

    # which records exist: their own ``exists`` and their parent's
    exists: dict[str, bool] = {}

    def written(record_id: str) -> bool:
        if record_id not in exists:
            own = provisional((record_id, EXISTS))
            if own is None:  # no history at all (older data): as the tables have it
                own = record_id in a.records or record_id in b.records
            parent = lineage.parent.get(record_id)
            exists[record_id] = bool(own) and (parent is None or written(parent))
        return exists[record_id]

    records: dict[str, Record] = {}
    for kind in ORDER:
        for record_id in sorted(r for r, k in lineage.kind.items() if k == kind):
            if not written(record_id):
                continue
            base = _base_values(record_id, a, b, view_a, view_b)
            values = dict(base)
            for group in UNITS[kind]:
                value = provisional((record_id, group.name))
                if isinstance(value, dict):
                    values.update(value)
            if kind == "family":
                values["updated_at"] = max(
                    (side.records[record_id].values.get("updated_at") for side in (a, b) if record_id in side.records),
                    default=base.get("updated_at"), key=lambda v: v or "")
            records[record_id] = Record(kind, values)

    hidden_by_key = _separate_same_keys(records)
    out = Merged(records, {}, all_heads=merged_heads)
    for key, heads in merged_heads.items():
        record_id, unit = key
        kind = lineage.kind[record_id]
        if record_id in records:
            value = heads[0].value
            shown = records[record_id].values
            hidden = unit != EXISTS and isinstance(value, dict) and any(shown.get(k) != v for k, v in value.items())
        else:
            hidden = bool(provisional((record_id, EXISTS)))
        hidden = hidden or record_id in hidden_by_key
        if len(heads) > 1 or hidden:
            is_open = len(heads) > 1 and _differ(heads) and not is_quiet(kind, unit)
            out.heads[key] = (kind, heads, is_open)
            if is_open:
                out.open.add(key)
    return out


#: Record types whose human key is a name a person can change, so a second one is shown renamed.
RENAMED = frozenset({"child", "person", "but_detail"})


def _separate_same_keys(records: dict[str, Record]) -> set[str]:
    """Two records with one human key (a family deleted on one database and made again under
    its code, while the other database changed the old one): the smaller id keeps the key, the
    other is shown as "Lena (2)" — nothing is lost and a person sees both. A second entry of one
    Bereich or Minijob of one adult cannot be shown and stays in the stored heads. Returns the
    records removed that way. (Families: :func:`separate_codes`, across families.)"""
    removed: set[str] = set()
    for kind in ORDER[1:]:
        link = PARENT[kind][0]
        key_fields = HUMAN_KEY[kind]
        groups: dict[tuple, list[str]] = {}
        for record_id in sorted(records):
            record = records[record_id]
            if record.kind != kind:
                continue
            key = (record.values.get(link), *(record.values.get(k) for k in key_fields))
            groups.setdefault(key, []).append(record_id)
        taken = set(groups)
        for key, ids in groups.items():
            for record_id in ids[1:]:
                if kind not in RENAMED:  # a Bereich or an adult's one Minijob: no second name
                    del records[record_id]
                    removed.add(record_id)
                    continue
                name, parent = key_fields[-1], key[:-1]
                names_taken = {k[-1] for k in taken if k[:-1] == parent}
                candidate = numbered(str(records[record_id].values.get(name) or ""), names_taken.__contains__)
                taken.add((*parent, candidate))
                records[record_id].values[name] = candidate
    _drop_orphans(records)
    return removed


def separate_codes(merged: dict[str, Merged], untouched: dict[str, str],
                   heads_of: Callable[[str], list[Head]] | None = None) -> None:
    """Two families under one code after a merge (one deleted and made again on one database,
    the old one changed on the other): the smaller id keeps the code, the other reads
    "A (2)" — and its code unit is stored, since the table no longer shows its value
    (``heads_of(family id)`` reads them for a family taken over without a merge)."""
    owners: dict[str, list[str]] = {}
    for code, fid in ((c, f) for f, c in untouched.items()):
        owners.setdefault(code, []).append(fid)
    records = {}
    for fid, result in merged.items():
        record = result.records.get(fid)
        if record is not None:
            owners.setdefault(record.values["code"], []).append(fid)
            records[fid] = (record, result)
    taken = set(owners)
    for code, fids in owners.items():
        for fid in sorted(fids, key=lambda f: (f in records, f))[1:]:  # an untouched family keeps its code
            record, result = records[fid]
            record.values["code"] = new = numbered(code, taken.__contains__)
            taken.add(new)
            heads = result.all_heads.get((fid, "code"))
            if not heads and heads_of is not None:  # a family taken over as it was
                heads = heads_of(fid)
            if heads:
                result.heads[(fid, "code")] = ("family", heads, (fid, "code") in result.open)


def numbered(name: str, taken: Callable[[str], bool]) -> str:
    """``name (2)``, ``name (3)`` … — the first one not ``taken``, within the length of a name."""
    number = 2
    while True:
        suffix = f" ({number})"
        candidate = name[: MAX_NAME - len(suffix)] + suffix
        if not taken(candidate):
            return candidate
        number += 1


def _drop_orphans(records: dict[str, Record]) -> None:
    for kind in ORDER:
        for record_id in [r for r, rec in records.items() if rec.kind == kind]:
            parent = records[record_id].parent
            if PARENT.get(kind) and parent not in records:
                del records[record_id]


def _base_values(record_id: str, a: FamilySide, b: FamilySide, view_a: SideView, view_b: SideView) -> dict[str, Any]:
    """The columns no unit covers (id, parent, Bereich …), from wherever the record is known."""
    for side in (a, b):
        if record_id in side.records:
            return dict(side.records[record_id].values)
    for view in (view_a, view_b):
        if record_id in view.deleted:
            return view.aliases.values(view.deleted[record_id])
    for view in (view_a, view_b):
        for row in view.side.rows:
            if row.record == record_id and row.action == "insert":
                return view.aliases.values(_snapshot(row.new))
    return {"id": record_id}
