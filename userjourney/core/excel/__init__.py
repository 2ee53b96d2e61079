"""Excel exchange with coaches and the Jobcenter: import, template, export.

* :func:`plan_import` / :func:`apply_import` — the two phases of an import (preview, then
  write in one transaction); :func:`import_file` does both (command line).
* :func:`write_template` — the empty template with drop-downs and an explanation sheet.
* :func:`export_workbook` — summary sheets with charts and the raw data in template layout.

The column layout lives in :mod:`.template`, parsing in :mod:`.reader`, comparing and
writing in :mod:`.importer`, workbooks in :mod:`.writer` and :mod:`.export`, the summary sheets
in :mod:`.report`, a family's history as a sheet in :mod:`.history_export`. openpyxl is
imported only inside the functions that read or write a workbook, so other commands start
without it.
"""

from userjourney.core.excel.export import ExportResult, export_workbook
from userjourney.core.excel.importer import (
    Counts,
    ImportPlan,
    ImportRefused,
    ImportResult,
    apply_import,
    check_file,
    compare,
    import_file,
    plan_import,
)
from userjourney.core.excel.reader import ExcelFileError, Problem
from userjourney.core.excel.writer import ExcelWriteError, write_template

__all__ = [
    "Counts",
    "ExcelFileError",
    "ExcelWriteError",
    "ExportResult",
    "ImportPlan",
    "ImportRefused",
    "ImportResult",
    "Problem",
    "apply_import",
    "check_file",
    "compare",
    "export_workbook",
    "import_file",
    "plan_import",
    "write_template",
]

