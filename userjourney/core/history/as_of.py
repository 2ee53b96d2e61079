"""The database as it was at a past moment, rebuilt from the change history — in SQL.

Every insert writes the whole record into the history (``new_value``, JSON), every update one
field with its old and new value, every delete the whole record (``old_value``). The history's
order is its row id (rows are numbered as they are written); a moment *T* cuts it at the newest
row written up to *T*. The state at the cut is rebuilt into *temporary tables of the same names*
(``family``, ``child``, …), which shadow the real ones for unqualified names on that one
connection — SQLite searches its ``temp`` schema first, PostgreSQL ``pg_temp`` — so the summary,
the drill-down, the export and the report run *unchanged* on the past state.

Two ways there, whichever has fewer history rows to read (:meth:`PastState.move_to`):

* **back from the present** — copy the present tables, then undo what was written after the cut:
  per (record, field) the *earliest* row after it gives the value at the cut (an update's
  ``old_value``; a record whose earliest record row is an insert did not exist yet, one whose
  earliest is a delete existed as the delete recorded it);
* **forward** — from empty (or from an earlier cut), apply what was written up to the cut: per
  (record, field) the *latest* row gives the value (a record's latest insert brings the whole
  record, a latest delete removes it, later updates override fields).

Either way each step is a handful of set operations per table — ``GROUP BY`` over a range of
row ids, ``DELETE``/``INSERT … SELECT``/``UPDATE … FROM`` — never a replay row by row. Moving
forward from cut to cut is how :mod:`userjourney.core.summary.trend` walks 24 months reading
each history row once.

Reasons are a catalogue without history: the current texts count. *Letzte Bearbeitung* (not
itself logged) is kept from the present going back, or the time of the record's insert going
forward. JSON is read with ``json_extract`` on SQLite and ``jsonb_extract_path_text``/``#>>`` on PostgreSQL — the only
place the two are written differently (:func:`_member`, :func:`_root`).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlmodel import col

from userjourney.core.history.rows import ACCESS_RECORD, DATABASE_RECORD, RESOLVE_ACTION
from userjourney.core.storage.database import Database
from userjourney.core.storage.models import TRACKED_MODELS, Change, UtcDateTime, table_of

#: Derived columns, not logged.
DERIVED = frozenset({"updated_at"})
#: Free texts nothing counts: left empty in a past built ``for_counting`` (the summary, the
#: drill-down, the trend), whose history rows are then not even read.
FREE_TEXT = frozenset({"note", "employer", "note_searched", "note_found", "note_approached", "note_topup",
                       "note_sustainable"})
#: Columns of the shadow tables that get an index (the joins of the summary and the updates here).
INDEXED = frozenset({"id", "family_id", "child_id", "entry_id", "person_id"})


@contextmanager
def as_of_session(database: Database, moment: datetime, *, for_counting: bool = False) -> Iterator[Session]:
    """A read session that sees the database as it was at ``moment`` (timezone-aware);
    ``for_counting``: without the free texts (:data:`FREE_TEXT`), faster."""
    with past_state(database, for_counting=for_counting) as state:
        state.move_to(state.cut_at(moment))
        yield state.session


@contextmanager
def past_state(database: Database, *, for_counting: bool = False) -> Iterator[PastState]:
    """A :class:`PastState` on its own connection; leaving rolls back (drops the temp tables)."""
    with database.engine.connect() as connection:
        raw = connection.connection.driver_connection if connection.dialect.name == "sqlite" else None
        if raw is not None:  # the temporary tables in memory, not in a scratch file (outside a transaction)
            raw.execute("PRAGMA temp_store = MEMORY")
        transaction = connection.begin()
        try:
            state = PastState(connection, for_counting=for_counting)
            try:
                yield state
            finally:
                state.session.close()
        finally:
            transaction.rollback()
            if raw is not None:
                raw.execute("PRAGMA temp_store = DEFAULT")


class PastState:
    """Temporary tables holding the database as of a cut in the history; see the module docstring."""

    def __init__(self, connection: sa.Connection, *, for_counting: bool = False) -> None:
        self.connection = connection
        self.skipped = FREE_TEXT if for_counting else frozenset()
        self.dialect = connection.dialect.name
        schema = "main" if self.dialect == "sqlite" else connection.execute(sa.text("SELECT current_schema()")).scalar()
        self.metadata = sa.MetaData()
        change = table_of(Change)
        self.real_change = sa.Table("change", self.metadata, *(sa.Column(c.name, c.type) for c in change.columns),
                                    schema=schema, keep_existing=True)
        self.reals: dict[str, sa.Table] = {}
        self.pasts: dict[str, sa.Table] = {}
        for model in TRACKED_MODELS.values():
            real = table_of(model)
            self.reals[real.name] = sa.Table(real.name, self.metadata, *(sa.Column(c.name, c.type) for c in real.columns),
                                             schema=schema)
            past = sa.Table(real.name, self.metadata, *(sa.Column(c.name, c.type) for c in real.columns),
                            prefixes=["TEMPORARY"])
            past.create(connection)
            self.pasts[real.name] = past
        self._indexed: set[str] = set()
        self.rows = sa.Table(
            "uj_rows", self.metadata,
            sa.Column("record_id", change.c.record_id.type), sa.Column("record_type", sa.String(30)),
            sa.Column("field", sa.String(60)), sa.Column("id", sa.Integer), sa.Column("action", sa.String(10)),
            sa.Column("value", sa.Text), sa.Column("at", change.c.at.type),
            prefixes=["TEMPORARY"],
        )
        self.rows.create(connection)
        self._rows_indexed = False
        self.position: int | None = None  # the cut the tables hold; None: nothing built yet
        self.last = connection.execute(sa.select(sa.func.coalesce(sa.func.max(change.c.id), 0))).scalar_one()
        self.session = Session(bind=connection, expire_on_commit=False)

    # -- where to go ------------------------------------------------------------------------
    def cut_at(self, moment: datetime, since: int = 0) -> int:
        """The newest history row written up to ``moment`` (0: before the first). ``since``: a
        cut known to lie before ``moment`` (moving on in time), so only the rows after it are read."""
        change = self.real_change
        found = self.connection.execute(
            sa.select(sa.func.max(change.c.id))
            .where(change.c.id > since, change.c.at <= sa.bindparam("moment", moment, type_=UtcDateTime()))
        ).scalar_one()
        return since if found is None else found

    def cuts_at(self, moments: list[datetime]) -> list[int]:
        """:meth:`cut_at` for many moments in one pass over the history (a trend's periods)."""
        if not moments:
            return []
        change = self.real_change
        # Each row falls into the first of the sorted moments it lies before (a CASE stops at its
        # first match: half the comparisons of testing every moment); a moment's cut is the
        # newest row of its own bucket or any earlier one.
        order = sorted(range(len(moments)), key=lambda i: moments[i])
        bucket = sa.case(*((change.c.at <= sa.bindparam(f"m{rank}", moments[i], type_=UtcDateTime()), rank)
                           for rank, i in enumerate(order)), else_=None).label("bucket")
        newest = dict(self.connection.execute(
            sa.select(bucket, sa.func.max(change.c.id)).group_by(bucket)).all())
        cuts = [0] * len(moments)
        running = 0
        for rank, i in enumerate(order):
            running = max(running, newest.get(rank) or 0)
            cuts[i] = running
        return cuts

    def move_to(self, cut: int, via: str | None = None) -> None:
        """Make the tables hold the state at ``cut``, by the shorter way (``via``: "onward" from
        the cut held now, "back" from the present or "forward" from nothing — for tests)."""
        if via is None:
            onward = self.position is not None and cut >= self.position and cut - self.position <= self.last - cut
            via = "onward" if onward else "back" if self.last - cut < cut else "forward"
        if via == "onward" and self.position is not None:
            self._forward(self.position, cut)
        elif via == "back":
            self._clear()
            for name, past in self.pasts.items():
                kept = [c.name for c in past.columns if c.name not in self.skipped]
                self.connection.execute(sa.insert(past).from_select(
                    kept, sa.select(*(self.reals[name].c[k] for k in kept))))
            self._backward(cut)
        else:
            self._clear()
            self._forward(0, cut)
        self.position = cut

    def _index(self, name: str) -> None:
        """Index a table once it is filled (faster than keeping an index up to date while filling);
        the updates and the summary's joins need them."""
        if name in self._indexed:
            return
        for column in self.pasts[name].columns:
            if column.name in INDEXED:
                sa.Index(f"uj_{name}_{column.name}", column).create(self.connection)
        self._indexed.add(name)

    def _clear(self) -> None:
        for past in self.pasts.values():
            self.connection.execute(sa.delete(past))

    # -- the two directions -------------------------------------------------------------------
    def _collect(self, low: int, high: int, *, earliest: bool) -> None:
        """``uj_rows``: per (record, field) the earliest (or latest) history row in (low, high]."""
        change = self.real_change
        self.connection.execute(sa.delete(self.rows))
        pick = sa.func.min(change.c.id) if earliest else sa.func.max(change.c.id)
        chosen = (
            sa.select(pick.label("id"))
            .where(change.c.id > low, change.c.id <= high, change.c.record_type.not_in((DATABASE_RECORD, ACCESS_RECORD)),
                   change.c.action != RESOLVE_ACTION,
                   *([sa.or_(change.c.field.is_(None), change.c.field.not_in(sorted(self.skipped)))]
                     if self.skipped else []))
            .group_by(change.c.record_id, change.c.field)
            .subquery("chosen")
        )
        value = change.c.old_value if earliest else change.c.new_value
        rows = sa.select(change.c.record_id, change.c.record_type, change.c.field, change.c.id, change.c.action,
                         value, change.c.at).join_from(chosen, change, change.c.id == chosen.c.id)
        self.connection.execute(sa.insert(self.rows).from_select(
            ["record_id", "record_type", "field", "id", "action", "value", "at"], rows))
        if not self._rows_indexed:  # after the first, biggest fill
            sa.Index("uj_rows_record", self.rows.c.record_id, self.rows.c.field).create(self.connection)
            sa.Index("uj_rows_field", self.rows.c.record_type, self.rows.c.field).create(self.connection)
            self._rows_indexed = True

    def _forward(self, low: int, high: int) -> None:
        if high <= low:
            self._index_all()
            return
        self._collect(low, high, earliest=False)
        touched = self._touched()
        for name in self.pasts:
            fields = touched.get(name, set())
            if None in fields:
                record = self._record_rows(name)
                self._drop(name, record)  # deleted, or inserted anew (the insert brings all of it)
                self._insert_snapshots(name, record.where(self.rows.c.action == "insert"))
            self._index(name)
            self._update_fields(name, {f for f in fields if f is not None}, record_action=None)

    def _backward(self, cut: int) -> None:
        if cut >= self.last:
            self._index_all()
            return
        self._collect(cut, self.last, earliest=True)
        touched = self._touched()
        for name in self.pasts:
            fields = touched.get(name, set())
            if None in fields:
                record = self._record_rows(name)
                self._drop(name, record)  # not there yet (insert), or there as the delete recorded it
                self._insert_snapshots(name, record.where(self.rows.c.action == "delete"))
            self._index(name)
            self._update_fields(name, {f for f in fields if f is not None}, record_action="delete")

    def _touched(self) -> dict[str, set[str | None]]:
        """Per table, the fields with a chosen row (``None``: a record row) — one query, so a
        table nothing happened to costs no statement (a month of a trend touches few)."""
        touched: dict[str, set[str | None]] = {}
        for record_type, field in self.connection.execute(
                sa.select(self.rows.c.record_type, self.rows.c.field).distinct()):
            touched.setdefault(record_type, set()).add(field)
        return touched

    def _index_all(self) -> None:
        for name in self.pasts:
            self._index(name)

    # -- the set operations -------------------------------------------------------------------
    def _record_rows(self, name: str) -> sa.Select:
        """The chosen record rows (insert/delete, no field) of table ``name``."""
        rows = self.rows
        return sa.select(rows.c.record_id, rows.c.id, rows.c.value, rows.c.at).where(
            rows.c.record_type == name, rows.c.field.is_(None))

    def _drop(self, name: str, record: sa.Select) -> None:
        past = self.pasts[name]
        ids = record.with_only_columns(self.rows.c.record_id)
        self.connection.execute(sa.delete(past).where(past.c.id.in_(ids)))

    def _insert_snapshots(self, name: str, record: sa.Select) -> None:
        """Whole records from their snapshots (an insert's new_value, a delete's old_value)."""
        past = self.pasts[name]
        chosen = record.subquery("snapshot")
        values = [sa.type_coerce(chosen.c.record_id, past.c.id.type).label("id")]
        for column in past.columns:
            if column.name == "id" or column.name in self.skipped:
                continue
            if column.name in DERIVED:
                values.append(sa.type_coerce(chosen.c.at, column.type).label(column.name))
            else:
                values.append(self._typed(_member(chosen.c.value, column.name, self.dialect), column).label(column.name))
        self.connection.execute(sa.insert(past).from_select([v.name for v in values], sa.select(*values)))

    def _update_fields(self, name: str, present: set[str], record_action: str | None) -> None:
        """Set each field that has a chosen update row to that row's value.

        Forward (``record_action=None``): only updates after the record's chosen insert (an
        update before a re-insert is in the snapshot already). Backward (``"delete"``): only
        updates before the record's chosen delete (the record as it was before its delete).
        """
        past, rows = self.pasts[name], self.rows
        record = rows.alias("record")
        fields = rows.alias("fields")
        for column in past.columns:
            if column.name not in present or column.name in DERIVED or column.name in self.skipped:
                continue
            later_record = sa.select(record.c.id).where(record.c.record_id == fields.c.record_id,
                                                        record.c.field.is_(None)).scalar_subquery()
            relevant = sa.or_(later_record.is_(None),
                              fields.c.id > later_record if record_action is None else fields.c.id < later_record)
            source = (
                sa.select(fields.c.record_id, fields.c.value)
                .where(fields.c.record_type == name, fields.c.field == column.name, relevant)
                .subquery("source")
            )
            self.connection.execute(
                sa.update(past).where(past.c.id == source.c.record_id)
                .values({column.name: self._typed(_root(source.c.value, self.dialect), column)})
            )

    def _typed(self, value: sa.ColumnElement, column: sa.Column) -> sa.ColumnElement:
        """``value`` (JSON-decoded SQL text/number) in the column's stored form: PostgreSQL casts
        the text; SQLite stores a UUID as 32 hex digits (the history writes it with hyphens)."""
        if self.dialect == "postgresql":
            return sa.cast(value, column.type)
        if isinstance(column.type, sa.Uuid):
            return sa.func.replace(value, "-", "")
        return value


def _member(document: sa.ColumnElement, name: str, dialect: str) -> sa.ColumnElement:
    """The value of ``name`` in the JSON object ``document``, as SQL text/number."""
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import JSONB

        return sa.func.jsonb_extract_path_text(sa.cast(document, JSONB), sa.literal(name, sa.Text))
    return sa.func.json_extract(document, f'$."{name}"')


def _root(document: sa.ColumnElement, dialect: str) -> sa.ColumnElement:
    """The JSON value ``document`` (a string, number, boolean or null) as SQL text/number; a
    NULL ``document`` (a value cleared) stays NULL."""
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import JSONB

        return sa.cast(document, JSONB).op("#>>", return_type=sa.Text)(sa.literal_column("'{}'::text[]"))
    return sa.func.json_extract(document, "$")


def first_record(session: Session) -> datetime | None:
    """When the history begins (the earliest change), or ``None`` for an empty database."""
    return session.execute(sa.select(sa.func.min(col(Change.at)))).scalar_one()
