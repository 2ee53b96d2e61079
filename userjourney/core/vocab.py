"""The fixed vocabulary of the forms (Anhang 6.5 and 6.7) and of the exchange format.

These German words are *data*: they are stored in the database and written to and read from
the Excel template exactly as spelled here (``docs/exchange-format.md``), so they are
never translated. Labels meant for people live next to them and go through :func:`tr`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from userjourney.core.i18n import tr


class Area(StrEnum):
    """A BuT area (Bereich) — one row per child in the BuT grid."""

    LUNCH = "Mittagsverpflegung"
    TUTORING = "Lernförderung"
    SCHOOL_PARTICIPATION = "Teilhabe schulisch"
    SOCIOCULTURAL_PARTICIPATION = "Teilhabe soziokulturell"


AREAS: tuple[Area, ...] = tuple(Area)


@dataclass(frozen=True)
class Step:
    """One step of the BuT journey: ``field`` is the column, ``label`` the form's header."""

    index: int
    field: str
    label: str


#: The BuT journey in order. A ``ja`` at a step means every earlier step is ``ja``.
STEPS: tuple[Step, ...] = (
    Step(0, "entitled", "Anspruch"),
    Step(1, "offer_exists", "Angebot vorhanden"),
    Step(2, "offer_known", "Angebot bekannt"),
    Step(3, "offer_interesting", "Angebot interessant"),
    Step(4, "applied", "Antrag gestellt"),
    Step(5, "approved", "Antrag bewilligt"),
    Step(6, "used", "Angebot wahrgenommen"),
)
STEP_FIELDS: tuple[str, ...] = tuple(s.field for s in STEPS)
STEP_BY_FIELD: dict[str, Step] = {s.field: s for s in STEPS}
#: The funnel of the summary: the six steps after Anspruch.
FUNNEL_STEPS: tuple[Step, ...] = STEPS[1:]
APPLIED = STEP_BY_FIELD["applied"]
APPROVED = STEP_BY_FIELD["approved"]
USED = STEP_BY_FIELD["used"]


class Facility(StrEnum):
    """Einrichtung of a child, as the template spells it."""

    NONE = "keine"
    KITA = "KiTa"
    PRIMARY_SCHOOL = "Grundschule"
    SECONDARY_SCHOOL = "Weiterführende Schule"
    SPECIAL_SCHOOL = "Förderschule"
    VOCATIONAL_COLLEGE = "Berufskolleg"
    TRAINING_OR_WORK = "Ausbildung / Arbeit"


class FacilityType(StrEnum):
    """The coarse grouping the summary reports use by (KiTa / Schule / Sonstige)."""

    KITA = "KiTa"
    SCHOOL = "Schule"
    OTHER = "Sonstige"


FACILITY_TYPE: dict[Facility, FacilityType] = {
    Facility.NONE: FacilityType.OTHER,
    Facility.KITA: FacilityType.KITA,
    Facility.PRIMARY_SCHOOL: FacilityType.SCHOOL,
    Facility.SECONDARY_SCHOOL: FacilityType.SCHOOL,
    Facility.SPECIAL_SCHOOL: FacilityType.SCHOOL,
    Facility.VOCATIONAL_COLLEGE: FacilityType.SCHOOL,
    Facility.TRAINING_OR_WORK: FacilityType.OTHER,
}


class ParentingStatus(StrEnum):
    """Erziehungsstatus of the family."""

    SINGLE = "alleinerziehend"
    NOT_SINGLE = "nicht alleinerziehend"


@dataclass(frozen=True)
class SupportStep:
    """A Minijob step answered on the support scale 1–4."""

    field: str
    label: str
    note_field: str
    note_label: str


SUPPORT_STEPS: tuple[SupportStep, ...] = (
    SupportStep("searched", "Minijob gesucht", "note_searched", "Anmerkung gesucht"),
    SupportStep("found", "Minijob gefunden", "note_found", "Anmerkung gefunden"),
    SupportStep(
        "approached", "pot. Arbeitgeber angesprochen", "note_approached", "Anmerkung angesprochen"
    ),
)
SUPPORT_LEVELS: tuple[int, ...] = (1, 2, 3, 4)
MIN_AGE, MAX_AGE = 0, 120

#: ja / nein as the forms and the template write them (any letter case is read).
YES, NO = "ja", "nein"
#: What a ja/nein field offers: empty (not answered yet), ja, nein.
YES_NO_CHOICES: tuple[str, ...] = ("", YES, NO)

#: The longest texts a coach may type; the columns are this wide and messages quote the number.
MAX_NAME = 100  # Familie code, Standort, JobCoach, the name of a child or an adult
MAX_EMPLOYER = 200
MAX_DETAIL = 200  # one item of Details (a subject, an activity)
MAX_REASON = 500
MAX_NOTE = 2000  # Notiz, Anmerkungen


def support_level_label(level: int) -> str:
    """The legend of Anhang 6.7 for one level."""
    return {
        1: tr("selbstständig"),
        2: tr("mit wenig Unterstützung"),
        3: tr("mit viel Unterstützung"),
        4: tr("unselbstständig"),
    }[level]


def support_legend() -> str:
    """The legend line printed above the Minijob grid."""
    return " / ".join(f"{lvl} = {support_level_label(lvl)}" for lvl in SUPPORT_LEVELS)


def family_title(code: str) -> str:
    """"Familie Schmidt" for the code "Schmidt" — and not "Familie Familie Yilmaz" for a code that
    already says it."""
    word = tr("Familie")
    if code.casefold().startswith(word.casefold() + " "):
        return code
    return tr("Familie {code}").format(code=code)


def form_words() -> dict[str, str]:
    """The forms' fixed words a person reads — the steps and the Bereiche — in the window's
    language. The German word stays the key everywhere else (the database, the summary's
    figures, the exports, the JSON of exchange-format): only what is shown is translated."""
    return {
        "Anspruch": tr("Anspruch"), "Angebot vorhanden": tr("Angebot vorhanden"),
        "Angebot bekannt": tr("Angebot bekannt"), "Angebot interessant": tr("Angebot interessant"),
        "Antrag gestellt": tr("Antrag gestellt"), "Antrag bewilligt": tr("Antrag bewilligt"),
        "Angebot wahrgenommen": tr("Angebot wahrgenommen"),
        "Minijob gesucht": tr("Minijob gesucht"), "Minijob gefunden": tr("Minijob gefunden"),
        "pot. Arbeitgeber angesprochen": tr("pot. Arbeitgeber angesprochen"),
        "Anmerkung gesucht": tr("Anmerkung gesucht"), "Anmerkung gefunden": tr("Anmerkung gefunden"),
        "Anmerkung angesprochen": tr("Anmerkung angesprochen"),
        Area.LUNCH.value: tr("Mittagsverpflegung"), Area.TUTORING.value: tr("Lernförderung"),
        Area.SCHOOL_PARTICIPATION.value: tr("Teilhabe schulisch"),
        Area.SOCIOCULTURAL_PARTICIPATION.value: tr("Teilhabe soziokulturell"),
    }


@cache
def _form_word_set() -> frozenset[str]:
    return frozenset(form_words())  # the German words: the keys, whatever the language


def shown(word: str) -> str:
    """One of the forms' words (:func:`form_words`: a step's label, a Bereich) as a person reads
    it in the window's language; any other text as it is. One translation per call, not the
    whole table: a grid asks for its Bereich column on every paint."""
    word = str(word)
    return tr(word) if word in _form_word_set() else word


def field_labels() -> dict[str, str]:
    """Field → the forms' label (translated), for every field a person would recognise.

    Keys are the model's columns, plus ``age`` (an age as edited; stored as ``age_years``). The
    history view, undo's labels and messages all name a field through this one table.
    """
    labels = {
        "code": tr("Familie"), "location": tr("Standort"), "coach": tr("JobCoach"),
        "created_on": tr("Erstelldatum"), "migration_background": tr("Migrationshintergrund"),
        "parenting_status": tr("Erziehungsstatus"), "name": tr("Name"), "age": tr("Alter"), "age_years": tr("Alter"),
        "age_recorded_on": tr("Alter erfasst am"), "facility": tr("Einrichtung"),
        "applied_on": tr("Antrag gestellt am"), "approved_on": tr("Antrag bewilligt am"),
        "reason_id": tr("Grund"), "note": tr("Notiz"), "item": tr("Detail"),
        "employer": tr("Arbeitgeber"), "started_on": tr("Beginn"),
        "topup_possible": tr("Aufstockung möglich"), "topped_up": tr("Aufgestockt"), "sustainable": tr("Nachhaltig"),
        "note_topup": tr("Anmerkung Aufstockung"), "note_sustainable": tr("Anmerkung Nachhaltig"),
    }
    labels.update({s.field: shown(s.label) for s in STEPS})
    for step in SUPPORT_STEPS:
        labels[step.field] = shown(step.label)
        labels[step.note_field] = shown(step.note_label)
    return labels


def field_label(field: str) -> str:
    """The label of one field (the field's own name where it has none)."""
    return field_labels().get(field, field)


#: The stand-in reason the summary uses for a stopped journey without a Grund.
NO_REASON = "ohne Angabe"
