"""The change history: every insert, update and delete of a tracked record, in the same transaction.

Why this shape: undo, audits ("who changed what when") and "as of" reports are all built on
this table, so it has to be complete from the first edit and impossible to bypass through the
ORM. The listeners here are therefore registered on the ORM itself (mapper and ``Session``
class events), not on one session factory: whatever code flushes a tracked object writes its
history rows in the same flush, and they roll back with it.

How it works:

* ``after_insert`` / ``after_update`` / ``after_delete`` mapper events turn each changed
  object into pending history rows (an insert or delete carries the whole record as JSON, an
  update one row per changed field, with old and new value);
* ``after_flush`` writes them with a single ``executemany`` and moves each touched family's
  *Letzte Bearbeitung* (``updated_at``) to now — that column is derived, so not itself logged;
* ``after_commit`` hands a :class:`CommitInfo` (transaction id, families touched) to the
  database's subscribers, which is how the GUI learns that data changed.

Code that bypasses the ORM for speed (the Excel import writes 100,000 rows with SQL Core
``executemany``) reports its changes to :class:`~.bulk.ChangeWriter`, which builds the same
rows (:mod:`.rows`, :mod:`.codec`) and shares the transaction id, the actor and the
Letzte-Bearbeitung rule with the listeners — one definition of a history row either way.

Importing this module installs the listeners and tells storage that a recorder is listening
(:func:`userjourney.core.storage.commits.install_recorder`); the package ``__init__`` imports
it, so any use of :mod:`userjourney.core.history` makes writing possible.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.orm import Session, object_session
from sqlalchemy.orm.util import identity_key
from sqlmodel import SQLModel

from userjourney.core.history.codec import encode, snapshot
from userjourney.core.history.rows import (
    COMMIT,
    FAMILIES,
    KEEP_UPDATED,
    PENDING,
    TXN,
    UNTRACKED_FIELDS,
    change_row,
    touch_families,
    write_rows,
)
from userjourney.core.storage import commits
from userjourney.core.storage.commits import CommitInfo
from userjourney.core.storage.models import (
    TRACKED_MODELS,
    ButDetail,
    ButEntry,
    Child,
    Family,
    MinijobEntry,
    Person,
    table_of,
    utcnow,
)

# --------------------------------------------------------------------------- family of a record


def _related(session: Session | None, obj: Any, rel: str, model: type, fk: Any) -> Any:
    """The parent object via the loaded relationship or the identity map — no SQL."""
    parent = obj.__dict__.get(rel)
    if parent is None and session is not None and fk is not None:
        parent = session.identity_map.get(identity_key(model, fk))
    return parent


def family_id_of(obj: Any, connection: sa.Connection | None = None) -> uuid.UUID | None:
    """The family a tracked record belongs to, from memory when possible, else one query."""
    session = object_session(obj)
    if isinstance(obj, Family):
        return obj.id
    if isinstance(obj, (Child, Person)):
        return obj.family_id
    if isinstance(obj, ButDetail):
        entry = _related(session, obj, "entry", ButEntry, obj.entry_id)
        if entry is not None:
            return family_id_of(entry, connection)
        return _query_family(connection, obj.entry_id, via_entry=True)
    if isinstance(obj, ButEntry):
        child = _related(session, obj, "child", Child, obj.child_id)
        if child is not None:
            return child.family_id
        return _query_family(connection, obj.child_id, table=Child)
    if isinstance(obj, MinijobEntry):
        person = _related(session, obj, "person", Person, obj.person_id)
        if person is not None:
            return person.family_id
        return _query_family(connection, obj.person_id, table=Person)
    return None


def _query_family(
    connection: sa.Connection | None, key: Any, table: type[SQLModel] | None = None, via_entry: bool = False
) -> uuid.UUID | None:
    if connection is None or key is None:
        return None
    if via_entry or table is None:
        stmt = (
            sa.select(table_of(Child).c.family_id)
            .join(table_of(ButEntry), table_of(ButEntry).c.child_id == table_of(Child).c.id)
            .where(table_of(ButEntry).c.id == key)
        )
    else:
        stmt = sa.select(table_of(table).c.family_id).where(table_of(table).c.id == key)
    return connection.execute(stmt).scalar()


# --------------------------------------------------------------------------- listeners


def _pending(obj: Any) -> list[dict[str, Any]] | None:
    session = object_session(obj)
    if session is None:
        return None
    return session.info.setdefault(PENDING, [])


def _record(obj: Any, connection: sa.Connection, action: str, **values: Any) -> None:
    pending = _pending(obj)
    if pending is None:
        return
    pending.append(change_row(type(obj).__tablename__, obj.id, family_id_of(obj, connection), action, **values))


def _after_insert(mapper, connection, target) -> None:
    _record(target, connection, "insert", new_value=json.dumps(snapshot(target), ensure_ascii=False))


def _after_delete(mapper, connection, target) -> None:
    _record(target, connection, "delete", old_value=json.dumps(snapshot(target), ensure_ascii=False))


def _after_update(mapper, connection, target) -> None:
    state = sa.inspect(target)
    for attr in mapper.column_attrs:
        hist = state.attrs[attr.key].history
        if not hist.has_changes():
            continue
        old = hist.deleted[0] if hist.deleted else None
        new = hist.added[0] if hist.added else None
        if old == new:
            continue
        if attr.key in UNTRACKED_FIELDS:
            # An explicit Letzte Bearbeitung (demo data, imports) wins over the automatic one.
            session = object_session(target)
            if session is not None:
                session.info.setdefault(KEEP_UPDATED, set()).add(target.id)
            continue
        _record(target, connection, "update", field=attr.key, old_value=encode(old), new_value=encode(new))


def _load_for_delete(session: Session, objs: Iterable[Any], seen: set[int]) -> None:
    """Load every record a delete will cascade to, so its full values reach the history."""
    for obj in objs:
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        mapper = sa.inspect(type(obj))
        for attr in mapper.column_attrs:
            getattr(obj, attr.key)
        for rel in mapper.relationships:
            if rel.cascade.delete:
                value = getattr(obj, rel.key)
                if value is None:
                    continue
                _load_for_delete(session, value if rel.uselist else [value], seen)


def _before_flush(session: Session, flush_context, instances) -> None:
    session.info[PENDING] = []
    tracked = tuple(TRACKED_MODELS.values())
    _load_for_delete(session, (o for o in session.deleted if isinstance(o, tracked)), set())


def _after_flush(session: Session, flush_context) -> None:
    pending = session.info.pop(PENDING, [])
    if not pending:
        return
    now = utcnow()
    families = write_rows(session, pending, now)
    touch_families(session, session.connection(), families - session.info[KEEP_UPDATED], now)



def _after_commit(session: Session) -> None:
    txn_id = session.info.pop(TXN, None)
    families = frozenset(session.info.pop(FAMILIES, set()))
    session.info.pop(KEEP_UPDATED, None)
    info = CommitInfo(txn_id, families)
    session.info[COMMIT] = info
    if txn_id is None:
        return
    for subscriber in list(session.info.get(commits.SUBSCRIBERS, ())):
        subscriber(info)


def _after_rollback(session: Session) -> None:
    for key in (TXN, FAMILIES, PENDING, KEEP_UPDATED):
        session.info.pop(key, None)


def _register() -> None:
    for model in TRACKED_MODELS.values():
        if event.contains(model, "after_insert", _after_insert):
            continue
        event.listen(model, "after_insert", _after_insert)
        event.listen(model, "after_update", _after_update)
        event.listen(model, "after_delete", _after_delete)
        # Make sure the old value is known even when an attribute was expired before it was set.
        for attr in sa.inspect(model).column_attrs:
            event.listen(getattr(model, attr.key), "set", _noop_set, active_history=True)
    if not event.contains(Session, "before_flush", _before_flush):
        event.listen(Session, "before_flush", _before_flush)
        event.listen(Session, "after_flush", _after_flush)
        event.listen(Session, "after_commit", _after_commit)
        event.listen(Session, "after_rollback", _after_rollback)


def _noop_set(target, value, oldvalue, initiator):
    return value


_register()
commits.install_recorder(__name__)


def last_commit(session: Session) -> CommitInfo:
    """The :class:`CommitInfo` of the session's last commit (empty if nothing changed)."""
    return session.info.get(COMMIT) or CommitInfo(None)
