"""One family opened for editing: loaded in full, changed one validated edit at a time.

The grids show a family as plain objects loaded once (:func:`load_family`, a handful of
queries whatever the family's size) and detached from any session, so no query ever runs
while Qt paints. Each edit is a short transaction of its own — look up the records by id,
call the validated function of :mod:`userjourney.core.editing`, commit (with its history
rows) — after which the family is loaded afresh. Short transactions keep the SQLite file
free for backups and for other programs between edits, and an edit acknowledged here is
on disk (``synchronous=FULL``).

Refused input raises :class:`~userjourney.core.errors.ValidationError` before anything is
written; the workspace then stays exactly as it was. Every saved edit goes onto the shared
:class:`~userjourney.core.history.undo.UndoStack` with a German label, through the ``commit``
the workspace was given.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, selectinload
from sqlmodel import col

from userjourney.core.editing import edits
from userjourney.core.editing.reasons import reasons_for
from userjourney.core.errors import UserError
from userjourney.core.history.undo import Commit, UndoStack, committer
from userjourney.core.i18n import tr
from userjourney.core.journeys import Edit
from userjourney.core.storage.database import Database
from userjourney.core.storage.models import (
    ButEntry,
    Change,
    Child,
    Family,
    MinijobEntry,
    Person,
    related,
    table_of,
)
from userjourney.core.values import format_date, format_yes_no
from userjourney.core.vocab import STEPS, Area, field_label, shown

#: How long an edit on a server waits for a record that another transaction is changing.
EDIT_WAIT_MS = 2000

#: Columns not compared when checking that a record is as shown: derived (Letzte Bearbeitung moves
#: with every edit of the family, by anyone).
UNCOMPARED = frozenset({"updated_at"})

#: Children, entries and details each in one query; an entry's reason and a person's Minijob
#: (many-to-one, one-to-one) joined into the query of their parent — four queries in all,
#: whatever the family's size.
FAMILY_LOAD_OPTIONS = (
    selectinload(related(Family.children)).selectinload(related(Child.entries)).selectinload(related(ButEntry.details)),
    selectinload(related(Family.children)).selectinload(related(Child.entries)).joinedload(related(ButEntry.reason)),
    selectinload(related(Family.persons)).joinedload(related(Person.minijob)),
)


class FamilyGone(UserError):
    """The family no longer exists (deleted here, by an undo, or by another program)."""


class EditConflict(UserError):
    """Someone else changed the record since it was shown; nothing was written, and the
    workspace holds the current state (the cell shows the current value)."""


def load_family(session: Session, family_id: uuid.UUID) -> Family | None:
    """The family with its children, entries, details, reasons, persons and Minijobs."""
    return session.scalars(
        sa.select(Family).where(col(Family.id) == family_id).options(*FAMILY_LOAD_OPTIONS)
    ).one_or_none()


def find_entry(family: Family, child_id: uuid.UUID, area: Area | str) -> ButEntry | None:
    """The loaded entry of one child and area (``None`` while nothing was entered)."""
    area = Area(area)
    for child in family.children:
        if child.id == child_id:
            return next((e for e in child.entries if e.area == area.value), None)
    return None


class FamilyWorkspace:
    """A family loaded for the grids, with one method per kind of edit.

    ``db`` is read from; every edit is committed through ``commit`` (a labelled change, recorded
    for undo): the window passes its one path for changes, everything else
    :func:`~userjourney.core.history.undo.committer` (the default has an undo stack of its own).
    """

    def __init__(self, db: Database, family_id: uuid.UUID, commit: Commit | None = None) -> None:
        self.db = db
        self.family_id = family_id
        self.commit = commit if commit is not None else committer(db, UndoStack())
        #: The label of the last edit that changed something (``None`` if it changed nothing).
        self.last_label: str | None = None
        self.family: Family = self._load()

    # -- loading ----------------------------------------------------------------------------
    def _load(self) -> Family:
        with self.db.session() as session:
            family = load_family(session, self.family_id)
        if family is None:
            raise FamilyGone(tr("Diese Familie gibt es nicht mehr."))
        return family

    def reload(self) -> Family:
        """Load the family afresh (after an edit, an undo, or a change made elsewhere)."""
        self.family = self._load()
        return self.family

    def exists(self) -> bool:
        with self.db.session() as session:
            return session.get(Family, self.family_id) is not None

    def child(self, child_id: uuid.UUID) -> Child:
        return next(c for c in self.family.children if c.id == child_id)

    def person(self, person_id: uuid.UUID) -> Person:
        return next(p for p in self.family.persons if p.id == person_id)

    def reason_texts(self, area: Area | str) -> list[str]:
        """The reason catalogue of one Bereich, shipped reasons first (for the reason editor)."""
        with self.db.session() as session:
            return [r.text for r in reasons_for(session, area)]

    # -- the one write path -----------------------------------------------------------------
    def _write(self, label: str, change: Callable[[Session], Any]) -> Any:
        """Commit ``change`` (one transaction, recorded for undo), reload; returns its result."""

        def patiently(session: Session) -> Any:
            # On a server an edit waits at most a moment for a record another transaction holds
            # (an import of thousands of families is one transaction): then it is refused, in
            # German, instead of freezing the window until the import is done.
            if session.get_bind().dialect.name == "postgresql":
                session.execute(sa.text(f"SET LOCAL lock_timeout = '{EDIT_WAIT_MS}ms'"))
            return change(session)

        try:
            result, info = self.commit(label, patiently)
        except EditConflict:
            self.reload()  # show what is there now
            raise
        self.last_label = label if info.changed else None
        self.reload()
        return result

    # -- optimistic concurrency ---------------------------------------------------------------
    # Every edit states what it changes from: the record as this workspace showed it. In the
    # edit's transaction the record is read again under a row lock (PostgreSQL: SELECT … FOR
    # UPDATE, so two editors of one record take turns; SQLite has one writer anyway) and compared
    # with what was shown; if anyone changed it meanwhile the edit is refused naming who and
    # when, and nothing is overwritten unseen. A whole record is compared, not one field: the
    # steps of a journey depend on each other.
    def _get(self, session: Session, model: type, key: uuid.UUID, *, check: bool = True):
        """The record ``key``; ``check``: it is the one being changed (locked, compared with
        what was shown) — not the parent a new child or an entry is found through."""
        record = session.get(model, key, with_for_update=check, populate_existing=check)
        if record is None:
            raise FamilyGone(tr("Dieser Eintrag wurde inzwischen gelöscht."))
        if check:
            self._check_unchanged(session, record)
        return record

    def _shown(self, model: type, key: uuid.UUID) -> Any:
        family = self.family
        if model is Family:
            return family if family.id == key else None
        for child in family.children:
            if model is Child and child.id == key:
                return child
            for entry in child.entries:
                if model is ButEntry and entry.id == key:
                    return entry
        for person in family.persons:
            if model is Person and person.id == key:
                return person
            if model is MinijobEntry and person.minijob is not None and person.minijob.id == key:
                return person.minijob
        return None

    def _check_unchanged(self, session: Session, record: Any) -> None:
        shown = self._shown(type(record), record.id)
        if shown is None:
            return  # new since the family was loaded by this workspace: nothing was shown
        columns = [c.name for c in table_of(type(record)).columns if c.name not in UNCOMPARED]
        if all(getattr(shown, name) == getattr(record, name) for name in columns):
            return
        last = session.execute(
            sa.select(col(Change.actor), col(Change.at)).where(col(Change.record_id) == record.id)
            .order_by(col(Change.id).desc()).limit(1)).first()
        who, when = (last.actor, last.at.astimezone()) if last else (tr("jemand"), None)
        raise EditConflict(tr("Nicht gespeichert: {who} hat diesen Eintrag {when} geändert, nachdem er hier angezeigt "
                              "wurde. Angezeigt ist jetzt der aktuelle Stand; bitte prüfen und noch einmal eingeben.").format(
            who=who, when=tr("am {day} um {time}").format(day=format_date(when.date()), time=f"{when:%H:%M:%S}")
            if when else tr("inzwischen")))

    def _locked(self, session: Session, record: Any) -> Any:
        """``record`` (found through its parent) read again under a row lock and checked."""
        if record.id is None or record in session.new:
            return record  # created just now: nobody else has seen it
        return self._get(session, type(record), record.id)

    # -- family header ----------------------------------------------------------------------
    def update_family(self, field: str, value: Any) -> None:
        label = tr("{field} geändert").format(field=field_label(field))
        self._write(label, lambda s: edits.update_family(s, self._get(s, Family, self.family_id), field, value))

    # -- children ---------------------------------------------------------------------------
    def add_child(self, name: Any, age: Any = None, facility: Any = None, *, today: date | None = None) -> uuid.UUID:
        def change(s: Session) -> uuid.UUID:
            child = edits.add_child(s, self._get(s, Family, self.family_id, check=False), name, age, facility,
                                    today=today)
            return child.id

        return self._write(tr("Kind hinzugefügt"), change)

    def update_child(self, child_id: uuid.UUID, field: str, value: Any, *, today: date | None = None) -> None:
        label = tr("Kind: {field} geändert").format(field=field_label(field))
        self._write(label, lambda s: edits.update_child(s, self._get(s, Child, child_id), field, value, today=today))

    def remove_child(self, child_id: uuid.UUID) -> None:
        name = self.child(child_id).name
        self._write(
            tr("Kind „{name}“ entfernt").format(name=name),
            lambda s: edits.remove_child(s, self._get(s, Child, child_id)),
        )

    # -- BuT entries ------------------------------------------------------------------------
    def _entry(self, s: Session, child_id: uuid.UUID, area: Area | str) -> ButEntry:
        return self._locked(s, edits.entry_for(s, self._get(s, Child, child_id, check=False), area))

    def plan_step(self, child_id: uuid.UUID, area: Area | str, step: int, value: Any) -> Edit:
        """What answering a step would do (cleared or overruled steps), without writing."""
        entry = find_entry(self.family, child_id, area) or ButEntry(child_id=child_id, area=Area(area).value)
        return edits.plan_step(entry, step, value)

    def _where(self, child_id: uuid.UUID, area: Area | str) -> str:
        """"Jan · Lernförderung": the status text and undo name the child, not only the Bereich
        (the grid's Kind column may have scrolled away)."""
        name = next((c.name for c in self.family.children if c.id == child_id), "")
        return tr("{child} · {area}").format(child=name, area=shown(Area(area))) if name else shown(Area(area))

    def set_step(self, child_id: uuid.UUID, area: Area | str, step: int, value: Any) -> Edit:
        label = tr("{area}: {step} = {value}").format(
            area=self._where(child_id, area), step=shown(STEPS[step].label), value=_shown(value)
        )
        return self._write(label, lambda s: edits.set_step(self._entry(s, child_id, area), step, value))

    def set_date(self, child_id: uuid.UUID, area: Area | str, field: str, value: Any) -> None:
        label = tr("{area}: Datum geändert").format(area=self._where(child_id, area))
        self._write(label, lambda s: edits.set_date(self._entry(s, child_id, area), field, value))

    def set_details(self, child_id: uuid.UUID, area: Area | str, value: Any) -> None:
        label = tr("{area}: Details geändert").format(area=self._where(child_id, area))
        self._write(label, lambda s: edits.set_details(s, self._entry(s, child_id, area), value))

    def set_reason(self, child_id: uuid.UUID, area: Area | str, text: Any) -> None:
        label = tr("{area}: Grund geändert").format(area=self._where(child_id, area))
        self._write(label, lambda s: edits.set_reason(s, self._entry(s, child_id, area), text))

    def set_note(self, child_id: uuid.UUID, area: Area | str, text: Any) -> None:
        label = tr("{area}: Notiz geändert").format(area=self._where(child_id, area))
        self._write(label, lambda s: edits.set_note(self._entry(s, child_id, area), text))

    # -- persons and Minijobs ---------------------------------------------------------------
    def add_person(self, name: Any, age: Any = None, *, today: date | None = None) -> uuid.UUID:
        def change(s: Session) -> uuid.UUID:
            return edits.add_person(s, self._get(s, Family, self.family_id, check=False), name, age, today=today).id

        return self._write(tr("Person hinzugefügt"), change)

    def update_person(self, person_id: uuid.UUID, field: str, value: Any, *, today: date | None = None) -> None:
        label = tr("Person: {field} geändert").format(field=field_label(field))
        self._write(label, lambda s: edits.update_person(s, self._get(s, Person, person_id), field, value, today=today))

    def remove_person(self, person_id: uuid.UUID) -> None:
        name = self.person(person_id).name
        self._write(
            tr("Person „{name}“ entfernt").format(name=name),
            lambda s: edits.remove_person(s, self._get(s, Person, person_id)),
        )

    def plan_minijob(self, person_id: uuid.UUID, field: str, value: Any) -> edits.MinijobChange:
        """Validate a Minijob value and say what else it would clear, without writing."""
        entry = self.person(person_id).minijob or MinijobEntry(person_id=person_id)
        return edits.plan_minijob(entry, field, value)[1]

    def set_minijob(self, person_id: uuid.UUID, field: str, value: Any, label: str | None = None) -> None:
        def change(s: Session) -> None:
            entry = self._locked(s, edits.minijob_for(s, self._get(s, Person, person_id, check=False)))
            edits.set_minijob(entry, field, value)

        self._write(label or tr("Minijob geändert"), change)


def create_family(commit: Commit, code: Any, **fields: Any) -> uuid.UUID:
    """Create a family (validated; refused input writes nothing) as one undoable step."""
    family, _info = commit(lambda family: tr("Familie „{code}“ angelegt").format(code=family.code),
                           lambda session: edits.create_family(session, code, **fields))
    return family.id


def delete_family(commit: Commit, family_id: uuid.UUID) -> str:
    """Delete a family with everything in it; undo brings it back whole. Returns its code."""

    def change(session: Session) -> str:
        family = session.get(Family, family_id)
        if family is None:
            raise FamilyGone(tr("Diese Familie gibt es nicht mehr."))
        code = family.code
        edits.delete_family(session, family)
        return code

    code, _info = commit(lambda code: tr("Familie „{code}“ gelöscht").format(code=code), change)
    return code


def _shown(value: Any) -> str:
    if isinstance(value, bool):
        return format_yes_no(value)
    if value is None or (isinstance(value, str) and not value.strip()):
        return tr("leer")
    return str(value)
