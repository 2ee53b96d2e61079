"""Datei → Abgleichen: this database and another (a file, or the office server), both ways.

The window synchronises through its own database — it holds the writer's lock, so no command
can write in between — and the other database's lock is taken as any writer takes it. First a
preview (the whole sync, rolled back: what comes in, what goes out, which conflicts would be
new), then the sync itself; both off the UI thread (:mod:`userjourney.gui.tasks`). Afterwards
every view reloads, and new conflicts can be opened at once.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFileDialog

from userjourney.core.errors import UserError, ValidationError
from userjourney.core.i18n import tr
from userjourney.core.sync.synchronising import SyncResult
from userjourney.gui import tasks
from userjourney.gui.forms.ui_sync_dialog import Ui_SyncDialog
from userjourney.gui.operations import Operations
from userjourney.gui.style import ERROR_STYLE


class SyncDialog(QDialog):
    def __init__(self, operations: Operations, parent=None, *, other: str = "") -> None:
        super().__init__(parent)
        self.operations = operations
        self.result: SyncResult | None = None
        self.task: tasks.Task | None = None
        self.ui = Ui_SyncDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.otherEdit.setText(other)
        ui.chooseButton.clicked.connect(self.choose_file)
        ui.previewButton.clicked.connect(lambda: self.start(preview=True))
        ui.syncButton.clicked.connect(lambda: self.start(preview=False))
        ui.closeButton.clicked.connect(self.accept)
        ui.otherEdit.textChanged.connect(self._update_buttons)
        self._update_buttons()

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Andere Datenbank wählen"), self.ui.otherEdit.text(),
            self.tr("SQLite-Datenbank (*.sqlite);;Alle Dateien (*)"))
        if path:
            self.ui.otherEdit.setText(path)

    def _update_buttons(self) -> None:
        idle = self.task is None or self.task.done
        has_other = bool(self.ui.otherEdit.text().strip())
        self.ui.previewButton.setEnabled(idle and has_other)
        self.ui.syncButton.setEnabled(idle and has_other)

    def start(self, *, preview: bool) -> None:
        other = self.ui.otherEdit.text().strip()
        try:
            _unlock_here(other)
        except UserError as exc:
            self._say(exc.message, error=True)
            return
        self._say(self.tr("Vorschau wird berechnet …") if preview else self.tr("Wird abgeglichen …"))
        self.ui.progress.setVisible(True)
        self.task = tasks.start(_sync, self.operations.db, other, preview)
        self.task.finished.connect(self._done)
        self.task.failed.connect(self._failed)
        self._update_buttons()

    def _done(self, result: SyncResult) -> None:
        self.ui.progress.setVisible(False)
        self.result = result
        lines = result.describe()
        if result.new_conflict_names:
            lines += ["", self.tr("Neue Konflikte:")] + [f"  {name}" for name in result.new_conflict_names]
        self.ui.preview.setPlainText("\n".join(lines))
        if result.preview:
            self._say(self.tr("Nur eine Vorschau: noch nichts geändert. „Abgleichen“ führt es aus."))
        else:
            self.operations.synchronised(self.tr("Abgeglichen mit {other}").format(other=result.there))
            self._say(self.tr("Abgeglichen. Offene Konflikte: {n} (Bearbeiten → Konflikte).").format(
                n=result.open_conflicts) if result.changed else self.tr("Beide waren schon auf demselben Stand."))
        self._update_buttons()

    def _failed(self, message: str) -> None:
        self.ui.progress.setVisible(False)
        self._say(message, error=True)
        self._update_buttons()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.ui.message.setStyleSheet(ERROR_STYLE if error else "")
        self.ui.message.setText(text)


def _unlock_here(other: str) -> None:
    """An encrypted file's passphrase is asked for here, on the UI thread, before the work starts
    (the worker cannot show a dialog)."""
    from userjourney.core.storage import keys
    from userjourney.core.storage.encryption import is_encrypted, unlock
    from userjourney.core.storage.target import resolve_target

    target = resolve_target(other)
    if not (target.is_sqlite and target.file.is_file() and is_encrypted(target.file)):
        return
    if not keys.keys_path(target.file).exists():  # not SQLite, and no keys beside it: not ours
        raise ValidationError(tr("„{path}“ ist keine Datenbank von userjourney (oder ihre Schlüsseldatei "
                                 "{keys} fehlt); nichts abgeglichen.").format(
            path=target.file, keys=keys.keys_path(target.file).name))
    unlock(target.file)


def _sync(db, other: str, preview: bool, progress) -> SyncResult:
    from userjourney.core.storage.target import resolve_target
    from userjourney.core.storage.writing import open_for_writing
    from userjourney.core.sync.synchronising import synchronise

    progress(0, 0)
    target = resolve_target(other)
    if target.is_sqlite and not target.file.exists():
        raise ValidationError(tr("Die Datenbank {path} gibt es nicht; nichts abgeglichen.").format(path=other))
    with open_for_writing(other, program="userjourney (Abgleich)", wait=5) as writer:
        return synchronise(db, writer.database, preview=preview)
