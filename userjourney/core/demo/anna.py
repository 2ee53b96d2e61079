"""The ANNA data set: 30 fictitious families, 61 children, whose summary is Anhang 6.6 exactly.

``userjourney demo --anna`` stores it, so a newcomer's first Auswertung shows "BuT bei ANNA"
(Stand Dezember 2021) with every figure of the source document. The families and children are
invented (codes ``ANNA-01`` … ``ANNA-30``, fictitious first names and coaches); only the
figures are the project's.

How it is specified, so that the figures and the plausibility can be checked by reading:

* :data:`ROSTER` — one line per family: code, flags, children as ``Name Alter Einrichtung``.
  20 families in Ennigerloh and 10 in Everswinkel (as in section 1.3), four coaches.
* **Anspruch follows the BuT rules** (:func:`entitled`): Mittagsverpflegung for KiTa children
  and pupils, Lernförderung and schulische Teilhabe for pupils, soziokulturelle Teilhabe under
  18. The roster's 38 pupils, 10 KiTa children and 8 young adults give 13 / 23 / 23 / 8
  children without entitlement, as in the Anhang.
* :data:`OUTCOMES` — per Bereich, how the entitled children's journeys end, with the Anhang's
  counts and reason texts verbatim: used (with details), or stopped at a ``nein`` or a stall,
  with the reason. Each outcome names who it fits (pupils, a Förderschule, families without
  the guardians' consent, families with a language barrier, an age). The outcomes are dealt
  out in that order to the entitled children not yet dealt, visited in a fixed interleaved
  order so that they spread over the families.
* **Applications**: the Anhang counts those filed "während ANNA" — from the project start
  (August 2020) to its Stand (December 2021), i.e. ``--from 2020-08-01 --to 2021-12-31``.
  Each outcome with an application says how many of its children applied in that period (the
  youngest — older children already had the benefit); the others applied before ANNA. Without
  the period every application counts (MV 37, LF 16, TH schulisch 9, TH soziokulturell 23).

Everything is stored through :mod:`userjourney.core.editing.edits`, step by step as a coach would
answer, so the change history is that of real edits. Storing is idempotent: a family whose
code exists is left exactly as it is. The Anhang has no Minijob figures, so the data set has
no adults. Its figures are Anhang 6.6 on a database that holds only these families.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy.orm import Session

from userjourney.core.editing.edits import (
    add_child,
    create_family,
    entry_for,
    find_family,
    set_date,
    set_details,
    set_reason,
    set_step,
)
from userjourney.core.vocab import Area, Facility, ParentingStatus

#: The project period the Anhang's "Während ANNA konnten … Anträge … gestellt werden" covers.
PROJECT_START = date(2020, 8, 1)  # "seit August 2020"
STAND = date(2021, 12, 31)  # "Stand Dezember 2021"

ENNIGERLOH, EVERSWINKEL = "Ennigerloh", "Everswinkel"
COACHES = ("Paula Platzhalter", "Bernd Beispiel", "Tanja Testfrau", "Murat Mustermann")

FACILITIES = {
    "keine": Facility.NONE,
    "KiTa": Facility.KITA,
    "GS": Facility.PRIMARY_SCHOOL,
    "WS": Facility.SECONDARY_SCHOOL,
    "FS": Facility.SPECIAL_SCHOOL,
    "BK": Facility.VOCATIONAL_COLLEGE,
    "AA": Facility.TRAINING_OR_WORK,
}
SCHOOLS = (Facility.PRIMARY_SCHOOL, Facility.SECONDARY_SCHOOL, Facility.SPECIAL_SCHOOL, Facility.VOCATIONAL_COLLEGE)

# Flags: M = Migrationshintergrund, A = alleinerziehend, X = keine Mitwirkung/Einwilligung der
# Sorgeberechtigten, S = Hemmungen wegen der Sprachbarriere der Eltern.
# Families 01–20 live in Ennigerloh (coaches 1 and 2), 21–30 in Everswinkel (coaches 3 and 4).
ROSTER = """
01 M A   | Elif 4 KiTa; Yusuf 8 GS
02 A     | Lea 15 WS
03 M X   | Amir 13 WS; Noor 1 keine
04 M A S | Rania 12 WS; Omar 7 GS; Layla 4 KiTa
05 M     | Ayşe 16 BK; Mehmet 14 WS; Emir 10 GS; Defne 5 KiTa
06 M A   | Nour 5 KiTa
07 M A   | Samira 11 WS; Ali 6 GS
08 A     | Jannik 19 keine
09 A     | Justin 18 BK; Chantal 15 WS; Marvin 11 WS
10 M     | Aleksandra 20 keine; Piotr 15 WS
11 A     | Sophie 1 keine
12 M S   | Hassan 14 WS; Amira 10 GS; Karim 5 KiTa
13 M A X | Fatima 8 GS; Zainab 2 keine
14 M     | Nikola 16 WS; Mila 12 WS; Luka 8 GS
15 M A   | Yasin 23 AA
16 A     | Leon 7 GS; Mia 3 KiTa
17 M A   | Daria 17 WS; Artem 13 WS; Sofiia 9 GS; Maksym 2 keine
18 -     | Paul 4 KiTa
19 M     | Ahmad 16 WS; Mariam 14 FS
20 -     | Lukas 3 KiTa; Marie 7 GS
21 M A X | Ilir 9 GS; Arta 2 keine; Besa 0 keine
22 M A   | Adriana 10 GS; Marco 6 GS
23 M A   | Sevda 3 KiTa
24 -     | Finn 9 GS; Emma 4 KiTa
25 A     | Ben 9 FS
26 -     | Tim 21 AA; Lisa 17 BK; Jonas 13 WS
27 M     | Dilan 19 BK; Baran 17 WS
28 M     | Kerem 19 AA
29 A     | Nico 12 WS; Lena 1 keine
30 M A   | Roza 18 AA; Jiyan 14 WS
"""


@dataclass(frozen=True)
class Kid:
    """A child of the roster, with what the outcome rules look at."""

    index: int
    family: str
    flags: frozenset[str]
    name: str
    age: int
    facility: Facility

    @property
    def pupil(self) -> bool:
        return self.facility in SCHOOLS


def parse_roster(text: str = ROSTER) -> list[tuple[str, frozenset[str], list[Kid]]]:
    """The roster as (code, flags, children), children numbered across all families."""
    families, index = [], 0
    for line in text.strip().splitlines():
        head, children = line.split("|")
        number, *flags = head.split()
        kids = []
        for child in children.split(";"):
            name, age, facility = child.split()
            kids.append(Kid(index, f"ANNA-{number}", frozenset(flags) - {"-"}, name, int(age), FACILITIES[facility]))
            index += 1
        families.append((f"ANNA-{number}", frozenset(flags) - {"-"}, kids))
    return families


# --------------------------------------------------------------------------- Anspruch


def entitled(area: Area, kid: Kid) -> bool:
    """The BuT rule for each Bereich (§ 28 SGB II), as the coaches answered Anspruch."""
    if area is Area.LUNCH:
        return kid.pupil or kid.facility is Facility.KITA
    if area in (Area.TUTORING, Area.SCHOOL_PARTICIPATION):
        return kid.pupil
    return kid.age < 18


def no_entitlement_reason(area: Area, kid: Kid) -> str:
    """The coach's note on a "nein" at Anspruch (not part of the summary's reasons)."""
    if area is Area.LUNCH:
        return "besucht weder KiTa noch Schule"
    if area is Area.SOCIOCULTURAL_PARTICIPATION:
        return "volljährig"
    return "noch kein Schulkind" if kid.age < 6 else "geht nicht mehr zur Schule"


# --------------------------------------------------------------------------- outcomes


@dataclass(frozen=True)
class Outcome:
    """How ``count`` entitled children's journeys in one Bereich end.

    ``journey`` spells the answers from Anspruch on: ``j`` = ja, ``n`` = nein, the rest empty
    (``jjjn`` = stopped at "Angebot interessant: nein", ``jjjjj`` = applied, not yet approved).
    Of the children who applied, the youngest ``during`` did so during ANNA.
    """

    count: int
    journey: str
    reason: str | None = None
    details: tuple[str, ...] = ()
    who: Callable[[Kid], bool] = lambda kid: True
    during: int = 0
    pending: bool = False  # applied shortly before the Stand, still being processed


USED = "jjjjjjj"


def _pupil(kid: Kid) -> bool:
    return kid.pupil


def _age_at_least(years: int) -> Callable[[Kid], bool]:
    return lambda kid: kid.age >= years


def _flag(flag: str) -> Callable[[Kid], bool]:
    return lambda kid: flag in kid.flags


def _facility(*facilities: Facility) -> Callable[[Kid], bool]:
    return lambda kid: kid.facility in facilities


NO_CONSENT = "Keine Mitwirkung / Einwilligung der Sorgeberechtigten liegt nicht vor"

#: Anhang 6.6, per Bereich, most constrained outcome first (dealing order).
OUTCOMES: dict[Area, tuple[Outcome, ...]] = {
    Area.LUNCH: (  # 48 entitled, 37 use it (10 KiTa, 27 Schule), 19 applications during ANNA
        Outcome(10, USED, who=_facility(Facility.KITA), during=6),
        Outcome(1, "jjjn", "Die Schule deckt das Angebot ab", who=_facility(Facility.SPECIAL_SCHOOL)),
        Outcome(8, "jjjn", "Kind / Jugendlicher möchte zuhause essen", who=_age_at_least(10)),
        Outcome(1, "jjjjn", "Kosten der gesamten BuT-Inanspruchnahme werden nicht vollständig durch "
                            "Münsterlandkarte abgedeckt", who=_pupil),
        Outcome(1, "j", "TN kann keine Aussage dazu treffen", who=_pupil),
        Outcome(27, USED, who=_pupil, during=13),
    ),
    Area.TUTORING: (  # 38 entitled, 13 use it (Deutsch 12, Mathematik 8, Englisch 3), 12 applications
        Outcome(3, "jjjjn", NO_CONSENT, who=_flag("X")),
        Outcome(3, "jjjn", "Kind / Jugendliche / Jugendlicher entscheidet sich mit Zustimmung der Eltern "
                           "gegen Inanspruchnahme", who=_age_at_least(12)),
        Outcome(3, USED, details=("Deutsch", "Mathematik", "Englisch"), who=_age_at_least(10), during=1),
        Outcome(4, USED, details=("Deutsch", "Mathematik"), during=3),
        Outcome(5, USED, details=("Deutsch",), during=4),
        Outcome(1, USED, details=("Mathematik",), during=1),
        Outcome(3, "jjjjj", "Antragstellung in Bearbeitung", during=3, pending=True),
        Outcome(7, "jjjn", "Lehrerinnen und Lehrer sehen keinen Förderbedarf"),
        Outcome(5, "jjjn", "Eltern sehen keinen Förderbedarf"),
        Outcome(4, "jjjn", "Förderbedarf wird über Schule abgedeckt"),
    ),
    Area.SCHOOL_PARTICIPATION: (  # 38 entitled, 9 use it, 9 applications
        Outcome(3, "jjjjn", "Keine Mitwirkung / Einwilligung der Sorgeberechtigten liegen nicht vor",
                who=_flag("X")),
        Outcome(1, "jjjn", "Förderschulen decken Bedarf intern ab", who=_facility(Facility.SPECIAL_SCHOOL)),
        Outcome(1, USED, details=("Auslandspraktikum",), who=_facility(Facility.VOCATIONAL_COLLEGE), during=1),
        Outcome(1, USED, details=("Schwimmunterricht",), who=_facility(Facility.PRIMARY_SCHOOL), during=1),
        Outcome(1, USED, details=("Schulausflug",), who=_facility(Facility.PRIMARY_SCHOOL), during=1),
        Outcome(6, USED, details=("Klassenfahrt",), who=_age_at_least(9), during=6),
        Outcome(25, "jn", "Corona bedingt werden schulische Aktivitäten (Klassenfahrten) derzeit nicht "
                          "angeboten bzw. abgesagt"),
    ),
    Area.SOCIOCULTURAL_PARTICIPATION: (  # 53 entitled, 22 use it (3 without details), 8 applications
        Outcome(7, "jjjjn", NO_CONSENT, who=_flag("X")),
        Outcome(6, "jjjjn", "Hemmungen aufgrund von Sprachbarriere der Eltern des Kindes", who=_flag("S")),
        Outcome(2, "jjjn", "Kind / Jugendliche / Jugendlicher sieht keinen Bedarf, sozial gut angebunden",
                who=_age_at_least(12)),
        Outcome(2, "jjjn", "Eltern befürchten Überforderung des Kindes", who=lambda kid: kid.age <= 6),
        Outcome(6, "jjjj", "Kind/Jugendlicher befindet sich im interessenbezogenen Orientierungsprozess",
                who=_age_at_least(6)),
        Outcome(1, "jjjn", "Schule deckt den Bedarf ab", who=_pupil),
        Outcome(1, USED, details=("Handball",), who=_age_at_least(6)),
        Outcome(2, USED, details=("Musikunterricht",), who=_age_at_least(6), during=1),
        Outcome(2, USED, details=("Tanzverein",), who=_age_at_least(4), during=1),
        Outcome(14, USED, details=("Fußball",), who=_age_at_least(4), during=2),
        Outcome(3, USED, during=3),  # used, the coach noted no activity (toddlers' groups)
        Outcome(4, "jjjj", "Antragstellung wird durch Dritte (SPFH, Paten etc.) begleitet"),
        Outcome(2, "jjjj", "Eltern möchten sich selbstständig darum kümmern"),
        Outcome(1, "jjjjjn", "Kostenübernahme nicht möglich", during=1),
    ),
}

#: Each area visits the children in its own fixed interleaved order (index × stride mod 61,
#: a permutation because 61 is prime), so outcomes spread over the families.
STRIDES = {
    Area.LUNCH: 7,
    Area.TUTORING: 11,
    Area.SCHOOL_PARTICIPATION: 13,
    Area.SOCIOCULTURAL_PARTICIPATION: 17,
}

# Application dates: during ANNA (after every family had joined), before it, or shortly
# before the Stand for applications still being processed.
DURING = (date(2020, 11, 2), date(2021, 11, 15))
BEFORE = (date(2019, 8, 1), date(2020, 7, 15))
RECENT = (date(2021, 11, 2), date(2021, 11, 26))
DAYS_TO_APPROVAL = 9


@dataclass(frozen=True)
class Plan:
    """What one child's entry in one Bereich will hold."""

    answers: str
    reason: str | None = None
    details: tuple[str, ...] = ()
    applied_on: date | None = None
    approved_on: date | None = None


def _spread(window: tuple[date, date], i: int, n: int) -> date:
    start, end = window
    return start + timedelta(days=(end - start).days * (2 * i + 1) // (2 * n))


def plan(families=None) -> dict[tuple[int, Area], Plan]:
    """Deal the outcomes to the children: ``(child index, area) → Plan`` for every pair.

    Raises ``ValueError`` when the specification cannot be dealt (an outcome finds too few
    children it fits) — a check on the specification, not on input.
    """
    kids = [kid for _code, _flags, members in (families or parse_roster()) for kid in members]
    plans: dict[tuple[int, Area], Plan] = {}
    for area, outcomes in OUTCOMES.items():
        order = sorted(kids, key=lambda kid: (kid.index * STRIDES[area]) % len(kids))
        free = []
        for kid in order:
            if entitled(area, kid):
                free.append(kid)
            else:
                plans[kid.index, area] = Plan("n", no_entitlement_reason(area, kid))
        for outcome in outcomes:
            chosen = [kid for kid in free if outcome.who(kid)][: outcome.count]
            if len(chosen) < outcome.count:
                raise ValueError(f"{area.value}: too few children for {outcome}")
            free = [kid for kid in free if kid not in chosen]
            _plan_outcome(plans, area, outcome, chosen)
        if free:
            raise ValueError(f"{area.value}: {len(free)} entitled children left without an outcome")
    return plans


def _plan_outcome(plans, area: Area, outcome: Outcome, chosen: list[Kid]) -> None:
    applies = outcome.journey[4:5] == "j"  # Antrag gestellt is the fifth answer
    youngest_first = sorted(chosen, key=lambda kid: kid.age)
    during = {kid.index for kid in youngest_first[: outcome.during]} if applies else set()
    for i, kid in enumerate(chosen):
        applied_on = approved_on = None
        if applies:
            window = (RECENT if outcome.pending else DURING) if kid.index in during else BEFORE
            applied_on = _spread(window, i, len(chosen))
            if outcome.journey[5:6] == "j":
                approved_on = applied_on + timedelta(days=DAYS_TO_APPROVAL)
        plans[kid.index, area] = Plan(outcome.journey, outcome.reason, outcome.details, applied_on, approved_on)


# --------------------------------------------------------------------------- storing


def family_codes() -> list[str]:
    return [code for code, _flags, _kids in parse_roster()]


def store_anna(session: Session) -> list[str]:
    """Store the ANNA families that are missing; returns the codes of those created."""
    families = parse_roster()
    plans = plan(families)
    created = []
    for number, (code, flags, kids) in enumerate(families):
        if find_family(session, code) is not None:
            continue
        _store_family(session, number, code, flags, kids, plans)
        created.append(code)
    return created


def _store_family(session: Session, number: int, code: str, flags, kids: list[Kid], plans) -> None:
    edited = date(2021, 12, 1) + timedelta(days=number % 28)  # Letzte Bearbeitung, December 2021
    family = create_family(
        session,
        code,
        location=ENNIGERLOH if number < 20 else EVERSWINKEL,
        coach=COACHES[number // 10] if number < 20 else COACHES[2 + (number - 20) // 5],
        created_on=date(2020, 8, 3) + timedelta(days=3 * number),  # joined ANNA Aug–Oct 2020
        migration_background="M" in flags,
        parenting_status=(ParentingStatus.SINGLE if "A" in flags else ParentingStatus.NOT_SINGLE).value,
    )
    family.updated_at = datetime(edited.year, edited.month, edited.day, 12, tzinfo=UTC)
    for kid in kids:
        child = add_child(session, family, kid.name, kid.age, kid.facility.value, today=edited)
        for area in OUTCOMES:
            _store_entry(session, entry_for(session, child, area), plans[kid.index, area])


def _store_entry(session: Session, entry, planned: Plan) -> None:
    for step, answer in enumerate(planned.answers):
        set_step(entry, step, answer == "j")
    if planned.applied_on:
        set_date(entry, "applied_on", planned.applied_on)
    if planned.approved_on:
        set_date(entry, "approved_on", planned.approved_on)
    set_details(session, entry, list(planned.details))
    set_reason(session, entry, planned.reason)
