"""The access record (issue 14): every export, report and history export leaves one history row
— who, what kind, which filters, how many families, which file — and nothing else notices it."""

from __future__ import annotations

from datetime import date

from tests.support import run_cli
from userjourney.core.demo.anna import store_anna
from userjourney.core.excel.export import write_export
from userjourney.core.excel.jobcenter_report import write_report
from userjourney.core.history.access import access_log
from userjourney.core.history.audit import family_history
from userjourney.core.storage.database import open_database
from userjourney.core.storage.models import Family, utcnow
from userjourney.core.summary.counting import summarize
from userjourney.core.summary.filters import SummaryFilter
from userjourney.core.summary.reading import reading_session


def test_a_report_and_an_export_are_recorded_with_who_what_filters_and_families(db, tmp_path):
    with db.transaction() as session:
        store_anna(session)
    filters = SummaryFilter(location="Ennigerloh", date_from=date(2020, 8, 1), date_to=date(2021, 12, 31))
    report = write_report(db, tmp_path / "bericht.xlsx", filters, min_cell=3)
    export = write_export(db, tmp_path / "austausch.xlsx", SummaryFilter())
    assert report.access_problem is None and export.access_problem is None
    newest, oldest = access_log(db)
    assert (oldest.kind, oldest.kind_text, oldest.families, oldest.file) == (
        "report", "Bericht für das Jobcenter", report.families, "bericht.xlsx")
    assert oldest.actor.startswith("Testerin")  # on a server: "Testerin (login)"
    assert oldest.filters.startswith("Standort Ennigerloh · Stand ")
    assert "Anträge vom 01.08.2020 bis 31.12.2021" in oldest.filters and oldest.filters.endswith("Mindestfallzahl 3")
    assert (newest.kind, newest.families, newest.file) == ("export", 30, "austausch.xlsx")
    assert newest.filters.startswith("alle Familien · ")


def test_access_rows_are_in_no_past_and_no_familys_history(db, tmp_path):
    with db.transaction() as session:
        store_anna(session)
    before = utcnow()
    write_report(db, tmp_path / "bericht.xlsx")
    with reading_session(db, SummaryFilter(as_of=utcnow())) as session:
        past = summarize(session, SummaryFilter(stand=date(2021, 12, 31)))
    with db.session() as session:
        now = summarize(session, SummaryFilter(stand=date(2021, 12, 31)))
        family = session.query(Family).filter(Family.code == "ANNA-01").one()
        history = family_history(session, family.id)
    assert past.to_json() == now.to_json()
    assert all(row.at < before for row in history)


def test_a_command_that_only_reads_still_records_its_export(tmp_path):
    path = tmp_path / "daten.sqlite"
    assert run_cli("demo", "--db", str(path)).returncode == 0
    done = run_cli("report", str(tmp_path / "b.xlsx"), "--db", str(path), "--coach", "Max Mustermann")
    assert done.returncode == 0, done.stderr
    with open_database(path) as db:
        (access,) = access_log(db)
    assert (access.kind, access.families, access.file) == ("report", 1, "b.xlsx")
    assert access.filters.startswith("JobCoach Max Mustermann · ")  # the record is internal: it names the filter
