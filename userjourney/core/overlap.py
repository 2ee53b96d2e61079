"""Work on a second core while Python works on this one: the import's two overlaps.

The import reads a sheet slice by slice: python-calamine parses a slice in Rust with Python's
global interpreter lock released, and the reader checks the rows of the previous slice in
Python; it writes batch by batch, and SQLite stores one batch (lock released) while Python
prepares the next (:func:`userjourney.core.storage.bulk.pipelined`). Done one after the other,
each waits for the other; in two threads both cores work (measured in docs/benchmarks.md).

:func:`ahead` is a plain generator wrapper: items arrive in the producer's order, an exception
of the producer is raised in the consumer at the item where it happened, and a consumer that
stops early (an error, a cancel) stops the producer before it returns — nothing runs on behind
its back. :func:`quick_handover` shortens how long a thread busy in Python keeps the lock from
one that comes back from native code.
"""

from __future__ import annotations

import queue
import sys
import threading
from collections.abc import Generator, Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

T = TypeVar("T")

_DONE = object()


class _Raised:
    def __init__(self, error: BaseException) -> None:
        self.error = error


def ahead(items: Iterable[T], depth: int = 1) -> Generator[T, None, None]:
    """The items of ``items``, made in a thread up to ``depth`` items before they are taken.

    Memory grows by ``depth`` items at most. The producer must not share unlocked state with
    the consumer beyond the items it hands over (the reader's producer only reads the file).
    """
    handed: queue.Queue[object] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def put(item: object) -> bool:
        while not stop.is_set():
            try:
                handed.put(item, timeout=0.05)
                return True
            except queue.Full:
                continue
        return False

    def produce() -> None:
        iterator = iter(items)
        try:
            for item in iterator:
                if not put(item):
                    break
            else:
                put(_DONE)
        except BaseException as error:  # handed to the consumer, raised there
            put(_Raised(error))
        finally:
            close = getattr(iterator, "close", None)
            if close is not None:
                close()

    worker = threading.Thread(target=produce, name="userjourney-ahead", daemon=True)
    worker.start()
    try:
        with quick_handover():
            yield from _taken(handed)
    finally:
        stop.set()
        worker.join()


def _taken(handed: queue.Queue[object]) -> Iterator:
    while True:
        item = handed.get()
        if item is _DONE:
            return
        if isinstance(item, _Raised):
            raise item.error
        yield item


#: While two threads share the work: how long one may keep the interpreter lock when the other
#: waits for it (Python's default is 5 ms). The thread in native code (calamine, SQLite) needs the
#: lock back for a moment after each piece of work; with the default it would wait up to 5 ms
#: each time for the thread busy in Python.
SWITCH_INTERVAL = 0.0002

_switch_lock = threading.Lock()
_switch_users = 0
_switch_before = 0.005


@contextmanager
def quick_handover() -> Iterator[None]:
    """Python's switch interval at :data:`SWITCH_INTERVAL` while the block runs (process-wide,
    counted: nested and parallel users restore the old value only when the last one leaves)."""
    global _switch_users, _switch_before
    with _switch_lock:
        if _switch_users == 0:
            _switch_before = sys.getswitchinterval()
            sys.setswitchinterval(min(_switch_before, SWITCH_INTERVAL))
        _switch_users += 1
    try:
        yield
    finally:
        with _switch_lock:
            _switch_users -= 1
            if _switch_users == 0:
                sys.setswitchinterval(_switch_before)
