"""Einstellungen → Schriftgröße and Hoher Kontrast (issue 18): by keyboard, at once, and back."""

from __future__ import annotations

import time

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from tests.gui.test_gui_contrast import contrast
from tests.support.gui import modal, press, shortcut
from userjourney.gui.appearance import DISABLED_TEXT, HIGH_CONTRAST, _system, high_contrast_palette


@pytest.fixture
def restored(qapp):
    """The application's font and palette as before the test (they are the whole process's)."""
    font, palette = qapp.font(), qapp.palette()
    _system.clear()
    yield qapp
    qapp.setFont(font)
    qapp.setPalette(palette)
    _system.clear()


def _settings(size: str, contrast_on: bool):
    def fill(dialog):
        shortcut("Alt+G")  # Schriftgröße
        combo = dialog.ui.fontCombo
        assert combo.hasFocus()
        target = combo.findText(size)
        while combo.currentIndex() != target:
            press("Down" if combo.currentIndex() < target else "Up")
        if dialog.ui.contrastCheck.isChecked() != contrast_on:
            shortcut("Alt+K")  # Hoher Kontrast: a mnemonic clicks after a short animation
            check = dialog.ui.contrastCheck
            deadline = time.monotonic() + 3
            while check.isChecked() != contrast_on and time.monotonic() < deadline:
                QApplication.processEvents()
        press("Enter")
    return fill


def test_a_larger_font_and_high_contrast_apply_at_once_and_go_back(qtbot, restored, main_window):
    from userjourney.core.settings import load_settings

    app = restored
    system_points = app.font().pointSize()
    system_window = app.palette().color(QPalette.ColorRole.Window).name()
    with modal(_settings("14 pt", True)):
        main_window.ui.actionSettings.trigger()
    assert app.font().pointSize() == 14
    # the window follows at once (Qt posts the change to every widget)
    qtbot.waitUntil(lambda: main_window.palette().color(QPalette.ColorRole.Window).name() == "#ffffff", timeout=3000)
    assert main_window.ui.familyTable.font().pointSize() == 14
    palette = main_window.palette()
    assert palette.color(QPalette.ColorRole.Window).name() == "#ffffff"
    assert palette.color(QPalette.ColorRole.WindowText).name() == "#000000"
    assert palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight).name() == "#00007a"
    saved = load_settings()
    assert (saved.font_size, saved.high_contrast) == (14, True)

    with modal(_settings("Standard", False)):
        main_window.ui.actionSettings.trigger()
    assert app.font().pointSize() == system_points
    assert app.palette().color(QPalette.ColorRole.Window).name() == system_window
    qtbot.waitUntil(lambda: main_window.palette().color(QPalette.ColorRole.Window).name() == system_window,
                    timeout=3000)
    assert main_window.palette().color(QPalette.ColorGroup.Inactive, QPalette.ColorRole.Highlight).name() == \
        "#d5dde8"  # the pale selection without the focus stays
    assert (load_settings().font_size, load_settings().high_contrast) == (0, False)


def test_high_contrast_is_high():
    """Every text role on its background at least 7 : 1 (WCAG AAA), disabled text included."""
    palette = high_contrast_palette()
    pairs = [(QPalette.ColorRole.WindowText, QPalette.ColorRole.Window), (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
             (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
             (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
             (QPalette.ColorRole.ToolTipText, QPalette.ColorRole.ToolTipBase)]
    for text, background in pairs:
        assert contrast(palette.color(text).name(), palette.color(background).name()) >= 7.0, text
    assert contrast(DISABLED_TEXT, HIGH_CONTRAST[QPalette.ColorRole.Window]) >= 7.0
    assert QApplication.instance() is not None
