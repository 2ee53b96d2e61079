"""Bearbeiten → Familie endgültig löschen: erasure on request (GDPR art. 17) from the window.

The family is named by its code — the open one is suggested, and a family deleted earlier can be
named too (its code is still in the history). The retention period lists the families nobody
changed for that many years (oldest first); picking one fills in its code. Nothing is erased
until the code is typed a second time and "Endgültig löschen" pressed (Enter means Abbrechen).
The work — the database and every backup beside it — runs off the UI thread; afterwards undo is
void and every view reloads (:meth:`Operations.replaced`), as after a restore.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem

from userjourney.core.history.purging import Purged, retention_candidates
from userjourney.core.i18n import counted
from userjourney.core.settings import Settings, save_settings
from userjourney.core.values import format_date
from userjourney.gui import tasks
from userjourney.gui.forms.ui_purge_dialog import Ui_PurgeDialog
from userjourney.gui.operations import Operations
from userjourney.gui.style import ERROR_STYLE


class PurgeDialog(QDialog):
    def __init__(self, operations: Operations, settings: Settings, code: str = "", parent=None, *,
                 on_erased: Callable[[Purged], None] | None = None) -> None:
        super().__init__(parent)
        self.operations = operations
        self.on_erased = on_erased
        self.settings = settings
        self.purged: Purged | None = None
        self.task: tasks.Task | None = None
        self.ui = Ui_PurgeDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.retentionSpin.setValue(settings.retention_years)
        ui.codeEdit.setText(code)
        ui.retentionSpin.valueChanged.connect(self._retention_changed)
        ui.candidates.currentItemChanged.connect(self._picked)
        ui.codeEdit.textChanged.connect(self._update_button)
        ui.confirmEdit.textChanged.connect(self._update_button)
        ui.purgeButton.clicked.connect(self.start)
        ui.cancelButton.clicked.connect(self.reject)
        self._list_candidates()
        (ui.confirmEdit if code else ui.codeEdit).setFocus()

    def _retention_changed(self, years: int) -> None:
        self.settings.retention_years = years
        save_settings(self.settings)
        self._list_candidates()

    def _list_candidates(self) -> None:
        years = self.ui.retentionSpin.value()
        cutoff = datetime.now().astimezone() - timedelta(days=round(365.25 * years))
        self.ui.candidates.clear()
        for candidate in retention_candidates(self.operations.db, cutoff):
            text = self.tr("{code} – letzte Änderung {day}").format(
                code=candidate.code, day=format_date(candidate.last_change.date()))
            if candidate.deleted:
                text += " " + self.tr("(schon gelöscht)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, candidate.code)
            self.ui.candidates.addItem(item)
        if not self.ui.candidates.count():
            self.ui.candidates.addItem(counted(years, self.tr("Keine Familie ohne Änderung seit mehr als einem Jahr."),
                                                 self.tr("Keine Familie ohne Änderung seit mehr als {n} Jahren.")).format(n=years))

    def _picked(self, item: QListWidgetItem | None) -> None:
        code = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if code:
            self.ui.codeEdit.setText(code)
            self.ui.confirmEdit.clear()

    def _update_button(self) -> None:
        code = self.ui.codeEdit.text().strip()
        self.ui.purgeButton.setEnabled(bool(code) and self.ui.confirmEdit.text().strip() == code)

    def start(self) -> None:
        code = self.ui.codeEdit.text().strip()
        self.ui.purgeButton.setEnabled(False)
        self._say(self.tr("„{code}“ wird gelöscht, auch in den Sicherungen …").format(code=code))
        self.task = tasks.start(_purge, self.operations.db, code)
        self.task.finished.connect(self._done)
        self.task.failed.connect(lambda message: (self._say(message, error=True), self._update_button()))

    def _done(self, purged: Purged) -> None:
        self.purged = purged
        if self.on_erased is not None:
            self.on_erased(purged)  # e.g. the window lets go of the family before everything reloads
        self.operations.replaced(self.tr("Familie „{code}“ endgültig gelöscht").format(code=purged.code))
        self.accept()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.ui.message.setStyleSheet(ERROR_STYLE if error else "")
        self.ui.message.setText(text)


def _purge(db, code: str, progress):
    from userjourney.core.history.purging import purge_everywhere

    progress(0, 1)
    return purge_everywhere(db, code)
