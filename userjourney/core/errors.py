"""Errors meant for a person: a German message that names what is wrong and where.

Everything that can go wrong because of input or environment (a file, a folder, a value in a
cell) is raised as :class:`UserError`; the CLI prints its message as one line on stderr and
the GUI shows it in a dialog or at the cell. Programming errors stay ordinary exceptions.
"""

from __future__ import annotations

import errno
from enum import IntEnum

from userjourney.core.i18n import tr


class ExitStatus(IntEnum):
    """How the program ends (exchange-format §1 and §7); the CLI and the window use these."""

    OK = 0
    #: An unexpected internal error; the traceback is in the log file.
    INTERNAL = 1
    #: Bad input or usage.
    INPUT = 2
    #: Not available in this version (or for this kind of database).
    UNAVAILABLE = 3
    #: The database cannot be used (missing, damaged, locked, wrong passphrase).
    DATABASE = 4
    #: Interrupted with Ctrl+C (128 + SIGINT, as shells report it).
    INTERRUPTED = 130


class UserError(Exception):
    """A problem the user can understand and fix; ``str(error)`` is the German message."""

    #: Process exit status the CLI uses for this kind of error.
    exit_status = ExitStatus.INPUT

    def __init__(self, message: str, *, details: list[str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.details = list(details or [])


class DatabaseError(UserError):
    """The database file or folder cannot be used (missing folder, not a database, …)."""

    exit_status = ExitStatus.DATABASE


class ValidationError(UserError):
    """A value breaks a rule of the forms (impossible date, level 5, nein before ja …)."""

    def __init__(self, message: str, *, field: str | None = None, details: list[str] | None = None):
        super().__init__(message, details=details)
        self.field = field


def os_error_text(exc: OSError) -> str:
    """What the operating system refused, in German, whatever language the system speaks.

    ``strerror`` comes from the C library in the system's language ("No space left on device");
    messages here are German everywhere, so the common causes are named by their errno.
    """
    texts = {
        errno.ENOENT: tr("nicht gefunden"),
        errno.EACCES: tr("keine Berechtigung"),
        errno.EPERM: tr("keine Berechtigung"),
        errno.ENOSPC: tr("kein Platz mehr auf dem Datenträger"),
        errno.EDQUOT: tr("das Speicherkontingent ist erschöpft"),
        errno.EROFS: tr("der Datenträger ist schreibgeschützt"),
        errno.EISDIR: tr("das ist ein Ordner"),
        errno.ENOTDIR: tr("ein Teil des Pfads ist kein Ordner"),
        errno.EEXIST: tr("gibt es schon"),
        errno.EIO: tr("Lese-/Schreibfehler des Datenträgers"),
        errno.ENAMETOOLONG: tr("der Name ist zu lang"),
        errno.EBUSY: tr("wird gerade benutzt"),
        errno.EMFILE: tr("zu viele offene Dateien"),
        errno.ENXIO: tr("das Gerät ist nicht erreichbar"),
        errno.ENODEV: tr("das Gerät ist nicht erreichbar"),
        errno.ETIMEDOUT: tr("Zeitüberschreitung"),
        errno.ELOOP: tr("zu viele symbolische Verknüpfungen"),
        errno.EXDEV: tr("liegt auf einem anderen Datenträger"),
        errno.EFBIG: tr("die Datei ist zu groß"),
    }
    code = exc.errno
    if code in texts:
        return texts[code]
    if isinstance(exc, PermissionError):
        return tr("keine Berechtigung")
    if isinstance(exc, FileNotFoundError):
        return tr("nicht gefunden")
    return tr("Systemfehler {code}").format(code=code) if code is not None else tr("Systemfehler")
