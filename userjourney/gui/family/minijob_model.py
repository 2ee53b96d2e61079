"""The Minijob grid of Anhang 6.7 as a table model: one row per adult.

Columns as in the form: Person, Alter, Arbeitgeber, Beginn, then Minijob gesucht, Minijob
gefunden and pot. Arbeitgeber angesprochen on the scale 1–4, Aufstockung möglich,
Aufgestockt, Nachhaltig.

* Notes (Anmerkungen) belong to the step cells; ``Umschalt+F2`` edits the note of the
  current cell (as in spreadsheets). They appear as numbered footnotes: a sign after the
  cell's value (``2 ²⁾``) and the list under the grid, numbered in reading order.
* Nachhaltig left empty shows what the three-month rule proposes, in grey italics
  ("(ja)"); an answer of the coach that differs from the rule is shown in bold with a
  tooltip saying it overrides the rule. ``Entf`` returns to the rule.
* Aufgestockt only when Aufstockung möglich is ja (the core refuses otherwise); setting
  Aufstockung möglich to nein or empty asks before it clears Aufgestockt.
"""

from __future__ import annotations

import uuid
from typing import Any

from userjourney.core import values
from userjourney.core.editing.footnotes import (
    NOTE_OF_COLUMN,
    Footnotes,
    footnote_mark,
    minijob_footnotes,
    person_note_number,
)
from userjourney.core.editing.workspace import EditConflict
from userjourney.core.errors import UserError
from userjourney.core.minijobs import sustainability, sustainable_from
from userjourney.core.storage.models import MinijobEntry, Person
from userjourney.core.vocab import (
    SUPPORT_LEVELS,
    SUPPORT_STEPS,
    support_legend,
    support_level_label,
)
from userjourney.gui.family.grid_model import (
    Cell,
    Column,
    EditorKind,
    GridModel,
)


class MinijobGridModel(GridModel):
    """See the module docstring."""

    #: Person stays in view.
    frozen_columns = 1

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        level_tip = self.tr("Stufe 1–4 (Tasten 1–4, Entf = leer): {legend}").format(legend=support_legend())
        headers = {
            "searched": self.tr("Minijob\ngesucht"),
            "found": self.tr("Minijob\ngefunden"),
            "approached": self.tr("pot. Arbeit-\ngeber an-\ngesprochen"),
        }
        self.columns = (
            Column("name", self.tr("Person"), EditorKind.TEXT, width=150,
                   tooltip=self.tr("Kürzel oder Vorname der Person – kein Nachname (Datensparsamkeit)")),
            Column("age", self.tr("Alter"), EditorKind.TEXT, width=52),
            Column("employer", self.tr("Arbeitgeber"), EditorKind.TEXT, width=190),
            Column("started_on", self.tr("Beginn"), EditorKind.DATE, width=90,
                   tooltip=self.tr("Beginn des Minijobs: TT.MM.JJ oder TT.MM.JJJJ (Alt+↓ öffnet den Kalender)")),
            *(Column(s.field, headers[s.field], EditorKind.LEVEL, tooltip=level_tip, width=92) for s in SUPPORT_STEPS),
            Column("topup_possible", self.tr("Aufstockung\nmöglich"), EditorKind.YES_NO, width=96,
                   tooltip=self.tr("ja (j), nein (n) oder leer (Entf)")),
            Column("topped_up", self.tr("Auf-\ngestockt"), EditorKind.YES_NO, width=80,
                   tooltip=self.tr("Nur wenn „Aufstockung möglich“ ja ist")),
            Column("sustainable", self.tr("Nach-\nhaltig"), EditorKind.YES_NO, width=80,
                   tooltip=self.tr("Besteht der Minijob seit 3 Monaten oder länger? Leer = nach der Regel berechnet")),
        )
        self._notes = Footnotes()

    def legend(self) -> str:
        return support_legend()

    def first_answer_column(self) -> int:
        return self.column_index("employer")

    # -- rows -------------------------------------------------------------------------------
    def row_keys(self) -> list[tuple]:
        self._notes = minijob_footnotes(self.workspace.family)
        return [(person.id,) for person in self.workspace.family.persons]

    def person_at(self, row: int) -> Person:
        person_id = self._rows[row][0]
        return next(p for p in self.workspace.family.persons if p.id == person_id)

    def footnotes(self) -> list[tuple[int, str]]:
        return self._notes.numbered()

    # -- cells ------------------------------------------------------------------------------
    def record_field(self, row: int, column: Column) -> tuple[uuid.UUID, str] | None:
        person = self.person_at(row)
        key = column.key
        if key == "name":
            return (person.id, "name") if (person.id, "name") in self.conflicts else (person.id, "exists")
        if key == "age":
            return person.id, "age_years"
        job = person.minijob
        if job is None:
            return None
        return (job.id, key) if (job.id, key) in self.conflicts else (job.id, "exists")

    def cell(self, row: int, column: Column) -> Cell:
        person = self.person_at(row)
        job: MinijobEntry | None = person.minijob
        key = column.key
        if key == "name":
            return Cell(person.name, person.name)
        if key == "age":
            return self.age_cell(person)
        if key == "employer":
            text = (job.employer or "") if job else ""
            return Cell(text, text, tooltip=text)
        if key == "started_on":
            day = job.started_on if job else None
            return Cell(values.format_date(day), values.format_date(day))
        cell = self._answer_cell(person, job, key)
        return self._with_note(person, job, key, cell)

    def _answer_cell(self, person: Person, job: MinijobEntry | None, key: str) -> Cell:
        if key in ("searched", "found", "approached"):
            level = getattr(job, key) if job else None
            text = "" if level is None else str(level)
            tip = f"{level} = {support_level_label(level)}" if level in SUPPORT_LEVELS else ""
            return Cell(text, text, tooltip=tip)
        if key == "topup_possible":
            text = values.format_yes_no(job.topup_possible if job else None)
            return Cell(text, text)
        if key == "topped_up":
            possible = job.topup_possible if job else None
            text = values.format_yes_no(job.topped_up if job else None)
            return Cell(text, text, inactive=possible is not True)
        if key == "sustainable":
            return self._sustainable_cell(job)
        raise KeyError(key)

    def _sustainable_cell(self, job: MinijobEntry | None) -> Cell:
        answer = job.sustainable if job else None
        started = job.started_on if job else None
        state = sustainability(answer, started, self.today)
        text = values.format_yes_no(state.value)
        if state.computed:
            since = values.format_date(sustainable_from(started))
            return Cell(f"({text})", "", muted=True,
                        tooltip=self.tr("berechnet: Beginn {start} + 3 Monate = {since}").format(
                            start=values.format_date(started), since=since))
        if state.overridden:
            rule = self.tr("ja") if state.rule else self.tr("noch nicht")
            return Cell(text, text, emphasised=True,
                        tooltip=self.tr("vom JobCoach gesetzt; die 3-Monats-Regel ergäbe: {rule}").format(rule=rule))
        if answer is None and started is not None:
            since = values.format_date(sustainable_from(started))
            return Cell("", "", tooltip=self.tr("noch keine 3 Monate; nachhaltig ab {since}").format(since=since))
        return Cell(text, text)

    def _with_note(self, person: Person, job: MinijobEntry | None, key: str, cell: Cell) -> Cell:
        number = person_note_number(self._notes, person.id, job, key)
        if number is None:
            return cell
        note = getattr(job, NOTE_OF_COLUMN[key])
        text = f"{cell.text} {footnote_mark(number)}".strip()
        tooltip = "\n".join(t for t in (cell.tooltip, f"{number}) {note}") if t)
        return Cell(text, cell.edit, tooltip, cell.muted, cell.warn, cell.inactive, cell.emphasised)

    # -- notes ------------------------------------------------------------------------------
    def note_of(self, row: int, column: Column) -> str | None:
        """The note of a cell ("" when empty), or ``None`` if the cell takes no note."""
        field = NOTE_OF_COLUMN.get(column.key)
        if field is None:
            return None
        job = self.person_at(row).minijob
        return (getattr(job, field) or "") if job else ""

    def save_note(self, row: int, column: Column, text: str) -> bool:
        field = NOTE_OF_COLUMN[column.key]
        person = self.person_at(row)
        try:
            self.workspace.set_minijob(person.id, field, text,
                                       label=self.tr("{name}: Anmerkung geändert").format(name=person.name))
        except UserError as exc:
            if isinstance(exc, EditConflict):
                self.refresh()  # the workspace holds what someone else saved: show it
            self.refused.emit(self.index(row, self.columns.index(column)), exc.message)
            return False
        self.refresh()
        if self.workspace.last_label:
            self.saved.emit(self.workspace.last_label)
        return True

    # -- edits ------------------------------------------------------------------------------
    def apply(self, row: int, column: Column, value: Any) -> str | None:
        ws = self.workspace
        person = self.person_at(row)
        key = column.key
        if key in ("name", "age"):
            ws.update_person(person.id, key, value, today=self.today)
            return ws.last_label or ""
        change = ws.plan_minijob(person.id, key, value)
        if change.cleared and not self.confirm(
            self.tr("„Aufgestockt“ löschen?"),
            self.tr("Ohne „Aufstockung möglich: ja“ gibt es kein „Aufgestockt“. "
                    "Die Angabe bei „Aufgestockt“ wird gelöscht.\n\nFortfahren?"),
        ):
            return None
        label = self.tr("{name}: {column} = {value}").format(
            name=person.name, column=column.header.replace("-\n", "").replace("\n", " "),
            value=str(value).strip() if str(value).strip() else self.tr("leer"))
        ws.set_minijob(person.id, key, value, label=label)
        return ws.last_label or ""
