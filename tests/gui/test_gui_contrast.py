"""Colours (issue 18, accessibility): every text the window colours is readable on its background.

WCAG 2.1 AA: contrast ratio at least 4.5 : 1 for text (1.4.3) and 3 : 1 for what marks a state
without text, such as the focus frame of a figure card (1.4.11). The pairs are the ones the window
paints: each meaning's text colour on the backgrounds it appears on, the palette's text on each
coloured background, and the cell messages' own colours.
"""

from __future__ import annotations

import re

import pytest

from userjourney.gui import style


def _luminance(hex_colour: str) -> float:
    value = hex_colour.lstrip("#")
    channels = [int(value[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_formula_gives_the_known_ratios():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the classic just-too-light grey


def _window_colours(qapp) -> dict[str, str]:
    palette = qapp.palette()
    return {"base": palette.base().color().name(), "window": palette.window().color().name(),
            "text": palette.text().color().name(), "window_text": palette.windowText().color().name()}


def test_coloured_text_is_readable_where_it_is_shown(qapp):
    colours = _window_colours(qapp)
    white, window = colours["base"], colours["window"]
    pairs = {
        "refusal on a cell": (style.ERROR, white),
        "refusal in a dialog": (style.ERROR, window),
        "warning text in the list": (style.WARN, white),
        "warning on its background": (style.WARN, style.WARN_BACKGROUND),
        "derived value": (style.MUTED, white),
        "derived value in a shaded row": (style.MUTED, style.INACTIVE_BACKGROUND),
        "hint under a field": (style.HINT, window),
        "read-only notice": (style.READ_ONLY, window),
        "past Datenstand": (style.PAST, window),
        "chart text": (style.CHART_TEXT, white),
        "text after a nein": (colours["text"], style.INACTIVE_BACKGROUND),
        "text of a conflict": (colours["text"], style.CONFLICT_BACKGROUND),
        "text of a missing reason": (colours["text"], style.WARN_BACKGROUND),
        "figure card": (colours["window_text"], "#f3f6fa"),
        "figure card, hovered": (colours["window_text"], "#e4edf7"),
        "figure card, pressed": (colours["window_text"], "#d3e2f2"),
        "numbers on bars": (style.CHART_TEXT, white),
        "selected row without the focus": (style.INACTIVE_HIGHLIGHTED_TEXT, style.INACTIVE_HIGHLIGHT),
    }
    for kind, sheet in style.CELL_MESSAGE_STYLES.items():
        background = re.search(r"background:(#[0-9a-f]{6})", sheet).group(1)
        foreground = re.search(r"(?<!-)color:(#[0-9a-f]{6})", sheet).group(1)
        pairs[f"cell message ({kind})"] = (foreground, background)
    low = {what: round(contrast(*pair), 2) for what, pair in pairs.items() if contrast(*pair) < 4.5}
    assert low == {}


def test_the_focus_of_a_figure_card_is_visible(qapp):
    """The card's focus frame (the Auswertung's figures are buttons) stands out from the card: 3 : 1."""
    assert contrast(style.BAR, "#f3f6fa") >= 3.0
    assert contrast(style.BAR, _window_colours(qapp)["window"]) >= 3.0
    assert contrast(style.BAR, _window_colours(qapp)["base"]) >= 3.0  # a table's or chart's focus frame


def test_bars_and_levels_stand_out_from_the_chart(qapp):
    """Bars are graphics, not text: 3 : 1 against the chart's white (the numbers stand beside them)."""
    for colour in (style.BAR, *style.AREA_COLORS, *style.REASON_COLORS, *style.LEVELS):
        assert contrast(colour, "#ffffff") >= 3.0, colour
