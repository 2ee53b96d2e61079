"""The summary in-process: Anhang 6.6 from the ANNA data set, and each rule of the contract §3."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa

from tests.support import anhang66
from userjourney.core.demo.anna import PROJECT_START, STAND, store_anna
from userjourney.core.editing.edits import (
    add_child,
    add_person,
    create_family,
    entry_for,
    minijob_for,
    set_details,
    set_reason,
)
from userjourney.core.errors import UserError, ValidationError
from userjourney.core.journeys import (
    Journey,
    child_warnings,
    entry_warnings,
    needs_reason,
)
from userjourney.core.minijobs import latest_sustainable_start
from userjourney.core.storage.models import Change, Child, Family
from userjourney.core.summary.counting import summarize
from userjourney.core.summary.drilldown import drill_down, drill_down_minijobs
from userjourney.core.summary.filters import SummaryFilter
from userjourney.core.summary.model import percent
from userjourney.core.values import add_months, age_on
from userjourney.core.vocab import (
    AREAS,
    FUNNEL_STEPS,
    NO_REASON,
    Area,
    Facility,
    ParentingStatus,
)

ANNA_PERIOD = SummaryFilter(date_from=PROJECT_START, date_to=STAND)


@pytest.fixture
def anna(db):
    with db.transaction() as session:
        created = store_anna(session)
    assert len(created) == anhang66.FAMILIES
    return db


# --------------------------------------------------------------------------- Anhang 6.6


def test_anna_reproduces_every_figure_of_anhang_6_6(anna):
    with anna.session() as session:
        summary = summarize(session, ANNA_PERIOD)
    anhang66.check_against_anhang(summary.to_json())
    assert summary.migration_background_percent == anhang66.MIGRATION_PERCENT
    assert summary.single_parent_percent == anhang66.SINGLE_PARENT_PERCENT
    assert (summary.children_with_migration_background, summary.children_single_parent) == (42, 34)


def test_anna_period_matters_for_applications_only(anna):
    with anna.session() as session:
        period = summarize(session, ANNA_PERIOD).to_json()
        everything = summarize(session).to_json()
    for area in AREAS:
        with_period, without = period["but"][area.value], everything["but"][area.value]
        assert with_period["applications"] == anhang66.APPLICATIONS[area.value]
        # Without a period every application counts: the module docstring's figures.
        assert without["applications"] == {"Mittagsverpflegung": 37, "Lernförderung": 16,
                                           "Teilhabe schulisch": 9, "Teilhabe soziokulturell": 23}[area.value]
        assert without["applications"] == without["funnel"]["Antrag gestellt"]
        assert {k: v for k, v in with_period.items() if k != "applications"} == {
            k: v for k, v in without.items() if k != "applications"
        }


def test_anna_reasons_are_ranked_by_count_then_text(anna):
    with anna.session() as session:
        summary = summarize(session, ANNA_PERIOD)
    lunch = [(r.reason, r.count) for r in summary.areas[Area.LUNCH].reasons]
    assert lunch == [
        ("Kind / Jugendlicher möchte zuhause essen", 8),
        ("Die Schule deckt das Angebot ab", 1),
        ("Kosten der gesamten BuT-Inanspruchnahme werden nicht vollständig durch Münsterlandkarte abgedeckt", 1),
        ("TN kann keine Aussage dazu treffen", 1),
    ]
    for area in summary.areas.values():
        keys = [(-r.count, r.reason) for r in area.reasons]
        assert keys == sorted(keys)


def test_anna_journeys_are_plausible_and_complete(anna):
    with anna.session() as session:
        children = list(session.scalars(sa.select(Child)))
        assert len(children) == anhang66.CHILDREN
        for child in children:
            facility = Facility(child.facility)
            assert child_warnings(age_on(child.age_years, child.age_recorded_on, STAND), facility) == []
            assert {e.area for e in child.entries} == {a.value for a in AREAS}
            for entry in child.entries:
                journey = Journey.of(entry)
                assert journey.problems() == [], (child.name, entry.area)
                assert journey.implied == 0  # answered step by step, as a coach does
                assert not needs_reason(journey, entry.reason is not None), (child.name, entry.area)
                assert entry_warnings(Area(entry.area), journey, facility, entry.applied_on, entry.approved_on,
                                      today=STAND) == [], (child.name, entry.area)
                assert (entry.applied_on is not None) == (journey.answers[4] is True)
                if facility is Facility.KITA and entry.area in (Area.TUTORING, Area.SCHOOL_PARTICIPATION):
                    assert journey.entitled is False
        families = list(session.scalars(sa.select(Family)))
        assert sorted({f.location for f in families}) == ["Ennigerloh", "Everswinkel"]
        assert sum(f.location == "Ennigerloh" for f in families) == 20
        assert len({f.coach for f in families}) == 4
        # Stored through the editing API: every family has its history.
        with_history = session.scalars(sa.select(Change.family_id).distinct()).all()
        assert {f.id for f in families} <= set(with_history)


def test_anna_is_idempotent(anna):
    with anna.session() as session:
        before = session.scalar(sa.select(sa.func.count()).select_from(Change))
    with anna.transaction() as session:
        assert store_anna(session) == []
    with anna.session() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(Change)) == before


def test_drill_down_lists_the_children_behind_anhang_figures(anna):
    with anna.session() as session:
        corona = drill_down(session, ANNA_PERIOD, Area.SCHOOL_PARTICIPATION, "reasons",
                            anhang66.AREAS["Teilhabe schulisch"]["reasons"][0][0])
        kita = drill_down(session, ANNA_PERIOD, "Mittagsverpflegung", "using_by_facility_type", "KiTa")
        german = drill_down(session, ANNA_PERIOD, Area.TUTORING, "using_by_detail", "Deutsch")
        applied = drill_down(session, ANNA_PERIOD, Area.LUNCH, "applications")
        migration = drill_down(session, ANNA_PERIOD, None, "children_with_migration_background")
        kita_children = session.scalars(sa.select(Child).where(Child.facility == Facility.KITA.value)).all()
    assert len(corona) == 25 and len(german) == 12 and len(applied) == 19 and len(migration) == 42
    assert {row.child_id for row in kita} == {c.id for c in kita_children}
    assert [r.family_code for r in corona] == sorted(r.family_code for r in corona)
    assert all(r.family_code.startswith("ANNA-") for r in corona)


# --------------------------------------------------------------------------- the rules


def _family(session, code, **fields):
    fields.setdefault("created_on", date(2021, 1, 1))
    return create_family(session, code, **fields)


def _entry(session, child, area, answers, *, applied_on=None, reason=None, details=()):
    entry = entry_for(session, child, area)
    Journey(tuple(answers) + (None,) * (7 - len(answers))).store(entry)
    entry.applied_on = applied_on
    set_reason(session, entry, reason)
    set_details(session, entry, list(details))
    return entry


J, N = True, False


def test_empty_database_gives_zeros_with_every_key(db):
    with db.session() as session:
        data = summarize(session).to_json()
    assert list(data) == ["families", "children", "children_with_migration_background",
                          "children_single_parent", "but", "minijobs"]
    assert data["families"] == data["children"] == 0
    assert list(data["but"]) == [a.value for a in AREAS]
    for area in data["but"].values():
        assert list(area) == ["children", "not_entitled", "entitled", "entitlement_unknown", "using",
                              "applications", "funnel", "using_by_facility_type", "using_by_detail", "reasons"]
        assert list(area["funnel"]) == [s.label for s in FUNNEL_STEPS]
        assert area["funnel"] == dict.fromkeys(area["funnel"], 0)
        assert area["using_by_facility_type"] == {"KiTa": 0, "Schule": 0, "Sonstige": 0}
        assert area["using_by_detail"] == {} and area["reasons"] == []
    assert data["minijobs"] == {
        "persons": 0,
        "support": {s: {"1": 0, "2": 0, "3": 0, "4": 0}
                    for s in ("Minijob gesucht", "Minijob gefunden", "pot. Arbeitgeber angesprochen")},
        "topup_possible": 0, "topped_up": 0, "sustainable": 0,
    }


def test_children_without_a_row_or_answer_count_as_unknown(db):
    with db.transaction() as session:
        family = _family(session, "A")
        first = add_child(session, family, "Eins", 7, "Grundschule")
        add_child(session, family, "Zwei", 3, None)  # no rows at all
        _entry(session, first, Area.LUNCH, [])  # a row, Anspruch not answered
        _entry(session, first, Area.TUTORING, [J, J, J, J, J, J, J])
    with db.session() as session:
        summary = summarize(session)
    lunch, tutoring = summary.areas[Area.LUNCH], summary.areas[Area.TUTORING]
    assert (lunch.children, lunch.entitled, lunch.not_entitled, lunch.entitlement_unknown) == (2, 0, 0, 2)
    assert (tutoring.entitled, tutoring.entitlement_unknown, tutoring.using) == (1, 1, 1)


def test_reasons_cover_every_entitled_child_not_using(db):
    with db.transaction() as session:
        family = _family(session, "A")
        for name, answers, reason in [
            ("a", [J, J, J, N], "Kind möchte zuhause essen"),
            ("b", [J, J], None),                        # stalled, no reason yet
            ("c", [J, J, J, J, J, N], NO_REASON),       # a coach typed "ohne Angabe"
            ("d", [N], "noch kein Schulkind"),          # not entitled: no reason counted
            ("e", [J, J, J, J, J, J, J], "vergessen"),  # uses it: its reason is not counted
        ]:
            _entry(session, add_child(session, family, name, 8, "Grundschule"), Area.LUNCH, answers,
                   reason=reason)
    with db.session() as session:
        lunch = summarize(session).areas[Area.LUNCH]
        behind = drill_down(session, None, Area.LUNCH, "reasons", NO_REASON)
    assert [(r.reason, r.count) for r in lunch.reasons] == [(NO_REASON, 2), ("Kind möchte zuhause essen", 1)]
    assert sum(r.count for r in lunch.reasons) == lunch.entitled - lunch.using == 3
    assert [r.child_name for r in behind] == ["b", "c"]


def test_applications_period_includes_both_ends_and_drops_undated(db):
    with db.transaction() as session:
        family = _family(session, "A")
        for name, day in [("vorher", date(2021, 12, 31)), ("erster", date(2022, 1, 1)),
                          ("letzter", date(2022, 3, 31)), ("danach", date(2022, 4, 1)), ("ohne", None)]:
            _entry(session, add_child(session, family, name, 8, "Grundschule"), Area.TUTORING,
                   [J, J, J, J, J], applied_on=day)
        not_entitled = add_child(session, family, "kein Anspruch", 4, "KiTa")
        _entry(session, not_entitled, Area.TUTORING, [N], applied_on=None)
    period = SummaryFilter(date_from=date(2022, 1, 1), date_to=date(2022, 3, 31))
    with db.session() as session:
        assert summarize(session).areas[Area.TUTORING].applications == 5
        assert summarize(session, period).areas[Area.TUTORING].applications == 2
        assert summarize(session, SummaryFilter(date_from=date(2022, 1, 1))).areas[Area.TUTORING].applications == 3
        assert summarize(session, SummaryFilter(date_to=date(2021, 12, 31))).areas[Area.TUTORING].applications == 1
        names = [r.child_name for r in drill_down(session, period, Area.TUTORING, "applications")]
    assert names == ["erster", "letzter"]


def test_facility_types_and_details_count_children_using(db):
    with db.transaction() as session:
        family = _family(session, "A")
        for name, facility in [("k", "KiTa"), ("s", "Förderschule"), ("b", "Berufskolleg"), ("o", None),
                               ("a", "Ausbildung / Arbeit")]:
            child = add_child(session, family, name, 10, facility)
            _entry(session, child, Area.SOCIOCULTURAL_PARTICIPATION, [J] * 7,
                   details=["Fußball", "Musik"] if name in "ks" else [])
        _entry(session, add_child(session, family, "x", 9, "Grundschule"),
               Area.SOCIOCULTURAL_PARTICIPATION, [J, J, J, J], details=["Fußball"])  # not using
    with db.session() as session:
        area = summarize(session).areas[Area.SOCIOCULTURAL_PARTICIPATION]
    assert {k.value: n for k, n in area.using_by_facility_type.items()} == {"KiTa": 1, "Schule": 2, "Sonstige": 2}
    assert area.using_by_detail == {"Fußball": 2, "Musik": 2}


def test_family_filters_and_extra_gui_filters(db):
    with db.transaction() as session:
        for code, location, coach, migration, status, kids in [
            ("A", "Ennigerloh", "Coach 1", "ja", "alleinerziehend", 2),
            ("B", "Ennigerloh", "Coach 2", "nein", "nicht alleinerziehend", 1),
            ("C", "Everswinkel", "Coach 1", None, "alleinerziehend", 3),
        ]:
            family = _family(session, code, location=location, coach=coach, migration_background=migration,
                             parenting_status=status)
            for i in range(kids):
                add_child(session, family, f"Kind {i}", 5, "KiTa")
    def figures(**filters):
        with db.session() as session:
            s = summarize(session, SummaryFilter(**filters))
        return s.families, s.children, s.children_with_migration_background, s.children_single_parent
    assert figures() == (3, 6, 2, 5)
    assert figures(location="Ennigerloh") == (2, 3, 2, 2)
    assert figures(location="  Ennigerloh ") == (2, 3, 2, 2)
    assert figures(location="") == figures()
    assert figures(coach="Coach 1") == (2, 5, 2, 5)
    assert figures(location="Ennigerloh", coach="Coach 1") == (1, 2, 2, 2)
    assert figures(parenting_status=ParentingStatus.SINGLE) == (2, 5, 2, 5)
    assert figures(parenting_status="nicht alleinerziehend") == (1, 1, 0, 0)
    assert figures(migration_background=False) == (1, 1, 0, 0)  # "nein" only, not unknown
    assert figures(location="Ahlen") == (0, 0, 0, 0)


def test_minijob_sustainability_uses_the_stand(db):
    with db.transaction() as session:
        family = _family(session, "M")
        for name, started, sustainable in [
            ("ende januar", date(2022, 1, 31), None),   # + 3 months = 30.04.2022
            ("anfang februar", date(2022, 2, 1), None),  # + 3 months = 01.05.2022
            ("nein trotz beginn", date(2020, 1, 1), False),
            ("ja ohne beginn", None, True),
            ("offen ohne beginn", None, None),
        ]:
            person = add_person(session, family, name, 30)
            job = minijob_for(session, person)
            job.started_on, job.sustainable = started, sustainable
        add_person(session, family, "ohne Minijob", 40)
    with db.session() as session:
        def sustainable(stand):
            return summarize(session, SummaryFilter(stand=stand)).minijobs.sustainable
        assert sustainable(date(2022, 4, 29)) == 1
        assert sustainable(date(2022, 4, 30)) == 2
        assert sustainable(date(2022, 5, 1)) == 3
        summary = summarize(session, SummaryFilter(stand=date(2022, 4, 30)))
        rows = drill_down_minijobs(session, SummaryFilter(stand=date(2022, 4, 30)), "sustainable")
    assert summary.minijobs.persons == 6
    assert sorted(r.person_name for r in rows) == ["ende januar", "ja ohne beginn"]


def test_summary_without_stand_uses_today(db):
    with db.session() as session:
        assert summarize(session).stand == date.today()
        assert summarize(session, SummaryFilter(stand=date(2021, 12, 31))).stand == date(2021, 12, 31)


@pytest.mark.parametrize("stand", [date(2022, 4, 30), date(2022, 5, 31), date(2024, 2, 29), date(2023, 3, 1),
                                   date(2022, 12, 31), date(1, 4, 1), date(1, 3, 31)])
def test_latest_sustainable_start_is_exactly_the_three_month_rule(stand):
    cut_off = latest_sustainable_start(stand)
    candidates = [stand.fromordinal(stand.toordinal() - d) for d in range(130) if stand.toordinal() - d >= 1]
    expected = max((d for d in candidates if add_months(d, 3) <= stand), default=None)
    assert cut_off == expected


def test_period_after_its_end_is_refused_in_german():
    with pytest.raises(ValidationError) as caught:
        SummaryFilter(date_from=date(2022, 2, 1), date_to=date(2022, 1, 31))
    assert isinstance(caught.value, UserError)
    assert str(caught.value) == "Der Zeitraum ist leer: der Beginn 01.02.2022 liegt nach dem Ende 31.01.2022."
    SummaryFilter(date_from=date(2022, 2, 1), date_to=date(2022, 2, 1))  # one day is a period


@pytest.mark.parametrize("part, whole, expected", [
    (42, 61, 69), (34, 61, 56), (1, 2, 50), (1, 8, 13), (1, 3, 33), (2, 3, 67), (0, 5, 0), (5, 5, 100), (0, 0, None),
])
def test_percent_rounds_halves_up(part, whole, expected):
    assert percent(part, whole) == expected


def test_drill_down_rejects_unknown_kinds(db):
    with db.session() as session:
        with pytest.raises(ValueError):
            drill_down(session, None, Area.LUNCH, "nonsense")
        with pytest.raises(ValueError):
            drill_down(session, None, Area.LUNCH, "reasons")  # needs a key
        with pytest.raises(ValueError):
            drill_down(session, None, Area.LUNCH, "funnel", "Anspruch")
        with pytest.raises(ValueError):
            drill_down_minijobs(session, None, "support", ("Minijob gesucht", 5))


def test_ties_are_ordered_by_text_in_code_point_order(db):
    """Contract: count descending, then text ascending — plain code-point order, the same on
    every database, because the ranking happens on the grouped rows in Python."""
    with db.transaction() as session:
        family = _family(session, "A")
        for i, reason in enumerate(["b", "Ärger", "B", "a", "zwei", "zwei"]):
            child = add_child(session, family, f"Kind {i}", 9, "Grundschule")
            _entry(session, child, Area.TUTORING, [J, J, N], reason=reason)
    with db.session() as session:
        reasons = summarize(session).areas[Area.TUTORING].reasons
    assert [(r.reason, r.count) for r in reasons] == [("zwei", 2), ("B", 1), ("a", 1), ("b", 1), ("Ärger", 1)]
