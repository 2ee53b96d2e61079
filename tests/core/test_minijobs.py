"""The three-month rule for Nachhaltig, around month ends and in general."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from userjourney.core.minijobs import (
    sustainability,
    sustainable_by_rule,
    sustainable_from,
)


@pytest.mark.parametrize(
    "started, sustainable_on",
    [
        (date(2022, 1, 31), date(2022, 4, 30)),  # 31.01. → 30.04.
        (date(2021, 11, 30), date(2022, 2, 28)),  # 30.11. → 28.02.
        (date(2023, 11, 30), date(2024, 2, 29)),  # … → 29.02. in a leap year
        (date(2023, 11, 29), date(2024, 2, 29)),
        (date(2022, 12, 31), date(2023, 3, 31)),  # across the year
        (date(2022, 3, 15), date(2022, 6, 15)),
    ],
)
def test_three_calendar_months_clamped_to_the_month_end(started, sustainable_on):
    assert sustainable_from(started) == sustainable_on
    assert sustainable_by_rule(started, sustainable_on) is True
    assert sustainable_by_rule(started, sustainable_on - timedelta(days=1)) is None


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)))
def test_the_rule_takes_three_months_more_or_less_and_never_goes_back(started):
    since = sustainable_from(started)
    assert 89 <= (since - started).days <= 92
    assert sustainable_from(started + timedelta(days=1)) >= since


def test_the_coach_overrides_the_rule_and_it_shows():
    start, later = date(2022, 1, 31), date(2022, 6, 1)
    assert sustainability(None, start, later) == sustainability(None, start, later)
    computed = sustainability(None, start, later)
    assert (computed.value, computed.computed, computed.overridden) == (True, True, False)
    said_no = sustainability(False, start, later)
    assert (said_no.value, said_no.computed, said_no.overridden) == (False, False, True)
    too_early = sustainability(True, start, date(2022, 3, 1))
    assert (too_early.value, too_early.overridden) == (True, True)
    agrees = sustainability(True, start, later)
    assert not agrees.overridden
    no_start = sustainability(True, None, later)
    assert (no_start.value, no_start.computed, no_start.overridden) == (True, False, False)
