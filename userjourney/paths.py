"""Where the program finds its own files and where it keeps the user's.

One helper for both worlds: run from the source tree (``resources/`` next to the package),
installed as a wheel (``resources/`` ships as the sub-package ``userjourney.resources``) or
frozen by PyInstaller (``sys._MEIPASS/resources``). The program never writes next to its own
files — a frozen bundle may sit in a read-only folder, and an update replaces it whole; the
user's data live in the per-user data directory of :mod:`platformdirs`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

APP_NAME = "userjourney"


def resources_dir() -> Path:
    """The folder holding icons, reason catalogues and translations."""
    frozen_base = getattr(sys, "_MEIPASS", None)
    if frozen_base:
        return Path(frozen_base) / "resources"
    package_dir = Path(__file__).resolve().parent
    source_tree = package_dir.parent / "resources"
    if (source_tree / "reasons").is_dir():
        return source_tree
    installed = package_dir / "resources"
    if installed.is_dir():
        return installed
    raise FileNotFoundError(f"resources folder not found next to {package_dir}")


def resource_path(*parts: str) -> Path:
    """A file below :func:`resources_dir`."""
    return resources_dir().joinpath(*parts)


def data_dir() -> Path:
    """The per-user data directory (not created here)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def config_dir() -> Path:
    """The per-user configuration directory (not created here)."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False, roaming=True))


def default_database_path() -> Path:
    """Where the embedded SQLite database lives unless ``--db`` or ``USERJOURNEY_DB`` says otherwise."""
    return data_dir() / "userjourney.sqlite"
