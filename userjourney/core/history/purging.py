"""Erasure on request (GDPR art. 17): a family and every trace of it (exchange-format §7).

Deleting a family is undoable because the history keeps it whole; erasing must not be. So
:func:`purge_family`, in one transaction:

* deletes the family's records without writing history rows (SQL on the tables, not the ORM;
  children, entries, details, adults and Minijobs follow by ``ON DELETE CASCADE``);
* deletes every history row of the family — its past is gone from the history, so from every
  ``--as-of`` too;
* deletes reasons only this family had written into the catalogue (not shipped, used by no
  entry, named by no remaining history row): a typed reason can name a child;
* writes one anonymous row: a family was erased, when and by whom — not which.

A family deleted earlier is found by its code in the history. On a SQLite file, ``secure_delete``
overwrites the freed pages and the write-ahead log is emptied afterwards, so none of the
family's codes, names or texts remain in the bytes of the file; :func:`purge_everywhere` does
the same in every backup and kept-aside copy beside it (a backup the family never reached
stays as it is). A server's freed space is its administrators' matter (``VACUUM``).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlmodel import col

from userjourney.core.errors import ValidationError
from userjourney.core.history.rows import DATABASE_RECORD, PURGE_ACTION, change_row, write_rows
from userjourney.core.i18n import tr
from userjourney.core.storage.backups import backup_dir_for
from userjourney.core.storage.database import Database, open_database
from userjourney.core.storage.models import ButEntry, Change, Child, Family, Reason, new_id, table_of, utcnow


@dataclass
class Purged:
    """What an erasure removed: in the database and in each copy beside it."""

    code: str
    history_rows: int = 0
    #: The families erased (ids; the same in every copy, whatever code they had there).
    family_ids: set[uuid.UUID] = field(default_factory=set)
    copies: list[Path] = field(default_factory=list)
    unreadable: list[Path] = field(default_factory=list)


def family_ids_of(session: Session, code: str) -> set[uuid.UUID]:
    """The family with this code now, and every family that had it according to the history."""
    found = set(session.scalars(sa.select(col(Family.id)).where(col(Family.code) == code)))
    rows = session.execute(
        sa.select(col(Change.family_id), col(Change.old_value), col(Change.new_value), col(Change.field))
        .where(col(Change.record_type) == "family", col(Change.family_id).is_not(None))).all()
    for row in rows:
        if code in (_code_in(row.field, row.old_value), _code_in(row.field, row.new_value)):
            found.add(row.family_id)
    return found


def _code_in(field: str | None, value: str | None) -> str | None:
    """The Familie code a history row of a family names: its whole record (insert, delete) or
    the field ``code`` (an update)."""
    decoded = json.loads(value) if value else None
    if field is None and isinstance(decoded, dict) and decoded.get("code"):
        return str(decoded["code"])
    if field == "code" and isinstance(decoded, str):
        return decoded
    return None


def purge_family(database: Database, code: str) -> Purged:
    """Erase the family ``code`` (see the module docstring); refuses a code nobody ever had."""
    code = code.strip()
    with database.transaction() as session:
        ids = family_ids_of(session, code)
        if not ids:
            raise ValidationError(tr("Eine Familie „{code}“ gibt es weder jetzt noch im Verlauf.").format(code=code))
        history = _erase(session, ids)
    _empty_the_log(database)
    return Purged(code, history, ids)


@dataclass(frozen=True)
class Candidate:
    """A family nobody changed since before the retention period: to erase, once confirmed."""

    code: str
    last_change: datetime
    deleted: bool  # deleted earlier, still in the history


def retention_candidates(database: Database, unchanged_since: datetime) -> list[Candidate]:
    """Families (present or deleted) whose last change is older than ``unchanged_since``,
    oldest first — what a retention period asks to erase. Nothing is erased here."""
    with database.session() as session:
        last = session.execute(
            sa.select(col(Change.family_id), sa.func.max(col(Change.at)).label("at"))
            .where(col(Change.family_id).is_not(None)).group_by(col(Change.family_id))
            .having(sa.func.max(col(Change.at)) < unchanged_since)).all()
        if not last:
            return []
        ids = [row.family_id for row in last]
        present = dict(session.execute(sa.select(col(Family.id), col(Family.code)).where(col(Family.id).in_(ids))).all())
        out = []
        for row in last:
            code = present.get(row.family_id) or _last_code(session, row.family_id)
            if code:
                out.append(Candidate(code, row.at, row.family_id not in present))
    return sorted(out, key=lambda c: (c.last_change, c.code))


def _last_code(session: Session, family_id: uuid.UUID) -> str | None:
    """The code a deleted family had last, from its history."""
    rows = session.execute(
        sa.select(col(Change.field), col(Change.old_value), col(Change.new_value))
        .where(col(Change.family_id) == family_id, col(Change.record_type) == "family")
        .order_by(col(Change.id).desc())).all()
    for row in rows:
        for value in (row.new_value, row.old_value):
            named = _code_in(row.field, value)
            if named:
                return named
    return None


def purge_everywhere(database: Database, code: str) -> Purged:
    """:func:`purge_family`, then the same families in every copy in ``backups/`` beside the file."""
    result = purge_family(database, code)
    if database.path is None:
        return result
    folder = backup_dir_for(database.path)
    for copy in sorted(folder.glob("*.sqlite")) if folder.is_dir() else []:
        try:
            with open_database(copy, actor=database.actor) as other:
                with other.transaction() as session:
                    known = result.family_ids | family_ids_of(session, result.code)
                    if _erase(session, known) or _any_family(session, known):
                        result.copies.append(copy)
                _empty_the_log(other)
        except Exception:  # a damaged copy kept aside: said, not silently skipped
            result.unreadable.append(copy)
    return result


def _any_family(session: Session, ids: set[uuid.UUID]) -> bool:
    return bool(session.scalar(sa.select(sa.func.count()).select_from(Family).where(col(Family.id).in_(ids))))


def _erase(session: Session, ids: set[uuid.UUID], *, record: bool = True) -> int:
    """Erase the families ``ids`` with their history; one anonymous row says it happened,
    naming only the families' random ids, so a synchronisation erases them on the other
    database too (:mod:`userjourney.core.sync`) — unless ``record`` is false (that erasure)."""
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("PRAGMA secure_delete = ON")  # freed pages are overwritten
    candidates = set(session.scalars(
        sa.select(col(ButEntry.reason_id)).join(Child, col(ButEntry.child_id) == col(Child.id))
        .where(col(ButEntry.reason_id).is_not(None), col(Child.family_id).in_(ids))))
    for family_id in ids:
        history = session.execute(sa.select(col(Change.old_value), col(Change.new_value))
                                  .where(col(Change.family_id) == family_id, col(Change.field) == "reason_id")).all()
        candidates |= {uuid.UUID(json.loads(v)) for row in history for v in row if v and json.loads(v)}
    families, changes = table_of(Family), table_of(Change)
    connection.execute(sa.delete(families).where(families.c.id.in_(ids)))  # the rest by ON DELETE CASCADE
    erased = connection.execute(sa.delete(changes).where(changes.c.family_id.in_(ids))).rowcount
    for reason_id in candidates:
        reason = session.get(Reason, reason_id)
        if reason is None or reason.seeded:
            continue
        used = session.scalar(sa.select(sa.func.count()).select_from(ButEntry).where(col(ButEntry.reason_id) == reason_id))
        named = session.scalar(sa.select(sa.func.count()).select_from(Change).where(sa.or_(
            col(Change.old_value).contains(str(reason_id)), col(Change.new_value).contains(str(reason_id)))))
        if not used and not named:
            session.delete(reason)
    session.flush()
    if erased and record:
        value = {"erased": "family", "families": sorted(str(i) for i in ids)}
        write_rows(session, [change_row(DATABASE_RECORD, new_id(), None, PURGE_ACTION,
                                        new_value=json.dumps(value))], utcnow())
    return int(erased or 0)


def _empty_the_log(database: Database) -> None:
    """After the commit: the write-ahead log holds the pages as they were before; empty it."""
    if database.path is None:
        return
    with database.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
