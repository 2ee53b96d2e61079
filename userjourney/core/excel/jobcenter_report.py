"""The report for the Jobcenter (exchange-format §4, ``userjourney report``): the figures of
Anhang 6.6 and the Minijob summary, and nothing of any family.

It is the export's summary sheets (:mod:`.report`) without the raw sheets, the Verlauf (monthly
counts of a few families would need their own suppression; the Verlauf stays in the internal
export and ``userjourney trend``) and without naming a JobCoach, with ``min_cell`` small counts
hidden as :mod:`userjourney.core.summary.suppression` decides. The figures are
:func:`~userjourney.core.summary.counting.summarize`'s for the same filters, so they equal
``summary --json``.

What could carry a person into the file, and why it does not: cells hold only counts and the
fixed labels and catalogue texts the summary counts — a reason a coach typed is counted under
:data:`OWN_REASONS` without its words, the only place where the report groups differently from
``summary --json`` (same counts); the document properties
name the program, not the user; the page header holds the title and the Stand; there are no
comments or defined names. ``tests/core/test_jobcenter_report.py`` scans every part of the
package for the codes, names and notes of the ANNA families.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

from userjourney.core.errors import UserError
from userjourney.core.excel import report, writer
from userjourney.core.i18n import tr
from userjourney.core.storage.catalogue import shipped_catalogue
from userjourney.core.storage.database import Database
from userjourney.core.storage.models import utcnow
from userjourney.core.summary.counting import summarize
from userjourney.core.summary.filters import SummaryFilter
from userjourney.core.summary.model import ReasonCount, Summary, ranked
from userjourney.core.summary.reading import reading_session
from userjourney.core.summary.suppression import suppression_for
from userjourney.core.vocab import NO_REASON


@dataclass(frozen=True)
class ReportResult:
    """What :func:`write_report` wrote."""

    path: Path
    families: int
    min_cell: int | None
    hidden: int
    sheets: tuple[str, ...]
    #: why the access record could not be written (a read-only medium), else ``None``
    access_problem: str | None = None

    def describe(self) -> list[str]:
        lines = [*([self.access_problem] if self.access_problem else []),
            tr("Bericht für das Jobcenter geschrieben: {path}").format(path=self.path),
            tr("Blätter: {sheets}").format(sheets=", ".join(self.sheets)),
        ]
        if self.min_cell is None:
            lines.append(tr("Kleine Werte: nicht ausgeblendet (ohne --min-cell)"))
        else:
            lines.append(tr("Mindestfallzahl {n}: {hidden} Werte ausgeblendet (•)").format(
                n=self.min_cell, hidden=self.hidden))
        return lines


#: Where the report counts the reasons coaches typed themselves: their words may name a person.
OWN_REASONS = "eigene Angabe (Wortlaut nicht im Bericht)"


def shipped_reasons() -> set[tuple[str, str]]:
    """(Bereich, text) of the reasons the program ships (Anhang 6.6)."""
    return {(area.value, text) for area, texts in shipped_catalogue().items() for text in texts}


def without_own_reasons(summary: Summary, shipped: set[tuple[str, str]]) -> Summary:
    """The summary with every reason a coach typed counted under :data:`OWN_REASONS`: the
    report quotes only catalogue texts (exchange-format §4) — a typed reason can be "Frau Y.
    will nicht". The counts stay the summary's; only the typed wording is not shown."""
    areas = {}
    for area, figures in summary.areas.items():
        counts: dict[str, int] = {}
        for reason in figures.reasons:
            text = reason.reason if (area.value, reason.reason) in shipped or reason.reason == NO_REASON else tr(
                OWN_REASONS)
            counts[text] = counts.get(text, 0) + reason.count
        areas[area] = replace(figures, reasons=tuple(ReasonCount(text, n) for text, n in ranked(counts)))
    return replace(summary, areas=areas)


def check_min_cell(min_cell: int | None) -> None:
    """``--min-cell`` must be at least 2 (1 would hide nothing; the contract says N ≥ 2)."""
    if min_cell is not None and min_cell < 2:
        raise UserError(tr("--min-cell: die Mindestfallzahl muss mindestens 2 sein, nicht {n}.").format(n=min_cell))


def write_report(database: Database, path: str | os.PathLike, filters: SummaryFilter | None = None,
                 min_cell: int | None = None) -> ReportResult:
    """Write the report for ``filters`` to ``path`` (atomically); nothing on any failure."""
    filters = filters or SummaryFilter()
    check_min_cell(min_cell)
    path = writer.check_target(Path(path))
    with reading_session(database, filters, free_text=False) as session:
        summary = without_own_reasons(summarize(session, filters), shipped_reasons())
    hide = suppression_for(summary, min_cell)
    workbook = writer.new_workbook()
    with writer.building(workbook):
        names = report.summary_sheet_names()
        report.write_summary_sheets(workbook, summary, utcnow().astimezone(), names, hide, for_jobcenter=True)
        writer.set_properties(workbook, tr("User Journey – Bericht für das Jobcenter"))
        sheets = tuple(ws.title for ws in workbook.worksheets)
    writer.save_atomically(workbook, path)
    from userjourney.core.history.access import record_access
    from userjourney.core.summary.text import filters_line

    text = filters_line(filters, summary.stand)
    if hide.min_cell is not None:
        text += " · " + tr("Mindestfallzahl {n}").format(n=hide.min_cell)
    problem = record_access(database, "report", filters=text, families=summary.families, file=path)
    return ReportResult(path, summary.families, hide.min_cell, len(hide.hidden), sheets, problem)
