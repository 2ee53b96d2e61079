"""The rules of the BuT journey, one place for the GUI and the import alike.

A journey is the seven answers of :data:`~userjourney.core.vocab.STEPS` — Anspruch, Angebot
vorhanden, … Angebot wahrgenommen — each ``True`` (ja), ``False`` (nein) or ``None`` (not
answered yet). The rules, from the forms (Anhang 6.5) and the exchange format:

* **Order.** A ``ja`` at a step means every earlier step is ``ja``. An empty earlier step is
  filled in as an *implied* ``ja`` (kept apart from the coach's own answers, shown as such).
* **Contradiction.** A ``nein`` before a later ``ja`` is an error.
* **After a nein** later steps carry no meaning; the GUI clears them (after asking), the
  import warns.
* **Where the journey stops.** At the first ``nein``, or — when the child is entitled but
  does not use the offer yet — at the first unanswered step (a *stall*, e.g. an application
  not yet decided). A stopped journey wants a reason; without one it counts against the
  family's completeness and appears in the summary as "ohne Angabe".

:class:`Journey` is an immutable value; editing functions return a new one together with
what else they changed, so callers can ask before they apply.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from userjourney.core.i18n import tr
from userjourney.core.values import format_date
from userjourney.core.vocab import (
    APPLIED,
    APPROVED,
    STEP_FIELDS,
    STEPS,
    USED,
    Area,
    Facility,
    shown,
)

Answer = bool | None
N_STEPS = len(STEPS)
ENTITLED = 0


@dataclass(frozen=True)
class Journey:
    """Seven answers plus the bit mask of those that are implied (bit i = step i)."""

    answers: tuple[Answer, ...] = (None,) * N_STEPS
    implied: int = 0

    def __post_init__(self) -> None:
        if len(self.answers) != N_STEPS:
            raise ValueError("a journey has exactly seven answers")
        for i in range(N_STEPS):
            if self.implied & (1 << i) and self.answers[i] is not True:
                raise ValueError("only a ja can be implied")

    # -- reading --------------------------------------------------------------------------
    @classmethod
    def of(cls, entry: Any) -> Journey:
        """The journey stored on a :class:`~userjourney.core.storage.models.ButEntry`."""
        return cls(tuple(getattr(entry, f) for f in STEP_FIELDS), entry.implied_mask or 0)

    def store(self, entry: Any) -> None:
        """Write the answers and the implied mask onto an entry."""
        for name, value in zip(STEP_FIELDS, self.answers):
            if getattr(entry, name) != value:
                setattr(entry, name, value)
        if entry.implied_mask != self.implied:
            entry.implied_mask = self.implied

    def is_implied(self, step: int) -> bool:
        return bool(self.implied & (1 << step))

    def last_yes(self) -> int:
        """Index of the last ``ja`` (-1 if none)."""
        return max((i for i, a in enumerate(self.answers) if a is True), default=-1)

    def first_no(self) -> int | None:
        return next((i for i, a in enumerate(self.answers) if a is False), None)

    def reached(self, step: int) -> bool:
        """Did the family get to ``step`` (ja, explicit or implied)?"""
        return self.answers[step] is True

    @property
    def entitled(self) -> Answer:
        return self.answers[ENTITLED]

    @property
    def used(self) -> bool:
        return self.answers[USED.index] is True

    @property
    def is_blank(self) -> bool:
        return all(a is None for a in self.answers)

    def stop(self) -> Stop | None:
        """Where the journey stops, or ``None`` when it is complete or not begun."""
        no = self.first_no()
        if no is not None:
            return Stop(no, stalled=False)
        if self.entitled is True and not self.used:
            return Stop(self.last_yes() + 1, stalled=True)
        return None

    def problems(self) -> list[Finding]:
        """Contradictions (errors) and oddities (warnings) of these answers as they stand."""
        findings: list[Finding] = []
        last_yes = self.last_yes()
        no = self.first_no()
        if no is not None and no < last_yes:
            findings.append(
                Finding(
                    "error",
                    no,
                    tr("„nein“ bei „{no}“ widerspricht dem späteren „ja“ bei „{yes}“.").format(
                        no=shown(STEPS[no].label), yes=shown(STEPS[last_yes].label)
                    ),
                )
            )
        elif no is not None:
            later = [i for i in range(no + 1, N_STEPS) if self.answers[i] is not None]
            if later:
                findings.append(
                    Finding(
                        "warning",
                        later[0],
                        tr("Nach „nein“ bei „{no}“ haben spätere Angaben keine Bedeutung.").format(
                            no=shown(STEPS[no].label)
                        ),
                    )
                )
        return findings


@dataclass(frozen=True)
class Stop:
    """Where a journey stopped: at a ``nein`` (``stalled=False``) or an open step (``True``)."""

    step: int
    stalled: bool

    def describe(self) -> str:
        label = shown(STEPS[self.step].label)
        if self.stalled:
            return tr("offen bei „{step}“").format(step=label)
        return tr("„nein“ bei „{step}“").format(step=label)


@dataclass(frozen=True)
class Finding:
    """An error or a warning about a journey, with the step it is about."""

    severity: str  # "error" | "warning"
    step: int | None
    message: str


@dataclass(frozen=True)
class Edit:
    """The outcome of an edit: the new journey and what else it touched.

    ``cleared`` are later steps a ``nein`` empties; ``overruled`` are earlier ``nein`` a
    ``ja`` turns into an implied ``ja``; ``implied`` are the blanks a ``ja`` fills. A GUI asks
    before applying an edit with ``cleared`` or ``overruled`` steps.
    """

    journey: Journey
    cleared: tuple[int, ...] = ()
    overruled: tuple[int, ...] = ()
    implied: tuple[int, ...] = ()

    @property
    def needs_confirmation(self) -> bool:
        return bool(self.cleared or self.overruled)


def answer(journey: Journey, step: int, value: Answer) -> Edit:
    """The journey after the coach answers ``step`` with ``value`` (ja/nein/leer)."""
    answers = list(journey.answers)
    mask = journey.implied & ~(1 << step)
    cleared: list[int] = []
    overruled: list[int] = []
    implied: list[int] = []
    if value is True:
        answers[step] = True
        for i in range(step):
            if answers[i] is not True:
                (overruled if answers[i] is False else implied).append(i)
                answers[i] = True
                mask |= 1 << i
    elif value is False:
        answers[step] = False
        for i in range(step + 1, N_STEPS):
            if answers[i] is not None:
                cleared.append(i)
                answers[i] = None
                mask &= ~(1 << i)
    else:
        if any(a is True for a in answers[step + 1 :]):
            # A step before a ja cannot be empty: it stays ja, now as implied.
            answers[step] = True
            mask |= 1 << step
        else:
            answers[step] = None
    return Edit(Journey(tuple(answers), mask), tuple(cleared), tuple(overruled), tuple(implied))


def complete(answers: tuple[Answer, ...] | list[Answer]) -> tuple[Journey, list[Finding]]:
    """A journey from answers as given in a file: fill implied ``ja`` and report findings.

    A ``nein`` before a later ``ja`` is reported as an error (and the answers are kept as
    given, so the caller can show them); blanks before a ``ja`` become implied with a warning.
    """
    answers = list(answers)
    findings = Journey(tuple(answers)).problems()
    if any(f.severity == "error" for f in findings):
        return Journey(tuple(answers)), findings
    last_yes = max((i for i, a in enumerate(answers) if a is True), default=-1)
    mask = 0
    filled = [i for i in range(last_yes) if answers[i] is None]
    for i in filled:
        answers[i] = True
        mask |= 1 << i
    if filled:
        findings.append(
            Finding(
                "warning",
                filled[0],
                tr("Leere Schritte vor einem „ja“ als „ja“ übernommen: {steps}.").format(
                    steps=", ".join(shown(STEPS[i].label) for i in filled)
                ),
            )
        )
    return Journey(tuple(answers), mask), findings


# --------------------------------------------------------------------------- dates of steps

#: Which step a date belongs to: a date there means ``ja`` on that day.
DATE_STEPS: dict[str, int] = {"applied_on": APPLIED.index, "approved_on": APPROVED.index}


# --------------------------------------------------------------------------- completeness


def entry_complete(journey: Journey, has_reason: bool) -> bool:
    """An entry is complete when Anspruch is answered and a stopped journey has its reason."""
    if journey.entitled is None:
        return False
    return journey.stop() is None or has_reason


def needs_reason(journey: Journey, has_reason: bool) -> bool:
    """A stopped journey without a reason — marked in the grid."""
    return journey.stop() is not None and not has_reason


# --------------------------------------------------------------------------- plausibility

#: Typical ages per Einrichtung; outside them the app warns (never refuses).
TYPICAL_AGES: dict[Facility, tuple[int, int]] = {
    Facility.KITA: (0, 7),
    Facility.PRIMARY_SCHOOL: (5, 12),
    Facility.SECONDARY_SCHOOL: (9, 21),
    Facility.SPECIAL_SCHOOL: (5, 25),
    Facility.VOCATIONAL_COLLEGE: (14, 30),
    Facility.TRAINING_OR_WORK: (14, 120),
}
#: BuT benefits end with the 25th birthday.
BUT_AGE_LIMIT = 25
SCHOOL_AREAS = (Area.TUTORING, Area.SCHOOL_PARTICIPATION)
NO_SCHOOL = (Facility.NONE, Facility.KITA, Facility.TRAINING_OR_WORK)


def child_warnings(age: int | None, facility: Facility | None) -> list[str]:
    """Plausibility of a child's age and Einrichtung (warnings only)."""
    warnings: list[str] = []
    if age is not None and facility in TYPICAL_AGES:
        low, high = TYPICAL_AGES[facility]
        if not low <= age <= high:
            warnings.append(
                tr("Alter {age} ist ungewöhnlich für „{facility}“ (üblich: {low}–{high}).").format(
                    age=age, facility=facility.value, low=low, high=high
                )
            )
    if age is not None and age >= BUT_AGE_LIMIT:
        warnings.append(
            tr("Mit {age} Jahren besteht in der Regel kein BuT-Anspruch mehr (bis 25).").format(age=age)
        )
    return warnings


#: Dates of the project's kind (applications, Erstelldatum, a Minijob's Beginn) before this year are
#: typing errors more likely than history (01.01.0001, 31.12.2099).
PLAUSIBLE_FROM_YEAR = 1990


def date_warning(day: date | None, today: date | None = None) -> str | None:
    """A warning for a date that is hardly meant: before 1990 or after the end of next year."""
    if day is None:
        return None
    today = today or date.today()
    if day.year < PLAUSIBLE_FROM_YEAR or day.year > today.year + 1:
        return tr("Das Datum {date} ist unwahrscheinlich (vor {start} oder nach dem nächsten Jahr).").format(
            date=format_date(day), start=PLAUSIBLE_FROM_YEAR)
    return None


def entry_warnings(
    area: Area,
    journey: Journey,
    facility: Facility | None,
    applied_on: date | None = None,
    approved_on: date | None = None,
    today: date | None = None,
    created_on: date | None = None,
) -> list[str]:
    """Plausibility of one BuT entry in the light of the child's Einrichtung and the family's
    Erstelldatum (warnings only)."""
    warnings: list[str] = []
    if journey.entitled is True and area in SCHOOL_AREAS and facility in NO_SCHOOL:
        warnings.append(
            tr("„{area}“ für ein Kind in „{facility}“ ist ungewöhnlich.").format(
                area=shown(area), facility=facility.value
            )
        )
    if applied_on and approved_on and approved_on < applied_on:
        warnings.append(tr("Der Antrag ist vor seiner Stellung bewilligt worden?"))
    if applied_on and created_on and applied_on < created_on:
        warnings.append(tr("Der Antrag ({applied}) liegt vor dem Erstelldatum der Familie ({created}).").format(
            applied=format_date(applied_on), created=format_date(created_on)))
    today = today or date.today()
    for value in (applied_on, approved_on):
        implausible = date_warning(value, today)
        if implausible:
            warnings.append(implausible)
        elif value and value > today:
            warnings.append(tr("Das Datum {date} liegt in der Zukunft.").format(date=format_date(value)))
    return warnings
