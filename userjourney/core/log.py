"""One logging setup for the command line and the window: loud in the log, kind to the user.

Everything the program logs goes to the logger ``userjourney`` (modules use
``logging.getLogger(__name__)``) and from there into one rotating file in the user's data folder
(``…/userjourney/logs/userjourney.log``, 1 MB × 4). A person sees one German sentence and the
path of that file; the traceback is in the file. The folder is created 0700 and the file 0600
(it may name a file or a family code in an error), and only when the first record is written,
so a command that logs nothing leaves nothing behind. When the log cannot be written (a
read-only profile), logging stays silent: it must never be the reason the program fails.
"""

from __future__ import annotations

import io
import logging
import logging.handlers
import os
from pathlib import Path
from typing import Any

from userjourney.core.private import make_private, private_folder
from userjourney.paths import data_dir

LOGGER = "userjourney"
LOG_FILE = "userjourney.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d %(threadName)s]: %(message)s"


def log_path() -> Path:
    """Where the log file is (it may not exist yet)."""
    return data_dir() / "logs" / LOG_FILE


class _PrivateRotatingFile(logging.handlers.RotatingFileHandler):
    """A rotating file readable by the user only, created on the first record."""

    def _open(self) -> io.TextIOWrapper:
        path = Path(self.baseFilename)
        private_folder(path.parent)
        make_private(path.parent.parent)  # the data folder
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        return os.fdopen(fd, "a", encoding=self.encoding or "utf-8")

    def handleError(self, record: logging.LogRecord) -> None:
        pass  # an unwritable log must not turn into an error of its own


def setup_logging(level: int = logging.INFO) -> Path:
    """Send the program's log records to :func:`log_path`; idempotent. Returns the path."""
    logger = logging.getLogger(LOGGER)
    path = log_path()
    for handler in logger.handlers:
        if isinstance(handler, _PrivateRotatingFile) and Path(handler.baseFilename) == path:
            return path
    for handler in [h for h in logger.handlers if isinstance(h, _PrivateRotatingFile)]:
        logger.removeHandler(handler)  # another data folder (tests switch homes)
        handler.close()
    handler = _PrivateRotatingFile(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter(FORMAT))
    logger.addHandler(handler)
    logger.setLevel(level)
    logger.propagate = False
    return path


def log_unexpected(message: str, exc_info: Any = True) -> Path:
    """Log an unexpected error with its traceback; returns the log's path for the user's message."""
    path = setup_logging()
    logging.getLogger(LOGGER).error(message, exc_info=exc_info)
    return path
