"""The background helper: results, progress, German errors and cancelling arrive on the UI thread."""

from __future__ import annotations

import threading
import time

import pytest

from userjourney.core.errors import UserError
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


@pytest.mark.parametrize(
    "error, message",
    [(UserError("Die Datei ist kaputt."), "Die Datei ist kaputt."),
     (ZeroDivisionError("oops"), "Unerwarteter Fehler; Einzelheiten stehen in der Protokolldatei.")],
)
def test_failures_become_german_messages(qtbot, error, message):
    def work(progress):
        raise error

    task = tasks.start(work)
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        pass
    assert blocker.args == [message]


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
