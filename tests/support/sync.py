"""Helpers for synchronisation tests: a laptop that starts from the office, and a comparable
picture of everything a database holds."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlalchemy as sa

from userjourney.core.storage.database import Database, open_database
from userjourney.core.storage.models import (
    ButDetail,
    ButEntry,
    Child,
    Family,
    MinijobEntry,
    Person,
    Reason,
    SyncHead,
    table_of,
)
from userjourney.core.sync.synchronising import synchronise

RECORDS = (Family, Child, ButEntry, ButDetail, Person, MinijobEntry)


def laptop_of(office: Database, folder: Path, *, actor: str = "Testerin", name: str = "laptop") -> Database:
    """A new SQLite database that starts as a laptop does: a first sync with the office."""
    laptop = open_database(folder / f"{name}.sqlite", actor=actor)
    synchronise(laptop, office)
    return laptop


def snapshot(db: Database) -> dict[str, Any]:
    """Every record, reason and stored head (without this database's own row numbers)."""
    out: dict[str, Any] = {}
    with db.session() as session:
        for model in RECORDS:
            table = table_of(model)
            out[table.name] = sorted(tuple(str(v) for v in row) for row in session.execute(sa.select(table)))
        reason = table_of(Reason)
        out["reason"] = sorted((str(r.id), r.area, r.text, bool(r.hidden), str(r.hidden_at))
                               for r in session.execute(sa.select(reason)))
        heads = table_of(SyncHead)
        out["sync_head"] = sorted((str(r.record_id), r.unit, r.heads, r.open)
                                  for r in session.execute(sa.select(heads)))
    return out
