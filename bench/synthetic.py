"""A seedable generator of realistic synthetic data: families, children, journeys, Minijobs.

Realistic means shaped like the ANNA project, scaled up: about 2.5 children per family aged
0–24 with an Einrichtung that fits the age; every BuT area for most children; journeys of every
shape (not entitled, stopped at each step with a catalogue reason, a coach's own reason or none,
stalled applications, complete journeys with dates and details); one or two adults per family,
most with a Minijob journey. The same seed always gives the same data (including UUIDs), so
benchmarks and tests are repeatable.

Records are written through the ORM in batches, so the change history is written as the app
would write it.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from userjourney.core import history  # noqa: F401  (the history rows are written as the app writes them)
from userjourney.core.journeys import N_STEPS, Journey
from userjourney.core.storage.catalogue import shipped_catalogue
from userjourney.core.storage.database import Database
from userjourney.core.storage.models import (
    ButDetail,
    ButEntry,
    Child,
    Family,
    MinijobEntry,
    Person,
    Reason,
)
from userjourney.core.vocab import AREAS, Area, Facility, ParentingStatus

LOCATIONS = ("Ennigerloh", "Everswinkel", "Ahlen", "Beckum", "Warendorf", "Oelde", "Sendenhorst", "Drensteinfurt")
COACHES = (
    "Max Mustermann", "Erika Musterfrau", "Lena Beispiel", "Peter Probe", "Selin Muster", "Jan Platzhalter",
    "Jonas Becker", "Leonie Schulte", "Murat Yilmaz", "Anna Kowalski", "Tim Hoffmann", "Sofia Rossi",
)
CHILD_NAMES = (
    "Jan", "Jana", "Mia", "Emma", "Noah", "Ben", "Leon", "Lina", "Elif", "Yusuf", "Amir", "Lea", "Paul",
    "Hanna", "Finn", "Sara", "Mohammed", "Zeynep", "Luca", "Nora", "Adam", "Ida", "Karim", "Ella",
)
ADULT_NAMES = ("Martina", "Mia", "Sandra", "Olga", "Fatma", "Nadine", "Thomas", "Ahmet", "Ivana", "Kerstin")
DETAILS = {
    Area.LUNCH: ("Mittagessen KiTa", "Mittagessen Schule", "Mensa"),
    Area.TUTORING: ("Deutsch", "Mathe", "Englisch", "Französisch"),
    Area.SCHOOL_PARTICIPATION: ("Klassenfahrt", "Schulausflug", "Schwimmunterricht", "Auslandspraktikum"),
    Area.SOCIOCULTURAL_PARTICIPATION: ("Fußballverein", "Musikunterricht", "Tanzverein", "Handball", "Schwimmverein"),
}
OWN_REASONS = ("Familie zieht bald um", "Kind ist häufig krank", "Termin beim Amt verpasst", "Unterlagen fehlen noch")
EMPLOYERS = ("Bäckerei Heitmann", "Schule in Everswinkel", "Reinigungsservice Nord", "Supermarkt am Markt", "Pflegedienst Sonnenschein")


@dataclass(frozen=True)
class Shape:
    families: int
    children: int
    entries: int
    persons: int
    minijobs: int


def facility_for(rng: random.Random, age: int) -> Facility:
    """An Einrichtung that fits the age (with the odd Förderschule)."""
    if age <= 2:
        return Facility.KITA if rng.random() < 0.4 else Facility.NONE
    if age <= 5:
        return Facility.KITA if rng.random() < 0.92 else Facility.NONE
    if age <= 9:
        return Facility.SPECIAL_SCHOOL if rng.random() < 0.06 else Facility.PRIMARY_SCHOOL
    if age <= 16:
        return Facility.SPECIAL_SCHOOL if rng.random() < 0.06 else Facility.SECONDARY_SCHOOL
    if age <= 18:
        return rng.choice((Facility.SECONDARY_SCHOOL, Facility.VOCATIONAL_COLLEGE, Facility.TRAINING_OR_WORK))
    return rng.choice((Facility.VOCATIONAL_COLLEGE, Facility.TRAINING_OR_WORK, Facility.NONE))


def entitlement_chance(area: Area, facility: Facility, age: int) -> float:
    if age >= 25:
        return 0.0
    school = facility in (Facility.PRIMARY_SCHOOL, Facility.SECONDARY_SCHOOL, Facility.SPECIAL_SCHOOL, Facility.VOCATIONAL_COLLEGE)
    if area in (Area.TUTORING, Area.SCHOOL_PARTICIPATION):
        return 0.92 if school else 0.03
    if area is Area.LUNCH:
        return 0.95 if school or facility is Facility.KITA else 0.05
    return 0.9 if age >= 3 else 0.3


def random_journey(rng: random.Random, entitled_chance: float) -> Journey:
    """Every shape: blank, not entitled, a nein at any step, a stall at any step, complete."""
    roll = rng.random()
    if roll < 0.04:
        return Journey()  # not assessed yet
    if rng.random() >= entitled_chance:
        return Journey((False,) + (None,) * (N_STEPS - 1))
    answers: list[bool | None] = [True]
    for _ in range(1, N_STEPS):
        r = rng.random()
        if r < 0.72:
            answers.append(True)
        elif r < 0.86:
            answers.append(False)
            break
        else:
            break  # stall: the next step is not answered yet
    answers += [None] * (N_STEPS - len(answers))
    implied = 0
    if rng.random() < 0.1:  # some coaches only ticked the last ja
        last = max(i for i, a in enumerate(answers) if a is True)
        implied = sum(1 << i for i in range(last))
    return Journey(tuple(answers), implied)


def _uuid(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def _day(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randrange((end - start).days + 1))


def generate(database: Database, families: int, *, seed: int = 1, batch: int = 500, first: int = 0) -> Shape:
    """Add ``families`` synthetic families to ``database``; returns what was written."""
    rng = random.Random(seed)
    catalogue = shipped_catalogue()
    counts = {"children": 0, "entries": 0, "persons": 0, "minijobs": 0}
    with database.session() as session:
        reasons = {(r.area, r.text): r.id for r in session.scalars(select(Reason))}
    own_reasons: dict[tuple[str, str], uuid.UUID] = {}
    today = date.today()
    for start in range(first, first + families, batch):
        with database.transaction() as session:
            for number in range(start, min(start + batch, first + families)):
                _family(rng, session, number, catalogue, reasons, own_reasons, counts, today)
    return Shape(families, counts["children"], counts["entries"], counts["persons"], counts["minijobs"])


def _family(rng, session, number, catalogue, reasons, own_reasons, counts, today) -> None:
    created = _day(rng, date(2021, 1, 1), today)
    family = Family(
        id=_uuid(rng),
        code=f"BG-{number:05d}",
        location=rng.choice(LOCATIONS),
        coach=rng.choice(COACHES),
        created_on=created,
        updated_at=datetime.combine(_day(rng, created, today), datetime.min.time(), UTC),
        migration_background=rng.random() < 0.69 if rng.random() > 0.03 else None,
        parenting_status=(ParentingStatus.SINGLE if rng.random() < 0.56 else ParentingStatus.NOT_SINGLE).value,
    )
    session.add(family)
    n_children = rng.choices((1, 2, 3, 4, 5, 6), (28, 27, 22, 13, 6, 4))[0]  # 2.5 on average
    names = rng.sample(CHILD_NAMES, n_children)
    for position, name in enumerate(names):
        age = rng.randrange(0, 25)
        facility = facility_for(rng, age)
        child = Child(
            id=_uuid(rng), name=name, age_years=age, age_recorded_on=created, facility=facility.value, position=position
        )
        family.children.append(child)
        counts["children"] += 1
        for area in AREAS:
            if rng.random() < 0.02:
                continue  # no row for this area
            journey = random_journey(rng, entitlement_chance(area, facility, age))
            entry = ButEntry(id=_uuid(rng), area=area.value)
            journey.store(entry)
            if journey.reached(4):
                entry.applied_on = _day(rng, created, today) if rng.random() < 0.9 else None
            if journey.reached(5) and entry.applied_on:
                entry.approved_on = min(today, entry.applied_on + timedelta(days=rng.randrange(1, 40)))
            if journey.used:
                for position_, item in enumerate(rng.sample(DETAILS[area], rng.choice((1, 1, 1, 2)))):
                    entry.details.append(ButDetail(id=_uuid(rng), item=item, position=position_))
            if journey.stop() is not None:
                entry.reason_id = _reason(rng, session, area, catalogue, reasons, own_reasons)
            child.entries.append(entry)
            counts["entries"] += 1
    for position, name in enumerate(rng.sample(ADULT_NAMES, rng.choice((1, 1, 2)))):
        person = Person(id=_uuid(rng), name=f"{name} {family.code}", age_years=rng.randrange(18, 60),
                        age_recorded_on=created, position=position)
        family.persons.append(person)
        counts["persons"] += 1
        if rng.random() < 0.6:
            possible = rng.choice((True, False, None))
            started = _day(rng, created, today) if rng.random() < 0.8 else None
            person.minijob = MinijobEntry(
                id=_uuid(rng),
                employer=rng.choice(EMPLOYERS) if started else None,
                started_on=started,
                searched=rng.choice((1, 2, 3, 4, None)),
                found=rng.choice((1, 2, 3, 4, None)),
                approached=rng.choice((1, 2, 3, 4, None)),
                topup_possible=possible,
                topped_up=rng.choice((True, False, None)) if possible else None,
                sustainable=rng.choice((True, False, None, None)),
                note_searched="Gemeinsame Recherche" if rng.random() < 0.2 else None,
            )
            counts["minijobs"] += 1


def _reason(rng, session, area, catalogue, reasons, own_reasons) -> uuid.UUID | None:
    roll = rng.random()
    if roll < 0.12:
        return None  # the coach has not written a reason yet
    if roll < 0.2:
        key = (area.value, rng.choice(OWN_REASONS))
        if key not in reasons and key not in own_reasons:
            reason = Reason(id=_uuid(rng), area=area.value, text=key[1], seeded=False)
            session.add(reason)
            own_reasons[key] = reason.id
        return reasons.get(key) or own_reasons[key]
    texts = catalogue[area]
    weights = [len(texts) - i for i in range(len(texts))]  # the first reasons are the common ones
    return reasons[(area.value, rng.choices(texts, weights)[0])]
