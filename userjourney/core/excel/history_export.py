"""The history of a family as an Excel sheet (for an audit, or a question from the family).

Written with openpyxl (imported only here, when needed), atomically: into a temporary file
beside the target, then renamed, so a crash never leaves half a workbook under the name.
It holds only what the history view shows (pseudonym, names as entered in the app), no more.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from userjourney.core.errors import UserError, os_error_text
from userjourney.core.history.audit import AuditRow
from userjourney.core.i18n import tr

COLUMNS = (("Zeitpunkt", 18), ("Wer", 20), ("Was", 34), ("Aktion", 11), ("Feld", 24), ("Vorher", 40), ("Nachher", 40))


def export_history(rows: Sequence[AuditRow], path: Path, family_code: str) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    path = Path(path)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = tr("Verlauf")
    sheet.append([tr(name) for name, _width in COLUMNS])
    for row in rows:
        sheet.append([row.at.astimezone().replace(tzinfo=None), row.actor, row.subject, row.action, row.field,
                      row.old, row.new])
    for index, (_name, width) in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for (cell,) in sheet.iter_rows(min_row=2, min_col=1, max_col=1):
        cell.number_format = "DD.MM.YYYY HH:MM:SS"
    for row_cells in sheet.iter_rows(min_row=2, min_col=6, max_col=7):
        for cell in row_cells:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{max(len(rows) + 1, 1)}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.oddHeader.center.text = tr("Verlauf der Familie {code} – Stand {now}").format(
        code=family_code, now=datetime.now().strftime("%d.%m.%Y %H:%M"))
    partial = path.with_name(f".{path.name}.part")
    try:
        workbook.save(partial)
        os.replace(partial, path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise UserError(tr("„{path}“ kann nicht geschrieben werden: {error}").format(
            path=path, error=os_error_text(exc))) from None
    return path
