"""The BuT grid of Anhang 6.5 as a table model: a block of four rows per child.

Rows are child × Bereich in the family's order of children and the order of the form's
Bereiche. Columns follow the form: Kind, Alter, Einrichtung (spanning the child's block),
Bereich, Anspruch, the six steps (Antrag gestellt and bewilligt each followed by their date),
Details, Grund, Notiz.

How the form's conventions appear:

* an implied ``ja`` (filled in because a later step is ``ja``) reads "(ja)" in grey italics;
* steps after a ``nein`` have no meaning and are shaded;
* where the journey stops, the cell carries the reason's footnote number like the printed
  form ("nein 1)"; for a stall the number follows the last ``ja``) and the Grund column reads
  "1) Kind möchte zuhause essen"; identical reasons share a number;
* a stopped journey without a reason reads "Grund fehlt", in colour with an icon.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QModelIndex, Signal

from userjourney.core import values
from userjourney.core.editing.footnotes import Footnotes, but_footnotes, footnote_mark, marked_step
from userjourney.core.editing.reasons import normalise_reason, similar_reason
from userjourney.core.journeys import (
    DATE_STEPS,
    Journey,
    child_warnings,
    entry_warnings,
    needs_reason,
)
from userjourney.core.storage.models import ButEntry, Child
from userjourney.core.vocab import AREAS, STEP_BY_FIELD, STEPS, Area, Facility, shown
from userjourney.gui.family.grid_model import (
    Cell,
    Column,
    EditorKind,
    GridModel,
)
from userjourney.gui.widgets.similar import similar_question

#: The date column that follows a step.


class ButGridModel(GridModel):
    """See the module docstring."""

    #: Kind, Alter, Einrichtung, Bereich stay in view.
    frozen_columns = 4
    #: A journey stopped with a ``nein`` and has no reason yet: the index of its Grund cell.
    reason_wanted = Signal(QModelIndex)
    #: A saved value is unusual (warnings, never refusals): (index, German text).
    hinted = Signal(QModelIndex, str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        headers = {
            "entitled": self.tr("Anspruch?"),
            "offer_exists": self.tr("Angebot\nvorhanden"),
            "offer_known": self.tr("Angebot\nbekannt"),
            "offer_interesting": self.tr("Angebot\ninteressant"),
            "applied": self.tr("Antrag\ngestellt"),
            "approved": self.tr("Antrag\nbewilligt"),
            "used": self.tr("Angebot\nwahr-\ngenommen"),
        }
        steps = [
            Column(
                s.field,
                headers[s.field],
                EditorKind.YES_NO,
                tooltip=self.tr("{step}: ja (j), nein (n) oder leer (Entf)").format(step=shown(s.label)),
                width=74,
            )
            for s in STEPS
        ]
        date_columns = {
            STEP_BY_FIELD["applied"].index: Column(
                "applied_on", self.tr("gestellt\nam"), EditorKind.DATE,
                tooltip=self.tr("Datum des Antrags: TT.MM.JJ oder TT.MM.JJJJ (Alt+↓ öffnet den Kalender)"), width=82,
            ),
            STEP_BY_FIELD["approved"].index: Column(
                "approved_on", self.tr("bewilligt\nam"), EditorKind.DATE,
                tooltip=self.tr("Datum der Bewilligung: TT.MM.JJ oder TT.MM.JJJJ (Alt+↓ öffnet den Kalender)"), width=82,
            ),
        }
        journey_columns: list[Column] = []
        for step in steps:
            journey_columns.append(step)
            index = STEP_BY_FIELD[step.key].index
            if index in date_columns:
                journey_columns.append(date_columns[index])
        self.columns = (
            Column("name", self.tr("Kind"), EditorKind.TEXT, block=True, width=80,
                   tooltip=self.tr("Kürzel oder Vorname des Kindes – kein Nachname (Datensparsamkeit)")),
            Column("age", self.tr("Alter"), EditorKind.TEXT, block=True, width=44,
                   tooltip=self.tr("Alter in Jahren (wächst mit der Zeit mit)")),
            Column("facility", self.tr("Einrichtung"), EditorKind.CHOICE, block=True, width=108,
                   choices=("",) + tuple(f.value for f in Facility)),
            Column("area", self.tr("Bereich"), EditorKind.READ_ONLY, width=145),
            *journey_columns,
            Column("details", self.tr("Details"), EditorKind.TEXT, width=115,
                   tooltip=self.tr("Fächer oder Aktivitäten, getrennt durch Komma (z. B. Mathe, Deutsch)")),
            Column("reason", self.tr("Grund"), EditorKind.REASON, width=225,
                   tooltip=self.tr("Warum endet der Weg hier? Auswahl aus der Liste oder eigener Text")),
            Column("note", self.tr("Notiz"), EditorKind.TEXT, width=100),
        )
        self._lookup: dict[tuple[uuid.UUID, str], tuple[Child, ButEntry | None]] = {}
        self._footnotes = Footnotes()

    # -- rows -------------------------------------------------------------------------------
    def row_keys(self) -> list[tuple]:
        self._lookup.clear()
        self._footnotes = but_footnotes(self.workspace.family)
        keys = []
        for child in self.workspace.family.children:
            entries = {e.area: e for e in child.entries}
            for area in AREAS:
                entry = entries.get(area.value)
                self._lookup[(child.id, area.value)] = (child, entry)
                keys.append((child.id, area.value))
        return keys

    def block_rows(self) -> list[tuple[int, int]]:
        """(first row, number of rows) of each child's block, for the view's spans."""
        return [(i, len(AREAS)) for i in range(0, len(self._rows), len(AREAS))]

    def child_at(self, row: int) -> Child:
        return self._lookup[self._rows[row]][0]

    def entry_at(self, row: int) -> ButEntry | None:
        return self._lookup[self._rows[row]][1]

    def journey_at(self, row: int) -> Journey:
        entry = self.entry_at(row)
        return Journey.of(entry) if entry is not None else Journey()

    def needs_reason(self, row: int) -> bool:
        entry = self.entry_at(row)
        return needs_reason(self.journey_at(row), entry is not None and entry.reason is not None)

    def stall_prompt(self, row: int) -> str:
        """Why the reason editor opened by itself on leaving ``row``: which step the journey waits
        at — and that Esc leaves the reason for later (the row stays marked "Grund fehlt")."""
        stop = self.journey_at(row).stop()
        where = stop.describe() if stop is not None else ""
        return self.tr("Der Weg stockt ({where}): warum? Einen Grund wählen oder tippen – Esc: später.").format(
            where=where)

    def first_answer_column(self) -> int:
        return self.column_index("entitled")

    def footnotes(self) -> list[tuple[int, str]]:
        """The reasons as the printed form's footnotes: (number, text)."""
        return self._footnotes.numbered()

    # -- cells ------------------------------------------------------------------------------
    def record_field(self, row: int, column: Column) -> tuple[uuid.UUID, str] | None:
        child, entry = self._lookup[self._rows[row]]
        key = column.key
        if key in ("name", "facility"):
            return (child.id, key) if (child.id, key) in self.conflicts else (child.id, "exists")
        if key == "age":
            return child.id, "age_years"
        if entry is None:
            return None
        if key == "area":
            return entry.id, "exists"
        return entry.id, {"reason": "reason_id"}.get(key, key)

    def cell(self, row: int, column: Column) -> Cell:
        child, entry = self._lookup[self._rows[row]]
        key = column.key
        if key == "name":
            return Cell(child.name, child.name)
        if key == "age":
            age = values.age_on(child.age_years, child.age_recorded_on, self.today)
            return self.age_cell(child, child_warnings(age, Facility(child.facility) if child.facility else None))
        if key == "facility":
            return Cell(child.facility or "", child.facility or "")
        area = Area(self._rows[row][1])
        if key == "area":
            return Cell(shown(area), tooltip="\n".join(self._entry_warnings(child, area, entry)))
        journey = Journey.of(entry) if entry is not None else Journey()
        if key in STEP_BY_FIELD:
            return self._step_cell(row, journey, STEP_BY_FIELD[key].index)
        if key in DATE_STEPS:
            day = getattr(entry, key) if entry is not None else None
            first_no = journey.first_no()
            inactive = first_no is not None and DATE_STEPS[key] >= first_no
            text = values.format_date(day)  # TT.MM.JJJJ, as everywhere
            return Cell(text, text, inactive=inactive)
        if key == "details":
            text = values.format_details([d.item for d in entry.details]) if entry is not None else ""
            return Cell(text, text)
        if key == "reason":
            return self._reason_cell(row, journey, entry)
        if key == "note":
            text = (entry.note or "") if entry is not None else ""
            return Cell(text, text, tooltip=text)
        raise KeyError(key)

    def _step_cell(self, row: int, journey: Journey, step: int) -> Cell:
        answer = journey.answers[step]
        implied = journey.is_implied(step)
        text = values.format_yes_no(answer)
        if implied:
            text = f"({text})"
        tips = []
        if implied:
            tips.append(self.tr("ergänzt: „ja“, weil ein späterer Schritt „ja“ ist"))
        stop = journey.stop()
        number = self._footnotes.numbers.get(self._rows[row])
        if stop is not None and step == marked_step(journey):
            if number is not None:
                text = f"{text} {footnote_mark(number)}"
                tips.append(self.tr("Hier endet der Weg, Grund {n})").format(n=number))
            else:
                tips.append(self.tr("Hier endet der Weg ({where}); ein Grund fehlt.").format(where=stop.describe()))
        first_no = journey.first_no()
        inactive = first_no is not None and step > first_no
        return Cell(text, values.format_yes_no(answer), tooltip="\n".join(tips), muted=implied, inactive=inactive)

    def _reason_cell(self, row: int, journey: Journey, entry: ButEntry | None) -> Cell:
        reason = entry.reason.text if entry is not None and entry.reason is not None else ""
        stop = journey.stop()
        if stop is not None and not reason:
            return Cell(
                self.tr("Grund fehlt"), "",
                tooltip=self.tr("Der Weg endet hier: {where}. Bitte einen Grund angeben (Enter öffnet die Liste).")
                .format(where=stop.describe()),
                warn=True,
            )
        if stop is not None:
            number = self._footnotes.numbers[self._rows[row]]
            return Cell(f"{number}) {reason}", reason, tooltip=reason)
        if reason:
            return Cell(reason, reason, muted=True,
                        tooltip=self.tr("Der Weg endet nicht; dieser Grund zählt nicht in der Auswertung."))
        return Cell()

    def _entry_warnings(self, child: Child, area: Area, entry: ButEntry | None) -> list[str]:
        if entry is None:
            return []
        return entry_warnings(
            area, Journey.of(entry), Facility(child.facility) if child.facility else None,
            entry.applied_on, entry.approved_on, self.today,
            self.workspace.family.created_on if self.workspace is not None else None,
        )

    def choices(self, row: int, column: Column) -> list[str]:
        if column.kind is EditorKind.REASON and self.workspace is not None:
            return self.workspace.reason_texts(self._rows[row][1])
        return list(column.choices)

    # -- edits ------------------------------------------------------------------------------
    def apply(self, row: int, column: Column, value: Any) -> str | None:
        ws = self.workspace
        child_id, area = self._rows[row]
        key = column.key
        if key in ("name", "age", "facility"):
            ws.update_child(child_id, key, value, today=self.today)
        elif key in STEP_BY_FIELD:
            step = STEP_BY_FIELD[key].index
            plan = ws.plan_step(child_id, area, step, value)
            if plan.needs_confirmation and not self.confirm(*self._question(area, step, plan)):
                return None
            ws.set_step(child_id, area, step, value)
        elif key in DATE_STEPS:
            day = values.parse_date(value)
            if day is not None:
                plan = ws.plan_step(child_id, area, DATE_STEPS[key], True)
                if plan.needs_confirmation and not self.confirm(*self._question(area, DATE_STEPS[key], plan)):
                    return None
            ws.set_date(child_id, area, key, value)
        elif key == "details":
            ws.set_details(child_id, area, value)
        elif key == "reason":
            value = self._catalogue_reason(area, value)
            if value is None:
                return None
            ws.set_reason(child_id, area, value)
        elif key == "note":
            ws.set_note(child_id, area, value)
        else:
            raise KeyError(key)
        return ws.last_label or ""

    def _catalogue_reason(self, area: str, text: Any) -> Any:
        """A typed reason not in the catalogue but like one that is: ask which — the catalogue's
        (counted with the others in the Auswertung) or a new one. ``None``: the coach cancelled."""
        typed = normalise_reason(text)
        similar = similar_reason(self.workspace.reason_texts(area), typed) if typed else None
        if similar is None:
            return text
        choice = self.choose(*similar_question(self.tr("Grund"), similar, typed))
        return None if choice is None else (similar, typed)[choice]

    def _question(self, area: str, step: int, plan) -> tuple[str, str]:
        if plan.cleared:
            steps = ", ".join(shown(STEPS[i].label) for i in plan.cleared)
            return (
                self.tr("Spätere Angaben löschen?"),
                self.tr("„nein“ bei „{step}“ ({area}) beendet den Weg. Die späteren Angaben werden "
                        "gelöscht (mit ihren Daten): {steps}.\n\nFortfahren?").format(
                    step=shown(STEPS[step].label), area=shown(area), steps=steps),
            )
        steps = ", ".join(shown(STEPS[i].label) for i in plan.overruled)
        return (
            self.tr("Früheres „nein“ ändern?"),
            self.tr("„ja“ bei „{step}“ ({area}) heißt, dass auch die früheren Schritte „ja“ sind. "
                    "Aus „nein“ wird „ja“ bei: {steps}.\n\nFortfahren?").format(
                step=shown(STEPS[step].label), area=shown(area), steps=steps),
        )

    def after_save(self, index: QModelIndex, column: Column, value: Any) -> None:
        if not index.isValid():
            return
        row = index.row()
        if column.key in STEP_BY_FIELD or column.key in DATE_STEPS:
            child = self.child_at(row)
            warnings = self._entry_warnings(child, Area(self._rows[row][1]), self.entry_at(row))
            if warnings:
                self.hinted.emit(index, "\n".join(warnings))
        if column.key in ("age", "facility"):
            child = self.child_at(row)
            age = values.age_on(child.age_years, child.age_recorded_on, self.today)
            warnings = child_warnings(age, Facility(child.facility) if child.facility else None)
            if warnings:
                self.hinted.emit(index, "\n".join(warnings))
        if column.key in STEP_BY_FIELD and values.parse_yes_no(value) is False and self.needs_reason(row):
            self.reason_wanted.emit(self.index(row, self.column_index("reason")))
