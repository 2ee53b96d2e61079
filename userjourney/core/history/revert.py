"""Undoing one transaction from its history rows: what undo and redo are built on.

The history holds every change of a transaction (old and new values, whole records for inserts
and deletes), so undoing it means replaying those rows backwards in a new transaction, which
again writes history. A record that changed since is never overwritten: the revert stops with
:class:`RevertConflict` and the caller's transaction rolls back.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlmodel import col

from userjourney.core.history.codec import decode, restore
from userjourney.core.history.rows import RESOLVE_ACTION, TXN, change_row, write_rows
from userjourney.core.i18n import tr
from userjourney.core.storage.models import TRACKED_MODELS, Change, SyncHead, new_id, table_of, utcnow


class RevertConflict(Exception):
    """A transaction cannot be undone because its records changed since."""



def changes_of(session: Session, txn_id: uuid.UUID) -> list[Change]:
    """The history rows of one transaction, in the order they were written."""
    stmt = sa.select(Change).where(col(Change.txn_id) == txn_id).order_by(col(Change.id))
    return list(session.scalars(stmt))


def revert(session: Session, txn_id: uuid.UUID) -> None:
    """Undo transaction ``txn_id`` inside ``session`` (the caller commits).

    Walks the transaction's history rows backwards: updates are set back, inserted records
    deleted, deleted records restored with their original ids. Raises :class:`RevertConflict`
    when a record has changed since, so an undo never overwrites later work.
    """
    rows = changes_of(session, txn_id)
    if not rows:
        raise RevertConflict(tr("Zu dieser Änderung gibt es keinen Verlauf."))
    restored: list[Any] = []
    reopened: list[Change] = []
    for change in reversed(rows):
        if change.action == RESOLVE_ACTION:  # a decided conflict is open again afterwards
            reopened.append(change)
            continue
        model = TRACKED_MODELS[change.record_type]
        if restored and change.action in ("update", "insert"):
            # Restored records are written together, so the unit of work orders parents before
            # children; but an older change may be about one of them (redo of an undo that
            # deleted a record it had just updated), so they must exist before it is replayed.
            session.add_all(restored)
            session.flush()
            restored.clear()
        if change.action == "update":
            field = change.field or ""  # an update row always names its field
            obj = session.get(model, change.record_id)
            if obj is None or getattr(obj, field) != decode(model, field, change.new_value):
                raise RevertConflict(tr("Der Eintrag wurde inzwischen geändert."))
            setattr(obj, field, decode(model, field, change.old_value))
        elif change.action == "insert":
            obj = session.get(model, change.record_id)
            if obj is None:
                raise RevertConflict(tr("Der Eintrag wurde inzwischen gelöscht."))
            session.delete(obj)
            session.flush()
        elif change.action == "delete":
            if session.get(model, change.record_id) is not None:
                raise RevertConflict(tr("Der Eintrag existiert bereits wieder."))
            restored.append(restore(model, json.loads(change.old_value or "{}")))
    session.add_all(restored)
    session.flush()
    for change in reopened:
        _reopen(session, change)


def _reopen(session: Session, decision: Change) -> None:
    """A decision undone: the conflict is open again — or, for the undo of such an undo (redo),
    decided again. Either is a history row of its own (:data:`RESOLVE_ACTION` with ``reopen``
    or without), written after the undo's value rows, so it travels with the next sync: a
    conflict opened again on one laptop is open on every database, not only here.

    The heads it opens again get new identities, ``<this transaction>#<n>`` with the values,
    authors and times of the heads the decision replaced: the decision superseded those heads
    everywhere it went, and only a change that has seen this row may supersede them again
    (:func:`~userjourney.core.sync.merging.merge_heads` compares the part before ``#``)."""
    data = json.loads(decision.new_value or "{}")
    if not data.get("heads"):
        return
    unit = data["unit"]
    table = table_of(SyncHead)
    session.execute(sa.delete(table).where(table.c.record_id == decision.record_id, table.c.unit == unit))
    txn = str(session.info.setdefault(TXN, new_id()))
    heads = [{**head, "txn": f"{txn}#{number}"} for number, head in enumerate(data["heads"])]
    reopen = not data.get("reopen")
    row = {"unit": unit, "value": data.get("value"), "heads": heads if reopen else data["heads"]}
    if reopen:
        row["reopen"] = True
    write_rows(session, [change_row(decision.record_type, decision.record_id, decision.family_id, RESOLVE_ACTION,
                                    new_value=json.dumps(row, ensure_ascii=False))], utcnow())
    if not reopen:  # decided again: one head, the table shows its value
        return
    newest = session.scalar(sa.select(sa.func.max(table_of(Change).c.id))) or 0
    session.execute(sa.insert(table), [{
        "record_id": decision.record_id, "record_type": decision.record_type, "unit": unit,
        "family_id": decision.family_id, "heads": json.dumps(heads, ensure_ascii=False),
        "open": True, "seen_upto": newest}])
