"""Importing a template file in two phases: plan (read, check, compare) and apply (write).

The GUI shows :func:`plan_import`'s :class:`ImportPlan` as a preview — errors, warnings, how
many families, children, persons, BuT and Minijob entries are new, updated or unchanged —
and calls :func:`apply_import` only when the coach agrees. The command line does both at once.

What an import does (``docs/excel.md`` says the same for people):

* **Keys** (exchange-format.md §1): families by ``Familie``, children by (Familie, Kind), BuT
  entries by (Familie, Kind, Bereich), Minijob journeys by (Familie, Person). A key not in the
  database is created; a key that exists is updated in place.
* **The file is the truth for the rows it contains**: every template column of such a row is
  taken as it stands, so an empty cell clears a value in the database (an answer, a date, the
  Grund, the Details). Exceptions: an empty ``Erstelldatum`` keeps the stored date (a family
  always has one; a new family gets today), and the entry's *Notiz* and the order of children
  and persons are not part of the template and are never touched.
* **Nothing is deleted** that the file does not mention: families, children, persons, BuT
  entries and Minijob journeys absent from the file stay as they are. (Detail items are part
  of the Details cell and follow it.)
* **Ages** are read as the age on the day of the import and stored with that day, as the
  GUI does; an age that equals the stored one carried forward to today is unchanged.
* **Idempotent**: a record whose values equal the file's is not written at all, so importing
  the same file twice changes nothing and writes no history.
* **All or nothing**: everything is written in one transaction, only when the file has no
  errors, with the change history of every record (:class:`~userjourney.core.history.ChangeWriter`).

Speed: the ORM with its per-object history listeners manages a few hundred families a second;
an import of 10,000 families goes through SQL Core ``executemany`` instead, with the existing
records preloaded in a handful of queries (one per table and 500 families).
"""

from __future__ import annotations

import os
import uuid
from collections import defaultdict
from collections.abc import Iterable
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from userjourney.core import values
from userjourney.core.errors import ValidationError
from userjourney.core.excel.reader import (
    FAMILY_FIELDS,
    MINIJOB_FIELDS,
    FamilyIn,
    ParsedFile,
    Problem,
    Progress,
    paused_gc,
    read_file,
)
from userjourney.core.history.bulk import ChangeWriter
from userjourney.core.history.listeners import last_commit
from userjourney.core.history.watching import history_state
from userjourney.core.i18n import tr
from userjourney.core.storage.bulk import insert_many, pipelined
from userjourney.core.storage.models import (
    ButDetail,
    ButEntry,
    Child,
    Family,
    MinijobEntry,
    Person,
    Reason,
    new_id,
    table_of,
    utcnow,
)
from userjourney.core.vocab import STEP_FIELDS

CHUNK = 500  # ids per IN (...) when preloading; far below every database's parameter limit
FLUSH_EVERY = 5_000  # records buffered before they are written
#: the record kinds an import counts, in the order they are reported
KINDS = ("families", "children", "but_entries", "persons", "minijobs")
NEW, UPDATED, UNCHANGED = "new", "updated", "unchanged"

#: the Minijob columns of the template, by model field (an all-empty row clears them all)


def kind_label(kind: str) -> str:
    """How a preview names one of :data:`KINDS` (German)."""
    return {
        "families": tr("Familien"),
        "children": tr("Kinder"),
        "but_entries": tr("BuT-Einträge"),
        "persons": tr("Personen"),
        "minijobs": tr("Minijobs"),
    }[kind]


class ImportRefused(ValidationError):
    """The file has errors; nothing was written. ``details`` lists them, one line each."""


@dataclass(frozen=True)
class Counts:
    """How many records of one kind the import creates, changes, or finds unchanged."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0

    @property
    def total(self) -> int:
        return self.new + self.updated + self.unchanged


def _describe_counts(counts: dict[str, Counts]) -> list[str]:
    lines = []
    for kind in KINDS:
        c = counts.get(kind, Counts())
        if c.total:
            lines.append(
                tr("{label}: {new} neu, {updated} geändert, {unchanged} unverändert").format(
                    label=kind_label(kind), new=c.new, updated=c.updated, unchanged=c.unchanged
                )
            )
    return lines


@dataclass
class ImportPlan:
    """What importing a file would do, computed without writing anything.

    ``errors``/``warnings`` are :class:`~userjourney.core.excel.reader.Problem` (sheet, Excel
    row, column name and letter, value, German message); ``error_count``/``warning_count``
    include problems beyond the listed ones (a file can have more than anyone reads).
    ``counts`` maps each of :data:`KINDS` to :class:`Counts` — computed only when the file has
    no errors. A family counts as *updated* when it or anything in it changes (likewise a
    child with its entries, a person with its Minijob); entries and Minijobs count their own
    fields. ``families`` maps each family code of the file to ``"new"``, ``"updated"`` or
    ``"unchanged"``; ``new_reasons`` are the (Bereich, Grund) the catalogue will gain.
    """

    path: Path
    errors: list[Problem]
    warnings: list[Problem]
    error_count: int
    warning_count: int
    rows: dict[str, int]
    today: date
    counts: dict[str, Counts] = field(default_factory=dict)
    families: dict[str, str] = field(default_factory=dict)
    new_reasons: list[tuple[str, str]] = field(default_factory=list)
    _parsed: ParsedFile | None = field(default=None, repr=False)
    _ops: int = field(default=0, repr=False)
    #: The history when the plan was compared (:func:`~userjourney.core.history.watching.history_state`).
    _history: tuple[int, int, str] | None = field(default=None, repr=False)

    @property
    def ok(self) -> bool:
        """True when the file may be imported (warnings do not block)."""
        return self.error_count == 0

    @property
    def has_changes(self) -> bool:
        return any(c.new or c.updated for c in self.counts.values())

    def error_lines(self, limit: int | None = 200) -> list[str]:
        """One German line per error (``limit`` lines at most, then "… und N weitere")."""
        return _lines(self.errors, self.error_count, limit)

    def warning_lines(self, limit: int | None = 200) -> list[str]:
        return _lines(self.warnings, self.warning_count, limit)

    def describe(self) -> list[str]:
        """A short German summary for a preview or the command line."""
        if not self.ok:
            return [tr("{n} Fehler; es wird nichts importiert.").format(n=self.error_count)]
        lines = _describe_counts(self.counts)
        if not lines:
            lines.append(tr("Die Datei enthält keine Daten."))
        if self.new_reasons:
            lines.append(tr("Neue Gründe im Katalog: {n}").format(n=len(self.new_reasons)))
        if self.warning_count:
            lines.append(tr("Hinweise: {n}").format(n=self.warning_count))
        return lines

    def refusal(self, limit: int | None = 200) -> ImportRefused:
        """The error that says the file cannot be imported, with every error as a detail line."""
        name = self.path.name
        return ImportRefused(
            tr("{path} kann nicht importiert werden: {n} Fehler. Die Datenbank bleibt unverändert.").format(
                path=values.shown(name), n=self.error_count
            ),
            details=[f"{name}, {line}" if line[:1] != "…" else line for line in self.error_lines(limit)],
        )


def _lines(problems: list[Problem], count: int, limit: int | None) -> list[str]:
    shown = problems if limit is None else problems[:limit]
    lines = [str(p) for p in shown]
    if count > len(shown):
        lines.append(tr("… und {n} weitere").format(n=count - len(shown)))
    return lines


@dataclass(frozen=True)
class ImportResult:
    """What :func:`apply_import` wrote: counts as in the plan, the transaction for undo."""

    path: Path
    counts: dict[str, Counts]
    new_reasons: list[tuple[str, str]]
    warning_count: int
    #: the history transaction (``None`` when nothing changed) — ``revert`` undoes it
    txn_id: uuid.UUID | None
    family_ids: frozenset[uuid.UUID]
    history_rows: int

    @property
    def changed(self) -> bool:
        return self.txn_id is not None

    def describe(self) -> list[str]:
        lines = _describe_counts(self.counts)
        if not self.changed:
            lines.append(tr("Nichts geändert: die Datenbank entspricht bereits der Datei."))
        if self.new_reasons:
            lines.append(tr("Neue Gründe im Katalog: {n}").format(n=len(self.new_reasons)))
        if self.warning_count:
            lines.append(tr("Hinweise: {n}").format(n=self.warning_count))
        return lines


# --------------------------------------------------------------------------- public API


def check_file(path: str | os.PathLike, progress: Progress | None = None, *, today: date | None = None) -> ImportPlan:
    """Read and check ``path`` without any database: the plan's errors and warnings, no counts.

    The command line checks the file first, so a bad file never even opens (or creates) the
    database; :func:`compare` then adds the counts.
    """
    today = today or date.today()
    parsed = read_file(path, progress, today=today)
    return ImportPlan(
        parsed.path, parsed.errors, parsed.warnings, parsed.error_count, parsed.warning_count,
        dict(parsed.rows), today, _parsed=parsed,
    )


def compare(plan: ImportPlan, session: Session) -> ImportPlan:
    """Fill in ``plan.counts``, ``families`` and ``new_reasons`` from the database; a plan with
    errors is left as it is. Nothing of the database is kept: the import compares again, inside
    its write transaction, family chunk by family chunk."""
    if not plan.ok or plan._parsed is None:
        return plan
    with paused_gc():
        plan._history = history_state(session)  # first: the comparison sees this state or a later one
        counter = _Counter()
        _diff(plan._parsed, session.connection(), counter, plan.today)
    plan.counts = counter.counts()
    plan.families = counter.families
    plan.new_reasons = counter.new_reasons
    plan._ops = counter.ops
    return plan


def plan_import(
    path: str | os.PathLike,
    session: Session,
    progress: Progress | None = None,
    *,
    today: date | None = None,
) -> ImportPlan:
    """Read and check ``path`` and compare it with the database; writes nothing.

    A background task opens its own session for it. ``progress(done, total)`` is called
    while the rows are read (``total`` 0 = unknown); an exception it raises — a cancel —
    propagates unchanged. Raises :class:`~userjourney.core.excel.reader.ExcelFileError` when
    the file is no readable workbook; problems inside it end up in the plan.
    """
    return compare(check_file(path, progress, today=today), session)


def apply_import(db, plan: ImportPlan, progress: Progress | None = None) -> ImportResult:
    """Write ``plan`` in one transaction (all or nothing) with its change history.

    Refuses (:class:`ImportRefused`) a plan with errors. The comparison is made again inside
    the write transaction, so nothing is overwritten blindly: of the families the plan found
    new or changed only, when the history shows that nothing was committed since the plan was
    made (:func:`~userjourney.core.history.watching.history_state`) — re-importing the same
    50,000 families then compares them once, not twice — else of every family of the file
    (another edit, another import, a sync came in between). ``progress(done, total)`` counts
    records written; an exception from it rolls everything back.
    """
    if not plan.ok or plan._parsed is None:
        raise plan.refusal()
    # db.transaction() turns what SQLite refuses (locked, disk full …) into a German DatabaseError
    with paused_gc(), db.transaction() as session:
        connection = session.connection()
        unchanged = plan._history is not None and history_state(session) == plan._history
        only = {code for code, status in plan.families.items() if status != UNCHANGED} if unchanged else None
        # the database stores one batch while the next is prepared (storage.bulk.pipelined)
        with _bigger_cache(connection), pipelined(connection):
            writer = _Writer(session, connection, progress, plan._ops)
            _diff(plan._parsed, connection, writer, plan.today, writer.now, only=only)
            writer.finish()
    info = last_commit(session)
    # compared again only in part: the families left out are as the plan counted them
    counts = plan.counts if only is not None else writer.counts()
    return ImportResult(
        plan.path, counts, writer.new_reasons, plan.warning_count, info.txn_id, info.family_ids,
        writer.changes.written,
    )


def import_file(db, path: str | os.PathLike, progress: Progress | None = None, *, today: date | None = None) -> ImportResult:
    """Plan and apply in one go (the command line): raises :class:`ImportRefused` on errors."""
    plan = check_file(path, progress, today=today)
    if not plan.ok:
        raise plan.refusal()
    with db.session() as session:
        compare(plan, session)
    return apply_import(db, plan, progress)


# --------------------------------------------------------------------------- the database side


@contextmanager
def _bigger_cache(connection: sa.Connection, kib: int = 65536):
    """A 64 MB page cache for the import's transaction (SQLite's default is 2 MB).

    Inserting 100,000 records with random UUID keys touches index pages all over the file;
    with the default cache they are written out and read back again and again. The old size
    is restored afterwards, because the connection goes back to the pool.
    """
    if connection.dialect.name != "sqlite":
        yield
        return
    old = connection.exec_driver_sql("PRAGMA cache_size").scalar() or 0
    connection.exec_driver_sql(f"PRAGMA cache_size=-{int(kib)}")
    try:
        yield
    finally:
        try:
            connection.exec_driver_sql(f"PRAGMA cache_size={int(old)}")
        except sa.exc.DBAPIError:  # the connection is being rolled back and discarded anyway
            pass


def _chunks(items: list, size: int = CHUNK) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


@dataclass
class _Existing:
    """The records of the database the file's families touch, loaded in a few queries."""

    families: dict[str, Any] = field(default_factory=dict)  # code → row
    children: dict[tuple[uuid.UUID, str], Any] = field(default_factory=dict)
    child_positions: dict[uuid.UUID, int] = field(default_factory=dict)
    entries: dict[tuple[uuid.UUID, str], Any] = field(default_factory=dict)
    details: dict[uuid.UUID, list] = field(default_factory=lambda: defaultdict(list))
    persons: dict[tuple[uuid.UUID, str], Any] = field(default_factory=dict)
    person_positions: dict[uuid.UUID, int] = field(default_factory=dict)
    minijobs: dict[uuid.UUID, Any] = field(default_factory=dict)

    @classmethod
    def load(cls, connection: sa.Connection, codes: list[str]) -> _Existing:
        """The stored records of the families ``codes`` (a chunk of the file's families)."""
        existing = cls()
        family_t, child_t, entry_t = table_of(Family), table_of(Child), table_of(ButEntry)
        detail_t, person_t, job_t = table_of(ButDetail), table_of(Person), table_of(MinijobEntry)
        for chunk in _chunks(codes):
            for row in connection.execute(sa.select(family_t).where(family_t.c.code.in_(chunk))):
                existing.families[row.code] = row
        family_ids = [row.id for row in existing.families.values()]
        for chunk in _chunks(family_ids):
            for row in connection.execute(sa.select(child_t).where(child_t.c.family_id.in_(chunk))):
                existing.children[(row.family_id, row.name)] = row
                position = existing.child_positions.get(row.family_id, -1)
                existing.child_positions[row.family_id] = max(position, row.position)
            stmt = sa.select(entry_t).join(child_t, entry_t.c.child_id == child_t.c.id).where(child_t.c.family_id.in_(chunk))
            for row in connection.execute(stmt):
                existing.entries[(row.child_id, row.area)] = row
            stmt = (
                sa.select(detail_t)
                .join(entry_t, detail_t.c.entry_id == entry_t.c.id)
                .join(child_t, entry_t.c.child_id == child_t.c.id)
                .where(child_t.c.family_id.in_(chunk))
                .order_by(detail_t.c.entry_id, detail_t.c.position, detail_t.c.item)
            )
            for row in connection.execute(stmt):
                existing.details[row.entry_id].append(row)
            for row in connection.execute(sa.select(person_t).where(person_t.c.family_id.in_(chunk))):
                existing.persons[(row.family_id, row.name)] = row
                position = existing.person_positions.get(row.family_id, -1)
                existing.person_positions[row.family_id] = max(position, row.position)
            stmt = sa.select(job_t).join(person_t, job_t.c.person_id == person_t.c.id).where(person_t.c.family_id.in_(chunk))
            for row in connection.execute(stmt):
                existing.minijobs[row.person_id] = row
        return existing


# --------------------------------------------------------------------------- comparing


_NO_ID = uuid.UUID(int=0)


class _Sink:
    """Receives what the comparison finds; counts it (plan) or also writes it (apply)."""

    def __init__(self) -> None:
        self.statuses: dict[str, list[int]] = {kind: [0, 0, 0] for kind in KINDS}
        self.families: dict[str, str] = {}
        self.new_reasons: list[tuple[str, str]] = []

    def status(self, kind: str, status: str) -> None:
        self.statuses[kind][(NEW, UPDATED, UNCHANGED).index(status)] += 1

    def counts(self) -> dict[str, Counts]:
        return {kind: Counts(*numbers) for kind, numbers in self.statuses.items()}

    def reason(self, area: str, text: str, reason_id: uuid.UUID) -> None:
        self.new_reasons.append((area, text))

    def new_id(self) -> uuid.UUID:
        """The id of a record to insert; counting needs none of its own (the writer makes real ones)."""
        return _NO_ID

    def insert(self, model: type, values: dict[str, Any], family_id: uuid.UUID) -> None:
        pass

    def update(self, model: type, record_id: uuid.UUID, family_id: uuid.UUID, changes: dict[str, tuple]) -> None:
        pass

    def delete(self, model: type, values: dict[str, Any], family_id: uuid.UUID) -> None:
        pass


class _Counter(_Sink):
    """Counts the records the import would write (for the preview and the progress total)."""

    def __init__(self) -> None:
        super().__init__()
        self.ops = 0

    def insert(self, model, values, family_id) -> None:
        self.ops += 1

    def update(self, model, record_id, family_id, changes) -> None:
        self.ops += 1

    def delete(self, model, values, family_id) -> None:
        self.ops += 1


def _changes(row, new: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    """``{field: (old, new)}`` for the fields whose value differs from the stored row."""
    result = {}
    for name, value in new.items():
        old = getattr(row, name)
        if old != value or (old is None) != (value is None):
            result[name] = (old, value)
    return result


def _age_changes(row, age: int | None, today: date) -> dict[str, tuple[Any, Any]]:
    """An age is unchanged when the stored one, carried forward to today, equals the file's."""
    if values.age_on(row.age_years, row.age_recorded_on, today) == age:
        return {}
    changes: dict[str, tuple[Any, Any]] = {}
    recorded = today if age is not None else None
    if row.age_years != age:
        changes["age_years"] = (row.age_years, age)
    if row.age_recorded_on != recorded:
        changes["age_recorded_on"] = (row.age_recorded_on, recorded)
    return changes


#: Families compared at a time: their stored records are loaded together (a few queries), then
#: dropped — memory follows the chunk, not the database.
FAMILY_CHUNK = 2_000


def _stored_reasons(connection: sa.Connection) -> dict[tuple[str, str], uuid.UUID]:
    reason_t = table_of(Reason)
    return {(row.area, row.text): row.id
            for row in connection.execute(sa.select(reason_t.c.area, reason_t.c.text, reason_t.c.id))}


def _diff(parsed: ParsedFile, connection: sa.Connection, sink: _Sink, today: date, now=None,
          only: set[str] | None = None) -> None:
    """Compare every family of the file (or those of ``only``) with the database and tell
    ``sink`` what to do."""
    now = now or utcnow()
    reasons = _stored_reasons(connection)
    codes = list(parsed.families) if only is None else [code for code in parsed.families if code in only]
    for start in range(0, len(codes), FAMILY_CHUNK):
        chunk = codes[start : start + FAMILY_CHUNK]
        existing = _Existing.load(connection, chunk)
        for code in chunk:
            _diff_family(code, parsed.families[code], existing, reasons, sink, today, now)


def _diff_family(code: str, family_in: FamilyIn, existing: _Existing, reasons: dict[tuple[str, str], uuid.UUID],
                 sink: _Sink, today: date, now: datetime) -> None:
    """Compare one family of the file with its stored records (if any)."""
    row = existing.families.get(code)
    given = dict(zip(FAMILY_FIELDS, family_in.values))
    changed = False
    if row is None:
        family_id = sink.new_id()
        if given["created_on"] is None:
            given["created_on"] = today
        sink.insert(Family, {"id": family_id, "code": code, "updated_at": now, **given}, family_id)
        family_status = NEW
    else:
        family_id = row.id
        if given["created_on"] is None:
            del given["created_on"]  # a family always has one: an empty cell keeps it
        changes = _changes(row, given)
        if changes:
            sink.update(Family, family_id, family_id, changes)
            changed = True
        family_status = None
    # children and their entries
    position = existing.child_positions.get(family_id, -1)
    for name, child_in in family_in.children.items():
        child_row = existing.children.get((family_id, name)) if row is not None else None
        age = child_in.value("age_years")
        facility = child_in.value("facility")
        child_changed = False
        if child_row is None:
            child_id = sink.new_id()
            position += 1
            sink.insert(Child, {
                "id": child_id, "family_id": family_id, "name": name, "age_years": age,
                "age_recorded_on": today if age is not None else None, "facility": facility,
                "position": position,
            }, family_id)
            child_status = NEW
        else:
            child_id = child_row.id
            changes = _age_changes(child_row, age, today)
            if child_row.facility != facility:
                changes["facility"] = (child_row.facility, facility)
            if changes:
                sink.update(Child, child_id, family_id, changes)
                child_changed = True
            child_status = None
        for entry_in in child_in.entries:
            area = entry_in.area
            reason_id = None
            if entry_in.reason is not None:
                reason_id = reasons.get((area, entry_in.reason))
                if reason_id is None:
                    reason_id = reasons[(area, entry_in.reason)] = sink.new_id()
                    sink.reason(area, entry_in.reason, reason_id)
            given = dict(zip(STEP_FIELDS, entry_in.answers))
            given.update(
                implied_mask=entry_in.implied, applied_on=entry_in.applied_on,
                approved_on=entry_in.approved_on, reason_id=reason_id,
            )
            entry_row = existing.entries.get((child_id, area)) if child_row is not None else None
            if entry_row is None:
                entry_id = sink.new_id()
                sink.insert(ButEntry, {"id": entry_id, "child_id": child_id, "area": area, "note": None, **given},
                            family_id)
                for index, item in enumerate(entry_in.details):
                    sink.insert(ButDetail, {"id": sink.new_id(), "entry_id": entry_id, "position": index,
                                            "item": item}, family_id)
                sink.status("but_entries", NEW)
                child_changed = True
                continue
            entry_id = entry_row.id
            changes = _changes(entry_row, given)
            if changes:
                sink.update(ButEntry, entry_id, family_id, changes)
            details_changed = _diff_details(
                sink, family_id, entry_id, existing.details.get(entry_id, ()), entry_in.details
            )
            if changes or details_changed:
                sink.status("but_entries", UPDATED)
                child_changed = True
            else:
                sink.status("but_entries", UNCHANGED)
        if child_status is None:
            child_status = UPDATED if child_changed else UNCHANGED
        sink.status("children", child_status)
        changed = changed or child_status != UNCHANGED
    # adults and their Minijobs
    position = existing.person_positions.get(family_id, -1)
    for name, person_in in family_in.persons.items():
        person_row = existing.persons.get((family_id, name)) if row is not None else None
        person_changed = False
        if person_row is None:
            person_id = sink.new_id()
            position += 1
            sink.insert(Person, {
                "id": person_id, "family_id": family_id, "name": name, "age_years": person_in.age,
                "age_recorded_on": today if person_in.age is not None else None, "position": position,
            }, family_id)
            person_status = NEW
            job_row = None
        else:
            person_id = person_row.id
            changes = _age_changes(person_row, person_in.age, today)
            if changes:
                sink.update(Person, person_id, family_id, changes)
                person_changed = True
            person_status = None
            job_row = existing.minijobs.get(person_id)
        job = person_in.job()
        if job_row is None and job is not None:
            sink.insert(MinijobEntry, {"id": sink.new_id(), "person_id": person_id, **job}, family_id)
            sink.status("minijobs", NEW)
            person_changed = True
        elif job_row is not None:
            changes = _changes(job_row, job or dict.fromkeys(MINIJOB_FIELDS))
            if changes:
                sink.update(MinijobEntry, job_row.id, family_id, changes)
                sink.status("minijobs", UPDATED)
                person_changed = True
            else:
                sink.status("minijobs", UNCHANGED)
        if person_status is None:
            person_status = UPDATED if person_changed else UNCHANGED
        sink.status("persons", person_status)
        changed = changed or person_status != UNCHANGED
    if family_status is None:
        family_status = UPDATED if changed else UNCHANGED
    sink.status("families", family_status)
    sink.families[code] = family_status


def _diff_details(sink: _Sink, family_id, entry_id, rows, items: tuple[str, ...]) -> bool:
    """Details follow the cell: items gone are deleted, new ones added, positions follow the order."""
    if tuple(r.item for r in rows) == items and all(r.position == i for i, r in enumerate(rows)):
        return False
    changed = False
    kept = {}
    for r in rows:
        if r.item in items:
            kept[r.item] = r
        else:
            sink.delete(ButDetail, dict(r._mapping), family_id)
            changed = True
    for index, item in enumerate(items):
        r = kept.get(item)
        if r is None:
            sink.insert(ButDetail, {"id": sink.new_id(), "entry_id": entry_id, "position": index, "item": item}, family_id)
            changed = True
        elif r.position != index:
            sink.update(ButDetail, r.id, family_id, {"position": (r.position, index)})
            changed = True
    return changed


# --------------------------------------------------------------------------- writing

#: Parents before children, so every foreign key finds its row.
_ORDER = (Family, Child, ButEntry, ButDetail, Person, MinijobEntry)


class _Writer(_Sink):
    """Buffers inserts, updates and deletes and writes them with ``executemany`` in FK order."""

    def __init__(self, session: Session, connection: sa.Connection, progress: Progress | None, total: int) -> None:
        super().__init__()
        self.connection = connection
        self.changes = ChangeWriter(session)
        self.progress = progress
        self.total = total
        self.done = 0
        self.buffered = 0
        self.now = self.changes.now
        self.reasons: list[dict[str, Any]] = []
        self.inserts: dict[type, list[tuple[dict, uuid.UUID]]] = {m: [] for m in _ORDER}
        self.updates: dict[type, list[tuple[uuid.UUID, uuid.UUID, dict]]] = {m: [] for m in _ORDER}
        self.deletes: dict[type, list[tuple[dict, uuid.UUID]]] = {m: [] for m in _ORDER}

    def new_id(self) -> uuid.UUID:
        return new_id()

    def reason(self, area: str, text: str, reason_id: uuid.UUID) -> None:
        super().reason(area, text, reason_id)
        self.reasons.append({"id": reason_id, "area": area, "text": text, "seeded": False, "created_at": self.now})

    def insert(self, model, values, family_id) -> None:
        self.inserts[model].append((values, family_id))
        self._count()

    def update(self, model, record_id, family_id, changes) -> None:
        self.updates[model].append((record_id, family_id, changes))
        self._count()

    def delete(self, model, values, family_id) -> None:
        self.deletes[model].append((values, family_id))
        self._count()

    def _count(self) -> None:
        self.buffered += 1
        if self.buffered >= FLUSH_EVERY:
            self.flush()

    def flush(self) -> None:
        connection = self.connection
        if self.reasons:
            insert_many(connection, table_of(Reason), self.reasons)
            self.reasons = []
        for model in reversed(_ORDER):  # deletes: children first
            rows = self.deletes[model]
            if rows:
                table = table_of(model)
                ids = [v["id"] for v, _ in rows]
                for chunk in _chunks(ids):
                    connection.execute(sa.delete(table).where(table.c.id.in_(chunk)))
                for v, family_id in rows:
                    self.changes.deleted(model, v, family_id)
                self.deletes[model] = []
        for model in _ORDER:
            rows = self.inserts[model]
            if rows:
                insert_many(connection, table_of(model), [_complete(model, v) for v, _ in rows])
                for v, family_id in rows:
                    self.changes.inserted(model, v, family_id)
                self.inserts[model] = []
            updates = self.updates[model]
            if updates:
                self._write_updates(model, updates)
                self.updates[model] = []
        self.done += self.buffered
        self.buffered = 0
        self.changes.flush()
        if self.progress is not None:
            self.progress(min(self.done, self.total), max(self.total, self.done))

    def _write_updates(self, model, updates) -> None:
        table = table_of(model)
        groups: dict[tuple[str, ...], list[dict]] = defaultdict(list)
        for record_id, family_id, changes in updates:
            fields = tuple(sorted(changes))
            groups[fields].append({"b_id": record_id, **{f"b_{f}": new for f, (_, new) in changes.items()}})
            self.changes.updated(model, record_id, family_id, changes)
        for fields, params in groups.items():
            stmt = (
                sa.update(table)
                .where(table.c.id == sa.bindparam("b_id"))
                .values({f: sa.bindparam(f"b_{f}") for f in fields})
            )
            self.connection.execute(stmt, params)

    def finish(self) -> None:
        self.flush()
        self.changes.finish()


_DEFAULTS: dict[type, dict[str, Any]] = {}


def _complete(model: type, values: dict[str, Any]) -> dict[str, Any]:
    """Every column of ``model``, so all rows of one executemany have the same keys."""
    names = _DEFAULTS.get(model)
    if names is None:
        names = _DEFAULTS[model] = {c.name: None for c in table_of(model).columns}
    if len(values) == len(names):
        return values
    full = dict(names)
    full.update(values)
    values.clear()
    values.update(full)
    return values
