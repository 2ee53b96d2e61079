"""Helpers for driving the GUI as a coach would: keys to the focused widget, modal dialogs.

Every key goes to whatever widget has the keyboard focus — the grid, an open cell editor,
a dialog's field — exactly where a real key press would land, so a test that types through
a form also checks that focus moves where the coach expects it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import contextmanager

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QWidget,
)

KEYS = {
    "Tab": Qt.Key.Key_Tab, "Enter": Qt.Key.Key_Return, "Esc": Qt.Key.Key_Escape, "Down": Qt.Key.Key_Down,
    "Up": Qt.Key.Key_Up, "Left": Qt.Key.Key_Left, "Right": Qt.Key.Key_Right, "Home": Qt.Key.Key_Home,
    "Del": Qt.Key.Key_Delete, "F2": Qt.Key.Key_F2, "Backspace": Qt.Key.Key_Backspace,
}


def focused(timeout: float = 2.0) -> QWidget:
    """The widget with the keyboard focus (after a dialog closes, its window gets it back)."""
    deadline = time.monotonic() + timeout
    if QApplication.focusWidget() is None:
        # What a window manager does when a dialog closes: its parent window is active again.
        # The offscreen platform of the tests has no window manager, so do it here.
        windows = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow()]
        if windows:
            windows[-1].activateWindow()
    while QApplication.focusWidget() is None and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.005)
    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard focus"
    return widget


def _window() -> QWindow:
    """The window a key goes to: an open dialog, else the active window (popups get it from there)."""
    widget = QApplication.activeModalWidget() or QApplication.activeWindow()
    if widget is None or widget.windowType() == Qt.WindowType.Popup:
        widget = focused().window()
    return widget.windowHandle()


def _key(key: Qt.Key, text: str = "", modifier=Qt.KeyboardModifier.NoModifier) -> None:
    window = _window()
    QTest.sendKeyEvent(QTest.KeyAction.Press, window, key, text, modifier)
    QTest.sendKeyEvent(QTest.KeyAction.Release, window, key, text, modifier)
    QApplication.processEvents()


def _char_key(char: str) -> Qt.Key:
    upper = char.upper()
    code = ord(upper) if len(upper) == 1 else ord(char)  # "ß".upper() is "SS"; Qt's key is Key_ssharp
    return Qt.Key(code) if code < 0x100 else Qt.Key.Key_unknown


def press(*keys: str, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Press named keys ("Tab", "Enter", …) or single characters, as the window system would."""
    for key in keys:
        if key in KEYS:
            _key(KEYS[key], "", modifier)
        else:
            _key(_char_key(key), key, modifier)


def type_text(text: str) -> None:
    """Type ``text`` key by key (umlauts and ß included) into whatever has the focus."""
    for char in text:
        _key(_char_key(char), char)


def shortcut(sequence: str) -> None:
    """A key combination such as "Strg+Z" (written "Ctrl+Z"), for menus, actions and buttons."""
    from PySide6.QtGui import QKeySequence

    combination = QKeySequence(sequence)[0]
    _key(combination.key(), "", combination.keyboardModifiers())


@contextmanager
def modal(*handlers: Callable[[QWidget], None], timeout: float = 10.0):
    """``with modal(handler): <action that opens a dialog>`` — drive the dialog, then go on.

    The handler runs once the dialog is shown and has the focus; the block waits until the
    handler ran (a button's shortcut clicks after a short animation, so the dialog may open
    late). A failing handler closes the dialog and the failure is raised here, and a dialog
    that stays open after its handler, or never opens, fails the test instead of hanging it.

    Several handlers drive dialogs that open one after the other within the action (a file
    dialog, then "Gespeichert – öffnen?"): each new dialog gets the next handler.
    """
    deadline = time.monotonic() + timeout
    state: dict = {"handled": 0, "error": None, "seen": []}
    already_open = QApplication.activeModalWidget()  # a dialog we are inside of is not the one awaited

    def poll() -> None:
        if state["handled"] == len(handlers) or state["error"] is not None:
            return
        dialog = QApplication.activeModalWidget()
        focus = QApplication.focusWidget()
        ready = (dialog is not None and dialog is not already_open and dialog.isVisible() and focus is not None
                 and dialog.isAncestorOf(focus) and all(dialog is not seen for seen in state["seen"]))
        if not ready:
            if time.monotonic() < deadline:
                QTimer.singleShot(10, poll)
            elif dialog is not None and dialog is not already_open and dialog.isVisible():
                # open, but the keyboard is not in it: fail instead of waiting for ever in its exec()
                state["error"] = AssertionError(
                    f"{type(dialog).__name__} opened without the keyboard focus (focus: {focus!r})")
                close_the_rest()
            return
        handle = handlers[state["handled"]]
        state["handled"] += 1
        state["seen"].append(dialog)
        QTimer.singleShot(10, poll)  # the next dialog may open once this handler has returned
        try:
            handle(dialog)
        except BaseException as exc:
            state["error"] = exc
            dialog.reject()
            close_the_rest()
            return
        QTimer.singleShot(2000, lambda: still_open(dialog))

    def close_the_rest() -> None:
        """After a failure: every dialog the action opened is closed, so its exec() returns and
        the test fails instead of waiting for ever (a dialog under the one that failed)."""
        other = QApplication.activeModalWidget()
        if other is not None and other is not already_open and other.isVisible():
            other.reject()
            QTimer.singleShot(10, close_the_rest)

    def still_open(dialog) -> None:
        try:
            visible = dialog.isVisible()
        except RuntimeError:  # already deleted
            return
        if visible and state["error"] is None:
            texts = [w.text() for w in dialog.findChildren(QLabel) if w.text()]
            state["error"] = AssertionError(f"dialog still open after its handler: {texts}")
            dialog.reject()
            close_the_rest()

    QTimer.singleShot(0, poll)
    yield
    while state["handled"] < len(handlers) and state["error"] is None and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.005)
    QApplication.processEvents()
    if state["error"] is not None:
        raise state["error"]
    if state["handled"] < len(handlers):
        raise AssertionError("no dialog opened" if not state["handled"] else
                             f"only {state['handled']} of {len(handlers)} dialogs opened")


def cell_text(model, row: int, key: str) -> str:
    return model.index(row, model.column_index(key)).data()


def go_to(view, row: int, key: str) -> None:
    """Move the grid's cursor with the keyboard: Home, Right to the column, then Up/Down to the row.

    Columns are reached first because the member columns span a child's rows, and moving
    down through a span jumps over it (as the coach sees it).
    """
    model = view.model()
    view.setFocus()
    target_col = model.column_index(key)
    if not view.currentIndex().isValid():
        view.setCurrentIndex(model.index(0, model.column_index("entitled") if key == "entitled" else 0))
    press("Home")
    while view.currentIndex().column() < target_col:
        press("Right")
    while view.currentIndex().row() < row:
        press("Down")
    while view.currentIndex().row() > row:
        press("Up")
    assert (view.currentIndex().row(), view.currentIndex().column()) == (row, target_col)


def wait_for_editor(qtbot, view) -> None:
    """Until a cell editor of the grid is open and has the focus."""
    qtbot.waitUntil(
        lambda: view.state() == QAbstractItemView.State.EditingState and QApplication.focusWidget() is not view,
        timeout=3000,
    )


def current_editor(view):
    return view.indexWidget(view.currentIndex())


def commit_editor(qtbot, view) -> None:
    """Enter in a cell editor; Qt commits through a queued call, so wait until it has closed."""
    press("Enter")
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState, timeout=3000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view, timeout=3000)


def type_into_cell(qtbot, view, text: str) -> None:
    """Typing on a cell opens its editor with the first key; Enter saves."""
    type_text(text)
    commit_editor(qtbot, view)


def answer_reason_by_typing(qtbot, view, text: str) -> None:
    """The reason editor is open: type a reason of one's own, close the type-ahead list, save."""
    wait_for_editor(qtbot, view)
    type_text(text)
    editor = current_editor(view)
    popup = editor.completer().popup() if isinstance(editor, QComboBox) else None
    if popup is not None and popup.isVisible():
        press("Esc")  # close the type-ahead list; the typed text stays
    commit_editor(qtbot, view)


def show_auswertung(qtbot, window):
    """The tab Auswertung, once its figures are counted."""
    view = window.summary_view
    window.ui.views.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.summary is not None and view.refresher.idle, timeout=10000)
    return view


def set_filter_text(qtbot, view, edit, text: str) -> None:
    """Type into a filter field of the Auswertung (empty: clear it) and press Enter, as a coach would."""
    edit.setFocus()
    edit.selectAll()
    press("Del")
    if text:
        type_text(text)
    press("Enter")
    qtbot.waitUntil(lambda: view.refresher.idle, timeout=10000)


def inside(widget: QWidget, kind: type) -> bool:
    """Whether ``widget`` sits somewhere inside a widget of ``kind`` (a combo box's own text field,
    a field inside a scroll area)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, kind):
            return True
        parent = parent.parentWidget()
    return False


def open_code(window, code: str) -> None:
    """Open the family ``code`` in the main window (as a click in its list would)."""
    from userjourney.core.editing.family_list import load_rows

    window.open_family(next(r.id for r in load_rows(window.database) if r.code == code))


def with_demo(window, code: str = "Schmidt") -> None:
    """The demo families Schmidt and Müller stored, the window's list read again, ``code`` open."""
    from userjourney.core.demo.schmidt_mueller import store_demo

    with window.database.transaction() as session:
        store_demo(session)
    window.reload_everything()
    open_code(window, code)
