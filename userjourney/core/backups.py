"""Copies of the database file, made with SQLite's online backup API.

The backup API copies a consistent snapshot page by page even while another connection is
using the file (a plain file copy of a WAL database can miss committed pages still in the
``-wal`` file). Copies go to ``backups/`` beside the database, written to a temporary name
first and renamed, so a half-written copy never looks like a backup.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from userjourney.core.errors import DatabaseError
from userjourney.core.i18n import tr

BACKUP_FOLDER = "backups"


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
            finally:
                dst.close()
        finally:
            src.close()
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, destination)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        raise DatabaseError(
            tr("Die Sicherung von „{source}“ nach „{destination}“ ist fehlgeschlagen: {error}").format(
                source=source, destination=destination, error=exc
            )
        ) from None
    return destination


def timestamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S")


def backup_before_migration(db_path: Path, revision: str) -> Path:
    """The copy taken before the schema of ``db_path`` (now at ``revision``) is migrated."""
    name = f"{db_path.stem}-{timestamp()}-vor-migration-{revision}.sqlite"
    return copy_database(db_path, backup_dir_for(db_path) / name)
