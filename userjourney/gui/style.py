"""Every colour and style of the window, defined once.

Colours carry meaning here (a stopped journey without a reason, a derived value, a refusal), so
each meaning has one name and one value; a widget imports the name. Text colours are dark
enough on their backgrounds to be read (contrast ratio at least 4.5 : 1, WCAG AA).
"""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor, QPalette

# -- meanings -------------------------------------------------------------------------------
#: A refusal: a value the program did not take, and why.
ERROR = "#a01010"
#: Something that wants attention (a stopped journey without a reason): text and background.
WARN = "#9a3b00"
WARN_BACKGROUND = "#ffe3c2"
#: Derived, not typed (an implied ja, a computed Nachhaltig).
MUTED = "#6b6b6b"
#: A secondary hint under a field.
HINT = "#555555"
#: Has no meaning here (steps after a nein).
INACTIVE_BACKGROUND = "#eeeeee"
#: Two databases changed this differently (a conflict from a sync, to decide): a light violet,
#: apart from the warning's orange; black text stays readable on it.
CONFLICT_BACKGROUND = "#e6dcf5"
#: The window can only read (another program writes).
READ_ONLY = "#7a4a00"
#: Text on charts.
CHART_TEXT = "#1a1a1a"
#: Bars of counts.
BAR = "#2b6ca3"
#: The support levels 1 (selbstständig) … 4 (unselbstständig), from green to red.
#: Graphics colours (bars, lines) stand 3 : 1 or more against the chart's white (WCAG 1.4.11).
LEVELS = ("#3a8a3a", "#6e9a26", "#b8790f", "#c0392b")
#: The four Bereiche in the Verlauf (in the order of ``vocab.AREAS``): apart for colour-blind eyes too.
AREA_COLORS = ("#2b6ca3", "#c8721f", "#3a8a3a", "#8e44ad")
#: The most frequent reasons in the Verlauf, then "andere Gründe" in grey.
REASON_COLORS = ("#2b6ca3", "#c8721f", "#3a8a3a", "#c0392b", "#8e44ad", "#9c7f09", "#808080")
#: The Auswertung shows a past Datenstand: say so where the figures are dated.
PAST = "#7a4a00"

# -- style sheets ---------------------------------------------------------------------------
ERROR_STYLE = f"color:{ERROR}; font-weight:bold;"
HINT_STYLE = f"color:{HINT};"
READ_ONLY_STYLE = f"color:{READ_ONLY}; font-weight:bold;"
PAST_STYLE = f"color:{PAST}; font-weight:bold;"
ERROR_FIELD_STYLE = f"QLineEdit {{ border: 2px solid {ERROR}; }}"
CELL_MESSAGE_STYLES = {
    "error": "background:#fde2e1; color:#7a1010; border:1px solid #c0392b; border-radius:3px; padding:4px 6px;",
    "hint": "background:#fff6d6; color:#5a4500; border:1px solid #b7950b; border-radius:3px; padding:4px 6px;",
}
_CARD = "QPushButton { background: #f3f6fa; border: 1px solid #c6d3e1; border-radius: 4px; }"
CARD_STYLE = _CARD + f"""
QPushButton:hover {{ background: #e4edf7; }}
QPushButton:focus {{ border: 2px solid {BAR}; }}
QPushButton:pressed {{ background: #d3e2f2; }}
"""
STATIC_CARD_STYLE = _CARD


#: A selection in a list or grid without the keyboard focus: pale, so the one with the focus
#: (the palette's strong highlight) stands out — styles such as Fusion draw no focus frame in
#: item views, and by default paint both alike.
INACTIVE_HIGHLIGHT = "#d5dde8"
INACTIVE_HIGHLIGHTED_TEXT = "#1a1a1a"
#: A frame round the table of the Auswertung that has the keyboard focus (its tables
#: select nothing, so no highlight shows it; Enter opens the families behind a row or bar).
FOCUS_FRAME_STYLE = f"QAbstractItemView:focus {{ border: 2px solid {BAR}; }}"


def with_visible_focus(palette: QPalette) -> QPalette:
    """``palette`` with the inactive selection pale (see :data:`INACTIVE_HIGHLIGHT`)."""
    palette = QPalette(palette)
    palette.setColor(QPalette.ColorGroup.Inactive, QPalette.ColorRole.Highlight, QColor(INACTIVE_HIGHLIGHT))
    palette.setColor(QPalette.ColorGroup.Inactive, QPalette.ColorRole.HighlightedText,
                     QColor(INACTIVE_HIGHLIGHTED_TEXT))
    return palette


def color(value: str) -> QColor:
    return QColor(value)


def brush(value: str) -> QBrush:
    return QBrush(QColor(value))
