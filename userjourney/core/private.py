"""Files for the user only: every folder the program makes 0700, every file it writes 0600.

The database holds social data of families; a copy readable by every local account (the
0644/0755 a default umask gives) would leak it on any shared computer. So, from creation on:

* the process umask is 0077 (:func:`restrict_umask`, called first thing by the command line
  and the window), so whatever a library creates (SQLite's ``-wal``/``-shm``, openpyxl's
  scratch files, a rotated log) starts private;
* files and folders the program creates itself are created with the private mode explicitly
  (:func:`create_private_file`, :func:`private_folder`) — an embedding program or a test may
  have another umask — and files an older version left readable are narrowed
  (:func:`make_private`; SQLite creates ``-wal``/``-shm`` with the database file's mode).

A folder the user chose (the one holding an explicit ``--db``, an export's target folder) is
theirs and never changed; only what the program puts there is private.

On Windows the modes mean little: files in the user profile (``%LOCALAPPDATA%``) inherit its
ACL (the user, SYSTEM and administrators); a file written elsewhere inherits that folder's ACL.
"""

from __future__ import annotations

import os
from contextlib import suppress
from pathlib import Path

from userjourney.core.errors import UserError
from userjourney.core.i18n import tr

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


def restrict_umask() -> None:
    """Files and folders created from now on are for the user only (POSIX)."""
    if os.name == "posix":
        os.umask(0o077)


def private_folder(path: Path) -> Path:
    """Create ``path`` (and missing parents) 0700, or narrow an existing folder to 0700.

    Raises :class:`OSError` if it cannot be created (a file in its place, no permission).
    """
    path = Path(path)
    path.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    make_private(path)
    return path


def create_private_file(path: Path, *, exclusive: bool = False) -> None:
    """Create ``path`` empty and 0600 (truncating an existing one, or with ``exclusive``
    leaving it alone if it exists). Raises :class:`OSError`."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_EXCL if exclusive else os.O_TRUNC)
    try:
        fd = os.open(path, flags, PRIVATE_FILE)
    except FileExistsError:
        if exclusive:
            return
        raise
    os.close(fd)
    make_private(path)


def check_target(path: str | os.PathLike, error: type[UserError] = UserError) -> Path:
    """Refuse early, with ``error``, a target the user chose whose folder is missing or that is a
    folder itself (before any work is done)."""
    path = Path(path)
    folder = path.parent
    if not folder.is_dir():
        raise error(tr("Der Ordner „{folder}“ existiert nicht.").format(folder=folder))
    if path.is_dir():
        raise error(tr("„{path}“ ist ein Ordner.").format(path=path))
    return path


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all, 0600: a private temporary file in the same
    folder, flushed to the disk, then renamed over ``path``. Raises :class:`OSError` (nothing left
    behind)."""
    partial = path.with_name(f".{path.name}.part")
    try:
        create_private_file(partial)
        with open(partial, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
    except BaseException:
        with suppress(OSError):
            partial.unlink()
        raise


def make_private(path: Path) -> None:
    """Narrow an existing file to 0600 (a folder to 0700); quietly nothing where that is not
    possible (not the owner, a file system without modes, a read-only medium)."""
    if os.name != "posix":
        return
    with suppress(OSError):
        mode = os.stat(path, follow_symlinks=False)
        wanted = PRIVATE_FOLDER if Path(path).is_dir() else PRIVATE_FILE
        if mode.st_mode & 0o777 != wanted and not Path(path).is_symlink():
            os.chmod(path, wanted)


# --------------------------------------------------------------------------- scratch files

#: A scratch folder not touched for this long belongs to no running program (Windows, where a
#: process id cannot be checked cheaply, and a reused process id).
SCRATCH_ABANDONED_AFTER = 24 * 3600


def scratch_root() -> Path:
    from userjourney.paths import data_dir

    return data_dir() / "tmp"


def scratch_folder() -> Path:
    """This process's private folder for scratch files (openpyxl streams a sheet's rows there
    before it zips them: names, codes — never into the shared system temp folder).

    Removed when the process ends normally (:func:`remove_scratch_folders`), and by the next
    start after a crash (:func:`remove_scratch_leftovers`).
    """
    folder = scratch_root() / str(os.getpid())
    if not folder.is_dir():
        private_folder(folder)
        if not _scratch_folders:
            import atexit

            atexit.register(remove_scratch_folders)
        _scratch_folders.add(folder)
    return folder


#: The scratch folders this process made (one per data folder; tests switch data folders).
_scratch_folders: set[Path] = set()


def remove_scratch_folders() -> None:
    """Delete this process's scratch folders (at exit)."""
    import shutil

    for folder in list(_scratch_folders):
        shutil.rmtree(folder, ignore_errors=True)
        _scratch_folders.discard(folder)


def remove_scratch_leftovers() -> list[Path]:
    """Delete the scratch folders of programs that are gone (killed during an export); returns them."""
    import shutil
    import time

    removed: list[Path] = []
    try:
        folders = [p for p in scratch_root().iterdir() if p.is_dir() and p.name.isdigit()]
    except OSError:
        return removed
    for folder in folders:
        pid = int(folder.name)
        if pid == os.getpid():
            continue
        try:
            idle = time.time() - folder.stat().st_mtime
        except OSError:
            continue
        if idle > SCRATCH_ABANDONED_AFTER or not _alive(pid):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


def _alive(pid: int) -> bool:
    """Whether process ``pid`` runs (POSIX); on Windows assumed, the idle time decides."""
    if os.name != "posix":
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process: not ours to judge, and not our folder's owner
    return True
