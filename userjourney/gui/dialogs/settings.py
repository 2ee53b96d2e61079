"""Einstellungen: the coach's name, Standort and JobCoach for new families, backups, language,
font size and high contrast.

The dialog only edits a copy of :class:`~userjourney.core.settings.Settings`; the window saves
it and applies what changed (the name for the history, a language at once — see
:meth:`MainWindow.edit_settings`).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from userjourney.core.settings import Settings
from userjourney.gui.appearance import FONT_SIZES
from userjourney.gui.forms.ui_settings_dialog import Ui_SettingsDialog

#: Each language named in itself, as language menus do (a coach who cannot read the current
#: language still finds her own).
LANGUAGE_NAMES = {"de": "Deutsch", "en": "English"}


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, locations: list[str], coaches: list[str], parent=None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_SettingsDialog()
        ui.setupUi(self)
        ui.nameEdit.setText(settings.coach_name)
        for combo, values, current in ((ui.locationCombo, locations, settings.default_location),
                                       (ui.coachCombo, coaches, settings.default_coach)):
            combo.addItems(["", *values])
            combo.setCurrentText(current)
        ui.backupsSpin.setValue(settings.backups_to_keep)
        for code, name in LANGUAGE_NAMES.items():
            ui.languageCombo.addItem(name, code)
        ui.languageCombo.setCurrentIndex(max(ui.languageCombo.findData(settings.language), 0))
        for points in FONT_SIZES:
            ui.fontCombo.addItem(self.tr("{points} pt").format(points=points) if points else self.tr("Standard"), points)
        ui.fontCombo.setCurrentIndex(max(ui.fontCombo.findData(settings.font_size), 0))
        ui.contrastCheck.setChecked(settings.high_contrast)
        ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        self.original = settings
        ui.nameEdit.setFocus()

    def settings(self) -> Settings:
        """The settings as the dialog shows them (texts trimmed)."""
        ui = self.ui
        return replace(
            self.original,
            coach_name=ui.nameEdit.text().strip(),
            default_location=ui.locationCombo.currentText().strip(),
            default_coach=ui.coachCombo.currentText().strip(),
            backups_to_keep=ui.backupsSpin.value(),
            language=ui.languageCombo.currentData() or "de",
            font_size=int(ui.fontCombo.currentData() or 0),
            high_contrast=ui.contrastCheck.isChecked(),
        )
