"""Encrypting a database from the window: offered when a new database is made (the first
start), required where the organisation's policy says so (:mod:`userjourney.core.policy`).

The passphrase is typed twice; the recovery key is shown once, in a dialog that lets the coach
go on only after saying it is kept safe. The work is :mod:`userjourney.core.storage.encrypting`'s,
under the writer's lock, before the window opens the database.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QDialog

from userjourney.core.errors import UserError
from userjourney.core.storage.keys import MIN_PASSPHRASE
from userjourney.gui.forms.ui_encrypt_dialog import Ui_EncryptDialog
from userjourney.gui.forms.ui_recovery_key_dialog import Ui_RecoveryKeyDialog
from userjourney.gui.style import ERROR_STYLE

PLAIN = 2  # EncryptDialog's result for "Ohne Verschlüsselung" (Accepted = encrypt, Rejected = quit)


class EncryptDialog(QDialog):
    """Choose a passphrase for a database; ``required``: no way around it but quitting."""

    def __init__(self, path: Path, *, new: bool, required: bool, parent=None) -> None:
        super().__init__(parent)
        self.ui = Ui_EncryptDialog()
        self.ui.setupUi(self)
        if new:
            intro = self.tr("Eine neue Datenbank wird angelegt: „{path}“. Verschlüsselt bleibt sie auch dann "
                            "unlesbar, wenn der Laptop verloren geht – empfohlen für die Sozialdaten der Familien.")
        else:
            intro = self.tr("Die Datenbank „{path}“ ist nicht verschlüsselt.")
        if required:
            intro += " " + self.tr("Ihre Organisation verlangt eine verschlüsselte Datenbank.")
        self.ui.intro.setText(intro.format(path=path))
        self.ui.plainButton.setVisible(not required)
        self.ui.message.setStyleSheet(ERROR_STYLE)
        self.ui.encryptButton.clicked.connect(self._check)
        self.ui.plainButton.clicked.connect(lambda: self.done(PLAIN))
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.passphraseEdit.setFocus()

    @property
    def passphrase(self) -> str:
        return self.ui.passphraseEdit.text()

    def _check(self) -> None:
        if len(self.passphrase) < MIN_PASSPHRASE:
            self.ui.message.setText(self.tr("Die Passphrase muss mindestens {n} Zeichen lang sein.").format(
                n=MIN_PASSPHRASE))
            self.ui.passphraseEdit.setFocus()
        elif self.ui.repeatEdit.text() != self.passphrase:
            self.ui.message.setText(self.tr("Die beiden Eingaben sind verschieden."))
            self.ui.repeatEdit.selectAll()
            self.ui.repeatEdit.setFocus()
        else:
            self.accept()


class RecoveryKeyDialog(QDialog):
    """The recovery key, once; "Weiter" only after the coach ticks that it is kept safe."""

    def __init__(self, key: str, parent=None) -> None:
        super().__init__(parent)
        self.ui = Ui_RecoveryKeyDialog()
        self.ui.setupUi(self)
        self.ui.keyEdit.setText(key)
        self.ui.keyEdit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.ui.copyButton.clicked.connect(lambda: QGuiApplication.clipboard().setText(key))
        self.ui.confirmCheck.toggled.connect(self.ui.okButton.setEnabled)
        self.ui.okButton.clicked.connect(self.accept)

    def reject(self) -> None:  # Esc must not skip the only showing of the key
        if self.ui.confirmCheck.isChecked():
            super().reject()


def offer_encryption(path: Path, *, new: bool, required: bool, parent=None) -> bool | None:
    """Ask, and encrypt if the coach chooses so: ``True`` encrypted, ``False`` left plain,
    ``None`` the coach quit (or a required encryption failed — said in a message)."""
    from PySide6.QtWidgets import QMessageBox

    from userjourney.core.storage.encrypting import encrypt_database
    from userjourney.core.storage.locking import DatabaseLock

    dialog = EncryptDialog(path, new=new, required=required, parent=parent)
    choice = dialog.exec()
    if choice == PLAIN:
        return False
    if choice != QDialog.DialogCode.Accepted:
        return None
    try:
        with DatabaseLock(path, program="userjourney"):
            result = encrypt_database(path, dialog.passphrase,
                                      keep_in_keystore=dialog.ui.rememberCheck.isChecked())
    except UserError as exc:
        QMessageBox.critical(parent, dialog.tr("Verschlüsseln nicht möglich"), exc.message)
        return None
    if result.recovery_key:
        RecoveryKeyDialog(result.recovery_key, parent).exec()
    return True
