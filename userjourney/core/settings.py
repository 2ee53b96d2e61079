"""Per-user settings (coach name, language, defaults for new families, how many backups to
keep), kept as JSON in the config folder.

Settings belong to the person at the laptop, not to the database: two coaches sharing one
database file later on a server still each sign their changes with their own name.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from userjourney.core.private import create_private_file, private_folder
from userjourney.paths import config_dir

SETTINGS_FILE = "settings.json"
#: The languages of the window: German (the source) and the translations shipped.
LANGUAGES = ("de", "en")


@dataclass
class Settings:
    #: The name written into the change history ("who"); empty → the OS user.
    coach_name: str = ""
    #: How many automatic backups to keep (see :mod:`userjourney.core.storage.backups`).
    backups_to_keep: int = 10
    #: The office server the window connects to (a URL without password), "" = the local file.
    server: str = ""
    #: Retention: families without a change for this many years are listed for erasure (never
    #: erased without a person confirming it; docs/data-protection.md).
    retention_years: int = 10
    #: The language of the window: "de" (the forms' own language, the default whatever the
    #: system's locale) or "en". The command line and the Excel files stay German.
    language: str = "de"
    #: Standort and JobCoach already filled in for a new family ("" = none).
    default_location: str = ""
    default_coach: str = ""
    #: Where the window was and how large (Qt's saveGeometry, base64), "" = sized to the screen.
    window_geometry: str = ""
    #: The window's text size in points, 0 = the system's; black on white with a strong selection.
    font_size: int = 0
    high_contrast: bool = False


def settings_path() -> Path:
    return config_dir() / SETTINGS_FILE


def load_settings() -> Settings:
    """The saved settings; defaults for anything missing or unreadable — also for a value of the
    wrong kind (a hand-edited file: a number where a text belongs would otherwise fail later,
    in the window)."""
    try:
        data = json.loads(settings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    if not isinstance(data, dict):
        return Settings()
    defaults = Settings()
    kinds = {f.name: type(getattr(defaults, f.name)) for f in fields(Settings)}
    settings = Settings(**{k: v for k, v in data.items() if k in kinds and type(v) is kinds[k]})
    if settings.language not in LANGUAGES:
        settings.language = "de"
    return settings


def save_settings(settings: Settings) -> None:
    """Write atomically (temporary file + rename), so a crash never leaves half a file."""
    path = settings_path()
    private_folder(path.parent)
    partial = path.with_suffix(".tmp")
    create_private_file(partial)
    partial.write_text(json.dumps(asdict(settings), ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(partial, path)
