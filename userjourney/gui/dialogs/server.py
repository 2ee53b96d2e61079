"""Datei → Mit Server verbinden …: sign in to the office server, or go back to the local file.

The coach types server, database and login (from the IT) and the password; "Verbinden" opens
the database off the UI thread (a server that does not answer is given five seconds), and only
a server that works is remembered (``Settings.server``, without the password; the password in
the system's key store if the coach agrees: :mod:`userjourney.core.storage.server_login`). The
dialog then holds the opened :attr:`ServerDialog.database`; the window switches to it. A wrong
password, an unknown server or a server not yet set up is said in the dialog, in German, and
nothing changes.
"""

from __future__ import annotations

import sqlalchemy as sa
from PySide6.QtWidgets import QDialog

from userjourney.core.errors import UserError
from userjourney.core.storage.database import Database, open_database
from userjourney.core.storage.server_login import server_url, store_password, stored_password, with_password
from userjourney.gui import tasks
from userjourney.gui.forms.ui_server_dialog import Ui_ServerDialog
from userjourney.gui.style import ERROR_STYLE

#: What the dialog answers besides Accepted/Rejected: back to the file on this computer.
LOCAL = 2


class ServerDialog(QDialog):
    """See the module docstring. ``database``/``url`` after a successful connection."""

    def __init__(self, remembered: str = "", actor: str | None = None, parent=None) -> None:
        super().__init__(parent)
        self.ui = Ui_ServerDialog()
        self.ui.setupUi(self)
        self.actor = actor
        self.database: Database | None = None
        self.url = ""
        self.task: tasks.Task | None = None
        ui = self.ui
        if remembered:
            made = sa.make_url(remembered)
            ui.hostEdit.setText(made.host or "")
            ui.portEdit.setText(str(made.port or 5432))
            ui.databaseEdit.setText(made.database or "")
            ui.loginEdit.setText(made.username or "")
            ui.passwordEdit.setText(stored_password(remembered) or "")
        ui.localButton.setVisible(bool(remembered))
        ui.connectButton.clicked.connect(self.connect_to_server)
        ui.cancelButton.clicked.connect(self.reject)
        ui.localButton.clicked.connect(lambda: self.done(LOCAL))
        (ui.passwordEdit if remembered else ui.hostEdit).setFocus()

    def connect_to_server(self) -> None:
        ui = self.ui
        try:
            url = server_url(ui.hostEdit.text(), ui.portEdit.text(), ui.databaseEdit.text(), ui.loginEdit.text())
        except UserError as exc:
            self._say(exc.message, error=True)
            return
        ui.connectButton.setEnabled(False)
        self._say(self.tr("Verbinde mit {server} …").format(server=sa.make_url(url).host))
        password = ui.passwordEdit.text()
        self.task = tasks.start(_open, with_password(url, password), self.actor)

        def opened(database: Database) -> None:
            self.database, self.url = database, url
            if ui.rememberBox.isChecked() and password and not store_password(url, password):
                self._say(self.tr("Verbunden; einen Schlüsselbund gibt es hier nicht, das Kennwort wird beim "
                                  "nächsten Mal wieder gefragt."))
            self.accept()

        def failed(message: str) -> None:
            ui.connectButton.setEnabled(True)
            self._say(message, error=True)

        self.task.finished.connect(opened)
        self.task.failed.connect(failed)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.ui.message.setStyleSheet(ERROR_STYLE if error else "")
        self.ui.message.setText(text)


def _open(url: str, actor: str | None, progress=None) -> Database:
    return open_database(url, actor=actor)
