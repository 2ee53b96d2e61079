"""One writing program at a time per database file: an operating-system lock beside it.

SQLite already serialises single transactions, so two programs can never corrupt the file.
What it cannot prevent is a *lost update* at the level of the work: a coach edits a family in
the window while an import (or a second window) rewrites the same family underneath. So the
program that writes — the GUI for as long as it is open, ``import``/``demo``/``restore`` for
as long as they run — holds a lock on ``<database>.lock``:

* the lock is the operating system's (``fcntl.flock`` on Linux/macOS, ``msvcrt.locking`` on
  Windows), so it disappears with the process — a crash or a power cut never leaves a stale
  lock behind, unlike a lock *file* whose mere existence means "locked";
* the file also says who holds it (user, computer, program, since when), for the message
  the second program shows;
* readers (``summary``, ``export``, ``backup``) do not need it.

A second window then opens the database read-only, and a command that wants to write waits
a while with a clear message, then gives up (exit status 4). A shared PostgreSQL server does
not use this: there, several coaches write at once by design, each in short transactions.
"""

from __future__ import annotations

import errno
import getpass
import json
import os
import socket
import stat
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from userjourney.core.errors import DatabaseError, os_error_text
from userjourney.core.i18n import tr
from userjourney.core.private import private_folder
from userjourney.paths import data_dir

if sys.platform == "win32":  # pragma: no cover - exercised on Windows
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


#: The holder's details start after byte 0, the byte Windows locks (a locked range cannot be read there).
INFO_OFFSET = 1


def lock_path_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def identity_lock_path(db_path: Path) -> Path | None:
    """The lock every name of one database file shares: by device and file number (inode; on
    Windows the file index), in the user's data folder. ``None`` where the file does not exist yet
    or its file system gives no stable number (some network shares)."""
    try:
        info = os.stat(db_path)
    except OSError:
        return None
    if not info.st_ino:
        return None
    return data_dir() / "locks" / f"{info.st_dev:x}-{info.st_ino:x}.lock"


class LockFileRefused(DatabaseError):
    """The lock's path is no plain file of its own (a symbolic link, a folder, another file's name)."""


def _open_lock_file(path: Path, db_path: Path) -> int:
    """Open (create) a lock file without following a symbolic link and make sure it is a plain
    file of its own — never the database or any other file under a second name, which writing the
    holder's details would destroy."""
    if os.name == "nt" and (path.is_symlink() or (path.exists() and not path.is_file())):  # pragma: no cover
        raise _refused(path)
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags, 0o600)
    except OSError as exc:
        if exc.errno in (errno.ELOOP, errno.EISDIR, errno.ENXIO) or path.is_symlink():
            raise _refused(path) from None
        raise DatabaseError(
            tr("Die Sperrdatei „{path}“ kann nicht angelegt werden: {error}").format(
                path=path, error=os_error_text(exc))
        ) from None
    info = os.fstat(fd)
    same_as_database = False
    try:
        database = os.stat(db_path)
        same_as_database = (database.st_dev, database.st_ino) == (info.st_dev, info.st_ino) and bool(info.st_ino)
    except OSError:
        pass
    if not stat.S_ISREG(info.st_mode) or info.st_nlink > 1 or same_as_database:
        os.close(fd)
        raise _refused(path)
    return fd


def _let_go(fds: list[int]) -> None:
    for fd in fds:
        _unlock(fd)
        os.close(fd)
    fds.clear()


def _refused(path: Path) -> LockFileRefused:
    return LockFileRefused(tr(
        "„{path}“ ist keine gewöhnliche Sperrdatei (eine Verknüpfung, ein Ordner oder ein zweiter Name einer "
        "anderen Datei); das Programm schreibt nicht hinein. Bitte diesen Eintrag löschen.").format(path=path))


class DatabaseLock:
    """The writer's lock on one database file; see the module docstring.

    Two operating-system locks: one beside the database (``<file>.lock``, which also says who
    holds it — seen from every computer that opens the file on a share) and one for the file's
    identity (:func:`identity_lock_path`), so that a second name of the same file (a hard link, on
    Windows an 8.3 short name) cannot get a writer of its own. Neither lock file follows a
    symbolic link or writes into anything but a plain file of its own.
    """

    def __init__(self, db_path: Path, program: str = "userjourney") -> None:
        self.db_path = Path(db_path)
        self.path = lock_path_for(self.db_path)
        self.program = program
        self._fds: list[int] = []
        #: the lock file found taken last (for :meth:`holder`)
        self._busy = self.path

    def try_acquire(self) -> bool:
        """Take the lock if nobody holds it; never waits."""
        if self._fds:
            return True
        paths = [self.path]
        identity = identity_lock_path(self.db_path)
        if identity is not None:
            try:
                private_folder(identity.parent)
                paths.insert(0, identity)
            except OSError:
                pass  # no data folder to write to (a read-only profile): the lock beside serves
        taken: list[int] = []
        try:
            for path in paths:
                fd = _open_lock_file(path, self.db_path)
                if not _try_lock(fd):
                    os.close(fd)
                    self._busy = path
                    _let_go(taken)
                    return False
                taken.append(fd)
        except BaseException:
            _let_go(taken)  # a refused second lock file must not leave the first one held
            raise
        self._fds = taken
        for fd in taken:
            self._write_info(fd)
        return True

    def acquire(self, wait: float = 0.0, *, on_wait: Callable[[dict | None], None] | None = None,
                poll: float = 0.2) -> None:
        """Take the lock, waiting up to ``wait`` seconds; raises :class:`DatabaseInUse` if it stays taken."""
        deadline = time.monotonic() + wait
        told = False
        while not self.try_acquire():
            if time.monotonic() >= deadline:
                raise DatabaseInUse(self.path, self.holder())
            if on_wait is not None and not told:
                on_wait(self.holder())
                told = True
            time.sleep(poll)

    def release(self) -> None:
        fds, self._fds = self._fds, []
        for fd in fds:
            try:
                os.ftruncate(fd, INFO_OFFSET)
                _unlock(fd)
            finally:
                os.close(fd)

    def holder(self) -> dict | None:
        """Who holds the lock (as written by the holder), or ``None`` if unknown."""
        try:
            with open(self._busy, "rb") as handle:
                handle.seek(INFO_OFFSET)
                return json.loads(handle.read().decode("utf-8") or "null")
        except (OSError, ValueError):
            return None

    def _write_info(self, fd: int) -> None:
        info = {
            "user": _user(), "host": socket.gethostname(), "pid": os.getpid(),
            "program": self.program, "since": datetime.now().isoformat(timespec="seconds"),
        }
        data = json.dumps(info, ensure_ascii=False).encode("utf-8")
        try:
            os.ftruncate(fd, INFO_OFFSET)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, b"\n" + data)
        except OSError:
            pass  # who holds it is a courtesy for the message; the lock itself is held (a full disk)

    def __enter__(self) -> DatabaseLock:
        self.acquire()
        return self

    def __exit__(self, *exc) -> None:
        self.release()


class DatabaseInUse(DatabaseError):
    """Another program holds the writer's lock."""

    def __init__(self, lock_path: Path, holder: dict | None) -> None:
        self.holder_info = holder
        super().__init__(
            tr("Die Datenbank „{path}“ wird gerade von {who} benutzt; bitte dort schließen "
               "und dann noch einmal versuchen.").format(path=lock_path.with_suffix(""), who=describe_holder(holder))
        )


def describe_holder(holder: dict | None) -> str:
    """„userjourney (Max Mustermann auf LAPTOP-12, seit 14:02)“ — or a neutral phrase."""
    if not holder:
        return tr("einem anderen Programm")
    since = holder.get("since", "")
    try:
        since_text = datetime.fromisoformat(since).strftime("%d.%m.%Y %H:%M")
    except ValueError:
        since_text = since
    return tr("{program} ({user} auf {host}, seit {since})").format(
        program=holder.get("program", "userjourney"), user=holder.get("user", "?"),
        host=holder.get("host", "?"), since=since_text)


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment
        return "?"
