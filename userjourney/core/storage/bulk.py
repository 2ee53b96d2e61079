"""Inserting many rows fast, with exactly the values SQLAlchemy would store.

SQLAlchemy Core's ``executemany`` compiles parameters row by row through generic machinery
that costs more than SQLite's own insert. For bulk writes (the Excel import: 100,000 rows
plus as many history rows) :func:`insert_many` converts each value with the *same* bind
processors SQLAlchemy uses for the column on this dialect (UUID → hex text, dates, UTC
timestamps, booleans) in one tight loop — the stored bytes are identical, only the Python
overhead is gone. On SQLite the rows go as ``INSERT … VALUES (…), (…), …`` of
:data:`ROWS_PER_STATEMENT` rows (the driver binds them in C, SQLite stores them in one step);
on PostgreSQL (psycopg) all rows in one ``INSERT … SELECT FROM unnest(arrays)``; on any other
dialect it simply calls Core.

Inside :func:`pipelined`, the database's work runs on a second core: :func:`insert_many` hands
its statements to a writer thread and returns at once, so the caller prepares the next batch
while the database stores this one. Few, large statements matter here: the driver releases
Python's interpreter lock while the database works and needs it back after each statement,
from a thread that is busy in Python.
"""

from __future__ import annotations

import itertools
import operator
import queue
import threading
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import sqlalchemy as sa

from userjourney.core.overlap import quick_handover


def insert_many(
    connection: sa.Connection,
    table: sa.Table,
    rows: Sequence[dict[str, Any]],
    constants: dict[str, Any] | None = None,
) -> None:
    """``INSERT`` ``rows`` (dicts with the same keys) into ``table`` in one ``executemany``.

    ``constants`` are columns with the same value in every row (a transaction id, a
    timestamp), converted once instead of per row.
    """
    if not rows:
        return
    constants = constants or {}
    path = _fast_path(connection.dialect)
    if path == "psycopg":
        _insert_values(connection, table, rows, constants)
        return
    if path is None:
        connection.execute(sa.insert(table), [{**constants, **row} for row in rows])
        return
    statements = _sqlite_statements(connection, table, rows, constants)
    pipeline: _Pipeline | None = connection.info.get(_PIPELINE)
    if pipeline is not None:
        pipeline.submit(statements)
        return
    for sql, params in statements:
        connection.exec_driver_sql(sql, params)


def _fast_path(dialect: sa.Dialect) -> str | None:
    """"sqlite" or "psycopg" where :func:`insert_many` (and :func:`pipelined`) write themselves,
    ``None`` where they leave it to SQLAlchemy Core."""
    if dialect.name == "sqlite" and dialect.paramstyle == "qmark":
        return "sqlite"
    if dialect.name == "postgresql" and dialect.driver == "psycopg":
        return "psycopg"
    return None


def _columns(rows: Sequence[dict[str, Any]], keys: tuple[str, ...], constants: dict[str, Any],
             processors: dict[str, Any]) -> list[list[Any]]:
    """The values column by column (constants first), through the bind processors — one
    comprehension per column is much cheaper than a generator per row; a constant is converted once."""
    columns: list[list[Any]] = [[_convert(processors[k], value)] * len(rows) for k, value in constants.items()]
    for k in keys:
        column = [row[k] for row in rows]
        processor = processors[k]
        if processor is not None:
            column = [v if v is None else processor(v) for v in column]
        columns.append(column)
    return columns


#: Rows per ``INSERT … VALUES (…), (…), …`` on SQLite: one statement binds them all in C and
#: stores them in one step — faster than ``executemany``'s step per row (docs/benchmarks.md).
ROWS_PER_STATEMENT = 200
_SQL_CACHE: dict[tuple[str, int, tuple[str, ...], tuple[str, ...]], tuple[str, str, dict[str, Any]]] = {}


def _sqlite_statements(connection: sa.Connection, table: sa.Table, rows: Sequence[dict[str, Any]],
                       constants: dict[str, Any]) -> list[tuple[str, tuple[Any, ...]]]:
    """The rows as multi-row ``INSERT`` statements with their flat parameter lists."""
    dialect = connection.dialect
    keys = tuple(rows[0])
    fixed = tuple(constants)
    names = fixed + keys
    # at most 999 parameters per statement before SQLite 3.32, 32,766 since
    per = max(1, min(ROWS_PER_STATEMENT, (32_000 if (dialect.server_version_info or (0,)) >= (3, 32) else 990)
                     // len(names)))
    cache_key = (table.name, id(dialect), keys, fixed)
    cached = _SQL_CACHE.get(cache_key)
    if cached is None:
        preparer = dialect.identifier_preparer
        head = f"INSERT INTO {preparer.format_table(table)} ({', '.join(preparer.quote(k) for k in names)}) VALUES "
        row_marks = "(" + ", ".join("?" for _ in names) + ")"
        processors = {k: _processor(table.c[k].type, dialect) for k in names}
        cached = _SQL_CACHE[cache_key] = (head, row_marks, processors)
    head, row_marks, processors = cached
    converted = list(zip(*_columns(rows, keys, constants, processors)))
    full_sql = head + ", ".join([row_marks] * per)
    statements = []
    for start in range(0, len(converted), per):
        part = converted[start : start + per]
        sql = full_sql if len(part) == per else head + ", ".join([row_marks] * len(part))
        statements.append((sql, tuple(itertools.chain.from_iterable(part))))
    return statements


def _insert_values(connection: sa.Connection, table: sa.Table, rows: Sequence[dict[str, Any]],
                   constants: dict[str, Any]) -> None:
    """PostgreSQL: ``INSERT … SELECT * FROM unnest(%b::uuid[], %b::text[], …)`` — one statement
    and one array per column for thousands of rows, instead of a round trip per row (``COPY``
    would be faster still, but PostgreSQL refuses it on tables under row-level security, which
    every table of an office server is). Values pass the same bind processors as the SQLite path."""
    dialect = connection.dialect
    row_keys = tuple(k for k in rows[0] if k not in constants)
    keys = tuple(constants) + row_keys
    processors = {k: _processor(table.c[k].type, dialect) for k in keys}
    preparer = dialect.identifier_preparer
    arrays = ", ".join(f"%b::{table.c[k].type.compile(dialect=dialect)}[]" for k in keys)
    sql = (f"INSERT INTO {preparer.format_table(table)} ({', '.join(preparer.quote(k) for k in keys)}) "
           f"SELECT * FROM unnest({arrays})")
    columns = _columns(rows, row_keys, constants, processors)
    # binary: arrays of UUIDs and text without quoting each element (the text format escapes)
    pipeline: _Pipeline | None = connection.info.get(_PIPELINE)
    if pipeline is not None:
        pipeline.submit([(sql, tuple(columns))])
        return
    with connection.connection.dbapi_connection.cursor() as cursor:  # type: ignore[union-attr]
        try:
            cursor.execute(sql, tuple(columns))
        except Exception as error:
            raise _wrapped(connection, sql, error) from error


# --------------------------------------------------------------------------- the writer thread

_PIPELINE = "userjourney.bulk.pipeline"


class _Pipeline:
    """One writer thread executing statements in the order they were handed over."""

    def __init__(self, connection: sa.Connection, depth: int) -> None:
        self.connection = connection
        self.jobs: queue.Queue[list[tuple[str, Any]] | None] = queue.Queue(maxsize=depth)
        self.error: BaseException | None = None
        self.failed_sql = ""
        self.cancelled = False
        self.dbapi = connection.connection.dbapi_connection
        self.thread = threading.Thread(target=self._run, name="userjourney-bulk-writer", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        cursor = self.dbapi.cursor()  # type: ignore[union-attr]
        try:
            while True:
                job = self.jobs.get()
                try:
                    if job is None:
                        return
                    for sql, params in job:
                        if self.error is not None or self.cancelled:
                            break
                        try:
                            cursor.execute(sql, params)
                        except BaseException as error:  # raised in the caller's thread
                            self.error, self.failed_sql = error, sql
                finally:
                    self.jobs.task_done()
        finally:
            cursor.close()

    def _raise(self) -> None:
        if self.error is not None:
            error, self.error = self.error, None
            self.cancelled = True
            raise _wrapped(self.connection, self.failed_sql, error) from error

    def submit(self, statements: list[tuple[str, Any]]) -> None:
        """Hand over statements (each with its parameters) to be executed in this order."""
        self._raise()
        self.jobs.put(statements)

    def drain(self, *_args: Any) -> None:
        """Wait until everything handed over is written (raises what the database refused)."""
        self.jobs.join()
        self._raise()

    def stop(self) -> None:
        self.jobs.put(None)
        self.thread.join()


@contextmanager
def pipelined(connection: sa.Connection, depth: int = 3) -> Iterator[None]:
    """Let :func:`insert_many` on ``connection`` hand its statements to a writer thread.

    Every other statement on ``connection`` (through SQLAlchemy) first waits until those handed
    over before it are written, so the order of everything stays as written; the block waits
    for the last one at its end, and an error of the database is raised (wrapped as SQLAlchemy
    wraps it) at the next call or at the end. On an exception the statements not yet begun are
    dropped and the one in progress is waited for before the caller rolls back. On a dialect
    other than SQLite and psycopg the block runs as before.
    """
    if _fast_path(connection.dialect) is None or _PIPELINE in connection.info:
        yield
        return
    pipeline = _Pipeline(connection, depth)
    connection.info[_PIPELINE] = pipeline
    sa.event.listen(connection, "before_cursor_execute", pipeline.drain)
    try:
        with quick_handover():
            yield
            pipeline.drain()
    except BaseException:
        pipeline.cancelled = True
        raise
    finally:
        pipeline.stop()
        sa.event.remove(connection, "before_cursor_execute", pipeline.drain)
        del connection.info[_PIPELINE]


def _wrapped(connection: sa.Connection, sql: str, error: BaseException) -> BaseException:
    """A driver's exception as SQLAlchemy would have raised it (so callers map it to German)."""
    dbapi = connection.dialect.loaded_dbapi
    if isinstance(error, dbapi.Error):
        return sa.exc.DBAPIError.instance(sql, None, error, dbapi.Error)
    return error


_uuid_hex = operator.attrgetter("hex")


def _processor(column_type: sa.types.TypeEngine, dialect: sa.Dialect) -> Any:
    """SQLAlchemy's bind processor for the column; for a UUID on SQLite the same conversion
    (``value.hex``, 32 hex digits) without its wrapper — a bulk write converts 700,000 of them."""
    processor = column_type.dialect_impl(dialect).bind_processor(dialect)
    if isinstance(column_type, sa.Uuid) and not dialect.supports_native_uuid and column_type.as_uuid:
        sample = uuid.UUID(int=0x1234)
        if processor is not None and processor(sample) == sample.hex:
            return _uuid_hex
    return processor


def _convert(processor, value: Any) -> Any:
    return value if value is None or processor is None else processor(value)
