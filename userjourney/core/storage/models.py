"""The data model: families, children and their BuT entries, adults and their Minijobs.

Design choices, each for years of use and for merging records between laptops later:

* **UUID primary keys** everywhere (a record keeps its identity when copied to another
  database); the *human keys* of the exchange format are unique constraints next to them:
  ``Familie``; (``Familie``, ``Kind``); (``Familie``, ``Kind``, ``Bereich``); (``Familie``, ``Person``).
* **Ages** are stored as the age a coach recorded plus the date it was recorded
  (``age_years`` / ``age_recorded_on``), never as a bare number: a bare 13 is wrong a year
  later, and a birth date is more than the forms ask for (data minimisation). The age on
  any day is :func:`userjourney.core.values.age_on`.
* **Journey steps** are stored as effective answers (``True``/``False``/``None``), so any SQL
  client reads them directly; which ``True`` values were *implied* by a later ``ja`` is kept
  in ``implied_mask`` (bit *i* = step *i*). :mod:`userjourney.core.journeys` keeps both
  consistent.
* **Details** of a BuT entry (subjects, activities) are rows of their own, so the summary
  can count them with SQL ``GROUP BY``.
* **Deletes are real deletes**: every removed row is recorded in full in the change history
  (:mod:`userjourney.core.history`), which is what undo and audits are built on.

(No ``from __future__ import annotations`` here: SQLModel reads the annotations at
class creation to build the relationships.)

Every column is portable between SQLite and PostgreSQL; constraint names follow
:data:`NAMING_CONVENTION` so Alembic's batch mode can alter them on SQLite.
"""

import os
import threading
import time
import uuid
from datetime import UTC, date, datetime
from typing import Any, Optional, cast

import sqlalchemy as sa
from sqlalchemy.orm import QueryableAttribute
from sqlmodel import Field, Relationship, SQLModel

from userjourney.core.vocab import (
    AREAS,
    MAX_DETAIL,
    MAX_EMPLOYER,
    MAX_NAME,
    MAX_NOTE,
    MAX_REASON,
    Facility,
    ParentingStatus,
)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
SQLModel.metadata.naming_convention = NAMING_CONVENTION


_last_id_time = 0
_id_sequence = 0
_id_lock = threading.Lock()
_random_bytes = b""
_random_at = 0


def _forget_random_bytes() -> None:
    global _random_bytes, _random_at
    _random_bytes, _random_at = b"", 0


os.register_at_fork(after_in_child=_forget_random_bytes)  # a child process draws its own


class RecordId(uuid.UUID):
    """A UUID that keeps its two spellings: ``hex`` (as the database stores it) and ``str`` (as the
    change history writes it). A bulk import writes each new id several times, as a key and in
    its history record — formatting the 128-bit number anew each time cost more than the writing.
    Equal to, hashed like and interchangeable with any :class:`uuid.UUID` of the same value.
    """

    __slots__ = ("_hex", "_text")
    _hex: str
    _text: str

    @property
    def hex(self) -> str:
        return self._hex

    def __str__(self) -> str:
        return self._text

    def __reduce__(self) -> tuple[Any, ...]:
        """Copied or pickled, it is a plain :class:`uuid.UUID` of the same value."""
        return uuid.UUID, (None, None, None, None, self.int)


def new_id() -> uuid.UUID:
    """A new record id: a UUID version 7 (RFC 9562) — time-ordered, still random enough to be
    unique across laptops.

    Ids made later sort later, so a bulk write appends to the primary-key and history indexes
    instead of touching pages all over them (an import of 10,000 families writes about a tenth
    faster than with random version-4 ids, docs/benchmarks.md); and a record's id says roughly when
    it was created. 48 bits of milliseconds, a 12-bit counter for ids of the same millisecond,
    62 random bits from the operating system's random source (drawn 4 KB at a time: one system
    call per 512 ids).
    """
    global _last_id_time, _id_sequence, _random_bytes, _random_at
    now = time.time_ns() // 1_000_000
    with _id_lock:
        if now <= _last_id_time:
            _id_sequence += 1
            if _id_sequence > 0xFFF:  # 4,096 ids within one millisecond: borrow the next one
                _last_id_time += 1
                _id_sequence = 0
            now = _last_id_time
        else:
            _last_id_time, _id_sequence = now, 0
        if _random_at >= len(_random_bytes):
            _random_bytes, _random_at = os.urandom(4096), 0
        random = int.from_bytes(_random_bytes[_random_at : _random_at + 8]) & 0x3FFF_FFFF_FFFF_FFFF
        _random_at += 8
        value = (now << 80) | 0x7000_0000_0000_0000_0000 | (_id_sequence << 64) | 0x8000_0000_0000_0000 | random
    # what uuid.UUID(int=value) ends with, without re-checking a value built in range above
    result = _new_uuid(RecordId)
    _set_slot(result, "int", value)
    _set_slot(result, "is_safe", uuid.SafeUUID.unknown)
    hex_ = f"{value:032x}"
    _set_slot(result, "_hex", hex_)
    _set_slot(result, "_text", f"{hex_[:8]}-{hex_[8:12]}-{hex_[12:16]}-{hex_[16:20]}-{hex_[20:]}")
    return result


_new_uuid = object.__new__
_set_slot = object.__setattr__


def utcnow() -> datetime:
    """The current time, timezone-aware in UTC: how every timestamp is handled."""
    return datetime.now(UTC)


class UtcDateTime(sa.TypeDecorator):
    """A timestamp stored in UTC and always returned timezone-aware.

    SQLite keeps no offset, PostgreSQL does (``timestamptz``); either way the program sees
    aware UTC datetimes and converts to local time only for display. Declared here rather
    than taken from SQLModel so the behaviour does not change with SQLModel's version.
    """

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.utcoffset() is None:
            raise ValueError("timestamps must be timezone-aware")
        return value.astimezone(UTC)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        if value.utcoffset() is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def _timestamp(**kwargs):
    return Field(default_factory=utcnow, sa_type=UtcDateTime, **kwargs)


def _in(column: str, values) -> str:
    quoted = ", ".join("'" + str(v).replace("'", "''") + "'" for v in values)
    return f"{column} IS NULL OR {column} IN ({quoted})"


def _level(column: str) -> sa.CheckConstraint:
    return sa.CheckConstraint(f"{column} IS NULL OR ({column} >= 1 AND {column} <= 4)", name=column)


def _age(column: str = "age_years") -> sa.CheckConstraint:
    return sa.CheckConstraint(f"{column} IS NULL OR ({column} >= 0 AND {column} <= 120)", name=column)


class Family(SQLModel, table=True):
    """A Bedarfsgemeinschaft, known by a pseudonym (``code``), never necessarily a real name."""

    __tablename__ = "family"
    __table_args__ = (
        sa.CheckConstraint(_in("parenting_status", list(ParentingStatus)), name="parenting_status"),
    )

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    code: str = Field(max_length=MAX_NAME, unique=True)
    location: str | None = Field(default=None, max_length=MAX_NAME, index=True)
    coach: str | None = Field(default=None, max_length=MAX_NAME, index=True)
    created_on: date = Field(default_factory=date.today)
    #: Letzte Bearbeitung; maintained by the history listener on every change of the family
    #: or anything in it (UTC).
    updated_at: datetime = _timestamp(index=True)
    migration_background: bool | None = None
    parenting_status: str | None = Field(default=None, max_length=30)

    children: list["Child"] = Relationship(
        back_populates="family",
        sa_relationship_kwargs={
            "cascade": "all, delete-orphan",
            "order_by": "(Child.position, Child.name)",
        },
    )
    persons: list["Person"] = Relationship(
        back_populates="family",
        sa_relationship_kwargs={
            "cascade": "all, delete-orphan",
            "order_by": "(Person.position, Person.name)",
        },
    )


class Child(SQLModel, table=True):
    """A child (or young adult up to 24) of a family, with one BuT entry per area."""

    __tablename__ = "child"
    __table_args__ = (
        sa.UniqueConstraint("family_id", "name"),
        sa.CheckConstraint(_in("facility", list(Facility)), name="facility"),
        _age(),
    )

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    family_id: uuid.UUID = Field(foreign_key="family.id", ondelete="CASCADE", index=True)
    name: str = Field(max_length=MAX_NAME)
    age_years: int | None = None
    age_recorded_on: date | None = None
    facility: str | None = Field(default=None, max_length=40)
    position: int = 0

    family: Family = Relationship(back_populates="children")
    entries: list["ButEntry"] = Relationship(
        back_populates="child",
        sa_relationship_kwargs={"cascade": "all, delete-orphan"},
    )


class Reason(SQLModel, table=True):
    """A reason of the catalogue of one BuT area ("Warum wird das Angebot nicht …?")."""

    __tablename__ = "reason"
    __table_args__ = (
        sa.UniqueConstraint("area", "text"),
        sa.CheckConstraint(_in("area", AREAS), name="area"),
    )

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    area: str = Field(max_length=40)
    text: str = Field(max_length=MAX_REASON)
    #: True for reasons from the shipped catalogue (Anhang 6.6), False for ones coaches added.
    seeded: bool = False
    created_at: datetime = _timestamp()
    #: Not offered in the reason editor any more ("Ausblenden" in Gründe verwalten); entries that
    #: give it keep it and the Auswertung counts it as before.
    hidden: bool = Field(default=False, sa_column_kwargs={"server_default": sa.false()})
    #: When ``hidden`` last changed (None: never): a sync keeps the later of two settings.
    hidden_at: datetime | None = Field(default=None, sa_type=UtcDateTime)


class ButEntry(SQLModel, table=True):
    """One child × one Bereich: the seven steps, dates, details and the reason it stopped."""

    __tablename__ = "but_entry"
    __table_args__ = (
        sa.UniqueConstraint("child_id", "area"),
        sa.CheckConstraint(_in("area", AREAS), name="area"),
        sa.CheckConstraint("implied_mask >= 0 AND implied_mask < 128", name="implied_mask"),
    )

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    child_id: uuid.UUID = Field(foreign_key="child.id", ondelete="CASCADE", index=True)
    area: str = Field(max_length=40)
    entitled: bool | None = None
    offer_exists: bool | None = None
    offer_known: bool | None = None
    offer_interesting: bool | None = None
    applied: bool | None = None
    approved: bool | None = None
    used: bool | None = None
    implied_mask: int = 0
    applied_on: date | None = None
    approved_on: date | None = None
    reason_id: uuid.UUID | None = Field(default=None, foreign_key="reason.id", index=True)
    note: str | None = Field(default=None, max_length=MAX_NOTE)

    child: Child = Relationship(back_populates="entries")
    reason: Reason | None = Relationship()
    details: list["ButDetail"] = Relationship(
        back_populates="entry",
        sa_relationship_kwargs={
            "cascade": "all, delete-orphan",
            "order_by": "ButDetail.position",
        },
    )


class ButDetail(SQLModel, table=True):
    """One item of an entry's details: a subject (Mathe) or an activity (Fußballverein)."""

    __tablename__ = "but_detail"
    __table_args__ = (sa.UniqueConstraint("entry_id", "item"),)

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    entry_id: uuid.UUID = Field(foreign_key="but_entry.id", ondelete="CASCADE", index=True)
    position: int = 0
    item: str = Field(max_length=MAX_DETAIL)

    entry: ButEntry = Relationship(back_populates="details")


class Person(SQLModel, table=True):
    """An adult of the family, with at most one Minijob journey."""

    __tablename__ = "person"
    __table_args__ = (sa.UniqueConstraint("family_id", "name"), _age())

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    family_id: uuid.UUID = Field(foreign_key="family.id", ondelete="CASCADE", index=True)
    name: str = Field(max_length=MAX_NAME)
    age_years: int | None = None
    age_recorded_on: date | None = None
    position: int = 0

    family: Family = Relationship(back_populates="persons")
    minijob: Optional["MinijobEntry"] = Relationship(
        back_populates="person",
        sa_relationship_kwargs={"cascade": "all, delete-orphan", "uselist": False},
    )


class MinijobEntry(SQLModel, table=True):
    """The Minijob journey of one adult (Anhang 6.7), with a note per step."""

    __tablename__ = "minijob"
    __table_args__ = (
        _level("searched"),
        _level("found"),
        _level("approached"),
        sa.CheckConstraint(
            "topped_up IS NULL OR topup_possible IS TRUE", name="topped_up_needs_possible"
        ),
    )

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    person_id: uuid.UUID = Field(foreign_key="person.id", ondelete="CASCADE", unique=True)
    employer: str | None = Field(default=None, max_length=MAX_EMPLOYER)
    started_on: date | None = None
    searched: int | None = None
    found: int | None = None
    approached: int | None = None
    topup_possible: bool | None = None
    topped_up: bool | None = None
    #: Nachhaltig as the coach answered it; ``None`` lets the three-month rule decide.
    sustainable: bool | None = None
    note_searched: str | None = Field(default=None, max_length=MAX_NOTE)
    note_found: str | None = Field(default=None, max_length=MAX_NOTE)
    note_approached: str | None = Field(default=None, max_length=MAX_NOTE)
    note_topup: str | None = Field(default=None, max_length=MAX_NOTE)
    note_sustainable: str | None = Field(default=None, max_length=MAX_NOTE)

    person: Person = Relationship(back_populates="minijob")


class Change(SQLModel, table=True):
    """One row of the change history, written in the same transaction as the change.

    ``insert`` and ``delete`` rows carry the whole record as JSON (in ``new_value`` resp.
    ``old_value``, ``field`` empty); ``update`` rows carry one field each. Rows of one
    transaction share ``txn_id``; ``family_id`` lets a family's history be read without joins
    even after the family is gone.
    """

    __tablename__ = "change"
    __table_args__ = (sa.Index("ix_change_family_id_id", "family_id", "id"),)

    id: int | None = Field(default=None, primary_key=True)
    txn_id: uuid.UUID = Field(index=True)
    at: datetime = _timestamp()
    #: who: the configured coach name, else the operating-system user.
    actor: str = Field(max_length=100)
    family_id: uuid.UUID | None = None
    record_type: str = Field(max_length=30)
    record_id: uuid.UUID = Field(index=True)
    action: str = Field(max_length=10)
    field: str | None = Field(default=None, max_length=60)
    old_value: str | None = None
    new_value: str | None = None


class SyncHead(SQLModel, table=True):
    """What a synchronisation left open for one *unit* of a record (:mod:`userjourney.core.sync`).

    A unit is a field, or fields that are only valid together (a BuT journey), or the record's
    existence. Normally the last transaction in the history that touched a unit is its one
    *head* and the table holds its value, so nothing is stored here. After a sync, a unit can
    have several heads — changes made on different databases without knowing each other —
    with different values (an open conflict) or the same value; then this row keeps every head
    with its value, who and when, and the table holds the provisional value. A later local
    change of the unit (a history row with an id above ``seen_upto``) supersedes the row.
    """

    __tablename__ = "sync_head"
    __table_args__ = (sa.UniqueConstraint("record_id", "unit"),)

    id: int | None = Field(default=None, primary_key=True)
    record_id: uuid.UUID
    record_type: str = Field(max_length=30)
    unit: str = Field(max_length=30)
    family_id: uuid.UUID | None = Field(default=None, index=True)
    #: JSON: ``[{"txn": …, "at": …, "actor": …, "value": …}, …]``, newest first.
    heads: str
    #: True when the heads disagree (a conflict a person has to decide).
    open: bool = False
    #: The newest history row of this database when the row was written.
    seen_upto: int = 0


class SyncAlias(SQLModel, table=True):
    """A record created on two databases independently, matched by its human key: the
    identity it had on one of them (``alias_id``) and the one both keep (``kept_id``)."""

    __tablename__ = "sync_alias"

    alias_id: uuid.UUID = Field(primary_key=True)
    kept_id: uuid.UUID = Field(index=True)
    record_type: str = Field(max_length=30)


def table_of(model: type[SQLModel]) -> sa.Table:
    """The Core table of a model, for SQL written with SQLAlchemy Core (bulk writes, counts).

    SQLModel creates ``__table__`` at class creation but does not declare it to type checkers.
    """
    return model.__table__  # type: ignore[attr-defined]


def related(attribute: object) -> QueryableAttribute[Any]:
    """A relationship, for loader options such as ``selectinload`` (SQLModel declares
    relationships to type checkers as the Python value they hold)."""
    return cast(QueryableAttribute[Any], attribute)


def tablename_of(model: type[SQLModel]) -> str:
    """The table's name: what the change history calls the record type (a plain ``str``: SQLAlchemy's
    ``quoted_name`` would make the database driver look for an adapter on every history row)."""
    return str(table_of(model).name)


#: The record types the change history covers, by table name.
TRACKED_MODELS: dict[str, type[SQLModel]] = {
    m.__tablename__: m for m in (Family, Child, ButEntry, ButDetail, Person, MinijobEntry)
}
