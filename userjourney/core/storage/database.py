"""Opening a database: the one place that turns a path or URL into a ready :class:`Database`.

What :func:`open_database` guarantees, in this order, before anything is written:

1. the target is resolved (:mod:`.target`);
2. for SQLite, the folder exists and is writable, and an existing file really is a SQLite
   database of this program with a schema this version knows (:mod:`.sqlite_file`,
   :mod:`.schema`) — otherwise a :class:`~userjourney.core.errors.DatabaseError` with one
   German sentence, file untouched;
3. if the schema is behind, the file is first copied aside (SQLite online backup), then
   migrated to the Alembic head with foreign keys off (batch mode copies tables), then
   checked with ``PRAGMA foreign_key_check``;
4. a server database (PostgreSQL) must already have this version's schema: a coach's program
   never creates or migrates a shared server (others may be working on it); ``server init``
   does, as the owner (:mod:`.server`);
5. every connection runs with the settings of :mod:`.engine`; the shipped reason catalogue
   is seeded (:mod:`.catalogue`).

Writing needs the change history: :meth:`Database.transaction` refuses to run until a
recorder is installed (:mod:`.commits`), which :mod:`userjourney.core.history` does on import —
so no code path can write a tracked record without its history rows.

Nothing happens at import time: no engine exists until a caller opens one.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session

from userjourney.core.errors import DatabaseError, os_error_text
from userjourney.core.i18n import tr
from userjourney.core.private import create_private_file, make_private
from userjourney.core.storage import catalogue, commits
from userjourney.core.storage.backups import backup_before_migration
from userjourney.core.storage.engine import WRITE_OPTION, make_engine
from userjourney.core.storage.schema import (
    check_revision_known,
    current_revision,
    head_revision,
    migrate,
)
from userjourney.core.storage.sqlite_file import (
    check_folder,
    disk_nearly_full,
    folder_writable,
    read_access,
    read_revision,
)
from userjourney.core.storage.target import Target, resolve_target

# --------------------------------------------------------------------------- errors


def database_problem(exc: Exception, where: str, folder: Path | None = None) -> DatabaseError:
    """A German sentence for what SQLite (or the server) refused; the transaction was rolled back."""
    text = str(getattr(exc, "orig", exc))
    lowered = text.lower()
    nothing_lost = tr("Die Änderung wurde nicht gespeichert; alles bisher Gespeicherte ist unverändert.")
    if "full" in lowered or "no space" in lowered or ("i/o" in lowered and disk_nearly_full(folder)):
        message = tr("Auf dem Datenträger von „{path}“ ist kein Platz mehr.").format(path=where)
    elif "readonly" in lowered or "read-only" in lowered:
        message = tr("In die Datenbank „{path}“ kann nicht geschrieben werden (schreibgeschützt).").format(path=where)
    elif "locked" in lowered or "busy" in lowered:
        message = tr("Die Datenbank „{path}“ wird gerade von einem anderen Programm geändert.").format(path=where)
    elif "i/o" in lowered:
        message = tr("Der Datenträger von „{path}“ meldet einen Lese-/Schreibfehler.").format(path=where)
    elif "lock timeout" in lowered:
        message = tr("Dieser Eintrag wird gerade von einem anderen Vorgang (etwa einem Import) geändert; "
                     "bitte gleich noch einmal versuchen.")
    elif "row-level security" in lowered:
        message = tr("Das gehört nicht zu den Standorten Ihrer Anmeldung.")
    elif "permission denied" in lowered:
        message = tr("Dafür hat Ihre Anmeldung auf dem Server keine Berechtigung.")
    elif any(words in lowered for words in ("server closed the connection", "terminating connection",
                                            "connection is closed", "consuming input failed", "connection refused",
                                            "could not receive data", "could not send data")):
        message = tr("Die Verbindung zum Server „{path}“ ist unterbrochen; bitte gleich noch einmal versuchen.").format(
            path=where)
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
        #: The login on a server (from the URL), written into the history beside the name.
        self.login = None if target.is_sqlite else sa.make_url(target.url).username
        self._write_bind = engine.execution_options(**{WRITE_OPTION: True})
        self._subscribers: list[Callable[[commits.CommitInfo], None]] = []
        #: How many automatic backups to keep (from the settings of whoever opened it).
        self.backups_to_keep = 10
        #: Why a read-only database is read in a special way (a read-only medium, a full disk), else "".
        self.read_only_note = ""
        #: Closed by its owner: whoever still holds it (a window's look for others' changes) stops.
        self.closed = False

    @property
    def path(self) -> Path | None:
        return self.target.path

    def describe(self) -> str:
        return self.target.describe()

    def _session(self, bind) -> Session:
        return Session(
            bind=bind,
            expire_on_commit=False,
            info={commits.ACTOR: self.actor, commits.SUBSCRIBERS: self._subscribers, commits.LOGIN: self.login},
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

        After the block, :func:`userjourney.core.history.listeners.last_commit` on the session
        tells which transaction id (for undo) and which families were changed.
        """
        commits.require_recorder()
        with self._writing() as session:
            yield session

    @contextmanager
    def _writing(self) -> Iterator[Session]:
        """A write transaction (``BEGIN IMMEDIATE`` on SQLite); SQL errors become German sentences."""
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

    def subscribe(self, callback: Callable[[commits.CommitInfo], None]) -> None:
        """Call ``callback(CommitInfo)`` after every commit made through this database."""
        self._subscribers.append(callback)

    def unsubscribe(self, callback: Callable[[commits.CommitInfo], None]) -> None:
        if callback in self._subscribers:
            self._subscribers.remove(callback)

    def close(self) -> None:
        self.closed = True
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open_database(
    db: str | os.PathLike | None = None,
    *,
    read_only: bool = False,
    actor: str | None = None,
    create: bool = True,
    to_encrypt: bool = False,
) -> Database:
    """Open (and if needed create or migrate) the database at ``db``; see the module docstring.

    Where the organisation's policy requires encryption (:mod:`userjourney.core.policy`), a plain
    file is refused — unless it is opened ``to_encrypt`` (created or migrated, then encrypted)."""
    target = resolve_target(db)
    if target.is_sqlite and not to_encrypt:
        _check_policy(target.file)
    try:
        return _open(target, read_only=read_only, actor=actor, create=create)
    except sa.exc.DatabaseError as exc:
        raise DatabaseError(_unusable(target, exc)) from None


def _check_policy(path: Path) -> None:
    from userjourney.core.policy import load_policy
    from userjourney.core.storage.encryption import is_encrypted

    if load_policy().require_encryption and not is_encrypted(path):
        raise DatabaseError(tr("Ihre Organisation verlangt verschlüsselte Datenbanken, und „{path}“ ist nicht "
                               "verschlüsselt; bitte mit „userjourney encrypt --db {path}“ verschlüsseln.").format(
                                   path=path))


def _unusable(target: Target, exc: Exception) -> str:
    """Why a database cannot be used — a server's refusal in the words a coach reads (libpq's
    own are English), anything else with the driver's text."""
    error = str(getattr(exc, "orig", exc))
    lowered = error.lower()

    def says(*alternatives: tuple[str, ...]) -> bool:
        return any(all(word in lowered for word in words) for words in alternatives)

    server = target.describe()
    if not target.is_sqlite:
        if says(("password authentication failed",), ("no password supplied",), ("role", "does not exist")):
            return tr("Anmeldung oder Kennwort stimmen nicht für „{server}“.").format(server=server)
        if says(("connection refused",), ("timeout expired",), ("could not translate host name",),
                ("no route to host",), ("network is unreachable",)):
            return tr("Der Server „{server}“ antwortet nicht; bitte Name und Port prüfen und ob das Netz des "
                      "Büros erreichbar ist.").format(server=server)
        if says(("database", "does not exist")):
            return tr("Die Datenbank „{server}“ gibt es auf dem Server nicht.").format(server=server)
    return tr("Die Datenbank „{path}“ kann nicht benutzt werden: {error}").format(path=server, error=error)


def open_for_reading(db: str | os.PathLike | None = None, *, actor: str | None = None,
                     create: bool = True) -> Database:
    """A database for a command that only reads (``summary``, ``export``, ``backup`` …).

    An existing, current file is opened read-only — so it can be read from a read-only medium
    or a full disk (:attr:`Database.read_only_note` then says so). A file that does not exist
    yet is created, and one of an older version migrated, as the contract promises for every
    command (exchange-format §1); a server database is opened as usual. ``create=False``: only
    ever read-only (a missing file is an error).
    """
    target = resolve_target(db)
    if not create:
        return open_database(db, read_only=True, actor=actor)
    if target.is_sqlite and target.file.is_file() and target.file.stat().st_size > 0:
        check_folder(target, read_only=True)
        folder = target.file.parent
        if read_revision(target.file) == head_revision() or not folder_writable(folder) or disk_nearly_full(folder):
            return open_database(db, read_only=True, actor=actor)
    return open_database(db, actor=actor)


def _open(target: Target, *, read_only: bool, actor: str | None, create: bool) -> Database:
    read_mode, note = "mode=ro", ""
    if target.is_sqlite:
        check_folder(target, read_only)
        exists = target.file.exists() and target.file.stat().st_size > 0
        if not exists and (read_only or not create):
            raise DatabaseError(tr("Die Datenbank „{path}“ gibt es nicht.").format(path=target.file))
        revision = read_revision(target.file) if exists else None
        check_revision_known(revision, target.describe())
        if read_only:
            read_mode, note = read_access(target.file)
            if revision != head_revision():
                raise DatabaseError(tr(
                    "Die Datenbank „{path}“ stammt von einer älteren Version und muss erst aktualisiert werden; "
                    "das geht nur, wenn sie beschrieben werden kann.").format(path=target.file))
        else:
            _make_files_private(target.file)
        if not read_only and revision != head_revision():
            if revision is not None:
                backup_before_migration(target.file, revision)
            _migrate_sqlite(target)
    else:
        engine = make_engine(target)
        try:
            with engine.begin() as connection:
                revision = current_revision(connection)
        finally:
            engine.dispose()
        check_server_revision(revision, target.describe())

    engine = make_engine(target, read_only=read_only, read_mode=read_mode)
    database = Database(engine, target, read_only=read_only, actor=actor)
    database.read_only_note = note
    try:
        if not read_only:
            with database._writing() as session:  # reasons are not tracked: no recorder needed
                catalogue.ensure_catalogue(session)
    except BaseException:
        database.close()
        raise
    return database


def check_server_revision(revision: str | None, where: str) -> None:
    """A shared server is never created or migrated by a coach's program (others may be working
    with the older schema): ``server init`` does it, as the database's owner."""
    check_revision_known(revision, where)
    if revision is None:
        raise DatabaseError(tr("Die Datenbank „{server}“ ist noch nicht eingerichtet; das macht die IT mit "
                               "„userjourney server init“ (als Eigentümer der Datenbank).").format(server=where))
    if revision != head_revision():
        raise DatabaseError(tr("Die Datenbank „{server}“ hat den Stand einer älteren Version des Programms; die IT "
                               "aktualisiert sie mit „userjourney server init“.").format(server=where))


def _make_files_private(path: Path) -> None:
    """The database file created 0600 before SQLite creates it (its ``-wal``/``-shm`` take the
    file's mode), and files an older version left readable by others narrowed to 0600."""
    try:
        create_private_file(path, exclusive=True)
    except OSError as exc:
        raise DatabaseError(tr("Die Datenbank „{path}“ kann nicht angelegt werden: {error}").format(
            path=path, error=os_error_text(exc))) from None
    for suffix in ("", "-wal", "-shm", "-journal"):
        make_private(path.with_name(path.name + suffix))


def _migrate_sqlite(target: Target) -> None:
    engine = make_engine(target, foreign_keys=False)
    try:
        with engine.begin() as connection:
            migrate(connection)
            problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise DatabaseError(
                    tr("Nach der Aktualisierung der Datenbank „{path}“ passen Verweise nicht ({n}).").format(
                        path=target.file, n=len(problems)
                    )
                )
    except DatabaseError:
        raise
    except sa.exc.OperationalError as exc:
        raise DatabaseError(
            tr("Die Datenbank „{path}“ kann nicht aktualisiert werden: {error}").format(
                path=target.file, error=exc.orig
            )
        ) from None
    finally:
        engine.dispose()
