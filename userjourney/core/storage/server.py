"""An office server: the schema, the logins and who may see which families — on PostgreSQL.

``server init`` (as the database's owner) brings the schema to the program's version with the
same Alembic migrations as a file, then sets up what only a server has:

* a group role ``userjourney_coach`` that may read and write the data tables, read and append to
  the change history (never change or delete it), and read the schema version;
* the table ``uj_server.access`` (login → Standorte, or all; a schema of its own, outside the
  program's tables and migrations) that only the owner can read, and the function
  ``uj_may_see(Standort)`` (``SECURITY DEFINER``) that answers for the connected login;
* row-level security, ``FORCE``d, on every table: a family is visible, changeable and creatable
  only within the login's Standorte; children, persons, entries, details and Minijobs follow
  their family (a policy that looks the family up — itself subject to the family's policy); the
  history shows the rows of visible families and the rows of no family (the reason catalogue,
  restores); the reason catalogue is shared.

``server add-user`` creates a login in that role, bound to Standorte or to all (team leads, the
Jobcenter's evaluation). The database server enforces it, whatever program connects.

Known limits: the history of a family deleted since is visible only to logins with all
Standorte (its Standort is no longer in a row a policy can read); a login bound to Standorte
cannot create a family without a Standort. Every statement here is PostgreSQL's own: this module
is the one place of the program that is not meant for SQLite.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from userjourney.core.errors import DatabaseError, ValidationError
from userjourney.core.i18n import tr
from userjourney.core.storage.engine import make_engine
from userjourney.core.storage.schema import migrate
from userjourney.core.storage.target import resolve_target

#: The group role every login of the program belongs to.
COACH_ROLE = "userjourney_coach"
DATA_TABLES = ("family", "child", "person", "but_entry", "but_detail", "minijob", "reason")
#: What a synchronisation keeps (:mod:`userjourney.core.sync`).
SYNC_TABLES = ("sync_head", "sync_alias")

#: How a row of each table finds its family (``None``: by its own Standort; the reason catalogue
#: and the history have policies of their own).
FAMILY_OF = {
    "child": "EXISTS (SELECT 1 FROM family f WHERE f.id = child.family_id)",
    "person": "EXISTS (SELECT 1 FROM family f WHERE f.id = person.family_id)",
    "but_entry": "EXISTS (SELECT 1 FROM child c WHERE c.id = but_entry.child_id)",
    "but_detail": "EXISTS (SELECT 1 FROM but_entry e WHERE e.id = but_detail.entry_id)",
    "minijob": "EXISTS (SELECT 1 FROM person p WHERE p.id = minijob.person_id)",
}


@dataclass(frozen=True)
class Login:
    name: str
    locations: tuple[str, ...]
    all_locations: bool


def _server_only() -> ValidationError:
    return ValidationError(tr("„server“ gilt nur für eine PostgreSQL-Datenbank (--db postgresql+psycopg://…)."))


def _require_server(connection: sa.Connection) -> None:
    if connection.dialect.name != "postgresql":
        raise _server_only()


def _execute(connection: sa.Connection, *statements: str) -> None:
    for statement in statements:
        connection.exec_driver_sql(statement)


def init_server(connection: sa.Connection) -> None:
    """Create or upgrade the schema, the role, the access table and the row-level security
    (inside the caller's transaction; run again after every program update)."""
    _require_server(connection)
    migrate(connection)
    exists = connection.execute(sa.text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": COACH_ROLE}).first()
    if not exists:
        _execute(connection, f"CREATE ROLE {COACH_ROLE} NOLOGIN")
    _execute(
        connection,
        # who may see what: in a schema of its own (not the program's tables; nobody else reads it)
        "CREATE SCHEMA IF NOT EXISTS uj_server",
        "REVOKE ALL ON SCHEMA uj_server FROM PUBLIC",
        "CREATE TABLE IF NOT EXISTS uj_server.access (login name PRIMARY KEY, "
        "all_locations boolean NOT NULL DEFAULT false, locations text[] NOT NULL DEFAULT '{}')",
        "INSERT INTO uj_server.access (login, all_locations) VALUES (current_user, true) ON CONFLICT (login) DO NOTHING",
        # Who may see a Standort: answered with the owner's rights, so logins never read uj_server.access.
        "CREATE OR REPLACE FUNCTION uj_may_see(standort text) RETURNS boolean LANGUAGE sql STABLE "
        "SECURITY DEFINER SET search_path = pg_catalog, public AS $$ "
        "SELECT EXISTS (SELECT 1 FROM uj_server.access a WHERE a.login = session_user "
        "AND (a.all_locations OR standort = ANY (a.locations))) $$",
        "CREATE OR REPLACE FUNCTION uj_sees_all() RETURNS boolean LANGUAGE sql STABLE "
        "SECURITY DEFINER SET search_path = pg_catalog, public AS $$ "
        "SELECT EXISTS (SELECT 1 FROM uj_server.access a WHERE a.login = session_user AND a.all_locations) $$",
        "REVOKE ALL ON FUNCTION uj_may_see(text), uj_sees_all() FROM PUBLIC",
        f"GRANT EXECUTE ON FUNCTION uj_may_see(text), uj_sees_all() TO {COACH_ROLE}",
        f"GRANT USAGE ON SCHEMA public TO {COACH_ROLE}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON {', '.join(DATA_TABLES)} TO {COACH_ROLE}",
        f"GRANT SELECT, INSERT ON change TO {COACH_ROLE}",  # the history only grows
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON {', '.join(SYNC_TABLES)} TO {COACH_ROLE}",
        f"GRANT SELECT ON alembic_version TO {COACH_ROLE}",
        f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {COACH_ROLE}",
    )
    for table in (*DATA_TABLES, "change", *SYNC_TABLES):
        _execute(connection, f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
                 f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY")
        for (policy,) in connection.execute(sa.text("SELECT policyname FROM pg_policies WHERE tablename = :t"),
                                            {"t": table}):
            _execute(connection, f'DROP POLICY "{policy}" ON {table}')
    _execute(
        connection,
        "CREATE POLICY uj_family ON family USING (uj_may_see(location)) WITH CHECK (uj_may_see(location))",
        "CREATE POLICY uj_reason ON reason USING (true) WITH CHECK (true)",
        # the history: visible with its family (or without one); written, never changed
        "CREATE POLICY uj_change_read ON change FOR SELECT USING (family_id IS NULL OR uj_sees_all() "
        "OR EXISTS (SELECT 1 FROM family f WHERE f.id = change.family_id))",
        "CREATE POLICY uj_change_write ON change FOR INSERT WITH CHECK (true)",
        # what a sync left open: with its family, like the history
        "CREATE POLICY uj_sync_head ON sync_head USING (family_id IS NULL OR uj_sees_all() "
        "OR EXISTS (SELECT 1 FROM family f WHERE f.id = sync_head.family_id)) WITH CHECK (true)",
        "CREATE POLICY uj_sync_alias ON sync_alias USING (true) WITH CHECK (true)",
        *(f"CREATE POLICY uj_{table} ON {table} USING ({rule}) WITH CHECK ({rule})" for table, rule in FAMILY_OF.items()),
    )


def add_user(connection: sa.Connection, name: str, password: str, *, locations: tuple[str, ...] = (),
             all_locations: bool = False) -> Login:
    """A login of the program: in the coach role, bound to ``locations`` or to all of them. An
    existing login gets the new Standorte and password."""
    _require_server(connection)
    locations = tuple(sorted({text.strip() for text in locations if text.strip()}))
    if not name.strip():
        raise ValidationError(tr("Der Name der Anmeldung fehlt."))
    if not all_locations and not locations:
        raise ValidationError(tr("Bitte --standort S[,S…] oder --all angeben."))
    if not password:
        raise ValidationError(tr("Das Kennwort ist leer."))
    initialised = connection.execute(sa.text("SELECT to_regclass('uj_server.access')")).scalar()
    if initialised is None:
        raise DatabaseError(tr("Der Server ist noch nicht eingerichtet: zuerst „userjourney server init“."))
    exists = connection.execute(sa.text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": name}).first()
    verb = "ALTER" if exists else "CREATE"
    statement = connection.execute(sa.text(f"SELECT format('{verb} ROLE %I LOGIN PASSWORD %L', CAST(:n AS text), CAST(:p AS text))"),
                                   {"n": name, "p": password}).scalar_one()
    _execute(connection, statement)
    grant = connection.execute(sa.text(f"SELECT format('GRANT {COACH_ROLE} TO %I', CAST(:n AS text))"), {"n": name}).scalar_one()
    _execute(connection, grant)
    connection.execute(sa.text(
        "INSERT INTO uj_server.access (login, all_locations, locations) VALUES (:n, :a, :l) "
        "ON CONFLICT (login) DO UPDATE SET all_locations = excluded.all_locations, locations = excluded.locations"),
        {"n": name, "a": all_locations, "l": list(locations)})
    return Login(name, locations, all_locations)


def run_on_server(db: str | None, work, *args, **kwargs):
    """``work(connection, …)`` in one transaction on the server ``db`` (a URL); a refusal of
    the server (no right to create roles, a wrong password) becomes one German line."""
    target = resolve_target(db)
    if target.is_sqlite:
        raise _server_only()
    engine = make_engine(target)
    try:
        with engine.begin() as connection:
            result = work(connection, *args, **kwargs)
    except sa.exc.DBAPIError as exc:
        raise DatabaseError(tr("Der Server „{server}“ lehnt ab: {error}").format(
            server=target.describe(), error=str(getattr(exc, "orig", exc)).strip().splitlines()[0])) from None
    finally:
        engine.dispose()
    if work is init_server:
        from userjourney.core.storage.database import open_database

        open_database(target.url).close()  # the reason catalogue, as every new database gets it
    return result


def init_database(db: str) -> None:
    """``server init`` on ``db``: see :func:`init_server`."""
    run_on_server(db, init_server)


#: The tables of a copy, parents first.
COPIED = ("reason", "family", "child", "person", "but_entry", "but_detail", "minijob", "change", "sync_head",
          "sync_alias")
CHUNK = 5_000


def copy_to_file(database, destination) -> int:
    """A SQLite file with what this login may see on the server (its families, their history,
    the reason catalogue) — the coach's "Sicherungskopie" of a server; the server's own backups
    are its administrators' (``pg_dump``). Written beside under a temporary name and renamed, so
    a cut-off copy never carries the final name. Returns the number of families copied."""
    import os
    from pathlib import Path

    from userjourney.core.storage.database import open_database
    from userjourney.core.storage.models import SQLModel

    destination = Path(destination)
    partial = destination.with_name(destination.name + ".teil")
    partial.unlink(missing_ok=True)
    copy = open_database(partial, actor=database.actor)
    try:
        tables = {name: SQLModel.metadata.tables[name] for name in COPIED}
        families = 0
        with database.engine.connect() as source, copy.engine.begin() as target:
            target.execute(tables["reason"].delete())  # the server's catalogue, with its ids
            for name in COPIED:
                table = tables[name]
                result = source.execution_options(stream_results=True).execute(sa.select(table))
                while rows := result.fetchmany(CHUNK):
                    target.execute(table.insert(), [dict(row._mapping) for row in rows])
                    if name == "family":
                        families += len(rows)
    except BaseException:
        copy.close()
        partial.unlink(missing_ok=True)
        raise
    copy.close()
    for suffix in ("-wal", "-shm"):
        Path(str(partial) + suffix).unlink(missing_ok=True)
    os.replace(partial, destination)
    return families
