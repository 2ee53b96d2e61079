"""Focus is always visible (issue 18): a coach working by keyboard sees where the next key goes.

For every control of the main window that takes the focus by Tab — on the family page with a
family open and on the Auswertung — the control looks different with the focus than without.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from tests.support.gui import press, with_demo


def _looks(widget: QWidget):
    return widget.grab().toImage()


@pytest.mark.parametrize("page", ["Familien", "Auswertung"])
def test_the_focused_control_looks_different(qtbot, qapp, main_window, page):
    """Tab through the whole focus chain, as a coach does: each control as it has the focus and
    again once the next Tab moved it on must differ (Qt draws the keyboard focus only after a
    focus change by key, so the keys are real)."""
    window = main_window
    with_demo(window)
    window.ui.views.setCurrentIndex(0 if page == "Familien" else 1)
    window.resize(1500, 860)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    start = window.ui.views.tabBar()
    start.setFocus()
    qtbot.waitUntil(start.hasFocus, timeout=3000)
    visited, unseen = [], []
    previous, focused_look = None, None
    for _ in range(60):
        here = QApplication.focusWidget()
        if isinstance(here, QAbstractItemView) and here.tabKeyNavigation():
            here.focusNextChild()  # in a grid Tab moves from cell to cell; the coach leaves by Alt keys
        else:
            press("Tab")
        control = QApplication.focusWidget()
        if previous is not None and _looks(previous) == focused_look:
            unseen.append(f"{type(previous).__name__} {previous.objectName() or previous.accessibleName()}")
        if control is None or control in visited:
            break
        if isinstance(control, QAbstractItemView) and not control.currentIndex().isValid() and control.model():
            control.setCurrentIndex(control.model().index(0, 0))  # a view shows focus at its current item
        qapp.processEvents()
        visited.append(control)
        previous, focused_look = control, _looks(control)
    assert len(visited) >= (10 if page == "Familien" else 8), [w.objectName() for w in visited]
    assert unseen == [], "\n".join(unseen) + "\n" + " ".join(w.objectName() or type(w).__name__ for w in visited)
