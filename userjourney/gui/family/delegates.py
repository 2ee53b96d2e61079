"""The cell editors of the journey grids, chosen by the column's :class:`~.grid_model.EditorKind`.

* ja/nein: a list with "", ja, nein (the keys j, n and Entf work without opening it);
* a choice (Einrichtung): the fixed list;
* a reason: an editable list over the Bereich's catalogue with type-ahead (matching any
  part of a reason, any letter case); a text not in the list is kept and joins the catalogue;
* a date: :class:`~userjourney.gui.widgets.date_edit.DateLineEdit` (typing or a calendar);
* everything else: a line edit.

Editors never validate: the text goes to the model, whose core call validates and, if it
refuses, leaves the data untouched and shows the German message at the cell. Enter in a text or
date editor saves at once: a refused text stays in the open editor to be mended (not thrown
away), an accepted one closes it and the cursor moves on to the next cell (``saved_by_enter``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from userjourney.core.vocab import YES_NO_CHOICES
from userjourney.gui.family.grid_model import (
    CHOICES_ROLE,
    KIND_ROLE,
    WARN_ROLE,
    EditorKind,
)
from userjourney.gui.icons import icon
from userjourney.gui.widgets.date_edit import DateLineEdit


class ReasonEditor(QComboBox):
    """Editable list of reasons with type-ahead over the whole text."""

    def __init__(self, parent, reasons: list[str]) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.addItems(reasons)
        completer = QCompleter(reasons, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        # The lists as wide as their longest reason (the cell is narrower): a reason cut off in the
        # middle cannot be told from its neighbour. At most 90 % of the screen; beyond, cut at the end.
        width = max((self.fontMetrics().horizontalAdvance(r) for r in reasons), default=0) + 48
        screen = self.screen().availableGeometry().width() if self.screen() is not None else 1280
        for view in (completer.popup(), self.view()):
            view.setMinimumWidth(min(width, int(screen * 0.9)))
            view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setAccessibleName(self.tr("Grund"))
        self.lineEdit().setPlaceholderText(self.tr("Grund tippen oder aus der Liste wählen …"))


class GridDelegate(QStyledItemDelegate):
    """Creates the editor for a cell and paints the warning icon on cells that want attention."""

    #: Enter saved a text or date editor's value (the cell): the view moves on.
    saved_by_enter = Signal(QModelIndex)

    def createEditor(self, parent, option, index):
        kind = index.data(KIND_ROLE)
        header = index.model().headerData(index.column(), Qt.Orientation.Horizontal) or ""
        if kind is EditorKind.YES_NO:
            editor = QComboBox(parent)
            editor.addItems(list(YES_NO_CHOICES))
            editor.activated.connect(lambda _i, e=editor: self._commit_and_close(e))
        elif kind is EditorKind.CHOICE:
            editor = QComboBox(parent)
            editor.addItems(index.data(CHOICES_ROLE) or [])
            editor.activated.connect(lambda _i, e=editor: self._commit_and_close(e))
        elif kind is EditorKind.REASON:
            editor = ReasonEditor(parent, index.data(CHOICES_ROLE) or [])
        elif kind is EditorKind.DATE:
            editor = DateLineEdit(parent)
            editor.picked.connect(lambda e=editor: self._commit_and_close(e))
        else:
            editor = QLineEdit(parent)
        editor.setAccessibleName(header.replace("\n", " ").replace("- ", ""))
        editor.cell = QPersistentModelIndex(index)  # for Enter: which cell this editor saves to
        return editor

    def _commit_and_close(self, editor) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor, index):
        value = index.data(Qt.ItemDataRole.EditRole) or ""
        if isinstance(editor, QComboBox) and not editor.isEditable():
            editor.setCurrentIndex(max(editor.findText(value), 0))
        elif isinstance(editor, QComboBox):
            editor.setEditText(value)
        elif isinstance(editor, QLineEdit):
            editor.setText(value)

    def setModelData(self, editor, model, index):
        self._save(editor, model, index)

    @staticmethod
    def _save(editor, model, index) -> bool:
        """The editor's text into the model; ``False`` when the model refused it."""
        text = editor.currentText() if isinstance(editor, QComboBox) else editor.text()
        if text == (index.data(Qt.ItemDataRole.EditRole) or ""):
            return True  # unchanged: nothing to save, nothing to refuse
        return model.setData(index, text, Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor, option, index):
        rect = option.rect
        if isinstance(editor, (ReasonEditor, DateLineEdit)):
            rect = rect.adjusted(0, 0, max(0, 220 - rect.width()) if isinstance(editor, DateLineEdit) else 0, 0)
        editor.setGeometry(rect)

    def initStyleOption(self, option: QStyleOptionViewItem, index) -> None:
        super().initStyleOption(option, index)
        if index.data(WARN_ROLE):
            option.icon = icon("warning")
            option.features |= QStyleOptionViewItem.ViewItemFeature.HasDecoration

    def eventFilter(self, editor, event):
        if (isinstance(editor, QLineEdit) and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            return self._save_by_enter(editor)
        # An editable list swallows Return while its type-ahead popup is open; once closed,
        # Return saves like everywhere else.
        if (
            isinstance(editor, ReasonEditor)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and editor.completer().popup().isVisible()
        ):
            return False
        return super().eventFilter(editor, event)

    def _save_by_enter(self, editor: QLineEdit) -> bool:
        """Save now; refused → the editor stays open with its text selected (the message is at
        the cell); accepted (or unchanged) → close it and let the view move on."""
        cell = QModelIndex(getattr(editor, "cell", QPersistentModelIndex()))
        if not cell.isValid():
            return False
        if not self._save(editor, cell.model(), cell):
            editor.selectAll()
            return True
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
        self.saved_by_enter.emit(QModelIndex(editor.cell))
        return True
