"""The export workbook: the summary for the Jobcenter and the raw data in template layout.

Sheets, in order: a cover sheet (title, Stand, filters, when and with which version it was
made), one sheet per Bereich laid out like Anhang 6.6 with native Excel charts, one for the
Minijobs with its chart, and the raw data sheets ``BuT`` and ``Minijobs`` exactly as in the
import template — so export → import round-trips (``docs/excel.md``).

The raw sheets carry no more personal data than the template's columns (no notes, no history,
no ids). Which families they contain follows the family filters (Standort, JobCoach); the
period (``--from``/``--to``) and the Stand only shape the summary figures. Ages are written as
the age on the day of the export, since an import reads them as of its own day.

Rows are streamed from the database (a few queries, no ORM objects) into a write-only
workbook, and the file is saved atomically (:func:`~userjourney.core.excel.writer.save_atomically`).
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from userjourney.core import values
from userjourney.core.excel import report, template, trend_sheet, writer
from userjourney.core.i18n import tr
from userjourney.core.storage.database import Database
from userjourney.core.storage.models import (
    ButDetail,
    ButEntry,
    Child,
    Family,
    MinijobEntry,
    Person,
    Reason,
    table_of,
    utcnow,
)
from userjourney.core.summary.counting import summarize
from userjourney.core.summary.filters import SummaryFilter
from userjourney.core.summary.reading import reading_session
from userjourney.core.summary.sql import family_conditions
from userjourney.core.summary.trend import Trend
from userjourney.core.vocab import AREAS, STEP_FIELDS

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ExportResult:
    """What :func:`export_workbook` wrote."""

    path: Path
    families: int
    but_rows: int
    minijob_rows: int
    sheets: tuple[str, ...]
    #: why the access record could not be written (a read-only medium), else ``None``
    access_problem: str | None = None

    def describe(self) -> list[str]:
        return [*([self.access_problem] if self.access_problem else []),
            tr("Exportiert nach {path}").format(path=self.path),
            tr("Blätter: {sheets}").format(sheets=", ".join(self.sheets)),
            tr("Rohdaten: {families} Familien, {but} Zeilen BuT, {jobs} Zeilen Minijobs").format(
                families=self.families, but=self.but_rows, jobs=self.minijob_rows
            ),
        ]


# --------------------------------------------------------------------------- raw rows

_AREA_ORDER = {area.value: index for index, area in enumerate(AREAS)}


def step_cells(answers: tuple, implied: int, applied_on: date | None, approved_on: date | None) -> list[Any]:
    """The seven step cells of an entry as the template writes them.

    An implied ``ja`` (a blank the coach left before a later ``ja``) is written blank again, so
    an import finds it implied exactly as stored; ``ja`` stays ``ja`` where no explicit ``ja``
    follows it. A date in Antrag gestellt/bewilligt stands for its ``ja``.
    """
    explicit = [i for i, a in enumerate(answers) if a is True and not implied & (1 << i)]
    last_explicit = explicit[-1] if explicit else -1
    cells: list[Any] = []
    for i, answer in enumerate(answers):
        if answer is True:
            cells.append(None if implied & (1 << i) and i < last_explicit else values.YES)
        elif answer is False:
            cells.append(values.NO)
        else:
            cells.append(None)
    applied, approved = STEP_FIELDS.index("applied"), STEP_FIELDS.index("approved")
    if applied_on is not None:
        cells[applied] = applied_on
    if approved_on is not None:
        cells[approved] = approved_on
    return cells


def _family_cells(row) -> list[Any]:
    return [
        row.code,
        row.location,
        row.coach,
        row.created_on,
        values.format_yes_no(row.migration_background) or None,
        row.parenting_status,
    ]


def _key(column) -> sa.ColumnElement:
    """An id column read as stored (text on SQLite): the rows only look ids up in dicts, so
    building a UUID object for each of 400,000 of them would be wasted."""
    return sa.type_coerce(column, sa.String)


def _families_with_persons(connection: sa.Connection, filters: SummaryFilter) -> set:
    f, p = table_of(Family), table_of(Person)
    stmt = sa.select(_key(p.c.family_id)).distinct().join(f, f.c.id == p.c.family_id).where(*family_conditions(filters))
    return set(connection.execute(stmt).scalars())


def _details(connection: sa.Connection, filters: SummaryFilter) -> dict[str, list[str]]:
    f, c, e, d = table_of(Family), table_of(Child), table_of(ButEntry), table_of(ButDetail)
    stmt = (
        sa.select(_key(d.c.entry_id), d.c.item)
        .join(e, e.c.id == d.c.entry_id)
        .join(c, c.c.id == e.c.child_id)
        .join(f, f.c.id == c.c.family_id)
        .where(*family_conditions(filters))
        .order_by(d.c.entry_id, d.c.position, d.c.item)
    )
    result: dict[str, list[str]] = defaultdict(list)
    for entry_id, item in connection.execute(stmt):
        result[entry_id].append(item)
    return result


def but_rows(connection: sa.Connection, filters: SummaryFilter, today: date) -> Iterator[list[Any]]:
    """The ``BuT`` sheet's rows in template column order: families by Familie, children in
    their order, areas in the order of the forms. A child without entries gets one row with
    an empty Bereich, a family without children and adults one row with family columns only."""
    f, c, e = table_of(Family), table_of(Child), table_of(ButEntry)
    reasons = dict(connection.execute(sa.select(_key(table_of(Reason).c.id), table_of(Reason).c.text)).all())
    details = _details(connection, filters)
    with_persons = _families_with_persons(connection, filters)
    area_order = sa.case(_AREA_ORDER, value=e.c.area, else_=len(_AREA_ORDER))
    stmt = (
        sa.select(
            _key(f.c.id).label("family_id"), f.c.code, f.c.location, f.c.coach, f.c.created_on,
            f.c.migration_background, f.c.parenting_status,
            _key(c.c.id).label("child_id"), c.c.name, c.c.age_years, c.c.age_recorded_on, c.c.facility,
            _key(e.c.id).label("entry_id"), e.c.area, *(e.c[name] for name in STEP_FIELDS), e.c.implied_mask,
            e.c.applied_on, e.c.approved_on, _key(e.c.reason_id).label("reason_id"),
        )
        .select_from(f.outerjoin(c, c.c.family_id == f.c.id).outerjoin(e, e.c.child_id == c.c.id))
        .where(*family_conditions(filters))
        .order_by(f.c.code, c.c.position, c.c.name, area_order)
    )
    for row in connection.execute(stmt):
        cells = _family_cells(row)
        if row.child_id is None:
            if row.family_id in with_persons:
                continue  # the family is in the Minijobs sheet
            yield cells + [None] * (len(template.BUT.columns) - len(cells))
            continue
        cells += [row.name, values.age_on(row.age_years, row.age_recorded_on, today), row.facility]
        if row.entry_id is None:
            yield cells + [None] * (len(template.BUT.columns) - len(cells))
            continue
        answers = tuple(getattr(row, name) for name in STEP_FIELDS)
        cells.append(row.area)
        cells += step_cells(answers, row.implied_mask or 0, row.applied_on, row.approved_on)
        items = details.get(row.entry_id)
        cells.append(values.format_details(items) if items else None)
        cells.append(reasons.get(row.reason_id) if row.reason_id else None)
        yield cells


def minijob_rows(connection: sa.Connection, filters: SummaryFilter, today: date) -> Iterator[list[Any]]:
    """The ``Minijobs`` sheet's rows: one per adult, Minijob cells empty where none was started."""
    f, p, m = table_of(Family), table_of(Person), table_of(MinijobEntry)
    job_columns = [c for c in template.MINIJOBS.columns if c.record == template.MINIJOB]
    stmt = (
        sa.select(
            f.c.code, f.c.location, f.c.coach, f.c.created_on, f.c.migration_background, f.c.parenting_status,
            p.c.name, p.c.age_years, p.c.age_recorded_on, *(m.c[col.field] for col in job_columns),
        )
        .select_from(f.join(p, p.c.family_id == f.c.id).outerjoin(m, m.c.person_id == p.c.id))
        .where(*family_conditions(filters))
        .order_by(f.c.code, p.c.position, p.c.name)
    )
    for row in connection.execute(stmt):
        cells = _family_cells(row)
        cells += [row.name, values.age_on(row.age_years, row.age_recorded_on, today)]
        for column in job_columns:
            cells.append(template.format_for_cell(column, getattr(row, column.field)))
        yield cells


def _count(connection: sa.Connection, filters: SummaryFilter) -> tuple[int, int]:
    f, c, e, p = table_of(Family), table_of(Child), table_of(ButEntry), table_of(Person)
    families = connection.execute(sa.select(sa.func.count()).select_from(f).where(*family_conditions(filters))).scalar()
    entries = connection.execute(
        sa.select(sa.func.count()).select_from(e.join(c, c.c.id == e.c.child_id).join(f, f.c.id == c.c.family_id))
        .where(*family_conditions(filters))
    ).scalar()
    persons = connection.execute(
        sa.select(sa.func.count()).select_from(p.join(f, f.c.id == p.c.family_id)).where(*family_conditions(filters))
    ).scalar()
    return families or 0, (entries or 0) + (persons or 0)


# --------------------------------------------------------------------------- the workbook


def export_workbook(
    session: Session,
    path: str | os.PathLike,
    filters: SummaryFilter | None = None,
    progress: Progress | None = None,
    *,
    today: date | None = None,
    trend: Trend | None = None,
) -> ExportResult:
    """Write the export workbook to ``path`` (atomically) for ``filters``.

    Everything is read in the session's one read transaction, so the summary and the raw sheets
    agree. ``trend`` (from :func:`~userjourney.core.excel.trend_sheet.report_trend`) adds the
    sheet "Verlauf" after the summary sheets.
    ``progress(done, total)`` counts rows written; whatever it raises (a cancel) propagates
    and leaves no file behind.
    """
    filters = filters or SummaryFilter()
    path = Path(path)
    today = today or date.today()

    writer.check_target(path)
    connection = session.connection()
    summary = summarize(session, filters)
    stand = summary.stand
    families, total = _count(connection, filters)
    workbook = writer.new_workbook()
    done = 0

    def report_rows(count: int) -> None:
        if progress is not None:
            progress(min(done + count, total), total)

    if progress is not None:
        progress(0, total)
    title = tr("User Journey – Rohdaten")
    with writer.building(workbook):
        trend_sheets = [trend_sheet.TREND_SHEET] if trend is not None else []
        names = [*report.summary_sheet_names(), *trend_sheets, template.BUT_SHEET, template.MINIJOB_SHEET]
        report.write_summary_sheets(workbook, summary, utcnow().astimezone(), names)
        if trend is not None:
            trend_sheet.write_trend_sheet(workbook, trend, filters, stand)
        but = writer.write_data_sheet(
            workbook, template.BUT, but_rows(connection, filters, today),
            title=f"{title} {template.BUT_SHEET}", stand=stand, progress=report_rows,
        )
        done += but
        jobs = writer.write_data_sheet(
            workbook, template.MINIJOBS, minijob_rows(connection, filters, today),
            title=f"{title} {template.MINIJOB_SHEET}", stand=stand, progress=report_rows,
        )
        done += jobs
        writer.set_properties(workbook, tr("User Journey – Auswertung und Rohdaten"))
        sheets = tuple(ws.title for ws in workbook.worksheets)
        if progress is not None:
            progress(total, total)  # the last chance to cancel: saving cannot be interrupted
    writer.save_atomically(workbook, path)
    return ExportResult(path, families, but, jobs, sheets)


def write_export(database: Database, path: str | os.PathLike, filters: SummaryFilter | None = None,
                 progress: Progress | None = None) -> ExportResult:
    """The export as the command line and the window make it: the Verlauf first (it reads the
    history), then everything else in one read of the database as of ``filters.as_of``."""
    filters = filters or SummaryFilter()
    writer.check_target(Path(path))

    def counting_periods(done: int, total: int) -> None:
        if progress is not None:
            progress(0, 1)  # no rows yet; lets a cancel through

    trend = trend_sheet.report_trend(database, filters, progress=counting_periods)
    with reading_session(database, filters) as session:
        result = export_workbook(session, path, filters, progress, trend=trend)
    from userjourney.core.history.access import record_access
    from userjourney.core.summary.text import filters_line

    problem = record_access(database, "export", filters=filters_line(filters, filters.stand_or_today()),
                            families=result.families, file=result.path)
    return replace(result, access_problem=problem)
