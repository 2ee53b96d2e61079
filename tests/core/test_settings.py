"""The settings file is the user's own and may be edited by hand: nothing in it breaks the start."""

from __future__ import annotations

import json

from userjourney.core.settings import Settings, load_settings, save_settings, settings_path


def _write(data) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data), encoding="utf-8")


def test_saved_settings_come_back():
    chosen = Settings(coach_name="Frau Kaya", language="en", default_location="Ahlen", backups_to_keep=5,
                      window_geometry="AdnQywADAAA=")
    save_settings(chosen)
    assert load_settings() == chosen


def test_values_of_the_wrong_kind_or_unknown_fall_back_to_their_defaults():
    _write({"coach_name": "Frau Kaya", "window_geometry": 42, "backups_to_keep": "zehn", "language": "fr",
            "default_coach": None, "unknown": 1})
    assert load_settings() == Settings(coach_name="Frau Kaya")


def test_a_file_that_is_not_an_object_gives_the_defaults():
    for content in ([1, 2], "Text", None):
        _write(content)
        assert load_settings() == Settings()
