"""Erasure on request (GDPR art. 17, exchange-format §7): ``purge FAMILIE`` leaves no trace of
the family — not in its records, its history, any past (``--as-of``), the bytes of the database
file and its log, nor the backups beside it; one anonymous line says that a family was erased."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa

from tests.support import run_cli
from userjourney.core.editing import edits
from userjourney.core.history.purging import purge_family
from userjourney.core.storage.models import Change, Family, Reason
from userjourney.core.summary.counting import summarize
from userjourney.core.summary.filters import SummaryFilter
from userjourney.core.summary.reading import reading_session
from userjourney.core.vocab import Area

#: What identifies Familie Müller in the demo (Anhang 6.7): code, names, typed texts.
TRACES = ("Müller", "Martina", "Mia Müller", "Begegnungszentrum", "Sprachschwierigkeiten")


def _bytes_of_everything(folder) -> bytes:
    return b"".join(path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file())


@pytest.mark.slow  # several processes or file systems: make test, not make test-fast
def test_purge_leaves_no_trace_in_the_file_its_log_the_backups_or_the_past(tmp_path):
    db = tmp_path / "daten.sqlite"
    assert run_cli("demo", "--db", str(db)).returncode == 0
    assert run_cli("backup", str(tmp_path / "kopie-woanders.sqlite"), "--db", str(db)).returncode == 0
    from userjourney.core.storage.backups import make_backup

    make_backup(db, "vor-test")  # a copy in backups/ beside the file, as the program makes them
    before = datetime.now(UTC)
    everything = _bytes_of_everything(tmp_path / "backups") + db.read_bytes()
    assert all(trace.encode() in everything for trace in TRACES)

    result = run_cli("purge", "Müller", "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[1] == "Sicherungen bereinigt: 1"

    left = _bytes_of_everything(tmp_path / "backups") + b"".join(
        p.read_bytes() for p in tmp_path.glob("daten.sqlite*"))
    for trace in TRACES:
        assert trace.encode() not in left, trace
    assert b"Schmidt" in db.read_bytes()  # the other family is untouched
    from userjourney.core.storage.database import open_database

    with open_database(db) as database, database.session() as session:
        assert [f.code for f in session.scalars(sa.select(Family))] == ["Schmidt"]
        anonymous = session.scalars(sa.select(Change).where(Change.record_type == "database")).all()
        # only that a family was erased, and its random id (so a sync erases it elsewhere too)
        assert [(row.action, row.family_id, sorted(json.loads(row.new_value))) for row in anonymous] == [
            ("purge", None, ["erased", "families"])]
        with reading_session(database, SummaryFilter(as_of=before)) as past:  # gone from the past too
            assert summarize(past, SummaryFilter()).families == 1
    again = run_cli("purge", "Müller", "--db", str(db))
    assert again.returncode == 2 and "weder jetzt noch im Verlauf" in again.stderr


def test_a_family_deleted_earlier_is_found_by_its_code_in_the_history(db):
    with db.transaction() as session:
        family = edits.create_family(session, "Alt", location="Ahlen")
        child = edits.add_child(session, family, "Ida", 4)
        edits.set_reason(session, edits.entry_for(session, child, Area.LUNCH), "Ida isst nur Nudeln")
    with db.transaction() as session:
        edits.delete_family(session, edits.find_family(session, "Alt"))
    with db.session() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(Change)) > 0
    purged = purge_family(db, "Alt")
    assert purged.history_rows > 0
    with db.session() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(Change).where(Change.family_id.is_not(None))) == 0
        texts = set(session.scalars(sa.select(Reason.text)))
        assert "Ida isst nur Nudeln" not in texts  # a reason only this family typed is gone too
        assert "Kind / Jugendlicher möchte zuhause essen" in texts  # the shipped catalogue stays
    with pytest.raises(Exception, match="weder jetzt noch im Verlauf"):
        purge_family(db, "Alt")


def test_retention_lists_families_unchanged_for_years_present_or_deleted_and_erases_nothing(db):
    """The retention period: families whose last change is older than the cut-off, oldest first,
    a deleted one under the code it had; a family changed since is not listed."""
    from userjourney.core.history.purging import retention_candidates

    with db.transaction() as session:
        for code in ("Alt", "Weg", "Neu"):
            edits.create_family(session, code, location="Ahlen")
    with db.transaction() as session:
        edits.delete_family(session, edits.find_family(session, "Weg"))
    ages = {"Alt": datetime(2012, 3, 1, tzinfo=UTC), "Weg": datetime(2010, 6, 1, tzinfo=UTC)}
    with db.transaction() as session:
        for code, at in ages.items():
            ids = {row.family_id for row in session.execute(
                sa.select(Change.family_id).where(Change.record_type == "family", Change.new_value.contains(code)))}
            session.execute(sa.update(Change).where(Change.family_id.in_(ids)).values(at=at))
    found = retention_candidates(db, datetime(2016, 1, 1, tzinfo=UTC))
    assert [(c.code, c.last_change.year, c.deleted) for c in found] == [("Weg", 2010, True), ("Alt", 2012, False)]
    assert retention_candidates(db, datetime(2011, 1, 1, tzinfo=UTC))[0].code == "Weg"
    with db.session() as session:
        assert {f.code for f in session.scalars(sa.select(Family))} == {"Alt", "Neu"}  # nothing erased
