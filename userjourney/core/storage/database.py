"""Opening a database: the one place that turns a path or URL into a ready :class:`Database`.

What :func:`open_database` guarantees, in this order, before anything is written:

1. the target is resolved: an explicit path/URL, else ``USERJOURNEY_DB``, else the SQLite file
   in the per-user data directory (created on first use);
2. for SQLite, the folder exists and is writable, and an existing file really is a SQLite
   database of this program with a schema this version knows — otherwise a
   :class:`~userjourney.core.errors.DatabaseError` with one German sentence, file untouched;
3. if the schema is behind, the file is first copied aside (SQLite online backup), then
   migrated to the Alembic head with foreign keys off (batch mode copies tables), then
   checked with ``PRAGMA foreign_key_check``;
4. every connection runs with ``foreign_keys=ON``, ``journal_mode=WAL``,
   ``synchronous=FULL`` (an acknowledged commit survives a power cut) and real
   transactions (``BEGIN`` is issued by us, so DDL and reads are transactional too; writes
   take ``BEGIN IMMEDIATE``).

Nothing happens at import time: no engine exists until a caller opens one.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session

from userjourney.core import history, reasons
from userjourney.core.backups import backup_before_migration
from userjourney.core.errors import DatabaseError
from userjourney.core.i18n import tr
from userjourney.paths import default_database_path

ENV_VAR = "USERJOURNEY_DB"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


class FolderError(DatabaseError):
    """The database's folder is missing or cannot be written: nothing to restore, nothing touched."""


class NewerSchemaError(DatabaseError):
    """The file comes from a newer version of the program: it is fine, the program is old."""


@dataclass(frozen=True)
class Target:
    """A resolved database location: a SQLite file (``path``) or a server URL."""

    url: str
    path: Path | None
    explicit: bool

    @property
    def is_sqlite(self) -> bool:
        return self.path is not None

    def describe(self) -> str:
        return str(self.path) if self.path else sa.make_url(self.url).render_as_string(hide_password=True)


def resolve_target(db: str | os.PathLike | None = None) -> Target:
    """Where to open: ``db`` (path or URL), else ``$USERJOURNEY_DB``, else the per-user default."""
    explicit = db is not None and str(db) != ""
    if not explicit:
        env = os.environ.get(ENV_VAR, "")
        explicit = env != ""
        db = env if explicit else default_database_path()
    text = str(db)
    if "://" in text:
        url = sa.make_url(text)
        if url.get_backend_name() == "sqlite":
            database = url.database or ""
            if database in ("", ":memory:"):
                raise DatabaseError(tr("Eine Datenbank im Arbeitsspeicher kann nicht geöffnet werden."))
            return Target(f"sqlite+pysqlite:///{Path(database).resolve()}", Path(database).resolve(), explicit)
        return Target(text, None, explicit)
    path = Path(text).expanduser().resolve()
    return Target(f"sqlite+pysqlite:///{path}", path, explicit)


# --------------------------------------------------------------------------- Alembic


def _alembic_config():
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def script_directory():
    """Alembic's view of the migrations (imports Alembic: only for migrating and for tests)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config())


_REVISION_LINE = re.compile(r"""^(revision|down_revision)\s*(?::[^=]*)?=\s*(None|['"]([^'"]+)['"])""", re.M)


@cache
def known_revisions() -> dict[str, str | None]:
    """Every migration's revision → the one before it, read from the files in ``versions/``.

    Reading two lines per file instead of importing Alembic keeps the start of every command
    and of the window about a tenth of a second shorter; Alembic is imported only when a
    migration is due. A test checks that this agrees with Alembic's own reading.
    """
    found: dict[str, str | None] = {}
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        values = {m.group(1): m.group(3) for m in _REVISION_LINE.finditer(path.read_text(encoding="utf-8"))}
        if "revision" in values:
            found[values["revision"]] = values.get("down_revision")
    return found


def head_revision() -> str:
    """The newest schema revision this version of the program knows."""
    revisions = known_revisions()
    parents = set(revisions.values())
    (head,) = [r for r in revisions if r not in parents]
    return head


def current_revision(connection: sa.Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def migrate(connection: sa.Connection, revision: str = "head") -> None:
    """Bring the schema on ``connection`` to ``revision`` (inside the caller's transaction)."""
    from alembic import command

    config = _alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, revision)


# --------------------------------------------------------------------------- engines


def _make_engine(target: Target, *, read_only: bool = False, foreign_keys: bool = True) -> sa.Engine:
    if not target.is_sqlite:
        return sa.create_engine(target.url, pool_pre_ping=True)
    if read_only:
        url = f"sqlite+pysqlite:///file:{target.path.as_posix()}?mode=ro&uri=true"
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
        write = connection.get_execution_options().get("uj_write", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write and not read_only else "BEGIN")

    return engine


# --------------------------------------------------------------------------- file checks


def check_folder(target: Target, read_only: bool) -> None:
    """The database's folder exists (the default one is created) and, for writing, is writable."""
    folder = target.path.parent
    if not folder.exists():
        if target.explicit:
            raise FolderError(tr("Der Ordner „{folder}“ existiert nicht.").format(folder=folder))
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise FolderError(
                tr("Der Datenordner „{folder}“ kann nicht angelegt werden: {error}").format(
                    folder=folder, error=exc.strerror or exc
                )
            ) from None
    if not folder.is_dir():
        raise FolderError(tr("„{folder}“ ist kein Ordner.").format(folder=folder))
    if not read_only and not _folder_writable(folder):
        raise FolderError(
            tr("In den Ordner „{folder}“ kann nicht geschrieben werden (schreibgeschützt).").format(
                folder=folder
            )
        )


def _folder_writable(folder: Path) -> bool:
    """Try it rather than trust permission bits (ACLs, network drives, root)."""
    try:
        fd, probe = tempfile.mkstemp(prefix=".userjourney-probe-", dir=folder)
    except OSError:
        return False
    os.close(fd)
    os.unlink(probe)
    return True


def _read_only_uri(path: Path) -> str:
    """A URI that reads ``path`` without creating anything beside it.

    Without a ``-wal`` file everything committed is in the main file, so SQLite may treat it
    as immutable (no ``-shm``/``-wal`` is created). With one, a normal read-only open is
    needed to see the committed pages still in the WAL.
    """
    wal = path.with_name(path.name + "-wal")
    mode = "mode=ro" if wal.exists() else "immutable=1"
    return f"file:{path.as_posix()}?{mode}"


def _check_size(path: Path, header: bytes) -> None:
    """A file shorter than the page count its header promises was cut off (copy, full disk)."""
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    valid_for = int.from_bytes(header[92:96], "big")
    change_counter = int.from_bytes(header[24:28], "big")
    if pages and valid_for == change_counter and path.stat().st_size < pages * page_size:
        raise DatabaseError(
            tr("„{path}“ ist unvollständig (abgeschnitten) und kann nicht geöffnet werden.").format(path=path)
        )


def read_revision(path: Path) -> str | None:
    """The schema revision of an existing file, read without writing; raises DatabaseError."""
    with open(path, "rb") as handle:
        header = handle.read(100)
    if header[: len(SQLITE_HEADER)] != SQLITE_HEADER or len(header) < 100:
        raise DatabaseError(tr("„{path}“ ist keine userjourney-Datenbank (keine SQLite-Datei).").format(path=path))
    _check_size(path, header)
    try:
        connection = sqlite3.connect(_read_only_uri(path), uri=True)
        try:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not tables:
                return None
            if "alembic_version" not in tables:
                raise DatabaseError(
                    tr("„{path}“ ist eine SQLite-Datenbank, aber keine von userjourney.").format(path=path)
                )
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            return row[0] if row else None
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(
            tr("„{path}“ ist beschädigt oder keine Datenbank ({error}).").format(path=path, error=exc)
        ) from None


def check_revision_known(revision: str | None, where: str) -> None:
    """Refuse a database whose schema comes from a newer version of the program."""
    if revision is None or revision in known_revisions():
        return
    raise NewerSchemaError(
        tr(
            "Die Datenbank „{path}“ stammt von einer neueren Version von userjourney "
            "(Schema {revision}); bitte installieren Sie die neueste Version."
        ).format(path=where, revision=revision)
    )


# --------------------------------------------------------------------------- errors


#: Below this much free space a write error is taken for a full disk (SQLite often reports
#: only "disk I/O error" when the write-ahead log or its index cannot grow).
LOW_SPACE_BYTES = 8 * 1024 * 1024


def _disk_nearly_full(folder: Path | None) -> bool:
    if folder is None:
        return False
    try:
        return shutil.disk_usage(folder).free < LOW_SPACE_BYTES
    except OSError:
        return False


def database_problem(exc: Exception, where: str, folder: Path | None = None) -> DatabaseError:
    """A German sentence for what SQLite (or the server) refused; the transaction was rolled back."""
    text = str(getattr(exc, "orig", exc))
    lowered = text.lower()
    nothing_lost = tr("Die Änderung wurde nicht gespeichert; alles bisher Gespeicherte ist unverändert.")
    if "full" in lowered or "no space" in lowered or ("i/o" in lowered and _disk_nearly_full(folder)):
        message = tr("Auf dem Datenträger von „{path}“ ist kein Platz mehr.").format(path=where)
    elif "readonly" in lowered or "read-only" in lowered:
        message = tr("In die Datenbank „{path}“ kann nicht geschrieben werden (schreibgeschützt).").format(path=where)
    elif "locked" in lowered or "busy" in lowered:
        message = tr("Die Datenbank „{path}“ wird gerade von einem anderen Programm geändert.").format(path=where)
    elif "i/o" in lowered:
        message = tr("Der Datenträger von „{path}“ meldet einen Lese-/Schreibfehler.").format(path=where)
    elif isinstance(exc, sa.exc.IntegrityError):
        message = tr("Die Änderung widerspricht einer Regel der Datenbank ({error}).").format(error=text)
    else:
        message = tr("Die Datenbank „{path}“ meldet einen Fehler ({error}).").format(path=where, error=text)
    return DatabaseError(f"{message} {nothing_lost}")


def _rollback_quietly(session: Session) -> None:
    """Roll back; a rollback that fails too (disk gone) must not hide the first error."""
    try:
        session.rollback()
    except sa.exc.DBAPIError:
        pass


# --------------------------------------------------------------------------- Database


class Database:
    """An open database: sessions for reading, transactions for writing, commit notifications."""

    def __init__(self, engine: sa.Engine, target: Target, *, read_only: bool, actor: str | None):
        self.engine = engine
        self.target = target
        self.read_only = read_only
        self.actor = actor
        self._write_bind = engine.execution_options(uj_write=True)
        self._subscribers: list[Callable[[history.CommitInfo], None]] = []
        #: How many automatic backups to keep (from the settings of whoever opened it).
        self.backups_to_keep = 10

    @property
    def path(self) -> Path | None:
        return self.target.path

    def describe(self) -> str:
        return self.target.describe()

    def _session(self, bind) -> Session:
        return Session(
            bind=bind,
            expire_on_commit=False,
            info={history.ACTOR: self.actor, history.SUBSCRIBERS: self._subscribers},
        )

    def session(self) -> Session:
        """A session for reading: a plain ``BEGIN``, so it never waits for or blocks a writer.

        Writes go through :meth:`transaction`, which takes the write lock up front
        (``BEGIN IMMEDIATE``); upgrading a read transaction to a write one could fail with
        "database is locked" when another connection wrote in between.
        """
        return self._session(self.engine)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """``with db.transaction() as s:`` — commits at the end, rolls back on any exception.

        After the block, :func:`userjourney.core.history.last_commit` on the session tells
        which transaction id (for undo) and which families were changed.
        """
        if self.read_only:
            raise DatabaseError(tr("Die Datenbank ist nur zum Lesen geöffnet."))
        session = self._session(self._write_bind)
        try:
            yield session
            session.commit()
        except sa.exc.DBAPIError as exc:
            _rollback_quietly(session)
            raise database_problem(exc, self.describe(), self.path.parent if self.path else None) from None
        except BaseException:
            _rollback_quietly(session)
            raise
        finally:
            session.close()

    def subscribe(self, callback: Callable[[history.CommitInfo], None]) -> None:
        """Call ``callback(CommitInfo)`` after every commit made through this database."""
        self._subscribers.append(callback)

    def unsubscribe(self, callback: Callable[[history.CommitInfo], None]) -> None:
        if callback in self._subscribers:
            self._subscribers.remove(callback)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Database":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open_database(
    db: str | os.PathLike | None = None,
    *,
    read_only: bool = False,
    actor: str | None = None,
    create: bool = True,
) -> Database:
    """Open (and if needed create or migrate) the database at ``db``; see the module docstring."""
    target = resolve_target(db)
    try:
        return _open(target, read_only=read_only, actor=actor, create=create)
    except sa.exc.DatabaseError as exc:
        raise DatabaseError(
            tr("Die Datenbank „{path}“ kann nicht benutzt werden: {error}").format(
                path=target.describe(), error=getattr(exc, "orig", exc)
            )
        ) from None


def _open(target: Target, *, read_only: bool, actor: str | None, create: bool) -> Database:
    if target.is_sqlite:
        check_folder(target, read_only)
        exists = target.path.exists() and target.path.stat().st_size > 0
        if not exists and (read_only or not create):
            raise DatabaseError(tr("Die Datenbank „{path}“ gibt es nicht.").format(path=target.path))
        revision = read_revision(target.path) if exists else None
        check_revision_known(revision, target.describe())
        if not read_only and revision != head_revision():
            if revision is not None:
                backup_before_migration(target.path, revision)
            _migrate_sqlite(target)
    else:
        engine = _make_engine(target)
        with engine.begin() as connection:
            check_revision_known(current_revision(connection), target.describe())
            if not read_only:
                migrate(connection)
        engine.dispose()

    engine = _make_engine(target, read_only=read_only)
    database = Database(engine, target, read_only=read_only, actor=actor)
    try:
        if not read_only:
            with database.transaction() as session:
                reasons.ensure_catalogue(session)
    except BaseException:
        database.close()
        raise
    return database


def _migrate_sqlite(target: Target) -> None:
    engine = _make_engine(target, foreign_keys=False)
    try:
        with engine.begin() as connection:
            migrate(connection)
            problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise DatabaseError(
                    tr("Nach der Aktualisierung der Datenbank „{path}“ passen Verweise nicht ({n}).").format(
                        path=target.path, n=len(problems)
                    )
                )
    except DatabaseError:
        raise
    except sa.exc.OperationalError as exc:
        raise DatabaseError(
            tr("Die Datenbank „{path}“ kann nicht aktualisiert werden: {error}").format(
                path=target.path, error=exc.orig
            )
        ) from None
    finally:
        engine.dispose()
