"""The background helper: results, progress, German errors and cancelling arrive on the UI thread."""

from __future__ import annotations

import threading
import time

from userjourney.core.errors import UserError
from userjourney.core.log import log_path
from userjourney.gui import tasks


def test_result_and_progress_arrive_on_the_ui_thread(qtbot):
    ui_thread = threading.get_ident()
    seen = []

    def work(n, progress):
        assert threading.get_ident() != ui_thread
        for i in range(n):
            progress(i + 1, n)
        return n * 2

    task = tasks.start(work, 3)
    task.progress.connect(lambda done, total: seen.append((done, total, threading.get_ident())))
    with qtbot.waitSignal(task.finished, timeout=5000) as blocker:
        pass
    assert blocker.args == [6]
    qtbot.waitUntil(lambda: len(seen) == 3)
    assert [(d, t) for d, t, _ in seen] == [(1, 3), (2, 3), (3, 3)]
    assert all(thread == ui_thread for *_, thread in seen)


def test_a_user_error_becomes_its_german_message(qtbot):
    def work(progress):
        raise UserError("Die Datei ist kaputt.")

    task = tasks.start(work)
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        pass
    assert blocker.args == ["Die Datei ist kaputt."]
    assert not log_path().exists()  # nothing unexpected, nothing logged


def test_an_unexpected_error_is_logged_and_the_message_names_the_log(qtbot):
    def work(progress):
        raise ZeroDivisionError("oops")

    task = tasks.start(work)
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        pass
    assert blocker.args == [f"Unerwarteter Fehler; Einzelheiten stehen in {log_path()}."]
    text = log_path().read_text(encoding="utf-8")
    assert "Traceback" in text and "ZeroDivisionError: oops" in text
    assert log_path().stat().st_mode & 0o777 == 0o600
    assert log_path().parent.stat().st_mode & 0o777 == 0o700


def test_cancel_stops_the_work_at_its_next_progress_report(qtbot):
    started = threading.Event()
    steps = []

    def work(progress):
        started.set()
        for i in range(1000):
            time.sleep(0.005)
            progress(i, 1000)
            steps.append(i)
        return "done"

    task = tasks.start(work)
    heard = []
    task.cancelled.connect(lambda: heard.append("cancelled"))
    task.finished.connect(lambda result: heard.append(result))
    qtbot.waitUntil(started.is_set, timeout=5000)
    task.cancel()
    qtbot.waitUntil(lambda: bool(heard), timeout=5000)
    assert heard == ["cancelled"]
    assert len(steps) < 1000
