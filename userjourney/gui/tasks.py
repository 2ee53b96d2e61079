"""Long work off the UI thread — the one helper every view uses (import, export, summary).

``start(fn, *args)`` runs ``fn(*args, progress=report)`` on Qt's global thread pool and hands
back a :class:`Task` whose signals arrive on the UI thread: ``progress(done, total)``,
``finished(result)`` and ``failed(message)``. A :class:`~userjourney.core.errors.UserError`
becomes its German message; anything else a generic message (the traceback goes to the log),
so a window never shows a traceback. ``cancel()`` sets a flag the work may check through
``progress`` (which then raises :class:`Cancelled`).

The work must not touch widgets; it gets its own database session (SQLite connections are
per thread).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from userjourney.core.errors import UserError
from userjourney.core.log import log_unexpected


class Cancelled(Exception):
    """Raised inside the work by ``progress`` once the task was cancelled."""


class Task(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._cancel = threading.Event()
        self.done = False

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, done: int, total: int) -> None:
        """Called from the work: emits progress, raises :class:`Cancelled` when asked to stop."""
        if self._cancel.is_set():
            raise Cancelled()
        self.progress.emit(done, total)


class _Runner(QRunnable):
    def __init__(self, task: Task, fn: Callable[..., Any], args: tuple, kwargs: dict) -> None:
        super().__init__()
        self.task, self.fn, self.args, self.kwargs = task, fn, args, kwargs
        self.setAutoDelete(True)

    def run(self) -> None:
        task = self.task
        try:
            result = self.fn(*self.args, progress=task.report, **self.kwargs)
        except Cancelled:
            task.done = True
            task.cancelled.emit()
        except UserError as exc:
            task.done = True
            task.failed.emit(exc.message)
        except Exception:  # never a traceback in a window
            path = log_unexpected(f"background task {getattr(self.fn, '__qualname__', self.fn)!s} failed")
            task.done = True
            task.failed.emit(task.tr("Unerwarteter Fehler; Einzelheiten stehen in {log}.").format(log=path))
        else:
            task.done = True
            task.finished.emit(result)


_running: set[Task] = set()


def start(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Task:
    """Run ``fn(*args, progress=…, **kwargs)`` in the background; connect to the returned Task.

    The work starts once control is back in the event loop, so signals connected right after
    this call never miss an early result.
    """
    task = Task()
    _running.add(task)  # keep the QObject alive until it is done
    for signal in (task.finished, task.failed, task.cancelled):
        signal.connect(lambda *_: _running.discard(task))
    runner = _Runner(task, fn, args, kwargs)
    QTimer.singleShot(0, lambda: QThreadPool.globalInstance().start(runner))
    return task
