"""Encrypted SQLite files (SQLCipher 4, exchange-format §7): telling them apart and opening them.

A file is *encrypted* when it does not start with SQLite's header (SQLCipher encrypts every
page, the first included) — so a database, a backup and a copy kept aside each say for
themselves what they are, and a half-finished ``encrypt`` leaves files that each open. Every
raw connection of the storage layer comes from :func:`connect`, which keys it with the data
key (:mod:`.keys`) when the file is encrypted; the engine does the same through its creator.

Turning files into encrypted ones and back is :mod:`.encrypting`.

SQLCipher is the ``sqlcipher3`` package (wheels for Windows, macOS and Linux); a plain
database never loads it.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

from userjourney.core.errors import DatabaseError
from userjourney.core.i18n import tr
from userjourney.core.storage import keys
from userjourney.core.storage.keys import PASSPHRASE_VARIABLE, PassphraseError

SQLITE_HEADER = b"SQLite format 3\x00"


def is_encrypted(path: Path) -> bool:
    """A non-empty file that is not plain SQLite (what else it is, opening it tells)."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError:
        return False
    return len(header) > 0 and header != SQLITE_HEADER


def cipher():
    """The SQLCipher DB-API module, or a clear refusal where it is not installed."""
    try:
        from sqlcipher3 import dbapi2
    except ImportError:
        raise DatabaseError(tr("Verschlüsselte Datenbanken brauchen das Paket „sqlcipher3“; es ist hier nicht "
                               "installiert.")) from None
    return dbapi2


def errors(*more: type[Exception]) -> tuple[type[Exception], ...]:
    """The driver errors of both SQLite modules (and ``more``), for ``except``."""
    try:
        from sqlcipher3 import dbapi2
    except ImportError:
        return (sqlite3.Error, *more)
    return (sqlite3.Error, dbapi2.Error, *more)


def keyed(connection, key: bytes) -> None:
    connection.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is our message, not a line on stderr
    connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    connection.execute("PRAGMA secure_delete = ON")
    # decrypting a page costs more than reading it: keep up to 32 MiB of decrypted pages per connection
    connection.execute("PRAGMA cache_size = -32768")


def connect(path: Path, params: str = "", *, key: bytes | None = None, timeout: float = 5.0,
            check_same_thread: bool = True) -> Any:
    """A DB-API connection to the SQLite file ``path`` (``params``: URI parameters such as
    ``mode=ro``), keyed when the file is encrypted: with ``key``, else the key of its database,
    else any key unlocked in this process (a backup shares its database's key)."""
    uri = f"file:{Path(path).as_posix()}" + (f"?{params}" if params else "")
    if key is None and not is_encrypted(path):
        return sqlite3.connect(uri, uri=True, timeout=timeout, check_same_thread=check_same_thread)
    dbapi = cipher()
    candidates = [key] if key is not None else [k for k in [keys.key_for(path)] if k] + keys.unlocked_keys()
    for candidate in dict.fromkeys(candidates):
        connection = dbapi.connect(uri, uri=True, timeout=timeout, check_same_thread=check_same_thread)
        try:
            keyed(connection, candidate)
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return connection
        except dbapi.DatabaseError:
            connection.close()
    raise PassphraseError(tr("„{path}“ ist verschlüsselt, und kein entsperrter Schlüssel passt.").format(path=path))


def key_opening(path: Path) -> bytes | None:
    """The key an encrypted file opens with (``None`` for a plain one)."""
    return unlock(path) if is_encrypted(path) else None


def opens_with(path: Path, key: bytes) -> bool:
    try:
        connect(path, "mode=ro", key=key).close()
        return True
    except errors(DatabaseError):
        return False


def unlock(db_path: Path) -> bytes:
    """The data key of the encrypted database at ``db_path`` (see :mod:`.keys` for the order
    of the sources); raises :class:`PassphraseError` (exit 4) when there is none or it is wrong."""
    db_path = Path(db_path).resolve()
    key = keys.key_for(db_path)
    if key is not None:
        return key
    for key in keys.unlocked_keys():  # a backup of a database unlocked already
        if opens_with(db_path, key):
            keys.remember(db_path, key)
            return key
    given = os.environ.get(PASSPHRASE_VARIABLE)
    if given:
        key = keys.try_secret(db_path, given)
        if key is None:
            raise PassphraseError(tr("Die Passphrase für „{path}“ ist falsch ({variable}).").format(
                path=db_path, variable=PASSPHRASE_VARIABLE))
        keys.remember(db_path, key)
        return key
    key = keys.stored_key(db_path)
    if key is not None and opens_with(db_path, key):
        keys.remember(db_path, key)
        return key
    wrong = False
    for _attempt in range(3):
        answer = keys.ask(db_path, wrong) if keys.ask is not None else None
        if not answer:
            break
        key = keys.try_secret(db_path, answer)
        if key is not None:
            keys.remember(db_path, key)
            return key
        wrong = True
    if wrong:
        raise PassphraseError(tr("Die Passphrase für „{path}“ ist falsch.").format(path=db_path))
    raise PassphraseError(tr("Die Datenbank „{path}“ ist verschlüsselt; ohne Passphrase lässt sie sich nicht "
                             "öffnen ({variable} oder Eingabe).").format(path=db_path, variable=PASSPHRASE_VARIABLE))
