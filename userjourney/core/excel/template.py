"""The columns of the exchange template: one source of truth for import, template and export.

``docs/exchange-format.md`` §2 fixes the two sheets ``BuT`` and ``Minijobs`` and their
header names. Each :class:`Column` here says what its header is, which record and field it
fills, how a cell value is parsed (every parser either returns a clean value or raises
:class:`~userjourney.core.errors.ValidationError` with a German message that quotes the value
and says what is expected), how it is written back, and what the template offers as a
drop-down. The reader, the template writer and the export's raw sheets all walk these lists,
so a column cannot mean one thing on the way in and another on the way out.

Nothing here imports openpyxl: the specs are plain data, usable without loading it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from userjourney.core import values
from userjourney.core.errors import ValidationError
from userjourney.core.i18n import tr
from userjourney.core.vocab import (
    AREAS,
    MAX_AGE,
    MAX_DETAIL,
    MAX_EMPLOYER,
    MAX_NAME,
    MAX_NOTE,
    MAX_REASON,
    MIN_AGE,
    STEPS,
    SUPPORT_LEVELS,
    SUPPORT_STEPS,
    Facility,
    ParentingStatus,
    support_level_label,
)

BUT_SHEET = "BuT"
MINIJOB_SHEET = "Minijobs"
EXPLANATION_SHEET = "Erklärung"
HEADER_ROW = 1
DATE_FORMAT = "DD.MM.YYYY"
NUMBER_FORMAT = "0"

# Which record a column belongs to.
FAMILY, CHILD, ENTRY, PERSON, MINIJOB = "family", "child", "entry", "person", "minijob"

# --------------------------------------------------------------------------- parsers


def text_parser(limit: int, *, key: bool = False) -> Callable[[Any], str | None]:
    """Trimmed text (numbers as their plain text), at most ``limit`` characters; with ``key``,
    cleaned as a key (:func:`~userjourney.core.values.clean_key`: white space inside is one space)."""
    clean = values.clean_key if key else values.clean_text

    def parse(value: Any) -> str | None:
        text = clean(value)
        if text is not None and len(text) > limit:
            raise ValidationError(
                tr("{value} ist {n} Zeichen lang; erlaubt sind höchstens {limit} Zeichen.").format(
                    value=values.shown(text), n=len(text), limit=limit
                )
            )
        return text

    return parse


def parse_details(value: Any) -> tuple[str, ...]:
    """A list split at ``,`` or ``;``, each item trimmed (at most 200 characters each)."""
    items = tuple(values.parse_details(value))
    for item in items:
        if len(item) > MAX_DETAIL:
            raise ValidationError(
                tr("„{item} …“ ist als Detail zu lang; erlaubt sind höchstens {limit} Zeichen je Eintrag.").format(
                    item=item[:30], limit=MAX_DETAIL
                )
            )
    return items


_DATE_LIKE = re.compile(r"^\s*\d{1,4}[.\-/]\d{1,2}[.\-/]\d{1,4}\s*$")


def parse_step_or_date(value: Any) -> tuple[bool | None, date | None]:
    """``Antrag gestellt``/``Antrag bewilligt``: ja, nein or a date (a date means ja on that day)."""
    if isinstance(value, (datetime, date)):
        return True, values.parse_date(value)
    if values.is_blank(value):
        return None, None
    if isinstance(value, str):
        folded = value.strip().casefold()
        if folded == values.YES:
            return True, None
        if folded == values.NO:
            return False, None
        if _DATE_LIKE.match(value):
            day = values.parse_date(value)  # its own message for 31.02.2022 or 1.2.3
            return True, day
    raise ValidationError(
        tr(
            "{value} ist keine gültige Angabe; erwartet: ja, nein, leer oder ein Datum "
            "(TT.MM.JJJJ, TT.MM.JJ oder JJJJ-MM-TT)."
        ).format(value=values.shown(value))
    )


def _enum_value(parse: Callable[[Any], Any]) -> Callable[[Any], str | None]:
    def parse_value(value: Any) -> str | None:
        choice = parse(value)
        return choice.value if choice is not None else None

    return parse_value


parse_parenting_status = _enum_value(values.parse_parenting_status)
parse_facility = _enum_value(values.parse_facility)
parse_area = _enum_value(values.parse_area)


# --------------------------------------------------------------------------- columns


@dataclass(frozen=True)
class Column:
    """One column of a template sheet.

    ``record``/``field`` say where the value goes (``field`` is the model attribute, or
    ``answers[i]``-style pseudo-fields handled by the importer); ``parse`` turns a cell into
    a clean value; ``kind`` decides how the export writes it and which drop-down the
    template offers; ``hint`` explains the column on the Erklärung sheet.
    """

    header: str
    record: str
    field: str
    parse: Callable[[Any], Any]
    kind: str  # "key" | "text" | "date" | "yes_no" | "step_date" | "choice" | "age" | "level" | "details"
    width: float
    hint: str
    choices: tuple[str, ...] = ()
    key: bool = False

    @property
    def number_format(self) -> str | None:
        if self.kind in ("date", "step_date"):
            return DATE_FORMAT
        if self.kind in ("age", "level"):
            return NUMBER_FORMAT
        return None


@dataclass(frozen=True)
class SheetSpec:
    """A template sheet: its name, its columns in template order, and the key columns."""

    name: str
    columns: tuple[Column, ...]

    @property
    def headers(self) -> tuple[str, ...]:
        return tuple(c.header for c in self.columns)

    def column(self, header: str) -> Column:
        return next(c for c in self.columns if c.header == header)

    def by_field(self, record: str, field: str) -> Column:
        return next(c for c in self.columns if c.record == record and c.field == field)


YES_NO = (values.YES, values.NO)
_name = text_parser(MAX_NAME, key=True)


def _family_columns() -> tuple[Column, ...]:
    return (
        Column("Familie", FAMILY, "code", _name, "key", 16, tr(
            "Kürzel (Pseudonym) der Familie, nie der echte Name; Schlüssel: gleiche Familie = gleiches Kürzel."
        ), key=True),
        Column("Standort", FAMILY, "location", _name, "text", 14, tr("Ort der Betreuung, z. B. Ennigerloh.")),
        Column("JobCoach", FAMILY, "coach", _name, "text", 18, tr("Name des JobCoachs beim Träger.")),
        Column("Erstelldatum", FAMILY, "created_on", values.parse_date, "date", 13, tr(
            "Tag, an dem die User Journey angelegt wurde; leer = heute (bei neuen Familien)."
        )),
        Column("Migrationshintergrund", FAMILY, "migration_background", values.parse_yes_no, "yes_no", 21,
               tr("ja oder nein."), YES_NO),
        Column("Erziehungsstatus", FAMILY, "parenting_status", parse_parenting_status, "choice", 21,
               tr("alleinerziehend oder nicht alleinerziehend."), tuple(ParentingStatus)),
    )


def _but_columns() -> tuple[Column, ...]:
    steps = {s.field: s for s in STEPS}
    step = lambda field, hint: Column(  # noqa: E731 - a table of similar columns
        steps[field].label, ENTRY, field, values.parse_yes_no, "yes_no", 11, hint, YES_NO
    )
    return _family_columns() + (
        Column("Kind", CHILD, "name", _name, "key", 12, tr(
            "Vorname oder Kürzel des Kindes; Schlüssel innerhalb der Familie."
        ), key=True),
        Column("Alter", CHILD, "age_years", values.parse_age, "age", 7, tr(
            "Alter in ganzen Jahren ({low}–{high}), am Tag des Imports."
        ).format(low=MIN_AGE, high=MAX_AGE)),
        Column("Einrichtung", CHILD, "facility", parse_facility, "choice", 21, tr(
            "keine, KiTa, Grundschule, Weiterführende Schule, Förderschule, Berufskolleg oder Ausbildung / Arbeit."
        ), tuple(Facility)),
        Column("Bereich", ENTRY, "area", parse_area, "key", 22, tr(
            "Mittagsverpflegung, Lernförderung, Teilhabe schulisch oder Teilhabe soziokulturell; "
            "eine Zeile je Kind und Bereich."
        ), tuple(a.value for a in AREAS), key=True),
        step("entitled", tr("Besteht ein Anspruch? ja / nein / leer (noch offen).")),
        step("offer_exists", tr("Gibt es ein passendes Angebot?")),
        step("offer_known", tr("Kennt die Familie das Angebot?")),
        step("offer_interesting", tr("Ist das Angebot für Kind und Familie interessant?")),
        Column("Antrag gestellt", ENTRY, "applied", parse_step_or_date, "step_date", 13, tr(
            "ja, nein oder das Datum des Antrags (ein Datum heißt: ja, an diesem Tag)."
        )),
        Column("Antrag bewilligt", ENTRY, "approved", parse_step_or_date, "step_date", 13, tr(
            "ja, nein oder das Datum der Bewilligung."
        )),
        step("used", tr("Wird das Angebot wahrgenommen?")),
        Column("Details", ENTRY, "details", parse_details, "details", 22, tr(
            "Fächer oder Aktivitäten, getrennt durch Komma oder Semikolon, z. B. „Mathe, Deutsch“."
        )),
        Column("Grund", ENTRY, "reason", text_parser(MAX_REASON), "text", 40, tr(
            "Warum der Weg hier endet, z. B. „Kind möchte zuhause essen“; ein neuer Text kommt "
            "wörtlich in den Gründe-Katalog."
        )),
    )


def _minijob_columns() -> tuple[Column, ...]:
    legend = ", ".join(f"{level} = {support_level_label(level)}" for level in SUPPORT_LEVELS)
    levels = tuple(str(level) for level in SUPPORT_LEVELS)
    level = lambda s: Column(  # noqa: E731
        s.label, MINIJOB, s.field, values.parse_level, "level", 12, tr("Stufe 1–4: {legend}.").format(legend=legend),
        levels,
    )
    note = lambda header, field, what: Column(  # noqa: E731
        header, MINIJOB, field, text_parser(MAX_NOTE), "text", 30,
        tr("Anmerkung zu „{what}“: Unterstützung oder warum der Schritt nicht gelang.").format(what=what),
    )
    searched, found, approached = SUPPORT_STEPS
    return _family_columns() + (
        Column("Person", PERSON, "name", _name, "key", 18, tr(
            "Name oder Kürzel der erwachsenen Person; Schlüssel innerhalb der Familie."
        ), key=True),
        Column("Alter", PERSON, "age_years", values.parse_age, "age", 7, tr(
            "Alter in ganzen Jahren ({low}–{high}), am Tag des Imports."
        ).format(low=MIN_AGE, high=MAX_AGE)),
        Column("Arbeitgeber", MINIJOB, "employer", text_parser(MAX_EMPLOYER), "text", 24,
               tr("Arbeitgeber des Minijobs.")),
        Column("Beginn", MINIJOB, "started_on", values.parse_date, "date", 12, tr(
            "Erster Arbeitstag; nach drei Monaten gilt der Minijob als nachhaltig, wenn „Nachhaltig“ leer ist."
        )),
        level(searched),
        level(found),
        level(approached),
        Column("Aufstockung möglich", MINIJOB, "topup_possible", values.parse_yes_no, "yes_no", 12,
               tr("ja oder nein."), YES_NO),
        Column("Aufgestockt", MINIJOB, "topped_up", values.parse_yes_no, "yes_no", 12,
               tr("ja oder nein; nur wenn „Aufstockung möglich“ ja ist."), YES_NO),
        Column("Nachhaltig", MINIJOB, "sustainable", values.parse_yes_no, "yes_no", 12,
               tr("ja, wenn der Minijob drei Monate oder länger besteht; nein; leer = nach „Beginn“."), YES_NO),
        note("Anmerkung gesucht", searched.note_field, searched.label),
        note("Anmerkung gefunden", found.note_field, found.label),
        note("Anmerkung angesprochen", approached.note_field, approached.label),
        note("Anmerkung Aufstockung", "note_topup", tr("Aufstockung")),
        note("Anmerkung Nachhaltig", "note_sustainable", tr("Nachhaltig")),
    )


BUT = SheetSpec(BUT_SHEET, _but_columns())
MINIJOBS = SheetSpec(MINIJOB_SHEET, _minijob_columns())
SHEETS: tuple[SheetSpec, ...] = (BUT, MINIJOBS)
FAMILY_COLUMNS: tuple[Column, ...] = tuple(c for c in BUT.columns if c.record == FAMILY)


def normalise_header(value: Any) -> str:
    """A header cell as compared with the template: surrounding spaces (and line breaks or
    runs of spaces inside, from Alt+Enter or copy and paste) do not count; letters and
    spelling do."""
    if value is None:
        return ""
    return " ".join(str(value).split())


def format_for_cell(column: Column, value: Any) -> Any:
    """A clean value as the export writes it into a cell of ``column`` (the inverse of parse)."""
    if value is None:
        return None
    if column.kind == "yes_no":
        return values.format_yes_no(value)
    if column.kind == "details":
        return values.format_details(value) or None
    return value
