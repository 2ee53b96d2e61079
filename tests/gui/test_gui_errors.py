"""An error nobody expected, in the window: logged with its traceback, told in German with the log's path."""

from __future__ import annotations

import logging
import sys

from tests.support.gui import modal
from userjourney.core.log import log_path, setup_logging
from userjourney.gui.app import report_unexpected


def test_an_exception_in_a_slot_is_logged_and_shown_with_the_log_path(qtbot):
    seen = []

    def read(box):
        seen.append(box.text())
        box.accept()

    try:
        raise KeyError("geheim")
    except KeyError:
        info = sys.exc_info()
    with modal(read):
        report_unexpected(*info)
    assert isinstance(seen[0], str) and "(KeyError)" in seen[0] and str(log_path()) in seen[0]
    assert "sicher" in seen[0]  # the coach is told the saved data are safe
    text = log_path().read_text(encoding="utf-8")
    assert "Traceback" in text and "KeyError: 'geheim'" in text


def test_the_log_is_created_only_when_something_is_logged(tmp_path):
    setup_logging()
    logging.getLogger("userjourney.test").debug("below the level: nothing written")
    assert not log_path().exists()
    logging.getLogger("userjourney.test").warning("written")
    assert "written" in log_path().read_text(encoding="utf-8")

