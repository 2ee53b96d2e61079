"""Every text half as long again (issue 18): a translation may be 50 % longer than the German —
the window must still fit and cut nothing off.

A translator that lengthens every text of the program (and Qt's own) by half is installed, the
main window is built anew in that "language", and every page is shown at 1920×1080 (the
widescreen office monitor; at 1280×720 the German texts themselves are the measure,
test_gui_layout.py). Key sequences stay as they are (they are keys, not words).
"""

from __future__ import annotations

import math
import re

import pytest
from PySide6.QtCore import QTranslator

from tests.gui.test_gui_layout import every_page
from userjourney.core.demo.schmidt_mueller import store_demo
from userjourney.core.i18n import install_translator

KEYS = re.compile(r"^(?:(?:Ctrl|Alt|Shift|Meta)\+)*(?:[A-Z0-9]|F\d+|Del|Return|Enter|Esc|PgUp|PgDown|Home|End)$")


def longer(text: str) -> str:
    """``text`` plus half its length again (an "ẍ" per missing letter), format fields intact."""
    if not text.strip() or KEYS.match(text) or "%" in text:
        return text
    return text + " " + "ẍ" * max(1, math.ceil(len(text) / 2) - 1)


class Longer(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):
        return longer(source)

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def long_texts(qapp):
    translator = Longer(qapp)
    qapp.installTranslator(translator)
    install_translator(lambda text: longer(text))
    yield
    qapp.removeTranslator(translator)
    install_translator(None)


def test_half_as_long_again_nothing_is_cut_off(qtbot, qapp, long_texts, db_path):
    from userjourney.core.storage.database import open_database
    from userjourney.gui.main_window import MainWindow

    database = open_database(db_path, actor="Testerin")
    with database.transaction() as session:
        store_demo(session)
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    assert window.ui.menubar.actions()[0].text().startswith("&Datei ẍ")  # the long texts are in
    try:
        assert list(every_page(qtbot, qapp, window, (1920, 1080)))
    finally:
        window.close()
        database.close()
