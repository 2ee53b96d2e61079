"""The history of a family as an Excel sheet (for an audit, or a question from the family).

Written through :mod:`.writer` like every workbook of the program: write-only, every text a
text (a value typed as ``=HYPERLINK(…)`` stays those characters), control characters made
printable, scratch files private, saved atomically as a file for the user only. It holds only
what the history view shows (pseudonym, names as entered in the app), no more.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from userjourney.core.excel import writer
from userjourney.core.history.audit import AuditRow
from userjourney.core.i18n import tr

COLUMNS = (("Zeitpunkt", 18), ("Wer", 20), ("Was", 34), ("Aktion", 11), ("Feld", 24), ("Vorher", 40), ("Nachher", 40))
#: Vorher and Nachher wrap (a list of Einzelheiten, a text with line breaks).
WRAPPED = frozenset({5, 6})


def export_history(rows: Sequence[AuditRow], path: Path, family_code: str) -> Path:
    from openpyxl.utils import get_column_letter

    path = writer.check_target(path)
    workbook = writer.new_workbook()
    with writer.building(workbook):
        sheet = workbook.create_sheet(tr("Verlauf"))
        styles = writer.Styles(sheet)
        for index, (_name, width) in enumerate(COLUMNS, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = width
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{max(len(rows) + 1, 1)}"
        writer.print_setup(sheet, tr("Verlauf der Familie {code} – Stand {now}").format(
            code=family_code, now=datetime.now().strftime("%d.%m.%Y %H:%M")), None)
        sheet.append([styles.cell(tr(name), "header") for name, _width in COLUMNS])
        for row in rows:
            cells = (row.at.astimezone().replace(tzinfo=None), row.actor, row.subject, row.action, row.field,
                     row.old, row.new)
            sheet.append([
                styles.cell(value, "timestamp" if index == 0 else "wrap" if index in WRAPPED else None)
                for index, value in enumerate(cells)
            ])
        writer.set_properties(workbook, tr("Verlauf der Familie {code}").format(code=family_code))
    return writer.save_atomically(workbook, path)
