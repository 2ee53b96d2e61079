"""Writing workbooks: the one way every workbook of the program is made (template, export with
its summary sheets, a family's history).

Everything is written with openpyxl's write-only mode (rows streamed to disk, constant
memory) from :func:`new_workbook`, and saved atomically: to a temporary file beside the
target (0600), then renamed, so a crash or a full disk never leaves half a workbook under the
final name (and an existing file of that name stays intact until the new one is complete).

What a person typed never becomes anything but text: every cell goes through
:meth:`Styles.cell`, which stores a text beginning with "=" as text (never a formula — no
``=HYPERLINK(…)`` or DDE payload in a file the Jobcenter opens) and turns control characters
into line breaks or drops them (:func:`userjourney.core.values.printable_text`; XML cannot
hold them). openpyxl streams the rows into scratch files first; those go to this process's
private folder (:func:`userjourney.core.private.scratch_folder`), not the shared system temp
folder, are deleted when the workbook is saved or given up, and by the next start after a crash.

A data sheet (``BuT``/``Minijobs``) looks the same in the template and in the export: the
exact header names of exchange-format.md §2 in bold on a tinted row, frozen, with column
widths, number and date formats, drop-down lists for the fixed vocabularies, an autofilter,
and a print setup (landscape, one page wide, the header row repeated, title and Stand in the
page header).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from copy import copy
from datetime import date
from pathlib import Path
from typing import Any

from userjourney.core import private, values
from userjourney.core.errors import UserError, os_error_text
from userjourney.core.excel import template
from userjourney.core.excel.template import SheetSpec
from userjourney.core.i18n import tr
from userjourney.core.private import scratch_folder
from userjourney.core.vocab import NO, YES

HEADER_FILL = "DCE6F1"
TITLE_COLOR = "1F3864"
LAST_ROW = 1_048_576


class ExcelWriteError(UserError):
    """The workbook cannot be written (folder missing, no permission, disk full …)."""


# --------------------------------------------------------------------------- making, saving


def new_workbook():
    """An empty write-only workbook whose scratch files stay in the private scratch folder."""
    from openpyxl import Workbook

    _keep_scratch_private()
    return Workbook(write_only=True)


def _keep_scratch_private() -> None:
    """Point openpyxl's scratch files (``worksheet._writer.create_temporary_file``, the one
    place it makes them) into :func:`~userjourney.core.private.scratch_folder`."""
    from openpyxl.worksheet import _writer

    if getattr(_writer.create_temporary_file, "userjourney", False):
        return

    def create_temporary_file(suffix: str = "") -> str:
        fd, name = tempfile.mkstemp(prefix="openpyxl.", suffix=suffix, dir=scratch_folder())
        os.close(fd)
        _writer.ALL_TEMP_FILES.append(name)
        return name

    create_temporary_file.userjourney = True  # type: ignore[attr-defined]
    _writer.create_temporary_file = create_temporary_file


def check_target(path: str | os.PathLike) -> Path:
    """Refuse early a target whose folder is missing (before any work is done)."""
    return private.check_target(path, ExcelWriteError)


def discard(workbook) -> None:
    """Give up a write-only workbook: close its sheet streams and delete their temporary files.

    Without this, openpyxl's abandoned row generators complain at interpreter exit.
    """
    for worksheet in getattr(workbook, "_sheets", ()):
        try:
            if not getattr(worksheet, "closed", True):
                worksheet.close()
        except Exception:  # half-written streams: only the cleanup matters
            pass
        out = getattr(getattr(worksheet, "_writer", None), "out", None)
        if isinstance(out, str):
            Path(out).unlink(missing_ok=True)


@contextmanager
def building(workbook):
    """``with building(wb):`` — on any exception the workbook is discarded, then re-raised."""
    try:
        yield workbook
    except BaseException:
        discard(workbook)
        raise


def save_atomically(workbook, path: str | os.PathLike) -> Path:
    """Save ``workbook`` to ``path`` via a temporary file in the same folder and a rename."""
    try:
        path = check_target(path)
    except ExcelWriteError:
        discard(workbook)
        raise
    folder = path.parent
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".xlsx.part", dir=folder)
    except OSError as exc:
        discard(workbook)
        raise ExcelWriteError(
            tr("In den Ordner „{folder}“ kann nicht geschrieben werden: {error}").format(
                folder=folder, error=os_error_text(exc)
            )
        ) from None
    os.close(fd)
    try:
        workbook.save(temp)
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        discard(workbook)
        raise ExcelWriteError(
            tr("Die Datei „{path}“ kann nicht geschrieben werden: {error}").format(
                path=path, error=os_error_text(exc)
            )
        ) from None
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        discard(workbook)
        raise
    return path


# --------------------------------------------------------------------------- cells and styles


class Styles:
    """The few cell styles of our workbooks, created once per workbook sheet as needed.

    openpyxl's write-only cells carry their style; building a style per cell costs more than
    the cell, so each kind of cell is made from a prototype whose style is copied.
    """

    def __init__(self, worksheet) -> None:
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Alignment, Font, PatternFill

        self.ws = worksheet
        self._cell = WriteOnlyCell
        self._prototypes: dict[str, Any] = {}
        self._font, self._fill, self._alignment = Font, PatternFill, Alignment

    def _prototype(self, kind: str):
        cell = self._prototypes.get(kind)
        if cell is not None:
            return cell
        cell = self._cell(self.ws)
        Font, Fill, Alignment = self._font, self._fill, self._alignment
        if kind == "date":
            cell.number_format = template.DATE_FORMAT
        elif kind == "int":
            cell.number_format = template.NUMBER_FORMAT
        elif kind == "percent":
            cell.number_format = "0%"
        elif kind == "header":
            cell.font = Font(bold=True)
            cell.fill = Fill("solid", start_color=HEADER_FILL)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        elif kind == "title":
            cell.font = Font(bold=True, size=16, color=TITLE_COLOR)
        elif kind == "subtitle":
            cell.font = Font(bold=True, size=12, color=TITLE_COLOR)
        elif kind == "bold":
            cell.font = Font(bold=True)
        elif kind == "bold_int":
            cell.font = Font(bold=True)
            cell.number_format = template.NUMBER_FORMAT
        elif kind == "num":
            cell.number_format = template.NUMBER_FORMAT
            cell.alignment = Alignment(vertical="top")
        elif kind == "hidden":  # a count hidden by small-cell suppression, where its number would be
            cell.alignment = Alignment(vertical="top", horizontal="right")
        elif kind == "bold_num":
            cell.font = Font(bold=True)
            cell.number_format = template.NUMBER_FORMAT
            cell.alignment = Alignment(vertical="top")
        elif kind == "header_right":
            cell.font = Font(bold=True)
            cell.fill = Fill("solid", start_color=HEADER_FILL)
            cell.alignment = Alignment(wrap_text=True, vertical="top", horizontal="right")
        elif kind == "wrap":
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        elif kind == "bold_wrap":
            cell.font = Font(bold=True)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        elif kind == "date_left":
            cell.number_format = template.DATE_FORMAT
            cell.alignment = Alignment(horizontal="left")
        elif kind == "datetime_left":
            cell.number_format = "DD.MM.YYYY HH:MM"
            cell.alignment = Alignment(horizontal="left")
        elif kind == "timestamp":
            cell.number_format = "DD.MM.YYYY HH:MM:SS"
            cell.alignment = Alignment(horizontal="left", vertical="top")
        elif kind == "note":
            cell.font = Font(italic=True, color="595959")
        else:
            raise KeyError(kind)
        self._prototypes[kind] = cell
        return cell

    def cell(self, value: Any, kind: str | None = None):
        """A write-only cell with ``value`` in the style ``kind`` (or a plain value)."""
        if isinstance(value, str):
            value = values.printable_text(value)
            if value.startswith("=") or kind is not None:
                cell = self._cell(self.ws, value)
                if value.startswith("="):
                    cell.data_type = "s"  # a text, never a formula (no formula injection)
                if kind is not None:
                    cell._style = copy(self._prototype(kind)._style)
                return cell
            return value
        if kind is None:
            return value
        cell = self._cell(self.ws, value)
        cell._style = copy(self._prototype(kind)._style)
        return cell


# --------------------------------------------------------------------------- data sheets


def _validations(worksheet, spec: SheetSpec, letters: dict[str, str]) -> None:
    """Drop-downs for the fixed vocabularies; whole numbers for ages; ja/nein/Datum for Anträge."""
    from openpyxl.worksheet.datavalidation import DataValidation

    by_list: dict[tuple[str, ...], list[str]] = {}
    for column in spec.columns:
        if column.choices:
            by_list.setdefault(tuple(str(c) for c in column.choices), []).append(letters[column.header])
    for choices, cols in by_list.items():
        validation = DataValidation(
            type="list",
            formula1='"' + ",".join(choices) + '"',
            allow_blank=True,
            showErrorMessage=True,
            errorTitle=tr("Ungültiger Wert"),
            error=tr("Bitte einen Wert aus der Liste wählen: {choices}.").format(choices=", ".join(choices))[:255],
        )
        for letter in cols:
            validation.add(f"{letter}2:{letter}{LAST_ROW}")
        worksheet.data_validations.append(validation)
    for column in spec.columns:
        letter = letters[column.header]
        if column.kind == "age":
            validation = DataValidation(
                type="whole", operator="between", formula1=str(template.MIN_AGE), formula2=str(template.MAX_AGE),
                allow_blank=True, showErrorMessage=True, errorTitle=tr("Ungültiges Alter"),
                error=tr("Das Alter ist eine ganze Zahl von 0 bis 120."),
            )
        elif column.kind == "step_date":
            first = f"{letter}2"
            validation = DataValidation(
                type="custom",
                formula1=f'OR(LOWER({first})="{YES}",LOWER({first})="{NO}",ISNUMBER({first}))',
                allow_blank=True, showErrorMessage=True, showInputMessage=True,
                errorTitle=tr("Ungültige Angabe"),
                error=tr("Erlaubt sind ja, nein oder ein Datum (TT.MM.JJJJ)."),
                promptTitle=column.header[:32],
                prompt=tr("ja, nein oder ein Datum (TT.MM.JJJJ); ein Datum heißt: ja, an diesem Tag."),
            )
        elif column.kind == "date":
            validation = DataValidation(
                type="date", operator="greaterThan", formula1="1",
                allow_blank=True, showErrorMessage=True, errorTitle=tr("Ungültiges Datum"),
                error=tr("Bitte ein Datum eingeben (TT.MM.JJJJ)."),
            )
        else:
            continue
        validation.add(f"{letter}2:{letter}{LAST_ROW}")
        worksheet.data_validations.append(validation)


def print_setup(
    worksheet, title: str, stand: date | None, *, landscape: bool = True, repeat_header: bool = True,
    one_page: bool = False,
) -> None:
    """Landscape, one page wide (``one_page``: and one page tall, for a summary sheet with its
    charts), title and Stand in the page header, page numbers below."""
    worksheet.page_setup.orientation = "landscape" if landscape else "portrait"
    worksheet.page_setup.paperSize = 9  # A4
    worksheet.page_setup.fitToWidth = 1
    worksheet.page_setup.fitToHeight = 1 if one_page else 0  # 0: as many pages down as needed
    worksheet.sheet_properties.pageSetUpPr.fitToPage = True
    worksheet.print_options.gridLines = False
    worksheet.page_margins.left = worksheet.page_margins.right = 0.5
    worksheet.page_margins.top = worksheet.page_margins.bottom = 0.75
    header = title if stand is None else tr("{title} – Stand {stand}").format(title=title, stand=values.format_date(stand))
    worksheet.oddHeader.center.text = header.replace("&", "&&")
    worksheet.oddHeader.center.size = 11
    worksheet.oddHeader.center.font = "Calibri,Bold"
    worksheet.oddFooter.right.text = tr("Seite &P von &N")
    worksheet.oddFooter.left.text = "userjourney"
    if repeat_header:
        worksheet.print_title_rows = "1:1"


#: The first year Excel's dates (1900 date system) can show.
EXCEL_FIRST_YEAR = 1900


def write_data_sheet(
    workbook,
    spec: SheetSpec,
    rows: Iterable[list[Any]],
    *,
    title: str,
    stand: date | None,
    progress: Callable[[int], None] | None = None,
) -> int:
    """A ``BuT``/``Minijobs`` sheet in template layout with ``rows`` (clean values, template
    column order); returns the number of data rows written."""
    from openpyxl.utils import get_column_letter

    worksheet = workbook.create_sheet(spec.name)
    styles = Styles(worksheet)
    letters = {c.header: get_column_letter(i + 1) for i, c in enumerate(spec.columns)}
    for column in spec.columns:
        dimension = worksheet.column_dimensions[letters[column.header]]
        dimension.width = column.width
        if column.number_format:
            dimension.number_format = column.number_format  # for cells typed in later
    worksheet.freeze_panes = "A2"
    print_setup(worksheet, title, stand)  # before the first row: part of it is written at the top
    worksheet.row_dimensions[1].height = 30  # headers wrap onto two lines
    worksheet.append([styles.cell(c.header, "header") for c in spec.columns])
    count = 0
    cell = styles.cell
    texts: dict[str, Any] = {}  # lists repeat the same texts (ja, nein, Bereiche): check each once
    for row in rows:
        out: list[Any] = []
        for value in row:
            if value is None:
                out.append(None)
            elif value.__class__ is str:
                text = texts.get(value)
                if text is None:
                    text = cell(value)
                    if text.__class__ is str and len(texts) < 50_000:
                        texts[value] = text
                out.append(text)
            elif value.__class__ is date:
                # Excel counts days from 1900: an earlier date (a typing error kept as typed) is
                # written as text TT.MM.JJJJ, which shows as it is and imports as the same date
                out.append(cell(value, "date") if value.year >= EXCEL_FIRST_YEAR else values.format_date(value))
            else:
                out.append(value)  # numbers stay numbers (General shows 13, 2 as they are)
        worksheet.append(out)
        count += 1
        if progress is not None and count % 2000 == 0:
            progress(count)
    last = get_column_letter(len(spec.columns))
    worksheet.auto_filter.ref = f"A1:{last}{count + 1}"
    # the template's columns only: a long Grund running over into empty cells is not printed
    worksheet.print_area = f"A1:{last}{count + 1}"
    _validations(worksheet, spec, letters)
    return count


# --------------------------------------------------------------------------- the template


def _explanation_rows() -> list[tuple[str, str, str]]:
    rows = []
    for spec in template.SHEETS:
        for column in spec.columns:
            if spec is template.MINIJOBS and column.record == template.FAMILY:
                continue  # the family columns are explained once, under BuT
            sheets = spec.name if column.record != template.FAMILY else f"{template.BUT_SHEET}, {template.MINIJOB_SHEET}"
            rows.append((column.header, sheets, column.hint))
    return rows


def explanation_lines() -> list[str]:
    """The rules of the template in German, one paragraph each (Erklärung sheet)."""
    return [
        tr("So füllen Sie die Vorlage aus"),
        tr(
            "Blatt „BuT“: eine Zeile je Kind und Bereich (Mittagsverpflegung, Lernförderung, Teilhabe "
            "schulisch, Teilhabe soziokulturell). Blatt „Minijobs“: eine Zeile je erwachsener Person. "
            "Ein Blatt darf fehlen."
        ),
        tr(
            "Die Überschriften in Zeile 1 nicht ändern. Die Reihenfolge der Spalten ist egal; weitere "
            "Spalten werden nicht eingelesen. Leerzeichen am Anfang oder Ende zählen nicht."
        ),
        tr(
            "Die Familienangaben (Familie bis Erziehungsstatus) stehen in jeder Zeile einer Familie und "
            "müssen überall gleich sein; eine leere Zelle übernimmt den Wert der anderen Zeilen. Ebenso "
            "Alter und Einrichtung eines Kindes."
        ),
        tr(
            "ja/nein in beliebiger Schreibweise; leer heißt: noch nicht beantwortet. Daten als Excel-Datum "
            "oder als Text TT.MM.JJJJ, TT.MM.JJ oder JJJJ-MM-TT."
        ),
        tr(
            "Reihenfolge der Schritte: ein „ja“ heißt, dass alle früheren Schritte auch „ja“ sind. Leere "
            "frühere Schritte werden als „ja“ übernommen (mit Hinweis); ein „nein“ vor einem späteren „ja“ "
            "ist ein Fehler."
        ),
        tr(
            "Beim Import werden Familien, Kinder, Bereiche und Personen über ihre Namen wiedererkannt: "
            "vorhandene werden aktualisiert, neue angelegt, nichts wird gelöscht. Was in einer Zeile steht, "
            "gilt — eine leere Zelle löscht den gespeicherten Wert (außer beim Erstelldatum). Ein zweiter "
            "Import derselben Datei ändert nichts."
        ),
        tr(
            "Wenn die Datei Fehler enthält, wird nichts importiert; alle Fehler werden mit Blatt, Zeile und "
            "Spalte aufgelistet."
        ),
        tr("Bitte nur Kürzel (Pseudonyme) für Familien verwenden, keine echten Namen."),
    ]


def write_template(path: str | os.PathLike, progress: Callable[[int, int], None] | None = None) -> Path:
    """The empty import template: both sheets with headers and drop-downs, and the Erklärung.

    ``progress`` is accepted so the GUI's background helper can run it like the other tasks.
    """
    path = check_target(path)
    workbook = new_workbook()
    title = tr("Vorlage User Journey")
    with building(workbook):
        for spec in template.SHEETS:
            write_data_sheet(workbook, spec, (), title=f"{title} {spec.name}", stand=None)
        write_explanation_sheet(workbook)
        set_properties(workbook, title)
        if progress is not None:
            progress(1, 1)
    return save_atomically(workbook, path)


def write_explanation_sheet(workbook) -> None:
    worksheet = workbook.create_sheet(template.EXPLANATION_SHEET)
    styles = Styles(worksheet)
    for letter, width in zip("ABC", (28, 22, 90)):
        worksheet.column_dimensions[letter].width = width
    print_setup(worksheet, tr("Erklärung zur Vorlage"), None, landscape=False, repeat_header=False)
    lines = explanation_lines()
    worksheet.append([styles.cell(lines[0], "title")])
    worksheet.append([])
    for paragraph in lines[1:]:
        worksheet.append([styles.cell("•", "bold"), None, styles.cell(paragraph, "wrap")])
    worksheet.append([])
    worksheet.append([styles.cell(tr("Spalte"), "header"), styles.cell(tr("Blatt"), "header"),
                      styles.cell(tr("Bedeutung und erlaubte Werte"), "header")])
    for header, sheets, hint in _explanation_rows():
        worksheet.append([styles.cell(header, "bold"), sheets, styles.cell(hint, "wrap")])


def set_properties(workbook, title: str) -> None:
    from userjourney import __version__

    workbook.properties.title = title
    workbook.properties.creator = f"userjourney {__version__}"
