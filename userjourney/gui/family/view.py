"""One family on screen: the header of the forms and the tabs BuT and Minijobs.

The header fields save when the coach leaves them (or presses Enter, or picks from a
list); a refusal (an empty or duplicate Familie code, an impossible Erstelldatum) is shown
under the header in German, the field goes back to the stored value, and nothing changes.
The grids are :class:`~userjourney.gui.family.grid_view.GridView` over the table models; all writes
go through one :class:`~userjourney.core.editing.workspace.FamilyWorkspace`.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from userjourney.core.editing.family_list import load_filter_values
from userjourney.core.editing.workspace import FamilyGone, FamilyWorkspace
from userjourney.core.errors import UserError
from userjourney.core.journeys import Journey, entry_complete
from userjourney.core.storage.database import Database
from userjourney.core.values import format_date, format_yes_no
from userjourney.core.vocab import AREAS, YES_NO_CHOICES, ParentingStatus, field_label
from userjourney.gui.dialogs.members import MemberDialog
from userjourney.gui.family.but_model import ButGridModel
from userjourney.gui.family.minijob_model import MinijobGridModel
from userjourney.gui.forms.ui_family_view import Ui_FamilyView
from userjourney.gui.operations import Operations
from userjourney.gui.style import ERROR_STYLE
from userjourney.gui.widgets.similar import settle


class FamilyView(QWidget):
    """See the module docstring."""

    #: A message for the status bar.
    message = Signal(str)
    #: The family shown is gone (deleted by undo or elsewhere).
    gone = Signal()
    #: Another family (or none: ``None``) is shown now.
    family_changed = Signal(object)

    def __init__(self, db: Database, operations: Operations, parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self.operations = operations
        self.workspace: FamilyWorkspace | None = None
        self.ui = Ui_FamilyView()
        self.ui.setupUi(self)
        ui = self.ui
        self.but_model = ButGridModel(self)
        ui.butGrid.setModel(self.but_model)
        self.minijob_model = MinijobGridModel(self)
        ui.minijobGrid.setModel(self.minijob_model)
        ui.levelLegend.setText(self.minijob_model.legend())
        for grid in (ui.butGrid, ui.minijobGrid):
            grid.message.connect(self.message)
        for model in (self.but_model, self.minijob_model):
            model.saved.connect(self._on_saved)
            model.modelReset.connect(self._update_footnotes)
            model.dataChanged.connect(self._update_footnotes)

        ui.migrationCombo.addItems(YES_NO_CHOICES)
        ui.parentingCombo.addItems(("",) + tuple(s.value for s in ParentingStatus))
        self._settling = False
        self._line_fields = {
            "code": ui.codeEdit, "created_on": ui.createdEdit, "coach": ui.coachEdit, "location": ui.locationEdit,
        }
        for field, edit in self._line_fields.items():
            edit.editingFinished.connect(lambda f=field: self._header_edited(f))
        ui.migrationCombo.activated.connect(lambda _i: self._header_edited("migration_background"))
        ui.parentingCombo.activated.connect(lambda _i: self._header_edited("parenting_status"))
        ui.headerMessage.setStyleSheet(ERROR_STYLE)
        ui.headerMessage.hide()

        ui.addChildButton.setText(self.tr("&Kind hinzufügen …"))
        ui.removeChildButton.setText(self.tr("Kind &entfernen …"))
        ui.addPersonButton.setText(self.tr("&Person hinzufügen …"))
        ui.removePersonButton.setText(self.tr("Person e&ntfernen …"))
        ui.addChildButton.clicked.connect(self.add_child)
        ui.removeChildButton.clicked.connect(self.remove_child)
        ui.addPersonButton.clicked.connect(self.add_person)
        ui.removePersonButton.clicked.connect(self.remove_person)

    def set_read_only(self, read_only: bool) -> None:
        """Nothing can be changed: fields read-only, member buttons off (the grids see the database)."""
        ui = self.ui
        for edit in self._line_fields.values():
            edit.setReadOnly(read_only)
        for widget in (ui.migrationCombo, ui.parentingCombo, ui.addChildButton, ui.removeChildButton,
                       ui.addPersonButton, ui.removePersonButton):
            widget.setEnabled(not read_only)

    # -- opening and refreshing -------------------------------------------------------------
    def open_family(self, family_id: uuid.UUID) -> None:
        self.workspace = FamilyWorkspace(self.db, family_id, self.operations.committer(self))
        self.but_model.set_workspace(self.workspace)
        self.minijob_model.set_workspace(self.workspace)
        self.ui.headerMessage.hide()
        self._fill_header()
        self._update_footnotes()
        self.family_changed.emit(family_id)

    @property
    def family_id(self) -> uuid.UUID | None:
        return self.workspace.family_id if self.workspace else None

    def refresh(self) -> None:
        """Load the family afresh after a change made elsewhere (undo, import, another view)."""
        if self.workspace is None:
            return
        try:
            self.workspace.reload()
        except FamilyGone:
            self.close_family()
            self.gone.emit()
            return
        self.but_model.refresh()
        self.minijob_model.refresh()
        self._fill_header()

    def close_family(self) -> None:
        self.workspace = None
        self.but_model.set_workspace(None)
        self.minijob_model.set_workspace(None)
        self.family_changed.emit(None)

    def show_member(self, member_id: uuid.UUID, area: str | None, adult: bool) -> None:
        """Put the cursor on a child's row (of ``area``, else its first) or on an adult's row."""
        grid, model = (self.ui.minijobGrid, self.minijob_model) if adult else (self.ui.butGrid, self.but_model)
        self.ui.journeyTabs.setCurrentIndex(1 if adult else 0)
        for row in range(model.rowCount()):
            key = model.row_key(row)
            if key[0] == member_id and (area is None or key[1] == area):
                grid.setCurrentIndex(model.index(row, model.first_answer_column()))
                break
        grid.setFocus()

    # -- header -----------------------------------------------------------------------------
    def _fill_header(self) -> None:
        family = self.workspace.family
        ui = self.ui
        ui.codeEdit.setText(family.code)
        ui.createdEdit.setText(format_date(family.created_on))
        ui.coachEdit.setText(family.coach or "")
        ui.locationEdit.setText(family.location or "")
        ui.migrationCombo.setCurrentIndex(max(ui.migrationCombo.findText(format_yes_no(family.migration_background)), 0))
        ui.parentingCombo.setCurrentIndex(max(ui.parentingCombo.findText(family.parenting_status or ""), 0))
        ui.updatedValue.setText(family.updated_at.astimezone().strftime("%d.%m.%Y %H:%M"))
        ui.completenessValue.setText(self._completeness_text())
        ui.header.setTitle(self.tr("Familie {code}").format(code=family.code))

    def _completeness_text(self) -> str:
        family = self.workspace.family
        total = len(family.children) * len(AREAS)
        if not total:
            return self.tr("– (noch keine Kinder)")
        complete = 0
        for child in family.children:
            for entry in child.entries:
                complete += entry_complete(Journey.of(entry), entry.reason is not None)
        return self.tr("{complete} von {total} BuT-Zeilen ({percent} %)").format(
            complete=complete, total=total, percent=round(100 * complete / total))

    def _header_value(self, field: str) -> str:
        ui = self.ui
        if field == "migration_background":
            return ui.migrationCombo.currentText()
        if field == "parenting_status":
            return ui.parentingCombo.currentText()
        return self._line_fields[field].text()

    def _stored_header_value(self, field: str) -> str:
        family = self.workspace.family
        value = getattr(family, field)
        if field == "created_on":
            return format_date(value)
        if field == "migration_background":
            return format_yes_no(value)
        return value or ""

    def _header_edited(self, field: str) -> None:
        if self.workspace is None or self._settling:
            return
        text = self._header_value(field)
        if text.strip() == self._stored_header_value(field):
            return
        if field in ("location", "coach") and text.strip():
            text = self._settled(field, text)
            if text is None:  # cancelled: the stored value again
                self._fill_header()
                return
        try:
            self.workspace.update_family(field, text)
        except UserError as exc:
            self.ui.headerMessage.setText(exc.message)
            self.ui.headerMessage.show()
            self.message.emit(exc.message)
            self._fill_header()
            return
        self.ui.headerMessage.hide()
        self._on_saved(self.workspace.last_label or "")

    def _settled(self, field: str, text: str) -> str | None:
        """A new Standort or JobCoach like one in use: which one (see :mod:`..widgets.similar`)."""
        locations, coaches = load_filter_values(self.workspace.db)
        in_use = locations if field == "location" else coaches  # its own old value too: a typo
        self._settling = True  # the question takes the focus: the field's editingFinished again
        try:
            settled = settle(self, field_label(field), text, in_use)
        finally:
            self._settling = False
        if settled is not None:
            self._line_fields[field].setText(settled)
        return settled

    # -- members ----------------------------------------------------------------------------
    def add_child(self) -> uuid.UUID | None:
        if self.workspace is None:
            return None
        ws = self.workspace
        dialog = MemberDialog(lambda v: ws.add_child(v["name"], v["age"], v["facility"]), self, child=True)
        if dialog.exec() != MemberDialog.DialogCode.Accepted:
            return None
        self.but_model.refresh()
        self._on_saved(self.workspace.last_label or "")
        self._select_member(self.ui.butGrid, self.but_model, dialog.result_value)
        return dialog.result_value

    def add_person(self) -> uuid.UUID | None:
        if self.workspace is None:
            return None
        ws = self.workspace
        dialog = MemberDialog(lambda v: ws.add_person(v["name"], v["age"]), self, child=False)
        if dialog.exec() != MemberDialog.DialogCode.Accepted:
            return None
        self.minijob_model.refresh()
        self._on_saved(self.workspace.last_label or "")
        self._select_member(self.ui.minijobGrid, self.minijob_model, dialog.result_value)
        return dialog.result_value

    def _select_member(self, grid, model, member_id) -> None:
        for row in range(model.rowCount()):
            if model.row_key(row)[0] == member_id:
                grid.setCurrentIndex(model.index(row, model.first_answer_column()))
                grid.setFocus()
                return

    def remove_child(self) -> None:
        index = self.ui.butGrid.currentIndex()
        if self.workspace is None or not index.isValid():
            self.message.emit(self.tr("Bitte zuerst eine Zeile des Kindes wählen."))
            return
        child = self.but_model.child_at(index.row())
        if self._confirm_removal(self.tr("Kind „{name}“ mit allen BuT-Angaben entfernen?").format(name=child.name)):
            self.workspace.remove_child(child.id)
            self.but_model.refresh()
            self._on_saved(self.workspace.last_label or "")

    def remove_person(self) -> None:
        index = self.ui.minijobGrid.currentIndex()
        if self.workspace is None or not index.isValid():
            self.message.emit(self.tr("Bitte zuerst die Zeile der Person wählen."))
            return
        person = self.minijob_model.person_at(index.row())
        if self._confirm_removal(self.tr("Person „{name}“ mit ihren Minijob-Angaben entfernen?").format(name=person.name)):
            self.workspace.remove_person(person.id)
            self.minijob_model.refresh()
            self._on_saved(self.workspace.last_label or "")

    def _confirm_removal(self, question: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Entfernen"),
                          question + "\n\n" + self.tr("Strg+Z macht es rückgängig."), parent=self)
        remove = box.addButton(self.tr("&Entfernen"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)  # Enter never removes; Entfernen is a deliberate choice
        box.exec()
        return box.clickedButton() is remove

    # -- feedback ---------------------------------------------------------------------------
    def _on_saved(self, label: str) -> None:
        if self.workspace is not None:
            self._fill_header()
        if label:
            self.message.emit(self.tr("Gespeichert: {label}").format(label=label))

    def _update_footnotes(self, *_args) -> None:
        notes = self.but_model.footnotes() if self.workspace else []
        self.ui.butFootnotes.setText("\n".join(f"{n}) {text}" for n, text in notes))
        notes = self.minijob_model.footnotes() if self.workspace else []
        self.ui.minijobFootnotes.setText("\n".join(f"{n}) {text}" for n, text in notes))

