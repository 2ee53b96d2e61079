"""The family list's rows: completeness counted in SQL by the same rule as the journey rules."""

from __future__ import annotations

import uuid
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.support import examples
from userjourney.core.demo.schmidt_mueller import store_demo
from userjourney.core.editing.family_list import (
    family_rows,
    load_filter_values,
    load_rows,
)
from userjourney.core.journeys import Journey, answer, entry_complete, needs_reason
from userjourney.core.storage.models import ButEntry, Child, Family, Reason
from userjourney.core.vocab import AREAS


def test_demo_rows(db):
    with db.transaction() as s:
        store_demo(s)
    rows = load_rows(db)
    assert [r.code for r in rows] == ["Schmidt", "Müller"]  # newest Letzte Bearbeitung first
    schmidt, mueller = rows
    assert (schmidt.children, schmidt.expected, schmidt.complete, schmidt.missing_reasons) == (2, 8, 8, 0)
    assert schmidt.completeness == 1.0
    assert (mueller.children, mueller.persons, mueller.completeness) == (0, 2, None)
    assert load_filter_values(db) == (["Ennigerloh", "Everswinkel"], ["Erika Musterfrau", "Max Mustermann"])
    assert load_rows(db, [mueller.id]) == [mueller] and load_rows(db, []) == []
    # what the search looks in besides the code: the children's and the adults' names
    assert sorted(schmidt.names.split("\n")) == sorted(c.name for c in _children_of(db, schmidt.id))
    assert sorted(mueller.names.split("\n")) == ["Martina Müller", "Mia Müller"]


def _children_of(db, family_id):
    with db.session() as session:
        return list(session.query(Child).filter(Child.family_id == family_id))


steps = st.sampled_from([True, False, None])


@st.composite
def journeys(draw):
    journey = Journey()
    for _ in range(draw(st.integers(0, 6))):
        journey = answer(journey, draw(st.integers(0, 6)), draw(steps)).journey
    return journey


@settings(max_examples=examples(40), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(entries=st.lists(st.tuples(journeys(), st.booleans()), min_size=1, max_size=12))
def test_sql_completeness_follows_the_journey_rules(db, entries):
    with db.transaction() as s:
        reason = s.query(Reason).first()
        family = Family(code=f"F-{uuid.uuid4().hex[:8]}", created_on=date(2022, 1, 1))
        s.add(family)
        expected_complete = expected_missing = 0
        for number in range(0, len(entries), len(AREAS)):
            child = Child(name=f"K{number}", family=family)
            s.add(child)
            for area, (journey, has_reason) in zip(AREAS, entries[number:number + len(AREAS)]):
                entry = ButEntry(area=area.value, child=child, reason=reason if has_reason else None)
                journey.store(entry)
                s.add(entry)
                expected_complete += entry_complete(journey, has_reason)
                expected_missing += needs_reason(journey, has_reason)
        family_id = family.id
    with db.session() as s:
        (row,) = family_rows(s, [family_id])
    assert row.complete == expected_complete
    assert row.missing_reasons == expected_missing
    assert row.expected == len(AREAS) * ((len(entries) + len(AREAS) - 1) // len(AREAS))
