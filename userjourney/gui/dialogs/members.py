"""Dialogs for a new family and a new child or adult.

They collect the values and hand them to a ``submit`` callable (the core's create
function); a refusal (empty or duplicate Familie code, a bad age …) is shown in the dialog in
German and the dialog stays open with what was typed, so nothing is lost and nothing is saved
half. Only a successful submit closes it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
)

from userjourney.core.errors import UserError
from userjourney.core.values import format_date
from userjourney.core.vocab import YES_NO_CHOICES, Facility, ParentingStatus, field_label
from userjourney.gui.forms.ui_family_dialog import Ui_FamilyDialog
from userjourney.gui.forms.ui_member_dialog import Ui_MemberDialog
from userjourney.gui.style import ERROR_STYLE, HINT_STYLE
from userjourney.gui.widgets.similar import settle


class _SubmittingDialog(QDialog):
    """OK runs ``submit(values)``; a :class:`UserError` is shown and the dialog stays open."""

    def __init__(self, submit: Callable[[dict[str, Any]], Any], parent=None) -> None:
        super().__init__(parent)
        self._submit = submit
        self.result_value: Any = None

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def focus_field(self, field: str | None) -> None:
        """Put the cursor into the field a refusal is about."""

    def accept(self) -> None:
        try:
            self.result_value = self._submit(self.values())
        except UserError as exc:
            self.ui.message.setStyleSheet(ERROR_STYLE)
            self.ui.message.setText(exc.message)
            self.focus_field(getattr(exc, "field", None))
            return
        super().accept()


class FamilyDialog(_SubmittingDialog):
    """Neue Familie: Kürzel, Standort, JobCoach, Erstelldatum, Migrationshintergrund, Erziehungsstatus."""

    def __init__(self, submit, locations: list[str], coaches: list[str], parent=None, *, today: date | None = None,
                 location: str = "", coach: str = ""):
        """``location`` and ``coach``: already filled in (the settings' defaults for new families)."""
        super().__init__(submit, parent)
        self.ui = Ui_FamilyDialog()
        self.ui.setupUi(self)
        self.ui.locationCombo.addItems([""] + locations)
        self.ui.coachCombo.addItems([""] + coaches)
        self.ui.locationCombo.setCurrentText(location)
        self.ui.coachCombo.setCurrentText(coach)
        self.ui.createdEdit.setText(format_date(today or date.today()))
        self.ui.migrationCombo.addItems(YES_NO_CHOICES)
        self.ui.parentingCombo.addItems(("",) + tuple(s.value for s in ParentingStatus))
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Anlegen"))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        self.ui.codeEdit.setFocus()
        self._in_use = {"location": locations, "coach": coaches}

    def accept(self) -> None:
        """A Standort or JobCoach like one in use: which one (:mod:`..widgets.similar`) — then create."""
        for field, combo in (("location", self.ui.locationCombo), ("coach", self.ui.coachCombo)):
            typed = combo.currentText()
            if not typed.strip():
                continue
            settled = settle(self, field_label(field), typed, self._in_use[field])
            if settled is None:
                combo.setFocus()
                return
            combo.setCurrentText(settled)
        super().accept()

    def values(self) -> dict[str, Any]:
        ui = self.ui
        return {
            "code": ui.codeEdit.text(),
            "location": ui.locationCombo.currentText(),
            "coach": ui.coachCombo.currentText(),
            "created_on": ui.createdEdit.text(),
            "migration_background": ui.migrationCombo.currentText(),
            "parenting_status": ui.parentingCombo.currentText(),
        }

    def focus_field(self, field: str | None) -> None:
        widget = {
            "code": self.ui.codeEdit, "created_on": self.ui.createdEdit,
            "location": self.ui.locationCombo, "coach": self.ui.coachCombo,
        }.get(field or "", self.ui.codeEdit)
        widget.setFocus()
        if widget is self.ui.codeEdit or widget is self.ui.createdEdit:
            widget.selectAll()


class MemberDialog(_SubmittingDialog):
    """Kind hinzufügen (Name, Alter, Einrichtung) or, without Einrichtung, Person hinzufügen."""

    def __init__(self, submit, parent=None, *, child: bool = True) -> None:
        super().__init__(submit, parent)
        self.ui = Ui_MemberDialog()
        self.ui.setupUi(self)
        self.child = child
        if child:
            self.ui.facilityCombo.addItems(("",) + tuple(f.value for f in Facility))
        else:
            self.setWindowTitle(self.tr("Person hinzufügen"))
            self.ui.facilityLabel.hide()
            self.ui.facilityCombo.hide()
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Hinzufügen"))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        self.ui.nameEdit.setFocus()

    def values(self) -> dict[str, Any]:
        values = {"name": self.ui.nameEdit.text(), "age": self.ui.ageEdit.text()}
        if self.child:
            values["facility"] = self.ui.facilityCombo.currentText()
        return values

    def focus_field(self, field: str | None) -> None:
        widget = self.ui.nameEdit if field == "name" else self.ui.ageEdit
        widget.setFocus()
        widget.selectAll()


class NoteDialog(QDialog):
    """Anmerkung to one cell: a few lines of text; Strg+Enter saves, Esc cancels."""

    def __init__(self, title: str, text: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Anmerkung"))
        layout = QVBoxLayout(self)
        label = QLabel(title, self)
        layout.addWidget(label)
        self.edit = QPlainTextEdit(self)
        self.edit.setPlainText(text)
        self.edit.setAccessibleName(self.tr("Anmerkung"))
        self.edit.setTabChangesFocus(True)
        label.setBuddy(self.edit)
        layout.addWidget(self.edit)
        hint = QLabel(self.tr("Strg+Enter speichert · leer lassen löscht die Anmerkung"), self)
        hint.setStyleSheet(HINT_STYLE)
        layout.addWidget(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Speichern"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.accept)
        self.resize(460, 220)
        self.edit.setFocus()

    def text(self) -> str:
        return self.edit.toPlainText()
