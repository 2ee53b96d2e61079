"""``sync``, ``conflicts``, ``resolve`` as processes (exchange-format §6), with this database a
plain file, an encrypted one or a server, and the other one a laptop's file."""

from __future__ import annotations

import json

import pytest

from tests.conftest import CLI_BACKENDS, database_of
from tests.support import run_cli
from userjourney.core.editing import edits
from userjourney.core.storage.database import open_database


@pytest.fixture(params=CLI_BACKENDS)
def office(request, tmp_path):
    db = str(database_of(request.param, tmp_path / "buero.sqlite", request))
    result = run_cli("demo", "--db", db)  # Familie Schmidt and Familie Müller
    assert result.returncode == 0, result.stderr
    return db


def _ok(*args: str):
    result = run_cli(*args)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return result


def _set_age(db: str, actor: str, age: int) -> None:
    with open_database(db, actor=actor) as database, database.transaction() as s:
        family = edits.find_family(s, "Schmidt")
        child = next(c for c in family.children if c.name == "Jan")
        edits.update_child(s, child, "age", age)


def test_a_laptop_starts_empty_and_gets_everything(office, tmp_path):
    laptop = tmp_path / "laptop.sqlite"
    open_database(laptop).close()
    result = _ok("sync", office, "--db", str(laptop))
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"In diese Datenbank ({laptop}): 2 Familien übernommen oder geändert, ")
    assert lines[1].startswith("In die andere (") and lines[1].endswith("): nichts")
    assert lines[2] == "Neue Konflikte: 0 (offen insgesamt: 0)"
    summary = [json.loads(_ok("summary", "--json", "--db", db).stdout) for db in (office, str(laptop))]
    assert summary[0] == summary[1]
    again = _ok("sync", office, "--db", str(laptop))
    assert again.stdout.splitlines()[0] == "Beide Datenbanken waren schon auf demselben Stand; nichts geändert."


def test_a_conflict_is_listed_decided_and_gone_on_both_sides(office, tmp_path):
    laptop = tmp_path / "laptop.sqlite"
    open_database(laptop).close()
    _ok("sync", office, "--db", str(laptop))
    _set_age(office, "Frau Kaya", 11)
    _set_age(str(laptop), "Herr Brandt", 12)
    result = _ok("sync", office, "--db", str(laptop))
    assert result.stdout.splitlines()[-1] == "Neue Konflikte: 1 (offen insgesamt: 1)"

    listed = json.loads(_ok("conflicts", "--json", "--db", office).stdout)
    (conflict,) = listed["conflicts"]
    assert set(conflict) == {"id", "family", "what", "current", "values"}
    assert (conflict["family"], conflict["what"], conflict["current"]) == ("Schmidt", "Kind Jan: Alter", 12)
    assert [(v["value"], v["by"].split(" (")[0]) for v in conflict["values"]] == [(12, "Herr Brandt"), (11, "Frau Kaya")]
    assert json.loads(_ok("conflicts", "--json", "--db", str(laptop)).stdout) == listed  # the same on both

    text = _ok("conflicts", "--db", office).stdout
    assert text.splitlines()[0] == f"{conflict['id']}  Familie Schmidt · Kind Jan: Alter"

    decided = _ok("resolve", conflict["id"], "--take", "1", "--db", office)
    assert decided.stdout.strip() == f"Konflikt {conflict['id']} entschieden: Kind Jan: Alter = 11"
    _ok("sync", office, "--db", str(laptop))
    for db in (office, str(laptop)):
        assert json.loads(_ok("conflicts", "--json", "--db", db).stdout) == {"conflicts": []}
        with open_database(db) as database, database.session() as s:
            assert next(c for c in edits.find_family(s, "Schmidt").children if c.name == "Jan").age_years == 11


@pytest.mark.parametrize("args, message", [
    (("resolve", "abc", "--take", "0"), "userjourney: Keinen offenen Konflikt mit der Nummer „abc“ gefunden"),
    (("sync", "fehlt.sqlite"), "userjourney: Die Datenbank fehlt.sqlite gibt es nicht; nichts abgeglichen."),
])
def test_bad_requests_say_what_is_wrong_in_one_line(tmp_path, args, message):
    db = tmp_path / "daten.sqlite"
    open_database(db).close()
    before = db.read_bytes()
    result = run_cli(*args, "--db", str(db), cwd=tmp_path)
    assert result.returncode != 0 and result.stdout == ""
    assert result.stderr.startswith(message) and len(result.stderr.splitlines()) == 1
    assert db.read_bytes() == before
