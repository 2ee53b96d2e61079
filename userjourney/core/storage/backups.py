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

Pruning (:func:`prune`) keeps the newest ``keep`` copies *of each kind* (setting
``backups_to_keep``) — so ten imports never push out the copy made before a restore — never
the newest of a kind, and never a kept-aside damaged file younger than 30 days; a copy goes
together with any ``-wal``/``-shm`` beside it, and such files left without their copy are
removed. Copies a user makes elsewhere with ``userjourney backup FILE`` are never touched.

Everything here is written for the user only: the folder 0700, every copy 0600
(:mod:`userjourney.core.private`). A copy that cannot be written raises
:class:`BackupFailed`; the caller decides whether that stops it (an import, a restore) or is
only said (the daily copy when the window opens).

Restoring (:func:`restore_backup`) first checks the copy (a userjourney database, a schema
this version knows, ``PRAGMA integrity_check`` ok), then copies the current state aside, then
writes the copy's pages into the live file with the same backup API — one SQLite
transaction, so the file is either entirely the old or entirely the restored database.
"""

from __future__ import annotations

import os
import re
import shutil
from collections import defaultdict
from contextlib import suppress
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from userjourney.core.errors import DatabaseError, os_error_text
from userjourney.core.i18n import tr
from userjourney.core.private import create_private_file, private_folder
from userjourney.core.storage.encryption import connect, errors, key_opening
from userjourney.core.storage.sqlite_file import read_access

BACKUP_FOLDER = "backups"
NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-\d+)?-(?P<reason>[a-z0-9_.-]+)\.sqlite$")
DAILY, BEFORE_IMPORT, BEFORE_RESTORE = "tag", "vor-import", "vor-wiederherstellung"
DAMAGED = "beschaedigt"
MIGRATION = "vor-migration"
#: A kept-aside damaged file stays at least this long, whatever the number of copies.
DAMAGED_KEPT_FOR = timedelta(days=30)
#: SQLite's files beside a database (a copy is one self-contained file, but a damaged file
#: is kept with its -wal, and a copy opened by hand may have grown them).
SIDE_FILES = ("-wal", "-shm", "-journal")


class BackupFailed(DatabaseError):
    """A copy could not be written (folder not writable, a file in its place, disk full)."""


def backup_dir_for(db_path: Path) -> Path:
    return db_path.parent / BACKUP_FOLDER


def copy_database(source: Path, destination: Path) -> Path:
    """Copy ``source`` to ``destination`` atomically with the online backup API (0600)."""
    partial = destination.with_name(destination.name + ".part")
    try:
        private_folder(destination.parent)
        key = key_opening(source)
        src = connect(source, read_access(source)[0], key=key)
        try:
            create_private_file(partial)
            dst = connect(partial, key=key)  # a copy of an encrypted database is encrypted alike
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
        fsync_folder(destination.parent)
    except errors(OSError) as exc:
        with suppress(OSError):
            partial.unlink(missing_ok=True)
        error = os_error_text(exc) if isinstance(exc, OSError) else str(exc)
        raise BackupFailed(
            tr("Die Sicherung von „{source}“ nach „{destination}“ ist fehlgeschlagen: {error}").format(
                source=source, destination=destination, error=error
            )
        ) from None
    return destination


def fsync_folder(folder: Path) -> None:
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
    target = new_backup_path(db_path, reason, now)
    copy_database(db_path, target)
    if keep is not None:
        prune(db_path, keep)
    return target


def new_backup_path(db_path: Path, reason: str, now: datetime | None = None) -> Path:
    """The name of a new automatic copy: ``backups/<name>-<time>[-<n>]-<reason>.sqlite``."""
    folder = backup_dir_for(db_path)
    base = f"{db_path.stem}-{timestamp(now)}"
    target = folder / f"{base}-{reason}.sqlite"
    counter = 1
    while target.exists():  # two backups within one second (an import right after the start)
        counter += 1
        target = folder / f"{base}-{counter}-{reason}.sqlite"
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
        try:
            made_at = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
            size = path.stat().st_size
        except (ValueError, OSError):
            continue  # not a real time stamp, or gone meanwhile
        families = family_count(path) if count_families else None
        found.append(BackupInfo(path, made_at, match["reason"], families, size))
    # Within one second the file's own modification time tells which came later.
    return sorted(found, key=lambda b: (b.made_at, _mtime(b.path)), reverse=True)


def _mtime(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0


def save_copy(db_path: Path, destination: Path) -> Path:
    """A copy the coach saves somewhere (Datei → Sicherungskopie, ``userjourney backup``). The
    copy of an encrypted database is encrypted alike, and its keys file goes with it
    (``<copy>.keys``: the wrapped key only — without the passphrase or the recovery key it opens
    nothing), so the copy can be opened on its own, anywhere."""
    from userjourney.core.storage.keys import keys_path_for

    copy_database(db_path, destination)
    keys = keys_path_for(db_path)
    if keys.exists():
        target = destination.with_name(destination.name + keys.suffix)
        partial = target.with_name(target.name + ".part")
        create_private_file(partial)
        partial.write_bytes(keys.read_bytes())
        os.replace(partial, target)
    return destination


def kind_of(reason: str) -> str:
    """The kind a copy is pruned with: its occasion, all schema migrations as one kind."""
    return MIGRATION if reason.startswith(MIGRATION) else reason


def family_count(path: Path) -> int | None:
    """How many families a database file holds, read without writing anything; ``None`` if unreadable."""
    try:
        conn = connect(path, "mode=ro&immutable=1")
        try:
            return conn.execute("SELECT count(*) FROM family").fetchone()[0]
        finally:
            conn.close()
    except errors(DatabaseError):
        return None


def prune(db_path: Path, keep: int, *, now: datetime | None = None) -> list[Path]:
    """Delete all but the newest ``keep`` automatic copies of each kind (see the module
    docstring); returns what was deleted. Never fails: what cannot be deleted stays."""
    keep = max(int(keep), 1)
    now = now or datetime.now()
    by_kind: dict[str, list[BackupInfo]] = defaultdict(list)
    for backup in list_backups(db_path, count_families=False):
        by_kind[kind_of(backup.reason)].append(backup)
    removed = []
    for kind, copies in by_kind.items():
        for old in copies[keep:]:
            if kind == DAMAGED and now - old.made_at < DAMAGED_KEPT_FOR:
                continue
            try:
                old.path.unlink()
            except OSError:
                continue  # a copy opened elsewhere (Windows) stays until next time
            removed.append(old.path)
            for suffix in SIDE_FILES:
                with suppress(OSError):
                    old.path.with_name(old.path.name + suffix).unlink(missing_ok=True)
    removed.extend(_remove_orphans(db_path))
    return removed


def _remove_orphans(db_path: Path) -> list[Path]:
    """``-wal``/``-shm``/``-journal`` files in ``backups/`` whose copy is gone (left by an older
    version's pruning), and ``.part`` files of copies that were cut off more than a day ago."""
    folder = backup_dir_for(db_path)
    removed: list[Path] = []
    try:
        candidates = list(folder.glob(f"{db_path.stem}-*"))
    except OSError:
        return removed
    day_ago = datetime.now().timestamp() - 86400
    for path in candidates:
        name = path.name
        orphan = False
        for suffix in SIDE_FILES:
            if name.endswith(".sqlite" + suffix):
                orphan = not path.with_name(name[: -len(suffix)]).exists()
        if name.endswith(".part"):
            with suppress(OSError):
                orphan = path.stat().st_mtime < day_ago
        if orphan:
            with suppress(OSError):
                path.unlink()
                removed.append(path)
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
        conn = connect(path, "mode=ro")
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            conn.close()
    except errors() as exc:
        result = str(exc)
    if result != "ok":
        raise DatabaseError(
            tr("Die Sicherung „{path}“ ist beschädigt ({error}) und wird nicht verwendet.").format(path=path, error=result)
        )
    return revision


def aside_path(db_path: Path) -> Path | None:
    """Where :func:`restore_backup` will keep the state it replaces (``None``: no file to keep).

    Decided before the restore, so the history row of the restore can name it: a copy
    ``vor-wiederherstellung`` of an intact database, ``beschaedigt`` for one that is not.
    """
    db_path = Path(db_path)
    if not db_path.exists():
        return None
    return new_backup_path(db_path, BEFORE_RESTORE if _intact(db_path) else DAMAGED)


def _intact(db_path: Path) -> bool:
    """A userjourney database whose pages SQLite can read (``PRAGMA quick_check``)."""
    from userjourney.core.storage.sqlite_file import read_revision

    try:
        if db_path.stat().st_size == 0 or read_revision(db_path) is None:
            return False
        conn = connect(db_path, "mode=ro")
        try:
            return conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            conn.close()
    except errors(OSError, DatabaseError):
        return False


def restore_backup(db_path: Path, backup: Path, *, keep: int | None = None, aside: Path | None = None) -> Path | None:
    """Replace the contents of ``db_path`` by ``backup``; returns the copy of the state before
    (at ``aside``, default :func:`aside_path`).

    An intact database is copied aside, then overwritten page by page with the backup API (one
    transaction: the file is entirely the old or entirely the restored database). A damaged
    file — the reason one restores, often — cannot be opened for that; it is kept aside byte
    for byte (with its ``-wal``) and replaced by a fresh copy of the backup. If the state
    before cannot be kept aside, nothing is replaced (:class:`BackupFailed`). Callers hold the
    writer's lock, close their own connections first and open the database again afterwards,
    which also migrates a copy made by an older version.
    """
    db_path, backup = Path(db_path), Path(backup)
    check_backup(backup)
    if db_path.exists() and backup.resolve() == db_path.resolve():
        raise DatabaseError(tr("Eine Datenbank kann nicht aus sich selbst wiederhergestellt werden."))
    if aside is None:
        aside = aside_path(db_path)
    if aside is None:
        _replace_file(db_path, backup)
    elif aside.name.endswith(f"-{DAMAGED}.sqlite"):
        _keep_damaged(db_path, aside)
        _replace_file(db_path, backup)
    else:
        try:
            copy_database(db_path, aside)
        except BackupFailed:
            if _intact(db_path):
                raise  # the folder or the disk: nothing replaced
            _keep_damaged(db_path, aside)  # pages SQLite cannot copy: keep the bytes
        try:
            _overwrite_pages(db_path, backup)
        except DatabaseError:
            if _intact(db_path):
                raise
            _replace_file(db_path, backup)
    if keep is not None:
        prune(db_path, keep)
    return aside


def _overwrite_pages(db_path: Path, backup: Path) -> None:
    try:
        key = key_opening(backup)
        src = connect(backup, "mode=ro", key=key)
        try:
            dst = connect(db_path, key=key)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=WAL")
                dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                dst.close()
        finally:
            src.close()
    except errors() as exc:
        raise DatabaseError(
            tr("Die Wiederherstellung aus „{backup}“ ist fehlgeschlagen ({error}); die Datenbank ist unverändert.").format(
                backup=backup, error=exc
            )
        ) from None


def _keep_damaged(db_path: Path, target: Path) -> Path:
    """A byte-for-byte copy of an unreadable database (and its -wal) at ``target`` before it is
    replaced; :class:`BackupFailed` if it cannot be made — then nothing is replaced."""
    wal = db_path.with_name(db_path.name + "-wal")
    try:
        private_folder(target.parent)
        for source, copy in ((db_path, target), (wal, target.with_name(target.name + "-wal"))):
            if source.exists():
                create_private_file(copy)
                shutil.copyfile(source, copy)
                with open(copy, "rb+") as handle:
                    os.fsync(handle.fileno())
        fsync_folder(target.parent)
    except OSError as exc:
        raise BackupFailed(
            tr("Die beschädigte Datei „{path}“ kann nicht nach „{folder}“ beiseitegelegt werden ({error}); "
               "sie bleibt, wie sie ist.").format(path=db_path, folder=target.parent, error=os_error_text(exc))
        ) from None
    return target


def _replace_file(db_path: Path, backup: Path) -> None:
    fresh = db_path.with_name(db_path.name + ".restoring")
    copy_database(backup, fresh)
    for suffix in ("-wal", "-shm"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    os.replace(fresh, db_path)
    fsync_folder(db_path.parent)
