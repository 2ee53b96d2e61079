"""Copies of the database file, made with SQLite's online backup API — and restoring them.

The backup API copies a consistent snapshot page by page even while another connection is
using the file (a plain file copy of a WAL database can miss committed pages still in the
``-wal`` file). Copies go to ``backups/`` beside the database, written to a temporary name
first, flushed to disk and renamed, so a half-written copy never looks like a backup.

When copies are made automatically (each names its occasion):

* ``tag`` — the first start of the day (:func:`daily_backup`);
* ``vor-migration-<rev>`` — before the schema is migrated (:mod:`userjourney.core.storage.database`);
* ``vor-import`` — before an Excel import writes anything;
* ``vor-wiederherstellung`` — before a backup is restored, so a restore can be undone
  (``beschaedigt``: a damaged file, kept byte for byte before it was replaced).

Only the newest ``keep`` automatic copies are kept (setting ``backups_to_keep``); copies a
user makes elsewhere with ``userjourney backup FILE`` are never touched.

Restoring (:func:`restore_backup`) first checks the copy (a userjourney database, a schema
this version knows, ``PRAGMA integrity_check`` ok), then copies the current state aside, then
writes the copy's pages into the live file with the same backup API — one SQLite
transaction, so the file is either entirely the old or entirely the restored database.
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from userjourney.core.errors import DatabaseError
from userjourney.core.i18n import tr

BACKUP_FOLDER = "backups"
NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-\d+)?-(?P<reason>[a-z0-9_.-]+)\.sqlite$")
DAILY, BEFORE_IMPORT, BEFORE_RESTORE = "tag", "vor-import", "vor-wiederherstellung"
DAMAGED = "beschaedigt"


def backup_dir_for(db_path: Path) -> Path:
    return db_path.parent / BACKUP_FOLDER


def copy_database(source: Path, destination: Path) -> Path:
    """Copy ``source`` to ``destination`` atomically with the online backup API."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".part")
    try:
        src = sqlite3.connect(f"file:{source.as_posix()}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")  # a copy is one self-contained file
            finally:
                dst.close()
        finally:
            src.close()
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, destination)
        _fsync_folder(destination.parent)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        raise DatabaseError(
            tr("Die Sicherung von „{source}“ nach „{destination}“ ist fehlgeschlagen: {error}").format(
                source=source, destination=destination, error=exc
            )
        ) from None
    return destination


def _fsync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows has no directory handles to flush."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def timestamp(now: datetime | None = None) -> str:
    return (now or datetime.now()).strftime("%Y%m%d-%H%M%S")


def make_backup(db_path: Path, reason: str, *, keep: int | None = None, now: datetime | None = None) -> Path:
    """An automatic copy of ``db_path`` into ``backups/``, named by time and occasion."""
    folder = backup_dir_for(db_path)
    base = f"{db_path.stem}-{timestamp(now)}"
    target = folder / f"{base}-{reason}.sqlite"
    counter = 1
    while target.exists():  # two backups within one second (an import right after the start)
        counter += 1
        target = folder / f"{base}-{counter}-{reason}.sqlite"
    copy_database(db_path, target)
    if keep is not None:
        prune(db_path, keep)
    return target


def backup_before_migration(db_path: Path, revision: str) -> Path:
    """The copy taken before the schema of ``db_path`` (now at ``revision``) is migrated."""
    return make_backup(db_path, f"vor-migration-{revision}")


def backup_before_import(db_path: Path | None, keep: int | None = None) -> Path | None:
    """The copy taken right before an import writes (a file database only; ``None`` for a
    server); returns it."""
    if db_path is None:
        return None
    return make_backup(db_path, BEFORE_IMPORT, keep=keep)


def daily_backup(db_path: Path, keep: int, *, today: date | None = None) -> Path | None:
    """A copy on the first start of a day; ``None`` if today's copy exists (or nothing to copy)."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    today = today or date.today()
    if any(b.reason == DAILY and b.made_at.date() == today for b in list_backups(db_path, count_families=False)):
        return None
    return make_backup(db_path, DAILY, keep=keep, now=datetime.combine(today, datetime.now().time()))


# --------------------------------------------------------------------------- listing


@dataclass(frozen=True)
class BackupInfo:
    """One automatic copy: where, when, why, and how many families it holds."""

    path: Path
    made_at: datetime
    reason: str
    families: int | None
    size: int

    def describe_reason(self) -> str:
        if self.reason == DAILY:
            return tr("Tagessicherung")
        if self.reason == BEFORE_IMPORT:
            return tr("vor einem Import")
        if self.reason == BEFORE_RESTORE:
            return tr("vor einer Wiederherstellung")
        if self.reason == DAMAGED:
            return tr("die beschädigte Datei (vor der Wiederherstellung)")
        if self.reason.startswith("vor-migration"):
            return tr("vor einer Aktualisierung der Datenbank")
        return self.reason


def list_backups(db_path: Path, *, count_families: bool = True) -> list[BackupInfo]:
    """The automatic copies of ``db_path``, newest first (unreadable ones show no family count)."""
    folder = backup_dir_for(db_path)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"{db_path.stem}-*.sqlite"):
        match = NAME.match(path.name)
        if not match or match["stem"] != db_path.stem:
            continue
        made_at = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
        families = family_count(path) if count_families else None
        found.append(BackupInfo(path, made_at, match["reason"], families, path.stat().st_size))
    # Within one second the file's own modification time tells which came later.
    return sorted(found, key=lambda b: (b.made_at, b.path.stat().st_mtime_ns), reverse=True)


def family_count(path: Path) -> int | None:
    """How many families a database file holds, read without writing anything; ``None`` if unreadable."""
    try:
        conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro&immutable=1", uri=True)
        try:
            return conn.execute("SELECT count(*) FROM family").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def prune(db_path: Path, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` automatic copies; returns what was deleted."""
    keep = max(int(keep), 1)
    removed = []
    for old in list_backups(db_path, count_families=False)[keep:]:
        try:
            old.path.unlink()
            removed.append(old.path)
        except OSError:
            pass  # a copy opened elsewhere (Windows) stays until next time
    return removed


# --------------------------------------------------------------------------- restoring


def check_backup(path: Path) -> str | None:
    """Refuse anything that is not an intact userjourney database; returns its schema revision."""
    from userjourney.core.storage.schema import check_revision_known
    from userjourney.core.storage.sqlite_file import read_revision

    path = Path(path)
    if not path.is_file():
        raise DatabaseError(tr("Die Sicherung „{path}“ gibt es nicht.").format(path=path))
    revision = read_revision(path)
    if revision is None:
        raise DatabaseError(tr("„{path}“ ist keine userjourney-Datenbank (leer).").format(path=path))
    check_revision_known(revision, str(path))
    try:
        conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        result = str(exc)
    if result != "ok":
        raise DatabaseError(
            tr("Die Sicherung „{path}“ ist beschädigt ({error}) und wird nicht verwendet.").format(path=path, error=result)
        )
    return revision


def restore_backup(db_path: Path, backup: Path, *, keep: int | None = None) -> Path | None:
    """Replace the contents of ``db_path`` by ``backup``; returns the copy of the state before.

    An intact database is overwritten page by page with the backup API (one transaction: the
    file is entirely the old or entirely the restored database). A damaged file — the reason
    one restores, often — cannot be opened for that; it is kept aside byte for byte and
    replaced by a fresh copy of the backup. Callers close their own connections first and
    open the database again afterwards, which also migrates a copy made by an older version.
    """
    from userjourney.core.storage.sqlite_file import read_revision

    db_path, backup = Path(db_path), Path(backup)
    check_backup(backup)
    if backup.resolve() == db_path.resolve():
        raise DatabaseError(tr("Eine Datenbank kann nicht aus sich selbst wiederhergestellt werden."))
    intact = db_path.exists() and db_path.stat().st_size > 0
    if intact:
        try:
            read_revision(db_path)
        except DatabaseError:
            intact = False
    before: Path | None
    if intact:
        before = make_backup(db_path, BEFORE_RESTORE)
        _overwrite_pages(db_path, backup)
    else:
        before = _keep_damaged(db_path) if db_path.exists() else None
        _replace_file(db_path, backup)
    if keep is not None:
        prune(db_path, keep)
    return before


def _overwrite_pages(db_path: Path, backup: Path) -> None:
    try:
        src = sqlite3.connect(f"file:{backup.as_posix()}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(db_path, timeout=5)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=WAL")
                dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.Error as exc:
        raise DatabaseError(
            tr("Die Wiederherstellung aus „{backup}“ ist fehlgeschlagen ({error}); die Datenbank ist unverändert.").format(
                backup=backup, error=exc
            )
        ) from None


def _keep_damaged(db_path: Path) -> Path:
    """A byte-for-byte copy of an unreadable database (and its -wal) before it is replaced."""
    import shutil

    target = backup_dir_for(db_path) / f"{db_path.stem}-{timestamp()}-{DAMAGED}.sqlite"
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(db_path, target)
    wal = db_path.with_name(db_path.name + "-wal")
    if wal.exists():
        shutil.copy2(wal, target.with_name(target.name + "-wal"))
    return target


def _replace_file(db_path: Path, backup: Path) -> None:
    fresh = db_path.with_name(db_path.name + ".restoring")
    copy_database(backup, fresh)
    for suffix in ("-wal", "-shm"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    os.replace(fresh, db_path)
    _fsync_folder(db_path.parent)
