"""The change history for code that writes in bulk with SQL Core instead of the ORM."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session
from sqlmodel import SQLModel

from userjourney.core.history.codec import encode, snapshot_json
from userjourney.core.history.rows import (
    KEEP_UPDATED,
    UNTRACKED_FIELDS,
    change_row,
    touch_families,
    write_rows,
)
from userjourney.core.storage.bulk import insert_many
from userjourney.core.storage.models import tablename_of, utcnow


class ChangeWriter:
    """The change history for code that writes with SQL Core in bulk instead of the ORM.

    The ORM listeners cost a few hundred microseconds per record, far too much for an
    import of 100,000 rows. Code that writes with ``insert``/``update``/``delete``
    ``executemany`` reports each change here instead; the writer produces exactly the rows
    the listeners would (:func:`change_row`, :func:`snapshot_values`, the same transaction
    id, actor and time), writes them in chunks, and on :meth:`finish` sets Letzte
    Bearbeitung of every changed family (except the ones created here, which keep theirs)
    and registers the families for :func:`last_commit` and the commit subscribers.

    Use it inside the session's transaction; a rollback drops its rows with everything else::

        writer = ChangeWriter(session)
        connection.execute(sa.insert(table_of(Family)), rows)
        for row in rows:
            writer.inserted(Family, row, row["id"])
        writer.finish()
    """

    def __init__(self, session: Session, *, chunk: int = 5000) -> None:
        self.session = session
        self.chunk = chunk
        self.now = utcnow()
        self.rows: list[dict[str, Any]] = []
        self.families: set[uuid.UUID] = set()
        self.written = 0
        self._names: dict[type[SQLModel], str] = {}

    def _add(self, row: dict[str, Any]) -> None:
        self.rows.append(row)
        if len(self.rows) >= self.chunk:
            self.flush()

    def _name(self, model: type[SQLModel]) -> str:
        name = self._names.get(model)
        if name is None:
            name = self._names[model] = tablename_of(model)
        return name

    def inserted(self, model: type[SQLModel], values: Mapping[str, Any], family_id: uuid.UUID | None) -> None:
        """A record was inserted with these column values (all of them, defaults included)."""
        new = snapshot_json(model, values)
        self._add(change_row(self._name(model), values["id"], family_id, "insert", new_value=new))

    def deleted(self, model: type[SQLModel], values: Mapping[str, Any], family_id: uuid.UUID | None) -> None:
        """A record with these column values was deleted."""
        old = snapshot_json(model, values)
        self._add(change_row(self._name(model), values["id"], family_id, "delete", old_value=old))

    def updated(
        self,
        model: type[SQLModel],
        record_id: uuid.UUID,
        family_id: uuid.UUID | None,
        changes: Mapping[str, tuple[Any, Any]],
    ) -> None:
        """Columns of a record changed: ``changes`` maps a column to ``(old, new)``."""
        for name, (old, new) in changes.items():
            if name in UNTRACKED_FIELDS or old == new:
                continue
            self._add(
                change_row(
                    self._name(model), record_id, family_id, "update",
                    field=name, old_value=encode(old), new_value=encode(new),
                )
            )

    def flush(self) -> None:
        """Write the rows collected so far."""
        if self.rows:
            self.families |= write_rows(self.session, self.rows, self.now, insert_many)
            self.written += len(self.rows)
            self.rows = []

    def finish(self) -> None:
        """Write what is left and set Letzte Bearbeitung of the changed families."""
        self.flush()
        keep = self.session.info.get(KEEP_UPDATED, set())
        touch_families(self.session, self.session.connection(), self.families - keep, self.now)
