"""The one shape of a history row, and how rows reach the ``change`` table.

Both ways of writing history — the ORM listeners (:mod:`.listeners`) and the bulk writer
(:mod:`.bulk`) — build their rows with :func:`change_row` and write them with
:func:`write_rows`, which gives every row of a transaction the same transaction id, time and
actor and moves *Letzte Bearbeitung* of the families touched (:func:`touch_families`). The
per-transaction bookkeeping lives in ``session.info`` under the keys below.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, attributes
from sqlalchemy.orm.util import identity_key

from userjourney.core.history.actor import default_actor
from userjourney.core.storage.commits import ACTOR, LOGIN
from userjourney.core.storage.models import Change, Family, new_id, table_of

#: Columns left out of the history: derived from it (``updated_at`` is the latest change).
UNTRACKED_FIELDS = frozenset({"updated_at"})

PENDING = "uj_pending"  # history rows collected during a flush
TXN = "uj_txn"  # the id shared by all rows of the current transaction
FAMILIES = "uj_families"  # families touched in the current transaction
COMMIT = "uj_commit"  # CommitInfo of the last commit, for the caller
KEEP_UPDATED = "uj_keep_updated"  # families whose Letzte Bearbeitung this transaction set itself

#: The row of a restore (:mod:`.restoring`): about the whole database, in no family's name.
DATABASE_RECORD = "database"
RESTORE_ACTION = "restore"
#: The one anonymous row an erasure leaves (:mod:`.purging`).
PURGE_ACTION = "purge"
#: A conflict from a synchronisation decided (:mod:`userjourney.core.sync.conflicts`): ``field``
#: empty, ``new_value`` ``{"unit": …, "value": …}``. The values themselves change in rows of
#: their own in the same transaction, so a past (``--as-of``) needs nothing from this row.
RESOLVE_ACTION = "resolve"
#: A row that says data left the program (an export, a report, a history export; :mod:`.access`):
#: no record changed, so no past (``--as-of``) and no family's history includes it.
ACCESS_RECORD = "access"


def change_row(
    record_type: str,
    record_id: uuid.UUID,
    family_id: uuid.UUID | None,
    action: str,
    *,
    field: str | None = None,
    old_value: str | None = None,
    new_value: str | None = None,
) -> dict[str, Any]:
    """One history row before ``txn_id``/``at``/``actor`` are added: the one shape of a row.

    The ORM listeners and the bulk :class:`ChangeWriter` both build their rows here, so a
    row means the same whichever way the change was written.
    """
    return {
        "family_id": family_id,
        "record_type": record_type,
        "record_id": record_id,
        "action": action,
        "field": field,
        "old_value": old_value,
        "new_value": new_value,
    }



def core_insert(connection: sa.Connection, table: sa.Table, rows: list[dict[str, Any]], constants: dict) -> None:
    connection.execute(sa.insert(table), [{**constants, **row} for row in rows])


def write_rows(
    session: Session, pending: list[dict[str, Any]], now: datetime, insert=core_insert
) -> set[uuid.UUID]:
    """Insert history rows (from :func:`change_row`) into the session's transaction.

    Gives them the transaction's id, ``now`` and the actor, remembers the families for the
    :class:`CommitInfo`, and marks families created or deleted here as keeping their Letzte
    Bearbeitung. Returns the families the rows belong to. ``insert`` writes the rows (Core;
    the bulk writer passes :func:`userjourney.core.storage.bulk.insert_many`, same stored values).
    """
    txn_id = session.info.setdefault(TXN, new_id())
    actor = session.info.get(ACTOR) or default_actor()
    login = session.info.get(LOGIN)
    if login and login != actor:  # on a server: who (the configured name) and as which login
        actor = f"{actor} ({login})"[:100]
    connection = session.connection()
    insert(connection, table_of(Change), pending, {"txn_id": txn_id, "at": now, "actor": actor})

    families = {row["family_id"] for row in pending if row["family_id"] is not None}
    session.info.setdefault(FAMILIES, set()).update(families)
    # A family created or deleted in this transaction, or whose Letzte Bearbeitung was set
    # explicitly (demo data, imports), keeps the value it has.
    keep = session.info.setdefault(KEEP_UPDATED, set())
    keep.update(
        row["record_id"]
        for row in pending
        if row["record_type"] == Family.__tablename__ and row["action"] in ("insert", "delete")
    )
    return families


def touch_families(session: Session, connection: sa.Connection, ids: set[uuid.UUID], now: datetime) -> None:
    """Set Letzte Bearbeitung of the families in ``ids`` to ``now``, in the DB and in memory."""
    table = table_of(Family)
    ordered = sorted(ids)
    for start in range(0, len(ordered), 500):
        chunk = ordered[start : start + 500]
        connection.execute(sa.update(table).where(table.c.id.in_(chunk)).values(updated_at=now))
    for fid in ordered:
        obj = session.identity_map.get(identity_key(Family, fid))
        if obj is not None:
            attributes.set_committed_value(obj, "updated_at", now)
