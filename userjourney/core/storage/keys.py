"""The key of an encrypted database: made once, wrapped by the passphrase and a recovery key.

An encrypted database (SQLCipher 4, :mod:`.encryption`) is encrypted with a random 256-bit
*data key* that never changes. It is kept beside the database in ``<file>.keys`` (mode 0600),
wrapped twice:

* by the **passphrase** the coach chose, and
* by a **recovery key** shown once when the database is encrypted (to print, or to keep with
  the IT), which unlocks the database when the passphrase is forgotten or the profile reset.

A wrap is ``data key XOR K`` with ``K`` the first half of ``scrypt(secret, salt)`` and an
HMAC-SHA-256 over the result with the second half, so a wrong passphrase is told apart from a
damaged file before the database is touched. Changing the passphrase rewraps the one key: the
database is not rewritten. (Only the standard library: no cryptography package in the bundle.)

Where the key comes from when a database is opened (:func:`.encryption.unlock`), in this order: the keys
already unlocked in this process; ``USERJOURNEY_PASSPHRASE`` (automation; a recovery key is
accepted there too); the operating system's key store (``keyring``: the Windows Credential
Manager), if the coach let the program keep the key there; else whoever asks the person — the
terminal (``cli``) or a dialog (the window) set :data:`ask`. Nothing to ask with, or a wrong
answer: :class:`PassphraseError`, exit status 4, nothing changed.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import re
import secrets
from collections.abc import Callable
from pathlib import Path

from userjourney.core.errors import DatabaseError
from userjourney.core.i18n import tr
from userjourney.core.private import create_private_file
from userjourney.core.storage import keystore

KEYS_SUFFIX = ".keys"
PASSPHRASE_VARIABLE = "USERJOURNEY_PASSPHRASE"
NEW_PASSPHRASE_VARIABLE = "USERJOURNEY_NEW_PASSPHRASE"
KEYRING_SERVICE = "userjourney-datenbank"
MIN_PASSPHRASE = 8
_FORMAT = "userjourney-schluessel"
#: scrypt: 2^15 × 8 × 128 bytes = 32 MiB and about 0.1 s — per guess, for whoever steals the file.
_SCRYPT = {"n": 2**15, "r": 8, "p": 1}

#: ``ask(database, wrong)`` → the passphrase (or recovery key) a person typed, or ``None`` (gave
#: up); set by the command line and the window. ``wrong``: the last one did not fit.
Asker = Callable[[Path, bool], "str | None"]
ask: Asker | None = None

_unlocked: dict[Path, bytes] = {}
#: the start of a backup's name (``backups.NAME``; not imported: backups builds on this module)
_BACKUP_NAME = re.compile(r"^(?P<stem>.+)-\d{8}-\d{6}")


class PassphraseError(DatabaseError):
    """Missing or wrong passphrase (exit status 4, like any database that cannot be used)."""


def keys_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + KEYS_SUFFIX)


def keys_path_for(path: Path) -> Path:
    """The keys file that unlocks ``path``: its own, or — for a backup in ``backups/`` — its
    database's (``backups/Name-20260101-120000-auto.sqlite`` → ``Name.sqlite.keys``)."""
    own = keys_path(path)
    if own.exists() or path.parent.name != "backups":
        return own
    match = _BACKUP_NAME.match(path.name)
    if match:
        for candidate in sorted(path.parent.parent.glob(f"{match['stem']}.*{KEYS_SUFFIX}")):
            return candidate
    return own


def unlocked_keys() -> list[bytes]:
    """Every data key unlocked in this process (backups of a database share its key)."""
    return list(dict.fromkeys(_unlocked.values()))


def key_for(db_path: Path) -> bytes | None:
    return _unlocked.get(Path(db_path).resolve())


def remember(db_path: Path, key: bytes) -> None:
    _unlocked[Path(db_path).resolve()] = key


def forget(db_path: Path) -> None:
    _unlocked.pop(Path(db_path).resolve(), None)


# --------------------------------------------------------------------------- wrapping


def _derive(secret: str, salt: bytes, params: dict) -> tuple[bytes, bytes]:
    material = hashlib.scrypt(_normal(secret).encode("utf-8"), salt=salt, n=params["n"], r=params["r"],
                              p=params["p"], maxmem=128 * 1024 * 1024, dklen=64)
    return material[:32], material[32:]


def _normal(secret: str) -> str:
    """A recovery key reads the same with or without dashes, spaces and in any case."""
    text = secret.strip()
    compact = text.replace("-", "").replace(" ", "").upper()
    return compact if len(compact) == 52 and all(c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567" for c in compact) else text


def _wrap(key: bytes, secret: str, kind: str) -> dict:
    salt = secrets.token_bytes(16)
    cover, mac_key = _derive(secret, salt, _SCRYPT)
    wrapped = bytes(a ^ b for a, b in zip(key, cover, strict=True))
    return {"kind": kind, "kdf": "scrypt", **_SCRYPT, "salt": salt.hex(), "wrapped": wrapped.hex(),
            "mac": hmac.new(mac_key, wrapped, hashlib.sha256).hexdigest()}


def _unwrap(slot: dict, secret: str) -> bytes | None:
    cover, mac_key = _derive(secret, bytes.fromhex(slot["salt"]), slot)
    wrapped = bytes.fromhex(slot["wrapped"])
    if not hmac.compare_digest(hmac.new(mac_key, wrapped, hashlib.sha256).hexdigest(), slot["mac"]):
        return None
    return bytes(a ^ b for a, b in zip(wrapped, cover, strict=True))


def new_recovery_key() -> str:
    """52 letters and digits (256 bits + padding-free base32) in groups of four: easy to print
    and to type, with nothing that reads like another character (no 0/O, 1/I)."""
    text = base64.b32encode(secrets.token_bytes(32)).decode("ascii").rstrip("=")
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise PassphraseError(tr("Die Passphrase muss mindestens {n} Zeichen lang sein.").format(n=MIN_PASSPHRASE))


def write_keys(db_path: Path, key: bytes, passphrase: str, recovery: str) -> Path:
    """``<file>.keys`` for ``key``, atomically (0600)."""
    return _write(db_path, [_wrap(key, passphrase, "passphrase"), _wrap(key, recovery, "recovery")])


def rewrap_passphrase(db_path: Path, key: bytes, passphrase: str) -> None:
    """A new passphrase for the same key; the recovery key stays valid."""
    slots = [slot for slot in _read(db_path) if slot["kind"] != "passphrase"]
    _write(db_path, [_wrap(key, passphrase, "passphrase"), *slots])


def _write(db_path: Path, slots: list[dict]) -> Path:
    path = keys_path(db_path)
    partial = path.with_name(path.name + ".part")
    partial.unlink(missing_ok=True)
    create_private_file(partial)
    with open(partial, "w", encoding="utf-8") as handle:
        json.dump({"format": _FORMAT, "version": 1, "cipher": "sqlcipher4", "slots": slots}, handle, indent=1)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, path)
    return path


def _read(db_path: Path) -> list[dict]:
    path = keys_path_for(db_path)
    try:
        content = json.loads(path.read_text(encoding="utf-8"))
        if content.get("format") != _FORMAT:
            raise ValueError
        return list(content["slots"])
    except FileNotFoundError:
        raise PassphraseError(tr("Zur verschlüsselten Datenbank „{path}“ fehlt die Schlüsseldatei „{keys}“; "
                                 "ohne sie lässt sie sich nicht öffnen.").format(path=db_path, keys=path.name)) from None
    except (OSError, ValueError, KeyError, TypeError):
        raise PassphraseError(tr("Die Schlüsseldatei „{keys}“ ist beschädigt.").format(keys=path)) from None


def try_secret(db_path: Path, secret: str) -> bytes | None:
    """The data key if ``secret`` is the passphrase or the recovery key, else ``None``."""
    for slot in _read(db_path):
        key = _unwrap(slot, secret)
        if key is not None:
            return key
    return None


# --------------------------------------------------------------------------- the key store


def stored_key(db_path: Path) -> bytes | None:
    text = keystore.get(KEYRING_SERVICE, str(Path(db_path).resolve()))
    try:
        return bytes.fromhex(text) if text else None
    except ValueError:  # not ours, or damaged: ask instead
        return None


def store_key(db_path: Path, key: bytes) -> bool:
    """Keep the data key in the OS key store; ``False`` where there is none that takes it."""
    return keystore.put(KEYRING_SERVICE, str(Path(db_path).resolve()), key.hex())


def forget_stored_key(db_path: Path) -> None:
    keystore.delete(KEYRING_SERVICE, str(Path(db_path).resolve()))
