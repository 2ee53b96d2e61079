"""Reading an import file: every cell parsed and checked, every problem collected at once.

:func:`read_file` opens the workbook with openpyxl in read-only mode (values only, cached
formula results), walks the ``BuT`` and ``Minijobs`` sheets row by row and builds a
:class:`ParsedFile`: the families of the file with their children, BuT entries, adults and
Minijob journeys, as clean Python values — plus a list of :class:`Problem` (errors and
warnings), each with sheet, Excel row, column name and letter, the value found and a German
sentence saying what is expected. It never stops at the first error: a coach fixing a list
wants to see all of them.

It does not touch the database; :mod:`userjourney.core.excel.importer` compares the result
with it. The rules (exchange-format.md §2 and the choices documented in ``docs/excel.md``):

* Header in row 1; names compared after trimming surrounding spaces (and collapsing
  whitespace inside), letters and spelling exact; any order; unknown columns are ignored with
  a warning; a missing column is an error; a sheet whose key column is missing is not read.
* Sheet names ``BuT`` and ``Minijobs`` (trimmed, any letter case); either may be absent, not
  both. Rows whose template cells are all empty are skipped.
* Family columns (both sheets) must agree across a family's rows and child columns across a
  child's rows; a cell left empty there takes the value of the other rows (merged cells read
  that way), two different values are an error naming both rows.
* One row per (Familie, Kind, Bereich) and per (Familie, Person); a row with Kind but no
  Bereich (and no step answers) only describes the child, one with only family columns only
  the family — that is how the export writes children without entries and families without
  anyone.
* Journey rules of :func:`userjourney.core.journeys.complete`; plausibility findings of
  :func:`~userjourney.core.journeys.child_warnings` / ``entry_warnings`` are warnings.
"""

from __future__ import annotations

import gc
import os
import threading
import zipfile
from collections.abc import Callable, Iterator
from collections.abc import Set as AbstractSet
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from operator import itemgetter
from pathlib import Path
from typing import Any

from userjourney.core import journeys, values
from userjourney.core.errors import UserError, ValidationError
from userjourney.core.excel import template
from userjourney.core.excel.template import (
    CHILD,
    ENTRY,
    MINIJOB,
    PERSON,
    Column,
    SheetSpec,
)
from userjourney.core.i18n import tr
from userjourney.core.vocab import STEPS, Area, Facility

Progress = Callable[[int, int], None]
#: How many problems of each severity are kept with all their details (the rest are counted).
MAX_LISTED = 20_000
PROGRESS_EVERY = 2_000


class ExcelFileError(UserError):
    """The file cannot be read as a workbook at all (missing, empty, not .xlsx, damaged)."""


@dataclass(frozen=True, slots=True)
class Problem:
    """An error or warning about one place of the file, for a person to fix.

    ``row`` is the row number as Excel shows it; ``column`` the header name and ``letter`` the
    column letter; ``value`` what was found there; ``message`` says what is wrong and what is
    expected (German). ``str(problem)`` gives one line with the place first.
    """

    severity: str  # "error" | "warning"
    message: str
    sheet: str | None = None
    row: int | None = None
    column: str | None = None
    letter: str | None = None
    value: Any = None

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    @property
    def where(self) -> str:
        parts = []
        if self.sheet:
            parts.append(tr("Blatt „{sheet}“").format(sheet=self.sheet))
        if self.row:
            parts.append(tr("Zeile {row}").format(row=self.row))
        if self.column:
            column = tr("Spalte „{column}“").format(column=self.column)
            parts.append(f"{column} ({self.letter})" if self.letter else column)
        return ", ".join(parts)

    def __str__(self) -> str:
        where = self.where
        return f"{where}: {self.message}" if where else self.message


# --------------------------------------------------------------------------- parsed records


@dataclass(slots=True)
class Source:
    """Where a merged value came from first, to name both rows when another row disagrees."""

    sheet: str
    row: int
    raw: Any


@dataclass(slots=True)
class FamilyIn:
    code: str
    sheet: str
    row: int
    #: family field → clean value (None = empty in every row of the family)
    values: dict[str, Any] = field(default_factory=dict)
    sources: dict[str, Source] = field(default_factory=dict)
    children: dict[str, ChildIn] = field(default_factory=dict)
    persons: dict[str, PersonIn] = field(default_factory=dict)
    #: the family cells of the last row merged (rows of a family repeat them; skip the work)
    last: list | None = None


@dataclass(slots=True)
class ChildIn:
    name: str
    row: int
    values: dict[str, Any] = field(default_factory=dict)
    sources: dict[str, Source] = field(default_factory=dict)
    entries: dict[str, EntryIn] = field(default_factory=dict)


@dataclass(slots=True)
class EntryIn:
    area: str
    row: int
    answers: tuple[bool | None, ...]
    implied: int
    applied_on: date | None
    approved_on: date | None
    details: tuple[str, ...]
    reason: str | None


@dataclass(slots=True)
class PersonIn:
    name: str
    row: int
    age: int | None
    #: Minijob field → clean value; ``None`` when every Minijob cell of the row is empty.
    minijob: dict[str, Any] | None


@dataclass
class ParsedFile:
    """Everything read from one file: families (in file order) and the problems found."""

    path: Path
    families: dict[str, FamilyIn] = field(default_factory=dict)
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    #: problems found but not listed (beyond :data:`MAX_LISTED`)
    errors_not_listed: int = 0
    warnings_not_listed: int = 0
    #: data rows read per sheet (sheets present in the file)
    rows: dict[str, int] = field(default_factory=dict)

    @property
    def error_count(self) -> int:
        return len(self.errors) + self.errors_not_listed

    @property
    def warning_count(self) -> int:
        return len(self.warnings) + self.warnings_not_listed

    def add(self, problem: Problem) -> None:
        if problem.is_error:
            if len(self.errors) < MAX_LISTED:
                self.errors.append(problem)
            else:
                self.errors_not_listed += 1
        elif len(self.warnings) < MAX_LISTED:
            self.warnings.append(problem)
        else:
            self.warnings_not_listed += 1


# --------------------------------------------------------------------------- the garbage collector

_gc_lock = threading.Lock()
_gc_users = 0
_gc_was_enabled = False


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a file is read or written in bulk.

    Reading 100,000 rows keeps a million small objects alive; each automatic full collection
    walks all of them, and they come more often as the heap grows — a quarter of the import's
    time (measured: 16 s with, 12 s without). Nothing here creates reference cycles, so
    reference counting frees everything as usual; the collector resumes afterwards (the GUI's
    thread included — it is process-wide — so the pause lasts only as long as the work).
    """
    global _gc_users, _gc_was_enabled
    with _gc_lock:
        if _gc_users == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_users += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_users -= 1
            if _gc_users == 0 and _gc_was_enabled:
                gc.enable()


# --------------------------------------------------------------------------- opening


def open_workbook(path: Path):
    """The workbook at ``path`` read-only, or an :class:`ExcelFileError` saying why not.

    The file is handed to openpyxl as an open file, so its name's extension does not matter
    (a ``.XLSX`` or a renamed copy reads fine) — only its content does.
    """
    from openpyxl import load_workbook

    shown = values.shown(str(path), limit=None)
    if not path.exists():
        raise ExcelFileError(tr("Die Datei {path} gibt es nicht.").format(path=shown))
    if path.is_dir():
        raise ExcelFileError(tr("{path} ist ein Ordner, keine Excel-Datei.").format(path=shown))
    try:
        size = path.stat().st_size
        if size == 0:
            raise ExcelFileError(
                tr("Die Datei {path} ist leer (0 Bytes); erwartet: eine Excel-Arbeitsmappe (.xlsx).").format(
                    path=shown
                )
            )
        handle = open(path, "rb")  # noqa: SIM115 - handed to openpyxl, closed in its finally
    except OSError as exc:
        raise ExcelFileError(
            tr("Die Datei {path} kann nicht gelesen werden: {error}").format(path=shown, error=exc.strerror or exc)
        ) from None
    if not zipfile.is_zipfile(handle):
        handle.close()
        raise ExcelFileError(
            tr(
                "Die Datei {path} ist keine Excel-Arbeitsmappe (.xlsx); bitte in Excel als "
                "„Excel-Arbeitsmappe (*.xlsx)“ speichern (alte .xls-Dateien und Dateien mit "
                "Kennwortschutz gehen nicht)."
            ).format(path=shown)
        )
    try:
        return load_workbook(handle, read_only=True, data_only=True, keep_links=False)
    except Exception as exc:  # openpyxl raises many kinds for a broken package
        handle.close()
        raise ExcelFileError(
            tr("Die Datei {path} ist keine lesbare Excel-Arbeitsmappe (.xlsx): {error}").format(
                path=shown, error=type(exc).__name__
            )
        ) from None


def _damaged(path: Path, exc: Exception) -> ExcelFileError:
    return ExcelFileError(
        tr("Die Datei {path} ist beschädigt und kann nicht gelesen werden ({error}).").format(
            path=values.shown(str(path), limit=None), error=type(exc).__name__
        )
    )


def _find_sheet(workbook, name: str):
    wanted = name.casefold()
    for title in workbook.sheetnames:
        if title.strip().casefold() == wanted:
            return workbook[title]
    return None


def _count_rows(worksheet) -> int:
    """Rows of a sheet for the progress bar: from its dimension, else by scanning the XML.

    openpyxl's write-only mode (and some other programs) write no dimension; counting
    ``<row`` tags in the compressed XML costs a fraction of parsing it. 0 = unknown.
    """
    if worksheet.max_row and worksheet.max_row > 1:
        return worksheet.max_row
    try:
        source = worksheet.parent._archive.open(worksheet._worksheet_path)
    except (AttributeError, KeyError):
        return 0
    count = 0
    tail = b""
    with source:
        while chunk := source.read(1 << 20):
            data = tail + chunk
            tail = data[-5:]
            # a tag inside the last five bytes is counted with the next chunk
            count += _row_tags(data) - _row_tags(tail)
    return count + _row_tags(tail)


def _row_tags(data: bytes) -> int:
    return data.count(b"<row ") + data.count(b"<row>")


# --------------------------------------------------------------------------- cell parsing


def _cached(parse: Callable[[Any], Any]) -> Callable[[Any], tuple[bool, Any]]:
    """``parse`` with a memory: lists repeat the same few values (ja, nein, a Standort, a date)
    thousands of times. Returns ``(True, clean)`` or ``(False, message)``; never raises.
    (The row loop inlines the same lookup.)"""
    cache: dict[tuple[type, Any], tuple[bool, Any]] = {}

    def get(value: Any) -> tuple[bool, Any]:
        key = (value.__class__, value)
        hit = cache.get(key)
        return hit if hit is not None else _parse_into(cache, key, parse, value)

    return get


_NONE_FAILED: frozenset[int] = frozenset()
_CACHE_LIMIT = 50_000


def _parse_into(cache: dict, key: tuple, parse: Callable[[Any], Any], value: Any) -> tuple[bool, Any]:
    """Parse a cell value not seen before and remember the outcome (``(ok, clean or message)``)."""
    try:
        result = (True, parse(value))
    except ValidationError as exc:
        result = (False, exc.message)
    if len(cache) < _CACHE_LIMIT:
        cache[key] = result
    return result


def _blank(value: Any) -> bool:
    return value is None or (value.__class__ is str and not value.strip())


@dataclass
class _Layout:
    """Where the template's columns are in one sheet of the file."""

    spec: SheetSpec
    title: str
    positions: list[int]  # index in the row tuple per template column, -1 when missing
    letters: list[str]

    def problem(self, severity: str, message: str, row: int, j: int | None = None, value: Any = None) -> Problem:
        if j is None:
            return Problem(severity, message, self.title, row, None, None, value)
        column = self.spec.columns[j]
        letter = self.letters[j] or None
        return Problem(severity, message, self.title, row, column.header, letter, value)


def _read_header(worksheet, spec: SheetSpec, parsed: ParsedFile, title: str) -> _Layout | None:
    from openpyxl.utils import get_column_letter

    header = next(_rows(parsed.path, worksheet, template.HEADER_ROW, template.HEADER_ROW), ())
    found: dict[str, int] = {}
    duplicates: dict[str, list[int]] = {}
    for index, cell in enumerate(header):
        name = template.normalise_header(cell)
        if not name:
            continue
        if name in found:
            duplicates.setdefault(name, [found[name]]).append(index)
        else:
            found[name] = index
    if not found:
        return None  # an empty sheet: nothing to import
    known = set(spec.headers)
    positions, letters = [], []
    missing_key = False
    for column in spec.columns:
        index = found.get(column.header, -1)
        positions.append(index)
        letters.append(get_column_letter(index + 1) if index >= 0 else "")
        if index < 0:
            near = [n for n in found if n.casefold() == column.header.casefold() and n not in known]
            message = tr("Die Spalte fehlt; die Kopfzeile braucht jede Spalte der Vorlage.")
            if near:
                message += " " + tr(
                    "Gefunden wurde „{near}“ in Spalte {letter}; die Schreibweise muss genau stimmen."
                ).format(near=near[0], letter=get_column_letter(found[near[0]] + 1))
            parsed.add(Problem("error", message, title, template.HEADER_ROW, column.header))
            missing_key = missing_key or column.key
    for name, indices in duplicates.items():
        if name in known:
            parsed.add(
                Problem(
                    "error",
                    tr("Die Spalte „{column}“ steht mehrfach in Zeile 1 (Spalten {letters}); sie darf nur einmal vorkommen.").format(
                        column=name, letters=", ".join(get_column_letter(i + 1) for i in indices)
                    ),
                    title, template.HEADER_ROW, name, get_column_letter(indices[1] + 1),
                )
            )
            missing_key = True  # which one is meant cannot be told
    for name, index in found.items():
        if name not in known:
            parsed.add(
                Problem(
                    "warning",
                    tr("Die Spalte „{column}“ gehört nicht zur Vorlage und wird nicht eingelesen.").format(column=name),
                    title, template.HEADER_ROW, name, get_column_letter(index + 1),
                )
            )
    if missing_key:
        return None
    return _Layout(spec, title, positions, letters)


# --------------------------------------------------------------------------- reading


def read_file(path: str | os.PathLike, progress: Progress | None = None, *, today: date | None = None) -> ParsedFile:
    """Read and check an import file completely; see the module docstring for the rules.

    Raises :class:`ExcelFileError` when the file cannot be read as a workbook at all; every
    problem inside the workbook ends up in :attr:`ParsedFile.errors`/``warnings``.
    ``progress(done, total)`` is called every few thousand rows; whatever it raises (a
    cancel) propagates unchanged, and the file is closed.
    """
    path = Path(path)
    with paused_gc():
        return _read_file(path, progress, today)


def _read_file(path: Path, progress: Progress | None, today: date | None) -> ParsedFile:
    parsed = ParsedFile(path)
    workbook = open_workbook(path)
    try:
        sheets = []
        for spec in template.SHEETS:
            worksheet = _find_sheet(workbook, spec.name)
            if worksheet is not None:
                sheets.append((spec, worksheet))
        if not sheets:
            names = ", ".join(f"„{n}“" for n in workbook.sheetnames)
            parsed.add(
                Problem(
                    "error",
                    tr("Die Arbeitsmappe hat weder ein Blatt „{but}“ noch ein Blatt „{minijobs}“ (gefunden: {names}).").format(
                        but=template.BUT_SHEET, minijobs=template.MINIJOB_SHEET, names=names
                    ),
                )
            )
            return parsed
        try:
            total = sum(_count_rows(ws) for _, ws in sheets)
        except Exception as exc:
            raise _damaged(path, exc) from None
        done = 0
        reader = _Reader(parsed, today or date.today())
        for spec, worksheet in sheets:
            for count in reader.read_sheet(spec, worksheet):
                done += count
                if progress is not None:
                    progress(min(done, total) if total else done, total)
        reader.finish()
        return parsed
    finally:
        workbook.close()


def _rows(path: Path, worksheet, min_row: int, max_row: int | None = None) -> Iterator[tuple]:
    """Rows as value tuples, with openpyxl's own failures turned into a German message."""
    try:
        iterator = worksheet.iter_rows(min_row=min_row, max_row=max_row, values_only=True)
        while True:
            try:
                row = next(iterator)
            except StopIteration:
                return
            yield row
    except GeneratorExit:
        raise
    except Exception as exc:
        raise _damaged(path, exc) from None


class _Reader:
    """Turns rows into :class:`FamilyIn` records, checking as it goes."""

    def __init__(self, parsed: ParsedFile, today: date) -> None:
        self.parsed = parsed
        self.today = today
        self.families = parsed.families
        self.caches: dict[int, dict] = {}
        self.layouts: dict[str, _Layout] = {}
        but, jobs = template.BUT, template.MINIJOBS
        n_family = len(template.FAMILY_COLUMNS)
        assert but.columns[:n_family] == jobs.columns[:n_family] == template.FAMILY_COLUMNS
        self.family_cols = range(1, n_family)
        # BuT
        self.j_child = _index(but, CHILD, "name")
        self.j_area = _index(but, ENTRY, "area")
        self.child_cols = [j for j, c in enumerate(but.columns) if c.record == CHILD and j != self.j_child]
        self.entry_cols = [j for j, c in enumerate(but.columns) if c.record == ENTRY and j != self.j_area]
        self.step_cols = [_index(but, ENTRY, s.field) for s in STEPS]
        self.step_dates = {j: s.field for j, s in zip(self.step_cols, STEPS) if but.columns[j].kind == "step_date"}
        self.j_details = _index(but, ENTRY, "details")
        self.j_reason = _index(but, ENTRY, "reason")
        # Minijobs
        self.j_person = _index(jobs, PERSON, "name")
        self.j_person_age = _index(jobs, PERSON, "age_years")
        self.job_cols = [(j, c.field) for j, c in enumerate(jobs.columns) if c.record == MINIJOB]
        self.j_possible = _index(jobs, MINIJOB, "topup_possible")
        self.j_topped = _index(jobs, MINIJOB, "topped_up")
        self.family_rule = tr("in allen Zeilen einer Familie müssen die Familienangaben gleich sein")
        self.child_rule = tr("in allen Zeilen eines Kindes müssen Alter und Einrichtung gleich sein")
        #: journeys.complete per distinct answers (3^7 at most; a list repeats few of them)
        self.completed: dict[tuple, tuple[journeys.Journey, list]] = {}

    def _cache(self, column: Column) -> dict:
        # one cache per parse function: the family columns of both sheets share theirs
        return self.caches.setdefault(id(column.parse), {})

    # -- a sheet ---------------------------------------------------------------------------

    def read_sheet(self, spec: SheetSpec, worksheet) -> Iterator[int]:
        """Read one sheet; yields the number of rows read every now and then (for progress)."""
        title = worksheet.title
        self.parsed.rows[spec.name] = 0
        try:
            worksheet.reset_dimensions()  # a wrong <dimension> must not cut rows short or pad them
        except AttributeError:
            pass
        layout = _read_header(worksheet, spec, self.parsed, title)
        yield 1
        if layout is None:
            return
        self.layouts[spec.name] = layout
        columns = spec.columns
        positions = layout.positions
        # one C-level itemgetter picks the template's cells out of a row; a missing (optional)
        # column reads from an extra None at the end of the padded row
        width = max(positions) + 1
        spare = width if -1 in positions else None
        need = width + (spare is not None)
        getter = itemgetter(*[p if p >= 0 else spare for p in positions])
        pad = (None,) * need
        caches = [self._cache(c) for c in columns]
        parses = [c.parse for c in columns]
        blanks = [c.parse(None) for c in columns]
        handle_row = self._but_row if spec is template.BUT else self._minijob_row
        data_rows = 0
        pending = 0
        add = self.parsed.add
        for number, row in enumerate(_rows(self.parsed.path, worksheet, template.HEADER_ROW + 1), start=2):
            pending += 1
            if pending >= PROGRESS_EVERY:
                yield pending
                pending = 0
            if len(row) < need:
                row = row + pad[len(row):]
            raw = getter(row)
            for v in raw:
                if v is not None and (v.__class__ is not str or v.strip()):
                    break
            else:
                continue  # nothing in the template's columns: an empty row
            data_rows += 1
            clean = list(blanks)
            failed: set[int] | frozenset[int] = _NONE_FAILED
            for j, value in enumerate(raw):
                if value is None:
                    continue
                key = (value.__class__, value)
                cache = caches[j]
                hit = cache.get(key)
                if hit is None:
                    hit = _parse_into(cache, key, parses[j], value)
                if hit[0]:
                    clean[j] = hit[1]
                else:
                    failed = failed | {j}  # rare: a refused value
                    add(layout.problem("error", hit[1], number, j, value))
            handle_row(layout, number, raw, clean, failed)
        self.parsed.rows[spec.name] = data_rows
        if pending:
            yield pending

    # -- shared: the family ------------------------------------------------------------------

    def _family(self, layout: _Layout, number: int, raw: list, clean: list, failed: AbstractSet[int]) -> FamilyIn | None:
        code = clean[0]
        if code is None:
            if 0 not in failed:
                self.parsed.add(
                    layout.problem(
                        "error", tr("Die Familie fehlt; jede Zeile braucht das Kürzel der Familie."), number, 0
                    )
                )
            return None
        family = self.families.get(code)
        if family is None:
            family = self.families[code] = FamilyIn(code, layout.title, number)
        given = clean[1 : len(self.family_cols) + 1]
        if given == family.last and not failed:
            return family  # the usual case: the same values as the family's previous row
        for j in self.family_cols:
            if j not in failed:
                self._merge(layout, number, j, raw[j], clean[j], family.values, family.sources, self.family_rule)
        family.last = given
        return family

    def _merge(self, layout, number, j, raw, value, merged: dict, sources: dict, rule: str) -> None:
        """Take a family or child value from this row, or report that it disagrees."""
        name = layout.spec.columns[j].field
        if value is None:
            merged.setdefault(name, None)
            return
        known = merged.get(name)
        if known is None:
            merged[name] = value
            sources[name] = Source(layout.title, number, raw)
        elif known != value:
            first = sources[name]
            self.parsed.add(
                layout.problem(
                    "error",
                    tr("{value} weicht von {other} in Blatt „{sheet}“, Zeile {row} ab; {rule}.").format(
                        value=values.shown(raw), other=values.shown(first.raw), sheet=first.sheet,
                        row=first.row, rule=rule,
                    ),
                    number, j, raw,
                )
            )

    # -- BuT ---------------------------------------------------------------------------------

    def _but_row(self, layout: _Layout, number: int, raw: list, clean: list, failed: AbstractSet[int]) -> None:
        family = self._family(layout, number, raw, clean, failed)
        j_child, j_area = self.j_child, self.j_area
        name = clean[j_child]
        if name is None:
            if j_child not in failed and any(
                not _blank(raw[j]) for j in (*self.child_cols, *self.entry_cols, j_area)
            ):
                self.parsed.add(
                    layout.problem(
                        "error",
                        tr("Das Kind fehlt; eine Zeile mit Angaben zu Kind oder Bereich braucht den Namen des Kindes."),
                        number, j_child,
                    )
                )
            return
        if family is None:
            return
        child = family.children.get(name)
        if child is None:
            child = family.children[name] = ChildIn(name, number)
        for j in self.child_cols:
            if j not in failed:
                self._merge(layout, number, j, raw[j], clean[j], child.values, child.sources, self.child_rule)
        area = clean[j_area]
        if area is None:
            if j_area not in failed and any(not _blank(raw[j]) for j in self.entry_cols):
                self.parsed.add(
                    layout.problem(
                        "error",
                        tr("Der Bereich fehlt; erwartet: {areas}.").format(areas=", ".join(a.value for a in Area)),
                        number, j_area,
                    )
                )
            return
        other = child.entries.get(area)
        if other is not None:
            self.parsed.add(
                layout.problem(
                    "error",
                    tr(
                        "Für Kind „{child}“ der Familie „{family}“ gibt es schon in Zeile {row} eine Zeile "
                        "„{area}“; jeder Bereich darf je Kind nur einmal vorkommen."
                    ).format(child=name, family=family.code, row=other.row, area=area),
                    number, j_area, raw[j_area],
                )
            )
            return
        child.entries[area] = self._entry(layout, number, raw, clean, failed, area)

    def _entry(self, layout, number, raw, clean, failed, area) -> EntryIn:
        """The entry of a row; after an error its answers are left empty (nothing is written)."""
        steps = self.step_cols
        answers: list[bool | None] = []
        dates: dict[str, date | None] = {"applied": None, "approved": None}
        if not failed.intersection(steps):
            for j in steps:
                value = clean[j]
                if j in self.step_dates:
                    answer, dates[self.step_dates[j]] = value
                    answers.append(answer)
                else:
                    answers.append(value)
            key = tuple(answers)
            done = self.completed.get(key)
            if done is None:
                done = self.completed[key] = journeys.complete(answers)
            journey, findings = done
            for finding in findings:
                column = steps[finding.step] if finding.step is not None else None
                self.parsed.add(layout.problem(
                    finding.severity, finding.message, number, column, raw[column] if column is not None else None))
        else:
            journey = journeys.Journey()
        return EntryIn(
            area,
            number,
            journey.answers,
            journey.implied,
            dates["applied"],
            dates["approved"],
            clean[self.j_details],
            clean[self.j_reason],
        )

    # -- Minijobs ----------------------------------------------------------------------------

    def _minijob_row(self, layout: _Layout, number: int, raw: list, clean: list, failed: AbstractSet[int]) -> None:
        family = self._family(layout, number, raw, clean, failed)
        j_person = self.j_person
        name = clean[j_person]
        if name is None:
            if j_person not in failed and any(
                not _blank(raw[j]) for j in (*(j for j, _ in self.job_cols), self.j_person_age)
            ):
                self.parsed.add(
                    layout.problem(
                        "error",
                        tr("Die Person fehlt; eine Zeile mit Angaben zum Minijob braucht den Namen der Person."),
                        number, j_person,
                    )
                )
            return
        if family is None:
            return
        other = family.persons.get(name)
        if other is not None:
            self.parsed.add(
                layout.problem(
                    "error",
                    tr(
                        "Person „{person}“ der Familie „{family}“ steht schon in Zeile {row}; "
                        "jede Person darf nur einmal vorkommen."
                    ).format(person=name, family=family.code, row=other.row),
                    number, j_person, raw[j_person],
                )
            )
            return
        job = {name_: clean[j] for j, name_ in self.job_cols}
        j_possible, j_topped = self.j_possible, self.j_topped
        if job["topped_up"] is not None and job["topup_possible"] is not True and not {j_possible, j_topped} & failed:
            self.parsed.add(
                layout.problem(
                    "error",
                    tr("{value} bei „Aufgestockt“ geht nur, wenn „Aufstockung möglich“ ja ist (hier: {possible}).").format(
                        value=values.shown(raw[j_topped]),
                        possible=values.shown(raw[j_possible]) if not _blank(raw[j_possible]) else tr("leer"),
                    ),
                    number, j_topped, raw[j_topped],
                )
            )
        has_job = any(v is not None for v in job.values())
        family.persons[name] = PersonIn(name, number, clean[self.j_person_age], job if has_job else None)

    # -- after all rows ----------------------------------------------------------------------

    def finish(self) -> None:
        """Plausibility of children and entries, now that each child's values are merged."""
        layout = self.layouts.get(template.BUT.name)
        if layout is None:
            return
        j_age = _index(template.BUT, CHILD, "age_years")
        add = self.parsed.add
        for family in self.families.values():
            for child in family.children.values():
                age = child.values.get("age_years")
                facility = child.values.get("facility")
                facility = Facility(facility) if facility else None
                for message in journeys.child_warnings(age, facility):
                    source = child.sources.get("age_years")
                    add(layout.problem("warning", message, source.row if source else child.row, j_age, age))
                for entry in child.entries.values():
                    journey = journeys.Journey(entry.answers, entry.implied)
                    for message in journeys.entry_warnings(
                        Area(entry.area), journey, facility, entry.applied_on, entry.approved_on, self.today
                    ):
                        add(layout.problem("warning", message, entry.row, self.j_area, entry.area))


_INDEX: dict[tuple[int, str, str], int] = {}


def _index(spec: SheetSpec, record: str, name: str) -> int:
    key = (id(spec), record, name)
    if key not in _INDEX:
        _INDEX[key] = next(j for j, c in enumerate(spec.columns) if c.record == record and c.field == name)
    return _INDEX[key]
