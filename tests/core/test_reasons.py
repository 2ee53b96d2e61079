"""Which typed reason means a catalogue reason (issue 18: the catalogue must not split silently)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from userjourney.core.editing.reasons import similar_reason
from userjourney.core.storage.catalogue import shipped_catalogue
from userjourney.core.vocab import Area

CATALOGUE = shipped_catalogue()


@pytest.mark.parametrize(("area", "typed", "similar"), [
    # the paper form of Anhang 6.5 against the catalogue of Anhang 6.6
    (Area.LUNCH, "Kind möchte zuhause essen", "Kind / Jugendlicher möchte zuhause essen"),
    (Area.LUNCH, "die schule deckt das angebot ab", "Die Schule deckt das Angebot ab"),  # case
    (Area.LUNCH, "Die Schule deckt das Angebt ab", "Die Schule deckt das Angebot ab"),  # a typo
    (Area.SOCIOCULTURAL_PARTICIPATION, "Schule deckt Bedarf ab", "Schule deckt den Bedarf ab"),
    (Area.TUTORING, "Lehrer sehen keinen Förderbedarf", "Lehrerinnen und Lehrer sehen keinen Förderbedarf"),
    # different reasons stay different
    (Area.SCHOOL_PARTICIPATION, "momentan keine Klassenfahrten", None),
    (Area.SOCIOCULTURAL_PARTICIPATION, "Kind noch in der Interessensfindung", None),
    (Area.TUTORING, "noch kein Schulkind", None),
    (Area.SOCIOCULTURAL_PARTICIPATION, "Kosten zu hoch", None),
    (Area.LUNCH, "Kind isst zuhause", None),  # one shared word is not enough
    (Area.LUNCH, "   ", None),
])
def test_similar_reasons_of_the_forms(area, typed, similar):
    assert similar_reason(CATALOGUE[area], typed) == similar


@given(st.sampled_from(list(Area)), st.data())
def test_a_catalogue_reason_is_itself_not_similar_and_its_other_spelling_is(area, data):
    reason = data.draw(st.sampled_from(CATALOGUE[area]))
    assert similar_reason(CATALOGUE[area], reason) is None  # the reason itself: nothing to ask
    assert similar_reason(CATALOGUE[area], f"  {reason}  ") is None  # trimmed, as stored
    respelled = data.draw(st.sampled_from([reason.upper(), reason.lower(), reason.replace(" ", "  ")]))
    if respelled != reason:
        assert similar_reason(CATALOGUE[area], respelled) == reason


@given(st.text(min_size=1, max_size=40))
def test_any_answer_is_a_catalogue_reason_or_nothing(text):
    for area in Area:
        assert similar_reason(CATALOGUE[area], text) in (None, *CATALOGUE[area])
