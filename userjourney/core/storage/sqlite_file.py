"""Looking at a SQLite file before opening it: its folder, its header, its schema revision.

Everything here reads without writing and without creating anything beside the file (no
``-wal``/``-shm``), so a file that turns out to be unusable — not a database, cut off, another
program's, from a newer version — is refused exactly as it was found.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from userjourney.core.errors import DatabaseError, os_error_text
from userjourney.core.i18n import tr
from userjourney.core.private import private_folder
from userjourney.core.storage.target import Target

SQLITE_HEADER = b"SQLite format 3\x00"


class FolderError(DatabaseError):
    """The database's folder is missing or cannot be written (read-only, full): nothing to
    restore — the file itself is fine — and nothing touched."""


def check_folder(target: Target, read_only: bool) -> None:
    """The database's folder exists (the default one is created) and, for writing, is writable."""
    folder = target.file.parent
    if not folder.exists():
        if target.explicit:
            raise FolderError(tr("Der Ordner „{folder}“ existiert nicht.").format(folder=folder))
        try:
            private_folder(folder)
        except OSError as exc:
            raise FolderError(
                tr("Der Datenordner „{folder}“ kann nicht angelegt werden: {error}").format(
                    folder=folder, error=os_error_text(exc)
                )
            ) from None
    if not folder.is_dir():
        raise FolderError(tr("„{folder}“ ist kein Ordner.").format(folder=folder))
    if not read_only and not folder_writable(folder):
        raise FolderError(
            tr("In den Ordner „{folder}“ kann nicht geschrieben werden (schreibgeschützt).").format(
                folder=folder
            )
        )
    if not read_only and disk_nearly_full(folder):
        raise FolderError(full_disk_text(target.file) + " " + _make_room())


def folder_writable(folder: Path) -> bool:
    """Try it rather than trust permission bits (ACLs, network drives, root)."""
    try:
        fd, probe = tempfile.mkstemp(prefix=".userjourney-probe-", dir=folder)
    except OSError:
        return False
    os.close(fd)
    os.unlink(probe)
    return True


#: Below this much free space a write error is taken for a full disk (SQLite often reports
#: only "disk I/O error" when the write-ahead log or its index cannot grow).
LOW_SPACE_BYTES = 8 * 1024 * 1024


def disk_nearly_full(folder: Path | None) -> bool:
    if folder is None:
        return False
    try:
        return shutil.disk_usage(folder).free < LOW_SPACE_BYTES
    except OSError:
        return False


def _make_room() -> str:
    return tr("Die Datenbank selbst ist nicht beschädigt; bitte Platz schaffen und dann noch einmal versuchen.")


def full_disk_text(path: Path) -> str:
    return tr("Auf dem Datenträger von „{path}“ ist kein Platz mehr.").format(path=path)


def read_access(path: Path) -> tuple[str, str]:
    """How to open ``path`` for reading only: the URI parameters, and a note why it is special.

    Normally ``mode=ro``: SQLite's locks are shared with a program writing at the same time.
    That needs the ``-shm`` index beside the file, which a read-only medium (a write-protected
    share, a DVD, a read-only mount) or a full disk cannot hold; there the file is opened as
    ``immutable`` — exact, since nothing can change it there — provided no ``-wal`` holds
    changes that are not yet in the file itself (those only a writable folder can read).
    """
    folder = path.parent
    read_only_medium = not folder_writable(folder)
    if not read_only_medium and not disk_nearly_full(folder):
        return "mode=ro", ""
    if read_only_medium:
        note = tr("„{path}“ liegt auf einem schreibgeschützten Datenträger und wird nur gelesen.").format(path=path)
    else:
        note = full_disk_text(path) + " " + tr("Die Datenbank wird nur gelesen.")
    wal = path.with_name(path.name + "-wal")
    try:
        pending = wal.stat().st_size > 0
    except OSError:
        pending = False
    if pending:
        raise DatabaseError(note + " " + tr(
            "Sie enthält aber noch nicht abgeschlossene Änderungen („{wal}“), die so nicht gelesen werden "
            "können. Bitte die Datenbank in einen beschreibbaren Ordner kopieren (mit der Datei „{wal}“).").format(
            wal=wal.name))
    return "immutable=1", note


def _read_only_params(path: Path) -> str:
    """URI parameters that read ``path`` without creating anything beside it.

    Without a ``-wal`` file everything committed is in the main file, so SQLite may treat it
    as immutable (no ``-shm``/``-wal`` is created). With one, a normal read-only open is
    needed to see the committed pages still in the WAL.
    """
    wal = path.with_name(path.name + "-wal")
    mode = "mode=ro" if wal.exists() else "immutable=1"
    return mode


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
    from userjourney.core.storage import encryption, keys

    with open(path, "rb") as handle:
        header = handle.read(100)
    encrypted = header[: len(SQLITE_HEADER)] != SQLITE_HEADER and keys.keys_path_for(path).exists()
    if not encrypted and (header[: len(SQLITE_HEADER)] != SQLITE_HEADER or len(header) < 100):
        raise DatabaseError(tr("„{path}“ ist keine userjourney-Datenbank (keine SQLite-Datei).").format(path=path))
    if encrypted:
        encryption.unlock(path)
    else:
        _check_size(path, header)
    try:
        connection = encryption.connect(path, _read_only_params(path))
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
    except encryption.errors() as exc:
        if "OperationalError" in type(exc).__name__ and disk_nearly_full(path.parent):
            # SQLite says "disk I/O error" when it cannot create the -shm index: the disk, not the file
            raise FolderError(full_disk_text(path) + " " + _make_room()) from None
        raise DatabaseError(
            tr("„{path}“ ist beschädigt oder keine Datenbank ({error}).").format(path=path, error=exc)
        ) from None
