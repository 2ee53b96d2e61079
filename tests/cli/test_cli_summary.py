"""``userjourney summary`` as a process: the contract JSON, the German tables, filters, bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import CLI_BACKENDS, TEST_PASSPHRASE, encrypted_database
from tests.support import REPO, anhang66, run_cli

#: ``userjourney demo`` (Schmidt, Anhang 6.5; Müller, Anhang 6.7), summarised as of 31.12.2022.
SCHMIDT_MUELLER_TEXT = """\
Auswertung BuT (wie „BuT bei ANNA“, Anhang 6.6)
Stand 31.12.2022 · Datenstand aktuell · alle Familien

Die Kinder und Jugendlichen
  Familien (Bedarfsgemeinschaften)                   2
  Kinder und Jugendliche                             2
  mit Migrationshintergrund                          0  (0 %)
  wachsen bei nur einem Elternteil auf               0  (0 %)

Anträge (alle, ohne Zeitraum)
  Mittagsverpflegung                                 1
  Lernförderung                                      1
  Teilhabe schulisch                                 0
  Teilhabe soziokulturell                            1

Mittagsverpflegung
  Von 2 Kindern und Jugendlichen sind:
    ohne Anspruch                                    0
    anspruchsberechtigt                              2
    Anspruch nicht geklärt                           0
  Anspruchsberechtigte Schritt für Schritt:
    Angebot vorhanden                                2
    Angebot bekannt                                  2
    Angebot interessant                              1
    Antrag gestellt                                  1
    Antrag bewilligt                                 1
    Angebot wahrgenommen                             1
  Anträge (alle, ohne Zeitraum)                      1
  nehmen das Angebot wahr                            1
    in KiTas                                         1
    an Schulen                                       0
    sonstige                                         0
  davon nach Details:
    - Mittagessen KiTa (1)
  Warum wird das Angebot nicht in Anspruch genommen?
    - Kind möchte zuhause essen (1)

Lernförderung
  Von 2 Kindern und Jugendlichen sind:
    ohne Anspruch                                    1
    anspruchsberechtigt                              1
    Anspruch nicht geklärt                           0
  Anspruchsberechtigte Schritt für Schritt:
    Angebot vorhanden                                1
    Angebot bekannt                                  1
    Angebot interessant                              1
    Antrag gestellt                                  1
    Antrag bewilligt                                 1
    Angebot wahrgenommen                             1
  Anträge (alle, ohne Zeitraum)                      1
  nehmen das Angebot wahr                            1
    in KiTas                                         0
    an Schulen                                       1
    sonstige                                         0
  davon nach Details:
    - Deutsch (1)
    - Mathe (1)
  Warum wird das Angebot nicht in Anspruch genommen?
    (keine Anspruchsberechtigten ohne Inanspruchnahme)

Teilhabe schulisch
  Von 2 Kindern und Jugendlichen sind:
    ohne Anspruch                                    1
    anspruchsberechtigt                              1
    Anspruch nicht geklärt                           0
  Anspruchsberechtigte Schritt für Schritt:
    Angebot vorhanden                                1
    Angebot bekannt                                  1
    Angebot interessant                              0
    Antrag gestellt                                  0
    Antrag bewilligt                                 0
    Angebot wahrgenommen                             0
  Anträge (alle, ohne Zeitraum)                      0
  nehmen das Angebot wahr                            0
    in KiTas                                         0
    an Schulen                                       0
    sonstige                                         0
  Warum wird das Angebot nicht in Anspruch genommen?
    - momentan keine Klassenfahrten (1)

Teilhabe soziokulturell
  Von 2 Kindern und Jugendlichen sind:
    ohne Anspruch                                    0
    anspruchsberechtigt                              2
    Anspruch nicht geklärt                           0
  Anspruchsberechtigte Schritt für Schritt:
    Angebot vorhanden                                2
    Angebot bekannt                                  2
    Angebot interessant                              2
    Antrag gestellt                                  1
    Antrag bewilligt                                 1
    Angebot wahrgenommen                             1
  Anträge (alle, ohne Zeitraum)                      1
  nehmen das Angebot wahr                            1
    in KiTas                                         1
    an Schulen                                       0
    sonstige                                         0
  davon nach Details:
    - Fußballverein (1)
  Warum wird das Angebot nicht in Anspruch genommen?
    - Kind noch in der Interessensfindung (1)

Minijobs
  Personen                                           2
  Wie selbstständig? Personen je Stufe:
                                      1    2    3    4
    Minijob gesucht                   0    2    0    0
    Minijob gefunden                  1    0    1    0
    pot. Arbeitgeber angesprochen     1    0    1    0
    1 = selbstständig / 2 = mit wenig Unterstützung / 3 = mit viel Unterstützung / 4 = unselbstständig
  Aufstockung möglich                                2
  aufgestockt                                        1
  nachhaltig (≥ 3 Monate, Stand 31.12.2022)          1
"""


@pytest.fixture(scope="module", params=CLI_BACKENDS)
def backend(request):
    with pytest.MonkeyPatch.context() as patch:  # the module's databases outlive a test's environment
        patch.setenv("USERJOURNEY_PASSPHRASE", TEST_PASSPHRASE)
        yield request.param


def _target(backend, tmp_path_factory, name):
    """A SQLite file (plain or encrypted), or a database on the test PostgreSQL (the commands
    get its URL)."""
    if backend in ("sqlite", "encrypted"):
        path = tmp_path_factory.mktemp(name) / f"{name}.sqlite"
        yield encrypted_database(path) if backend == "encrypted" else path
        return
    from tests.support import postgres

    server = postgres.server_url()
    if server is None:
        pytest.skip("PostgreSQL ist hier nicht installiert (.ci/run installiert es)")
    url = postgres.fresh_database(server)
    yield url
    postgres.drop_database(server, url)


@pytest.fixture(scope="module")
def demo_db(backend, tmp_path_factory):
    for path in _target(backend, tmp_path_factory, "demo"):
        assert run_cli("demo", "--db", str(path)).returncode == 0
        yield path


@pytest.fixture(scope="module")
def anna_db(backend, tmp_path_factory):
    for path in _target(backend, tmp_path_factory, "anna"):
        yield from _anna(path)


def _anna(path):
    result = run_cli("demo", "--anna", "--db", str(path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[:2] == [
        "ANNA-Familien: 30 angelegt, 0 schon vorhanden (unverändert)",
        f"Auswertung wie Anhang 6.6: userjourney summary --from 2020-08-01 --to 2021-12-31 --db {_shown(path)}",
    ]
    yield path


def _shown(target) -> str:
    import shlex

    from userjourney.core.storage.target import resolve_target

    resolved = resolve_target(str(target))
    return shlex.quote(str(resolved.path) if resolved.is_sqlite else resolved.describe())


def summary_json(db, *args) -> dict:
    result = run_cli("summary", "--json", "--db", str(db), *args)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return json.loads(result.stdout)


def test_summary_json_reproduces_anhang_6_6(anna_db):
    start, end = anhang66.PERIOD
    anhang66.check_against_anhang(summary_json(anna_db, "--from", start, "--to", end))


def test_demo_anna_is_idempotent_on_the_command_line(anna_db):
    before = summary_json(anna_db)
    again = run_cli("demo", "--anna", "--db", str(anna_db))
    assert again.returncode == 0
    assert "ANNA-Familien: 0 angelegt, 30 schon vorhanden (unverändert)" in again.stdout
    assert summary_json(anna_db) == before


def test_summary_text_for_the_schmidt_and_mueller_demo(demo_db):
    result = run_cli("summary", "--db", str(demo_db), "--stand", "2022-12-31")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == SCHMIDT_MUELLER_TEXT.splitlines()


def test_summary_text_shows_the_anhang_headline_and_ranking(anna_db):
    start, end = anhang66.PERIOD
    lines = run_cli("summary", "--db", str(anna_db), "--from", start, "--to", end).stdout.splitlines()
    assert "  mit Migrationshintergrund                         42  (69 %)" in lines
    assert "  wachsen bei nur einem Elternteil auf              34  (56 %)" in lines
    assert "Anträge (vom 01.08.2020 bis 31.12.2021)" in lines
    first_reason = lines.index("Teilhabe schulisch") + lines[lines.index("Teilhabe schulisch"):].index(
        "  Warum wird das Angebot nicht in Anspruch genommen?") + 1
    assert lines[first_reason] == (
        "    - Corona bedingt werden schulische Aktivitäten (Klassenfahrten) derzeit nicht angeboten "
        "bzw. abgesagt (25)")


def test_filters_on_the_command_line(demo_db):
    everswinkel = summary_json(demo_db, "--standort", "Everswinkel")
    assert (everswinkel["families"], everswinkel["children"], everswinkel["minijobs"]["persons"]) == (1, 0, 2)
    coach = summary_json(demo_db, "--coach", "Max Mustermann")
    assert (coach["families"], coach["children"], coach["minijobs"]["persons"]) == (1, 2, 0)
    both = summary_json(demo_db, "--standort", "Everswinkel", "--coach", "Max Mustermann")
    assert (both["families"], both["children"]) == (0, 0)
    # Jana applied for lunch on 28.03.22, Jan for tutoring on 01.02.22, Jana for sport on 06.04.22.
    march = summary_json(demo_db, "--from", "2022-03-01", "--to", "28.03.2022")
    assert {area: v["applications"] for area, v in march["but"].items()} == {
        "Mittagsverpflegung": 1, "Lernförderung": 0, "Teilhabe schulisch": 0, "Teilhabe soziokulturell": 0}
    # Martina's Minijob is nachhaltig by the coach's answer, whatever the Stand.
    assert summary_json(demo_db, "--stand", "2000-01-01")["minijobs"]["sustainable"] == 1


def test_json_is_utf8_in_contract_order_even_on_an_ascii_console(demo_db):
    env = dict(os.environ, PYTHONPATH=str(REPO), PYTHONIOENCODING="ascii", LC_ALL="C")
    proc = subprocess.run([sys.executable, "-m", "userjourney", "summary", "--json", "--db", str(demo_db)],
                          capture_output=True, env=env, cwd=REPO, timeout=120)
    assert proc.returncode == 0, proc.stderr
    text = proc.stdout.decode("utf-8")
    assert '"Lernförderung"' in text and "\\u00f6" not in text
    data = json.loads(text)
    assert list(data) == ["families", "children", "children_with_migration_background",
                          "children_single_parent", "but", "minijobs"]
    assert list(data["but"]) == ["Mittagsverpflegung", "Lernförderung", "Teilhabe schulisch",
                                 "Teilhabe soziokulturell"]


def test_empty_database_gives_zeros_not_an_error(tmp_path):
    db = tmp_path / "neu.sqlite"
    data = summary_json(db)
    assert data["families"] == data["children"] == 0
    assert all(area["children"] == 0 and area["reasons"] == [] for area in data["but"].values())
    text = run_cli("summary", "--db", str(db))
    assert text.returncode == 0
    assert "  Es sind noch keine Familien erfasst." in text.stdout.splitlines()


def test_period_ending_before_it_starts_is_one_german_line(tmp_path):
    db = tmp_path / "x.sqlite"
    result = run_cli("summary", "--db", str(db), "--from", "2022-02-01", "--to", "2022-01-31")
    assert result.returncode == 2
    assert result.stderr == (
        "userjourney: Der Zeitraum ist leer: der Beginn 01.02.2022 liegt nach dem Ende 31.01.2022.\n")
    assert result.stdout == ""
    assert not db.exists()  # refused before the database is touched


def test_bad_values_on_the_command_line(tmp_path):
    db = tmp_path / "x.sqlite"
    result = run_cli("summary", "--db", str(db), "--stand", "2022-13-01")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "--stand: „2022-13-01“ ist kein gültiges Datum" in result.stderr
    not_a_db = tmp_path / "notiz.sqlite"
    not_a_db.write_text("kein SQLite", encoding="utf-8")
    result = run_cli("summary", "--json", "--db", str(not_a_db))
    assert result.returncode == 4 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "keine userjourney-Datenbank" in result.stderr
