"""Parsing and formatting the values of the forms: ja/nein, dates, ages, levels, lists.

One place for the GUI's cell editors, the Excel import and the command line, so a value means
the same everywhere. Every parser takes what a person (or Excel) might hand over — text with
stray spaces, numbers as floats, real ``date`` objects — and either returns the clean value
or raises :class:`~userjourney.core.errors.ValidationError` with a German sentence that quotes
the value found and says what is expected.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from typing import Any, TypeVar

from userjourney.core.errors import ValidationError
from userjourney.core.i18n import tr
from userjourney.core.vocab import (
    MAX_AGE,
    MIN_AGE,
    NO,
    SUPPORT_LEVELS,
    YES,
    Area,
    Facility,
    ParentingStatus,
)

#: How much of a value a message quotes; longer values are cut with "…" (a message stays one line).
SHOWN_MAX = 60
#: Control characters a message shows as visible signs, so a value never breaks its line.
_VISIBLE = {**{i: 0x2400 + i for i in range(0x20)}, 0x7F: 0x2421, 0x0A: 0x21B5, 0x09: 0x21E5}
#: Characters nobody sees but that make two texts differ: zero-width characters, the byte-order
#: mark, soft hyphen, bidirectional controls. Removed from every text a person types or imports,
#: so "ANNA-01" with a hidden character is "ANNA-01" (and a text cannot reorder what is shown).
INVISIBLE = frozenset(
    [0x00AD, 0x061C, 0x180E, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064,
     0xFEFF, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
)
_DROP_INVISIBLE = dict.fromkeys(INVISIBLE)
#: Line breaks of other programs (Word's manual break \v, a form feed, CR, Unicode's line and
#: paragraph separators) become "\n"; every other control character but tab is dropped. XML —
#: and so an .xlsx — cannot hold them, and nobody means them.
_CONTROLS = {**{i: None for i in range(0x20) if i not in (0x09, 0x0A)}, 0x7F: None,
             0x0B: "\n", 0x0C: "\n", 0x85: "\n", 0x2028: "\n", 0x2029: "\n"}


def printable_text(text: str) -> str:
    """``text`` with other programs' line breaks as "\n" and no other control character but tab."""
    if text.isprintable():
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n").translate(_CONTROLS)


def shown(value: Any, limit: int | None = SHOWN_MAX) -> str:
    """A value quoted for a message: „…“ — at most :data:`SHOWN_MAX` characters, on one line.

    Dates as TT.MM.JJJJ, whole floats as integers; control characters (a line break, a tab) are
    shown as visible signs (↵, ⇥, ␀ …), invisible characters as ⟨U+200B⟩, and a long value is cut
    with "…", so a message never carries a whole cell. ``limit=None`` quotes all of it (a path).
    """
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        value = format_date(value)
    text = str(value)
    cut = limit is not None and len(text) > limit
    if cut:
        text = text[:limit]
    text = "".join(f"⟨U+{ord(c):04X}⟩" if ord(c) in INVISIBLE else c for c in text.translate(_VISIBLE))
    return f"„{text}…“" if cut else f"„{text}“"


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and value.strip() == "")


def clean_text(value: Any) -> str | None:
    """Trimmed text, or ``None`` for nothing/blank. Numbers become their plain text.

    Unicode is normalised (NFC: "ü" typed one way or the other is the same "ü"), invisible
    characters (:data:`INVISIBLE`) are removed and control characters made printable
    (:func:`printable_text`) — in the window and in the import alike.
    """
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value)
    if not text.isascii():
        text = unicodedata.normalize("NFC", text).translate(_DROP_INVISIBLE)
    text = printable_text(text).strip()
    return text or None


def clean_key(value: Any) -> str | None:
    """A text that identifies something (a Familie code, a name, a Standort): :func:`clean_text`,
    and any run of white space inside (a tab, a line break, two spaces) is one space — two keys
    that look the same are the same."""
    text = clean_text(value)
    if text is None:
        return None
    return " ".join(text.split()) if not _SINGLE_SPACED.fullmatch(text) else text


# --------------------------------------------------------------------------- ja / nein


def parse_yes_no(value: Any) -> bool | None:
    """``ja`` → True, ``nein`` → False (any letter case), blank → None."""
    if isinstance(value, bool):
        return value
    if is_blank(value):
        return None
    text = str(value).strip().casefold()
    if text == YES:
        return True
    if text == NO:
        return False
    raise ValidationError(
        tr("{value} ist keine gültige Angabe; erwartet: ja, nein oder leer.").format(value=shown(value))
    )


def format_yes_no(value: bool | None) -> str:
    return "" if value is None else (YES if value else NO)


# --------------------------------------------------------------------------- dates

_SINGLE_SPACED = re.compile(r"\S+(?: \S+)*")


_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


def expand_two_digit_year(yy: int, today: date | None = None) -> int:
    """``22`` → 2022. Years more than 20 years ahead of today are taken as 19xx."""
    today = today or date.today()
    century = today.year // 100 * 100
    year = century + yy
    if year > today.year + 20:
        year -= 100
    return year


def parse_date(value: Any) -> date | None:
    """A date from an Excel date, ``TT.MM.JJJJ``, ``TT.MM.JJ`` or ``JJJJ-MM-TT``; blank → None."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (time, timedelta)):
        raise ValidationError(tr("{value} ist eine Uhrzeit oder Zeitdauer, kein Datum.").format(value=shown(value)))
    if is_blank(value):
        return None
    text = str(value).strip()
    match = _DOTTED.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        if len(match.group(3)) == 2:
            year = expand_two_digit_year(year)
    else:
        match = _ISO.match(text)
        if not match:
            raise ValidationError(
                tr("{value} ist kein Datum; erwartet: TT.MM.JJJJ, TT.MM.JJ oder JJJJ-MM-TT.").format(
                    value=shown(value)
                )
            )
        year, month, day = (int(g) for g in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        raise ValidationError(
            tr("{value} ist kein gültiges Datum (diesen Tag gibt es nicht).").format(value=shown(value))
        ) from None


_MOMENT = re.compile(r"^(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\.\d{1,2}\.\d{2,4})(?:T| +)(\d{1,2}):(\d{2})(?::(\d{2}))?$")


def parse_moment(value: Any) -> datetime:
    """A moment, timezone-aware: a day (its end, local time: ``JJJJ-MM-TT``, ``TT.MM.JJJJ``) or
    a day with a time, ``JJJJ-MM-TTTHH:MM[:SS]`` or ``TT.MM.JJJJ HH:MM[:SS]`` (local time, as
    :func:`format_moment` writes it); blank or anything else is refused."""
    text = "" if value is None else str(value).strip()
    match = _MOMENT.match(text)
    if match:
        day = parse_date(match.group(1))
        hour, minute, second = int(match.group(2)), int(match.group(3)), int(match.group(4) or 0)
        try:
            moment = datetime.combine(day, time(hour, minute, second))  # type: ignore[arg-type]
        except ValueError:
            raise ValidationError(tr("{value} ist keine gültige Uhrzeit.").format(value=shown(value))) from None
    else:
        try:
            day = parse_date(text)
        except ValidationError:
            day = None
        if day is None:
            raise ValidationError(tr("{value} ist kein Zeitpunkt; erwartet: JJJJ-MM-TT oder JJJJ-MM-TTTHH:MM[:SS].").format(
                value=shown(value)))
        moment = datetime.combine(day, time.max)
    return moment.astimezone()  # local time, with its offset


def format_moment(value: datetime) -> str:
    """A moment in local time as people read it: "31.12.2021" for the end of a day (what a day
    given as a moment means), else "31.12.2021 14:05" (with seconds when not :00)."""
    local = value.astimezone()
    if (local.hour, local.minute, local.second) == (23, 59, 59):
        return format_date(local.date())
    text = f"{format_date(local.date())} {local:%H:%M}"
    return text + f":{local:%S}" if local.second else text


def format_date(value: date | None) -> str:
    """``TT.MM.JJJJ`` — the one way the program shows a date (typing TT.MM.JJ is accepted) —, empty for None.

    Written out by hand: ``strftime("%Y")`` does not pad years before 1000 on every platform
    ("01.01.1" on Linux), and such a date must read back as the same day.
    """
    if value is None:
        return ""
    return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"


def add_months(day: date, months: int) -> date:
    """``day`` plus calendar months, clamped to the month's end (31.01. + 3 → 30.04.)."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


# --------------------------------------------------------------------------- numbers


def _whole_number(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    text = str(value).strip()
    if re.fullmatch(r"[+-]?\d+", text):
        return int(text)
    return None


def parse_age(value: Any) -> int | None:
    """An age: a whole number 0..120; blank → None."""
    if is_blank(value):
        return None
    number = _whole_number(value)
    if number is None or not MIN_AGE <= number <= MAX_AGE:
        raise ValidationError(
            tr("{value} ist kein gültiges Alter; erwartet: eine ganze Zahl von 0 bis 120.").format(
                value=shown(value)
            )
        )
    return number


def parse_level(value: Any) -> int | None:
    """A support level: a whole number 1..4; blank → None."""
    if is_blank(value):
        return None
    number = _whole_number(value)
    if number is None or number not in SUPPORT_LEVELS:
        raise ValidationError(
            tr(
                "{value} ist keine gültige Stufe; erwartet: 1 (selbstständig) bis 4 (unselbstständig)."
            ).format(value=shown(value))
        )
    return number


# --------------------------------------------------------------------------- choices

ChoiceT = TypeVar("ChoiceT", Area, Facility, ParentingStatus)


def _choice(value: Any, choices: Iterable[ChoiceT], what: str) -> ChoiceT | None:
    if is_blank(value):
        return None
    text = str(value).strip()
    for choice in choices:
        if text == choice.value:
            return choice
    for choice in choices:  # forgive letter case, never spelling
        if text.casefold() == choice.value.casefold():
            return choice
    allowed = ", ".join(c.value for c in choices)
    raise ValidationError(
        tr("{value} ist kein gültiger Wert für {what}; erwartet: {allowed}.").format(
            value=shown(value), what=what, allowed=allowed
        )
    )


def parse_area(value: Any) -> Area | None:
    return _choice(value, Area, tr("Bereich"))


def parse_facility(value: Any) -> Facility | None:
    return _choice(value, Facility, tr("Einrichtung"))


def parse_parenting_status(value: Any) -> ParentingStatus | None:
    return _choice(value, ParentingStatus, tr("Erziehungsstatus"))


# --------------------------------------------------------------------------- lists


def parse_details(value: Any) -> list[str]:
    """``"Mathe, Deutsch; Englisch"`` → ``["Mathe", "Deutsch", "Englisch"]`` (trimmed, no repeats)."""
    if is_blank(value):
        return []
    items: list[str] = []
    for part in re.split(r"[;,]", str(value)):
        item = part.strip()
        if item and item not in items:
            items.append(item)
    return items


def format_details(items: Iterable[str]) -> str:
    return ", ".join(items)


# --------------------------------------------------------------------------- ages


def age_on(age_years: int | None, recorded_on: date | None, day: date | None = None) -> int | None:
    """The age on ``day`` of someone who was ``age_years`` old on ``recorded_on``.

    The forms ask for an age, not a birth date, and we store no more than that (data
    minimisation). Adding the whole years passed since the age was recorded keeps it right as
    time passes; it can be one year low for at most the months until the next birthday,
    never more.
    """
    if age_years is None:
        return None
    if recorded_on is None:
        return age_years
    day = day or date.today()
    years = day.year - recorded_on.year - ((day.month, day.day) < (recorded_on.month, recorded_on.day))
    return age_years + max(years, 0)
