"""Opening a database to write: the writer's lock first, then the database — CLI and window alike.

A SQLite file is written by one program at a time (:mod:`.locking`). Before anything is put
beside the file (the lock, a backup), the file is checked: a file that is no usable database is
refused untouched. Then the lock is taken (waiting up to ``wait`` seconds, telling ``on_wait``
who holds it), optionally the day's first backup is made, and the database is opened (created
or migrated). A server database needs no lock: many write at once there, each in short
transactions.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from userjourney.core.errors import UserError
from userjourney.core.storage.backups import daily_backup
from userjourney.core.storage.database import Database, open_database
from userjourney.core.storage.locking import DatabaseLock
from userjourney.core.storage.schema import check_revision_known
from userjourney.core.storage.sqlite_file import check_folder, read_revision
from userjourney.core.storage.target import resolve_target


@dataclass
class Writer:
    """A database opened to write, with the writer's lock this program holds (``None`` on a server)."""

    database: Database
    lock: DatabaseLock | None
    #: The backup made on this opening (the first of the day), if any.
    daily_backup: Path | None = None
    #: Why the day's backup could not be made (the window says so and opens anyway), else "".
    backup_problem: str = ""

    def close(self) -> None:
        try:
            self.database.close()
        finally:
            if self.lock is not None:
                self.lock.release()

    def __enter__(self) -> Writer:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open_for_writing(
    db: str | os.PathLike | None,
    *,
    program: str,
    wait: float = 0.0,
    on_wait: Callable[[dict | None], None] | None = None,
    actor: str | None = None,
    backups_to_keep: int = 10,
    make_daily_backup: bool = False,
) -> Writer:
    """See the module docstring. Raises :class:`~userjourney.core.storage.locking.DatabaseInUse`
    when the lock stays taken, and :class:`~userjourney.core.errors.DatabaseError` for a file
    that cannot be used."""
    target = resolve_target(db)
    lock = None
    if target.is_sqlite:
        check_folder(target, read_only=False)
        if target.file.exists() and target.file.stat().st_size:
            check_revision_known(read_revision(target.file), target.describe())
        lock = DatabaseLock(target.file, program=program)
        lock.acquire(wait=max(wait, 0.0), on_wait=on_wait)
    try:
        made, problem = None, ""
        if make_daily_backup and target.is_sqlite:
            try:
                made = daily_backup(target.file, backups_to_keep)
            except UserError as exc:
                # A failed backup must not keep the coach from working; it is said, logged,
                # and the next start tries again.
                problem = exc.message
                logging.getLogger(__name__).warning("daily backup failed: %s", problem)
        database = open_database(db, actor=actor)
        database.backups_to_keep = backups_to_keep
        return Writer(database, lock, made, problem)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
