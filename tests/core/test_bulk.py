"""Bulk writing on a second core (storage.bulk.pipelined) and producing ahead (core.ahead).

The writer thread must change nothing but the time: the same rows, bytes and types as the
ordinary way, in the same order, on SQLite and PostgreSQL; what the database refuses reaches the
caller as SQLAlchemy's exception and the transaction rolls back whole.
"""

from __future__ import annotations

import threading
import time
import uuid
from datetime import UTC, date, datetime

import pytest
import sqlalchemy as sa

from userjourney.core.errors import DatabaseError
from userjourney.core.overlap import ahead
from userjourney.core.storage.bulk import insert_many, pipelined
from userjourney.core.storage.models import Change, Reason, new_id, table_of

TEXTS = ["plain", 'quote " and \\ backslash', "Zeile 1\nZeile 2\t·", "ÄÖÜß 😀 ‮bidi", "", "1234", "null",
         "NUL\x00inside"]


def _reasons(count: int, *, nul: bool = False, tag: str = "") -> list[dict]:
    texts = TEXTS if nul else [t for t in TEXTS if "\x00" not in t]
    return [{"id": new_id(), "area": "Mittagsverpflegung", "text": f"{texts[i % len(texts)]} {tag}{i}",
             "seeded": bool(i % 2), "created_at": datetime(2026, 12, 7, 1, 2, 3, 456789, tzinfo=UTC)}
            for i in range(count)]


def _changes(count: int) -> list[dict]:
    family = uuid.uuid4()
    return [{"family_id": family if i % 3 else None, "record_type": "child", "record_id": new_id(),
             "action": "update", "field": "age_years" if i % 2 else None,
             "old_value": None if i % 4 else str(i), "new_value": TEXTS[i % (len(TEXTS) - 1)]}
            for i in range(count)]


def _stored(connection: sa.Connection, table: sa.Table, order: str) -> list[tuple]:
    columns = ", ".join(f'"{c.name}"' for c in table.columns)
    return list(connection.exec_driver_sql(f'SELECT {columns} FROM "{table.name}" ORDER BY "{order}"'))


def _types(connection: sa.Connection, table: sa.Table, order: str) -> list[tuple]:
    if connection.dialect.name != "sqlite":
        return []
    columns = ", ".join(f'typeof("{c.name}")' for c in table.columns)
    return list(connection.exec_driver_sql(f'SELECT {columns} FROM "{table.name}" ORDER BY "{order}"'))


def _write(db, *, piped: bool, reasons: list[dict], changes: list[dict], constants: dict) -> tuple:
    with db.transaction() as session:
        connection = session.connection()
        if piped:
            with pipelined(connection):
                for start in range(0, len(reasons), 700):
                    insert_many(connection, table_of(Reason), reasons[start:start + 700])
                insert_many(connection, table_of(Change), changes, constants)
                # a statement in between waits for what was handed over before it
                seen = connection.execute(sa.select(sa.func.count()).select_from(table_of(Reason))).scalar()
                insert_many(connection, table_of(Change), changes[:5], constants)
        else:
            for start in range(0, len(reasons), 700):
                insert_many(connection, table_of(Reason), reasons[start:start + 700])
            insert_many(connection, table_of(Change), changes, constants)
            seen = connection.execute(sa.select(sa.func.count()).select_from(table_of(Reason))).scalar()
            insert_many(connection, table_of(Change), changes[:5], constants)
        stored = (_stored(connection, table_of(Reason), "id"), _types(connection, table_of(Reason), "id"),
                  [row[1:] for row in _stored(connection, table_of(Change), "id")],
                  _types(connection, table_of(Change), "id"))
        session.rollback()
    return seen, stored


def test_pipelined_writes_exactly_what_the_ordinary_way_writes(db):
    reasons, changes = _reasons(2_500), _changes(1_200)
    constants = {"txn_id": uuid.uuid4(), "at": datetime(2026, 12, 7, 2, 0, tzinfo=UTC), "actor": "Frau Kaya"}
    seeded = _count(db)
    seen_piped, piped = _write(db, piped=True, reasons=reasons, changes=changes, constants=constants)
    seen_plain, plain = _write(db, piped=False, reasons=reasons, changes=changes, constants=constants)
    assert seen_piped == seen_plain == seeded + 2_500
    assert piped == plain
    assert len(piped[2]) == 1_205
    assert piped[2][0][0] == constants["txn_id"].hex or piped[2][0][0] == constants["txn_id"]


def test_a_value_json_cannot_carry_goes_the_ordinary_way(sqlite_db):
    """A NUL character inside a text would not survive ``value->>k`` unchanged (SQLite only:
    PostgreSQL refuses NUL in text either way)."""
    db = sqlite_db
    reasons = _reasons(40, nul=True)
    with db.transaction() as session:
        connection = session.connection()
        with pipelined(connection):
            insert_many(connection, table_of(Reason), reasons)
        ids = [r["id"] for r in reasons]
        texts = {row.text for row in connection.execute(
            sa.select(table_of(Reason).c.text).where(table_of(Reason).c.id.in_(ids)))}
        session.rollback()
    assert texts == {r["text"] for r in reasons}
    assert any("\x00" in t for t in texts)


def test_what_the_database_refuses_reaches_the_caller_and_nothing_stays(db):
    reasons = _reasons(300)
    before = _count(db)
    with pytest.raises(DatabaseError, match=r"widerspricht"):
        with db.transaction() as session:
            connection = session.connection()
            with pipelined(connection):
                insert_many(connection, table_of(Reason), reasons)
                insert_many(connection, table_of(Reason), reasons[10:11])  # the same key again
                insert_many(connection, table_of(Reason), _reasons(50, tag="x"))
    assert _count(db) == before


def test_an_error_of_the_caller_stops_the_writer_before_the_rollback(db):
    before = _count(db)
    with pytest.raises(RuntimeError, match="abgebrochen"):
        with db.transaction() as session:
            connection = session.connection()
            with pipelined(connection):
                for batch in range(5):
                    insert_many(connection, table_of(Reason), _reasons(400, tag=f"{batch}-"))
                raise RuntimeError("abgebrochen")
    assert _count(db) == before
    assert not [t for t in threading.enumerate() if t.name == "userjourney-bulk-writer"]


def _count(db) -> int:
    with db.session() as session:
        return session.execute(sa.select(sa.func.count()).select_from(table_of(Reason))).scalar_one()


# --------------------------------------------------------------------------- ahead


def test_ahead_keeps_order_and_runs_the_producer_in_another_thread():
    producers = set()

    def produce():
        for i in range(50):
            producers.add(threading.current_thread().name)
            yield i

    assert list(ahead(produce(), depth=3)) == list(range(50))
    assert producers == {"userjourney-ahead"}


def test_ahead_raises_the_producers_error_where_it_happened():
    def produce():
        yield 1
        yield 2
        raise ValueError("Blatt beschädigt")

    items = ahead(produce())
    assert next(items) == 1
    assert next(items) == 2
    with pytest.raises(ValueError, match="Blatt beschädigt"):
        next(items)


def test_a_consumer_that_stops_early_stops_the_producer():
    made = []
    closed = threading.Event()

    def produce():
        try:
            for i in range(1_000_000):
                made.append(i)
                yield i
        finally:
            closed.set()

    items = ahead(produce(), depth=2)
    assert next(items) == 0
    items.close()
    assert closed.wait(2)
    count = len(made)
    time.sleep(0.1)
    assert len(made) == count <= 4  # nothing made on behind the consumer's back


def test_dates_and_times_are_stored_alike_either_way(db):
    """Dates and times reach the database as the same values with or without the writer thread."""
    from userjourney.core.storage.models import Family

    table = table_of(Family)
    rows = [{"id": new_id(), "code": f"F-{i}", "created_on": date(2020, 1, 1 + i % 28),
             "updated_at": datetime(2026, 12, 7, 3, i % 60, tzinfo=UTC)} for i in range(30)]
    results = []
    for piped in (True, False):
        with db.transaction() as session:
            connection = session.connection()
            if piped:
                with pipelined(connection):
                    insert_many(connection, table, rows)
            else:
                insert_many(connection, table, rows)
            results.append((_stored(connection, table, "code"), _types(connection, table, "code")))
            session.rollback()
    assert results[0] == results[1]
    assert len(results[0][0]) == 30

