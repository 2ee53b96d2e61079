"""Open conflicts: listing them as people read them, and deciding one (``conflicts``, ``resolve``).

A conflict is a unit a sync left with heads of different values (``sync_head.open``) that no
later change on this database has touched. Its id is derived from the record and the unit,
so it is the same on every database that lists it. Deciding one is a change like any other:
the chosen value is written through the ORM (so the history has its update or delete rows)
together with one ``resolve`` row that names the unit and the value — the row that makes the
decision supersede every head when it reaches the other database with the next sync.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from userjourney.core.editing import edits
from userjourney.core.errors import ValidationError
from userjourney.core.history.codec import _plain, decode
from userjourney.core.history.rows import RESOLVE_ACTION, change_row, write_rows
from userjourney.core.i18n import tr
from userjourney.core.storage.database import Database
from userjourney.core.storage.models import Family, Reason, SyncHead, table_of, utcnow
from userjourney.core.sync import applying
from userjourney.core.sync.merging import Head, Lineage, SideView, merge_family, separate_codes
from userjourney.core.sync.reading import MODELS, FamilySide, read_aliases, read_families, txn_ids
from userjourney.core.sync.units import EXISTS, UNIT_BY_NAME
from userjourney.core.values import format_date, format_yes_no
from userjourney.core.vocab import field_labels


@dataclass(frozen=True)
class Conflict:
    id: str
    family: str
    what: str
    current: Any
    values: list[dict[str, Any]]
    family_id: str
    record_id: str
    record_type: str
    unit: str
    heads: tuple[Head, ...]

    @property
    def typable(self) -> bool:
        """Whether a value can be typed anew (:func:`decide_typed`), not only taken."""
        return self.unit in _TYPED.get(self.record_type, (None, ()))[1] and self.unit != EXISTS

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "family": self.family, "what": self.what, "current": self.current,
                "values": self.values}


def marks(session: Session, family_id: uuid.UUID) -> dict[tuple[uuid.UUID, str], str]:
    """Where a family's open conflicts show in the grids: (record id, field) → what competes
    ("10 (Herr Brandt) / 9 (Frau Kaya)"); the field ``exists`` for a record deleted on one side."""
    out: dict[tuple[uuid.UUID, str], str] = {}
    for conflict in open_conflicts(session, family_id):
        text = " / ".join(f"{'–' if v['value'] is None else v['value']} ({v['by']})" for v in conflict.values)
        fields = (EXISTS,) if conflict.unit == EXISTS else UNIT_BY_NAME[(conflict.record_type, conflict.unit)].fields
        for name in fields:
            out[(uuid.UUID(conflict.record_id), name)] = text
    return out


def conflict_id(record_id: str, unit: str) -> str:
    return hashlib.sha256(f"{record_id}/{unit}".encode()).hexdigest()[:10]


def open_conflicts(session: Session, family_id: uuid.UUID | None = None) -> list[Conflict]:
    """Every open conflict of this database (or of one family), by family and subject."""
    table = table_of(SyncHead)
    aliases = read_aliases(session)
    query = sa.select(table.c.family_id).where(table.c.open.is_(True)).distinct()
    if family_id is not None:
        query = query.where(table.c.family_id.in_([uuid.UUID(i) for i in aliases.ids_of(str(family_id))]))
    families = {aliases(str(f)) or str(f) for (f,) in session.execute(query) if f is not None}
    if not families:
        return []
    sides = read_families(session, families, aliases)
    reasons = {str(i): text for i, text in session.execute(sa.select(table_of(Reason).c.id, table_of(Reason).c.text))}
    out = []
    for fid, side in sides.items():
        lineage = Lineage([side], aliases)
        view = SideView(side, lineage, aliases)
        for key, stored in side.stored.items():
            if not stored.open:
                continue
            heads = view.heads(key)
            if len(heads) < 2:  # decided here since (an edit of the unit)
                continue
            out.append(_conflict(fid, key, heads, side, lineage, view, reasons))
    return sorted(out, key=lambda c: (c.family, c.what))


def _names(side: FamilySide, view: SideView, record_id: str) -> dict[str, Any]:
    record = side.records.get(record_id)
    return record.values if record is not None else view.deleted.get(record_id, {})


def _subject(side: FamilySide, view: SideView, lineage: Lineage, record_id: str) -> str:
    kind = lineage.kind[record_id]
    values = _names(side, view, record_id)
    if kind == "family":
        return tr("Familie")
    if kind == "child":
        return tr("Kind {name}").format(name=values.get("name", "?"))
    if kind == "person":
        return tr("Person {name}").format(name=values.get("name", "?"))
    parent = lineage.parent.get(record_id) or ""
    if kind == "but_entry":
        return f"{_subject(side, view, lineage, parent)}, {tr(values.get('area', '?'))}"
    if kind == "but_detail":
        return f"{_subject(side, view, lineage, parent)}, {tr('Detail')}"
    return f"{_subject(side, view, lineage, parent)}, {tr('Minijob')}"


def _unit_label(kind: str, unit: str) -> str:
    labels = field_labels()
    if unit == EXISTS:
        return tr("gelöscht oder geändert")
    if unit == "journey":
        return tr("Weg (Anspruch bis Angebot wahrgenommen, Daten, Grund)")
    if unit == "age":
        return labels["age"]
    if unit == "topup":
        return tr("Aufstockung möglich / Aufgestockt")
    return labels.get(unit, unit)


def readable(kind: str, unit: str, value: Any, reasons: dict[str, str]) -> Any:
    """A value as it reads in the template: ja/nein, TT.MM.JJJJ, the reason's text; ``None``
    for empty or deleted."""
    if unit == EXISTS:
        return tr("vorhanden") if value else None
    if not isinstance(value, dict):
        return value
    model = MODELS[kind]
    labels = field_labels()

    def one(name: str, plain: Any) -> Any:
        if plain is None:
            return None
        if name == "reason_id":
            return reasons.get(plain, plain)
        typed = decode(model, name, json.dumps(plain))
        if isinstance(typed, bool):
            return format_yes_no(typed)
        if isinstance(typed, date):
            return format_date(typed)
        return typed

    if unit == "age":
        return one("age_years", value.get("age_years"))
    fields = [f for f in UNIT_BY_NAME[(kind, unit)].fields if f != "implied_mask"]
    if len(fields) == 1:
        return one(fields[0], value.get(fields[0]))
    return {labels.get(name, name): one(name, value.get(name)) for name in fields}


def _conflict(fid: str, key: tuple[str, str], heads: list[Head], side: FamilySide, lineage: Lineage,
              view: SideView, reasons: dict[str, str]) -> Conflict:
    record_id, unit = key
    kind = lineage.kind[record_id]
    family = _names(side, view, fid).get("code", "?")
    what = f"{_subject(side, view, lineage, record_id)}: {_unit_label(kind, unit)}"
    values = [{"value": readable(kind, unit, h.value, reasons), "by": h.actor, "at": h.at.isoformat()}
              for h in heads]
    return Conflict(conflict_id(record_id, unit), family, what, values[0]["value"], values, fid, record_id, kind,
                    unit, tuple(heads))


def settle(db: Database, family_ids) -> None:
    """Forget what a sync stored for units a later edit here has decided (the grid's own edit of
    a conflicting cell), so the family list's marks follow at once; merging ignores such rows
    anyway. Cheap when a family has none (one indexed query)."""
    table = table_of(SyncHead)
    ids = [uuid.UUID(str(i)) for i in family_ids]
    if not ids or db.read_only:
        return
    with db.session() as session:
        if session.execute(sa.select(table.c.id).where(table.c.family_id.in_(ids)).limit(1)).first() is None:
            return
    with db.transaction() as session:
        aliases = read_aliases(session)
        wanted = {aliases(str(i)) or str(i) for i in ids}
        for side in read_families(session, wanted, aliases).values():
            view = SideView(side, Lineage([side], aliases), aliases)
            for record_id, unit in side.stored:
                if view.superseded((record_id, unit)):
                    session.execute(sa.delete(table).where(table.c.record_id == uuid.UUID(record_id),
                                                           table.c.unit == unit))


def find_conflict(session: Session, wanted: str) -> Conflict:
    for conflict in open_conflicts(session):
        if conflict.id == wanted:
            return conflict
    raise ValidationError(tr("Keinen offenen Konflikt mit der Nummer „{id}“ gefunden (siehe „conflicts“).").format(
        id=wanted))


def resolve(db: Database, wanted: str, take: int) -> Conflict:
    """Decide conflict ``wanted`` for its value number ``take`` (0-based), as an edit of this database."""
    with db.transaction() as session:
        return resolve_in(session, wanted, take)


def resolve_in(session: Session, wanted: str, take: int) -> Conflict:
    """:func:`resolve` inside the caller's transaction (the window's one path for changes, so
    Strg+Z undoes it: the ``resolve`` row keeps the heads it replaced, and undo lists them again)."""
    conflict = find_conflict(session, wanted)
    if not 0 <= take < len(conflict.heads):
        raise ValidationError(tr("Der Konflikt „{id}“ hat die Werte 0 bis {last}; {take} gibt es nicht.").format(
            id=wanted, last=len(conflict.heads) - 1, take=take))
    value = conflict.heads[take].value
    _apply(session, conflict, value)
    _decided(session, conflict, value)
    return conflict


def decide_typed(session: Session, wanted: str, text: str) -> Conflict:
    """Decide conflict ``wanted`` with a value typed anew (neither side's), checked exactly as
    the grid checks it — for a single field of a record that is there; a journey, Aufstockung
    or a record's existence are decided by taking one of the values."""
    conflict = find_conflict(session, wanted)
    model = MODELS[conflict.record_type]
    obj = session.get(model, uuid.UUID(conflict.record_id))
    change = _TYPED.get(conflict.record_type)
    unit = UNIT_BY_NAME.get((conflict.record_type, conflict.unit))
    if obj is None or change is None or unit is None or conflict.unit not in change[1]:
        raise ValidationError(tr("Hier bitte einen der Werte nehmen; einen eigenen Wert gibt es für "
                                 "„{what}“ nicht.").format(what=conflict.what))
    change[0](session, obj, conflict.unit, text)
    session.flush()
    value = {name: _plain(getattr(obj, name)) for name in unit.fields}
    _decided(session, conflict, value)
    return conflict


#: Record type → how a typed value is set (the edit functions the grid uses) and for which units.
_TYPED: dict[str, tuple[Any, tuple[str, ...]]] = {
    "family": (edits.update_family, ("code", "location", "coach", "created_on", "migration_background",
                                     "parenting_status")),
    "child": (lambda s, obj, unit, text: edits.update_child(s, obj, unit, text), ("name", "age", "facility")),
    "person": (lambda s, obj, unit, text: edits.update_person(s, obj, unit, text), ("name", "age")),
    "but_entry": (lambda s, obj, unit, text: edits.set_note(obj, text), ("note",)),
    "minijob": (lambda s, obj, unit, text: edits.set_minijob(obj, unit, text),
                ("employer", "started_on", "searched", "found", "approached", "sustainable", "note_searched",
                 "note_found", "note_approached", "note_topup", "note_sustainable")),
}


def _decided(session: Session, conflict: Conflict, value: Any) -> None:
    """The decision's own history row (with the heads it replaced), then the family written anew."""
    decision = {"unit": conflict.unit, "value": value, "heads": [h.as_json() for h in conflict.heads]}
    write_rows(session, [change_row(conflict.record_type, uuid.UUID(conflict.record_id),
                                    uuid.UUID(conflict.family_id), RESOLVE_ACTION,
                                    new_value=json.dumps(decision, ensure_ascii=False))], utcnow())
    session.flush()
    rematerialise(session, conflict.family_id)


def _apply(session: Session, conflict: Conflict, value: Any) -> None:
    """The chosen value through the ORM, so the history has its rows (an absent record comes
    back with :func:`rematerialise`)."""
    model = MODELS[conflict.record_type]
    obj = session.get(model, uuid.UUID(conflict.record_id))
    if obj is None:
        return
    if conflict.unit == EXISTS:
        if not value:
            session.delete(obj)
        return
    for name, plain in (value or {}).items():
        typed = decode(model, name, None if plain is None else json.dumps(plain))
        if getattr(obj, name) != typed:
            setattr(obj, name, typed)
    session.flush()


def rematerialise(session: Session, family_id: str) -> None:
    """Write one family as its units say, after a decision on this database alone."""
    aliases = read_aliases(session)
    side = read_families(session, {family_id}, aliases)[family_id]
    txns = txn_ids(session)
    merged = merge_family(side, side, txns, txns, aliases)
    present = applying.family_ids_present(session, aliases.ids_of(family_id))
    others = {str(i): code for i, code in session.execute(sa.select(table_of(Family).c.id, table_of(Family).c.code))
              if aliases(str(i)) != family_id}
    separate_codes({family_id: merged}, others)
    applying.write_families(session, [(side, merged, present)])
    applying.write_heads(session, {family_id: merged}, {uuid.UUID(i) for i in aliases.ids_of(family_id)})
