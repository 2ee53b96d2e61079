"""Looking into an .xlsx package before its values are read: sizes, sheets, formulas without a result.

An .xlsx file is a zip of XML parts. python-calamine reads the values of a sheet fast (Rust), but
some things it does not tell, and they decide whether an import is complete or silently wrong:

* **Which sheets there are, and whether each one's part exists.** A workbook whose
  ``xl/workbook.xml`` names a sheet without its part is damaged; it is refused, not read in part.
* **Formula cells without a stored result.** Excel always stores the result of a formula next to
  it; files written by scripts, pandas or converters often store only the formula. A reader of
  values then sees an empty cell — and an import would *clear* what is stored. Such cells are
  found here (:func:`formula_cells_without_result`) and refused with their address.
* **How large the sheet really is.** calamine holds a sheet as a dense rectangle from its first to
  its last used cell; one stray cell far right or far down turns 100,000 rows into a billion
  cells. :func:`scan_sheet` measures the used area from the XML first.

Everything here streams: a part is decompressed chunk by chunk and searched with ``bytes``
operations (no XML tree), and members are checked by the sizes the zip directory states before
anything is decompressed (a zip bomb is refused before it explodes). The limits are documented in
``docs/excel.md``.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from xml.etree import ElementTree as ET

from userjourney.core.errors import UserError, os_error_text
from userjourney.core.i18n import tr
from userjourney.core.values import shown

#: A part may unpack to at most this many bytes (a sheet of 1,000,000 rows of the template
#: is about 600 MB of XML).
MAX_PART_BYTES = 1024 * 1024 * 1024
#: All parts together.
MAX_TOTAL_BYTES = 2 * MAX_PART_BYTES
#: A part larger than :data:`RATIO_FROM_BYTES` may unpack to at most this many times its
#: compressed size. Sheet XML compresses 10–30 ×; a zip bomb thousands of times.
MAX_RATIO = 200
RATIO_FROM_BYTES = 16 * 1024 * 1024
#: Parts in a package (Excel writes a dozen; hundreds with many sheets).
MAX_MEMBERS = 10_000
#: Excel's own limits of a sheet.
MAX_ROWS = 1_048_576
MAX_COLUMNS = 16_384
#: The dense area a sheet may span (rows × columns from A1 to its last used cell): 60 million
#: cells, far above 1,000,000 rows × the template's 21 columns, far below what would exhaust memory.
MAX_CELLS = 60_000_000
#: The longest text a cell may hold (Excel's own limit).
MAX_CELL_CHARS = 32_767

CHUNK = 1 << 20

_NS_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_NS_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_NS_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"


class ExcelFileError(UserError):
    """The file cannot be read as a workbook at all (missing, empty, not .xlsx, damaged, too large)."""


@dataclass(frozen=True)
class SheetPart:
    """One sheet of the workbook: its name as shown in Excel and the zip member holding it."""

    name: str
    part: str
    index: int


@dataclass(frozen=True)
class Package:
    """A checked .xlsx package: where its sheets are."""

    path: Path
    sheets: tuple[SheetPart, ...]

    def open(self) -> zipfile.ZipFile:
        return zipfile.ZipFile(self.path)


def _refuse(path: Path, reason: str) -> ExcelFileError:
    """Over a limit (size, ratio, parts): the file may be a workbook, but it is not read."""
    return ExcelFileError(
        tr("Die Datei {path} wird nicht eingelesen: {reason}").format(path=shown(str(path), limit=None), reason=reason)
    )


def _damaged(path: Path, reason: str) -> ExcelFileError:
    """A zip, but its parts do not make a workbook."""
    return ExcelFileError(
        tr("Die Datei {path} ist keine lesbare Excel-Arbeitsmappe (.xlsx): {reason}").format(
            path=shown(str(path), limit=None), reason=reason)
    )


def inspect(path: Path) -> Package:
    """Check the package's directory and find its sheets; raises :class:`ExcelFileError`."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError):
        raise ExcelFileError(tr(
            "Die Datei {path} ist keine Excel-Arbeitsmappe (.xlsx); bitte in Excel als „Excel-Arbeitsmappe (*.xlsx)“ "
            "speichern (alte .xls-Dateien und Dateien mit Kennwortschutz gehen nicht).").format(
            path=shown(str(path), limit=None))) from None
    except OSError as exc:
        raise _refuse(path, os_error_text(exc)) from None
    with archive:
        members = archive.infolist()
        if len(members) > MAX_MEMBERS:
            raise _refuse(path, tr("sie besteht aus {n} Teilen (höchstens {limit}).").format(
                n=len(members), limit=MAX_MEMBERS))
        total = 0
        for member in members:
            total += member.file_size
            if member.file_size > MAX_PART_BYTES:
                raise _refuse(path, tr("der Teil „{part}“ wäre entpackt {mb} MB groß (höchstens {limit} MB).").format(
                    part=member.filename, mb=member.file_size // 2**20, limit=MAX_PART_BYTES // 2**20))
            if member.file_size > RATIO_FROM_BYTES and member.file_size > MAX_RATIO * max(member.compress_size, 1):
                raise _refuse(path, tr(
                    "der Teil „{part}“ ist ungewöhnlich stark gepackt ({ratio} : 1, höchstens {limit} : 1) — "
                    "so sieht eine manipulierte Datei aus.").format(
                    part=member.filename, ratio=member.file_size // max(member.compress_size, 1), limit=MAX_RATIO))
        if total > MAX_TOTAL_BYTES:
            raise _refuse(path, tr("sie wäre entpackt {mb} MB groß (höchstens {limit} MB).").format(
                mb=total // 2**20, limit=MAX_TOTAL_BYTES // 2**20))
        names = {m.filename for m in members}
        sheets = _sheets(path, archive, names)
    return Package(path, sheets)


def _read_xml(path: Path, archive: zipfile.ZipFile, part: str) -> ET.Element:
    try:
        return ET.fromstring(archive.read(part))
    except KeyError:
        raise _damaged(path, tr("der Teil „{part}“ fehlt.").format(part=part)) from None
    except (ET.ParseError, zipfile.BadZipFile, OSError, EOFError, RuntimeError):
        raise _damaged(path, tr("der Teil „{part}“ ist beschädigt.").format(part=part)) from None


def _workbook_part(path: Path, archive: zipfile.ZipFile) -> str:
    """The workbook's part, from the package's relationships (usually ``xl/workbook.xml``)."""
    rels = _read_xml(path, archive, "_rels/.rels")
    for rel in rels.iter(f"{_NS_PKG_REL}Relationship"):
        if rel.get("Type", "").endswith("/officeDocument"):
            return str(PurePosixPath(rel.get("Target", "").lstrip("/")))
    raise _damaged(path, tr("sie enthält keine Arbeitsmappe."))


def _sheets(path: Path, archive: zipfile.ZipFile, names: set[str]) -> tuple[SheetPart, ...]:
    workbook_part = _workbook_part(path, archive)
    workbook = _read_xml(path, archive, workbook_part)
    folder = PurePosixPath(workbook_part).parent
    rels_part = str(folder / "_rels" / (PurePosixPath(workbook_part).name + ".rels"))
    targets = {}
    for rel in _read_xml(path, archive, rels_part).iter(f"{_NS_PKG_REL}Relationship"):
        target = rel.get("Target", "")
        resolved = target.lstrip("/") if target.startswith("/") else _normalise(folder / target)
        targets[rel.get("Id")] = resolved
    found = []
    for index, sheet in enumerate(workbook.iter(f"{_NS_MAIN}sheet")):
        name = sheet.get("name", "")
        part = targets.get(sheet.get(f"{_NS_REL}id"))
        if part is None or part not in names:
            raise _damaged(path, tr("das Blatt {sheet} ist in der Arbeitsmappe genannt, aber sein Inhalt fehlt.").format(
                sheet=shown(name)))
        found.append(SheetPart(name, part, index))
    return tuple(found)


def _normalise(path: PurePosixPath) -> str:
    parts: list[str] = []
    for piece in path.parts:
        if piece == "..":
            if parts:
                parts.pop()
        elif piece != ".":
            parts.append(piece)
    return "/".join(parts)


# --------------------------------------------------------------------------- one sheet's XML

_ROW_START = re.compile(rb"<(?:\w+:)?row[\s>/]")
_ROW_END = re.compile(rb"</(?:\w+:)?row>|<(?:\w+:)?row\b[^>]*/>")
_ROW_NUMBER = re.compile(rb"<(?:\w+:)?row\b[^>]*?\br=\"(\d+)\"")
_SHEET_DATA = re.compile(rb"<(\w+:)?sheetData\b[^>]*>|<(\w+:)?sheetData\s*/>")
_SHEET_DATA_END = re.compile(rb"</(?:\w+:)?sheetData>")
_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
_ERROR_TYPE = re.compile(rb"\bt=\"e\"")
_CELL = re.compile(rb"<((?:\w+:)?)c\b([^>]*?)(/>|>(.*?)</\1c>)", re.S)
_CELL_REF = re.compile(rb"\br=\"([A-Z]+)(\d+)\"")
_VALUE = re.compile(rb"<(?:\w+:)?v\b[^>]*>([^<]+)|<(?:\w+:)?is\b")
_EMPTY_VALUE = re.compile(rb"<(?:\w+:)?v\b")
_STRING_RESULT = re.compile(rb"\bt=\"str\"")


def column_number(letters: bytes | str) -> int:
    """``A`` → 1, ``Z`` → 26, ``AA`` → 27 … ``XFD`` → 16384."""
    number = 0
    for char in letters.decode() if isinstance(letters, bytes) else letters:
        number = number * 26 + ord(char) - 64
    return number


def column_letters(number: int) -> str:
    """1 → ``A`` … 16384 → ``XFD``."""
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _beyond(column: int) -> re.Pattern[bytes]:
    """A cell address in a column right of ``column``. The pattern starts with a literal, so the
    regular expression engine skims the XML for it; on a sheet of the template it finds nothing."""
    if column >= 26:
        return re.compile(rb' r="[A-Z]{2,3}\d')
    letters = "".join(chr(65 + i) for i in range(column, 26))
    return re.compile(rb' r="(?:[' + letters.encode() + rb']|[A-Z]{2,3})\d')


@dataclass
class Slice:
    """A run of whole rows of a sheet's XML, with what :func:`slices` found in it."""

    xml: bytes
    #: The highest row and column number used in it (1-based; 0 = none).
    rows: int = 0
    columns: int = 0
    #: Cells holding a formula but no stored result, and cells holding an error value (#NV …).
    formulas_without_result: list[str] = field(default_factory=list)
    error_values: list[tuple[str, str]] = field(default_factory=list)
    #: Rows counted that carry no row number (some generators leave ``r`` out).
    unnumbered_rows: int = 0


@dataclass(frozen=True)
class SheetXml:
    """The part of a sheet's XML before its rows (without ``<dimension>``, which may lie), and its size."""

    head: bytes
    size: int


_DIMENSION = re.compile(rb"<(?:\w+:)?dimension\b[^>]*/>")


def slices(archive: zipfile.ZipFile, part: str, slice_bytes: int) -> tuple[SheetXml, Iterator[Slice]]:
    """The sheet ``part`` as its head and a stream of :class:`Slice` of whole rows.

    One streamed pass decompresses the part; each slice of about ``slice_bytes`` ends at a row's
    end and is measured (last row number, widest column) and searched for formulas without a
    stored result and for error values, each only in slices that contain one. The head (up to
    ``<sheetData>``) is read first. A stated ``<dimension>`` is dropped: a reader that trusted a
    false one could reserve memory for billions of cells.
    """
    source = archive.open(part)
    size = archive.getinfo(part).file_size
    buffer = b""
    while True:  # the head: everything up to and including <sheetData …>
        chunk = source.read(CHUNK)
        buffer += chunk
        found = _SHEET_DATA.search(buffer)
        if found or not chunk:
            break
    if found is None or found.group(0).endswith(b"/>"):  # no <sheetData>, or an empty one
        source.close()
        head = buffer[: found.start()] if found is not None else buffer
        return SheetXml(_DIMENSION.sub(b"", head) + b"<sheetData>", size), iter(())
    head, rest = buffer[: found.end()], buffer[found.end():]
    tags = _Tags(found.group(1) or b"")

    def generate() -> Iterator[Slice]:
        columns = 0
        chunks = [rest]
        gathered = len(rest)
        searched = 0  # how much of the joined chunks was searched for the end of the rows
        with source:
            while True:
                chunk = source.read(CHUNK)
                if chunk:
                    chunks.append(chunk)
                    gathered += len(chunk)
                    if gathered < slice_bytes:
                        continue
                data = b"".join(chunks)
                end_of_data = data.find(tags.end_of_rows, max(0, searched - 64))
                searched = len(data)
                if end_of_data >= 0 or not chunk:
                    piece = data[:end_of_data] if end_of_data >= 0 else data
                    if piece.strip():
                        yield _measure(piece, columns, tags)
                    return
                cut = _last_row_end(data, tags)
                if cut <= 0:
                    chunks, gathered = [data], len(data)  # one row longer than a slice: read on
                    continue
                measured = _measure(data[:cut], columns, tags)
                chunks = [data[cut:]]
                gathered = searched = len(chunks[0])
                del data
                columns = measured.columns
                yield measured

    return SheetXml(_DIMENSION.sub(b"", head), size), generate()


class _Tags:
    """The literal tags of one sheet, with its namespace prefix ("" or e.g. "x:"), for fast searches."""

    def __init__(self, prefix: bytes) -> None:
        self.row_open = b"<" + prefix + b"row"
        self.row_close = b"</" + prefix + b"row>"
        self.formula = b"<" + prefix + b"f"
        self.end_of_rows = b"</" + prefix + b"sheetData>"


def _last_row_end(data: bytes, tags: _Tags) -> int:
    """Where the last complete row of ``data`` ends (0 when none does)."""
    closing = data.rfind(tags.row_close)
    if closing >= 0:
        return closing + len(tags.row_close)
    for match in _ROW_END.finditer(data):  # only self-closing empty rows
        closing = match.end()
    return max(closing, 0)


def _measure(xml: bytes, known_columns: int, tags: _Tags) -> Slice:
    """Measure a slice with searches for literals (fast in C); look closer only where one hits."""
    piece = Slice(xml)
    last_row = xml.rfind(tags.row_open)
    number = _ROW_NUMBER.match(xml, last_row) if last_row >= 0 else None
    if number is not None:
        piece.rows = int(number.group(1))
    else:
        piece.unnumbered_rows = xml.count(tags.row_open)
    columns = known_columns
    while True:
        wider = _beyond(columns).search(xml)
        if wider is None:
            break
        ref = _CELL_REF.search(xml, wider.start())
        if ref is None:
            break
        columns = max(columns + 1, column_number(ref.group(1)))
    piece.columns = columns
    if tags.formula in xml:
        piece.formulas_without_result = _formulas_without_result(xml)
    if b't="e"' in xml:
        piece.error_values = _error_values(xml)
    return piece


def _address(attributes: bytes) -> str:
    ref = _CELL_REF.search(attributes)
    return (ref.group(1) + ref.group(2)).decode() if ref else "?"


def _formulas_without_result(xml: bytes) -> list[str]:
    found = []
    for match in _CELL.finditer(xml):
        body = match.group(4) or b""
        if not _FORMULA.search(body):
            continue
        if _VALUE.search(body):
            continue  # a stored result (or an inline string)
        if _STRING_RESULT.search(match.group(2)) and _EMPTY_VALUE.search(body):
            continue  # a formula whose stored result is the empty text
        found.append(_address(match.group(2)))
    return found


def _error_values(xml: bytes) -> list[tuple[str, str]]:
    found = []
    for match in _CELL.finditer(xml):
        if not _ERROR_TYPE.search(match.group(2)):
            continue
        value = _VALUE.search(match.group(4) or b"")
        found.append((_address(match.group(2)), value.group(1).decode(errors="replace") if value and value.group(1) else "#"))
    return found


# --------------------------------------------------------------------------- a slice as a workbook

_CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/xl/workbook.xml" '
    b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    b'<Override PartName="/xl/worksheets/sheet1.xml" '
    b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    b'<Override PartName="/xl/styles.xml" '
    b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    b'<Override PartName="/xl/sharedStrings.xml" '
    b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    b"</Types>"
)
_PACKAGE_RELS = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    b'officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
_R = b"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


@dataclass(frozen=True)
class Shared:
    """What every slice of a workbook needs besides its rows: styles (which numbers are dates),
    the shared strings, and whether dates count from 1904."""

    styles: bytes | None
    shared_strings: bytes | None
    date1904: bool


def shared_parts(package: Package) -> Shared:
    with package.open() as archive:
        names = set(archive.namelist())
        workbook_part = _workbook_part(package.path, archive)
        folder = PurePosixPath(workbook_part).parent
        styles = shared = None
        rels_part = str(folder / "_rels" / (PurePosixPath(workbook_part).name + ".rels"))
        for rel in _read_xml(package.path, archive, rels_part).iter(f"{_NS_PKG_REL}Relationship"):
            kind = rel.get("Type", "")
            target = rel.get("Target", "")
            resolved = target.lstrip("/") if target.startswith("/") else _normalise(folder / target)
            if resolved not in names:
                continue
            if kind.endswith("/styles"):
                styles = archive.read(resolved)
            elif kind.endswith("/sharedStrings"):
                shared = archive.read(resolved)
        workbook = _read_xml(package.path, archive, workbook_part)
        properties = workbook.find(f"{_NS_MAIN}workbookPr")
        date1904 = properties is not None and properties.get("date1904", "0").lower() in ("1", "true")
    return Shared(styles, shared, date1904)


def slice_workbook(shared: Shared, sheet: SheetXml, rows: bytes) -> bytes:
    """A minimal .xlsx holding one sheet with ``rows`` (and the original styles and strings),
    for calamine to read: a slice costs memory in proportion to its rows, not the whole sheet's."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as out:
        out.writestr("[Content_Types].xml", _CONTENT_TYPES)
        out.writestr("_rels/.rels", _PACKAGE_RELS)
        properties = b'<workbookPr date1904="1"/>' if shared.date1904 else b""
        out.writestr("xl/workbook.xml", (
            b'<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' + properties +
            b'<sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>'))
        rels = [b'<Relationship Id="rId1" Type="' + _R + b'worksheet" Target="worksheets/sheet1.xml"/>']
        if shared.styles is not None:
            out.writestr("xl/styles.xml", shared.styles)
            rels.append(b'<Relationship Id="rId2" Type="' + _R + b'styles" Target="styles.xml"/>')
        if shared.shared_strings is not None:
            out.writestr("xl/sharedStrings.xml", shared.shared_strings)
            rels.append(b'<Relationship Id="rId3" Type="' + _R + b'sharedStrings" Target="sharedStrings.xml"/>')
        out.writestr("xl/_rels/workbook.xml.rels", (
            b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + b"".join(rels) + b"</Relationships>"))
        out.writestr("xl/worksheets/sheet1.xml", sheet.head + rows + b"</sheetData></worksheet>")
    return buffer.getvalue()
