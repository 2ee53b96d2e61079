"""Translatable strings for the Qt-free core.

The user interface speaks German; every message the core produces for a person (errors,
warnings, labels) goes through :func:`tr`, so it can be translated. The core cannot use
Qt's translator itself, so the GUI installs one with :func:`install_translator` (it routes
to ``QCoreApplication.translate("", text)``: ``pyside6-lupdate`` files plain ``tr("…")`` calls
under the empty context). ``python -m tools.update_translations`` collects every literal passed
to ``tr`` into the ``.ts`` files next to the GUI's strings.
"""

from __future__ import annotations

from collections.abc import Callable

_translator: Callable[[str], str] | None = None


def tr(text: str) -> str:
    """Return ``text`` translated into the active language (German when none is set)."""
    if _translator is None:
        return text
    return _translator(text) or text


def counted(n: int, one: str, many: str) -> str:
    """``one`` when ``n`` is exactly 1, else ``many`` — "1 Familie", "2 Familien".

    Both texts are passed translated (``counted(n, tr("1 Familie"), tr("{n} Familien"))``), so
    each language has its own two forms; German and English need no more than these two.
    """
    return one if n == 1 else many


def install_translator(translate: Callable[[str], str] | None) -> None:
    """Route :func:`tr` through ``translate``; ``None`` restores German."""
    global _translator
    _translator = translate
