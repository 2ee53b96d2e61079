"""Every change a coach (or an import) can make, validated, as functions on a session.

The workspace the grids edit through and the demo data call these, inside
:meth:`Database.transaction() <userjourney.core.storage.database.Database.transaction>`; the
history listeners (installed by importing :mod:`userjourney.core.history`, done here) record
whatever they change. Each function validates *before* it touches anything
and raises :class:`~userjourney.core.errors.ValidationError` with a German message, so a
refused edit changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlmodel import col

from userjourney.core import (
    history,  # noqa: F401  (installs the change history every edit is recorded in)
    values,
)
from userjourney.core.editing.reasons import find_or_create, find_reason, normalise_reason
from userjourney.core.errors import ValidationError
from userjourney.core.i18n import tr
from userjourney.core.journeys import DATE_STEPS, Edit, Journey, answer
from userjourney.core.storage.models import (
    ButDetail,
    ButEntry,
    Child,
    Family,
    MinijobEntry,
    Person,
    Reason,
    utcnow,
)
from userjourney.core.vocab import (
    MAX_DETAIL,
    MAX_EMPLOYER,
    MAX_NAME,
    MAX_NOTE,
    MAX_REASON,
    SUPPORT_STEPS,
    Area,
)


def _check_length(text: str | None, limit: int, message: str, field: str) -> None:
    """Refuse a text longer than ``limit`` (one of the ``MAX_*`` of the vocabulary)."""
    if text is not None and len(text) > limit:
        raise ValidationError(message.format(limit=limit), field=field)


# --------------------------------------------------------------------------- families


def clean_code(code: Any) -> str:
    """A valid Familie code (pseudonym): non-empty, at most 100 characters."""
    text = values.clean_key(code)
    if text is None:
        raise ValidationError(tr("Der Familien-Code darf nicht leer sein."), field="code")
    _check_length(text, MAX_NAME, tr("Der Familien-Code ist länger als {limit} Zeichen."), "code")
    return text


def find_family(session: Session, code: str) -> Family | None:
    return session.scalars(sa.select(Family).where(col(Family.code) == code)).first()


def _check_code_free(session: Session, code: str, family: Family | None = None) -> None:
    other = find_family(session, code)
    if other is not None and other is not family:
        raise ValidationError(tr("Eine Familie „{code}“ gibt es schon.").format(code=code), field="code")


FAMILY_FIELDS = ("code", "location", "coach", "created_on", "migration_background", "parenting_status")


def _family_value(name: str, value: Any) -> Any:
    """The clean value of a header field; a refusal names the field it is about."""
    try:
        return _parse_family_value(name, value)
    except ValidationError as exc:
        if exc.field is None:
            exc.field = name
        raise


def _parse_family_value(name: str, value: Any) -> Any:
    if name in ("location", "coach"):
        text = values.clean_key(value)
        _check_length(text, MAX_NAME, tr("Der Text ist länger als {limit} Zeichen."), name)
        return text
    if name == "created_on":
        day = values.parse_date(value)
        if day is None:
            raise ValidationError(tr("Das Erstelldatum darf nicht leer sein."), field=name)
        return day
    if name == "migration_background":
        return values.parse_yes_no(value)
    if name == "parenting_status":
        status = values.parse_parenting_status(value)
        return status.value if status else None
    raise KeyError(name)


def create_family(session: Session, code: Any, **fields: Any) -> Family:
    """A new family; ``fields`` are any of :data:`FAMILY_FIELDS` except ``code``."""
    code = clean_code(code)
    _check_code_free(session, code)
    cleaned = {name: _family_value(name, value) for name, value in fields.items()}
    if cleaned.get("created_on") is None:
        cleaned["created_on"] = date.today()
    family = Family(code=code, **cleaned)
    session.add(family)
    return family


def update_family(session: Session, family: Family, name: str, value: Any) -> None:
    """Change one header field of a family."""
    if name == "code":
        code = clean_code(value)
        _check_code_free(session, code, family)
        new = code
    else:
        new = _family_value(name, value)
    if getattr(family, name) != new:
        setattr(family, name, new)


# Header fields whose values are a catalogue of names: Standort, JobCoach.
NAME_FIELDS = ("location", "coach")


def move_families(session: Session, name: str, old: str, new: Any) -> int:
    """Give every family whose Standort or JobCoach (``name``) is ``old`` the value ``new``: one
    renamed, or two that mean the same merged ("Fr. Kaya" into "Frau Kaya"). Each family's change
    is an ordinary edit with its history row, so undo, the audit and a sync see it as any other.
    Returns how many families moved; refuses an empty or too long name and an unknown ``old``."""
    if name not in NAME_FIELDS:
        raise KeyError(name)
    target = _family_value(name, new)
    if target is None:
        raise ValidationError(tr("Der neue Name darf nicht leer sein."), field=name)
    families = list(session.scalars(sa.select(Family).where(getattr(Family, name) == old)))
    if not families:
        raise ValidationError(tr("„{text}“ gibt es nicht (mehr).").format(text=old), field=name)
    if target == old:
        return 0
    for family in families:
        setattr(family, name, target)
    return len(families)


def delete_family(session: Session, family: Family) -> None:
    """Delete a family with everything in it (all recorded in the history, so undoable)."""
    session.delete(family)


# --------------------------------------------------------------------------- children, persons


def _clean_name(value: Any, what: str) -> str:
    text = values.clean_key(value)
    if text is None:
        raise ValidationError(tr("Der Name {what} darf nicht leer sein.").format(what=what), field="name")
    _check_length(text, MAX_NAME, tr("Der Name ist länger als {limit} Zeichen."), "name")
    return text


def _check_name_free(family: Family, members: list, name: str, me, message: str) -> None:
    for other in members:
        if other is not me and other.name == name:
            raise ValidationError(message.format(family=family.code, name=name), field="name")


def add_child(
    session: Session,
    family: Family,
    name: Any,
    age: Any = None,
    facility: Any = None,
    *,
    today: date | None = None,
) -> Child:
    """A new child at the end of the family's list."""
    name = _clean_name(name, tr("des Kindes"))
    _check_name_free(family, family.children, name, None, tr("In Familie „{family}“ gibt es schon ein Kind „{name}“."))
    age_years = values.parse_age(age)
    place = values.parse_facility(facility)
    child = Child(
        family_id=family.id,
        name=name,
        age_years=age_years,
        age_recorded_on=(today or date.today()) if age_years is not None else None,
        facility=place.value if place else None,
        position=max((c.position for c in family.children), default=-1) + 1,
    )
    family.children.append(child)
    session.add(child)
    return child


def update_child(session: Session, child: Child, name: str, value: Any, *, today: date | None = None) -> None:
    """Change a child's name, age (recorded as of ``today``) or Einrichtung."""
    if name == "name":
        new_name = _clean_name(value, tr("des Kindes"))
        _check_name_free(
            child.family, child.family.children, new_name, child,
            tr("In Familie „{family}“ gibt es schon ein Kind „{name}“."),
        )
        if child.name != new_name:
            child.name = new_name
    elif name == "age":
        _set_age(child, values.parse_age(value), today)
    elif name == "facility":
        place = values.parse_facility(value)
        new = place.value if place else None
        if child.facility != new:
            child.facility = new
    else:
        raise KeyError(name)


def _set_age(record, age_years: int | None, today: date | None) -> None:
    today = today or date.today()
    if values.age_on(record.age_years, record.age_recorded_on, today) == age_years:
        return
    record.age_years = age_years
    record.age_recorded_on = today if age_years is not None else None


def remove_child(session: Session, child: Child) -> None:
    session.delete(child)
    if child in child.family.children:
        child.family.children.remove(child)


def add_person(session: Session, family: Family, name: Any, age: Any = None, *, today: date | None = None) -> Person:
    """A new adult at the end of the family's list."""
    name = _clean_name(name, tr("der Person"))
    _check_name_free(family, family.persons, name, None, tr("In Familie „{family}“ gibt es schon eine Person „{name}“."))
    age_years = values.parse_age(age)
    person = Person(
        family_id=family.id,
        name=name,
        age_years=age_years,
        age_recorded_on=(today or date.today()) if age_years is not None else None,
        position=max((p.position for p in family.persons), default=-1) + 1,
    )
    family.persons.append(person)
    session.add(person)
    return person


def update_person(session: Session, person: Person, name: str, value: Any, *, today: date | None = None) -> None:
    if name == "name":
        new_name = _clean_name(value, tr("der Person"))
        _check_name_free(
            person.family, person.family.persons, new_name, person,
            tr("In Familie „{family}“ gibt es schon eine Person „{name}“."),
        )
        if person.name != new_name:
            person.name = new_name
    elif name == "age":
        _set_age(person, values.parse_age(value), today)
    else:
        raise KeyError(name)


def remove_person(session: Session, person: Person) -> None:
    session.delete(person)
    if person in person.family.persons:
        person.family.persons.remove(person)


# --------------------------------------------------------------------------- BuT entries


def entry_for(session: Session, child: Child, area: Area | str) -> ButEntry:
    """The child's entry for ``area``; created (blank) on first use."""
    area = Area(area)
    for entry in child.entries:
        if entry.area == area.value:
            return entry
    entry = ButEntry(child_id=child.id, area=area.value)
    child.entries.append(entry)
    session.add(entry)
    return entry


def apply_edit(entry: ButEntry, edit: Edit) -> list[str]:
    """Store an :class:`~userjourney.core.journeys.Edit` and clear dates whose step is no longer ja.

    Returns the names of the date fields it cleared.
    """
    edit.journey.store(entry)
    cleared = []
    for name, step in DATE_STEPS.items():
        if edit.journey.answers[step] is not True and getattr(entry, name) is not None:
            setattr(entry, name, None)
            cleared.append(name)
    return cleared


def plan_step(entry: ButEntry, step: int, value: Any) -> Edit:
    """What answering ``step`` with ``value`` would do (nothing is changed)."""
    return answer(Journey.of(entry), step, values.parse_yes_no(value))


def set_step(entry: ButEntry, step: int, value: Any) -> Edit:
    """Answer a step (the caller has confirmed whatever :func:`plan_step` reported)."""
    edit = plan_step(entry, step, value)
    apply_edit(entry, edit)
    return edit


def set_date(entry: ButEntry, name: str, value: Any) -> Edit | None:
    """Set Antrag gestellt/bewilligt's date; a date means ``ja`` at that step, on that day."""
    if name not in DATE_STEPS:
        raise KeyError(name)
    day = values.parse_date(value)
    edit = None
    if day is not None:
        edit = answer(Journey.of(entry), DATE_STEPS[name], True)
        edit.journey.store(entry)
    if getattr(entry, name) != day:
        setattr(entry, name, day)
    return edit


def set_details(session: Session, entry: ButEntry, value: Any) -> None:
    """Replace the entry's details (``"Mathe, Deutsch"`` or a list), keeping unchanged rows."""
    items = value if isinstance(value, list) else values.parse_details(value)
    for item in items:
        _check_length(item, MAX_DETAIL, tr("Ein Detail ist länger als {limit} Zeichen."), "details")
    current = {d.item: d for d in entry.details}
    for detail in list(entry.details):
        if detail.item not in items:
            entry.details.remove(detail)
            session.delete(detail)
    for position, item in enumerate(items):
        existing = current.get(item)
        if existing is None:
            entry.details.append(ButDetail(entry_id=entry.id, item=item, position=position))
        elif existing.position != position:
            existing.position = position
    entry.details.sort(key=lambda d: d.position)


def set_reason(session: Session, entry: ButEntry, text: Any) -> None:
    """Set the reason from the area's catalogue; a new text joins the catalogue verbatim."""
    text = values.clean_text(text)
    _check_length(text, MAX_REASON, tr("Der Grund ist länger als {limit} Zeichen."), "reason")
    reason = find_or_create(session, entry.area, text) if text else None
    if entry.reason is not reason:
        entry.reason = reason


def move_reason(session: Session, area: Area | str, old_text: str, new_text: Any) -> int:
    """Give every entry of ``area`` with the reason ``old_text`` the reason ``new_text`` instead
    (created when new); returns how many entries moved. Raises :class:`ValidationError` for an
    empty or too long text or an unknown ``old_text``."""
    area = Area(area)
    target = normalise_reason(values.clean_text(new_text))
    if target is None:
        raise ValidationError(tr("Der neue Text des Grundes darf nicht leer sein."), field="reason")
    _check_length(target, MAX_REASON, tr("Der Grund ist länger als {limit} Zeichen."), "reason")
    source = _stored_reason(session, area, old_text)
    entries = list(session.scalars(sa.select(ButEntry).where(col(ButEntry.reason_id) == source.id)))
    if target == source.text or not entries:
        return 0
    reason = find_or_create(session, area, target)
    for entry in entries:
        entry.reason = reason
    return len(entries)


def _stored_reason(session: Session, area: Area | str, text: str) -> Reason:
    """The reason ``text`` of ``area`` that an edit of the catalogue names; refused when gone."""
    reason = find_reason(session, area, text)
    if reason is None:
        raise ValidationError(tr("Den Grund „{text}“ gibt es nicht (mehr).").format(text=text), field="reason")
    return reason


def hide_reason(session: Session, area: Area | str, text: str, hidden: bool = True) -> bool:
    """Offer the reason ``text`` of ``area`` in the reason editor no more (``hidden``), or again.

    Nothing else changes: entries that give it keep it, the Auswertung counts it as before, the
    history of the entries is untouched. When it changed is kept (``hidden_at``), so a sync
    takes the later of two settings. Returns whether anything changed; raises
    :class:`ValidationError` for an unknown reason."""
    reason = _stored_reason(session, area, text)
    if reason.hidden == hidden:
        return False
    reason.hidden = hidden
    reason.hidden_at = utcnow()
    return True


def set_note(entry: ButEntry, text: Any) -> None:
    text = values.clean_text(text)
    _check_length(text, MAX_NOTE, tr("Die Notiz ist länger als {limit} Zeichen."), "note")
    if entry.note != text:
        entry.note = text


# --------------------------------------------------------------------------- Minijobs

LEVEL_FIELDS = tuple(s.field for s in SUPPORT_STEPS)
MINIJOB_NOTES = tuple(s.note_field for s in SUPPORT_STEPS) + ("note_topup", "note_sustainable")


def minijob_for(session: Session, person: Person) -> MinijobEntry:
    """The adult's Minijob journey; created (blank) on first use."""
    if person.minijob is None:
        person.minijob = MinijobEntry(person_id=person.id)
        session.add(person.minijob)
    return person.minijob


@dataclass(frozen=True)
class MinijobChange:
    """What else a Minijob edit changed (Aufgestockt cleared when Aufstockung is no longer ja)."""

    cleared: tuple[str, ...] = ()


def plan_minijob(entry: MinijobEntry, name: str, value: Any) -> tuple[Any, MinijobChange]:
    """Validate a Minijob value; returns the clean value and the fields it would clear."""
    if name in LEVEL_FIELDS:
        return values.parse_level(value), MinijobChange()
    if name == "employer":
        text = values.clean_text(value)
        _check_length(text, MAX_EMPLOYER, tr("Der Arbeitgeber ist länger als {limit} Zeichen."), name)
        return text, MinijobChange()
    if name == "started_on":
        return values.parse_date(value), MinijobChange()
    if name == "topup_possible":
        possible = values.parse_yes_no(value)
        cleared = ("topped_up",) if possible is not True and entry.topped_up is not None else ()
        return possible, MinijobChange(cleared)
    if name == "topped_up":
        done = values.parse_yes_no(value)
        if done is not None and entry.topup_possible is not True:
            raise ValidationError(
                tr("„Aufgestockt“ geht nur, wenn „Aufstockung möglich“ ja ist."), field=name
            )
        return done, MinijobChange()
    if name == "sustainable":
        return values.parse_yes_no(value), MinijobChange()
    if name in MINIJOB_NOTES:
        text = values.clean_text(value)
        _check_length(text, MAX_NOTE, tr("Die Anmerkung ist länger als {limit} Zeichen."), name)
        return text, MinijobChange()
    raise KeyError(name)


def set_minijob(entry: MinijobEntry, name: str, value: Any) -> MinijobChange:
    """Set one Minijob field (the caller has confirmed what :func:`plan_minijob` reported)."""
    clean, change = plan_minijob(entry, name, value)
    for other in change.cleared:
        setattr(entry, other, None)
    if getattr(entry, name) != clean:
        setattr(entry, name, clean)
    return change
