"""The Alembic migrations and the models describe the same schema, and upgrades keep data."""

from __future__ import annotations

import sqlite3
import uuid

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlmodel import SQLModel

from userjourney.core.editing.edits import create_family
from userjourney.core.storage.database import open_database
from userjourney.core.storage.models import ButEntry, Child, Family
from userjourney.core.storage.schema import (
    current_revision,
    head_revision,
    known_revisions,
    migrate,
    script_directory,
)


def test_database_at_head_matches_the_models(db):
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), SQLModel.metadata)
    assert diff == []


def test_migrations_form_one_line():
    script = script_directory()
    assert len(script.get_heads()) == 1
    revisions = list(script.walk_revisions())
    assert revisions[-1].down_revision is None


def test_database_made_by_the_first_migration_upgrades_with_its_data(tmp_path):
    path = tmp_path / "alt.sqlite"
    first = list(script_directory().walk_revisions())[-1].revision
    engine = sa.create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        migrate(conn, first)
    engine.dispose()
    family_id, child_id, entry_id = (uuid.uuid4().hex for _ in range(3))
    with sqlite3.connect(path) as conn:  # data as the first version of the program wrote it
        conn.execute(
            "INSERT INTO family (id, code, location, coach, created_on, updated_at, migration_background,"
            " parenting_status) VALUES (?, 'Schmidt', 'Ennigerloh', 'Max Mustermann', '2021-11-10',"
            " '2022-05-02 12:00:00.000000', 0, 'nicht alleinerziehend')",
            (family_id,),
        )
        conn.execute(
            "INSERT INTO child (id, family_id, name, age_years, age_recorded_on, facility, position)"
            " VALUES (?, ?, 'Jan', 13, '2022-05-02', 'Weiterführende Schule', 0)",
            (child_id, family_id),
        )
        conn.execute(
            "INSERT INTO but_entry (id, child_id, area, entitled, offer_exists, implied_mask, applied_on)"
            " VALUES (?, ?, 'Lernförderung', 1, 1, 0, '2022-02-01')",
            (entry_id, child_id),
        )
    conn.close()

    database = open_database(path)
    with database.session() as s:
        family = s.scalars(sa.select(Family)).one()
        assert (family.code, family.location, family.migration_background) == ("Schmidt", "Ennigerloh", False)
        child = s.get(Child, uuid.UUID(child_id))
        assert (child.name, child.age_years, child.family_id) == ("Jan", 13, family.id)
        entry = s.get(ButEntry, uuid.UUID(entry_id))
        assert (entry.entitled, entry.offer_exists, entry.applied_on.isoformat()) == (True, True, "2022-02-01")
        assert current_revision(s.connection()) == head_revision()
    database.close()
    backups = list((tmp_path / "backups").glob("*vor-migration*")) if (tmp_path / "backups").exists() else []
    assert len(backups) == (0 if first == head_revision() else 1)


def test_copy_aside_uses_a_consistent_snapshot(sqlite_db, db_path, tmp_path):
    from userjourney.core.storage.backups import backup_before_migration

    with sqlite_db.transaction() as s:
        create_family(s, "Schmidt")  # still in the -wal file, not yet in the main file
    copy = backup_before_migration(db_path, head_revision())
    assert copy.parent == db_path.parent / "backups"
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT code FROM family").fetchall() == [("Schmidt",)]
    conn.close()


def test_the_revisions_read_from_the_files_agree_with_alembic():
    script = script_directory()
    assert head_revision() == script.get_current_head()
    assert known_revisions() == {r.revision: r.down_revision for r in script.walk_revisions()}


def test_opening_a_current_database_does_not_import_alembic(db_path):
    import subprocess
    import sys

    from tests.support import REPO

    open_database(db_path).close()
    code = (
        "import sys\nfrom userjourney.core.storage.database import open_database\n"
        f"open_database({str(db_path)!r}).close()\n"
        "sys.exit(1 if 'alembic' in sys.modules else 0)\n"
    )
    assert subprocess.run([sys.executable, "-c", code], cwd=REPO).returncode == 0
