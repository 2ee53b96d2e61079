"""The table view both journey grids use: keyboard first, refusals shown at the cell.

Keys, on a cell that is not being edited:

* ``j`` / ``n`` on a ja/nein cell answer it and move on to the next cell of the row;
* ``1``–``4`` on a support-level cell set the level and move on (other digits are refused
  with the core's message);
* ``Entf`` / ``Rücktaste`` empty the cell;
* ``Enter`` or ``F2`` open the cell's editor; typing any other key opens it with that key;
* arrows, ``Tab`` and ``Umschalt+Tab`` move.

When a journey stops with a ``nein`` and has no reason, the reason editor opens at once;
when the coach leaves a row they edited whose journey stalls without a reason (say, an
application not yet decided), the reason editor opens on that row before moving on —
``Esc`` leaves it marked and moves on. Reasons are wanted while the coach still
remembers them.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMessageBox,
    QStyledItemDelegate,
    QTableView,
)

from userjourney.core.vocab import NO, YES
from userjourney.gui.dialogs.members import NoteDialog
from userjourney.gui.family.delegates import GridDelegate
from userjourney.gui.family.frozen import FrozenColumns
from userjourney.gui.family.grid_model import KIND_ROLE, EditorKind, GridModel
from userjourney.gui.widgets.cell_message import CellMessage
from userjourney.gui.widgets.similar import ask_choice

YES_NO_KEYS = {Qt.Key.Key_J: YES, Qt.Key.Key_N: NO}
CLEAR_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
DIGIT_KEYS = {getattr(Qt.Key, f"Key_{d}"): str(d) for d in range(10)}


class GridView(QTableView):
    """See the module docstring."""

    #: A message for the status bar (refusals and hints, also shown at the cell).
    message = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        delegate = GridDelegate(self)
        delegate.saved_by_enter.connect(self._move_on)
        self.setItemDelegate(delegate)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setWordWrap(True)
        self.setTabKeyNavigation(True)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        #: The leading columns kept in view while scrolling sideways (the model's ``frozen_columns``).
        self.frozen: FrozenColumns | None = None
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag.AlignVCenter)
        self.horizontalHeader().setHighlightSections(False)
        self.cell_message = CellMessage(self.viewport())
        #: Rows edited since the cursor entered them (for the stall → reason rule).
        self._edited_rows: set[int] = set()
        #: Where to go once an automatically opened reason editor closes.
        self._return_to: QPersistentModelIndex | None = None
        self._reason_editing = False

    # -- model ------------------------------------------------------------------------------
    def setModel(self, model) -> None:
        super().setModel(model)
        if isinstance(model, GridModel):
            model.confirm = self.ask
            model.choose = lambda title, question, choices: ask_choice(self, title, question, choices)
            model.refused.connect(self.show_refusal)
            model.saved.connect(self._on_saved)
            model.modelReset.connect(self.apply_layout)
            if hasattr(model, "hinted"):
                model.hinted.connect(self.show_hint)
            if hasattr(model, "reason_wanted"):
                model.reason_wanted.connect(self._reason_wanted)
            if model.frozen_columns and self.frozen is None:
                self.frozen = FrozenColumns(self, model.frozen_columns)
            self.apply_layout()

    def apply_layout(self) -> None:
        """Column widths and the member blocks' spans (re-made after every reset)."""
        model = self.model()
        self.clearSpans()
        if not isinstance(model, GridModel):
            return
        header = self.horizontalHeader()
        for i, column in enumerate(model.columns):
            # the form's width, or wider where the header's text needs it (a longer translation)
            self.setColumnWidth(i, max(column.width, header.sectionSizeFromContents(i).width()))
        for row, column, count in self.block_spans():
            self.setSpan(row, column, count, 1)
        self._edited_rows.clear()
        if self.frozen is not None:
            self.frozen.attach()

    def block_spans(self) -> list[tuple[int, int, int]]:
        """(first row, column, rows) of each member cell spanning a child's block."""
        model = self.model()
        if not hasattr(model, "block_rows"):
            return []
        block_columns = [i for i, c in enumerate(model.columns) if c.block]
        return [(first, column, count) for first, count in model.block_rows() if count > 1 for column in block_columns]

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.frozen is not None:
            self.frozen.update_geometry()

    def scrollTo(self, index: QModelIndex, hint=QAbstractItemView.ScrollHint.EnsureVisible) -> None:
        """As Qt scrolls, and then a cell right of the frozen columns out from under them."""
        super().scrollTo(index, hint)
        if self.frozen is None or not index.isValid() or index.column() < self.frozen.count:
            return
        covered = self.frozen.width_covered()
        left = self.visualRect(index).left()
        bar = self.horizontalScrollBar()
        if left < covered and bar.value() > 0:
            bar.setValue(max(0, bar.value() - (covered - left)))

    # -- messages ---------------------------------------------------------------------------
    def show_refusal(self, index: QModelIndex, text: str) -> None:
        self.cell_message.show_at(self.visualRect(index), text, "error")
        self.message.emit(text)

    def show_hint(self, index: QModelIndex, text: str) -> None:
        self.cell_message.show_at(self.visualRect(index), self.tr("Hinweis: {text}").format(text=text), "hint")
        self.message.emit(self.tr("Hinweis: {text}").format(text=text.replace("\n", " ")))

    def _on_saved(self, _label: str) -> None:
        if self.cell_message.kind == "error":
            self.cell_message.hide()
        current = self.currentIndex()
        if current.isValid():
            self._edited_rows.add(current.row())

    def ask(self, title: str, question: str) -> bool:
        """A question before answers are cleared or overruled: Enter keeps them (Abbrechen is the
        default, as for every question that loses data); Alt+F goes on."""
        box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=self)
        go = box.addButton(self.tr("&Fortfahren"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is go

    # -- keys -------------------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        index = self.currentIndex()
        if index.isValid() and self.state() != QAbstractItemView.State.EditingState and not (
            event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        ):
            kind = index.data(KIND_ROLE)
            key = event.key()
            if kind is EditorKind.YES_NO and key in YES_NO_KEYS:
                self._set_and_advance(index, YES_NO_KEYS[key])
                return
            if kind is EditorKind.LEVEL and key in DIGIT_KEYS:
                self._set_and_advance(index, DIGIT_KEYS[key])
                return
            if key in CLEAR_KEYS and kind not in (None, EditorKind.READ_ONLY):
                self.cell_message.hide()
                self.model().setData(index, "", Qt.ItemDataRole.EditRole)
                return
            if key == Qt.Key.Key_F2 and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.edit_note(index)
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and kind not in (None, EditorKind.READ_ONLY):
                self.edit(index)
                return
        super().keyPressEvent(event)

    def _set_and_advance(self, index: QModelIndex, value: str) -> None:
        self.cell_message.hide()
        persistent = QPersistentModelIndex(index)
        if self.model().setData(index, value, Qt.ItemDataRole.EditRole):
            self._move_on(QModelIndex(persistent))

    def _move_on(self, index: QModelIndex) -> None:
        """After a saved answer (j/n, a level) or Enter in a typed cell: the next cell of the
        row — unless a reason editor is about to open (the journey stopped there)."""
        if self._reason_editing or not index.isValid() or index.column() + 1 >= self.model().columnCount():
            return
        self.setCurrentIndex(index.siblingAtColumn(index.column() + 1))

    def edit_note(self, index: QModelIndex) -> bool:
        """Umschalt+F2: the note (Anmerkung) of the cell, in a small dialog."""
        model = self.model()
        column = model.columns[index.column()]
        current = model.note_of(index.row(), column)
        if current is None:
            self.show_refusal(index, self.tr("Zu dieser Spalte gibt es keine Anmerkung."))
            return False
        title = self.tr("Anmerkung zu „{column}“").format(column=column.header.replace("-\n", "").replace("\n", " "))
        dialog = NoteDialog(title, current, self)
        if dialog.exec() != NoteDialog.DialogCode.Accepted or dialog.text().strip() == current.strip():
            return False
        return model.save_note(index.row(), column, dialog.text())

    # -- asking for reasons -----------------------------------------------------------------
    def _reason_wanted(self, index: QModelIndex) -> None:
        target = QPersistentModelIndex(index)
        self._reason_editing = True
        QTimer.singleShot(0, lambda: self._open_reason(target))

    def _open_reason(self, target: QPersistentModelIndex) -> None:
        index = QModelIndex(target)
        if not index.isValid():
            self._reason_editing = False
            return
        self.setCurrentIndex(index)
        self._reason_editing = True
        if not self.edit(index, QAbstractItemView.EditTrigger.AllEditTriggers, None):
            self._reason_editing = False
            self._return_to = None  # no editor, so no closeEditor to go there
            return
        if self._return_to is not None and hasattr(self.model(), "stall_prompt"):
            # opened because the row was left stalled (only then is there a place to return to): say why
            self.show_hint(index, self.model().stall_prompt(index.row()))

    def currentChanged(self, current: QModelIndex, previous: QModelIndex) -> None:
        super().currentChanged(current, previous)
        model = self.model()
        if not (previous.isValid() and current.isValid()) or previous.row() == current.row():
            return
        if model.columns[current.column()].block and model.row_key(current.row())[0] == model.row_key(previous.row())[0]:
            return  # onto the child's own name or age (a span over its rows): not leaving its row
        left = previous.row()
        edited = left in self._edited_rows
        self._edited_rows.discard(left)
        if edited and not self._reason_editing and hasattr(model, "needs_reason") and model.needs_reason(left):
            self._return_to = QPersistentModelIndex(current)
            self._reason_wanted(model.index(left, model.column_index("reason")))

    def closeEditor(self, editor, hint) -> None:
        was_reason = self._reason_editing
        if was_reason:
            # The reason editor decides where to go next, not Tab or the delegate's hint.
            hint = QStyledItemDelegate.EndEditHint.NoHint
        super().closeEditor(editor, hint)
        if not was_reason:
            return
        self._reason_editing = False
        self._edited_rows.discard(self.currentIndex().row())  # asked once; Esc leaves it marked
        destination = QModelIndex(self._return_to) if self._return_to is not None else QModelIndex()
        self._return_to = None
        if not destination.isValid():
            row = self.currentIndex().row() + 1
            model = self.model()
            if 0 <= row < model.rowCount():
                destination = model.index(row, model.column_index("entitled"))
        if destination.isValid():
            self.setCurrentIndex(destination)
