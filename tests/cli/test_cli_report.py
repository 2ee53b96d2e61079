"""``userjourney report`` as a process (exchange-format §4): the figures of ``summary --json``,
small counts hidden with ``--min-cell``, bad input as one German line and nothing written."""

from __future__ import annotations

import json

import pytest

from tests.conftest import CLI_BACKENDS, database_of
from tests.support import run_cli
from tests.support.report import numbers, read_report, with_hidden


@pytest.fixture(params=CLI_BACKENDS)
def anna(request, tmp_path):
    db = str(database_of(request.param, tmp_path / "anna.sqlite", request))
    result = run_cli("demo", "--anna", "--db", db)
    assert result.returncode == 0, result.stderr
    return db


def summary_json(db: str, *args: str) -> dict:
    result = run_cli("summary", "--json", "--db", db, *args)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_report_has_the_figures_of_summary_json(anna, tmp_path):
    target = tmp_path / "bericht.xlsx"
    period = ("--from", "2020-08-01", "--to", "2021-12-31", "--standort", "Ennigerloh")
    result = run_cli("report", str(target), "--db", anna, *period)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.splitlines() == [
        f"Bericht für das Jobcenter geschrieben: {target}",
        "Blätter: Übersicht, Mittagsverpflegung, Lernförderung, Teilhabe schulisch, Teilhabe soziokulturell, "
        "Auswertung Minijobs",
        "Kleine Werte: nicht ausgeblendet (ohne --min-cell)",
    ]
    assert read_report(target) == summary_json(anna, *period)


def test_min_cell_hides_small_counts(anna, tmp_path):
    target = tmp_path / "bericht.xlsx"
    result = run_cli("report", str(target), "--db", anna, "--min-cell", "3")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "Mindestfallzahl 3: 23 Werte ausgeblendet (•)"
    shown = read_report(target)
    assert [n for n in numbers(shown) if n in (1, 2)] == []
    assert shown == with_hidden(summary_json(anna), shown)
    # Mittagsverpflegung: 8 + 1 + 1 + 1 children without use; the 8 goes with the ones
    reasons = shown["but"]["Mittagsverpflegung"]["reasons"]
    assert [r["count"] for r in reasons] == ["•"] * 4


@pytest.mark.parametrize("args, message", [
    (("--min-cell", "1"), "userjourney: --min-cell: die Mindestfallzahl muss mindestens 2 sein, nicht 1."),
    (("--min-cell", "drei"), "userjourney report: Fehler: --min-cell: eine ganze Zahl wird erwartet, nicht „drei“"),
])
def test_bad_min_cell_is_one_german_line_and_nothing_is_written(tmp_path, args, message):
    target = tmp_path / "bericht.xlsx"
    result = run_cli("report", str(target), "--db", str(tmp_path / "db.sqlite"), *args)
    assert result.returncode == 2
    assert result.stderr.splitlines()[-1] == message
    assert not target.exists()


def test_as_of_reports_the_data_as_they_were(tmp_path):
    """exchange-format §5: ``--as-of`` works with ``report`` — before the first record, zeros;
    in the future, refused as bad input."""
    db = str(tmp_path / "anna.sqlite")
    assert run_cli("demo", "--anna", "--db", db).returncode == 0
    target = tmp_path / "damals.xlsx"
    done = run_cli("report", str(target), "--db", db, "--as-of", "2000-01-01")
    assert done.returncode == 0, done.stderr
    figures = read_report(target)
    assert (figures["families"], figures["children"], numbers(figures["but"])) == (0, 0, [0] * len(numbers(figures["but"])))
    future = run_cli("report", str(tmp_path / "morgen.xlsx"), "--db", db, "--as-of", "2999-01-01")
    assert future.returncode == 2 and not (tmp_path / "morgen.xlsx").exists()
