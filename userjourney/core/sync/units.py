"""What a synchronisation merges one at a time: the *units* of each kind of record.

Three-way merging per field (exchange-format §6) needs to know what a field is. Most fields
stand alone; some are only valid together and merge as one unit, so a merge can never make a
journey the rules refuse: the seven steps of a BuT journey with their implied answers, the two
dates and the reason where it stops; an age and the day it was recorded; "Aufstockung möglich"
with "Aufgestockt" (a database constraint). Every record also has the unit ``exists``: a delete
sets it to false, any change of the record or of anything in it asserts it — which is how a
record deleted on one side and changed on the other becomes a conflict.

``position`` (the order of children and adults on the screen) is *quiet*: two databases that
put them in different orders get the later order without a conflict to decide.

Identity and human keys: ``id`` and the foreign key to the parent never change; ``area``
belongs to a BuT entry's key. Records created on two databases independently meet by their
human keys (:data:`HUMAN_KEY`, exchange-format §1).
"""

from __future__ import annotations

from dataclasses import dataclass

from userjourney.core.vocab import STEP_FIELDS, SUPPORT_STEPS

EXISTS = "exists"


@dataclass(frozen=True)
class Unit:
    name: str
    fields: tuple[str, ...]
    #: Merged like the others, but differences are settled by the later change, not asked.
    quiet: bool = False


def _single(*names: str) -> tuple[Unit, ...]:
    return tuple(Unit(name, (name,)) for name in names)


_POSITION = Unit("position", ("position",), quiet=True)
_AGE = Unit("age", ("age_years", "age_recorded_on"))

#: Record type (table name) → its units, ``exists`` not included.
UNITS: dict[str, tuple[Unit, ...]] = {
    "family": _single("code", "location", "coach", "created_on", "migration_background", "parenting_status"),
    "child": (*_single("name"), _AGE, *_single("facility"), _POSITION),
    "but_entry": (
        Unit("journey", (*STEP_FIELDS, "implied_mask", "applied_on", "approved_on", "reason_id")),
        *_single("note"),
    ),
    "but_detail": (*_single("item"), _POSITION),
    "person": (*_single("name"), _AGE, _POSITION),
    "minijob": (
        *_single("employer", "started_on", *(step.field for step in SUPPORT_STEPS)),
        Unit("topup", ("topup_possible", "topped_up")),
        *_single("sustainable", *(step.note_field for step in SUPPORT_STEPS), "note_topup", "note_sustainable"),
    ),
}

#: Record type → the column naming its parent record, and the parent's type.
PARENT: dict[str, tuple[str, str]] = {
    "child": ("family_id", "family"),
    "person": ("family_id", "family"),
    "but_entry": ("child_id", "child"),
    "but_detail": ("entry_id", "but_entry"),
    "minijob": ("person_id", "person"),
}

#: Record type → the columns besides the parent that name it for a person (exchange-format §1).
HUMAN_KEY: dict[str, tuple[str, ...]] = {
    "family": ("code",),
    "child": ("name",),
    "person": ("name",),
    "but_entry": ("area",),
    "but_detail": ("item",),
    "minijob": (),
}

#: Parents before children: the order records are written in.
ORDER = ("family", "child", "but_entry", "but_detail", "person", "minijob")

UNIT_OF_FIELD: dict[tuple[str, str], str] = {
    (kind, field): unit.name for kind, units in UNITS.items() for unit in units for field in unit.fields
}
UNIT_BY_NAME: dict[tuple[str, str], Unit] = {
    (kind, unit.name): unit for kind, units in UNITS.items() for unit in units
}


def unit_names(kind: str) -> tuple[str, ...]:
    """Every unit of a record type, ``exists`` first."""
    return (EXISTS, *(unit.name for unit in UNITS[kind]))


def is_quiet(kind: str, unit: str) -> bool:
    found = UNIT_BY_NAME.get((kind, unit))
    return bool(found and found.quiet)
