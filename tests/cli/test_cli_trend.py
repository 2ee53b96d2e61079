"""``trend`` and ``--as-of`` on the command line (exchange-format §5), with exact figures.

The database is written in-process with the history's clock set to known days (noon UTC, far
from any month's edge), then read by the command as a coach or the Jobcenter would.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from unittest import mock

import pytest

from tests.conftest import CLI_BACKENDS, database_of
from tests.support import run_cli
from userjourney.core.editing import edits
from userjourney.core.history import listeners
from userjourney.core.storage.database import open_database
from userjourney.core.vocab import Area

LUNCH = Area.LUNCH.value


@pytest.fixture(params=CLI_BACKENDS)
def timed_db(request, tmp_path):
    """F-1 (Ada) from 15 Jan 2024: entitled; applied 5 Feb and using from 10 Feb; deleted 20 Apr.
    F-2 (Ben) from 3 Mar 2024: entitled, not using. On a SQLite file and on PostgreSQL."""
    path = database_of(request.param, tmp_path / "zeit.sqlite", request)
    now = [datetime(2024, 1, 15, 12, tzinfo=UTC)]

    def at(day: date):
        now[0] = datetime(day.year, day.month, day.day, 12, tzinfo=UTC)

    with mock.patch.object(listeners, "utcnow", lambda: now[0]):
        db = open_database(path, actor="Test")
        at(date(2024, 1, 15))
        with db.transaction() as s:
            family = edits.create_family(s, "F-1")
            child = edits.add_child(s, family, "Ada", 7, today=date(2024, 1, 15))
            edits.entry_for(s, child, Area.LUNCH).entitled = True
        at(date(2024, 2, 10))
        with db.transaction() as s:
            entry = edits.entry_for(s, edits.find_family(s, "F-1").children[0], Area.LUNCH)
            entry.applied, entry.applied_on, entry.used = True, date(2024, 2, 5), True
        at(date(2024, 3, 3))
        with db.transaction() as s:
            family = edits.create_family(s, "F-2")
            child = edits.add_child(s, family, "Ben", 9, today=date(2024, 3, 3))
            edits.entry_for(s, child, Area.LUNCH).entitled = True
        at(date(2024, 4, 20))
        with db.transaction() as s:
            edits.delete_family(s, edits.find_family(s, "F-1"))
        db.close()
    return path


def _trend(path, *args):
    result = run_cli("trend", "--json", "--db", str(path), *args)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _row(period):
    lunch = period["but"][LUNCH]
    return (period["end"], period["families"], period["children"], lunch["entitled"], lunch["using"],
            lunch["applications"])


def test_trend_by_month_follows_every_change(timed_db):
    data = _trend(timed_db, "--from", "2024-01-01", "--to", "2024-04-30")
    assert data["by"] == "month"
    assert [_row(p) for p in data["periods"]] == [
        ("2024-01-31", 1, 1, 1, 0, 0),
        ("2024-02-29", 1, 1, 1, 1, 1),  # applied on 5 Feb: counted in February
        ("2024-03-31", 2, 2, 2, 1, 0),
        ("2024-04-30", 1, 1, 1, 0, 0),  # F-1 deleted on 20 Apr
    ]
    assert set(data["periods"][0]["but"]) == {a.value for a in Area}
    assert data["periods"][0]["but"][LUNCH]["children"] == 1


def test_trend_by_quarter_and_as_of(timed_db):
    data = _trend(timed_db, "--by", "quarter", "--from", "2024-01-01", "--to", "2024-04-30")
    assert [_row(p) for p in data["periods"]] == [("2024-03-31", 2, 2, 2, 1, 1), ("2024-04-30", 1, 1, 1, 0, 0)]
    # the trend as it could have been drawn on 15 March: it ends there
    data = _trend(timed_db, "--from", "2024-01-01", "--as-of", "2024-03-15")
    assert [_row(p) for p in data["periods"]][-1] == ("2024-03-15", 2, 2, 2, 1, 0)


def test_summary_and_export_as_of_a_day(timed_db, tmp_path):
    result = run_cli("summary", "--json", "--as-of", "2024-02-29", "--db", str(timed_db))
    data = json.loads(result.stdout)
    assert (data["families"], data["but"][LUNCH]["using"], data["but"][LUNCH]["applications"]) == (1, 1, 1)
    text = run_cli("summary", "--as-of", "2024-02-29", "--db", str(timed_db)).stdout
    assert "Datenstand 29.02.2024" in text
    workbook = tmp_path / "damals.xlsx"
    assert run_cli("export", str(workbook), "--as-of", "2024-02-29", "--db", str(timed_db)).returncode == 0
    from openpyxl import load_workbook

    sheet = load_workbook(workbook)["BuT"]
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=2) if row[0].value]
    assert [(r[0], r[6]) for r in rows] == [("F-1", "Ada")]


def test_trend_before_the_first_record_and_bad_input(timed_db):
    data = _trend(timed_db, "--from", "2023-11-01", "--to", "2023-12-31")
    assert [_row(p) for p in data["periods"]] == [("2023-11-30", 0, 0, 0, 0, 0), ("2023-12-31", 0, 0, 0, 0, 0)]
    bad = run_cli("trend", "--from", "2024-05-01", "--to", "2024-01-01", "--db", str(timed_db))
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
    bad = run_cli("trend", "--by", "year", "--db", str(timed_db))
    assert bad.returncode == 2


def test_export_has_a_verlauf_sheet_with_charts(timed_db, tmp_path):
    """The export's sheet "Verlauf": per month from the first record to the Datenstand, the
    share, the applications, the entitled and the using per Bereich, with a line chart and bars."""
    from openpyxl import load_workbook

    workbook = tmp_path / "verlauf.xlsx"
    result = run_cli("export", str(workbook), "--as-of", "2024-03-31", "--db", str(timed_db))
    assert result.returncode == 0, result.stderr
    book = load_workbook(workbook)
    assert book.sheetnames.index("Verlauf") == book.sheetnames.index("Auswertung Minijobs") + 1
    sheet = book["Verlauf"]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    lunch = rows[5].index(LUNCH)

    def block(title):
        start = next(i for i, row in enumerate(rows) if row[0] == title) + 2
        found = []
        for row in rows[start:]:
            if row[0] is None:
                return found
            found.append((row[0].date(), row[lunch]))
        return found

    days = [date(2024, 1, 31), date(2024, 2, 29), date(2024, 3, 31)]
    share = block("Anteil, der das Angebot wahrnimmt (wahrgenommen / Anspruch)")
    assert share == list(zip(days, [0, 1, 0.5], strict=True))
    assert block("Anträge im Zeitraum") == list(zip(days, [0, 1, 0], strict=True))
    assert block("Anspruchsberechtigt") == list(zip(days, [1, 1, 2], strict=True))
    assert block("Nehmen das Angebot wahr") == list(zip(days, [0, 1, 1], strict=True))
    kinds = sorted(type(chart).__name__ for chart in sheet._charts)
    assert kinds == ["BarChart", "LineChart"]
    cover = [[c.value for c in row] for row in book["Übersicht"].iter_rows()]
    assert ["Verlauf", "Anspruch, Nutzung und Anträge je Monat oder Quartal"] in [r[:2] for r in cover]


@pytest.mark.slow  # several processes or file systems: make test, not make test-fast
def test_anna_entered_over_the_project_ends_at_anhang_6_6(tmp_path):
    """``demo --verlauf``: the Verlauf per quarter rises to the figures of Anhang 6.6, and a
    second run changes nothing."""
    from tests.support import anhang66

    db = str(tmp_path / "anna.sqlite")
    assert run_cli("demo", "--verlauf", "--db", db).returncode == 0
    data = _trend(tmp_path / "anna.sqlite", "--by", "quarter", "--to", "2021-12-31")
    assert [_row(p) for p in data["periods"]] == [
        ("2020-09-30", 20, 42, 35, 0, 0),
        ("2020-12-31", 30, 61, 48, 7, 3),
        ("2021-03-31", 30, 61, 48, 13, 4),
        ("2021-06-30", 30, 61, 48, 25, 7),
        ("2021-09-30", 30, 61, 48, 35, 5),
        ("2021-12-31", 30, 61, 48, 37, 0),
    ]
    summary = run_cli("summary", "--json", "--from", "2020-08-01", "--to", "2021-12-31", "--stand", "2021-12-31",
                      "--db", db)
    anhang66.check_against_anhang(json.loads(summary.stdout))
    again = run_cli("demo", "--verlauf", "--db", db)
    assert again.returncode == 0 and "0 angelegt, 30 schon vorhanden" in again.stdout
