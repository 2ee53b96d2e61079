"""A family's change history as people read it: who changed what, when, from what to what.

The ``change`` table (:mod:`userjourney.core.history`) stores column names, JSON values and
record ids — complete, but not readable. This module replays one family's rows in order,
keeping each record's state as of that moment, so every row can say *which* child or entry it
was about even if that child was renamed or removed later ("Jan · Lernförderung"), with the
forms' labels ("Antrag gestellt") and values as the grids show them ("ja", "01.02.2022",
the reason's text instead of its id).

Filtering (who, a text, a period) happens on the readable rows, so it matches what is shown.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlmodel import col

from userjourney.core import values
from userjourney.core.history.rows import DATABASE_RECORD, PURGE_ACTION, RESOLVE_ACTION, RESTORE_ACTION
from userjourney.core.i18n import counted, tr
from userjourney.core.storage.models import Change, Reason
from userjourney.core.vocab import STEPS, SUPPORT_STEPS, field_labels, shown


@dataclass(frozen=True)
class AuditRow:
    """One readable line of a family's history."""

    at: datetime
    actor: str
    #: What the change was about: "Familie", "Jan", "Jan · Lernförderung", "Mia Müller · Minijob" …
    subject: str
    #: "angelegt", "geändert", "gelöscht"
    action: str
    #: The form's label of the changed field ("Antrag gestellt"), empty for whole records.
    field: str
    old: str
    new: str
    txn_id: uuid.UUID

    def matches(self, text: str) -> bool:
        needle = text.casefold()
        return any(needle in part.casefold() for part in (self.actor, self.subject, self.field, self.old, self.new))


#: Bookkeeping columns that are not shown (they change along with a visible one).
HIDDEN_FIELDS = frozenset({"implied_mask", "position", "id", "family_id", "child_id", "entry_id", "person_id", "area"})
ACTIONS = {"insert": "angelegt", "update": "geändert", "delete": "gelöscht", RESTORE_ACTION: "wiederhergestellt",
           PURGE_ACTION: "auf Antrag gelöscht", RESOLVE_ACTION: "Konflikt entschieden"}


def family_history(
    session: Session,
    family_id: uuid.UUID,
    *,
    actor: str | None = None,
    text: str | None = None,
    since: date | None = None,
    until: date | None = None,
) -> list[AuditRow]:
    """The readable history of one family, newest first, optionally filtered.

    Restores of the whole database since the family's first change are part of it: the
    family's state may have jumped back there.
    """
    first = sa.select(sa.func.min(col(Change.id))).where(col(Change.family_id) == family_id).scalar_subquery()
    mine = col(Change.family_id) == family_id
    restores = sa.and_(col(Change.record_type) == DATABASE_RECORD, col(Change.id) > first)
    changes = list(session.scalars(sa.select(Change).where(sa.or_(mine, restores)).order_by(col(Change.id))))
    reasons = {r.id: r.text for r in session.scalars(sa.select(Reason))}
    rows = _Replay(reasons).rows(changes)
    rows.reverse()
    if actor:
        rows = [r for r in rows if r.actor == actor]
    if text and text.strip():
        rows = [r for r in rows if r.matches(text.strip())]
    if since is not None:
        rows = [r for r in rows if r.at.astimezone().date() >= since]
    if until is not None:
        rows = [r for r in rows if r.at.astimezone().date() <= until]
    return rows


def actors(session: Session, family_id: uuid.UUID) -> list[str]:
    """Who changed this family, A–Z (for the filter)."""
    stmt = sa.select(col(Change.actor)).where(col(Change.family_id) == family_id).distinct().order_by(col(Change.actor))
    return list(session.scalars(stmt))


class _Replay:
    """Walks a family's change rows in order, remembering every record's latest values."""

    def __init__(self, reasons: dict[uuid.UUID, str]) -> None:
        self.reasons = reasons
        self.labels = field_labels()
        self.state: dict[str, dict[str, Any]] = {}  # record id → latest known columns
        self.kind: dict[str, str] = {}  # record id → table

    def rows(self, changes: list[Change]) -> list[AuditRow]:
        out = []
        for change in changes:
            key = str(change.record_id)
            if change.record_type == DATABASE_RECORD:
                out.append(self._database_row(change))
                continue
            self.kind[key] = change.record_type
            if change.action == RESOLVE_ACTION:
                out.append(self._decision(change, key))
                continue
            if change.action == "insert":
                self.state[key] = json.loads(change.new_value or "{}")
            elif change.action == "delete":
                self.state[key] = json.loads(change.old_value or "{}")
            elif change.field in HIDDEN_FIELDS:
                self.state.setdefault(key, {})[change.field or ""] = _json(change.new_value)
                continue
            row = self._row(change, key)
            if change.action == "update":
                self.state.setdefault(key, {})[change.field or ""] = _json(change.new_value)
            if row is not None:
                out.append(row)
        return out

    def _row(self, change: Change, key: str) -> AuditRow | None:
        kind = change.record_type
        action = tr(ACTIONS[change.action])
        if change.action == "update":
            name = change.field or ""
            field = self.labels.get(name, name)
            old = self._value(name, _json(change.old_value))
            new = self._value(name, _json(change.new_value))
        else:
            field = ""
            summary = self._summary(kind, self.state[key])
            old, new = (summary, "") if change.action == "delete" else ("", summary)
        return AuditRow(change.at, change.actor, self._subject(kind, key), action, field, old, new, change.txn_id)

    def _decision(self, change: Change, key: str) -> AuditRow:
        """A conflict from a synchronisation, decided: which unit, and the value taken."""
        data = _json(change.new_value) or {}
        unit, value = data.get("unit", ""), data.get("value")
        if unit == "exists":
            field, new = tr("Eintrag"), tr("behalten") if value else tr("gelöscht")
        elif isinstance(value, dict):
            shown = {name: v for name, v in value.items() if name not in HIDDEN_FIELDS and name != "age_recorded_on"}
            field = ", ".join(self.labels.get(name, name) for name in shown)
            new = ", ".join(self._value(name, v) for name, v in shown.items())
        else:
            field, new = self.labels.get(unit, unit), self._value(unit, value)
        if data.get("reopen"):  # the decision undone: the competing values stand again
            action, new = tr("Konflikt wieder offen"), ""
        else:
            action = tr(ACTIONS[RESOLVE_ACTION])
        return AuditRow(change.at, change.actor, self._subject(change.record_type, key), action,
                        field, "", new, change.txn_id)

    def _database_row(self, change: Change) -> AuditRow:
        """A restore: the backup it came from, and where the replaced state was kept. An
        erasure: only that one happened (not of which family)."""
        if change.action == PURGE_ACTION:
            return AuditRow(change.at, change.actor, tr("Datenbank"), tr(ACTIONS[PURGE_ACTION]), "", "",
                            tr("eine Familie mit ihrem Verlauf (DSGVO Art. 17)"), change.txn_id)
        backup = (_json(change.new_value) or {}).get("file") or ""
        aside = (_json(change.old_value) or {}).get("file") or ""
        old = tr("vorheriger Stand in {file}").format(file=aside) if aside else ""
        new = tr("aus Sicherung {file}").format(file=backup)
        return AuditRow(change.at, change.actor, tr("Datenbank"), tr(ACTIONS.get(change.action, change.action)),
                        "", old, new, change.txn_id)

    # -- what a row is about ---------------------------------------------------------------
    def _subject(self, kind: str, key: str) -> str:
        data = self.state.get(key, {})
        if kind == "family":
            return tr("Familie")
        if kind in ("child", "person"):
            return data.get("name", "?")
        if kind == "but_entry":
            return f"{self._name(data.get('child_id'))} · {shown(data.get('area', '?'))}"
        if kind == "but_detail":
            entry = self.state.get(str(data.get("entry_id")), {})
            return f"{self._name(entry.get('child_id'))} · {shown(entry.get('area', '?'))}"
        if kind == "minijob":
            return f"{self._name(data.get('person_id'))} · {tr('Minijob')}"
        return kind

    def _name(self, record_id) -> str:
        return self.state.get(str(record_id), {}).get("name", "?")

    def _summary(self, kind: str, data: dict[str, Any]) -> str:
        if kind == "family":
            return data.get("code", "")
        if kind == "child":
            parts = [data.get("name", ""), _age(data), data.get("facility") or ""]
            return ", ".join(p for p in parts if p)
        if kind == "person":
            return ", ".join(p for p in (data.get("name", ""), _age(data)) if p)
        if kind == "but_detail":
            return data.get("item", "")
        if kind == "but_entry":
            answers = [values.format_yes_no(data.get(s.field)) or "–" for s in STEPS]
            return " / ".join(answers) if any(data.get(s.field) is not None for s in STEPS) else tr(
                "noch keine Angaben")
        if kind == "minijob":
            levels = [data.get(s.field) for s in SUPPORT_STEPS]
            return " / ".join(str(level or "–") for level in levels) if any(levels) else tr("noch keine Angaben")
        return ""

    def _value(self, field: str, value: Any) -> str:
        if value is None:
            return tr("leer")
        if field == "reason_id":
            return self.reasons.get(uuid.UUID(value), tr("(gelöschter Grund)"))
        if isinstance(value, bool):
            return values.format_yes_no(value)
        if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
            try:
                return values.format_date(date.fromisoformat(value))
            except ValueError:
                return value
        return str(value)


def _json(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def _age(data: dict[str, Any]) -> str:
    age = data.get("age_years")
    return "" if age is None else counted(age, tr("1 Jahr"), tr("{age} Jahre")).format(age=age)
