"""The database as of a moment (exchange-format §5): exact, whatever happened since.

The rule, as a property: for random timed edit sequences (families, children, entries, details,
Minijobs created, changed, cleared, deleted — and undone, which re-inserts records under their
old ids), the database rebuilt ``--as-of T`` has the same content and the same summary as a
database that received only the edits up to T.
"""

from __future__ import annotations

import json
import time
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from unittest import mock

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.conftest import BACKENDS
from tests.support import examples, run_cli
from userjourney.core.editing import edits
from userjourney.core.history import listeners
from userjourney.core.history.as_of import as_of_session, past_state
from userjourney.core.history.listeners import last_commit
from userjourney.core.history.revert import RevertConflict, revert
from userjourney.core.storage.database import open_database
from userjourney.core.storage.models import ButDetail, ButEntry, Child, Family, MinijobEntry, Person, Reason
from userjourney.core.summary.counting import summarize
from userjourney.core.summary.filters import SummaryFilter
from userjourney.core.vocab import Area

START = datetime(2024, 1, 1, 8, 0, tzinfo=UTC)
CODES = ("F-1", "F-2")  # few: so that edits meet the same records often
NAMES = ("Ada", "Ben")
FIELDS = ("entitled", "applied", "used")
AREAS = (Area.LUNCH, Area.TUTORING)

operation = st.one_of(
    st.tuples(st.just("family"), st.sampled_from(CODES)),
    st.tuples(st.just("family_field"), st.sampled_from(CODES),
              st.sampled_from(("location", "coach", "migration_background")), st.sampled_from((None, "A", "B", True))),
    st.tuples(st.just("child"), st.sampled_from(CODES), st.sampled_from(NAMES), st.integers(0, 17)),
    st.tuples(st.just("remove_child"), st.sampled_from(CODES), st.sampled_from(NAMES)),
    st.tuples(st.just("entry"), st.sampled_from(CODES), st.sampled_from(NAMES), st.sampled_from(AREAS),
              st.sampled_from(FIELDS), st.sampled_from((None, True, False))),
    st.tuples(st.just("entry_text"), st.sampled_from(CODES), st.sampled_from(NAMES), st.sampled_from(AREAS),
              st.sampled_from(("note", "reason", "applied_on", "detail")), st.sampled_from((None, "x", "y"))),
    st.tuples(st.just("minijob"), st.sampled_from(CODES), st.sampled_from((None, 1, 4)), st.booleans()),
    st.tuples(st.just("delete_family"), st.sampled_from(CODES)),
    st.tuples(st.just("undo"),),
)


def _family(session, code):
    return edits.find_family(session, code)


def _child(family, name):
    return next((c for c in family.children if c.name == name), None) if family else None


def apply(session, op) -> None:
    """One operation in the caller's transaction; nothing when it does not apply."""
    kind, *args = op
    family = _family(session, args[0]) if args and kind != "undo" else None
    if kind == "family" and family is None:
        edits.create_family(session, args[0])
    elif kind == "family_field" and family is not None:
        name, value = args[1], args[2]
        if name == "migration_background":
            value = None if value is None else value is True or value == "A"
        elif value is True:
            value = "C"
        setattr(family, name, value)
    elif kind == "child" and family is not None and _child(family, args[1]) is None:
        edits.add_child(session, family, args[1], args[2], today=START.date())
    elif kind == "remove_child" and (child := _child(family, args[1])) is not None:
        edits.remove_child(session, child)
    elif kind in ("entry", "entry_text") and (child := _child(family, args[1])) is not None:
        entry = edits.entry_for(session, child, args[2])
        field, value = args[3], args[4]
        if field == "reason":
            reasons = session.scalars(sa.select(Reason).order_by(Reason.text)).all()
            entry.reason_id = None if value is None else reasons[0 if value == "x" else 1].id
        elif field == "applied_on":
            entry.applied_on = None if value is None else START.date() + timedelta(days=3 if value == "x" else 40)
        elif field == "detail":
            if value is None:
                for detail in list(entry.details):
                    session.delete(detail)
                    entry.details.remove(detail)
            elif value not in [d.item for d in entry.details]:
                from userjourney.core.storage.models import ButDetail

                entry.details.append(ButDetail(item=value, position=len(entry.details)))
        else:
            setattr(entry, field, value)
    elif kind == "minijob" and family is not None:
        person = family.persons[0] if family.persons else edits.add_person(session, family, "Eltern", 40,
                                                                              today=START.date())
        job = person.minijob or MinijobEntry(person_id=person.id)
        if person.minijob is None:
            person.minijob = job
            session.add(job)
        job.searched = args[1]
        job.topup_possible = job.topped_up = args[2] or None  # topped up needs possible
    elif kind == "delete_family" and family is not None:
        edits.delete_family(session, family)


@contextmanager
def clock():
    """History rows stamped with a controllable time (one minute per transaction)."""
    now = [START]
    with mock.patch.object(listeners, "utcnow", lambda: now[0]):
        yield now


def run(db, ops, clock_now) -> list:
    """Apply ``ops``, one transaction each, one minute apart; returns the times."""
    times, last = [], []
    for op in ops:
        clock_now[0] += timedelta(minutes=1)
        times.append(clock_now[0])
        if op[0] == "undo":
            if not last:
                continue
            try:
                with db.transaction() as session:
                    revert(session, last.pop())
                    info = last_commit(session)
            except RevertConflict:
                continue
        else:
            with db.transaction() as session:
                apply(session, op)
                info = last_commit(session)
        if info.txn_id is not None and op[0] != "undo":
            last.append(info.txn_id)
    return times


def content(session) -> dict:
    """Everything a person sees, by codes and names (ids differ between databases)."""
    q = session.execute
    families = sorted(q(sa.select(Family.code, Family.location, Family.coach, Family.migration_background,
                                  Family.created_on)).all())
    children = sorted(q(sa.select(Family.code, Child.name, Child.age_years, Child.position)
                        .join(Family, Child.family_id == Family.id)).all())
    details: dict = {}
    for entry_id, item in q(sa.select(ButDetail.entry_id, ButDetail.item)).all():
        details.setdefault(entry_id, []).append(item)
    entries = sorted(((*row[1:], ",".join(sorted(details.get(row[0], []))) or None) for row in q(
        sa.select(ButEntry.id, Family.code, Child.name, ButEntry.area, ButEntry.entitled, ButEntry.offer_exists,
                  ButEntry.offer_known, ButEntry.applied, ButEntry.approved, ButEntry.used, ButEntry.applied_on,
                  Reason.text, ButEntry.note)
        .join(Child, ButEntry.child_id == Child.id).join(Family, Child.family_id == Family.id)
        .outerjoin(Reason, ButEntry.reason_id == Reason.id)).all()), key=repr)
    jobs = sorted(q(sa.select(Family.code, Person.name, MinijobEntry.searched, MinijobEntry.topped_up)
                    .join(Person, MinijobEntry.person_id == Person.id).join(Family, Person.family_id == Family.id)).all(),
                  key=repr)
    return {"families": families, "children": children, "entries": entries, "jobs": jobs}


CLEARED = [("family", "F-1"), ("child", "F-1", "Ada", 3), ("entry", "F-1", "Ada", Area.LUNCH, "entitled", True),
           ("entry", "F-1", "Ada", Area.LUNCH, "entitled", None), ("entry", "F-1", "Ada", Area.LUNCH, "used", True)]
UNDONE = [("family", "F-1"), ("child", "F-1", "Ada", 3), ("entry", "F-1", "Ada", Area.LUNCH, "used", True),
          ("remove_child", "F-1", "Ada"), ("undo",), ("entry_text", "F-1", "Ada", Area.LUNCH, "note", "x")]

CHANGED_THEN_DELETED = [("family", "F-1"), ("child", "F-1", "Ada", 3),
                        ("entry", "F-1", "Ada", Area.LUNCH, "used", True),
                        ("entry", "F-1", "Ada", Area.LUNCH, "used", None), ("remove_child", "F-1", "Ada")]


@settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@example(ops=CLEARED, cut=4)  # a value cleared after the insert: NULL, not the inserted value
@example(ops=UNDONE, cut=5)  # a deleted child brought back by undo, under its old id
@example(ops=CHANGED_THEN_DELETED, cut=3)  # after the cut changed, then deleted: as it was at the cut
@given(ops=st.lists(operation, min_size=1, max_size=25), cut=st.integers(0, 25))
@pytest.mark.parametrize("backend", BACKENDS)
def test_as_of_equals_a_database_that_received_only_the_edits_up_to_then(tmp_path_factory, request, backend,
                                                                          ops, cut):
    """The past rebuilt in SQL on SQLite and on PostgreSQL equals a SQLite database that
    received only the edits up to the cut."""
    folder = tmp_path_factory.mktemp("asof")
    full_target = folder / "full.sqlite" if backend == "sqlite" else request.getfixturevalue("server_databases")()
    cut = min(cut, len(ops))
    with clock() as now:
        full = open_database(full_target, actor="Test")
        times = run(full, ops, now)
        moment = times[cut - 1] + timedelta(seconds=30) if cut else START
        now[0] = START
        partial = open_database(folder / "partial.sqlite", actor="Test")
        run(partial, ops[:cut], now)
    try:
        with partial.session() as expected:
            wanted = content(expected)
            stand = SummaryFilter(stand=START.date())
            wanted_summary = summarize(expected, stand).to_json()
        for via in ("forward", "back", "onward"):  # every way there gives the same past
            with past_state(full) as state:
                cut = state.cut_at(moment)
                if via == "onward":
                    state.move_to(cut // 2, via="forward")
                state.move_to(cut, via=via)
                assert content(state.session) == wanted, via
                assert summarize(state.session, stand).to_json() == wanted_summary, via
        with as_of_session(full, moment) as past:
            assert content(past) == wanted
        with as_of_session(full, moment, for_counting=True) as past:  # no notes, the same figures
            assert summarize(past, stand).to_json() == wanted_summary
    finally:
        full.close()
        partial.close()


@pytest.mark.slow  # several processes or file systems: make test, not make test-fast
def test_anna_edited_gives_anhang_66_again_as_of_the_moment_before_the_edits(tmp_path):
    """The ANNA data set, imported, then edited: --as-of the moment before gives Anhang 6.6."""
    from tests.support import anhang66

    path = tmp_path / "anna.sqlite"
    assert run_cli("demo", "--anna", "--db", str(path)).returncode == 0
    export = tmp_path / "anna.xlsx"
    assert run_cli("export", str(export), "--db", str(path)).returncode == 0
    imported = tmp_path / "importiert.sqlite"
    assert run_cli("import", str(export), "--db", str(imported)).returncode == 0
    time.sleep(1.1)  # --as-of counts in seconds: the import lies before, the edits after
    moment = datetime.now(UTC).astimezone().strftime("%Y-%m-%dT%H:%M:%S")
    time.sleep(1.1)
    with open_database(imported, actor="Später") as db:
        with db.transaction() as session:
            for family in session.scalars(sa.select(Family)).all()[:10]:
                edits.delete_family(session, family)
        with db.transaction() as session:
            edits.create_family(session, "NEU")
    start, end = anhang66.PERIOD
    now = run_cli("summary", "--json", "--from", start, "--to", end, "--db", str(imported))
    assert json.loads(now.stdout)["families"] == 21
    past = run_cli("summary", "--json", "--from", start, "--to", end, "--as-of", moment, "--db", str(imported))
    assert past.returncode == 0, past.stderr
    anhang66.check_against_anhang(json.loads(past.stdout))


@pytest.mark.parametrize("value", ["2999-01-01", "morgen", "2024-13-01"])
def test_a_future_or_malformed_moment_is_bad_input(tmp_path, value):
    result = run_cli("summary", "--as-of", value, "--db", str(tmp_path / "x.sqlite"))
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_before_the_first_record_everything_is_zero(tmp_path):
    path = tmp_path / "x.sqlite"
    assert run_cli("demo", "--db", str(path)).returncode == 0
    result = run_cli("summary", "--json", "--as-of", "2001-01-01", "--db", str(path))
    data = json.loads(result.stdout)
    assert data["families"] == 0 and data["children"] == 0
    assert all(area["entitled"] == 0 for area in data["but"].values())
