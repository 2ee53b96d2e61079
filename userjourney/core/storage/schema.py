"""The schema's versions: Alembic glue, and the revisions known to this program.

Reading the revisions from the files (two lines each) instead of importing Alembic keeps the
start of every command and of the window about a tenth of a second shorter; Alembic is imported
only when a migration is due (:func:`migrate`). A database whose revision this program does not
know comes from a newer version and is refused (:func:`check_revision_known`).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import sqlalchemy as sa

from userjourney.core.errors import DatabaseError
from userjourney.core.i18n import tr

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class NewerSchemaError(DatabaseError):
    """The file comes from a newer version of the program: it is fine, the program is old."""


def _alembic_config():
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def script_directory():
    """Alembic's view of the migrations (imports Alembic: only for migrating and for tests)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config())


_REVISION_LINE = re.compile(r"""^(revision|down_revision)\s*(?::[^=]*)?=\s*(None|['"]([^'"]+)['"])""", re.M)


@cache
def known_revisions() -> dict[str, str | None]:
    """Every migration's revision → the one before it, read from the files in ``versions/``.

    Reading two lines per file instead of importing Alembic keeps the start of every command
    and of the window about a tenth of a second shorter; Alembic is imported only when a
    migration is due. A test checks that this agrees with Alembic's own reading.
    """
    found: dict[str, str | None] = {}
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        values = {m.group(1): m.group(3) for m in _REVISION_LINE.finditer(path.read_text(encoding="utf-8"))}
        if "revision" in values:
            found[values["revision"]] = values.get("down_revision")
    return found


def head_revision() -> str:
    """The newest schema revision this version of the program knows."""
    revisions = known_revisions()
    parents = set(revisions.values())
    (head,) = [r for r in revisions if r not in parents]
    return head


def current_revision(connection: sa.Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def migrate(connection: sa.Connection, revision: str = "head") -> None:
    """Bring the schema on ``connection`` to ``revision`` (inside the caller's transaction)."""
    from alembic import command

    config = _alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, revision)

def check_revision_known(revision: str | None, where: str) -> None:
    """Refuse a database whose schema comes from a newer version of the program."""
    if revision is None or revision in known_revisions():
        return
    raise NewerSchemaError(
        tr(
            "Die Datenbank „{path}“ stammt von einer neueren Version von userjourney "
            "(Schema {revision}); bitte installieren Sie die neueste Version."
        ).format(path=where, revision=revision)
    )
