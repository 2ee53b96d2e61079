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
from userjourney.core.history.rows import RESOLVE_ACTION
from userjourney.core.i18n import tr
from userjourney.core.storage.models import TRACKED_MODELS, Change, SyncHead, table_of


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
    """The heads a decision replaced, stored again after the undo's own history rows."""
    data = json.loads(decision.new_value or "{}")
    if not data.get("heads"):
        return
    table = table_of(SyncHead)
    session.execute(sa.delete(table).where(table.c.record_id == decision.record_id, table.c.unit == data["unit"]))
    newest = session.scalar(sa.select(sa.func.max(table_of(Change).c.id))) or 0
    session.execute(sa.insert(table), [{
        "record_id": decision.record_id, "record_type": decision.record_type, "unit": data["unit"],
        "family_id": decision.family_id, "heads": json.dumps(data["heads"], ensure_ascii=False),
        "open": True, "seen_upto": newest}])
