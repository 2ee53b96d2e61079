"""``sync OTHER``: two databases made one, in both directions (exchange-format §6).

The steps, each database in one transaction of its own (all or nothing on each side):

1. Which transactions each has that the other lacks — transaction ids are global, so this is
   a set difference; their history rows are what travels.
2. Families erased on either side (``purge``) are erased on the other and travel no further.
3. Families created on both sides under the same code, then their children, adults, entries
   … created on both under the same human key, become one record (:mod:`.matching`).
4. Every family a missing transaction touched is merged unit by unit (:mod:`.merging`) and
   written to both databases with the history rows the other lacked (:mod:`.applying`).

The other database's transaction commits first. A sync killed before that commit leaves both
as they were; one killed between the two commits leaves the other database completely
synchronised and this one as it was — and the next sync finds exactly what is still missing.
On PostgreSQL the family table is locked for the sync's short write (every edit writes its
family's Letzte Bearbeitung), so no edit commits between reading and writing.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.orm import Session

from userjourney.core.errors import UserError
from userjourney.core.history.rows import DATABASE_RECORD, PURGE_ACTION
from userjourney.core.i18n import counted, tr
from userjourney.core.storage.database import Database
from userjourney.core.storage.models import Change, Family, SyncHead, table_of
from userjourney.core.sync import applying
from userjourney.core.sync.matching import match_families, match_reasons, match_records, recanonical
from userjourney.core.sync.merging import Head, Lineage, Merged, SideView, merge_family, separate_codes, taken_over
from userjourney.core.sync.reading import (
    Aliases,
    FamilySide,
    read_aliases,
    read_families,
    reasons,
    rows_of_txns,
    txn_ids,
)


@dataclass
class Direction:
    """What one database received."""

    history_rows: int = 0
    families: int = 0
    reasons: int = 0
    #: Reasons whose setting "hidden from the reason editor" was taken over.
    hidden: int = 0
    erased: int = 0


@dataclass
class SyncResult:
    here: str
    there: str
    into_here: Direction = field(default_factory=Direction)
    into_there: Direction = field(default_factory=Direction)
    #: Conflicts open after the sync that were not open on either database before.
    new_conflicts: int = 0
    open_conflicts: int = 0
    #: The new conflicts as people read them: "Familie Schmidt · Kind Lena: Alter".
    new_conflict_names: list[str] = field(default_factory=list)
    #: Only a preview: both databases were left as they were.
    preview: bool = False

    @property
    def changed(self) -> bool:
        return any((self.into_here.history_rows, self.into_there.history_rows, self.into_here.families,
                    self.into_there.families, self.into_here.erased, self.into_there.erased,
                    self.into_here.hidden, self.into_there.hidden))

    def describe(self) -> list[str]:
        """One line per direction (what was taken over), one for the conflicts."""
        lines = []
        for where, direction in ((tr("In diese Datenbank ({db})").format(db=self.here), self.into_here),
                                 (tr("In die andere ({db})").format(db=self.there), self.into_there)):
            parts = [counted(n, one, many).format(n=n) for n, one, many in (
                (direction.families, tr("1 Familie übernommen oder geändert"), tr("{n} Familien übernommen oder geändert")),
                (direction.history_rows, tr("1 Zeile Verlauf"), tr("{n} Zeilen Verlauf")),
                (direction.reasons, tr("1 neuer Grund"), tr("{n} neue Gründe")),
                (direction.hidden, tr("1 Grund aus- oder wieder eingeblendet"),
                 tr("{n} Gründe aus- oder wieder eingeblendet")),
                (direction.erased, tr("1 auf Antrag gelöschte Familie entfernt"),
                 tr("{n} auf Antrag gelöschte Familien entfernt"))) if n]
            lines.append(f"{where}: {', '.join(parts) if parts else tr('nichts')}")
        lines.append(tr("Neue Konflikte: {new} (offen insgesamt: {open})").format(
            new=self.new_conflicts, open=self.open_conflicts))
        return lines


def _lock(session: Session) -> None:
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql("LOCK TABLE family IN SHARE ROW EXCLUSIVE MODE")


def _purged(rows: list[sa.Row]) -> set[str]:
    out: set[str] = set()
    for row in rows:
        if row.record_type == DATABASE_RECORD and row.action == PURGE_ACTION and row.new_value:
            out |= set(json.loads(row.new_value).get("families", ()))
    return out


def _families(session: Session) -> dict[str, str]:
    table = table_of(Family)
    return {str(i): code for i, code in session.execute(sa.select(table.c.id, table.c.code))}


def _knows(session: Session, families: dict[str, str], aliases: Aliases) -> Callable[[str], bool]:
    """Whether this database has a family or any history of it (asked only for families whose
    code meets another's, so rarely)."""
    change = table_of(Change)

    def knows(fid: str) -> bool:
        ids = aliases.ids_of(fid)
        if ids & families.keys():
            return True
        return session.execute(sa.select(change.c.id).where(
            change.c.family_id.in_([uuid.UUID(i) for i in ids])).limit(1)).first() is not None

    return knows


_NUMBERED = re.compile(r" \(\d+\)$")


def _same_code(touched: set[str], *tables: dict[str, str], aliases: Aliases | None = None) -> set[str]:
    """Families that share a code with a touched one ("A", "A (2)"): which of them keeps the code
    is decided anew with them (:func:`~.merging.separate_codes`)."""
    assert aliases is not None
    codes = {_NUMBERED.sub("", code) for table in tables for fid, code in table.items() if aliases(fid) in touched}
    return {aliases(fid) or fid for table in tables for fid, code in table.items() if _NUMBERED.sub("", code) in codes}


def _renamed(session: Session) -> set[str]:
    """Families shown under a code not their own ("A (2)" beside another "A"): their code is
    stored as a head. They are merged in every sync, so that once the other "A" is gone —
    deleted on a database where no sync saw both — every database gives the code back alike."""
    heads = table_of(SyncHead)
    return {str(i) for (i,) in session.execute(
        sa.select(heads.c.record_id).where(heads.c.record_type == "family", heads.c.unit == "code"))}


def _open_keys(sides: dict[str, FamilySide]) -> set[tuple[str, str]]:
    return {key for side in sides.values() for key, stored in side.stored.items() if stored.open}


class _Preview(Exception):
    """Raised at the end of a preview, so both transactions roll back."""


def synchronise(here: Database, there: Database, *, preview: bool = False, progress=None) -> SyncResult:
    """Merge ``here`` and ``there`` both ways (module docstring). ``preview``: everything is
    done and counted, then both transactions roll back — what the window shows before asking."""
    if here.describe() == there.describe():
        raise UserError(tr("Eine Datenbank kann nicht mit sich selbst abgeglichen werden."))
    result = SyncResult(here.describe(), there.describe(), preview=preview)
    try:
        with ExitStack() as stack:
            a = stack.enter_context(here.transaction())
            b = stack.enter_context(there.transaction())  # committed first: it leaves the stack first
            _lock(a)
            _lock(b)
            _synchronise(a, b, result)
            if preview:
                raise _Preview
    except _Preview:
        pass
    return result


def _synchronise(a: Session, b: Session, result: SyncResult) -> None:
    aliases = read_aliases(a)
    have_a, have_b = Aliases(aliases.pairs), read_aliases(b)
    for alias, (kept_id, kind) in have_b.pairs.items():
        aliases.add(alias, kept_id, kind)
    txns_a, txns_b = txn_ids(a), txn_ids(b)
    rows_a = rows_of_txns(a, txns_a - txns_b)  # what b lacks
    rows_b = rows_of_txns(b, txns_b - txns_a)

    erased = _purged(rows_a) | _purged(rows_b)
    result.into_there.erased = applying.erase_families(b, erased)
    result.into_here.erased = applying.erase_families(a, erased)

    families_a, families_b = _families(a), _families(b)
    match_families({aliases(k) or k: v for k, v in families_a.items()},
                   {aliases(k) or k: v for k, v in families_b.items()},
                   _knows(a, families_a, aliases), _knows(b, families_b, aliases), aliases)

    # the reason catalogue: one id per Bereich and text, the smaller
    reasons_a, reasons_b = reasons(a), reasons(b)
    merged_reasons = match_reasons(reasons_a, reasons_b, aliases)

    touched = {aliases(str(row.family_id)) or "" for row in (*rows_a, *rows_b) if row.family_id is not None}
    touched -= {aliases(i) for i in erased}
    touched |= {aliases(fid) or fid for fid in _renamed(a) | _renamed(b)} - {aliases(i) or i for i in erased}
    touched |= _same_code(touched, families_a, families_b, aliases=aliases)
    result.into_here.reasons, result.into_here.hidden = applying.write_reasons(a, reasons_a, merged_reasons)
    result.into_there.reasons, result.into_there.hidden = applying.write_reasons(b, reasons_b, merged_reasons)

    sides_b = read_families(b, touched, aliases)
    new_to_b = {fid for fid, side in sides_b.items() if not (side.rows or side.records or side.stored)}
    sides_a = read_families(a, touched, aliases, without_history=new_to_b)
    open_before = _open_keys(sides_a) | _open_keys(sides_b)
    merged: dict[str, Merged] = {}
    for fid in sorted(touched):
        side_a, side_b = sides_a[fid], sides_b[fid]
        for only, empty in ((side_a, side_b), (side_b, side_a)):
            if not (empty.rows or empty.records or empty.stored):  # new to the other side: taken as it is
                merged[fid] = taken_over(only, aliases)
                break
        if fid in merged:
            continue
        if match_records(side_a, side_b, aliases):
            side_a, side_b = recanonical(side_a, aliases), recanonical(side_b, aliases)
            sides_a[fid], sides_b[fid] = side_a, side_b
        merged[fid] = merge_family(side_a, side_b, txns_a, txns_b, aliases)
    def code_heads(fid: str) -> list[Head]:
        session = a if fid in new_to_b else b  # the side a family taken over came from
        side = read_families(session, {fid}, aliases)[fid]
        return SideView(side, Lineage([side], aliases), aliases).heads((fid, "code"))

    separate_codes(merged, {k: v for k, v in families_a.items() if aliases(k) not in touched}, code_heads)
    applying.write_aliases(a, aliases, have_a)
    applying.write_aliases(b, aliases, have_b)

    for session, sides, rows, direction in ((b, sides_b, rows_a, result.into_there),
                                            (a, sides_a, rows_b, result.into_here)):
        erased_canonical = {aliases(i) or i for i in erased}
        direction.history_rows = applying.copy_history(session, rows, aliases, erased_canonical)
        raw_ids = {raw for fid in touched for raw in aliases.ids_of(fid)}
        present: dict[str, set[str]] = {}
        for raw in applying.family_ids_present(session, raw_ids):
            present.setdefault(aliases(raw) or raw, set()).add(raw)
        direction.families = applying.write_families(session, [
            (sides[fid], merged[fid], present.get(fid, set())) for fid in sorted(touched)])
        applying.write_heads(session, merged, {uuid.UUID(i) for i in raw_ids})
        session.flush()
    from userjourney.core.sync.conflicts import open_conflicts

    listed = open_conflicts(a)
    new = [c for c in listed if (c.record_id, c.unit) not in open_before]
    result.new_conflicts = len(new)
    result.open_conflicts = len(listed)
    result.new_conflict_names = [tr("Familie {family} · {what}").format(family=c.family, what=c.what) for c in new]
