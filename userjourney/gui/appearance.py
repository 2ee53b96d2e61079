"""Font size and high contrast (Einstellungen): for coaches who read the small print badly.

Both apply to the whole application at once — every window and dialog follows Qt's application
font and palette — and are undone exactly: the system's own font and palette are kept the
first time and come back with "Standard" and without high contrast.

High contrast is black on white with a dark-blue selection (white text on it), grey only where
a control is disabled (still 7 : 1) — the palette's roles, so every style (Fusion, Windows 11)
draws with it. Colours that carry a meaning (a refusal, a warning, a chart's bars) are the
program's own and meet WCAG AA either way (``tests/gui/test_gui_contrast.py``).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from userjourney.core.settings import Settings
from userjourney.gui import style

#: The sizes offered, in points (0 = the system's).
FONT_SIZES = (0, 10, 11, 12, 14, 16)

_system: dict[str, object] = {}

HIGH_CONTRAST = {
    QPalette.ColorRole.Window: "#ffffff", QPalette.ColorRole.WindowText: "#000000",
    QPalette.ColorRole.Base: "#ffffff", QPalette.ColorRole.AlternateBase: "#eeeeee",
    QPalette.ColorRole.Text: "#000000", QPalette.ColorRole.Button: "#ffffff",
    QPalette.ColorRole.ButtonText: "#000000", QPalette.ColorRole.BrightText: "#ffffff",
    QPalette.ColorRole.Highlight: "#00007a", QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#ffffff", QPalette.ColorRole.ToolTipText: "#000000",
    QPalette.ColorRole.PlaceholderText: "#333333", QPalette.ColorRole.Link: "#00007a",
    QPalette.ColorRole.Light: "#ffffff", QPalette.ColorRole.Midlight: "#cccccc",
    QPalette.ColorRole.Mid: "#555555", QPalette.ColorRole.Dark: "#000000", QPalette.ColorRole.Shadow: "#000000",
}
#: Disabled text in high contrast: grey, 7 : 1 on white.
DISABLED_TEXT = "#595959"


def high_contrast_palette() -> QPalette:
    palette = QPalette()
    for role, value in HIGH_CONTRAST.items():
        palette.setColor(role, QColor(value))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(DISABLED_TEXT))
    return palette


def apply_appearance(app: QApplication, settings: Settings) -> None:
    """The settings' font size and contrast on the whole application (and back)."""
    _system.setdefault("font", QFont(app.font()))
    _system.setdefault("palette", QPalette(app.palette()))
    font = QFont(_system["font"])  # type: ignore[arg-type]
    if settings.font_size in FONT_SIZES and settings.font_size > 0:
        font.setPointSize(settings.font_size)
    app.setFont(font)
    palette = high_contrast_palette() if settings.high_contrast else QPalette(_system["palette"])  # type: ignore[arg-type]
    app.setPalette(style.with_visible_focus(palette))
