"""Errors meant for a person: a German message that names what is wrong and where.

Everything that can go wrong because of input or environment (a file, a folder, a value in a
cell) is raised as :class:`UserError`; the CLI prints its message as one line on stderr and
the GUI shows it in a dialog or at the cell. Programming errors stay ordinary exceptions.
"""

from __future__ import annotations

from enum import IntEnum


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
