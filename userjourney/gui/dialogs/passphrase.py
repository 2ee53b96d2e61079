"""Asking for the passphrase of an encrypted database, in a dialog of the program's own.

Installed as :data:`userjourney.core.storage.keys.ask` when the window starts, so every way the
window opens a database (at start, after a restore, switching databases) asks the same way. It
says clearly when the last passphrase did not fit, takes the recovery key in the same field (the
core tells the two apart), and — if the coach ticks it — keeps the database's key in the
operating system's key store so that the next start does not ask.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog

from userjourney.core.storage import keys
from userjourney.gui.forms.ui_passphrase_dialog import Ui_PassphraseDialog
from userjourney.gui.style import ERROR_STYLE


class PassphraseDialog(QDialog):
    def __init__(self, path: Path, wrong: bool, parent=None) -> None:
        super().__init__(parent)
        self.ui = Ui_PassphraseDialog()
        self.ui.setupUi(self)
        self.ui.intro.setText(self.tr("Die Datenbank „{path}“ ist verschlüsselt. Bitte die Passphrase eingeben.").format(
            path=path))
        self.ui.wrongLabel.setStyleSheet(ERROR_STYLE)
        self.ui.wrongLabel.setVisible(wrong)
        self.ui.openButton.clicked.connect(self.accept)
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.passphraseEdit.setFocus()

    @property
    def passphrase(self) -> str:
        return self.ui.passphraseEdit.text()


def ask_in_dialog(path: Path, wrong: bool) -> str | None:
    """:data:`keys.ask` for the window: the typed passphrase (or recovery key), ``None`` on Abbrechen."""
    dialog = PassphraseDialog(path, wrong, QApplication.activeWindow())
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.passphrase:
        return None
    if dialog.ui.rememberCheck.isChecked():
        key = keys.try_secret(path, dialog.passphrase)
        if key is not None:
            keys.store_key(path, key)
    return dialog.passphrase
