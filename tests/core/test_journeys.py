"""The journey rules, property-based: whatever the coach types, the journey stays consistent."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from userjourney.core.journeys import (
    N_STEPS,
    Journey,
    answer,
    complete,
    entry_complete,
    needs_reason,
)

answers = st.sampled_from([True, False, None])
raw_answers = st.lists(answers, min_size=N_STEPS, max_size=N_STEPS)
steps = st.integers(0, N_STEPS - 1)


def consistent(journey: Journey) -> bool:
    """No nein before a ja, implied only on ja, and no blank before a ja."""
    last_yes = journey.last_yes()
    no = journey.first_no()
    if no is not None and no < last_yes:
        return False
    if any(journey.answers[i] is None for i in range(last_yes)):
        return False
    return all(journey.answers[i] is True for i in range(N_STEPS) if journey.is_implied(i))


@st.composite
def journeys(draw):
    """Consistent journeys, reached the way a coach would: a sequence of answers."""
    journey = Journey()
    for step, value in draw(st.lists(st.tuples(steps, answers), max_size=12)):
        journey = answer(journey, step, value).journey
    return journey


@given(journeys(), steps, answers)
def test_any_answer_keeps_the_journey_consistent(journey, step, value):
    assert consistent(journey)
    edit = answer(journey, step, value)
    assert consistent(edit.journey)


@given(journeys(), steps)
def test_ja_fills_every_earlier_step(journey, step):
    edit = answer(journey, step, True)
    result = edit.journey
    assert result.answers[step] is True and not result.is_implied(step)
    assert all(result.answers[i] is True for i in range(step))
    # the blanks became implied ja, earlier nein are reported as overruled, nothing is lost silently
    assert set(edit.implied) == {i for i in range(step) if journey.answers[i] is None}
    assert set(edit.overruled) == {i for i in range(step) if journey.answers[i] is False}
    assert all(result.is_implied(i) for i in edit.implied + edit.overruled)
    assert result.answers[step + 1 :] == journey.answers[step + 1 :]


@given(journeys(), steps)
def test_nein_clears_later_steps_and_reports_them(journey, step):
    edit = answer(journey, step, False)
    assert edit.journey.answers[step] is False
    assert all(a is None for a in edit.journey.answers[step + 1 :])
    assert set(edit.cleared) == {i for i in range(step + 1, N_STEPS) if journey.answers[i] is not None}
    assert edit.journey.answers[:step] == journey.answers[:step]
    assert edit.needs_confirmation == bool(edit.cleared)


@given(journeys(), steps)
def test_clearing_a_step_before_a_ja_leaves_an_implied_ja(journey, step):
    result = answer(journey, step, None).journey
    if any(a is True for a in journey.answers[step + 1 :]):
        assert result.answers[step] is True and result.is_implied(step)
    else:
        assert result.answers[step] is None
    assert [a for i, a in enumerate(result.answers) if i != step] == [
        a for i, a in enumerate(journey.answers) if i != step
    ]


@given(journeys(), steps, answers)
def test_answering_twice_changes_nothing_more(journey, step, value):
    once = answer(journey, step, value).journey
    twice = answer(once, step, value)
    assert twice.journey == once
    assert not twice.cleared and not twice.overruled and not twice.implied


@given(raw_answers)
def test_complete_a_row_from_a_file(raw):
    journey, findings = complete(raw)
    last_yes = max((i for i, a in enumerate(raw) if a is True), default=-1)
    contradiction = last_yes > 0 and any(a is False for a in raw[:last_yes])
    errors = [f for f in findings if f.severity == "error"]
    assert bool(errors) == contradiction
    if contradiction:
        return
    assert consistent(journey)
    filled = [i for i in range(last_yes) if raw[i] is None]
    assert [i for i in range(N_STEPS) if journey.is_implied(i)] == filled
    assert any("als „ja“ übernommen" in f.message for f in findings) == bool(filled)
    assert [a for i, a in enumerate(journey.answers) if i not in filled] == [
        a for i, a in enumerate(raw) if i not in filled
    ]


@given(journeys())
def test_where_a_journey_stops(journey):
    stop = journey.stop()
    no = journey.first_no()
    if no is not None:
        assert stop.step == no and not stop.stalled
    elif journey.entitled is True and not journey.used:
        assert stop.stalled and stop.step == journey.last_yes() + 1
        assert journey.answers[stop.step] is None
    else:
        assert stop is None
    assert needs_reason(journey, False) == (stop is not None)
    assert not needs_reason(journey, True)
    assert entry_complete(journey, True) == (journey.entitled is not None)


def test_examples_from_anhang_6_5():
    J, N, _ = True, False, None
    lunch_jan = Journey((J, J, J, N, _, _, _))
    assert lunch_jan.stop().step == 3 and not lunch_jan.stop().stalled
    assert Journey((J, J, J, J, _, _, _)).stop().describe() == "offen bei „Antrag gestellt“"
    assert Journey((J,) * 7).stop() is None
    assert Journey((N, _, _, _, _, _, _)).stop().describe() == "„nein“ bei „Anspruch“"
    assert Journey().stop() is None  # not assessed yet is not a stop
    journey, findings = complete([_, _, _, _, J, _, _])
    assert journey.answers[:5] == (J,) * 5 and journey.implied == 0b1111
    assert findings[0].message.startswith("Leere Schritte vor einem „ja“ als „ja“ übernommen: Anspruch,")
    _, findings = complete([J, J, N, _, J, _, _])
    assert findings[0].severity == "error"
    assert findings[0].message == "„nein“ bei „Angebot bekannt“ widerspricht dem späteren „ja“ bei „Antrag gestellt“."
