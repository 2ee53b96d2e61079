"""Writing a merge into one database, inside that database's one transaction.

The records of a merged family are written with SQL Core — the family's rows as this database
had them deleted (the rest by ON DELETE CASCADE), the merged ones inserted — so no history
listener fires: the history rows that explain the new state are the other database's, copied
here unchanged but for identities matched by human key. Reasons and aliases first, because
entries point to reasons and identities go through aliases.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from userjourney.core.history.codec import _from_plain
from userjourney.core.history.purging import _erase
from userjourney.core.storage.bulk import insert_many
from userjourney.core.storage.models import (
    ButEntry,
    Change,
    Family,
    Reason,
    SyncAlias,
    SyncHead,
    table_of,
)
from userjourney.core.sync.matching import hidden_order
from userjourney.core.sync.merging import Merged
from userjourney.core.sync.reading import MODELS, Aliases, FamilySide, chunks, max_change_id
from userjourney.core.sync.units import ORDER


def _python(kind: str, values: dict[str, Any]) -> dict[str, Any]:
    table = table_of(MODELS[kind])
    return {column.name: _from_plain(column.type, values.get(column.name)) for column in table.columns}


def write_reasons(session: Session, mine: dict[tuple[str, str], dict[str, Any]],
                  merged: dict[tuple[str, str], dict[str, Any]]) -> tuple[int, int]:
    """Make this database's reason catalogue ``merged`` (by Bereich and text, the kept ids);
    entries follow a reason whose id changed. Returns how many reasons were added, and for how
    many the setting "hidden" was taken over."""
    reason, entry = table_of(Reason), table_of(ButEntry)
    added = hidden = 0
    for key, values in merged.items():
        have = mine.get(key)
        if have is not None and have["id"] == values["id"]:
            if hidden_order(have) != hidden_order(values):
                session.execute(sa.update(reason).where(reason.c.id == uuid.UUID(have["id"])).values(
                    hidden=bool(values["hidden"]), hidden_at=_from_plain(reason.c.hidden_at.type, values["hidden_at"])))
                hidden += 1
            continue
        if have is not None and hidden_order(have) != hidden_order(values):
            hidden += 1
        row = {c.name: _from_plain(c.type, values.get(c.name)) for c in reason.columns}
        if have is None:
            session.execute(sa.insert(reason), [row])
            added += 1
            continue
        old = uuid.UUID(have["id"])
        users = [i for (i,) in session.execute(sa.select(entry.c.id).where(entry.c.reason_id == old))]
        for part in chunks(users):
            session.execute(sa.update(entry).where(entry.c.id.in_(part)).values(reason_id=None))
        session.execute(sa.delete(reason).where(reason.c.id == old))
        session.execute(sa.insert(reason), [row])
        for part in chunks(users):
            session.execute(sa.update(entry).where(entry.c.id.in_(part)).values(reason_id=row["id"]))
    return added, hidden


def write_aliases(session: Session, aliases: Aliases, have: Aliases) -> None:
    rows = [{"alias_id": uuid.UUID(alias), "kept_id": uuid.UUID(kept), "record_type": kind}
            for alias, (kept, kind) in aliases.pairs.items() if alias not in have.pairs]
    if rows:
        session.execute(sa.insert(table_of(SyncAlias)), rows)


def copy_history(session: Session, rows: list[sa.Row], aliases: Aliases, leave_out: set[str]) -> int:
    """Append the other database's history rows (in its order), identities through the aliases;
    rows of families erased (``leave_out``) stay behind."""
    out = []
    for row in rows:
        values = dict(row._mapping)
        del values["id"]
        family = values["family_id"]
        if family is not None:
            canonical = aliases(str(family))
            if canonical in leave_out:
                continue
            values["family_id"] = uuid.UUID(canonical)
        values["record_id"] = uuid.UUID(aliases(str(values["record_id"])))
        out.append(values)
    for part in chunks(out, 5000):
        insert_many(session.connection(), table_of(Change), part)
    return len(out)


def erase_families(session: Session, family_ids: Iterable[str]) -> int:
    """Families another database erased (``purge``): erased here too, without a new row."""
    ids = {uuid.UUID(i) for i in family_ids}
    present = {i for (i,) in session.execute(sa.select(table_of(Family).c.id).where(table_of(Family).c.id.in_(ids)))}
    history = {i for (i,) in session.execute(sa.select(table_of(Change).c.family_id).distinct()
                                             .where(table_of(Change).c.family_id.in_(ids)))}
    if not (present or history):
        return 0
    _erase(session, present | history, record=False)
    return len(present | history)


def _same(side: FamilySide, merged: Merged) -> bool:
    """Nothing to write: the same records with the same values under the same ids."""
    return side.records.keys() == merged.records.keys() and all(
        record.raw == key and record.values == merged.records[key].values for key, record in side.records.items())


def write_families(session: Session, changes: list[tuple[FamilySide, Merged, set[str]]]) -> int:
    """Replace families on this database by their merged records: ``(side, merged, ids in this
    database's table)`` each. All are deleted before any is written, so a family may take a code
    another one gave up in the same sync. Returns how many families changed."""
    family = table_of(Family)
    changed = [(side, merged, present) for side, merged, present in changes if not _same(side, merged)]
    ids = [uuid.UUID(i) for _, _, present in changed for i in present]
    for part in chunks(ids):
        session.execute(sa.delete(family).where(family.c.id.in_(part)))
    by_kind: dict[str, list[dict[str, Any]]] = {kind: [] for kind in ORDER}
    for _, merged, _ in changed:
        for record in merged.records.values():
            by_kind[record.kind].append(_python(record.kind, record.values))
    for kind in ORDER:
        for part in chunks(by_kind[kind], 5000):
            insert_many(session.connection(), table_of(MODELS[kind]), part)
    return len(changed)


def write_heads(session: Session, merged: dict[str, Merged], raw_family_ids: set[uuid.UUID]) -> None:
    """The units left with several heads, for every family merged (``sync_head``)."""
    table = table_of(SyncHead)
    for part in chunks(raw_family_ids):
        session.execute(sa.delete(table).where(table.c.family_id.in_(part)))
    seen = max_change_id(session)
    rows = [
        {"record_id": uuid.UUID(record_id), "record_type": kind, "unit": unit, "family_id": uuid.UUID(fid),
         "heads": json.dumps([h.as_json() for h in heads], ensure_ascii=False), "open": is_open, "seen_upto": seen}
        for fid, result in merged.items()
        for (record_id, unit), (kind, heads, is_open) in result.heads.items()
    ]
    for part in chunks(rows, 1000):
        session.execute(sa.insert(table), part)


def family_ids_present(session: Session, raw_ids: set[str]) -> set[str]:
    table = table_of(Family)
    out: set[str] = set()
    for part in chunks(uuid.UUID(i) for i in raw_ids):
        out |= {str(i) for (i,) in session.execute(sa.select(table.c.id).where(table.c.id.in_(part)))}
    return out
