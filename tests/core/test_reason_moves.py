"""Renaming and merging reasons (issue 18): the entries move, the history says so, undo brings
them back, the summary counts them together — on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from userjourney.core.demo.schmidt_mueller import store_demo
from userjourney.core.editing.edits import move_reason
from userjourney.core.editing.reasons import reason_usage, reasons_for
from userjourney.core.errors import ValidationError
from userjourney.core.history.undo import UndoStack, committer
from userjourney.core.storage.models import ButEntry, Change
from userjourney.core.summary.counting import summarize
from userjourney.core.vocab import Area

CATALOGUE = "Kind / Jugendlicher möchte zuhause essen"
PAPER = "Kind möchte zuhause essen"


def _lunch_reasons(db) -> dict[str, int]:
    with db.session() as session:
        return {reason.text: count for reason, count in reason_usage(session, Area.LUNCH) if count}


def test_merging_the_paper_forms_reason_into_the_catalogues(db):
    with db.transaction() as session:
        store_demo(session)
    assert _lunch_reasons(db) == {PAPER: 1}
    undo = UndoStack()
    commit = committer(db, undo)
    moved, _info = commit("merge", lambda session: move_reason(session, Area.LUNCH, PAPER, CATALOGUE))
    assert moved == 1
    assert _lunch_reasons(db) == {CATALOGUE: 1}
    with db.session() as session:
        assert PAPER not in [r.text for r in reasons_for(session, Area.LUNCH)]  # no entries: not offered
        rows = session.scalars(sa.select(Change).where(Change.field == "reason_id")).all()
        assert len(rows) >= 2  # the demo's own setting, and the move
    with db.session() as session:
        reasons = {r.reason: r.count for r in summarize(session).areas[Area.LUNCH].reasons}
    assert reasons[CATALOGUE] == 1 and PAPER not in reasons  # the Auswertung counts them together
    undo.undo(db)
    assert _lunch_reasons(db) == {PAPER: 1}


def test_renaming_makes_a_new_text_and_refuses_nonsense(db):
    with db.transaction() as session:
        store_demo(session)
    with db.transaction() as session:
        assert move_reason(session, Area.TUTORING, "noch kein Schulkind", "  Kind geht noch nicht zur Schule ") == 1
    with db.session() as session:
        entry = session.scalars(sa.select(ButEntry).where(ButEntry.area == Area.TUTORING.value,
                                                           ButEntry.reason_id.is_not(None))).one()
        assert entry.reason.text == "Kind geht noch nicht zur Schule"
    with db.transaction() as session:  # the old reason stays (history, sync), without entries
        assert move_reason(session, Area.TUTORING, "noch kein Schulkind", "x") == 0
    for old, new, message in (("gibt es nicht", "x", "Den Grund „gibt es nicht“ gibt es nicht (mehr)."),
                              ("Kind geht noch nicht zur Schule", "   ", "Der neue Text des Grundes darf nicht leer sein.")):
        with pytest.raises(ValidationError) as refused, db.transaction() as session:
            move_reason(session, Area.TUTORING, old, new)
        assert refused.value.message == message
