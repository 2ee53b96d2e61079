"""The two fictitious families printed in the source document, for a first look at the app.

* Familie Schmidt — Anhang 6.5 (User Journey BuT): Jan, 13, Weiterführende Schule; Jana, 5, KiTa.
* Familie Müller — Anhang 6.7 (User Journey Minijobs): Martina and Mia.

How the printed grid was read (the PDF text loses the table lines; ``docs/data-model.md``
explains the reading): the Anspruch column stands left of the Bereich. Jan is entitled in all
four areas. Mittagsverpflegung and Teilhabe schulisch stop at "Angebot interessant: nein"
(footnotes 1 and 2), Lernförderung goes all the way (Neuantrag 01.02.22, bewilligt 02.02.22,
Mathe, Deutsch), Teilhabe soziokulturell stalls after "interessant: ja" (footnote 3, still
finding an activity). Jana (KiTa) takes up lunch and a football club and has no entitlement
to Lernförderung and Teilhabe schulisch ("noch kein Schulkind").

Storing the demo is idempotent: a family that already exists is left exactly as it is.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy.orm import Session

from userjourney.core.editing.edits import (
    add_child,
    add_person,
    create_family,
    entry_for,
    find_family,
    minijob_for,
    set_details,
    set_note,
    set_reason,
)
from userjourney.core.journeys import Journey
from userjourney.core.vocab import Area, Facility, ParentingStatus

J: bool = True
N: bool = False
_: None = None

SCHMIDT: dict[str, Any] = {
    "code": "Schmidt",
    "location": "Ennigerloh",
    "coach": "Max Mustermann",
    "created_on": date(2021, 11, 10),
    "updated": date(2022, 5, 2),
    "migration_background": False,
    "parenting_status": ParentingStatus.NOT_SINGLE,
    "children": [
        {
            "name": "Jan",
            "age": 13,
            "facility": Facility.SECONDARY_SCHOOL,
            "entries": {
                Area.LUNCH: {"answers": (J, J, J, N, _, _, _), "reason": "Kind möchte zuhause essen"},
                Area.TUTORING: {
                    "answers": (J, J, J, J, J, J, J),
                    "applied_on": date(2022, 2, 1),
                    "approved_on": date(2022, 2, 2),
                    "details": ["Mathe", "Deutsch"],
                    "note": "Neuantrag",
                },
                Area.SCHOOL_PARTICIPATION: {
                    "answers": (J, J, J, N, _, _, _),
                    "reason": "momentan keine Klassenfahrten",
                },
                Area.SOCIOCULTURAL_PARTICIPATION: {
                    "answers": (J, J, J, J, _, _, _),
                    "reason": "Kind noch in der Interessensfindung",
                },
            },
        },
        {
            "name": "Jana",
            "age": 5,
            "facility": Facility.KITA,
            "entries": {
                Area.LUNCH: {
                    "answers": (J, J, J, J, J, J, J),
                    "applied_on": date(2022, 3, 28),
                    "approved_on": date(2022, 3, 31),
                    "details": ["Mittagessen KiTa"],
                },
                Area.TUTORING: {"answers": (N, _, _, _, _, _, _), "reason": "noch kein Schulkind"},
                Area.SCHOOL_PARTICIPATION: {"answers": (N, _, _, _, _, _, _), "reason": "noch kein Schulkind"},
                Area.SOCIOCULTURAL_PARTICIPATION: {
                    "answers": (J, J, J, J, J, J, J),
                    "applied_on": date(2022, 4, 6),
                    "approved_on": date(2022, 4, 8),
                    "details": ["Fußballverein"],
                },
            },
        },
    ],
}

MUELLER: dict[str, Any] = {
    "code": "Müller",
    "location": "Everswinkel",
    "coach": "Erika Musterfrau",
    "created_on": date(2022, 1, 10),
    "updated": date(2022, 4, 20),
    "migration_background": True,
    "parenting_status": ParentingStatus.SINGLE,
    "persons": [
        {
            "name": "Martina Müller",
            "age": 42,
            "minijob": {
                "employer": "Schule in Everswinkel",
                "searched": 2,
                "found": 1,
                "approached": 1,
                "topup_possible": True,
                "topped_up": True,
                "sustainable": True,
                "note_sustainable": "Beschäftigungsverhältnis besteht seit 3 Monaten oder länger",
            },
        },
        {
            "name": "Mia Müller",
            "age": 21,
            "minijob": {
                "searched": 2,
                "found": 3,
                "approached": 3,
                "topup_possible": True,
                "topped_up": False,
                "note_searched": "Gemeinsame Recherche von Minijobmöglichkeiten im sozialen Bereich",
                "note_approached": "Übernahme Kontaktaufnahme zum Begegnungszentrum aufgrund von Sprachschwierigkeiten",
            },
        },
    ],
}

DEMO_FAMILIES = (SCHMIDT, MUELLER)


def _create(session: Session, spec: dict) -> None:
    as_of = spec["updated"]
    family = create_family(
        session,
        spec["code"],
        location=spec["location"],
        coach=spec["coach"],
        created_on=spec["created_on"],
        migration_background=spec["migration_background"],
        parenting_status=spec["parenting_status"].value,
    )
    family.updated_at = datetime(as_of.year, as_of.month, as_of.day, 12, tzinfo=UTC)
    for child_spec in spec.get("children", []):
        child = add_child(
            session, family, child_spec["name"], child_spec["age"], child_spec["facility"].value, today=as_of
        )
        for area, e in child_spec["entries"].items():
            entry = entry_for(session, child, area)
            Journey(e["answers"]).store(entry)
            entry.applied_on = e.get("applied_on")
            entry.approved_on = e.get("approved_on")
            set_details(session, entry, e.get("details", []))
            set_reason(session, entry, e.get("reason"))
            set_note(entry, e.get("note"))
    for person_spec in spec.get("persons", []):
        person = add_person(session, family, person_spec["name"], person_spec["age"], today=as_of)
        job = minijob_for(session, person)
        for name, value in person_spec["minijob"].items():
            setattr(job, name, value)


def store_demo(session: Session) -> list[str]:
    """Store the demo families that are missing; returns the codes of those created."""
    created = []
    for spec in DEMO_FAMILIES:
        if find_family(session, spec["code"]) is None:
            _create(session, spec)
            created.append(spec["code"])
    return created
