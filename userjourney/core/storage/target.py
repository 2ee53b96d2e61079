"""Where a database lives: a path or URL resolved once into a :class:`Target`.

``--db`` (a path or a URL), else ``$USERJOURNEY_DB``, else the SQLite file in the per-user data
folder. A text containing ``://`` is a database URL; ``sqlite://`` URLs are turned into paths so
that every SQLite database is handled as a file (backups, locks, file checks).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

from userjourney.core.errors import DatabaseError
from userjourney.core.i18n import tr
from userjourney.paths import default_database_path

ENV_VAR = "USERJOURNEY_DB"


@dataclass(frozen=True)
class Target:
    """A resolved database location: a SQLite file (``path``) or a server URL."""

    url: str
    path: Path | None
    explicit: bool

    @property
    def is_sqlite(self) -> bool:
        return self.path is not None

    @property
    def file(self) -> Path:
        """The SQLite file; asking a server target for one is a programming error."""
        if self.path is None:
            raise ValueError(f"{self.describe()} is not a SQLite file")
        return self.path

    def describe(self) -> str:
        return str(self.path) if self.path else sa.make_url(self.url).render_as_string(hide_password=True)


def resolve_target(db: str | os.PathLike | None = None) -> Target:
    """Where to open: ``db`` (path or URL), else ``$USERJOURNEY_DB``, else the per-user default."""
    explicit = db is not None and str(db) != ""
    if not explicit:
        env = os.environ.get(ENV_VAR, "")
        explicit = env != ""
        db = env if explicit else default_database_path()
    text = str(db)
    if "://" in text:
        url = sa.make_url(text)
        if url.get_backend_name() == "sqlite":
            database = url.database or ""
            if database in ("", ":memory:"):
                raise DatabaseError(tr("Eine Datenbank im Arbeitsspeicher kann nicht geöffnet werden."))
            return Target(f"sqlite+pysqlite:///{Path(database).resolve()}", Path(database).resolve(), explicit)
        return Target(text, None, explicit)
    path = Path(text).expanduser().resolve()
    return Target(f"sqlite+pysqlite:///{path}", path, explicit)
