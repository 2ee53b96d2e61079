"""One family on paper, in the layout of Anhang 6.5 (BuT) and 6.7 (Minijobs).

Coaches keep a paper file per family, and the forms they know are the annexes of the ANNA
concept: the family header, the BuT grid (one block of four Bereiche per child), the Minijob
grid (one row per adult, the support scale 1–4 above it), the reasons and remarks as numbered
footnotes under each grid. :func:`family_sheet` writes that page as HTML in the subset Qt's
rich text lays out (tables, ``rowspan``, ``<sup>``), so the window can print it or save it as a
PDF (:mod:`userjourney.gui.printing`) and a test can read it without Qt.

The page says the same as the grids on screen — the same footnote numbers
(:mod:`userjourney.core.editing.footnotes`), an implied ``ja`` as "(ja)", the three-month rule's
proposal for Nachhaltig as "(ja)" — and ages as of the day printed (the Stand). Every value a
person typed is escaped: a family's note can hold ``<`` or ``&``.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from userjourney.core import values
from userjourney.core.editing.footnotes import but_footnotes, marked_step, minijob_footnotes, person_note_number
from userjourney.core.errors import UserError, os_error_text
from userjourney.core.i18n import tr
from userjourney.core.journeys import Journey
from userjourney.core.minijobs import sustainability
from userjourney.core.private import check_target, write_atomically
from userjourney.core.storage.models import ButEntry, Child, Family, Person
from userjourney.core.vocab import (
    APPLIED,
    APPROVED,
    AREAS,
    STEPS,
    SUPPORT_STEPS,
    USED,
    family_title,
    shown,
    support_legend,
)

#: Shades of the printed page (printable in grey on any printer).
HEADER_SHADE = "#e6e6e6"
INACTIVE_SHADE = "#f2f2f2"
MUTED_TEXT = "#555555"


@dataclass(frozen=True)
class FamilySheet:
    """The page: ``html`` for the body, ``title`` for the PDF's metadata, ``footer`` for every
    page's foot (the page number is added by whoever paginates)."""

    title: str
    footer: str
    html: str


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _tag(tag: str, text: str) -> str:
    """``text`` escaped inside ``<tag>`` (texts for translation stay outside f-strings: lupdate
    does not look into them)."""
    return f"<{tag}>{_e(text)}</{tag}>"


def _sup(number: int) -> str:
    return f"<sup>{number})</sup>"


def _muted(text: str) -> str:
    return f'<span style="color:{MUTED_TEXT}"><i>{_e(text)}</i></span>'


def _cell(content: str, *, shade: str | None = None, attrs: str = "") -> str:
    style = f' bgcolor="{shade}"' if shade else ""
    return f"<td{style}{attrs}>{content}</td>"


def _header(family: Family, stand: date) -> str:
    updated = values.format_date(family.updated_at.astimezone().date()) if family.updated_at else ""
    pairs = (
        (tr("Familie"), family.code, tr("Erstelldatum"), values.format_date(family.created_on)),
        (tr("JobCoach (Träger)"), family.coach or "", tr("Letzte Bearbeitung"), updated),
        (tr("Standort"), family.location or "", tr("Migrationshintergrund"),
         values.format_yes_no(family.migration_background)),
        (tr("Erziehungsstatus"), family.parenting_status or "", tr("Stand"), values.format_date(stand)),
    )
    rows = "".join(
        f"<tr><td><b>{_e(a)}</b></td><td>{_e(b)}</td><td><b>{_e(c)}</b></td><td>{_e(d)}</td></tr>"
        for a, b, c, d in pairs
    )
    return f'<table cellspacing="0" cellpadding="2" width="70%">{rows}</table>'


def _grid_table(headers: list[str], widths: list[int], rows: list[str]) -> str:
    """A bordered grid; ``widths`` in percent of the page, so no word is broken in the middle."""
    head = "".join(f'<th bgcolor="{HEADER_SHADE}" align="left" width="{w}%">{_e(h)}</th>'
                   for h, w in zip(headers, widths, strict=True))
    return ('<table border="1" cellspacing="0" cellpadding="3" width="100%" style="border-collapse: collapse">'
            f"<thead><tr>{head}</tr></thead>{''.join(rows)}</table>")


def _step_text(journey: Journey, step: int, number: int | None, missing_reason: bool) -> str:
    answer = journey.answers[step]
    text = values.format_yes_no(answer)
    cell = _muted(f"({text})") if journey.is_implied(step) else _e(text)
    if step == marked_step(journey):
        if number is not None:
            cell += " " + _sup(number)
        elif missing_reason:
            cell += " " + _muted(tr("(Grund fehlt)"))
    return cell


def _but_row(child: Child | None, entry: ButEntry | None, area: str, number: int | None, stand: date) -> str:
    cells = []
    if child is not None:  # the first row of the child's block carries Kind, Alter, Einrichtung
        age = values.age_on(child.age_years, child.age_recorded_on, stand)
        span = f' rowspan="{len(AREAS)}" valign="top"'
        cells += [_cell(f"<b>{_e(child.name)}</b>", attrs=span), _cell(_e("" if age is None else age), attrs=span),
                  _cell(_e(child.facility or ""), attrs=span)]
    cells.append(_cell(_e(area)))
    journey = Journey.of(entry) if entry is not None else Journey()
    first_no = journey.first_no()
    below = {APPLIED.index: values.format_date(entry.applied_on) if entry else "",
             APPROVED.index: values.format_date(entry.approved_on) if entry else "",
             USED.index: values.format_details(d.item for d in entry.details) if entry else ""}
    for step in STEPS:
        content = _step_text(journey, step.index, number, missing_reason=entry is not None and entry.reason is None)
        if below.get(step.index):
            content += f"<br/>{_e(below[step.index])}"
        shade = INACTIVE_SHADE if first_no is not None and step.index > first_no else None
        cells.append(_cell(content, shade=shade))
    return f"<tr>{''.join(cells)}</tr>"


def _footnote_list(numbered: list[tuple[int, str]]) -> str:
    if not numbered:
        return ""
    items = "".join(f"<tr><td>{n})</td><td>{_e(text)}</td></tr>" for n, text in numbered)
    return f'<table cellspacing="0" cellpadding="1">{items}</table>'


def _but_section(family: Family, stand: date) -> str:
    title = _tag("h2", tr("User Journey BuT"))
    if not family.children:
        return title + _tag("p", tr("Keine Kinder erfasst."))
    notes = but_footnotes(family)
    headers = [tr("Kind"), tr("Alter"), tr("Einrichtung"), tr("Bereich")] + [shown(s.label) for s in STEPS]
    headers[4] = tr("Anspruch?")
    rows = []
    remarks = []
    for child in family.children:
        entries = {e.area: e for e in child.entries}
        for i, area in enumerate(AREAS):
            entry = entries.get(area.value)
            rows.append(_but_row(child if i == 0 else None, entry, shown(area),
                                 notes.numbers.get((child.id, area.value)), stand))
            if entry is not None and entry.note:
                remarks.append(f"{child.name} · {shown(area)}: {entry.note}")
    widths = [8, 4, 11, 14] + [9] * len(STEPS)
    out = title + _grid_table(headers, widths, rows) + _footnote_list(notes.numbered())
    if remarks:
        out += _tag("h3", tr("Notizen")) + "".join(_tag("p", r) for r in remarks)
    return out


def _minijob_row(person: Person, notes, stand: date) -> str:
    job = person.minijob
    age = values.age_on(person.age_years, person.age_recorded_on, stand)

    def with_note(column: str, content: str) -> str:
        number = person_note_number(notes, person.id, job, column)
        return f"{content} {_sup(number)}" if number is not None else content

    cells = [f"<b>{_e(person.name)}</b>", _e("" if age is None else age), _e(job.employer or "") if job else "",
             _e(values.format_date(job.started_on)) if job else ""]
    for step in SUPPORT_STEPS:
        level = getattr(job, step.field) if job else None
        cells.append(with_note(step.field, _e("" if level is None else level)))
    cells.append(with_note("topup_possible", _e(values.format_yes_no(job.topup_possible if job else None))))
    cells.append(with_note("topped_up", _e(values.format_yes_no(job.topped_up if job else None))))
    state = sustainability(job.sustainable if job else None, job.started_on if job else None, stand)
    text = values.format_yes_no(state.value)
    cells.append(with_note("sustainable", _muted(f"({text})") if state.computed else _e(text)))
    return "<tr>" + "".join(_cell(c) for c in cells) + "</tr>"


def _minijob_section(family: Family, stand: date) -> str:
    title = _tag("h2", tr("User Journey Minijobs"))
    if not family.persons:
        return title + _tag("p", tr("Keine Erwachsenen erfasst."))
    notes = minijob_footnotes(family)
    headers = [tr("Person"), tr("Alter"), tr("Arbeitgeber"), tr("Beginn"), *(shown(s.label) for s in SUPPORT_STEPS),
               tr("Aufstockung möglich"), tr("Aufgestockt"), tr("Nachhaltig")]
    rows = [_minijob_row(person, notes, stand) for person in family.persons]
    widths = [13, 5, 15, 8, 9, 9, 11, 11, 10, 9]
    return (title + f"<p>{_e(support_legend())}</p>" + _grid_table(headers, widths, rows)
            + _footnote_list(notes.numbered()))


def family_sheet(family: Family, stand: date | None = None) -> FamilySheet:
    """The family (loaded with its children, entries and persons) as of ``stand`` (today)."""
    stand = stand or date.today()
    name = family_title(family.code)
    legend = tr("(ja) in Klammern: ergänzt, weil ein späterer Schritt „ja“ ist; bei Nachhaltig: nach der "
                "3-Monats-Regel berechnet. Grau hinterlegt: Schritte nach einem „nein“.")
    # a family with only adults (Anhang 6.7) or only children: the other form is left out
    sections = [section(family, stand) for section, members in ((_but_section, family.children),
                                                                 (_minijob_section, family.persons)) if members]
    if not sections:
        sections = [_but_section(family, stand), _minijob_section(family, stand)]
    body = (_tag("h1", tr("User Journey – {family}").format(family=name)) + _header(family, stand) + "".join(sections)
            + f'<p style="color:{MUTED_TEXT}"><small>{_e(legend)}</small></p>')
    page = f'<html><head><meta charset="utf-8"/><title>{_e(name)}</title></head><body>{body}</body></html>'
    footer = tr("User Journey – {family} – Stand {stand}").format(family=name, stand=values.format_date(stand))
    return FamilySheet(title=name, footer=footer, html=page)


def save_sheet_file(path: Path, data: bytes) -> Path:
    """Write a rendered sheet (a PDF) for the user only, whole or not at all; a German
    :class:`UserError` naming the file when the folder is missing or refuses it."""
    check_target(path)
    try:
        write_atomically(path, data)
    except OSError as exc:
        raise UserError(tr("Die Datei „{path}“ kann nicht geschrieben werden: {error}").format(
            path=path, error=os_error_text(exc))) from None
    return path
