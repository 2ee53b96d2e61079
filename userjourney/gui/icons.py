"""Icons from ``resources/icons`` (SVG), loaded once; works from source, wheel and bundle."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from userjourney.paths import resource_path


@cache
def icon(name: str) -> QIcon:
    """``icon("warning")`` → the QIcon of ``resources/icons/warning.svg``."""
    return QIcon(str(resource_path("icons", f"{name}.svg")))
