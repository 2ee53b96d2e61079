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
``executemany``) reports its changes to a :class:`ChangeWriter`, which builds the same rows
(:func:`change_row`, :func:`snapshot_values`) and shares the transaction id, the actor and the
Letzte-Bearbeitung rule with the listeners — one definition of a history row either way.

:func:`revert` undoes one transaction from its history rows (and is itself a transaction with
history), which is all the GUI's undo/redo needs.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.orm import Session, attributes, object_session
from sqlalchemy.orm.util import identity_key

from userjourney.core.i18n import tr
from userjourney.core.models import (
    ButDetail,
    ButEntry,
    Change,
    Child,
    Family,
    MinijobEntry,
    Person,
    TRACKED_MODELS,
    utcnow,
)

#: Columns left out of the history: derived from it (``updated_at`` is the latest change).
UNTRACKED_FIELDS = frozenset({"updated_at"})

_PENDING = "uj_pending"  # history rows collected during a flush
_TXN = "uj_txn"  # the id shared by all rows of the current transaction
_FAMILIES = "uj_families"  # families touched in the current transaction
_COMMIT = "uj_commit"  # CommitInfo of the last commit, for the caller
_KEEP_UPDATED = "uj_keep_updated"  # families whose Letzte Bearbeitung this transaction set itself
ACTOR = "actor"  # who is changing things (set by Database on each session)
SUBSCRIBERS = "uj_subscribers"  # callables notified after commit


@dataclass(frozen=True)
class CommitInfo:
    """What one committed transaction changed: enough for undo and for refreshing views."""

    txn_id: uuid.UUID | None
    family_ids: frozenset[uuid.UUID] = field(default_factory=frozenset)

    @property
    def changed(self) -> bool:
        return self.txn_id is not None


class RevertConflict(Exception):
    """A transaction cannot be undone because its records changed since."""


# --------------------------------------------------------------------------- values


def _plain(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def encode(value: Any) -> str | None:
    """A column value as stored in ``old_value``/``new_value`` (JSON; ``None`` stays NULL)."""
    if value is None:
        return None
    return json.dumps(_plain(value), ensure_ascii=False)


def _column_type(model: type, name: str) -> sa.types.TypeEngine:
    return sa.inspect(model).columns[name].type


def decode(model: type, name: str, text: str | None) -> Any:
    """Turn a stored history value back into the column's Python type."""
    if text is None:
        return None
    return _from_plain(_column_type(model, name), json.loads(text))


def _from_plain(column_type: sa.types.TypeEngine, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(column_type, sa.TypeDecorator):
        column_type = column_type.impl_instance
    if isinstance(column_type, sa.Uuid):
        return uuid.UUID(value)
    if isinstance(column_type, sa.DateTime):
        return datetime.fromisoformat(value)  # stored with its offset, so aware again
    if isinstance(column_type, sa.Date):
        return date.fromisoformat(value)
    return value


def snapshot(obj: Any) -> dict[str, Any]:
    """The column values of a record, JSON-ready; empty (NULL) columns are left out."""
    mapper = sa.inspect(type(obj))
    values = ((attr.key, getattr(obj, attr.key)) for attr in mapper.column_attrs)
    return {key: _plain(value) for key, value in values if value is not None}


_COLUMN_KEYS: dict[type, tuple[str, ...]] = {}


def snapshot_values(model: type, values: Mapping[str, Any]) -> dict[str, Any]:
    """:func:`snapshot` of a record given as a mapping of its column values (SQL Core writes).

    Same keys in the same order as :func:`snapshot` of the ORM object, so the JSON of a
    record written in bulk is exactly the JSON the listeners write.
    """
    keys = _COLUMN_KEYS.get(model)
    if keys is None:
        keys = _COLUMN_KEYS[model] = tuple(attr.key for attr in sa.inspect(model).column_attrs)
    result = {}
    for key in keys:
        value = values.get(key)
        if value is not None:
            result[key] = _plain(value)
    return result


#: ``json.dumps(…, ensure_ascii=False)`` without building an encoder per call (same output).
_encode_json = json.JSONEncoder(ensure_ascii=False).encode


def restore(model: type, data: dict[str, Any]) -> Any:
    """A new instance of ``model`` from a :func:`snapshot` (absent columns are NULL)."""
    mapper = sa.inspect(model)
    values = {
        attr.key: _from_plain(mapper.columns[attr.key].type, data.get(attr.key))
        for attr in mapper.column_attrs
    }
    return model(**values)


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
    connection: sa.Connection | None, key: Any, table: type | None = None, via_entry: bool = False
) -> uuid.UUID | None:
    if connection is None or key is None:
        return None
    if via_entry:
        stmt = (
            sa.select(Child.__table__.c.family_id)
            .join(ButEntry.__table__, ButEntry.__table__.c.child_id == Child.__table__.c.id)
            .where(ButEntry.__table__.c.id == key)
        )
    else:
        stmt = sa.select(table.__table__.c.family_id).where(table.__table__.c.id == key)
    return connection.execute(stmt).scalar()


# --------------------------------------------------------------------------- listeners


def _pending(obj: Any) -> list[dict[str, Any]] | None:
    session = object_session(obj)
    if session is None:
        return None
    return session.info.setdefault(_PENDING, [])


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
                session.info.setdefault(_KEEP_UPDATED, set()).add(target.id)
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
    session.info[_PENDING] = []
    tracked = tuple(TRACKED_MODELS.values())
    _load_for_delete(session, (o for o in session.deleted if isinstance(o, tracked)), set())


def _after_flush(session: Session, flush_context) -> None:
    pending = session.info.pop(_PENDING, [])
    if not pending:
        return
    now = utcnow()
    families = _write_rows(session, pending, now)
    _touch_families(session, session.connection(), families - session.info[_KEEP_UPDATED], now)


def _core_insert(connection: sa.Connection, table: sa.Table, rows: list[dict[str, Any]], constants: dict) -> None:
    connection.execute(sa.insert(table), [{**constants, **row} for row in rows])


def _write_rows(
    session: Session, pending: list[dict[str, Any]], now: datetime, insert=_core_insert
) -> set[uuid.UUID]:
    """Insert history rows (from :func:`change_row`) into the session's transaction.

    Gives them the transaction's id, ``now`` and the actor, remembers the families for the
    :class:`CommitInfo`, and marks families created or deleted here as keeping their Letzte
    Bearbeitung. Returns the families the rows belong to. ``insert`` writes the rows (Core;
    the bulk writer passes :func:`userjourney.core.bulk.insert_many`, same stored values).
    """
    txn_id = session.info.setdefault(_TXN, uuid.uuid4())
    actor = session.info.get(ACTOR) or default_actor()
    connection = session.connection()
    insert(connection, Change.__table__, pending, {"txn_id": txn_id, "at": now, "actor": actor})

    families = {row["family_id"] for row in pending if row["family_id"] is not None}
    session.info.setdefault(_FAMILIES, set()).update(families)
    # A family created or deleted in this transaction, or whose Letzte Bearbeitung was set
    # explicitly (demo data, imports), keeps the value it has.
    keep = session.info.setdefault(_KEEP_UPDATED, set())
    keep.update(
        row["record_id"]
        for row in pending
        if row["record_type"] == Family.__tablename__ and row["action"] in ("insert", "delete")
    )
    return families


def _touch_families(session: Session, connection: sa.Connection, ids: set, now: datetime) -> None:
    """Set Letzte Bearbeitung of the families in ``ids`` to ``now``, in the DB and in memory."""
    table = Family.__table__
    ids = sorted(ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        connection.execute(sa.update(table).where(table.c.id.in_(chunk)).values(updated_at=now))
    for fid in ids:
        obj = session.identity_map.get(identity_key(Family, fid))
        if obj is not None:
            attributes.set_committed_value(obj, "updated_at", now)


class ChangeWriter:
    """The change history for code that writes with SQL Core in bulk instead of the ORM.

    The ORM listeners cost a few hundred microseconds per record, far too much for an
    import of 100,000 rows. Code that writes with ``insert``/``update``/``delete``
    ``executemany`` reports each change here instead; the writer produces exactly the rows
    the listeners would (:func:`change_row`, :func:`snapshot_values`, the same transaction
    id, actor and time), writes them in chunks, and on :meth:`finish` sets Letzte
    Bearbeitung of every changed family (except the ones created here, which keep theirs)
    and registers the families for :func:`last_commit` and the commit subscribers.

    Use it inside the session's transaction; a rollback drops its rows with everything else::

        writer = ChangeWriter(session)
        connection.execute(sa.insert(Family.__table__), rows)
        for row in rows:
            writer.inserted(Family, row, row["id"])
        writer.finish()
    """

    def __init__(self, session: Session, *, chunk: int = 5000) -> None:
        self.session = session
        self.chunk = chunk
        self.now = utcnow()
        self.rows: list[dict[str, Any]] = []
        self.families: set[uuid.UUID] = set()
        self.written = 0

    def _add(self, row: dict[str, Any]) -> None:
        self.rows.append(row)
        if len(self.rows) >= self.chunk:
            self.flush()

    def inserted(self, model: type, values: Mapping[str, Any], family_id: uuid.UUID | None) -> None:
        """A record was inserted with these column values (all of them, defaults included)."""
        new = _encode_json(snapshot_values(model, values))
        self._add(change_row(model.__tablename__, values["id"], family_id, "insert", new_value=new))

    def deleted(self, model: type, values: Mapping[str, Any], family_id: uuid.UUID | None) -> None:
        """A record with these column values was deleted."""
        old = _encode_json(snapshot_values(model, values))
        self._add(change_row(model.__tablename__, values["id"], family_id, "delete", old_value=old))

    def updated(
        self,
        model: type,
        record_id: uuid.UUID,
        family_id: uuid.UUID | None,
        changes: Mapping[str, tuple[Any, Any]],
    ) -> None:
        """Columns of a record changed: ``changes`` maps a column to ``(old, new)``."""
        for name, (old, new) in changes.items():
            if name in UNTRACKED_FIELDS or old == new:
                continue
            self._add(
                change_row(
                    model.__tablename__, record_id, family_id, "update",
                    field=name, old_value=encode(old), new_value=encode(new),
                )
            )

    def flush(self) -> None:
        """Write the rows collected so far."""
        if self.rows:
            from userjourney.core.bulk import insert_many

            self.families |= _write_rows(self.session, self.rows, self.now, insert_many)
            self.written += len(self.rows)
            self.rows = []

    def finish(self) -> None:
        """Write what is left and set Letzte Bearbeitung of the changed families."""
        self.flush()
        keep = self.session.info.get(_KEEP_UPDATED, set())
        _touch_families(self.session, self.session.connection(), self.families - keep, self.now)


def _after_commit(session: Session) -> None:
    txn_id = session.info.pop(_TXN, None)
    families = frozenset(session.info.pop(_FAMILIES, set()))
    session.info.pop(_KEEP_UPDATED, None)
    info = CommitInfo(txn_id, families)
    session.info[_COMMIT] = info
    if txn_id is None:
        return
    for subscriber in list(session.info.get(SUBSCRIBERS, ())):
        subscriber(info)


def _after_rollback(session: Session) -> None:
    for key in (_TXN, _FAMILIES, _PENDING, _KEEP_UPDATED):
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


def last_commit(session: Session) -> CommitInfo:
    """The :class:`CommitInfo` of the session's last commit (empty if nothing changed)."""
    return session.info.get(_COMMIT) or CommitInfo(None)


# --------------------------------------------------------------------------- who


_default_actor: str | None = None


def set_default_actor(name: str | None) -> None:
    """The name recorded when a session has none of its own (configured coach name)."""
    global _default_actor
    _default_actor = name.strip() if name and name.strip() else None


def default_actor() -> str:
    """The configured coach name, else the operating-system user."""
    if _default_actor:
        return _default_actor
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment (rare on Windows services)
        return tr("unbekannt")


# --------------------------------------------------------------------------- undo


def changes_of(session: Session, txn_id: uuid.UUID) -> list[Change]:
    """The history rows of one transaction, in the order they were written."""
    stmt = sa.select(Change).where(Change.txn_id == txn_id).order_by(Change.id)
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
    for change in reversed(rows):
        model = TRACKED_MODELS[change.record_type]
        if restored and change.action in ("update", "insert"):
            # Restored records are written together, so the unit of work orders parents before
            # children; but an older change may be about one of them (redo of an undo that
            # deleted a record it had just updated), so they must exist before it is replayed.
            session.add_all(restored)
            session.flush()
            restored.clear()
        if change.action == "update":
            obj = session.get(model, change.record_id)
            if obj is None or getattr(obj, change.field) != decode(model, change.field, change.new_value):
                raise RevertConflict(tr("Der Eintrag wurde inzwischen geändert."))
            setattr(obj, change.field, decode(model, change.field, change.old_value))
        elif change.action == "insert":
            obj = session.get(model, change.record_id)
            if obj is None:
                raise RevertConflict(tr("Der Eintrag wurde inzwischen gelöscht."))
            session.delete(obj)
            session.flush()
        elif change.action == "delete":
            if session.get(model, change.record_id) is not None:
                raise RevertConflict(tr("Der Eintrag existiert bereits wieder."))
            restored.append(restore(model, json.loads(change.old_value)))
    session.add_all(restored)
    session.flush()
