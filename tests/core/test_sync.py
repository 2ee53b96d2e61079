"""Synchronising two databases (exchange-format §6): what travels, what conflicts, what is decided.

Each test makes an office database and a laptop's copy (or two databases that never met),
edits both as coaches would, synchronises and checks both sides value by value.
"""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from tests.support.sync import laptop_of, snapshot
from userjourney.core.editing import edits
from userjourney.core.storage.database import open_database
from userjourney.core.storage.models import Change, Family
from userjourney.core.sync.conflicts import open_conflicts, resolve
from userjourney.core.sync.synchronising import synchronise
from userjourney.core.vocab import Area


def _family(session, code="Schmidt"):
    family = edits.find_family(session, code)
    assert family is not None
    return family


def _age_conflict(office, folder):
    """A laptop; Lena's age set to 9 in the office and to 10 on the laptop, then synchronised."""
    laptop = laptop_of(office, folder, actor="Laptop")
    for database, age in ((office, 9), (laptop, 10)):
        with database.transaction() as s:
            edits.update_child(s, _family(s).children[0], "age", age)
    synchronise(laptop, office)
    with office.session() as s:
        (conflict,) = open_conflicts(s)
    return laptop, conflict


@pytest.fixture
def office(db):
    """The office database with Familie Schmidt: Lena (8) with a lunch entry, Frau Schmidt."""
    with db.transaction() as s:
        family = edits.create_family(s, "Schmidt", location="Ahlen", coach="Frau Kaya")
        lena = edits.add_child(s, family, "Lena", 8, "Grundschule")
        edits.set_step(edits.entry_for(s, lena, Area.LUNCH), 0, "ja")
        edits.add_person(s, family, "Frau Schmidt", 38)
    return db


def test_edits_of_different_fields_travel_both_ways(office, tmp_path):
    laptop = laptop_of(office, tmp_path)
    with office.transaction() as s:
        edits.update_family(s, _family(s), "coach", "Herr Brandt")
    with laptop.transaction() as s:
        edits.update_child(s, _family(s).children[0], "age", 9)

    result = synchronise(laptop, office)

    assert result.new_conflicts == 0 and result.into_here.families == 1 and result.into_there.families == 1
    for db in (office, laptop):
        with db.session() as s:
            family = _family(s)
            assert (family.coach, family.children[0].age_years) == ("Herr Brandt", 9)
    assert snapshot(office) == snapshot(laptop)
    again = synchronise(laptop, office)  # syncing again changes nothing
    assert not again.changed and snapshot(office) == snapshot(laptop)


def test_the_same_field_changed_on_both_is_a_conflict_until_someone_decides(office, tmp_path):
    laptop = laptop_of(office, tmp_path, actor="Laptop")
    with office.transaction() as s:
        edits.update_child(s, _family(s).children[0], "age", 9)
    with laptop.transaction() as s:
        edits.update_child(s, _family(s).children[0], "age", 10)

    result = synchronise(laptop, office)

    assert result.new_conflicts == 1 and result.open_conflicts == 1
    for db in (office, laptop):
        with db.session() as s:
            (conflict,) = open_conflicts(s)
            assert conflict.family == "Schmidt" and conflict.what == "Kind Lena: Alter"
            assert [v["value"] for v in conflict.values] == [10, 9]  # the later change first
            assert [v["by"].split(" (")[0] for v in conflict.values] == ["Laptop", "Testerin"]  # (+ login on a server)
            assert conflict.current == 10
            assert _family(s).children[0].age_years == 10  # the same provisional value on both
    assert snapshot(office) == snapshot(laptop)

    resolve(office, conflict.id, 1)  # the office takes 9
    with office.session() as s:
        assert open_conflicts(s) == [] and _family(s).children[0].age_years == 9
    with laptop.session() as s:
        assert len(open_conflicts(s)) == 1  # not yet there
    synchronise(laptop, office)
    for db in (office, laptop):
        with db.session() as s:
            assert open_conflicts(s) == [] and _family(s).children[0].age_years == 9
    assert snapshot(office) == snapshot(laptop)


def test_the_same_value_on_both_sides_is_no_conflict(office, tmp_path):
    laptop = laptop_of(office, tmp_path)
    for db in (office, laptop):
        with db.transaction() as s:
            edits.update_family(s, _family(s), "location", "Beckum")
    result = synchronise(laptop, office)
    assert result.new_conflicts == 0 and result.open_conflicts == 0
    assert snapshot(office) == snapshot(laptop)


def test_a_delete_against_an_edit_is_a_conflict_and_keeps_the_record_if_the_edit_was_later(office, tmp_path):
    laptop = laptop_of(office, tmp_path, actor="Laptop")
    with office.transaction() as s:
        edits.remove_child(s, _family(s).children[0])
    with laptop.transaction() as s:
        edits.update_child(s, _family(s).children[0], "facility", "Förderschule")

    synchronise(laptop, office)

    for db in (office, laptop):
        with db.session() as s:
            child = _family(s).children[0]
            assert (child.name, child.facility) == ("Lena", "Förderschule")
            whats = {c.what for c in open_conflicts(s)}
            assert "Kind Lena: gelöscht oder geändert" in whats
    assert snapshot(office) == snapshot(laptop)
    with office.session() as s:
        (conflict,) = [c for c in open_conflicts(s) if c.what == "Kind Lena: gelöscht oder geändert"]
        assert [v["value"] for v in conflict.values] == ["vorhanden", None]
    resolve(office, conflict.id, 1)  # delete after all
    synchronise(laptop, office)
    for db in (office, laptop):
        with db.session() as s:
            assert _family(s).children == []
    assert snapshot(office) == snapshot(laptop)


def test_families_created_on_both_sides_become_one_and_only_their_differences_conflict(tmp_path, db):
    other = open_database(tmp_path / "other.sqlite", actor="Laptop")
    for database, age in ((db, 8), (other, 9)):
        with database.transaction() as s:
            family = edits.create_family(s, "Yilmaz", location="Ahlen")
            child = edits.add_child(s, family, "Ayla", age)
            edits.set_reason(s, edits.entry_for(s, child, Area.LUNCH), "Kind möchte zuhause essen")
    result = synchronise(db, other)
    with db.session() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(Family)) == 1
        assert [c.what for c in open_conflicts(s)] == ["Kind Ayla: Alter"]
    assert result.new_conflicts == 1
    assert snapshot(db) == snapshot(other)
    other.close()


def _codes(db):
    with db.session() as s:
        return sorted(s.scalars(sa.select(Family.code)))


def test_a_family_made_again_under_its_code_is_numbered_while_the_old_lives_and_gets_it_back_everywhere(
        office, tmp_path):
    # found by the property test: the "(2)" stayed on the databases that had seen both families
    first = laptop_of(office, tmp_path, actor="Brandt", name="first")
    second = laptop_of(office, tmp_path, actor="Yilmaz", name="second")
    with office.transaction() as s:
        edits.delete_family(s, _family(s))
        edits.create_family(s, "Schmidt", location="Beckum")
    synchronise(office, second)  # the second laptop has only the new Schmidt
    with first.transaction() as s:
        edits.update_child(s, _family(s).children[0], "age", 9)  # the old one changed
    synchronise(office, first)
    assert _codes(office) == _codes(first) == ["Schmidt", "Schmidt (2)"]  # the older keeps the code

    for database in (office, first):  # both delete the old family after all
        with database.transaction() as s:
            edits.delete_family(s, _family(s))
    assert _codes(office) == ["Schmidt (2)"]
    for one, other in ((office, first), (office, second), (first, second)):
        synchronise(one, other)

    for database in (office, first, second):
        assert _codes(database) == ["Schmidt"]
        with database.session() as s:
            assert _family(s).location == "Beckum"
    assert snapshot(office) == snapshot(first) == snapshot(second)
    assert not synchronise(first, second).changed
    first.close()
    second.close()


def _hidden(db) -> dict[str, bool]:
    from userjourney.core.editing.reasons import reason_usage

    with db.session() as s:
        return {reason.text: reason.hidden for reason, _n in reason_usage(s, Area.LUNCH)}


def test_hiding_a_reason_travels_and_the_later_setting_wins(office, tmp_path):
    from datetime import timedelta

    from userjourney.core.storage.models import Reason

    text = "Die Schule deckt das Angebot ab"
    first = laptop_of(office, tmp_path, actor="Brandt", name="first")
    second = laptop_of(office, tmp_path, actor="Yilmaz", name="second")
    with first.transaction() as s:
        edits.hide_reason(s, Area.LUNCH, text)
    result = synchronise(office, first)
    assert result.changed and result.into_here.hidden == 1 and result.into_there.hidden == 0
    assert "1 Grund aus- oder wieder eingeblendet" in result.describe()[0]
    assert _hidden(office)[text] is True and _hidden(second)[text] is False
    assert not synchronise(office, first).changed

    # offline, both change their minds: the second laptop shows it again, the first one later
    # hides it once more — the later setting is kept everywhere, whatever the order of syncs
    with second.transaction() as s:
        edits.hide_reason(s, Area.LUNCH, text, hidden=False)
    with first.transaction() as s:
        edits.hide_reason(s, Area.LUNCH, text, hidden=False)
        edits.hide_reason(s, Area.LUNCH, text)
        reason = s.scalars(sa.select(Reason).where(Reason.text == text)).one()
        reason.hidden_at += timedelta(seconds=1)  # surely later than the second laptop's
    for one, other in ((office, second), (office, first), (first, second)):
        synchronise(one, other)
    for database in (office, first, second):
        assert _hidden(database)[text] is True
    assert snapshot(office) == snapshot(first) == snapshot(second)
    for one, other in ((office, first), (office, second), (first, second)):
        assert not synchronise(one, other).changed
    first.close()
    second.close()


def test_the_history_travels_with_who_and_when(office, tmp_path):
    laptop = laptop_of(office, tmp_path, actor="Laptop")
    with laptop.transaction() as s:
        edits.update_family(s, _family(s), "coach", "Herr Brandt")
    synchronise(laptop, office)
    with office.session() as s:
        row = s.scalars(sa.select(Change).where(Change.field == "coach")).one()
        assert (row.actor, row.new_value) == ("Laptop", '"Herr Brandt"')


def test_a_killed_sync_leaves_the_databases_as_they_were(office, tmp_path, monkeypatch):
    laptop = laptop_of(office, tmp_path)
    with laptop.transaction() as s:
        edits.update_family(s, _family(s), "coach", "Herr Brandt")
    before_office, before_laptop = snapshot(office), snapshot(laptop)
    from userjourney.core.sync import applying

    def killed(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(applying, "write_heads", killed)
    with pytest.raises(KeyboardInterrupt):
        synchronise(laptop, office)
    assert (snapshot(office), snapshot(laptop)) == (before_office, before_laptop)


def test_a_database_cannot_be_synchronised_with_itself(office):
    from userjourney.core.errors import UserError

    with pytest.raises(UserError, match="mit sich selbst"):
        synchronise(office, office)


def test_a_family_erased_on_one_side_is_erased_on_the_other(office, tmp_path):
    from userjourney.core.history.purging import purge_family

    laptop = laptop_of(office, tmp_path)
    purge_family(office, "Schmidt")
    synchronise(laptop, office)
    for db in (office, laptop):
        with db.session() as s:
            assert edits.find_family(s, "Schmidt") is None
            assert s.scalar(sa.select(sa.func.count()).select_from(Change).where(Change.family_id.is_not(None))) == 0


def test_copying_the_file_is_how_a_laptop_can_start_too(office, tmp_path):
    """A copy of the office's file has the same transactions: the first sync exchanges nothing,
    and edits made afterwards on either side travel as usual."""
    import sqlite3

    if office.path is None:
        pytest.skip("a server is not copied as a file")
    copy = tmp_path / "kopie.sqlite"
    with sqlite3.connect(office.path) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    laptop = open_database(copy, actor="Laptop")
    assert not synchronise(laptop, office).changed
    with laptop.transaction() as s:
        edits.update_family(s, _family(s), "coach", "Herr Brandt")
    assert synchronise(laptop, office).into_there.families == 1
    assert snapshot(office) == snapshot(laptop)


def test_a_decision_is_in_the_history_and_the_past_keeps_the_record(office, tmp_path):
    from datetime import UTC, datetime

    from userjourney.core.history.audit import family_history
    from userjourney.core.summary.filters import SummaryFilter
    from userjourney.core.summary.reading import reading_session

    _laptop, conflict = _age_conflict(office, tmp_path)
    resolve(office, conflict.id, 1)
    with office.session() as s:
        rows = family_history(s, _family(s).id)
        decision = [r for r in rows if r.action == "Konflikt entschieden"]
        assert [(r.subject, r.field, r.new) for r in decision] == [("Lena", "Alter", "9")]
    with reading_session(office, SummaryFilter(as_of=datetime.now(UTC))) as past:
        assert [c.age_years for c in _family(past).children] == [9]


def test_undoing_a_decision_opens_the_conflict_again(office, tmp_path):
    from userjourney.core.history.undo import UndoStack, commit_undoable
    from userjourney.core.sync.conflicts import resolve_in

    _laptop, conflict = _age_conflict(office, tmp_path)
    stack = UndoStack()
    commit_undoable(office, stack, "Konflikt", lambda s: resolve_in(s, conflict.id, 1))
    with office.session() as s:
        assert open_conflicts(s) == [] and _family(s).children[0].age_years == 9
    stack.undo(office)
    with office.session() as s:
        assert [c.id for c in open_conflicts(s)] == [conflict.id]
        assert _family(s).children[0].age_years == 10
    stack.redo(office)
    with office.session() as s:
        assert open_conflicts(s) == [] and _family(s).children[0].age_years == 9


def test_a_decision_undone_and_redone_travels_with_the_next_sync(office, tmp_path):
    # found by the property test: the undo opened the conflict again only where it was made
    from userjourney.core.history.undo import UndoStack, commit_undoable
    from userjourney.core.sync.conflicts import resolve_in

    laptop, conflict = _age_conflict(office, tmp_path)
    stack = UndoStack()
    commit_undoable(office, stack, "Konflikt", lambda s: resolve_in(s, conflict.id, 1))
    synchronise(laptop, office)  # the decision (9) reaches the laptop
    stack.undo(office)
    synchronise(laptop, office)

    def state(db):
        with db.session() as s:
            return [(c.id, [(v["value"], v["by"]) for v in c.values]) for c in open_conflicts(s)], \
                _family(s).children[0].age_years

    (opened, age), _ = state(office), state(laptop)
    assert state(office) == state(laptop) and age == 10 and len(opened) == 1
    assert opened[0][0] == conflict.id and [(v, by.split(" (")[0]) for v, by in opened[0][1]] == [
        (10, "Laptop"), (9, "Testerin")]  # as before the decision: who set which value
    assert snapshot(office) == snapshot(laptop)
    with laptop.session() as s:
        from userjourney.core.history.audit import family_history

        actions = [row.action for row in family_history(s, _family(s).id)]  # newest first
    assert actions[:2] == ["Konflikt wieder offen", "Konflikt entschieden"] or \
        actions[:3] == ["Konflikt wieder offen", "geändert", "Konflikt entschieden"], actions

    stack.redo(office)
    synchronise(laptop, office)
    assert state(office) == state(laptop) == ([], 9)
    assert snapshot(office) == snapshot(laptop)
    assert not synchronise(laptop, office).changed
    laptop.close()


def test_a_value_typed_anew_decides_a_conflict_checked_as_the_grid_checks_it(office, tmp_path):
    from userjourney.core.errors import ValidationError
    from userjourney.core.sync.conflicts import decide_typed

    laptop, conflict = _age_conflict(office, tmp_path)
    before = snapshot(office)
    with pytest.raises(ValidationError, match="Alter"), office.transaction() as s:
        decide_typed(s, conflict.id, "elf")
    assert snapshot(office) == before  # refused: nothing changed
    with office.transaction() as s:
        decide_typed(s, conflict.id, "11")
    synchronise(laptop, office)
    for db in (office, laptop):
        with db.session() as s:
            assert open_conflicts(s) == [] and _family(s).children[0].age_years == 11


def test_a_journey_is_decided_by_taking_one_of_the_values(office, tmp_path):
    from userjourney.core.errors import ValidationError
    from userjourney.core.sync.conflicts import decide_typed

    laptop = laptop_of(office, tmp_path)
    for db, answer in ((office, "ja"), (laptop, "nein")):
        with db.transaction() as s:
            edits.set_step(edits.entry_for(s, _family(s).children[0], Area.LUNCH), 1, answer)
    synchronise(laptop, office)
    with office.session() as s:
        (conflict,) = open_conflicts(s)
    assert not conflict.typable and conflict.what.startswith("Kind Lena, Mittagsverpflegung: Weg")
    with pytest.raises(ValidationError, match="Hier bitte einen der Werte nehmen"), office.transaction() as s:
        decide_typed(s, conflict.id, "ja")
