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
from userjourney.core.summary.filters import SummaryFilter
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


def _coaches(db) -> dict[str, int]:
    from userjourney.core.editing.family_list import value_usage

    with db.session() as session:
        return dict(value_usage(session, "coach"))


def test_two_spellings_of_a_jobcoach_become_one_and_undo_parts_them_again(db):
    from userjourney.core.editing.edits import create_family, move_families
    from userjourney.core.editing.family_list import value_usage
    from userjourney.core.storage.models import Family

    with db.transaction() as session:
        store_demo(session)
        create_family(session, "Kaya-01", location="Beckum", coach="Fr. Kaya")
        create_family(session, "Kaya-02", location="Beckum", coach="Frau Kaya")
        create_family(session, "Kaya-03", location="beckum", coach="Fr. Kaya")
    assert _coaches(db) == {"Erika Musterfrau": 1, "Fr. Kaya": 2, "Frau Kaya": 1, "Max Mustermann": 1}
    undo = UndoStack()
    commit = committer(db, undo)
    moved, info = commit("merge", lambda session: move_families(session, "coach", "Fr. Kaya", "Frau Kaya"))
    assert moved == 2 and len(info.family_ids) == 2
    assert _coaches(db) == {"Erika Musterfrau": 1, "Frau Kaya": 3, "Max Mustermann": 1}
    with db.session() as session:  # one history row per family moved, old and new value
        rows = session.scalars(sa.select(Change).where(Change.field == "coach", Change.old_value.is_not(None))).all()
        assert sorted((r.old_value, r.new_value) for r in rows) == [('"Fr. Kaya"', '"Frau Kaya"')] * 2
        assert value_usage(session, "location") == [("Beckum", 2), ("beckum", 1), ("Ennigerloh", 1),
                                                    ("Everswinkel", 1)]
        assert summarize(session, SummaryFilter(coach="Frau Kaya")).families == 3  # the Auswertung follows
        assert summarize(session, SummaryFilter(coach="Fr. Kaya")).families == 0
    commit("rename", lambda session: move_families(session, "location", "beckum", " Beckum "))
    with db.session() as session:
        assert value_usage(session, "location")[0] == ("Beckum", 3)
    undo.undo(db)
    undo.undo(db)
    assert _coaches(db) == {"Erika Musterfrau": 1, "Fr. Kaya": 2, "Frau Kaya": 1, "Max Mustermann": 1}
    with db.session() as session:
        assert session.scalars(sa.select(Family.location).where(Family.code == "Kaya-03")).one() == "beckum"

    for name, old, new, message in (("coach", "Fr. Kaya", "  ", "Der neue Name darf nicht leer sein."),
                                    ("coach", "Herr Niemand", "x", "„Herr Niemand“ gibt es nicht (mehr).")):
        with pytest.raises(ValidationError) as refused, db.transaction() as session:
            move_families(session, name, old, new)
        assert refused.value.message == message
    assert _coaches(db) == {"Erika Musterfrau": 1, "Fr. Kaya": 2, "Frau Kaya": 1, "Max Mustermann": 1}


def test_a_hidden_reason_is_offered_no_more_and_everything_else_stays(db):
    from userjourney.core.editing.edits import hide_reason

    with db.transaction() as session:
        store_demo(session)
        assert hide_reason(session, Area.LUNCH, CATALOGUE) is True
        assert hide_reason(session, Area.LUNCH, PAPER) is True  # in use: its entry keeps it
    with db.session() as session:
        offered = [r.text for r in reasons_for(session, Area.LUNCH)]
        assert CATALOGUE not in offered and PAPER not in offered and "Die Schule deckt das Angebot ab" in offered
        entry = session.scalars(sa.select(ButEntry).where(ButEntry.area == Area.LUNCH.value,
                                                           ButEntry.reason_id.is_not(None))).one()
        assert entry.reason.text == PAPER
        reasons = {r.reason: r.count for r in summarize(session).areas[Area.LUNCH].reasons}
        assert reasons == {PAPER: 1}  # the Auswertung counts as before
        assert session.scalar(sa.select(sa.func.count()).select_from(Change).where(Change.field == "hidden")) == 0
    with db.transaction() as session:
        assert hide_reason(session, Area.LUNCH, CATALOGUE) is False  # hidden already: nothing changes
        assert hide_reason(session, Area.LUNCH, CATALOGUE, hidden=False) is True
    with db.session() as session:
        assert CATALOGUE in [r.text for r in reasons_for(session, Area.LUNCH)]
    with pytest.raises(ValidationError) as refused, db.transaction() as session:
        hide_reason(session, Area.LUNCH, "gibt es nicht")
    assert refused.value.message == "Den Grund „gibt es nicht“ gibt es nicht (mehr)."
