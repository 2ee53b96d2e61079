"""Bearbeiten → Konflikte: what two databases changed differently, side by side, to decide.

Per conflict (family, record, field) every competing value with who set it and when, newest
first — the first is the provisional one both databases show. Taking a value is a change
through the window's one path (:meth:`Operations.run`), so Strg+Z undoes it and lists the
conflict again.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QTreeWidgetItem

from userjourney.core.errors import UserError
from userjourney.core.sync.conflicts import Conflict, decide_typed, open_conflicts, resolve_in
from userjourney.gui.forms.ui_conflicts_dialog import Ui_ConflictsDialog
from userjourney.gui.operations import Operations
from userjourney.gui.style import ERROR_STYLE

ROLE = Qt.ItemDataRole.UserRole


class ConflictsDialog(QDialog):
    def __init__(self, operations: Operations, parent=None) -> None:
        super().__init__(parent)
        self.operations = operations
        self.conflicts: list[Conflict] = []
        self.ui = Ui_ConflictsDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.tree.setColumnWidth(0, 480)
        ui.tree.setColumnWidth(1, 160)
        ui.tree.currentItemChanged.connect(self._chosen)
        ui.tree.itemActivated.connect(lambda item, _column: self.take() if item.parent() else None)
        ui.takeButton.clicked.connect(self.take)
        ui.typedButton.clicked.connect(self.take_typed)
        ui.typedEdit.textChanged.connect(self._typed_changed)
        ui.closeButton.clicked.connect(self.accept)
        self.load()

    def load(self) -> None:
        with self.operations.db.session() as session:
            self.conflicts = open_conflicts(session)
        tree = self.ui.tree
        tree.clear()
        for conflict in self.conflicts:
            top = QTreeWidgetItem([self.tr("Familie {family} · {what}").format(family=conflict.family,
                                                                               what=conflict.what)])
            top.setData(0, ROLE, (conflict.id, None))
            for number, value in enumerate(conflict.values):
                shown = self.tr("(leer oder gelöscht)") if value["value"] is None else _text(value["value"])
                if number == 0:
                    shown += " " + self.tr("(gilt vorläufig)")
                when = datetime.fromisoformat(value["at"]).astimezone().strftime("%d.%m.%Y %H:%M")
                child = QTreeWidgetItem([shown, value["by"], when])
                child.setData(0, ROLE, (conflict.id, number))
                top.addChild(child)
            tree.addTopLevelItem(top)
            top.setExpanded(True)
        if not self.conflicts:
            tree.addTopLevelItem(QTreeWidgetItem([self.tr("Keine offenen Konflikte.")]))
        self.ui.takeButton.setEnabled(False)

    def _chosen(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        data = item.data(0, ROLE) if item is not None else None
        self.ui.takeButton.setEnabled(bool(data) and data[1] is not None)
        conflict = self._conflict(data[0]) if data else None
        self.ui.typedEdit.setEnabled(conflict is not None and conflict.typable)
        self._typed_changed(self.ui.typedEdit.text())

    def _typed_changed(self, text: str) -> None:
        """While a value of one's own is typed, Enter saves it (not "Schließen", the default)."""
        ready = self.ui.typedEdit.isEnabled() and bool(text.strip())
        self.ui.typedButton.setEnabled(ready)
        (self.ui.typedButton if ready else self.ui.closeButton).setDefault(True)

    def _conflict(self, wanted: str) -> Conflict | None:
        return next((c for c in self.conflicts if c.id == wanted), None)

    def take_typed(self) -> None:
        """The conflict of the current row decided with the value typed in "Eigener Wert"."""
        item = self.ui.tree.currentItem()
        data = item.data(0, ROLE) if item is not None else None
        text = self.ui.typedEdit.text().strip()
        if not data or not text:
            return
        conflict = self._conflict(data[0])
        if conflict is None:
            return
        label = self.tr("Konflikt entschieden: {what}").format(what=conflict.what)
        if self._run(label, lambda session: decide_typed(session, conflict.id, text), conflict):
            self.ui.typedEdit.clear()

    def take(self) -> None:
        item = self.ui.tree.currentItem()
        data = item.data(0, ROLE) if item is not None else None
        if not data or data[1] is None:
            return
        wanted, number = data
        conflict = next(c for c in self.conflicts if c.id == wanted)
        label = self.tr("Konflikt entschieden: {what}").format(what=conflict.what)
        self._run(label, lambda session: resolve_in(session, wanted, number), conflict)

    def _run(self, label: str, decide, conflict: Conflict) -> bool:
        """One decision through the window's path for changes; a refusal is said, nothing changed."""
        try:
            self.operations.run(label, decide, initiator=self)
        except UserError as exc:
            self.ui.message.setStyleSheet(ERROR_STYLE)
            self.ui.message.setText(exc.message)
            return False
        self.ui.message.setStyleSheet("")
        self.ui.message.setText(self.tr("Entschieden: {what} (Strg+Z macht es rückgängig)").format(what=conflict.what))
        self.load()
        return True


def _text(value) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{k}: {'–' if v is None else v}" for k, v in value.items())
    return str(value)
