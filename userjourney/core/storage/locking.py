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

import getpass
import json
import os
import socket
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from userjourney.core.errors import DatabaseError, os_error_text
from userjourney.core.i18n import tr

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


class DatabaseLock:
    """The writer's lock on one database file; see the module docstring."""

    def __init__(self, db_path: Path, program: str = "userjourney") -> None:
        self.path = lock_path_for(Path(db_path))
        self.program = program
        self._fd: int | None = None

    def try_acquire(self) -> bool:
        """Take the lock if nobody holds it; never waits."""
        if self._fd is not None:
            return True
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise DatabaseError(
                tr("Die Sperrdatei „{path}“ kann nicht angelegt werden: {error}").format(
                    path=self.path, error=os_error_text(exc))
            ) from None
        if not _try_lock(fd):
            os.close(fd)
            return False
        self._fd = fd
        self._write_info()
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
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            os.ftruncate(fd, INFO_OFFSET)
            _unlock(fd)
        finally:
            os.close(fd)

    def holder(self) -> dict | None:
        """Who holds the lock (as written by the holder), or ``None`` if unknown."""
        try:
            with open(self.path, "rb") as handle:
                handle.seek(INFO_OFFSET)
                return json.loads(handle.read().decode("utf-8") or "null")
        except (OSError, ValueError):
            return None

    def _write_info(self) -> None:
        info = {
            "user": _user(), "host": socket.gethostname(), "pid": os.getpid(),
            "program": self.program, "since": datetime.now().isoformat(timespec="seconds"),
        }
        data = json.dumps(info, ensure_ascii=False).encode("utf-8")
        fd = self._fd
        if fd is None:
            return
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
