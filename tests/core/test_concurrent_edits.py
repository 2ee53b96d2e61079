"""Many at once (issue 15): an edit states what it changes from; one of a record someone else
changed since it was shown is refused naming who and when, and nothing is overwritten unseen."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
import time
from collections import Counter

import pytest
import sqlalchemy as sa

from tests.support import REPO
from userjourney.core.editing import edits
from userjourney.core.editing.workspace import EditConflict, FamilyWorkspace, find_entry
from userjourney.core.errors import UserError
from userjourney.core.storage.database import open_database
from userjourney.core.storage.models import Change, Child
from userjourney.core.vocab import Area

LUNCH = Area.LUNCH


@pytest.fixture
def family(db):
    with db.transaction() as session:
        family = edits.create_family(session, "F-1", location="Ahlen")
        child = edits.add_child(session, family, "Ada", 7)
        edits.entry_for(session, child, LUNCH).entitled = True
        edits.entry_for(session, child, Area.TUTORING)
        return family.id, child.id


def _note(workspace, child_id, area=LUNCH):
    return find_entry(workspace.family, child_id, area).note


def _note_rows(db, child_id):
    with db.session() as session:
        entry = edits.entry_for(session, session.get(Child, child_id), LUNCH)
        return [tuple(row) for row in session.execute(
            sa.select(Change.actor, Change.old_value, Change.new_value)
            .where(Change.record_id == entry.id, Change.field == "note").order_by(Change.id))]


def test_an_edit_of_a_record_changed_since_it_was_shown_is_refused(db_target, family):
    family_id, child_id = family
    anna, ben = open_database(db_target, actor="Anna"), open_database(db_target, actor="Ben")
    try:
        seen_by_anna, seen_by_ben = FamilyWorkspace(anna, family_id), FamilyWorkspace(ben, family_id)
        seen_by_anna.set_note(child_id, LUNCH, "von Anna")
        with pytest.raises(EditConflict, match=r"Nicht gespeichert: Anna( \(\w+\))? hat diesen Eintrag am \d\d\.\d\d\.\d{4} um"):
            seen_by_ben.set_note(child_id, LUNCH, "von Ben")
        assert _note(seen_by_ben, child_id) == "von Anna"  # Ben now sees what Anna saved
        seen_by_ben.set_note(child_id, LUNCH, "von Ben")  # and can decide on it
        assert [row[1:] for row in _note_rows(anna, child_id)] == [(None, '"von Anna"'), ('"von Anna"', '"von Ben"')]

        seen_by_ben.set_step(child_id, Area.TUTORING, 0, True)  # another record: no conflict
        seen_by_anna.reload()
        seen_by_anna.update_child(child_id, "age", 8)
        seen_by_ben.set_step(child_id, Area.TUTORING, 1, True)  # the child changed, not the entry: saved
        assert seen_by_ben.child(child_id).age_years == 8  # (every save shows the current state)
        seen_by_anna.update_child(child_id, "age", 9)
        with pytest.raises(EditConflict, match=r"Anna( \(\w+\))? hat"):
            seen_by_ben.update_child(child_id, "name", "Ada Maria")  # the child itself: refused
        assert seen_by_ben.child(child_id).age_years == 9 and seen_by_ben.child(child_id).name == "Ada"
    finally:
        anna.close()
        ben.close()


@pytest.mark.postgresql
def test_ten_coaches_editing_one_note_at_once_lose_no_update(server_databases, tmp_path):
    """Ten processes, twenty edits each, of the same note on a server, all starting at once:
    every edit is saved and in the history with the value its coach saw, or refused with a
    message — the history is one unbroken chain, and the last saved value is the one stored."""
    url = server_databases()
    with open_database(url, actor="IT") as db, db.transaction() as session:
        family = edits.create_family(session, "F-1", location="Ahlen")
        child = edits.add_child(session, family, "Ada", 7)
        edits.entry_for(session, child, LUNCH).entitled = True
        family_id, child_id = family.id, child.id
    start = tmp_path / "los"
    workers = [subprocess.Popen([sys.executable, "-m", "tests.support.concurrent_editor", url, str(family_id),
                                 str(child_id), f"coach{k}", "20", str(start)], cwd=REPO, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True) for k in range(10)]


    time.sleep(3)  # every worker loaded its workspace
    start.touch()
    outcomes = []
    for worker in workers:
        out, err = worker.communicate(timeout=120)
        assert worker.returncode == 0, err
        outcomes += [json.loads(line) for line in out.splitlines()]
    kinds = Counter(outcome[0] for outcome in outcomes)
    assert kinds["saved"] + kinds["refused"] == 200 and kinds["saved"] >= 10
    assert all("hat diesen Eintrag am" in o[1] for o in outcomes if o[0] == "refused")
    with open_database(url) as db:
        rows = _note_rows(db, child_id)
        saved = sorted(((json.dumps(o[1]) if o[1] is not None else None, json.dumps(o[2]))
                        for o in outcomes if o[0] == "saved"), key=repr)
        assert sorted((row[1:] for row in rows), key=repr) == saved  # each saved edit, from what its coach saw
        for earlier, later in itertools.pairwise(rows):  # one chain: nothing overwritten unseen
            assert later[1] == earlier[2]
        with db.session() as session:
            entry = edits.entry_for(session, session.get(Child, child_id), LUNCH)
            assert json.dumps(entry.note) == rows[-1][2]


@pytest.mark.postgresql
def test_an_edit_waits_only_a_moment_for_a_record_an_import_holds(server_databases):
    """A long transaction (an import of a county is one) holds a family's rows: an edit of them
    is refused after a moment, in German, not frozen until the import ends; afterwards it works."""
    url = server_databases()
    with open_database(url, actor="IT") as db:
        with db.transaction() as session:
            family = edits.create_family(session, "F-1", location="Ahlen")
            child = edits.add_child(session, family, "Ada", 7)
            entry = edits.entry_for(session, child, LUNCH)
            entry.entitled = True
            family_id, child_id = family.id, child.id
        with db.session() as session:
            entry_id = edits.entry_for(session, session.get(Child, child_id), LUNCH).id
        workspace = FamilyWorkspace(db, family_id)
        importer = sa.create_engine(url)
        with importer.connect() as held:
            transaction = held.begin()
            held.execute(sa.text("SELECT 1 FROM but_entry WHERE id = :id FOR UPDATE"), {"id": entry_id})
            began = time.monotonic()
            with pytest.raises(UserError, match="wird gerade von einem anderen Vorgang"):
                workspace.set_note(child_id, LUNCH, "während des Imports")
            assert time.monotonic() - began < 5
            transaction.rollback()
        importer.dispose()
        workspace.set_note(child_id, LUNCH, "danach")
        assert _note(workspace, child_id) == "danach"
