"""Restoring a backup as part of the change history, never around it.

A restore replaces the whole database by an older copy: the changes made since that copy
leave the history with it. Done silently, a restore could erase the traces of edits. So a
restore is itself a change: the restored history ends with a row (``record_type``
``database``, action ``restore``) saying who restored which backup when, and naming the copy
of the replaced state that was kept aside (:func:`userjourney.core.storage.backups.aside_path`)
— where the vanished changes can still be read.

The row is written into a staged copy of the backup *before* the live file is replaced, so
the file is at every moment either the old database or the restored one *with* its row —
a crash or power cut cannot leave a restore unrecorded. Staging also migrates a copy made by
an older version before it goes live. The caller holds the writer's lock and has closed its
connections.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

from userjourney.core.errors import os_error_text
from userjourney.core.history.rows import DATABASE_RECORD, RESTORE_ACTION, change_row, write_rows
from userjourney.core.i18n import tr
from userjourney.core.private import private_folder
from userjourney.core.storage.backups import (
    BackupFailed,
    aside_path,
    backup_dir_for,
    check_backup,
    copy_database,
    family_count,
    restore_backup,
)
from userjourney.core.storage.database import Database, open_database
from userjourney.core.storage.models import new_id, utcnow

#: Beside the backups: where the copy to restore is prepared (removed afterwards).
STAGING_FOLDER = ".wiederherstellung"


@dataclass(frozen=True)
class Restored:
    """What a restore did: which backup, where the replaced state is, how many families now."""

    backup: Path
    kept_aside: Path | None
    families: int | None


def restore_and_record(db_path: Path, backup: Path, *, keep: int | None = None,
                       actor: str | None = None) -> Restored:
    """Restore ``backup`` into ``db_path`` with a history row saying so (module docstring)."""
    db_path, backup = Path(db_path), Path(backup)
    check_backup(backup)
    aside = aside_path(db_path)
    staging = backup_dir_for(db_path) / STAGING_FOLDER
    shutil.rmtree(staging, ignore_errors=True)  # a restore that was cut off
    try:
        try:
            private_folder(staging)
        except OSError as exc:
            raise BackupFailed(tr("Der Ordner für Sicherungen „{folder}“ kann nicht benutzt werden: {error}").format(
                folder=staging.parent, error=os_error_text(exc))) from None
        staged = copy_database(backup, staging / db_path.name)
        with open_database(staged, actor=actor) as database:  # migrates an older copy
            record_restore(database, backup, aside)
        restore_backup(db_path, staged, keep=keep, aside=aside)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return Restored(backup, aside, family_count(db_path))


def record_restore(database: Database, backup: Path, kept_aside: Path | None) -> None:
    """The row: ``new_value`` names the backup, ``old_value`` the kept-aside replaced state."""
    row = change_row(
        DATABASE_RECORD, new_id(), None, RESTORE_ACTION,
        old_value=json.dumps({"file": str(kept_aside) if kept_aside else None}, ensure_ascii=False),
        new_value=json.dumps({"file": str(backup)}, ensure_ascii=False),
    )
    with database.transaction() as session:
        write_rows(session, [row], utcnow())
