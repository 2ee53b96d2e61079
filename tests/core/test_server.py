"""An office server (exchange-format §8): logins bound to Standorte see and change only their
families — enforced by PostgreSQL's row-level security, tested by connecting as each login.

ANNA has 20 families in Ennigerloh and 10 in Everswinkel. A login for Ennigerloh must find
exactly its 20 everywhere (tables, history, summary, drill-down, export, the past) and must not
be able to change, create or even find a family of Everswinkel; a login with ``--all`` sees 30.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime

import openpyxl
import pytest
import sqlalchemy as sa

from tests.support import run_cli
from userjourney.core.demo.anna import EVERSWINKEL, store_anna
from userjourney.core.editing import edits
from userjourney.core.errors import DatabaseError, UserError
from userjourney.core.excel import export_workbook
from userjourney.core.storage.database import open_database
from userjourney.core.storage.models import Change, Family
from userjourney.core.storage.server import add_user, init_server, run_on_server
from userjourney.core.summary.counting import summarize
from userjourney.core.summary.drilldown import drill_down
from userjourney.core.summary.filters import SummaryFilter
from userjourney.core.summary.reading import reading_session
from userjourney.core.vocab import Area

pytestmark = pytest.mark.postgresql


@pytest.fixture
def office(server_databases):
    """A server database with ANNA, set up by its owner, and a login factory."""
    owner = server_databases()
    run_on_server(owner, init_server)
    with open_database(owner, actor="IT") as db, db.transaction() as session:
        store_anna(session)
    made: list[str] = []

    def login(**kwargs) -> str:
        name = f"uj_{uuid.uuid4().hex[:10]}"
        password = uuid.uuid4().hex
        run_on_server(owner, add_user, name, password, **kwargs)
        made.append(name)
        return sa.make_url(owner).set(username=name, password=password).render_as_string(hide_password=False)

    yield owner, login
    engine = sa.create_engine(owner, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        for name in made:
            connection.exec_driver_sql(f'DROP ROLE IF EXISTS "{name}"')
    engine.dispose()


def _codes(db) -> set[str]:
    with db.session() as session:
        return set(session.scalars(sa.select(Family.code)))


def test_a_login_of_one_standort_sees_only_its_families_everywhere(office, tmp_path):
    owner, login = office
    with open_database(owner) as db, db.session() as session:
        all_codes = set(session.scalars(sa.select(Family.code)))
        theirs = {f.id for f in session.scalars(sa.select(Family).where(Family.location == EVERSWINKEL))}
    assert len(all_codes) == 30 and len(theirs) == 10

    with open_database(login(locations=("Ennigerloh",)), actor="Kaya") as db:
        mine = _codes(db)
        assert len(mine) == 20
        with db.session() as session:
            assert set(session.scalars(sa.select(Family.location).distinct())) == {"Ennigerloh"}
            families_in_history = set(session.scalars(sa.select(Change.family_id).distinct()))
            assert families_in_history - {None} and not families_in_history & theirs
            summary = summarize(session, SummaryFilter())
            assert summary.families == 20
            rows = drill_down(session, SummaryFilter(), Area.LUNCH, "entitled")
            assert rows and {row.family_code for row in rows} <= mine
        with reading_session(db, SummaryFilter(as_of=datetime.now(UTC))) as session:  # the past: the same rule
            assert summarize(session, SummaryFilter()).families == 20
        target = tmp_path / "ennigerloh.xlsx"
        with db.session() as session:
            export_workbook(session, target, SummaryFilter())
        exported = {row[0] for row in openpyxl.load_workbook(target)["BuT"].iter_rows(min_row=2, values_only=True)}
        assert exported == mine

    with open_database(login(all_locations=True)) as db:
        assert _codes(db) == all_codes


def test_a_login_cannot_change_create_or_erase_other_families_nor_the_history(office):
    owner, login = office
    with open_database(owner) as db, db.session() as session:
        other = session.scalars(sa.select(Family).where(Family.location == EVERSWINKEL)).first()
        other_id, other_code = other.id, other.code
    with open_database(login(locations=("Ennigerloh",)), actor="Kaya") as db:
        with db.session() as session:
            assert session.get(Family, other_id) is None
            assert edits.find_family(session, other_code) is None
        with db.transaction() as session:  # a statement that names the family changes nothing
            assert session.execute(sa.update(Family).where(Family.id == other_id).values(coach="X")).rowcount == 0
            assert session.execute(sa.delete(Family).where(Family.id == other_id)).rowcount == 0
        with pytest.raises(UserError, match="Das gehört nicht zu den Standorten Ihrer Anmeldung"):
            with db.transaction() as session:
                edits.create_family(session, "NEU-1", location=EVERSWINKEL)
        with pytest.raises(UserError, match="Das gehört nicht zu den Standorten Ihrer Anmeldung"):
            with db.transaction() as session:
                family = edits.find_family(session, next(iter(_codes(db))))
                family.location = EVERSWINKEL  # moving a family out of one's reach
        with db.transaction() as session:  # within its Standort everything works, with history
            edits.create_family(session, "NEU-2", location="Ennigerloh")
        assert "NEU-2" in _codes(db)
        with db.session() as session:  # the history names the coach and the login
            actors = set(session.scalars(sa.select(Change.actor).where(Change.record_type == "family")
                                         .order_by(Change.id.desc()).limit(1)))
        assert actors == {f"Kaya ({db.login})"} and db.login.startswith("uj_")
        for statement in ("UPDATE change SET actor = 'x'", "DELETE FROM change", "SELECT * FROM uj_server.access"):
            with pytest.raises(DatabaseError, match="keine Berechtigung"):
                with db.transaction() as session:
                    session.execute(sa.text(statement))
    with open_database(owner) as db, db.session() as session:
        other = session.get(Family, other_id)
        assert other is not None and other.coach != "X" and other.location == EVERSWINKEL
        assert session.scalar(sa.select(sa.func.count()).select_from(Family).where(Family.code == "NEU-1")) == 0


def test_server_commands_on_the_command_line(server_databases, tmp_path):
    """As the IT would: the database owned by a role that may create roles but is no superuser
    (the row-level security binds it too; init gives it every Standort)."""
    admin = server_databases(empty=True)
    owner_name = f"uj_owner_{uuid.uuid4().hex[:8]}"
    engine = sa.create_engine(admin, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.exec_driver_sql(f"CREATE ROLE {owner_name} LOGIN CREATEROLE PASSWORD 'eigentuemer'")
        connection.exec_driver_sql(f'ALTER DATABASE "{sa.make_url(admin).database}" OWNER TO {owner_name}')
    engine.dispose()
    owner = sa.make_url(admin).set(username=owner_name, password="eigentuemer").render_as_string(hide_password=False)
    refused = run_cli("summary", "--db", owner)  # a program never sets up a shared server on its own
    assert refused.returncode == 4 and "server init" in refused.stderr and "Traceback" not in refused.stderr
    assert run_cli("server", "init", "--db", owner).returncode == 0
    assert run_cli("server", "init", "--db", owner).returncode == 0  # again: an upgrade changes nothing
    password = tmp_path / "kennwort"
    password.write_text("geheim-123\n", encoding="utf-8")
    name = f"uj_{uuid.uuid4().hex[:10]}"
    try:
        result = run_cli("server", "add-user", name, "--standort", "Ahlen, Beckum", "--password-file", str(password),
                         "--db", owner)
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == f"Anmeldung {name}: Ahlen, Beckum"
        missing = run_cli("server", "add-user", name, "--password-file", str(password), "--db", owner)
        assert missing.returncode == 2 and "--standort" in missing.stderr
        on_a_file = run_cli("server", "init", "--db", str(tmp_path / "x.sqlite"))
        assert on_a_file.returncode == 2 and "PostgreSQL" in on_a_file.stderr
        user = sa.make_url(owner).set(username=name, password="geheim-123").render_as_string(hide_password=False)
        assert run_cli("demo", "--db", user).returncode != 0  # the demo families have no Standort of the login
        with open_database(user) as db, db.transaction() as session:
            edits.create_family(session, "A-1", location="Ahlen")
        assert run_cli("summary", "--json", "--db", user).returncode == 0
        assert run_cli("demo", "--anna", "--db", owner).returncode == 0  # the owner sees and writes all
        assert json.loads(run_cli("summary", "--json", "--db", owner).stdout)["families"] == 31
        assert json.loads(run_cli("summary", "--json", "--db", user).stdout)["families"] == 1
    finally:
        engine = sa.create_engine(admin, isolation_level="AUTOCOMMIT")
        with engine.connect() as connection:
            connection.exec_driver_sql(f'DROP ROLE IF EXISTS "{name}"')
            connection.exec_driver_sql(f"REASSIGN OWNED BY {owner_name} TO CURRENT_USER")
            connection.exec_driver_sql(f"DROP OWNED BY {owner_name}")
            connection.exec_driver_sql(f"DROP ROLE {owner_name}")
        engine.dispose()



def test_a_server_not_set_up_is_named_and_left_alone(server_databases):
    """Only ``server init`` creates the schema of a shared server (the program has one
    migration so far, so "not set up" is the older schema there is; newer ones are refused by
    the same check as for files)."""
    url = server_databases(empty=True)
    with pytest.raises(DatabaseError, match="noch nicht eingerichtet; das macht die IT mit „userjourney server init“"):
        open_database(url)
    engine = sa.create_engine(url)
    with engine.connect() as connection:  # untouched: not a table
        assert connection.exec_driver_sql(
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").scalar() == 0
    engine.dispose()
    assert run_cli("server", "init", "--db", url).returncode == 0
    with open_database(url) as db, db.session() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(Family)) == 0


def test_a_coachs_copy_of_the_server_holds_what_the_login_sees(office, tmp_path):
    _owner, login = office
    url = login(locations=("Ennigerloh",))
    target = tmp_path / "kopie.sqlite"
    result = run_cli("backup", str(target), "--db", url)
    assert result.returncode == 0, result.stderr
    assert "20 Familien, die diese Anmeldung sieht" in result.stdout
    assert target.stat().st_mode & 0o777 == 0o600
    with open_database(target, read_only=True) as copy, open_database(url) as server:
        assert _codes(copy) == _codes(server) and len(_codes(copy)) == 20
        with copy.session() as a, server.session() as b:
            assert summarize(a, SummaryFilter()).to_json() == summarize(b, SummaryFilter()).to_json()
            assert a.scalar(sa.select(sa.func.count()).select_from(Change)) == \
                b.scalar(sa.select(sa.func.count()).select_from(Change))
    again = run_cli("backup", str(target), "--db", url)
    assert again.returncode != 0 and "gibt es schon" in again.stderr


def test_a_server_that_does_not_answer_is_named_in_german():
    with pytest.raises(DatabaseError, match="antwortet nicht; bitte Name und Port prüfen"):
        open_database("postgresql+psycopg://kaya@127.0.0.1:1/userjourney?connect_timeout=2")
