"""Every model survives a trip through SQLite unchanged, and the constraints hold."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest
import sqlalchemy as sa

from userjourney.core.errors import DatabaseError
from userjourney.core.storage.database import open_database
from userjourney.core.storage.models import (
    ButDetail,
    ButEntry,
    Child,
    Family,
    MinijobEntry,
    Person,
    Reason,
)


def _columns(obj):
    return {attr.key: getattr(obj, attr.key) for attr in sa.inspect(type(obj)).column_attrs}


def test_every_model_round_trips(db, db_target):
    when = datetime(2022, 5, 2, 9, 30, 15, 123456, tzinfo=UTC)
    family = Family(
        code="Schmidt-ÄÖÜß", location="Ennigerloh", coach="Max Mustermann",
        created_on=date(2021, 11, 10), updated_at=when, migration_background=False,
        parenting_status="nicht alleinerziehend",
    )
    child = Child(name="Jan", age_years=13, age_recorded_on=date(2022, 5, 2), facility="Weiterführende Schule", position=0)
    family.children.append(child)
    with db.transaction() as s:
        reason = Reason(area="Mittagsverpflegung", text="Kind möchte zuhause essen – „wirklich“")
        s.add(reason)
        entry = ButEntry(
            area="Lernförderung", entitled=True, offer_exists=True, offer_known=True,
            offer_interesting=True, applied=True, approved=False, used=None, implied_mask=0b110,
            applied_on=date(2022, 2, 1), approved_on=None, reason=reason, note="Neuantrag",
        )
        child.entries.append(entry)
        entry.details.append(ButDetail(item="Mathe", position=0))
        person = Person(name="Mia Müller", age_years=21, age_recorded_on=date(2022, 4, 20), position=1)
        family.persons.append(person)
        person.minijob = MinijobEntry(
            employer="Begegnungszentrum", started_on=date(2022, 1, 31), searched=2, found=3, approached=3,
            topup_possible=True, topped_up=False, sustainable=None, note_searched="Recherche",
            note_found=None, note_approached="Kontakt", note_topup=None, note_sustainable=None,
        )
        s.add(family)
    originals = [_columns(o) for o in (family, child, entry, entry.details[0], person, person.minijob, reason)]
    db.close()

    reopened = open_database(db_target)
    with reopened.session() as s:
        loaded = [
            s.get(type_, obj["id"])
            for type_, obj in zip((Family, Child, ButEntry, ButDetail, Person, MinijobEntry, Reason), originals)
        ]
        assert [_columns(o) for o in loaded] == originals
        assert loaded[0].updated_at == when and loaded[0].updated_at.tzinfo is not None
        assert isinstance(loaded[0].id, uuid.UUID)
        assert loaded[0].children[0].entries[0].details[0].item == "Mathe"
        assert loaded[0].persons[0].minijob.employer == "Begegnungszentrum"
    reopened.close()


@pytest.mark.parametrize(
    "make",
    [
        lambda f: Family(code=f.code),  # duplicate Familie
        lambda f: Child(family_id=f.id, name="Jan"),  # duplicate child in the family
        lambda f: Child(family_id=f.id, name="X", age_years=-1),
        lambda f: Child(family_id=f.id, name="Y", facility="Gymnasium"),
        lambda f: ButEntry(child_id=f.children[0].id, area="Mittagsverpflegung"),  # duplicate area
        lambda f: ButEntry(child_id=f.children[0].id, area="Schwimmen"),
        lambda f: Family(code="Z", parenting_status="verheiratet"),
    ],
)
def test_constraints_refuse_bad_rows(db, make):
    with db.transaction() as s:
        family = Family(code="Schmidt")
        child = Child(name="Jan")
        family.children.append(child)
        child.entries.append(ButEntry(area="Mittagsverpflegung"))
        s.add(family)
    with pytest.raises(DatabaseError, match="widerspricht einer Regel der Datenbank"):
        with db.transaction() as s:
            s.add(make(s.get(Family, family.id)))


def test_minijob_level_and_topup_constraints(db):
    with db.transaction() as s:
        family = Family(code="Müller")
        person = Person(name="Mia")
        family.persons.append(person)
        s.add(family)
    for bad in ({"searched": 5}, {"found": 0}, {"topped_up": True}, {"topup_possible": False, "topped_up": False}):
        with pytest.raises(DatabaseError, match="widerspricht einer Regel der Datenbank"):
            with db.transaction() as s:
                s.add(MinijobEntry(person_id=person.id, **bad))


def test_foreign_keys_are_enforced(db):
    with pytest.raises(DatabaseError, match="widerspricht einer Regel der Datenbank"):
        with db.transaction() as s:
            s.add(Child(family_id=uuid.uuid4(), name="Waise"))
