"""Parsing of cell values: what people type and what Excel hands over."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from userjourney.core.errors import ValidationError
from userjourney.core.values import (
    add_months,
    age_on,
    format_date,
    parse_age,
    parse_area,
    parse_date,
    parse_details,
    parse_facility,
    parse_level,
    parse_yes_no,
)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("01.02.22", date(2022, 2, 1)),
        ("1.2.2022", date(2022, 2, 1)),
        (" 2022-02-01 ", date(2022, 2, 1)),
        (datetime(2022, 2, 1, 0, 0), date(2022, 2, 1)),
        (date(2022, 2, 1), date(2022, 2, 1)),
        ("", None),
        (None, None),
    ],
)
def test_dates(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text, message",
    [
        ("31.02.22", "„31.02.22“ ist kein gültiges Datum (diesen Tag gibt es nicht)."),
        ("31.02.2022", "„31.02.2022“ ist kein gültiges Datum (diesen Tag gibt es nicht)."),
        ("gestern", "„gestern“ ist kein Datum; erwartet: TT.MM.JJJJ, TT.MM.JJ oder JJJJ-MM-TT."),
        ("2022/02/01", "„2022/02/01“ ist kein Datum; erwartet: TT.MM.JJJJ, TT.MM.JJ oder JJJJ-MM-TT."),
    ],
)
def test_impossible_dates_are_refused_with_the_value(text, message):
    with pytest.raises(ValidationError) as err:
        parse_date(text)
    assert str(err.value) == message


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2045, 12, 31)))
def test_dates_round_trip_through_their_text(day):
    assert parse_date(format_date(day)) == day
    assert parse_date(day.isoformat()) == day


@pytest.mark.parametrize("value, expected", [("ja", True), ("JA", True), (" Nein ", False), ("", None), (None, None)])
def test_yes_no(value, expected):
    assert parse_yes_no(value) is expected


def test_yes_no_refuses_maybe():
    with pytest.raises(ValidationError, match=re.escape("„vielleicht“ ist keine gültige Angabe; erwartet: ja, nein oder leer.")):
        parse_yes_no("vielleicht")


@pytest.mark.parametrize("value, expected", [(13, 13), ("13", 13), (13.0, 13), (" 0 ", 0), (120, 120), ("", None)])
def test_ages(value, expected):
    assert parse_age(value) == expected


@pytest.mark.parametrize("value", [-1, "-3", 121, "dreizehn", 13.5, "13 Jahre", True])
def test_bad_ages(value):
    with pytest.raises(ValidationError, match=re.escape("kein gültiges Alter; erwartet: eine ganze Zahl von 0 bis 120")):
        parse_age(value)


@pytest.mark.parametrize("value", [0, 5, "fünf", 2.5])
def test_bad_levels(value):
    with pytest.raises(ValidationError, match=re.escape("keine gültige Stufe; erwartet: 1 (selbstständig) bis 4")):
        parse_level(value)


def test_levels():
    assert [parse_level(v) for v in (1, "2", 3.0, " 4 ", "")] == [1, 2, 3, 4, None]


def test_choices_forgive_case_not_spelling():
    assert parse_area("lernförderung").value == "Lernförderung"
    assert parse_facility("Kita").value == "KiTa"
    with pytest.raises(ValidationError, match=re.escape("„Schwimmen“ ist kein gültiger Wert für Bereich; erwartet: Mittagsverpflegung")):
        parse_area("Schwimmen")


def test_details_split_and_trim():
    assert parse_details(" Mathe, Deutsch ;Englisch,, Mathe ") == ["Mathe", "Deutsch", "Englisch"]
    assert parse_details(None) == []


@pytest.mark.parametrize(
    "start, months, expected",
    [
        (date(2022, 1, 31), 3, date(2022, 4, 30)),
        (date(2021, 11, 30), 3, date(2022, 2, 28)),
        (date(2023, 11, 30), 3, date(2024, 2, 29)),
        (date(2022, 11, 15), 3, date(2023, 2, 15)),
        (date(2022, 12, 31), 2, date(2023, 2, 28)),
    ],
)
def test_add_calendar_months_clamps_to_month_end(start, months, expected):
    assert add_months(start, months) == expected


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2080, 1, 1)), st.integers(0, 48))
def test_add_months_lands_in_the_right_month(day, months):
    result = add_months(day, months)
    assert (result.year * 12 + result.month) - (day.year * 12 + day.month) == months
    assert result.day <= day.day


def test_age_moves_on_with_time():
    recorded = date(2022, 5, 2)
    assert age_on(13, recorded, date(2022, 5, 2)) == 13
    assert age_on(13, recorded, date(2023, 5, 1)) == 13
    assert age_on(13, recorded, date(2023, 5, 2)) == 14
    assert age_on(13, recorded, date(2026, 11, 25)) == 17
    assert age_on(13, recorded, date(2020, 1, 1)) == 13  # never younger than recorded
    assert age_on(None, recorded) is None
