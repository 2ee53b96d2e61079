"""Every insert, update and delete of a tracked record writes history in the same transaction."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest
import sqlalchemy as sa
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import inspect as sa_inspect

from tests.support import examples
from tests.support.db import recorded_as
from userjourney.core.editing.edits import (
    add_child,
    add_person,
    create_family,
    delete_family,
    entry_for,
    minijob_for,
    set_details,
    set_minijob,
    set_step,
    update_child,
)
from userjourney.core.history.actor import set_default_actor
from userjourney.core.history.codec import decode, encode
from userjourney.core.history.listeners import last_commit
from userjourney.core.history.revert import RevertConflict, revert
from userjourney.core.storage.models import (
    ButDetail,
    ButEntry,
    Change,
    Child,
    Family,
    MinijobEntry,
    Person,
)


def _changes(db, **where):
    with db.session() as s:
        stmt = sa.select(Change).order_by(Change.id)
        for key, value in where.items():
            stmt = stmt.where(getattr(Change, key) == value)
        return list(s.scalars(stmt))


def _family_with_everything(db):
    with db.transaction() as s:
        family = create_family(s, "Schmidt", location="Ennigerloh")
        child = add_child(s, family, "Jan", 13, "Weiterführende Schule")
        entry = entry_for(s, child, "Lernförderung")
        set_step(entry, 6, "ja")
        set_details(s, entry, "Mathe, Deutsch")
        person = add_person(s, family, "Martina", 42)
        job = minijob_for(s, person)
        set_minijob(job, "searched", 2)
    return family, child, entry, person, job


def test_inserts_are_recorded_with_the_whole_record(db):
    family, _child, _entry, _person, _job = _family_with_everything(db)
    rows = _changes(db)
    assert {(r.record_type, r.action) for r in rows} == {
        ("family", "insert"), ("child", "insert"), ("but_entry", "insert"),
        ("but_detail", "insert"), ("person", "insert"), ("minijob", "insert"),
    }
    assert len({r.txn_id for r in rows}) == 1
    assert all(r.family_id == family.id and r.actor == recorded_as(db, "Testerin") for r in rows)
    inserted_entry = next(r for r in rows if r.record_type == "but_entry")
    snapshot = json.loads(inserted_entry.new_value)
    assert snapshot["used"] is True and snapshot["implied_mask"] == 0b111111
    assert inserted_entry.old_value is None and inserted_entry.field is None


@pytest.mark.parametrize(
    "record, field, new",
    [
        ("family", "location", "Everswinkel"),
        ("child", "facility", "Förderschule"),
        ("but_entry", "note", "Neuantrag"),
        ("person", "name", "Martina Müller"),
        ("minijob", "employer", "Schule in Everswinkel"),
    ],
)
def test_updates_record_old_and_new_value(db, record, field, new):
    family, child, entry, person, job = _family_with_everything(db)
    objects = {"family": family, "child": child, "but_entry": entry, "person": person, "minijob": job}
    target = objects[record]
    old = getattr(target, field)
    with db.transaction() as s:
        obj = s.get(type(target), target.id)
        setattr(obj, field, new)
    txn = last_commit(s).txn_id
    rows = _changes(db, txn_id=txn)
    assert [(r.record_type, r.record_id, r.action, r.field) for r in rows] == [(record, target.id, "update", field)]
    assert rows[0].old_value == encode(old)
    assert rows[0].new_value == json.dumps(new, ensure_ascii=False)
    assert rows[0].family_id == family.id


def test_delete_of_a_family_records_every_cascaded_record(db):
    family, *_ = _family_with_everything(db)
    with db.transaction() as s:
        delete_family(s, s.get(Family, family.id))
    rows = _changes(db, txn_id=last_commit(s).txn_id)
    assert sorted(r.record_type for r in rows) == sorted(
        ["family", "child", "but_entry", "but_detail", "but_detail", "person", "minijob"]
    )
    assert all(r.action == "delete" and r.old_value and r.new_value is None for r in rows)
    family_row = next(r for r in rows if r.record_type == "family")
    assert json.loads(family_row.old_value)["code"] == "Schmidt"
    with db.session() as s:
        for model in (Family, Child, ButEntry, ButDetail, Person, MinijobEntry):
            assert s.scalar(sa.select(sa.func.count()).select_from(model)) == 0


def test_history_rolls_back_with_its_transaction(db):
    family, *_ = _family_with_everything(db)
    before = len(_changes(db))
    with pytest.raises(RuntimeError):
        with db.transaction() as s:
            s.get(Family, family.id).coach = "Erika Musterfrau"
            s.flush()  # the history row is written …
            raise RuntimeError("power cut")  # … and must vanish with the change
    assert len(_changes(db)) == before
    with db.session() as s:
        assert s.get(Family, family.id).coach is None


def test_letzte_bearbeitung_follows_any_change_in_the_family(db):
    family, child, *_ = _family_with_everything(db)
    with db.transaction() as s:
        s.get(Family, family.id).updated_at = datetime(2020, 1, 1, tzinfo=UTC)
    with db.session() as s:
        assert s.get(Family, family.id).updated_at == datetime(2020, 1, 1, tzinfo=UTC)
    with db.transaction() as s:
        update_child(s, s.get(Child, child.id), "facility", "Grundschule")
    with db.session() as s:
        assert s.get(Family, family.id).updated_at.year >= 2026
    assert not [r for r in _changes(db) if r.field == "updated_at"]


def test_actor_is_the_configured_coach_else_the_os_user(db_path):
    import getpass

    from userjourney.core.storage.database import open_database

    database = open_database(db_path)
    with database.transaction() as s:
        create_family(s, "A")
    set_default_actor("Erika Musterfrau")
    with database.transaction() as s:
        create_family(s, "B")
    database.close()
    actors = [r.actor for r in _changes(open_database(db_path))]
    assert actors == [getpass.getuser(), "Erika Musterfrau"]


def test_revert_undoes_update_insert_and_delete(db):
    family, _child, entry, _person, job = _family_with_everything(db)
    with db.transaction() as s:
        set_step(s.get(ButEntry, entry.id), 4, "nein")
    edit_txn = last_commit(s).txn_id
    with db.transaction() as s:
        delete_family(s, s.get(Family, family.id))
    delete_txn = last_commit(s).txn_id

    with db.transaction() as s:
        revert(s, delete_txn)
    with db.session() as s:
        restored = s.get(ButEntry, entry.id)
        assert restored.applied is False and restored.used is None
        assert [d.item for d in restored.details] == ["Mathe", "Deutsch"]
        assert s.get(MinijobEntry, job.id).searched == 2
    with db.transaction() as s:
        revert(s, edit_txn)
    with db.session() as s:
        assert s.get(ButEntry, entry.id).used is True
        assert s.get(ButEntry, entry.id).implied_mask == 0b111111


def test_revert_refuses_when_the_record_changed_since(db):
    family, *_ = _family_with_everything(db)
    with db.transaction() as s:
        s.get(Family, family.id).coach = "A"
    first = last_commit(s).txn_id
    with db.transaction() as s:
        s.get(Family, family.id).coach = "B"
    with pytest.raises(RevertConflict):
        with db.transaction() as s:
            revert(s, first)
    with db.session() as s:
        assert s.get(Family, family.id).coach == "B"


def test_subscribers_hear_each_commit_with_its_families(db):
    heard = []
    db.subscribe(heard.append)
    family, *_ = _family_with_everything(db)
    with db.transaction():
        pass  # nothing changed: nobody is bothered
    assert len(heard) == 1 and heard[0].family_ids == {family.id} and heard[0].changed


def test_history_values_decode_to_column_types():
    assert decode(ButEntry, "applied_on", encode(date(2022, 2, 1))) == date(2022, 2, 1)
    assert decode(ButEntry, "used", encode(False)) is False
    assert decode(Family, "updated_at", encode(datetime(2022, 1, 1, tzinfo=UTC))).tzinfo


@settings(max_examples=examples(200), deadline=None)
@given(data=st.data())
def test_the_bulk_writers_json_is_the_listeners_json(data):
    """snapshot_json writes by hand what encode_json(snapshot_values(…)) writes: the same text."""
    import uuid as uuid_module

    from userjourney.core.history.codec import encode_json, snapshot_json, snapshot_values
    from userjourney.core.storage.models import TRACKED_MODELS
    from userjourney.core.vocab import Area

    model = data.draw(st.sampled_from(list(TRACKED_MODELS.values())))
    text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)
    value = st.one_of(
        st.none(), text, st.integers(-10**12, 10**12), st.booleans(), st.dates(),
        st.datetimes(timezones=st.just(UTC)), st.builds(uuid_module.UUID, st.uuids().map(str)),
        st.sampled_from(list(Area)),
    )
    keys = [c.key for c in sa_inspect(model).column_attrs]
    values = {key: data.draw(value) for key in keys}
    assert snapshot_json(model, values) == encode_json(snapshot_values(model, values))


def test_a_new_minijob_or_bt_row_reads_as_without_answers_in_the_history(db):
    """Issue 18: a new Minijob showed "– / – / –"; it says what it is."""
    from userjourney.core.editing import edits
    from userjourney.core.history.audit import family_history

    with db.transaction() as s:
        family = edits.create_family(s, "Neu")
        edits.minijob_for(s, edits.add_person(s, family, "Ada", 30))
        edits.entry_for(s, edits.add_child(s, family, "Ben", 7), "Mittagsverpflegung")
        family_id = family.id
    with db.session() as s:
        rows = family_history(s, family_id)
    created = {row.subject: row.new for row in rows if row.action == "angelegt"}
    assert created["Ada · Minijob"] == "noch keine Angaben"
    assert created["Ben · Mittagsverpflegung"] == "noch keine Angaben"
