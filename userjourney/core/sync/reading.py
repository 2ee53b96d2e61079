"""Reading one database for a synchronisation: its history, its records, its open heads.

Everything is read in plain JSON values (UUIDs and dates as text) — the form the history
stores — so a value from a table, from a history row and from a stored head compare equal
when they mean the same. Identities go through the alias map (:class:`Aliases`) on the way
in: records matched by their human key are one record from here on.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlmodel import SQLModel

from userjourney.core.history.codec import _plain
from userjourney.core.storage.models import (
    ButDetail,
    ButEntry,
    Change,
    Child,
    Family,
    MinijobEntry,
    Person,
    Reason,
    SyncAlias,
    SyncHead,
    table_of,
)
from userjourney.core.sync.units import PARENT

CHUNK = 500
MODELS: dict[str, type[SQLModel]] = {"family": Family, "child": Child, "but_entry": ButEntry, "but_detail": ButDetail,
          "person": Person, "minijob": MinijobEntry}
#: Columns holding the id of another record (canonicalised through the aliases).
ID_COLUMNS = frozenset({"id", "family_id", "child_id", "entry_id", "person_id", "reason_id"})


def chunks(items: Iterable[Any], size: int = CHUNK) -> Iterator[list[Any]]:
    items = list(items)
    for start in range(0, len(items), size):
        yield items[start : start + size]


class Aliases:
    """Identities merged by human key: alias → kept (both as text)."""

    def __init__(self, pairs: dict[str, tuple[str, str]] | None = None) -> None:
        #: alias → (kept, record type)
        self.pairs: dict[str, tuple[str, str]] = dict(pairs or {})

    def __call__(self, key: str | None) -> str | None:
        seen = 0
        while key in self.pairs and seen < 50:  # an alias of an alias (three databases)
            key = self.pairs[key][0]
            seen += 1
        return key

    def add(self, alias: str, kept: str, kind: str) -> None:
        if alias != kept:
            self.pairs[alias] = (kept, kind)
            self._standing_for = None

    _standing_for: dict[str, set[str]] | None = None

    def ids_of(self, kept: str) -> set[str]:
        """``kept`` and every id that stands for it."""
        if self._standing_for is None:
            index: dict[str, set[str]] = {}
            for alias in self.pairs:
                index.setdefault(self(alias) or alias, set()).add(alias)
            self._standing_for = index
        return {kept, *self._standing_for.get(kept, ())}

    def values(self, data: dict[str, Any]) -> dict[str, Any]:
        return {k: (self(v) if k in ID_COLUMNS and isinstance(v, str) else v) for k, v in data.items()}


def read_aliases(session: Session) -> Aliases:
    rows = session.execute(sa.select(SyncAlias.alias_id, SyncAlias.kept_id, SyncAlias.record_type))  # type: ignore[call-overload]
    return Aliases({str(a): (str(k), t) for a, k, t in rows})


@dataclass(frozen=True)
class HistoryRow:
    local_id: int
    txn: str
    at: datetime
    actor: str
    kind: str
    record: str
    action: str
    field: str | None
    old: str | None
    new: str | None


@dataclass
class Record:
    kind: str
    values: dict[str, Any]
    #: The id in this database's table, if it has the record (an alias until the sync writes it).
    raw: str | None = None

    @property
    def id(self) -> str:
        return self.values["id"]

    @property
    def parent(self) -> str | None:
        link = PARENT.get(self.kind)
        return self.values.get(link[0]) if link else None


@dataclass
class StoredHeads:
    heads: list[dict[str, Any]]
    open: bool
    seen_upto: int
    record_type: str = ""


@dataclass
class FamilySide:
    """One family as one database has it: history rows in order, records, stored heads."""

    rows: list[HistoryRow] = field(default_factory=list)
    records: dict[str, Record] = field(default_factory=dict)
    stored: dict[tuple[str, str], StoredHeads] = field(default_factory=dict)


def txn_ids(session: Session) -> set[str]:
    """Every transaction this database has: the identity of changes across databases."""
    return {str(t) for (t,) in session.execute(sa.select(table_of(Change).c.txn_id).distinct())}


def rows_of_txns(session: Session, txns: Iterable[str]) -> list[sa.Row]:
    """The history rows of these transactions, in this database's order."""
    change = table_of(Change)
    out: list[sa.Row] = []
    for part in chunks(uuid.UUID(t) for t in txns):
        out.extend(session.execute(sa.select(change).where(change.c.txn_id.in_(part))))
    out.sort(key=lambda row: row.id)
    return out


def max_change_id(session: Session) -> int:
    return session.execute(sa.select(sa.func.max(table_of(Change).c.id))).scalar() or 0


def _plain_row(row: sa.Row, aliases: Aliases) -> dict[str, Any]:
    return aliases.values({k: _plain(v) for k, v in row._mapping.items()})


def read_families(session: Session, family_ids: set[str], aliases: Aliases,
                  without_history: AbstractSet[str] = frozenset()) -> dict[str, FamilySide]:
    """The families ``family_ids`` (canonical ids) as this database has them; for those in
    ``without_history`` (new to the other database, taken over as they are) not their history."""
    raw_ids = sorted({raw for fid in family_ids for raw in aliases.ids_of(fid)})
    with_history = {raw for fid in family_ids - without_history for raw in aliases.ids_of(fid)}
    sides: dict[str, FamilySide] = defaultdict(FamilySide)
    change = table_of(Change)
    for part in chunks(uuid.UUID(i) for i in raw_ids):
        wanted = [i for i in part if str(i) in with_history]
        history = session.execute(sa.select(change).where(change.c.family_id.in_(wanted))
                                  .order_by(change.c.id)) if wanted else ()
        for row in history:
            fid = aliases(str(row.family_id))
            assert fid is not None
            sides[fid].rows.append(HistoryRow(
                row.id, str(row.txn_id), row.at, row.actor, row.record_type, aliases(str(row.record_id)) or "",
                row.action, row.field, row.old_value, row.new_value))
        _read_records(session, part, sides, aliases)
        heads = table_of(SyncHead)
        for row in session.execute(sa.select(heads).where(heads.c.family_id.in_(part))):
            fid = aliases(str(row.family_id))
            assert fid is not None
            sides[fid].stored[(aliases(str(row.record_id)) or "", row.unit)] = StoredHeads(
                json.loads(row.heads), bool(row.open), row.seen_upto, row.record_type)
    for side in sides.values():
        side.rows.sort(key=lambda r: r.local_id)
    return {fid: sides[fid] for fid in family_ids}


def _read_records(session: Session, part: list[uuid.UUID], sides: dict[str, FamilySide], aliases: Aliases) -> None:
    family, child, entry, detail, person, minijob = (table_of(m) for m in (Family, Child, ButEntry, ButDetail,
                                                                           Person, MinijobEntry))
    queries = (
        ("family", family.c.id, sa.select(family).where(family.c.id.in_(part))),
        ("child", child.c.family_id, sa.select(child, child.c.family_id.label("uj_family"))
         .where(child.c.family_id.in_(part))),
        ("but_entry", child.c.family_id, sa.select(entry, child.c.family_id.label("uj_family"))
         .join(child, child.c.id == entry.c.child_id).where(child.c.family_id.in_(part))),
        ("but_detail", child.c.family_id, sa.select(detail, child.c.family_id.label("uj_family"))
         .join(entry, entry.c.id == detail.c.entry_id).join(child, child.c.id == entry.c.child_id)
         .where(child.c.family_id.in_(part))),
        ("person", person.c.family_id, sa.select(person, person.c.family_id.label("uj_family"))
         .where(person.c.family_id.in_(part))),
        ("minijob", person.c.family_id, sa.select(minijob, person.c.family_id.label("uj_family"))
         .join(person, person.c.id == minijob.c.person_id).where(person.c.family_id.in_(part))),
    )
    for kind, _, stmt in queries:
        for row in session.execute(stmt):
            values = _plain_row(row, aliases)
            fid = values.pop("uj_family", None) or values["id"]
            fid = aliases(fid) or fid
            sides[fid].records[values["id"]] = Record(kind, values, str(row.id))


def reasons(session: Session) -> dict[tuple[str, str], dict[str, Any]]:
    """The reason catalogue by (Bereich, text)."""
    table = table_of(Reason)
    return {(row.area, row.text): {k: _plain(v) for k, v in row._mapping.items()}
            for row in session.execute(sa.select(table))}
