"""What other programs committed: the history read from a known row on, for windows that follow.

Several windows on one server (or a read-only window beside the one that writes a file) see
each other's changes by reading the change history from the newest row they know
(:func:`changes_after`) every few seconds — one query on the primary key, cheap on any size of
database. Each transaction is reported with the families it touched, so the window can tell its
own commits from the others' and refresh only what changed. A restore (a history row about the
whole database) or a very large batch (an import) means "everything may have changed".
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlmodel import col

from userjourney.core.history.rows import DATABASE_RECORD
from userjourney.core.storage.models import Change

#: More history rows than this since the last look: reload everything instead of by family.
MANY_ROWS = 5_000


@dataclass(frozen=True)
class Changes:
    """The history after a known row: the newest row now, per transaction its families."""

    newest: int
    transactions: dict[uuid.UUID, frozenset[uuid.UUID]] = field(default_factory=dict)
    everything: bool = False


def newest_change(session: Session) -> int:
    return int(session.execute(sa.select(sa.func.coalesce(sa.func.max(col(Change.id)), 0))).scalar_one() or 0)


def changes_after(session: Session, after: int) -> Changes:
    """What was committed after history row ``after`` (by anyone)."""
    rows = session.execute(
        sa.select(col(Change.id), col(Change.txn_id), col(Change.family_id), col(Change.record_type))
        .where(col(Change.id) > after).order_by(col(Change.id)).limit(MANY_ROWS + 1)).all()
    if not rows:
        return Changes(after)
    if len(rows) > MANY_ROWS:
        return Changes(newest_change(session), everything=True)
    families: dict[uuid.UUID, set[uuid.UUID]] = {}
    everything = False
    for row in rows:
        touched = families.setdefault(row.txn_id, set())
        if row.family_id is not None:
            touched.add(row.family_id)
        everything = everything or row.record_type == DATABASE_RECORD
    return Changes(rows[-1].id, {txn: frozenset(ids) for txn, ids in families.items()}, everything)


def history_state(session: Session) -> tuple[int, int, str]:
    """A fingerprint of the whole history: how many rows, the newest row and its transaction.

    Every change of the data writes history rows (an edit, an import, a sync, an erasure), so
    an equal fingerprint at two moments means nothing was committed in between — also on
    PostgreSQL, where a transaction may commit a row id below one already visible (the count
    tells), and after a restore (its newest row is another one)."""
    count, newest = session.execute(sa.select(sa.func.count(), sa.func.max(col(Change.id)))).one()
    txn = session.scalar(sa.select(col(Change.txn_id)).where(col(Change.id) == newest)) if newest else None
    return int(count), int(newest or 0), str(txn or "")
