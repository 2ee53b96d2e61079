"""The validated edit functions GUI and import share: refused edits change nothing."""

from __future__ import annotations

import re
from datetime import date

import pytest
import sqlalchemy as sa

from userjourney.core.editing.edits import (
    add_child,
    add_person,
    create_family,
    entry_for,
    minijob_for,
    plan_minijob,
    plan_step,
    set_date,
    set_details,
    set_minijob,
    set_reason,
    set_step,
    update_child,
)
from userjourney.core.errors import ValidationError
from userjourney.core.storage.models import (
    ButEntry,
    Change,
    Family,
    MinijobEntry,
    Reason,
)


def _count(db, model):
    with db.session() as s:
        return s.scalar(sa.select(sa.func.count()).select_from(model))


@pytest.fixture
def schmidt(db):
    with db.transaction() as s:
        family = create_family(s, "Schmidt")
        add_child(s, family, "Jan", 13, "Weiterführende Schule")
    return family


@pytest.mark.parametrize(
    "code, message",
    [("", "Der Familien-Code darf nicht leer sein."), ("   ", "Der Familien-Code darf nicht leer sein."),
     ("Schmidt", "Eine Familie „Schmidt“ gibt es schon."), (" Schmidt ", "Eine Familie „Schmidt“ gibt es schon.")],
)
def test_bad_family_codes_are_refused(db, schmidt, code, message):
    changes = _count(db, Change)
    with pytest.raises(ValidationError) as err:
        with db.transaction() as s:
            create_family(s, code)
    assert str(err.value) == message
    assert _count(db, Family) == 1 and _count(db, Change) == changes


def test_duplicate_child_and_bad_age_are_refused(db, schmidt):
    with pytest.raises(ValidationError, match=re.escape("In Familie „Schmidt“ gibt es schon ein Kind „Jan“.")):
        with db.transaction() as s:
            add_child(s, s.get(Family, schmidt.id), "Jan")
    with pytest.raises(ValidationError, match=re.escape("„-2“ ist kein gültiges Alter")):
        with db.transaction() as s:
            add_child(s, s.get(Family, schmidt.id), "Jana", "-2")
    with db.session() as s:
        assert [c.name for c in s.get(Family, schmidt.id).children] == ["Jan"]


def test_age_is_recorded_with_its_date(db, schmidt):
    with db.transaction() as s:
        child = s.get(Family, schmidt.id).children[0]
        update_child(s, child, "age", "14", today=date(2023, 3, 1))
    with db.session() as s:
        child = s.get(Family, schmidt.id).children[0]
        assert (child.age_years, child.age_recorded_on) == (14, date(2023, 3, 1))


def test_nein_clears_later_dates_and_a_date_means_ja(db, schmidt):
    with db.transaction() as s:
        child = s.get(Family, schmidt.id).children[0]
        entry = entry_for(s, child, "Lernförderung")
        set_date(entry, "approved_on", "02.02.22")
        assert entry.approved is True and entry.implied_mask == 0b011111
        set_date(entry, "applied_on", "01.02.22")
        assert entry.applied is True and not entry.implied_mask & (1 << 4)
    with db.transaction() as s:
        entry = s.get(ButEntry, entry.id)
        edit = plan_step(entry, 3, "nein")
        assert edit.cleared == (4, 5)
        assert entry.applied is True  # planning changes nothing
        set_step(entry, 3, "nein")
        assert (entry.applied, entry.approved, entry.applied_on, entry.approved_on) == (None, None, None, None)


def test_details_are_replaced_keeping_unchanged_items(db, schmidt):
    with db.transaction() as s:
        entry = entry_for(s, s.get(Family, schmidt.id).children[0], "Lernförderung")
        set_details(s, entry, "Mathe, Deutsch")
    first_ids = {d.item: d.id for d in entry.details}
    with db.transaction() as s:
        entry = s.get(ButEntry, entry.id)
        set_details(s, entry, "Deutsch; Englisch")
    with db.session() as s:
        details = s.get(ButEntry, entry.id).details
        assert [d.item for d in details] == ["Deutsch", "Englisch"]
        assert details[0].id == first_ids["Deutsch"]


def test_new_reasons_join_the_catalogue_of_their_area(db, schmidt):
    before = _count(db, Reason)
    with db.transaction() as s:
        entry = entry_for(s, s.get(Family, schmidt.id).children[0], "Mittagsverpflegung")
        set_reason(s, entry, "  Kind möchte zuhause essen ")
        set_reason(s, entry, "Kind möchte zuhause essen")
        set_reason(s, entry, "Die Schule deckt das Angebot ab")  # already in the catalogue
    with db.session() as s:
        assert _count(db, Reason) == before + 1
        entry = s.get(ButEntry, entry.id)
        assert entry.reason.text == "Die Schule deckt das Angebot ab" and entry.reason.seeded


def test_topped_up_needs_topup_possible(db):
    with db.transaction() as s:
        family = create_family(s, "Müller")
        job = minijob_for(s, add_person(s, family, "Mia", 21))
        with pytest.raises(ValidationError, match=re.escape("„Aufgestockt“ geht nur, wenn „Aufstockung möglich“ ja ist.")):
            set_minijob(job, "topped_up", "ja")
        set_minijob(job, "topup_possible", "ja")
        set_minijob(job, "topped_up", "nein")
        assert plan_minijob(job, "topup_possible", "nein")[1].cleared == ("topped_up",)
        set_minijob(job, "topup_possible", "nein")
        assert job.topped_up is None
        with pytest.raises(ValidationError, match=re.escape("„5“ ist keine gültige Stufe")):
            set_minijob(job, "found", "5")
    with db.session() as s:
        job = s.get(MinijobEntry, job.id)
        assert (job.topup_possible, job.topped_up, job.found) == (False, None, None)
