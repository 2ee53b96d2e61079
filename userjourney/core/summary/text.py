"""The summary as readable German text, laid out like Anhang 6.6 "BuT bei ANNA".

Used by ``userjourney summary`` without ``--json``. Plain text with aligned columns, so it
reads the same in a terminal, a log file or an e-mail. Fixed vocabulary (Bereiche, steps,
reason texts, details) is printed as stored; everything else goes through :func:`tr`.
"""

from __future__ import annotations

from datetime import date

from userjourney.core.i18n import tr
from userjourney.core.summary.filters import SummaryFilter
from userjourney.core.summary.model import AreaSummary, MinijobSummary, Summary
from userjourney.core.values import format_date, format_moment, format_yes_no
from userjourney.core.vocab import AREAS, SUPPORT_LEVELS, FacilityType, support_legend

#: Width of the label column, numbers are right-aligned after it.
LABEL_WIDTH = 48
NUMBER_WIDTH = 6
LEVEL_WIDTH = 5


def number(n: int) -> str:
    """A count as a German report writes it: 25.000."""
    return f"{n:,}".replace(",", ".")


def percent_text(value: int | None) -> str:
    """``(69 %)`` (German spacing); a dash when there is nothing to relate to."""
    return "(–)" if value is None else f"({value} %)"


def _row(indent: int, label: str, value: int | str, suffix: str = "") -> str:
    text = " " * indent + label
    shown = number(value) if isinstance(value, int) else value
    pad = max(1, LABEL_WIDTH - len(text))
    line = text + " " * pad + shown.rjust(NUMBER_WIDTH)
    return line + (f"  {suffix}" if suffix else "")


def _item(indent: int, text: str, n: int) -> str:
    """A list item as the Anhang writes it: ``- text (n)``."""
    return " " * indent + f"- {text} ({number(n)})"


def period_text(filters: SummaryFilter) -> str:
    """How the period of the applications reads: "vom 01.08.2020 bis 31.12.2021", "alle"."""
    start, end = filters.date_from, filters.date_to
    if start and end:
        return tr("vom {start} bis {end}").format(start=format_date(start), end=format_date(end))
    if start:
        return tr("ab {start}").format(start=format_date(start))
    if end:
        return tr("bis {end}").format(end=format_date(end))
    return tr("alle, ohne Zeitraum")


def dates_text(filters: SummaryFilter, stand: date) -> str:
    """Both dates a figure depends on: "Stand 31.12.2021 · Datenstand 30.04.2022" — the
    Stichtag (for the three-month rule) and the moment whose data are counted."""
    as_of = format_moment(filters.as_of) if filters.as_of is not None else tr("aktuell")
    return tr("Stand {stand} · Datenstand {as_of}").format(stand=format_date(stand), as_of=as_of)


def filters_line(filters: SummaryFilter, stand: date) -> str:
    """Every filter of a summary in one line (families, Stand and Datenstand, the period), as
    the access record keeps it."""
    return f"{filter_text(filters)} · {dates_text(filters, stand)} · {tr('Anträge')} {period_text(filters)}"


def filter_text(filters: SummaryFilter, *, coach_name: bool = True) -> str:
    """The family filters in one line, or "alle Familien". ``coach_name=False`` says that the
    families of one JobCoach were chosen without naming them (the report for the Jobcenter)."""
    parts = []
    if filters.location:
        parts.append(tr("Standort {name}").format(name=filters.location))
    if filters.coach:
        parts.append(tr("JobCoach {name}").format(name=filters.coach) if coach_name
                     else tr("die Familien eines JobCoachs (ohne Namen)"))
    if filters.parenting_status:
        parts.append(tr("Erziehungsstatus {value}").format(value=filters.parenting_status.value))
    if filters.migration_background is not None:
        parts.append(
            tr("Migrationshintergrund {value}").format(value=format_yes_no(filters.migration_background))
        )
    return " · ".join(parts) if parts else tr("alle Familien")


def format_summary(summary: Summary) -> str:
    """The whole report, lines joined with newlines (no trailing newline)."""
    filters = summary.filters
    lines = [
        tr("Auswertung BuT (wie „BuT bei ANNA“, Anhang 6.6)"),
        f"{dates_text(filters, summary.stand)} · {filter_text(filters)}",
        "",
        tr("Die Kinder und Jugendlichen"),
        _row(2, tr("Familien (Bedarfsgemeinschaften)"), summary.families),
        _row(2, tr("Kinder und Jugendliche"), summary.children),
        _row(2, tr("mit Migrationshintergrund"), summary.children_with_migration_background,
             percent_text(summary.migration_background_percent)),
        _row(2, tr("wachsen bei nur einem Elternteil auf"), summary.children_single_parent,
             percent_text(summary.single_parent_percent)),
    ]
    if summary.families == 0:
        lines.append("  " + (tr("Keine Familie erfüllt die Filter.") if _filters_families(filters)
                             else tr("Es sind noch keine Familien erfasst.")))
    lines += ["", tr("Anträge ({period})").format(period=period_text(filters))]
    lines += [_row(2, area.value, summary.areas[area].applications) for area in AREAS]
    for area in AREAS:
        lines += ["", *_area_lines(summary.areas[area], filters)]
    lines += ["", *_minijob_lines(summary.minijobs, summary)]
    return "\n".join(lines)


def _filters_families(filters: SummaryFilter) -> bool:
    return any(
        value is not None
        for value in (filters.location, filters.coach, filters.parenting_status, filters.migration_background)
    )


def facility_label(kind: FacilityType) -> str:
    """How the Anhang words the use by facility type ("10 Kinder in KiTas")."""
    return {
        FacilityType.KITA: tr("in KiTas"),
        FacilityType.SCHOOL: tr("an Schulen"),
        FacilityType.OTHER: tr("sonstige"),
    }[kind]


def _area_lines(area: AreaSummary, filters: SummaryFilter) -> list[str]:
    lines = [
        area.area.value,
        "  " + tr("Von {n} Kindern und Jugendlichen sind:").format(n=number(area.children)),
        _row(4, tr("ohne Anspruch"), area.not_entitled),
        _row(4, tr("anspruchsberechtigt"), area.entitled),
        _row(4, tr("Anspruch nicht geklärt"), area.entitlement_unknown),
        "  " + tr("Anspruchsberechtigte Schritt für Schritt:"),
        *(_row(4, step, n) for step, n in area.funnel.items()),
        _row(2, tr("Anträge ({period})").format(period=period_text(filters)), area.applications),
        _row(2, tr("nehmen das Angebot wahr"), area.using),
        *(_row(4, facility_label(kind), n) for kind, n in area.using_by_facility_type.items()),
    ]
    if area.using_by_detail:
        lines.append("  " + tr("davon nach Details:"))
        lines += [_item(4, item, n) for item, n in area.using_by_detail.items()]
    lines.append("  " + tr("Warum wird das Angebot nicht in Anspruch genommen?"))
    if area.reasons:
        lines += [_item(4, reason.reason, reason.count) for reason in area.reasons]
    else:
        lines.append("    " + tr("(keine Anspruchsberechtigten ohne Inanspruchnahme)"))
    return lines


def _minijob_lines(minijobs: MinijobSummary, summary: Summary) -> list[str]:
    # The four level columns end where the other numbers end.
    label_width = LABEL_WIDTH + NUMBER_WIDTH - len(SUPPORT_LEVELS) * LEVEL_WIDTH

    def table_row(label: str, cells: list[str]) -> str:
        text = " " * 4 + label
        return text + " " * max(1, label_width - len(text)) + "".join(c.rjust(LEVEL_WIDTH) for c in cells)

    lines = [
        tr("Minijobs"),
        _row(2, tr("Personen"), minijobs.persons),
        "  " + tr("Wie selbstständig? Personen je Stufe:"),
        table_row("", [str(level) for level in SUPPORT_LEVELS]),
        *(table_row(step, [number(levels[level]) for level in SUPPORT_LEVELS])
          for step, levels in minijobs.support.items()),
        "    " + support_legend(),
        _row(2, tr("Aufstockung möglich"), minijobs.topup_possible),
        _row(2, tr("aufgestockt"), minijobs.topped_up),
        _row(2, tr("nachhaltig (≥ 3 Monate, Stand {day})").format(day=format_date(summary.stand)),
             minijobs.sustainable),
    ]
    return lines
