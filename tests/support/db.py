"""Reading a database the way a test checks it: every row of every table — on a SQLite file or
on a server (a URL, ``tests/support/postgres.py``), the same way."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any


def is_url(target: Any) -> bool:
    return "://" in str(target)


@contextmanager
def rows_of(target: Path | str) -> Iterator[Any]:
    """``query(sql)`` → list of tuples, on a SQLite file (opened read-only) or a server URL."""
    if is_url(target):
        import sqlalchemy as sa

        engine = sa.create_engine(str(target))
        try:
            with engine.connect() as connection:
                yield lambda sql: [tuple(row) for row in connection.exec_driver_sql(sql)]
        finally:
            engine.dispose()
        return
    from userjourney.core.storage.encryption import connect, is_encrypted, unlock

    key = unlock(Path(target)) if is_encrypted(Path(target)) else None  # an encrypted file: as the program opens it
    conn = connect(Path(target), "mode=ro", key=key)
    try:
        yield lambda sql: conn.execute(sql).fetchall()
    finally:
        conn.close()


def dialect(target: Path | str) -> str:
    return str(target).split(":", 1)[0].split("+", 1)[0] if is_url(target) else "sqlite"


def dump(target: Path | str) -> dict[str, list[tuple]]:
    """Every row of every table, sorted: equal dumps = an untouched database (read-only open)."""
    with rows_of(target) as query:
        if dialect(target) == "sqlite":
            tables = [r[0] for r in query("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        else:
            tables = [r[0] for r in query("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                                           "ORDER BY tablename")]
        return {t: sorted(query(f'SELECT * FROM "{t}"'), key=repr) for t in tables}


def recorded_as(database, name: str) -> str:
    """The actor a history row of ``database`` carries for ``name``: on a server with the login."""
    return f"{name} ({database.login})" if database.login and database.login != name else name
