"""The summary sheets of the export: a cover, one sheet per Bereich like Anhang 6.6, the Minijobs.

The figures come from :func:`userjourney.core.summary.summarize` and nothing is counted here:
the workbook, the GUI and ``userjourney summary`` show the same numbers. Each sheet writes its
tables top to bottom (write-only mode streams rows, so the sheet remembers which rows it wrote)
and places native Excel bar charts next to them that refer to those cells — a reader who
changes nothing sees the same bars as the Jobcenter does, and the charts stay editable.

Charts: value axes start at 0 (a shortened axis makes small differences look large), whole
numbers only, data labels on the bars, no legend where there is only one series.

The same sheets make the report for the Jobcenter (:mod:`.jobcenter_report`): there a
:class:`~userjourney.core.summary.suppression.Suppression` hides small counts (``•``), a chart
whose bars would include a hidden count is left out (a bar of 0 would be a lie), and the cover
names no JobCoach.
"""

from __future__ import annotations

import math
from datetime import datetime

from userjourney import __version__
from userjourney.core.excel import template
from userjourney.core.excel.writer import Styles, print_setup
from userjourney.core.i18n import tr
from userjourney.core.summary.model import AreaSummary, Summary
from userjourney.core.summary.suppression import (
    CHILDREN,
    FAMILIES,
    HIDDEN,
    MIGRATION,
    PERSONS,
    SINGLE_PARENT,
    SUSTAINABLE,
    TOPPED_UP,
    TOPUP_POSSIBLE,
    Suppression,
    area_cell,
    funnel_cell,
    support_cell,
)
from userjourney.core.summary.text import dates_text, facility_label, filter_text, period_text
from userjourney.core.values import format_date, format_moment
from userjourney.core.vocab import (
    AREAS,
    SUPPORT_LEVELS,
    FacilityType,
    support_level_label,
)

COVER_SHEET = "Übersicht"
MINIJOB_SUMMARY_SHEET = "Auswertung Minijobs"
LABEL_WIDTH = 58  # column A: long enough for most reasons on one line, wrapped beyond
CM_PER_ROW = 0.53  # default row height (15 pt) in centimetres, to place charts below tables


class _Sheet:
    """A write-only sheet that knows the number of the next row it writes."""

    def __init__(self, workbook, title: str, widths: dict[str, float], stand_title: str, stand, *,
                 one_page: bool = True) -> None:
        self.ws = workbook.create_sheet(title)
        self.styles = Styles(self.ws)
        for letter, width in widths.items():
            self.ws.column_dimensions[letter].width = width
        print_setup(self.ws, stand_title, stand, landscape=True, repeat_header=False, one_page=one_page)
        self.row = 1

    def add(self, *cells, kinds: tuple = (), height: float | None = None) -> int:
        """Append a row; ``kinds`` styles the cells in order (see :class:`Styles`)."""
        if height is not None:
            self.ws.row_dimensions[self.row].height = height
        values = [
            self.styles.cell(value, _kind(value, kinds[i] if i < len(kinds) else None)) if value is not None else None
            for i, value in enumerate(cells)
        ]
        self.ws.append(values)
        self.row += 1
        return self.row - 1

    def blank(self) -> None:
        self.add()

    def label_row(self, label: str, value, *extra, bold: bool = False) -> int:
        """``label | number``; a long label wraps onto more lines with the row made taller.

        Viewers do not agree on growing rows by themselves (LibreOffice keeps the default height
        of a row written by a program), so the height is set from a cautious estimate of the
        characters per line; labels and numbers sit at the top, so a spare line looks intended.
        """
        lines = max(1, math.ceil(len(label) / (LABEL_WIDTH * 1.1)))
        kinds = ("bold_wrap" if bold else "wrap", "bold_num" if bold else "num", *("percent",) * len(extra))
        return self.add(label, value, *extra, kinds=kinds, height=15 * lines if lines > 1 else None)

def _kind(value, kind: str | None) -> str | None:
    """A hidden count (``•``) sits where its number would, right-aligned."""
    if value == HIDDEN and kind in ("num", "bold_num", "percent"):
        return "hidden"
    return kind


def _text(size: float, bold: bool = False):
    """Text properties for chart labels (openpyxl leaves them to the viewer's defaults)."""
    from openpyxl.chart.text import RichText
    from openpyxl.drawing.text import (
        CharacterProperties,
        Paragraph,
        ParagraphProperties,
    )

    props = CharacterProperties(sz=int(size * 100), b=bold)
    return RichText(p=[Paragraph(pPr=ParagraphProperties(defRPr=props), endParaRPr=props)])


def _title(text: str, size: float):
    from openpyxl.chart.title import title_maker
    from openpyxl.drawing.text import CharacterProperties

    title = title_maker(text)
    for paragraph in title.tx.rich.paragraphs:
        paragraph.pPr.defRPr = CharacterProperties(sz=int(size * 100), b=True)
        for run in paragraph.r:
            run.rPr = CharacterProperties(sz=int(size * 100), b=True)
    return title


def _bar_chart(title: str, axis_title: str, *, horizontal: bool, values_max: int):
    """A bar chart as all of ours look: axis from 0, whole-number ticks, values on the bars."""
    from openpyxl.chart import BarChart
    from openpyxl.chart.label import DataLabelList

    chart = BarChart()
    chart.type = "bar" if horizontal else "col"
    chart.style = 10
    chart.title = _title(title, 12)
    chart.y_axis.title = _title(axis_title, 9)
    chart.y_axis.scaling.min = 0
    chart.y_axis.majorUnit = max(1, math.ceil(max(values_max, 1) / 8))
    chart.y_axis.number_format = "0"
    chart.x_axis.delete = False  # openpyxl leaves it open; some Excel versions then hide the axes
    chart.y_axis.delete = False
    chart.x_axis.txPr = _text(8)
    chart.y_axis.txPr = _text(8)
    if horizontal:
        # the first category (the first step, the most frequent reason) on top, the value axis below
        chart.x_axis.scaling.orientation = "maxMin"
        chart.y_axis.crosses = "max"
    labels = DataLabelList()
    labels.showVal = True
    labels.showCatName = labels.showSerName = labels.showLegendKey = labels.showPercent = False
    labels.position = "outEnd"
    labels.txPr = _text(8, bold=True)
    chart.dataLabels = labels
    chart.legend = None
    chart.gapWidth = 50
    return chart


def _reference(ws, col: int, first: int, last: int, max_col: int | None = None):
    from openpyxl.chart import Reference

    return Reference(ws, min_col=col, max_col=max_col or col, min_row=first, max_row=last)


# --------------------------------------------------------------------------- cover


def _cover(workbook, summary: Summary, created: datetime, sheets: list[str], hide: Suppression, *,
           for_jobcenter: bool) -> None:
    sheet = _Sheet(workbook, COVER_SHEET, {"A": 42, "B": 17, "C": 8, "D": 3}, tr("Auswertung User Journey"),
                   summary.stand)
    filters = summary.filters
    sheet.add(tr("Bericht für das Jobcenter: BuT und Minijobs") if for_jobcenter
              else tr("Auswertung User Journey: BuT und Minijobs"), kinds=("title",), height=24)
    sheet.add(tr("aufgebaut wie „BuT bei ANNA“ (Anhang 6.6)"), kinds=("note",))
    sheet.blank()
    sheet.add(tr("Stand (Stichtag)"), summary.stand, kinds=("bold", "date_left"))
    sheet.add(tr("Datenstand"), format_moment(filters.as_of) if filters.as_of else tr("aktuell, {now}").format(
        now=format_moment(created)), kinds=("bold",))
    sheet.add(tr("Familien"), filter_text(filters, coach_name=not for_jobcenter), kinds=("bold",))
    sheet.add(tr("Anträge im Zeitraum"), period_text(filters), kinds=("bold",))
    sheet.add(tr("Erstellt am"), created.replace(tzinfo=None, microsecond=0), kinds=("bold", "datetime_left"))
    sheet.add(tr("Programm"), f"userjourney {__version__}", kinds=("bold",))
    sheet.blank()
    sheet.add(tr("Die Kinder und Jugendlichen"), kinds=("subtitle",))
    sheet.label_row(tr("Familien (Bedarfsgemeinschaften)"), hide.show(FAMILIES, summary.families))
    sheet.label_row(tr("Kinder und Jugendliche"), hide.show(CHILDREN, summary.children))
    for label, cell, n, share in (
        (tr("mit Migrationshintergrund"), MIGRATION, summary.children_with_migration_background,
         summary.migration_background_percent),
        (tr("wachsen bei nur einem Elternteil auf"), SINGLE_PARENT, summary.children_single_parent,
         summary.single_parent_percent),
    ):
        sheet.add(label, hide.show(cell, n), _share(share) if hide.shows(cell, CHILDREN) else HIDDEN,
                  kinds=("wrap", "num", "percent"))
    sheet.blank()
    sheet.add(tr("Anträge ({period})").format(period=period_text(filters)), kinds=("subtitle",))
    header = sheet.add(tr("Bereich"), tr("Anträge"), kinds=("header", "header_right"))
    cells = [area_cell(area, "applications") for area in AREAS]
    for area, cell in zip(AREAS, cells, strict=True):
        last = sheet.label_row(area.value, hide.show(cell, summary.areas[area].applications))
    if hide.shows(*cells):
        chart = _bar_chart(tr("Anträge je Bereich"), tr("Anträge"), horizontal=False,
                           values_max=max(a.applications for a in summary.areas.values()))
        chart.add_data(_reference(sheet.ws, 2, header + 1, last))
        chart.set_categories(_reference(sheet.ws, 1, header + 1, last))
        chart.width, chart.height = 16, 7.5
        sheet.ws.add_chart(chart, "E10")  # right of the figures
    sheet.blank()
    sheet.add(tr("Inhalt"), kinds=("subtitle",))
    descriptions = {
        COVER_SHEET: tr("diese Seite: Stand, Filter, Überblick"),
        **{area.value: tr("Anspruch, Schritte, Nutzung und Gründe der Nichtinanspruchnahme") for area in AREAS},
        MINIJOB_SUMMARY_SHEET: tr("Minijobs: Selbstständigkeit je Schritt, Aufstockung, Nachhaltigkeit"),
        "Verlauf": tr("Anspruch, Nutzung und Anträge je Monat oder Quartal"),
        template.BUT_SHEET: tr("Rohdaten je Kind und Bereich (Vorlage zum Import)"),
        template.MINIJOB_SHEET: tr("Rohdaten je erwachsener Person (Vorlage zum Import)"),
    }
    for name in sheets:
        sheet.add(name, descriptions.get(name, ""), kinds=("bold",))
    sheet.blank()
    sheet.add(tr("Datenschutz"), kinds=("subtitle",))
    for line in _privacy_lines(hide, for_jobcenter=for_jobcenter):
        sheet.add(line)


def _privacy_lines(hide: Suppression, *, for_jobcenter: bool) -> list[str]:
    if not for_jobcenter:
        return [
            tr("Die Auswertungsblätter enthalten nur Zahlen."),
            tr("Die Blätter „BuT“ und „Minijobs“ enthalten Angaben je Familie (unter Kürzeln, ohne Namen,"),
            tr("aber Sozialdaten): nur intern weitergeben oder vor dem Versand löschen."),
        ]
    lines = [
        tr("Bericht ohne personenbezogene Daten: keine Familienkürzel, keine Namen von Kindern,"),
        tr("Erwachsenen oder JobCoaches, keine Arbeitgeber, keine Anmerkungen oder Freitexte –"),
        tr("nur Zahlen und die Texte der Kataloge (Gründe, Details)."),
    ]
    if hide.min_cell is None:
        lines.append(tr("Kleine Werte sind nicht ausgeblendet (ohne Mindestfallzahl erstellt)."))
    else:
        lines += [
            tr("Mindestfallzahl {n}: Werte von 1 bis {below} stehen als •, ebenso Werte, aus denen").format(
                n=hide.min_cell, below=hide.min_cell - 1),
            tr("sich ein solcher Wert errechnen ließe (wie in der Statistik der Bundesagentur für Arbeit)."),
            tr("Nullen werden gezeigt. Ausgeblendet: {n} Werte.").format(n=len(hide.hidden)),
        ]
    return lines


def _share(percent: int | None):
    return None if percent is None else percent / 100


# --------------------------------------------------------------------------- one Bereich


def _area_sheet(workbook, summary: Summary, area: AreaSummary, hide: Suppression, *, for_jobcenter: bool) -> None:
    name = area.area.value
    filters = summary.filters

    def show(cell: str, value: int) -> int | str:
        return hide.show(area_cell(area.area, cell), value)

    sheet = _Sheet(workbook, name, {"A": LABEL_WIDTH, "B": 10, "C": 3}, tr("Auswertung {area}").format(area=name),
                   summary.stand)
    sheet.add(name, kinds=("title",), height=24)
    sheet.add(f"{dates_text(filters, summary.stand)} · {filter_text(filters, coach_name=not for_jobcenter)}",
              kinds=("note",))
    sheet.blank()
    sheet.add(tr("Von {n} Kindern und Jugendlichen sind:").format(n=hide.show(CHILDREN, area.children)),
              kinds=("subtitle",))
    sheet.label_row(tr("ohne Anspruch"), show("not_entitled", area.not_entitled))
    sheet.label_row(tr("anspruchsberechtigt"), show("entitled", area.entitled))
    sheet.label_row(tr("Anspruch nicht geklärt"), show("unknown", area.entitlement_unknown))
    sheet.label_row(tr("nehmen das Angebot wahr"), show("using", area.using), bold=True)
    for kind in FacilityType:
        sheet.label_row("    " + facility_label(kind),
                        show(f"facility/{kind.value}", area.using_by_facility_type.get(kind, 0)))
    sheet.label_row(tr("Anträge ({period})").format(period=period_text(filters)), show("applications", area.applications))
    sheet.blank()

    sheet.add(tr("Anspruchsberechtigte Schritt für Schritt"), kinds=("subtitle",))
    funnel_header = sheet.add(tr("Schritt"), tr("Kinder"), kinds=("header", "header_right"))
    sheet.label_row(tr("Anspruch"), show("entitled", area.entitled))
    steps = list(area.funnel)
    funnel_cells = [area_cell(area.area, "entitled")]
    for index, (step, n) in enumerate(area.funnel.items()):
        funnel_cells.append(funnel_cell(area.area, index, steps))
        funnel_last = sheet.label_row(step, hide.show(funnel_cells[-1], n))
    sheet.blank()

    sheet.add(tr("Warum wird das Angebot nicht in Anspruch genommen?"), kinds=("subtitle",))
    reasons_header = sheet.add(tr("Grund"), tr("Kinder"), kinds=("header", "header_right"))
    reason_cells = [area_cell(area.area, f"reason/{reason.reason}") for reason in area.reasons]
    for reason, cell in zip(area.reasons, reason_cells, strict=True):
        reasons_last = sheet.label_row(reason.reason, hide.show(cell, reason.count))
    if not area.reasons:
        sheet.add(tr("(keine Anspruchsberechtigten ohne Inanspruchnahme)"), kinds=("note",))
    sheet.label_row(tr("zusammen (anspruchsberechtigt, nehmen nicht wahr)"), show("not_using", area.not_using),
                    bold=True)
    if area.using_by_detail:
        sheet.blank()
        sheet.add(tr("Wahrgenommen, nach Details"), kinds=("subtitle",))
        sheet.add(tr("Detail"), tr("Kinder"), kinds=("header", "header_right"))
        for item, n in area.using_by_detail.items():
            sheet.label_row(item, show(f"detail/{item}", n))
    if not hide.shows(*funnel_cells, *reason_cells):
        sheet.blank()
        sheet.add(tr("Diagramme mit ausgeblendeten Werten (•) entfallen."), kinds=("note",))

    if hide.shows(*funnel_cells):
        funnel = _bar_chart(tr("{area}: Schritt für Schritt").format(area=name), tr("Kinder"), horizontal=True,
                            values_max=area.children)
        funnel.add_data(_reference(sheet.ws, 2, funnel_header + 1, funnel_last))
        funnel.set_categories(_reference(sheet.ws, 1, funnel_header + 1, funnel_last))
        funnel.width, funnel.height = 17, 9.5
        sheet.ws.add_chart(funnel, "D4")
    if area.reasons and hide.shows(*reason_cells):
        reasons = _bar_chart(tr("Warum wird das Angebot nicht in Anspruch genommen?"), tr("Kinder"),
                             horizontal=True, values_max=max(r.count for r in area.reasons))
        reasons.add_data(_reference(sheet.ws, 2, reasons_header + 1, reasons_last))
        reasons.set_categories(_reference(sheet.ws, 1, reasons_header + 1, reasons_last))
        reasons.width = 19
        # room for each reason's label, which wraps at about 45 characters
        lines = sum(math.ceil(len(r.reason) / 45) for r in area.reasons)
        reasons.height = max(7.0, 3.0 + 0.45 * lines + 0.35 * len(area.reasons))
        # below the funnel (9.5 cm from row 4), or next to the reasons when they come later
        anchor = max(reasons_header - 1, 4 + math.ceil(10.2 / CM_PER_ROW))
        sheet.ws.add_chart(reasons, f"D{anchor}")


# --------------------------------------------------------------------------- Minijobs


def _minijob_sheet(workbook, summary: Summary, hide: Suppression, *, for_jobcenter: bool) -> None:
    jobs = summary.minijobs
    sheet = _Sheet(workbook, MINIJOB_SUMMARY_SHEET, {"A": 44, "B": 15, "C": 15, "D": 15, "E": 15},
                   tr("Auswertung Minijobs"), summary.stand)
    sheet.add(tr("Minijobs"), kinds=("title",), height=24)
    sheet.add(f"{dates_text(summary.filters, summary.stand)} · "
              f"{filter_text(summary.filters, coach_name=not for_jobcenter)}", kinds=("note",))
    sheet.blank()
    sheet.add(tr("Personen"), hide.show(PERSONS, jobs.persons), kinds=("bold", "bold_num"))
    sheet.blank()
    sheet.add(tr("Wie selbstständig? Personen je Stufe"), kinds=("subtitle",))
    header = sheet.add(
        tr("Schritt"), *(f"{level} = {support_level_label(level)}" for level in SUPPORT_LEVELS),
        kinds=("header",) + ("header_right",) * len(SUPPORT_LEVELS), height=30,
    )
    cells = []
    for step, levels in jobs.support.items():
        row = [support_cell(step, level) for level in SUPPORT_LEVELS]
        cells += row
        last = sheet.add(step, *(hide.show(cell, levels.get(level, 0)) for cell, level in zip(row, SUPPORT_LEVELS,
                                                                                              strict=True)),
                         kinds=("wrap",) + ("num",) * len(SUPPORT_LEVELS))
    sheet.blank()
    sheet.add(tr("Aufstockung möglich"), hide.show(TOPUP_POSSIBLE, jobs.topup_possible), kinds=("wrap", "num"))
    sheet.add(tr("aufgestockt"), hide.show(TOPPED_UP, jobs.topped_up), kinds=("wrap", "num"))
    sheet.add(tr("nachhaltig (≥ 3 Monate, Stand {day})").format(day=format_date(summary.stand)),
              hide.show(SUSTAINABLE, jobs.sustainable), kinds=("wrap", "num"))
    end = sheet.row
    if not hide.shows(*cells):
        sheet.add(tr("Diagramme mit ausgeblendeten Werten (•) entfallen."), kinds=("note",))
        return

    chart = _bar_chart(tr("Minijobs: wie selbstständig je Schritt"), tr("Personen"), horizontal=False,
                       values_max=max((n for levels in jobs.support.values() for n in levels.values()), default=0))
    chart.add_data(_reference(sheet.ws, 2, header, last, max_col=1 + len(SUPPORT_LEVELS)), titles_from_data=True)
    chart.set_categories(_reference(sheet.ws, 1, header + 1, last))
    from openpyxl.chart.legend import Legend

    chart.legend = Legend()
    chart.legend.position = "b"
    chart.width, chart.height = 20, 8.5
    sheet.ws.add_chart(chart, f"A{end + 1}")


# --------------------------------------------------------------------------- all of them


def summary_sheet_names() -> list[str]:
    return [COVER_SHEET, *(area.value for area in AREAS), MINIJOB_SUMMARY_SHEET]


def write_summary_sheets(workbook, summary: Summary, created: datetime, all_sheets: list[str],
                         hide: Suppression | None = None, *, for_jobcenter: bool = False) -> None:
    """The cover, the four Bereich sheets and the Minijob sheet, in this order.

    ``for_jobcenter``: the report's wording (no JobCoach named, what the report leaves out);
    ``hide``: the small counts to show as ``•``.
    """
    hide = hide or Suppression.none()
    _cover(workbook, summary, created, all_sheets, hide, for_jobcenter=for_jobcenter)
    for area in AREAS:
        _area_sheet(workbook, summary, summary.areas[area], hide, for_jobcenter=for_jobcenter)
    _minijob_sheet(workbook, summary, hide, for_jobcenter=for_jobcenter)
