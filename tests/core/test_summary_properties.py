"""Properties of the summary on random data (hypothesis).

Each example writes random families — children with journeys of every shape, dates, details,
reasons, adults with Minijobs — into one SQLite database (emptied between examples), then
checks the SQL figures against a plain Python computation over the generated data and against
the contract's invariants. Examples are small so the suite stays fast.
"""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.support import examples
from userjourney.core.journeys import Journey
from userjourney.core.storage.database import open_database
from userjourney.core.storage.models import (
    ButDetail,
    ButEntry,
    Change,
    Child,
    Family,
    MinijobEntry,
    Person,
    Reason,
)
from userjourney.core.summary.counting import summarize
from userjourney.core.summary.disclosure import disclosed
from userjourney.core.summary.drilldown import (
    AREA_KINDS,
    drill_down,
    drill_down_minijobs,
)
from userjourney.core.summary.filters import SummaryFilter
from userjourney.core.summary.suppression import report_table, suppression_for
from userjourney.core.values import add_months
from userjourney.core.vocab import (
    AREAS,
    FACILITY_TYPE,
    FUNNEL_STEPS,
    NO_REASON,
    SUPPORT_STEPS,
    Facility,
    FacilityType,
    ParentingStatus,
)

LOCATIONS = ("Ennigerloh", "Everswinkel", None)
COACHES = ("Coach A", "Coach B", None)
REASONS = ("Grund B", "grund a", NO_REASON, None)  # mixed case: ties order by code point
DETAILS = ("Fußball", "Mathe", "Deutsch")
DAYS = st.dates(min_value=date(2020, 1, 1), max_value=date(2022, 12, 31))
SETTINGS = settings(
    max_examples=examples(40),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


# --------------------------------------------------------------------------- random data


@dataclass
class EntryData:
    answers: tuple
    applied_on: date | None
    reason: str | None
    details: tuple[str, ...]


@dataclass
class ChildData:
    facility: str | None
    entries: dict  # area value → EntryData


@dataclass
class PersonData:
    minijob: dict | None


@dataclass
class FamilyData:
    location: str | None
    coach: str | None
    migration: bool | None
    status: str | None
    children: list[ChildData] = field(default_factory=list)
    persons: list[PersonData] = field(default_factory=list)


@st.composite
def answers(draw):
    """A consistent journey: blank, not entitled, or entitled and walking to a nein or a stall."""
    first = draw(st.sampled_from([None, False, True, True]))
    if first is not True:
        return (first,) + (None,) * 6
    steps = draw(st.integers(0, 6))
    result = [True] * (1 + steps)
    if steps < 6 and draw(st.booleans()):
        result.append(False)
    return tuple(result + [None] * (7 - len(result)))


@st.composite
def entries(draw):
    given_answers = draw(answers())
    applied = given_answers[4] is True
    return EntryData(
        given_answers,
        draw(st.one_of(st.none(), DAYS)) if applied else None,
        draw(st.sampled_from(REASONS)),
        tuple(draw(st.lists(st.sampled_from(DETAILS), unique=True, max_size=2))),
    )


children = st.builds(
    ChildData,
    facility=st.sampled_from([None] + [f.value for f in Facility]),
    entries=st.dictionaries(st.sampled_from([a.value for a in AREAS]), entries(), max_size=4),
)

levels = st.one_of(st.none(), st.integers(1, 4))


@st.composite
def minijobs(draw):
    possible = draw(st.sampled_from([None, True, False]))
    return {
        "searched": draw(levels), "found": draw(levels), "approached": draw(levels),
        "topup_possible": possible,
        "topped_up": draw(st.sampled_from([None, True, False])) if possible else None,
        "sustainable": draw(st.sampled_from([None, None, True, False])),
        "started_on": draw(st.one_of(st.none(), DAYS)),
    }


families = st.lists(
    st.builds(
        FamilyData,
        location=st.sampled_from(LOCATIONS),
        coach=st.sampled_from(COACHES),
        migration=st.sampled_from([None, True, False]),
        status=st.sampled_from([None] + [s.value for s in ParentingStatus]),
        children=st.lists(children, max_size=3),
        persons=st.lists(st.builds(PersonData, minijob=st.one_of(st.none(), minijobs())), max_size=2),
    ),
    max_size=5,
)


@st.composite
def filters(draw):
    start, end = draw(st.one_of(st.none(), DAYS)), draw(st.one_of(st.none(), DAYS))
    if start and end and start > end:
        start, end = end, start
    return SummaryFilter(
        location=draw(st.sampled_from(LOCATIONS)),
        coach=draw(st.sampled_from(COACHES)),
        date_from=start,
        date_to=end,
        stand=draw(DAYS),
        parenting_status=draw(st.sampled_from([None, *ParentingStatus])),
        migration_background=draw(st.sampled_from([None, True, False])),
    )


# --------------------------------------------------------------------------- database


@pytest.fixture(scope="module")
def database(tmp_path_factory):
    db = open_database(tmp_path_factory.mktemp("properties") / "p.sqlite", actor="Hypothesis")
    yield db
    db.close()


def store(db, data: list[FamilyData]) -> None:
    """Empty the database and write ``data`` through the ORM (history included)."""
    with db.transaction() as session:
        for model in (ButDetail, ButEntry, Child, MinijobEntry, Person, Family, Change):
            session.execute(sa.delete(model))
        session.execute(sa.delete(Reason).where(Reason.seeded.is_(False)))
        reasons: dict[tuple[str, str], Reason] = {}
        for number, fam in enumerate(data):
            family = Family(code=f"F{number}", location=fam.location, coach=fam.coach, created_on=date(2021, 1, 1),
                            migration_background=fam.migration, parenting_status=fam.status)
            session.add(family)
            for position, kid in enumerate(fam.children):
                child = Child(name=f"K{position}", facility=kid.facility, position=position)
                family.children.append(child)
                for area, data_entry in kid.entries.items():
                    entry = ButEntry(area=area, applied_on=data_entry.applied_on)
                    Journey(data_entry.answers).store(entry)
                    if data_entry.reason is not None:
                        key = (area, data_entry.reason)
                        if key not in reasons:
                            reasons[key] = session.scalars(
                                sa.select(Reason).where(Reason.area == area, Reason.text == data_entry.reason)
                            ).first() or Reason(area=area, text=data_entry.reason)
                        entry.reason = reasons[key]
                    for i, item in enumerate(data_entry.details):
                        entry.details.append(ButDetail(item=item, position=i))
                    child.entries.append(entry)
            for position, adult in enumerate(fam.persons):
                person = Person(name=f"P{position}", position=position)
                family.persons.append(person)
                if adult.minijob is not None:
                    person.minijob = MinijobEntry(**adult.minijob)


# --------------------------------------------------------------------------- the reference


def passes(fam: FamilyData, f: SummaryFilter) -> bool:
    return (
        (f.location is None or fam.location == f.location)
        and (f.coach is None or fam.coach == f.coach)
        and (f.parenting_status is None or fam.status == f.parenting_status.value)
        and (f.migration_background is None or fam.migration is f.migration_background)
    )


def reference(data: list[FamilyData], f: SummaryFilter) -> dict:
    """The contract §3, computed the plain way over the generated data."""
    fams = [fam for fam in data if passes(fam, f)]
    kids = [(fam, kid) for fam in fams for kid in fam.children]
    but = {}
    for area in AREAS:
        rows = [(kid, kid.entries.get(area.value)) for _fam, kid in kids]
        entitled = [(kid, e) for kid, e in rows if e is not None and e.answers[0] is True]
        using = [(kid, e) for kid, e in entitled if e.answers[6] is True]
        not_entitled = sum(1 for _kid, e in rows if e is not None and e.answers[0] is False)
        applications = [
            e for _kid, e in entitled
            if e.answers[4] is True
            and (f.date_from is None or (e.applied_on is not None and e.applied_on >= f.date_from))
            and (f.date_to is None or (e.applied_on is not None and e.applied_on <= f.date_to))
        ]
        kinds = Counter(FACILITY_TYPE[Facility(kid.facility)] if kid.facility else FacilityType.OTHER
                        for kid, _e in using)
        details = Counter(item for _kid, e in using for item in e.details)
        reasons = Counter(e.reason or NO_REASON for _kid, e in entitled if e.answers[6] is not True)
        but[area.value] = {
            "children": len(kids),
            "not_entitled": not_entitled,
            "entitled": len(entitled),
            "entitlement_unknown": len(kids) - len(entitled) - not_entitled,
            "using": len(using),
            "applications": len(applications),
            "funnel": {s.label: sum(1 for _kid, e in entitled if e.answers[s.index] is True) for s in FUNNEL_STEPS},
            "using_by_facility_type": {k.value: kinds[k] for k in FacilityType},
            "using_by_detail": dict(sorted(details.items(), key=lambda kv: (-kv[1], kv[0]))),
            "reasons": [{"reason": r, "count": n} for r, n in sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0]))],
        }
    jobs = [p.minijob for fam in fams for p in fam.persons]
    filled = [j for j in jobs if j is not None]
    return {
        "families": len(fams),
        "children": len(kids),
        "children_with_migration_background": sum(1 for fam, _kid in kids if fam.migration is True),
        "children_single_parent": sum(1 for fam, _kid in kids if fam.status == ParentingStatus.SINGLE.value),
        "but": but,
        "minijobs": {
            "persons": len(jobs),
            "support": {s.label: {str(level): sum(1 for j in filled if j[s.field] == level) for level in (1, 2, 3, 4)}
                        for s in SUPPORT_STEPS},
            "topup_possible": sum(1 for j in filled if j["topup_possible"] is True),
            "topped_up": sum(1 for j in filled if j["topped_up"] is True),
            "sustainable": sum(
                1 for j in filled
                if j["sustainable"] is True
                or (j["sustainable"] is None and j["started_on"] is not None
                    and add_months(j["started_on"], 3) <= f.stand)
            ),
        },
    }


def flatten(data, prefix=()) -> dict[tuple, int]:
    """Every count of a summary JSON by its path (reasons keyed by their text)."""
    if isinstance(data, int):
        return {prefix: data}
    if isinstance(data, list):
        return {prefix + (item["reason"],): item["count"] for item in data}
    out = {}
    for key, value in data.items():
        out.update(flatten(value, prefix + (key,)))
    return out


# --------------------------------------------------------------------------- properties


@SETTINGS
@given(data=families, f=filters())
def test_sql_equals_the_plain_python_computation(database, data, f):
    store(database, data)
    with database.session() as session:
        assert summarize(session, f).to_json() == reference(data, f)


@SETTINGS
@given(data=families, f=filters())
def test_counts_reconcile_and_the_funnel_never_rises(database, data, f):
    store(database, data)
    with database.session() as session:
        summary = summarize(session, f)
    for area in summary.areas.values():
        assert area.not_entitled + area.entitled + area.entitlement_unknown == area.children == summary.children
        assert min(area.not_entitled, area.entitled, area.entitlement_unknown) >= 0
        assert sum(r.count for r in area.reasons) == area.entitled - area.using
        steps = [area.entitled, *area.funnel.values()]
        assert all(later <= earlier for earlier, later in itertools.pairwise(steps))
        assert area.funnel["Angebot wahrgenommen"] == area.using
        assert area.applications <= area.funnel["Antrag gestellt"]
        assert sum(area.using_by_facility_type.values()) == area.using
        assert all(n <= area.using for n in area.using_by_detail.values())
    assert summary.minijobs.topped_up <= summary.minijobs.topup_possible <= summary.minijobs.persons


@SETTINGS
@given(data=families, f=filters())
def test_filters_only_ever_remove(database, data, f):
    store(database, data)
    with database.session() as session:
        filtered = flatten(summarize(session, f).to_json())
        unfiltered = flatten(summarize(session, SummaryFilter(stand=f.stand)).to_json())
    for path, n in filtered.items():
        assert n <= unfiltered.get(path, 0), path


@SETTINGS
@given(data=families, f=filters())
def test_drill_down_lists_exactly_the_counted_children(database, data, f):
    store(database, data)
    with database.session() as session:
        summary = summarize(session, f)
        assert len(drill_down(session, f, None, "children")) == summary.children
        assert len(drill_down(session, f, None, "children_with_migration_background")) == (
            summary.children_with_migration_background)
        for area in summary.areas.values():
            figures = area.to_json()
            for kind in AREA_KINDS:
                assert len(drill_down(session, f, area.area, kind)) == figures[kind], (area.area, kind)
            for step, n in area.funnel.items():
                assert len(drill_down(session, f, area.area, "funnel", step)) == n
            for kind, n in area.using_by_facility_type.items():
                assert len(drill_down(session, f, area.area, "using_by_facility_type", kind)) == n
            for item, n in area.using_by_detail.items():
                assert len(drill_down(session, f, area.area, "using_by_detail", item)) == n
            for reason in area.reasons:
                assert len(drill_down(session, f, area.area, "reasons", reason.reason)) == reason.count
        jobs = summary.minijobs
        assert len(drill_down_minijobs(session, f, "persons")) == jobs.persons
        assert len(drill_down_minijobs(session, f, "sustainable")) == jobs.sustainable
        for step, per_level in jobs.support.items():
            for level, n in per_level.items():
                assert len(drill_down_minijobs(session, f, "support", (step, level))) == n


# --------------------------------------------------------------------------- the report's cells


@SETTINGS
@given(data=families, f=filters())
def test_the_cells_of_the_report_add_up_as_its_relations_say(database, data, f):
    """The relations small-cell suppression reasons with are true of every summary: each total
    is exactly the sum of its parts, and no count — printed or following from printed ones — is
    negative. (A relation the data broke would let the suppression reason from a falsehood.)"""
    store(database, data)
    with database.session() as session:
        table = report_table(summarize(session, f))
    assert all(n >= 0 for n in table.values.values()), table.values
    for relation in table.relations:
        assert table.values[relation.total] == sum(table.values[p] for p in relation.parts), relation


@SETTINGS
@given(data=families, f=filters(), min_cell=st.integers(2, 4))
def test_min_cell_hides_every_small_count_and_whatever_gives_it_away(database, data, f, min_cell):
    store(database, data)
    with database.session() as session:
        summary = summarize(session, f)
    table = report_table(summary)
    hidden = suppression_for(summary, min_cell).hidden
    shown = {cell: table.values[cell] for cell in table.published if cell not in hidden}
    assert not [cell for cell, n in shown.items() if 1 <= n < min_cell]
    assert all(table.values[cell] > 0 for cell in hidden), "zeros are never hidden"
    assert disclosed(table, hidden, table.sensitive(min_cell)) == []
