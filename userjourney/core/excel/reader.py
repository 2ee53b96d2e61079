"""Reading an import file: every cell parsed and checked, every problem collected at once.

:func:`read_file` checks the package first (:mod:`.package`: sizes, sheets, formulas without a
stored result), then reads the values of the ``BuT`` and ``Minijobs`` sheets with python-calamine,
slice by slice (a slice is a run of rows handed to calamine as a small workbook of its own, so
memory follows the slice, not the sheet), and builds a :class:`ParsedFile`: the families of the
file with their children, BuT entries, adults and Minijob journeys, as clean Python values — plus
a list of :class:`Problem` (errors and warnings), each with sheet, Excel row, column name and
letter, the value found and a German sentence saying what is expected. It never stops at the
first error: a coach fixing a list wants to see all of them.

It does not touch the database; :mod:`userjourney.core.excel.importer` compares the result
with it. The rules (exchange-format.md §2 and the choices documented in ``docs/excel.md``):

* Header in row 1; names compared after trimming surrounding spaces (and collapsing
  whitespace inside), letters and spelling exact; any order; unknown columns are ignored with
  a warning; a missing column is an error; a sheet whose key column is missing is not read. A
  header found further down (row 1 empty) is an error naming the row it is in.
* Sheet names ``BuT`` and ``Minijobs`` (trimmed, any letter case); either may be absent, not
  both. Two sheets that both match are an error naming both. A sheet whose name only looks like
  one of them ("BuT (2)", "BuT2", "Bu T") is an error when it carries the template's header
  (its rows would be lost), else a warning that it is not read. Rows whose template cells are
  all empty are skipped, also rows missing from the file altogether.
* A formula without a stored result, or an error value (#NV, #DIV/0! …), in a template column is
  an error naming the cell: read as empty it would clear what is stored.
* Family columns (both sheets) must agree across a family's rows and child columns across a
  child's rows; a cell left empty there takes the value of the other rows (merged cells read
  that way), two different values are an error naming both rows.
* One row per (Familie, Kind, Bereich) and per (Familie, Person); a row with Kind but no
  Bereich (and no step answers) only describes the child, one with only family columns only
  the family — that is how the export writes children without entries and families without
  anyone.
* Journey rules of :func:`userjourney.core.journeys.complete`; plausibility findings of
  :func:`~userjourney.core.journeys.child_warnings` / ``entry_warnings`` and implausible dates
  (before 1990, after next year, an application before the family's Erstelldatum) are warnings.
"""

from __future__ import annotations

import ctypes
import gc
import io
import itertools
import os
import sys
import threading
import zipfile
from collections.abc import Callable, Iterator
from collections.abc import Set as AbstractSet
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from operator import itemgetter
from pathlib import Path
from typing import Any

from userjourney.core import journeys, values
from userjourney.core.errors import ValidationError, os_error_text
from userjourney.core.excel import template
from userjourney.core.excel.package import (
    MAX_COLUMNS,
    MAX_ROWS,
    ExcelFileError,
    Shared,
    SheetPart,
    Slice,
    column_letters,
    column_number,
    inspect,
    shared_parts,
    slice_workbook,
    slices,
)
from userjourney.core.excel.template import (
    CHILD,
    ENTRY,
    FAMILY,
    MINIJOB,
    PERSON,
    Column,
    SheetSpec,
)
from userjourney.core.i18n import tr
from userjourney.core.overlap import ahead
from userjourney.core.vocab import STEPS, Area, Facility

Progress = Callable[[int, int], None]
#: How many problems of each severity are kept with all their details (the rest are counted).
MAX_LISTED = 20_000
PROGRESS_EVERY = 2_000
#: How much sheet XML calamine reads at a time (about 23,000 rows of the template).
SLICE_BYTES = 16 * 1024 * 1024
#: The most cells (rows × columns, dense) one slice may span in memory (about 230 MB in calamine).
SLICE_CELLS = 3_000_000


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

#: The family's fields as the sheets' family columns hold them (after Familie, the key).
FAMILY_FIELDS: tuple[str, ...] = tuple(c.field for c in template.FAMILY_COLUMNS[1:])
_FAMILY_INDEX = {name: i for i, name in enumerate(FAMILY_FIELDS)}
#: A child's fields besides its name, in the order of the BuT sheet.
CHILD_FIELDS: tuple[str, ...] = tuple(c.field for c in template.BUT.columns if c.record == CHILD and not c.key)
#: A Minijob's fields, in the order of the Minijobs sheet.
MINIJOB_FIELDS: tuple[str, ...] = tuple(c.field for c in template.MINIJOBS.columns if c.record == MINIJOB)


@dataclass(slots=True)
class Source:
    """Where a merged value came from first, to name both rows when another row disagrees."""

    sheet: str
    row: int
    raw: Any


@dataclass(slots=True)
class FamilyIn:
    """A family of the file. Lists instead of dicts keep a county's file small in memory."""

    code: str
    sheet: str
    row: int
    #: clean values in the order of :data:`FAMILY_FIELDS` (None = empty in every row of the family)
    values: list[Any] = field(default_factory=lambda: [None] * len(FAMILY_FIELDS))
    #: where each value was first read, for a message when another row disagrees
    sources: list[Source | None] = field(default_factory=lambda: [None] * len(FAMILY_FIELDS))
    children: dict[str, ChildIn] = field(default_factory=dict)
    persons: dict[str, PersonIn] = field(default_factory=dict)
    #: the family cells of the last row merged (rows of a family repeat them; skip the work)
    last: list | None = None

    def value(self, name: str) -> Any:
        return self.values[_FAMILY_INDEX[name]]

    def source(self, name: str) -> Source | None:
        return self.sources[_FAMILY_INDEX[name]]


@dataclass(slots=True)
class ChildIn:
    name: str
    row: int
    #: clean values in the order of :data:`CHILD_FIELDS`, and where each was first read
    values: list[Any] = field(default_factory=lambda: [None, None])
    sources: list[Source | None] = field(default_factory=lambda: [None, None])
    #: one per Bereich, in file order (at most four: a list is smaller than a dict)
    entries: list[EntryIn] = field(default_factory=list)
    #: the child cells of the last row merged (its rows repeat them; skip the work)
    last: list | None = None

    def value(self, name: str) -> Any:
        return self.values[CHILD_FIELDS.index(name)]

    def entry(self, area: str) -> EntryIn | None:
        return next((e for e in self.entries if e.area == area), None)


@dataclass(slots=True)
class EntryIn:
    area: str
    row: int
    #: shared between entries with the same answers (a list repeats few journeys)
    journey: journeys.Journey
    applied_on: date | None
    approved_on: date | None
    details: tuple[str, ...]
    reason: str | None

    @property
    def answers(self) -> tuple[bool | None, ...]:
        return self.journey.answers

    @property
    def implied(self) -> int:
        return self.journey.implied


@dataclass(slots=True)
class PersonIn:
    name: str
    row: int
    age: int | None
    #: clean values in the order of :data:`MINIJOB_FIELDS`; ``None`` when every Minijob cell is empty
    minijob: tuple[Any, ...] | None

    def job(self) -> dict[str, Any] | None:
        """The Minijob's fields by name (``None`` without one)."""
        return None if self.minijob is None else dict(zip(MINIJOB_FIELDS, self.minijob))


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


def check_path(path: Path) -> None:
    """The file exists, is a file and is not empty — else an :class:`ExcelFileError` saying so."""
    quoted = values.shown(str(path), limit=None)
    try:
        if not path.exists():
            raise ExcelFileError(tr("Die Datei {path} gibt es nicht.").format(path=quoted))
        if path.is_dir():
            raise ExcelFileError(tr("{path} ist ein Ordner, keine Excel-Datei.").format(path=quoted))
        if path.stat().st_size == 0:
            raise ExcelFileError(
                tr("Die Datei {path} ist leer (0 Bytes); erwartet: eine Excel-Arbeitsmappe (.xlsx).").format(
                    path=quoted))
        with open(path, "rb"):
            pass
    except OSError as exc:
        raise ExcelFileError(
            tr("Die Datei {path} kann nicht gelesen werden: {error}.").format(path=quoted, error=os_error_text(exc))
        ) from None


def _squeezed(name: str) -> str:
    return "".join(c for c in name.casefold() if c.isalpha())


def looks_like(name: str, spec: SheetSpec) -> bool:
    """A sheet name that is not ``spec``'s but could be meant as it ("BuT (2)", "Bu T", "Minijob")."""
    wanted = _squeezed(spec.name)
    stem = wanted.rstrip("s")
    return _squeezed(name).startswith(stem)


def choose_sheets(sheets: tuple[SheetPart, ...], parsed: ParsedFile) -> tuple[list[tuple[SheetSpec, SheetPart]],
                                                                               list[tuple[SheetSpec, SheetPart]]]:
    """The sheets to read, and the look-alikes to look at (see the module docstring)."""
    chosen, similar = [], []
    taken: set[int] = set()
    for spec in template.SHEETS:
        exact = [s for s in sheets if s.name.strip().casefold() == spec.name.casefold()]
        taken.update(s.index for s in exact)
        if len(exact) > 1:
            parsed.add(Problem("error", tr(
                "Die Arbeitsmappe hat mehrere Blätter für „{name}“: {sheets}; es darf nur eines geben "
                "(bitte die anderen umbenennen oder löschen)."
            ).format(name=spec.name, sheets=", ".join(values.shown(s.name) for s in exact))))
        elif exact:
            chosen.append((spec, exact[0]))
    for spec in template.SHEETS:
        for sheet in sheets:
            if sheet.index not in taken and looks_like(sheet.name, spec):
                similar.append((spec, sheet))
                taken.add(sheet.index)
    return chosen, similar


# --------------------------------------------------------------------------- rows from the package


@dataclass
class Block:
    """Rows of a sheet as calamine read them: ``rows[i]`` is Excel row ``first + i``."""

    first: int
    rows: list[list[Any]]
    part: Slice
    #: uncompressed XML bytes this block stands for (for progress)
    size: int


def read_blocks(archive: zipfile.ZipFile, shared: Shared, sheet: SheetPart, title: str) -> Iterator[Block | Problem]:
    """The rows of ``sheet`` in blocks of about :data:`SLICE_BYTES` of XML, each read by calamine.

    A slice that would be larger in memory than :data:`SLICE_CELLS` cells (a stray value far to
    the right, a million empty rows) is refused before calamine sees it: an error (yielded, for
    :func:`_blocks` to add in the reader's order), and the rest of the sheet is not read. It
    touches nothing but the file, so it can run in a thread of its own (:func:`~userjourney.core.overlap.ahead`).
    """
    import python_calamine

    head, parts = slices(archive, sheet.part, SLICE_BYTES)
    previous = 0
    for part in parts:
        last = part.rows or previous + part.unnumbered_rows
        if part.unnumbered_rows and previous:
            # rows without numbers count from the slice's start; only one slice can be read so
            yield Problem("error", tr(
                "Die Zeilen des Blatts haben keine Zeilennummern und es ist zu groß, um es so zu lesen; "
                "bitte in Excel öffnen und speichern."), title)
            return
        if last > MAX_ROWS or part.columns > MAX_COLUMNS or (last - previous) * part.columns > SLICE_CELLS:
            yield Problem("error", tr(
                "Das Blatt reicht bis Zeile {rows} und Spalte {column}; so viele Zellen liest das Programm nicht "
                "(höchstens {limit} Zeilen und {columns} Spalten). Leere, aber benutzte Zellen weit außerhalb "
                "der Liste (z. B. ein Leerzeichen in Zeile 1.000.000) bitte löschen.").format(
                rows=f"{last:,}".replace(",", "."), column=column_letters(part.columns) or "A",
                limit=f"{MAX_ROWS:,}".replace(",", "."), columns=template_width()), title)
            return
        try:
            book = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(slice_workbook(shared, head, part.xml)))
            data = book.get_sheet_by_index(0)
            start_row, start_column = data.start or (0, 0)
            rows = data.to_python(skip_empty_area=True)
            book.close()
        except Exception as exc:  # calamine's errors: a damaged part
            raise ExcelFileError(tr("Das Blatt {sheet} ist beschädigt und kann nicht gelesen werden ({error}).").format(
                sheet=values.shown(title), error=type(exc).__name__)) from None
        if start_column:
            pad = [""] * start_column
            rows = [pad + row for row in rows]
        size, part.xml = len(part.xml), b""
        yield Block(start_row + 1, rows, part, size)
        del rows, book, data
        give_back_memory()
        previous = last


def _blocks(parsed: ParsedFile, items: Iterator[Block | Problem]) -> Iterator[Block]:
    """The blocks of :func:`read_blocks`; the problems it met added to ``parsed`` where they come."""
    for item in items:
        if isinstance(item, Problem):
            parsed.add(item)
        else:
            yield item


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return None


def give_back_memory() -> None:
    """Return freed heap memory to the operating system (glibc keeps it otherwise).

    calamine allocates each cell of a slice on the C heap and frees it all after the slice;
    small Python objects made in between pin the heap's top, so without this the process keeps
    the high-water mark of every slice — on a county's file, a few hundred MB that are free.
    Elsewhere than on Linux with glibc this does nothing.
    """
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


def template_width() -> int:
    return max(len(spec.columns) for spec in template.SHEETS)


# --------------------------------------------------------------------------- cell parsing


def _cached(parse: Callable[[Any], Any]) -> Callable[[Any], tuple[bool, Any]]:
    """``parse`` with a memory: lists repeat the same few values (ja, nein, a Standort, a date)
    thousands of times. Returns ``(True, clean)`` or ``(False, message)``; never raises.
    (The row loop inlines the same lookup.)"""
    cache: dict[Any, tuple[bool, Any]] = {}

    def get(value: Any) -> tuple[bool, Any]:
        key = value if value.__class__ is str else (value.__class__, value)
        hit = cache.get(key)
        return hit if hit is not None else _parse_into(cache, key, parse, value)

    return get


_NONE_FAILED: frozenset[int] = frozenset()
_NO_JOURNEY = journeys.Journey()
_CACHE_LIMIT = 50_000


def _parse_into(cache: dict, key: Any, parse: Callable[[Any], Any], value: Any) -> tuple[bool, Any]:
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


def _header_names(row: list[Any]) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, cell in enumerate(row):
        name = template.normalise_header(None if cell == "" else cell)
        if name and name not in found:
            found[name] = index
    return found


#: How far down a header that is not in row 1 is still looked for (to name where it is).
HEADER_SEARCH_ROWS = 10


def _read_header(block: Block, spec: SheetSpec, parsed: ParsedFile, title: str) -> _Layout | None:
    """The layout of the sheet from its row 1; ``None`` (with the errors said) when it cannot be read."""
    known = set(spec.headers)
    header = block.rows[0] if block.first == template.HEADER_ROW and block.rows else []
    if not known.intersection(_header_names(header)):
        for offset, row in enumerate(block.rows[:HEADER_SEARCH_ROWS]):
            number = block.first + offset
            if number > template.HEADER_ROW and len(known.intersection(_header_names(row))) >= 3:
                parsed.add(Problem("error", tr(
                    "Die Kopfzeile steht in Zeile {row}; sie muss in Zeile 1 stehen (bitte die Zeilen darüber "
                    "löschen). Das Blatt wird nicht gelesen.").format(row=number), title, number))
                return None
        if not any(cell != "" for cell in header):
            if any(cell != "" for row in block.rows for cell in row):
                parsed.add(Problem("error", tr(
                    "Zeile 1 ist leer; dort muss die Kopfzeile der Vorlage stehen (Familie, Standort, …). "
                    "Das Blatt wird nicht gelesen."), title, template.HEADER_ROW))
            return None  # an empty sheet: nothing to import
    found: dict[str, int] = {}
    duplicates: dict[str, list[int]] = {}
    for index, cell in enumerate(header):
        name = template.normalise_header(None if cell == "" else cell)
        if not name:
            continue
        if name in found:
            duplicates.setdefault(name, [found[name]]).append(index)
        else:
            found[name] = index
    positions, letters = [], []
    missing_key = False
    for column in spec.columns:
        index = found.get(column.header, -1)
        positions.append(index)
        letters.append(column_letters(index + 1) if index >= 0 else "")
        if index < 0:
            near = [n for n in found if n.casefold() == column.header.casefold() and n not in known]
            message = tr("Die Spalte fehlt; die Kopfzeile braucht jede Spalte der Vorlage.")
            if near:
                message += " " + tr(
                    "Gefunden wurde „{near}“ in Spalte {letter}; die Schreibweise muss genau stimmen."
                ).format(near=near[0], letter=column_letters(found[near[0]] + 1))
            parsed.add(Problem("error", message, title, template.HEADER_ROW, column.header))
            missing_key = missing_key or column.key
    for name, indices in duplicates.items():
        if name in known:
            parsed.add(
                Problem(
                    "error",
                    tr("Die Spalte „{column}“ steht mehrfach in Zeile 1 (Spalten {letters}); sie darf nur einmal vorkommen.").format(
                        column=name, letters=", ".join(column_letters(i + 1) for i in indices)
                    ),
                    title, template.HEADER_ROW, name, column_letters(indices[1] + 1),
                )
            )
            missing_key = True  # which one is meant cannot be told
    for name, index in found.items():
        if name not in known:
            parsed.add(
                Problem(
                    "warning",
                    tr("Die Spalte „{column}“ gehört nicht zur Vorlage und wird nicht eingelesen.").format(column=name),
                    title, template.HEADER_ROW, name, column_letters(index + 1),
                )
            )
    if missing_key:
        return None
    return _Layout(spec, title, positions, letters)


def _has_template_header(block: Block, spec: SheetSpec) -> bool:
    known = set(spec.headers)
    return any(len(known.intersection(_header_names(row))) >= 3 for row in block.rows[:HEADER_SEARCH_ROWS])


# --------------------------------------------------------------------------- reading


def read_file(path: str | os.PathLike, progress: Progress | None = None, *, today: date | None = None) -> ParsedFile:
    """Read and check an import file completely; see the module docstring for the rules.

    Raises :class:`ExcelFileError` when the file cannot be read as a workbook at all; every
    problem inside the workbook ends up in :attr:`ParsedFile.errors`/``warnings``.
    ``progress(done, total)`` is called every few thousand rows; whatever it raises (a
    cancel) propagates unchanged, and the file is closed.
    """
    path = Path(path)
    check_path(path)
    with paused_gc():
        return _read_file(path, progress, today)


def _read_file(path: Path, progress: Progress | None, today: date | None) -> ParsedFile:
    parsed = ParsedFile(path)
    package = inspect(path)
    chosen, similar = choose_sheets(package.sheets, parsed)
    if not chosen and not parsed.errors:
        names = ", ".join(values.shown(s.name) for s in package.sheets)
        parsed.add(Problem("error", tr(
            "Die Arbeitsmappe hat weder ein Blatt „{but}“ noch ein Blatt „{minijobs}“ (gefunden: {names})."
        ).format(but=template.BUT_SHEET, minijobs=template.MINIJOB_SHEET, names=names)))
    shared = shared_parts(package)
    reader = _Reader(parsed, today or date.today())
    done = 0
    with package.open() as archive:
        sizes = [archive.getinfo(sheet.part).file_size for _spec, sheet in chosen]
        total = sum(sizes)
        for spec, sheet in similar:
            first = next(_blocks(parsed, read_blocks(archive, shared, sheet, sheet.name)), None)
            if first is not None and _has_template_header(first, spec):
                parsed.add(Problem("error", tr(
                    "Das Blatt sieht aus wie „{name}“ und hat die Kopfzeile der Vorlage, wird aber nicht "
                    "gelesen (nur ein Blatt mit genau dem Namen „{name}“); bitte umbenennen oder löschen."
                ).format(name=spec.name), sheet.name))
            else:
                parsed.add(Problem("warning", tr(
                    "Das Blatt wird nicht gelesen (nur „{but}“ und „{minijobs}“ werden eingelesen)."
                ).format(but=template.BUT_SHEET, minijobs=template.MINIJOB_SHEET), sheet.name))
        for (spec, sheet), size in zip(chosen, sizes):
            start = done
            # calamine parses the next slice (without the interpreter lock) while this one is checked
            blocks = ahead(read_blocks(archive, shared, sheet, sheet.name))
            try:
                for count in reader.read_sheet(spec, sheet.name, _blocks(parsed, blocks)):
                    done = min(done + count, start + size)
                    if progress is not None:
                        progress(done, total)
            finally:
                blocks.close()
            done = start + size  # the sheet's XML before and after its rows
            if progress is not None:
                progress(done, total)
    reader.finish()
    return parsed



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
        dated = [i for i, j in enumerate(self.step_cols) if but.columns[j].kind == "step_date"]
        self.i_applied, self.i_approved = dated  # Antrag gestellt and bewilligt: ja, nein or a date
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

    def read_sheet(self, spec: SheetSpec, title: str, blocks: Iterator[Block]) -> Iterator[int]:
        """Read one sheet from its blocks; yields how many bytes of it were read now and then."""
        self.parsed.rows[spec.name] = 0
        first = next(blocks, None)
        if first is None:
            return
        layout = _read_header(first, spec, self.parsed, title)
        if layout is None:
            yield first.size
            for block in blocks:  # the rest is not read, but checked for its size (and counted)
                yield block.size
            return
        self.layouts[spec.name] = layout
        columns = spec.columns
        positions = layout.positions
        template_column = {p: j for j, p in enumerate(positions) if p >= 0}
        # one C-level itemgetter picks the template's cells out of a row; a missing (optional)
        # column reads from an extra "" at the end of the padded row
        width = max(positions) + 1
        spare = width if -1 in positions else None
        need = width + (spare is not None)
        getter = itemgetter(*[p if p >= 0 else spare for p in positions])
        pad = [""] * need
        caches = [self._cache(c) for c in columns]
        parses = [c.parse for c in columns]
        blanks = [c.parse(None) for c in columns]
        handle_row = self._but_row if spec is template.BUT else self._minijob_row
        data_rows = 0
        add = self.parsed.add
        for block in itertools.chain((first,), blocks):
            self._unreadable_cells(layout, block, template_column)
            rows = block.rows
            number = block.first - 1
            step = max(1, block.size * PROGRESS_EVERY // max(len(rows), 1))
            for index, row in enumerate(rows):
                number += 1
                if index and index % PROGRESS_EVERY == 0:
                    yield step
                if number <= template.HEADER_ROW:
                    continue
                if len(row) < need:
                    row = row + pad[len(row):]
                raw = getter(row)
                for v in raw:
                    if v != "" and (v.__class__ is not str or v.strip()):
                        break
                else:
                    continue  # nothing in the template's columns: an empty row
                data_rows += 1
                clean = list(blanks)
                failed: set[int] | frozenset[int] = _NONE_FAILED
                for j, value in enumerate(raw):
                    if value == "":
                        continue
                    # a text is its own key; other values carry their type (1.0, 1 and True are equal)
                    key = value if value.__class__ is str else (value.__class__, value)
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
            yield block.size - step * (len(rows) // PROGRESS_EVERY)
            block.rows = []
        self.parsed.rows[spec.name] = data_rows

    def _unreadable_cells(self, layout: _Layout, block: Block, template_column: dict[int, int]) -> None:
        """Formulas without a stored result and error values in template columns: errors at the cell."""
        for ref in block.part.formulas_without_result:
            place = _cell_place(ref, template_column)
            if place is not None:
                self.parsed.add(layout.problem("error", tr(
                    "Formel ohne berechnetes Ergebnis – bitte die Datei in Excel öffnen und speichern "
                    "(oder statt der Formel den Wert eintragen)."), place[0], place[1]))
        for ref, shown_value in block.part.error_values:
            place = _cell_place(ref, template_column)
            if place is not None:
                self.parsed.add(layout.problem("error", tr(
                    "Die Zelle enthält den Fehlerwert {value}; erwartet: ein Wert wie in der Vorlage."
                ).format(value=values.shown(shown_value)), place[0], place[1]))

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
                self._merge(layout, number, j, raw[j], clean[j], family.values, family.sources, j - 1, self.family_rule)
        family.last = given
        return family

    def _merge(self, layout, number, j, raw, value, merged: list, sources: list, index: int, rule: str) -> None:
        """Take a family or child value from this row, or report that it disagrees."""
        if value is None:
            return
        known = merged[index]
        if known is None:
            merged[index] = value
            sources[index] = Source(layout.title, number, raw)
        elif known != value:
            first = sources[index]
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
        given = [clean[j] for j in self.child_cols]
        if given != child.last or failed:  # a child's rows repeat its age and Einrichtung: merged once
            for index, j in enumerate(self.child_cols):
                if j not in failed:
                    self._merge(layout, number, j, raw[j], clean[j], child.values, child.sources, index, self.child_rule)
            child.last = given
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
        other = child.entry(area)
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
        child.entries.append(self._entry(layout, number, raw, clean, failed, area))

    def _entry(self, layout, number, raw, clean, failed, area) -> EntryIn:
        """The entry of a row; after an error its answers are left empty (nothing is written)."""
        steps = self.step_cols
        applied_on = approved_on = None
        if not failed.intersection(steps):
            answers = [clean[j] for j in steps]
            answers[self.i_applied], applied_on = answers[self.i_applied]
            answers[self.i_approved], approved_on = answers[self.i_approved]
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
            journey = _NO_JOURNEY
        return EntryIn(area, number, journey, applied_on, approved_on, clean[self.j_details], clean[self.j_reason])

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
        job = tuple(clean[j] for j, _name in self.job_cols)
        j_possible, j_topped = self.j_possible, self.j_topped
        if clean[j_topped] is not None and clean[j_possible] is not True and not {j_possible, j_topped} & failed:
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
        has_job = any(v is not None for v in job)
        family.persons[name] = PersonIn(name, number, clean[self.j_person_age], job if has_job else None)

    # -- after all rows ----------------------------------------------------------------------

    def finish(self) -> None:
        """Plausibility of families, children, entries and Minijobs, now that each record's values
        are merged (warnings; they never stop an import)."""
        add = self.parsed.add
        but = self.layouts.get(template.BUT.name)
        jobs = self.layouts.get(template.MINIJOBS.name)
        j_created = _index(template.BUT, FAMILY, "created_on")
        j_age = _index(template.BUT, CHILD, "age_years")
        j_started = _index(template.MINIJOBS, MINIJOB, "started_on")
        for family in self.families.values():
            created_on = family.value("created_on")
            implausible = journeys.date_warning(created_on, self.today)
            if implausible:
                source = family.source("created_on")
                layout = next((la for la in self.layouts.values() if source and la.title == source.sheet), but or jobs)
                if layout is not None:
                    add(layout.problem("warning", implausible, source.row if source else family.row, j_created,
                                       created_on))
            if but is not None:
                for child in family.children.values():
                    age = child.value("age_years")
                    facility_value = child.value("facility")
                    facility = Facility(facility_value) if facility_value else None
                    for message in journeys.child_warnings(age, facility):
                        source = child.sources[CHILD_FIELDS.index("age_years")]
                        add(but.problem("warning", message, source.row if source else child.row, j_age, age))
                    school_worry = facility in journeys.NO_SCHOOL
                    for entry in child.entries:
                        dated = entry.applied_on is not None or entry.approved_on is not None
                        if not dated and not (school_worry and entry.journey.entitled is True):
                            continue  # nothing entry_warnings could find (the usual case, checked fast)
                        for message in journeys.entry_warnings(
                            Area(entry.area), entry.journey, facility, entry.applied_on, entry.approved_on,
                            self.today, created_on,
                        ):
                            add(but.problem("warning", message, entry.row, self.j_area, entry.area))
            if jobs is not None:
                for person in family.persons.values():
                    started_on = (person.job() or {}).get("started_on")
                    implausible = journeys.date_warning(started_on, self.today)
                    if implausible:
                        add(jobs.problem("warning", implausible, person.row, j_started, started_on))


def _cell_place(ref: str, template_column: dict[int, int]) -> tuple[int, int] | None:
    """(row, template column) of a cell address in a template column below the header, else None."""
    letters = ref.rstrip("0123456789")
    digits = ref[len(letters):]
    if not letters or not digits:
        return None
    row = int(digits)
    j = template_column.get(column_number(letters) - 1)
    return None if j is None or row <= template.HEADER_ROW else (row, j)


_INDEX: dict[tuple[int, str, str], int] = {}


def _index(spec: SheetSpec, record: str, name: str) -> int:
    key = (id(spec), record, name)
    if key not in _INDEX:
        _INDEX[key] = next(j for j, c in enumerate(spec.columns) if c.record == record and c.field == name)
    return _INDEX[key]
