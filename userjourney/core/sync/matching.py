"""Records created on two databases independently, matched by their human keys.

Two coaches who both create family "ANNA-07" — or both add child "Lena" to it — make two
records with different identities and the same name (exchange-format §1). A sync makes them
one: the smaller id is kept on both databases, the other becomes its alias (``sync_alias``,
which travels with every sync). Both creations then are heads of each unit of the one record,
so what they agree on merges silently and what differs is a conflict.

Only records that neither database knows under the other's id are matched: a child deleted on
one side and a new child of the same name on the other are two records.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from userjourney.core.sync.reading import Aliases, FamilySide, HistoryRow, Record
from userjourney.core.sync.units import HUMAN_KEY, ORDER, PARENT


def match_families(
    families_a: dict[str, str], families_b: dict[str, str], knows_a: Callable[[str], bool],
    knows_b: Callable[[str], bool], aliases: Aliases,
) -> None:
    """Families (id → Familie code, canonical ids) of the same code created independently;
    ``knows_*(id)``: whether that database has the family or any history of it."""
    by_code = {code: fid for fid, code in families_a.items()}
    for fid_b, code in families_b.items():
        fid_a = by_code.get(code)
        if fid_a is None or fid_a == fid_b or knows_b(fid_a) or knows_a(fid_b):
            continue
        _join(aliases, fid_a, fid_b, "family")


def _join(aliases: Aliases, one: str, other: str, kind: str) -> None:
    kept, alias = sorted((one, other))
    aliases.add(alias, kept, kind)


def _known(side: FamilySide) -> set[str]:
    return set(side.records) | {row.record for row in side.rows}


def _latest_values(side: FamilySide, aliases: Aliases) -> dict[str, Record]:
    """Every record this database knows of the family — in its table, or only in its history
    (deleted, or waiting in a conflict) — with its latest values."""
    known: dict[str, Record] = {}
    for row in side.rows:
        if row.action in ("insert", "delete"):
            text = row.new if row.action == "insert" else row.old
            known[row.record] = Record(row.kind, aliases.values({**json.loads(text or "{}"), "id": row.record}))
        elif row.action == "update" and row.record in known and row.field:
            known[row.record].values[row.field] = json.loads(row.new) if row.new else None
    known.update(side.records)
    return known


def match_records(a: FamilySide, b: FamilySide, aliases: Aliases) -> bool:
    """Children, adults, entries, details and Minijobs of one family, top down. True if any
    were matched (the caller then reads both sides in the new identities: :func:`recanonical`)."""
    found = False
    known_a, known_b = _known(a), _known(b)
    records_a, records_b = _latest_values(a, aliases), _latest_values(b, aliases)
    for kind in ORDER[1:]:
        link = PARENT[kind][0]
        keys_a = {_key(r, link, aliases): r.id for r in records_a.values() if r.kind == kind}
        for record in (r for r in records_b.values() if r.kind == kind):
            other = keys_a.get(_key(record, link, aliases))
            if other is None or aliases(other) == aliases(record.id):
                continue
            if other in known_b or record.id in known_a:
                continue
            _join(aliases, other, record.id, kind)
            found = True
    return found


def _key(record: Record, link: str, aliases: Aliases) -> tuple:
    return (aliases(record.values.get(link)), *(record.values.get(k) for k in HUMAN_KEY[record.kind]))


def recanonical(side: FamilySide, aliases: Aliases) -> FamilySide:
    """The same family side with every identity through ``aliases``."""
    rows = [_row(row, aliases) for row in side.rows]
    records: dict[str, Record] = {}
    for record in side.records.values():
        values = aliases.values(record.values)
        records[values["id"]] = Record(record.kind, values, record.raw)
    stored = {(aliases(key[0]) or key[0], key[1]): value for key, value in side.stored.items()}
    return FamilySide(rows, records, stored)


def _row(row: HistoryRow, aliases: Aliases) -> HistoryRow:
    record = aliases(row.record) or row.record
    if record == row.record:
        return row
    return HistoryRow(row.local_id, row.txn, row.at, row.actor, row.kind, record, row.action, row.field,
                      row.old, row.new)



def match_reasons(reasons_a: dict[tuple[str, str], dict[str, Any]], reasons_b: dict[tuple[str, str], dict[str, Any]],
                  aliases: Aliases) -> dict[tuple[str, str], dict[str, Any]]:
    """The one reason catalogue of both databases, by (Bereich, text): a reason typed on both
    sides keeps the smaller id (the other becomes its alias); whether it is hidden from the
    reason editor is the later setting of the two (``hidden_at``; never set counts as oldest,
    and of two set at the same moment the hidden one wins, so both sides decide alike)."""
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for area_text in reasons_a.keys() | reasons_b.keys():
        candidates = [r for r in (reasons_a.get(area_text), reasons_b.get(area_text)) if r is not None]
        kept = min(candidates, key=lambda r: r["id"])
        latest = max(candidates, key=hidden_order)
        merged[area_text] = {**kept, "hidden": bool(latest.get("hidden")), "hidden_at": latest.get("hidden_at")}
        for other in candidates:
            aliases.add(other["id"], kept["id"], "reason")
    return merged


def hidden_order(reason: dict[str, Any]) -> tuple[datetime, bool]:
    """How late a reason's setting of ``hidden`` is (ISO ``hidden_at`` as read, or ``None``)."""
    at = reason.get("hidden_at")
    return (datetime.fromisoformat(at) if at else _NEVER), bool(reason.get("hidden"))


_NEVER = datetime.min.replace(tzinfo=UTC)
