"""Turning a database with all its backups into an encrypted one and back, and changing the
passphrase (``userjourney encrypt``, ``decrypt``, ``passphrase``; exchange-format §7).

Each file is copied with ``sqlcipher_export`` into a new file beside it, fsynced and renamed
over the old one; the old file's blocks are overwritten with zeros before they are let go (on an
SSD or a copy-on-write file system the drive may still keep old blocks: ``docs/data-protection.md``
says to encrypt a new database from the start). The keys file is written first and removed
last, so a killed run leaves every file readable on its own, and running the command again
finishes it. The caller holds the writer's lock.
"""

from __future__ import annotations

import os
import secrets
import sqlite3
from contextlib import closing, suppress
from dataclasses import dataclass
from pathlib import Path

from userjourney.core.errors import DatabaseError
from userjourney.core.i18n import tr
from userjourney.core.private import create_private_file
from userjourney.core.storage import keys
from userjourney.core.storage.backups import fsync_folder, list_backups
from userjourney.core.storage.encryption import cipher, errors, is_encrypted, keyed, unlock
from userjourney.core.storage.keys import PassphraseError

# --------------------------------------------------------------------------- encrypt / decrypt


@dataclass(frozen=True)
class Converted:
    """What :func:`encrypt_database` or :func:`decrypt_database` did."""

    database: Path
    files: tuple[Path, ...]  # the database and the backups converted
    recovery_key: str | None = None  # encrypt: shown once


def _files_of(db_path: Path) -> list[Path]:
    """The database and every copy of it the program keeps (backups, copies kept aside) — by
    :func:`list_backups`, so the backups of a database named like this one plus a suffix
    ("daten-alt") are not taken for its own."""
    return [db_path, *(backup.path for backup in list_backups(db_path, count_families=False))]


def encrypt_database(db_path: Path, passphrase: str, *, keep_in_keystore: bool = False) -> Converted:
    """Encrypt the database and its backups with a new data key; returns the recovery key.
    A plain (or missing) database is created or brought up to date first, so what gets
    encrypted is current. The caller holds the writer's lock. Running it again finishes a run
    that was killed."""
    from userjourney.core.storage.database import open_database

    db_path = Path(db_path).resolve()
    keys.check_passphrase(passphrase)
    if not is_encrypted(db_path):
        open_database(db_path, to_encrypt=True).close()
    if keys.keys_path(db_path).exists():
        key = keys.try_secret(db_path, passphrase)
        if key is None:
            raise PassphraseError(tr("Die Datenbank „{path}“ ist schon verschlüsselt, und die Passphrase passt "
                                     "nicht.").format(path=db_path))
        recovery = None
    else:
        key, recovery = secrets.token_bytes(32), keys.new_recovery_key()
        keys.write_keys(db_path, key, passphrase, recovery)
    converted = [path for path in _files_of(db_path)
                 if not is_encrypted(path) and _convert(path, key, encrypt=True, required=path == db_path)]
    keys.remember(db_path, key)
    if keep_in_keystore:
        keys.store_key(db_path, key)
    return Converted(db_path, tuple(converted), recovery)


def decrypt_database(db_path: Path) -> Converted:
    """Turn the database and its backups back into plain SQLite files, then drop the keys."""
    db_path = Path(db_path).resolve()
    key = unlock(db_path)
    converted = [path for path in _files_of(db_path)
                 if is_encrypted(path) and _convert(path, key, encrypt=False, required=path == db_path)]
    keys.keys_path(db_path).unlink(missing_ok=True)
    keys.forget_stored_key(db_path)
    keys.forget(db_path)
    return Converted(db_path, tuple(converted))


def change_passphrase(db_path: Path, new_passphrase: str) -> None:
    """Rewrap the data key (opened with the current passphrase or the recovery key)."""
    db_path = Path(db_path).resolve()
    key = unlock(db_path)
    keys.check_passphrase(new_passphrase)
    keys.rewrap_passphrase(db_path, key, new_passphrase)


def _convert(path: Path, key: bytes, *, encrypt: bool, required: bool) -> bool:
    """Rewrite one file encrypted (or plain) beside it and rename it into place. A backup that
    cannot be read stays as it is (``False``); the database itself must convert."""
    partial = path.with_name(path.name + ".part")
    partial.unlink(missing_ok=True)
    dbapi = cipher()
    try:
        if encrypt:
            with closing(sqlite3.connect(path, isolation_level=None)) as plain:
                plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        source = dbapi.connect(str(path), isolation_level=None)
        try:
            if not encrypt:
                keyed(source, key)
                source.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            create_private_file(partial)
            target_key = f"\"x'{key.hex()}'\"" if encrypt else "''"
            source.execute(f"ATTACH DATABASE ? AS converted KEY {target_key}", (str(partial),))
            source.execute("SELECT sqlcipher_export('converted')")
            version = source.execute("PRAGMA user_version").fetchone()[0]
            source.execute(f"PRAGMA converted.user_version = {int(version)}")
            source.execute("DETACH DATABASE converted")
        finally:
            source.close()
    except errors(OSError) as exc:
        with suppress(OSError):
            partial.unlink(missing_ok=True)
        if required:
            raise DatabaseError(tr("„{path}“ konnte nicht umgeschrieben werden ({error}); sie ist unverändert.").format(
                path=path, error=exc)) from None
        return False
    with open(partial, "rb+") as handle:
        os.fsync(handle.fileno())
    _replace_scrubbing(partial, path)
    return True


def _replace_scrubbing(new: Path, old: Path) -> None:
    """Rename ``new`` over ``old``, then overwrite the old file's bytes through a handle kept
    open across the rename, so its content does not linger in the blocks it leaves free.
    (Windows does not rename over an open file: there the old file is only replaced.)"""
    if os.name == "nt":
        os.replace(new, old)
        return  # (and Windows has no folder handles to flush)
    handle = open(old, "rb+")  # noqa: SIM115 - kept open across the rename on purpose
    try:
        size = os.fstat(handle.fileno()).st_size
        os.replace(new, old)
        for suffix in ("-wal", "-shm", "-journal"):
            with suppress(FileNotFoundError):
                os.unlink(f"{old}{suffix}")
        handle.seek(0)
        chunk = b"\0" * (1 << 20)
        for start in range(0, size, len(chunk)):
            handle.write(chunk[: min(len(chunk), size - start)])
        handle.flush()
        os.fsync(handle.fileno())
    finally:
        handle.close()
    fsync_folder(old.parent)  # the rename itself survives a power cut
