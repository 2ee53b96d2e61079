"""The access record (issue 14): every time data leave the program — the internal exchange
workbook, the report for the Jobcenter, a family's history as a sheet, a family printed or saved
as a PDF — one history row says who, what kind, with which filters, how many families, and into
which file (its name only).

The rows are history rows of their own kind (:data:`~.rows.ACCESS_RECORD`, no family): they
change no record, so they are in no family's history and in no past (``--as-of``); the window
lists them under Bearbeiten → Zugriffe. A command that only reads opens the database read-only;
its row is then written through a short connection of its own — an append that cannot clash
with anyone's edit. Where even that is impossible (a read-only medium), :func:`record_access`
says so instead of failing the export, which is already written.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import sqlalchemy as sa
from sqlmodel import col

from userjourney.core.errors import UserError
from userjourney.core.history.rows import ACCESS_RECORD, change_row, write_rows
from userjourney.core.i18n import tr
from userjourney.core.storage.database import Database, open_database
from userjourney.core.storage.models import Change, new_id, utcnow

#: the kinds of access (the history row's ``action``)
KINDS = ("export", "report", "verlauf", "druck")


@dataclass(frozen=True)
class Access:
    """One row of the access record."""

    at: datetime
    actor: str
    kind: str
    filters: str
    families: int
    file: str

    @property
    def kind_text(self) -> str:
        texts = {"export": tr("Datenaustausch (intern)"), "report": tr("Bericht für das Jobcenter"),
                 "verlauf": tr("Verlauf einer Familie"), "druck": tr("Ausdruck einer Familie")}
        return texts.get(self.kind, self.kind)


def record_access(database: Database, kind: str, *, filters: str, families: int, file: Path | str) -> str | None:
    """Write the row; ``None`` when written, else why not (in German, to be shown)."""
    if kind not in KINDS:
        raise ValueError(kind)
    value = json.dumps({"filters": filters, "families": families, "file": Path(file).name}, ensure_ascii=False)
    row = change_row(ACCESS_RECORD, new_id(), None, kind, new_value=value)
    try:
        if database.read_only and database.path is not None:
            with open_database(database.path, actor=database.actor) as writable, writable.transaction() as session:
                write_rows(session, [row], utcnow())
        else:
            with database.transaction() as session:
                write_rows(session, [row], utcnow())
    except UserError as exc:
        return tr("Der Zugriff konnte nicht vermerkt werden: {why}").format(why=exc.message)
    return None


def access_log(database: Database, limit: int = 1000) -> list[Access]:
    """The newest ``limit`` rows, newest first."""
    with database.session() as session:
        rows = session.execute(
            sa.select(col(Change.at), col(Change.actor), col(Change.action), col(Change.new_value))
            .where(col(Change.record_type) == ACCESS_RECORD).order_by(col(Change.id).desc()).limit(limit)).all()
    out = []
    for row in rows:
        value = json.loads(row.new_value or "{}")
        out.append(Access(row.at, row.actor, row.action, value.get("filters", ""), int(value.get("families", 0)),
                          value.get("file", "")))
    return out

