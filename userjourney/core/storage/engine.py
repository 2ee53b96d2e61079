"""Engines with the connection settings every database of this program runs with.

SQLite: ``foreign_keys=ON``, ``journal_mode=WAL``, ``synchronous=FULL`` (an acknowledged commit
survives a power cut), a busy timeout, and real transactions — ``BEGIN`` is issued here, so DDL
and reads are transactional too, and a write transaction takes ``BEGIN IMMEDIATE`` (a connection
whose execution options carry ``uj_write``). A read-only engine opens the file with
``mode=ro``, or as ``immutable`` on a read-only medium
(:func:`~userjourney.core.storage.sqlite_file.read_access`). Other databases get SQLAlchemy's
defaults and a pre-ping. An encrypted file (:mod:`.encryption`) gets the same settings over SQLCipher.
"""

from __future__ import annotations

import sqlalchemy as sa

from userjourney.core.storage.encryption import cipher, connect, is_encrypted, unlock
from userjourney.core.storage.target import Target

BUSY_TIMEOUT_MS = 5000
#: The execution option that makes a SQLite transaction take the write lock up front.
WRITE_OPTION = "uj_write"


def make_engine(target: Target, *, read_only: bool = False, foreign_keys: bool = True,
                read_mode: str = "mode=ro") -> sa.Engine:
    if not target.is_sqlite:
        return sa.create_engine(target.url, pool_pre_ping=True)
    if is_encrypted(target.file):
        engine = _encrypted_engine(target, read_mode if read_only else "")
    else:
        if read_only:
            url = f"sqlite+pysqlite:///file:{target.file.as_posix()}?{read_mode}&uri=true"
        else:
            url = target.url
        engine = sa.create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        # We issue BEGIN ourselves (see _on_begin); pysqlite's own handling would leave DDL
        # and plain reads outside any transaction.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if not read_only:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _on_begin(connection):
        write = connection.get_execution_options().get(WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write and not read_only else "BEGIN")

    return engine


def _encrypted_engine(target: Target, params: str) -> sa.Engine:
    """The same SQLite dialect over SQLCipher: each connection keyed before its first statement
    (a creator, since SQLAlchemy's own first queries would otherwise come before the key), and
    SQLCipher's module so that its errors are SQLAlchemy's errors."""
    key = unlock(target.file)

    def creator():
        return connect(target.file, params, key=key, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)

    return sa.create_engine("sqlite+pysqlite://", creator=creator, module=cipher())
