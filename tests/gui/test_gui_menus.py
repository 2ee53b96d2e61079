"""Every menu by keyboard only (issue 18): Alt and the menu's letter, then the item's letter.

Each item of Datei, Bearbeiten and Hilfe is reached the way a coach without a mouse reaches it;
what it opens is seen and closed with Esc (nothing is changed by Esc), and an edit made with
``j`` in the grid is undone and redone through Bearbeiten. Beenden comes last and closes the
window. Not a single mouse event.
"""

from __future__ import annotations

import time

from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from tests.support.gui import cell_text, focused, go_to, modal, press, shortcut, with_demo
from userjourney.core.editing.family_list import load_rows
from userjourney.gui.dialogs.help import HelpDialog
from userjourney.gui.dialogs.history import HistoryDialog


def _letter(text: str) -> str:
    return text[text.index("&") + 1]


def _item(window, menu_name: str, action_name: str, *handlers) -> None:
    """Alt+<menu letter>, then the item's letter; ``handlers`` drive what opens (modal dialogs)."""
    menu = getattr(window.ui, menu_name)
    action = getattr(window.ui, action_name)
    assert action.isEnabled(), action.text()
    focused()  # the window is active (after a dialog closed)
    if handlers:
        with modal(*handlers, timeout=30):
            shortcut(f"Alt+{_letter(menu.title())}")
            press(_letter(action.text()))
    else:
        shortcut(f"Alt+{_letter(menu.title())}")
        press(_letter(action.text()))
    QApplication.processEvents()


def _closes(kind):
    """A handler: the dialog is of ``kind``; Esc closes it."""
    def close(dialog):
        assert isinstance(dialog, kind), type(dialog)
        press("Esc")
    return close


def _non_modal(qtbot, kind) -> None:
    """A window that stays open beside the main window (help, history): seen, then Esc."""
    qtbot.waitUntil(lambda: any(isinstance(w, kind) and w.isVisible() for w in QApplication.topLevelWidgets()),
                    timeout=5000)
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible())
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    press("Esc")
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=3000)
    main = window.parentWidget().window()  # what a window manager does: the main window is active again
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow, timeout=3000)


def test_every_menu_item_by_keyboard(qtbot, main_window):
    window = main_window
    with_demo(window)
    grid, model = window.family_view.ui.butGrid, window.family_view.but_model
    go_to(grid, 1, "note")
    press("Del")  # an edit to undo: the note of Jan · Lernförderung
    qtbot.waitUntil(lambda: cell_text(model, 1, "note") == "", timeout=3000)

    # Bearbeiten: undo and redo the edit, then every item that opens something
    _item(window, "menuEdit", "actionUndo")
    qtbot.waitUntil(lambda: cell_text(model, 1, "note") == "Neuantrag", timeout=3000)
    _item(window, "menuEdit", "actionRedo")
    qtbot.waitUntil(lambda: cell_text(model, 1, "note") == "", timeout=3000)
    _item(window, "menuEdit", "actionDeleteFamily", _closes(QMessageBox))  # Esc: nothing deleted
    assert {r.code for r in load_rows(window.database)} == {"Schmidt", "Müller"}
    _item(window, "menuEdit", "actionPurgeFamily", _closes(QDialog))
    _item(window, "menuEdit", "actionHistory")
    _non_modal(qtbot, HistoryDialog)
    for name in ("actionAccess", "actionConflicts", "actionReasons", "actionNames", "actionSettings"):
        _item(window, "menuEdit", name, _closes(QDialog))

    # Datei
    for name, kind in (("actionNewFamily", QDialog), ("actionPrintFamily", QDialog), ("actionPdfFamily", QFileDialog),
                       ("actionImport", QFileDialog), ("actionReport", QDialog), ("actionExport", QDialog),
                       ("actionTemplate", QFileDialog), ("actionBackup", QFileDialog), ("actionRestore", QDialog),
                       ("actionServer", QDialog), ("actionSync", QDialog)):
        _item(window, "menuFile", name, _closes(kind))
    _item(window, "menuFile", "actionReload")
    assert window.family_view.workspace.family.code == "Schmidt"  # F5: the same family, read anew

    # Hilfe
    _item(window, "menuHelp", "actionKeys")
    _non_modal(qtbot, HelpDialog)
    _item(window, "menuHelp", "actionTemplateHelp")
    _non_modal(qtbot, HelpDialog)
    _item(window, "menuHelp", "actionAbout", _closes(QMessageBox))

    # nothing of the family changed by all that looking (the one edit stayed redone)
    assert cell_text(model, 1, "note") == "" and {r.code for r in load_rows(window.database)} == {"Schmidt", "Müller"}
    _item(window, "menuFile", "actionQuit")
    deadline = time.monotonic() + 5
    while window.isVisible() and time.monotonic() < deadline:
        QApplication.processEvents()
    assert not window.isVisible()
