"""The footnotes of the forms (Anhang 6.5 and 6.7): which cell carries which number.

The paper forms write the reason for a stopped BuT journey, and the coach's remarks on a
Minijob step, as numbered footnotes: a sign after the cell's value, the text under the grid.
The grids on screen and the printed page number them the same way, so the rules live here once:

* BuT: a journey that stops (a ``nein``, or open after the last ``ja``) and has a reason gets the
  reason's number, counted in reading order (child by child, Bereich by Bereich); identical
  reasons share a number. The sign sits on the ``nein``, or for a stall on the last ``ja``.
* Minijobs: every note gets its own number in reading order (person by person, step by step).
  The one note on Aufstockung sits on Aufgestockt when that is answered, else on Aufstockung
  möglich.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from userjourney.core.journeys import Journey
from userjourney.core.storage.models import Family, MinijobEntry
from userjourney.core.vocab import AREAS

#: The Minijob columns that take a note, and the note field of each.
NOTE_OF_COLUMN = {
    "searched": "note_searched",
    "found": "note_found",
    "approached": "note_approached",
    "topup_possible": "note_topup",
    "topped_up": "note_topup",
    "sustainable": "note_sustainable",
}
#: The notes in reading order (the order of the form's columns).
NOTE_ORDER = ("note_searched", "note_found", "note_approached", "note_topup", "note_sustainable")

SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def footnote_mark(number: int) -> str:
    """The footnote sign after a cell's value, as the printed forms set it: ``¹⁾``."""
    return str(number).translate(SUPERSCRIPT) + "⁾"


@dataclass
class Footnotes:
    """Numbers by key and the texts in order (number = position + 1)."""

    numbers: dict[tuple, int] = field(default_factory=dict)
    texts: list[str] = field(default_factory=list)

    def numbered(self) -> list[tuple[int, str]]:
        return list(enumerate(self.texts, start=1))


def but_footnotes(family: Family) -> Footnotes:
    """The reasons of the family's stopped journeys, keyed by (child id, Bereich)."""
    notes = Footnotes()
    for child in family.children:
        entries = {e.area: e for e in child.entries}
        for area in AREAS:
            entry = entries.get(area.value)
            if entry is None or entry.reason is None or Journey.of(entry).stop() is None:
                continue
            text = entry.reason.text
            if text not in notes.texts:
                notes.texts.append(text)
            notes.numbers[(child.id, area.value)] = notes.texts.index(text) + 1
    return notes


def marked_step(journey: Journey) -> int | None:
    """The step whose cell carries the stop's sign: the ``nein``, or the last ``ja`` of a stall."""
    stop = journey.stop()
    if stop is None:
        return None
    return stop.step - 1 if stop.stalled else stop.step


def minijob_footnotes(family: Family) -> Footnotes:
    """The notes of the family's Minijobs, keyed by (person id, note field)."""
    notes = Footnotes()
    for person in family.persons:
        job = person.minijob
        for name in NOTE_ORDER:
            text = getattr(job, name) if job is not None else None
            if text:
                notes.texts.append(text)
                notes.numbers[(person.id, name)] = len(notes.texts)
    return notes


def note_shown_on(job: MinijobEntry | None, column: str) -> bool:
    """Does ``column``'s cell carry its note's sign? (The Aufstockung note sits on one cell.)"""
    if NOTE_OF_COLUMN.get(column) != "note_topup":
        return column in NOTE_OF_COLUMN
    shown_on = "topped_up" if job is not None and job.topped_up is not None else "topup_possible"
    return column == shown_on


def person_note_number(notes: Footnotes, person_id: uuid.UUID, job: MinijobEntry | None, column: str) -> int | None:
    """The number shown after ``column``'s value for this person, if any."""
    if not note_shown_on(job, column):
        return None
    return notes.numbers.get((person_id, NOTE_OF_COLUMN[column]))
