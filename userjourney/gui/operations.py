"""Every change the window makes, through one path — and one event for every change.

Anki's ``CollectionOp`` in this program's terms. A view never opens a write transaction, never
pushes onto the undo stack and never tells another view that data changed. It asks
:class:`Operations`:

* :meth:`Operations.run` runs a core change (a callable on a Session) in one transaction,
  records it for undo under its label (:func:`~userjourney.core.history.undo.commit_undoable`)
  and emits :attr:`Operations.changed` with a :class:`ChangeEvent`: the families touched and the
  *initiator*, the object that asked — so the view that made an edit can skip its own echo;
* :meth:`undo` and :meth:`redo` likewise; :meth:`record` puts a change committed off the UI
  thread (an import, through :mod:`userjourney.gui.tasks`) onto the undo stack;
  :meth:`replaced` announces that the whole database was replaced (a restore).

Every commit on the database reaches the views exactly once: the ones made here are announced
at once, with their initiator; any other commit of this process (work on a worker thread) is
announced when the database reports it, with no initiator; commits of *other programs* (other
coaches on a server, the writer beside a read-only window) are found by :meth:`follow_others`,
which reads the history from the newest row it knows every few seconds, off the UI thread, and
announces them with no initiator either. Views listen to :attr:`changed` alone — no flags, no
database callbacks of their own.
"""

from __future__ import annotations

import uuid
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from sqlalchemy.orm import Session

from userjourney.core.history.undo import UndoStack, UndoStep, commit_undoable
from userjourney.core.history.watching import Changes, changes_after, newest_change
from userjourney.core.storage.commits import CommitInfo
from userjourney.core.storage.database import Database
from userjourney.core.sync.conflicts import settle

T = TypeVar("T")


@dataclass(frozen=True)
class ChangeEvent:
    """What one change touched, and who asked for it."""

    #: The families whose data changed (empty with ``everything``).
    families: frozenset[uuid.UUID]
    #: The object that asked for the change (a view), ``None`` when it came from elsewhere.
    initiator: object | None = None
    #: The undo label of the change ("" for changes from elsewhere).
    label: str = ""
    #: The whole database may have changed (a restore): every view reloads.
    everything: bool = False

    def concerns(self, family_id: uuid.UUID | None) -> bool:
        return family_id is not None and (self.everything or family_id in self.families)


class Operations(QObject):
    """The window's one path for changes; see the module docstring."""

    changed = Signal(object)  # ChangeEvent
    #: While following others: whether the last look reached the database (a server's heartbeat).
    connection = Signal(bool)
    _committed = Signal(object)  # CommitInfo, from whichever thread committed

    def __init__(self, db: Database, undo: UndoStack | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.undo_stack = undo if undo is not None else UndoStack()
        self._announced: set[uuid.UUID] = set()
        #: Transactions of this process (announced or reported): not news when the history shows them.
        self._own: OrderedDict[uuid.UUID, None] = OrderedDict()
        self._committed.connect(self._on_commit, Qt.ConnectionType.QueuedConnection)
        db.subscribe(self._committed.emit)
        self._follow_timer: QTimer | None = None
        self._follow_task = None
        self._known = 0

    def close(self) -> None:
        self.db.unsubscribe(self._committed.emit)
        if self._follow_timer is not None:
            self._follow_timer.stop()

    # -- other programs -----------------------------------------------------------------------
    def follow_others(self, interval_ms: int = 2000) -> None:
        """Look for other programs' commits every ``interval_ms`` and announce them."""
        with self.db.session() as session:
            self._known = newest_change(session)
        self._follow_timer = QTimer(self)
        self._follow_timer.setInterval(interval_ms)
        self._follow_timer.timeout.connect(self._look)
        self._follow_timer.start()

    def _look(self) -> None:
        from userjourney.gui import tasks

        if self.db.closed:  # the window's database was closed (the window is going): stop looking
            if self._follow_timer is not None:
                self._follow_timer.stop()
            return
        if self._follow_task is not None:
            return  # the last look is still on its way (a slow network)
        task = tasks.start(_changes_after, self.db, self._known)
        self._follow_task = task

        def done(changes: Changes) -> None:
            self._follow_task = None
            self.connection.emit(True)
            self._known = max(self._known, changes.newest)
            if changes.everything:
                self.changed.emit(ChangeEvent(frozenset(), None, "", everything=True))
                return
            families = frozenset().union(*(ids for txn, ids in changes.transactions.items() if txn not in self._own))
            if families:
                self.changed.emit(ChangeEvent(families))

        def failed(_message: str) -> None:
            self._follow_task = None  # the next look tries again (the pool reconnects by itself)
            self.connection.emit(False)

        task.finished.connect(done)
        task.failed.connect(failed)

    def _remember_own(self, txn_id: uuid.UUID | None) -> None:
        if txn_id is None:
            return
        self._own[txn_id] = None
        while len(self._own) > 10_000:
            self._own.popitem(last=False)

    # -- changes ------------------------------------------------------------------------------
    def run(self, label: str | Callable[[Any], str], change: Callable[[Session], T], *,
            initiator: object | None = None) -> tuple[T, CommitInfo]:
        """Run ``change`` in one transaction, record it for undo, announce it; returns its result.

        Refused input (:class:`~userjourney.core.errors.UserError`) raises before anything is
        written, recorded or announced.
        """
        result, info = commit_undoable(self.db, self.undo_stack, label, change)
        if info.family_ids:
            settle(self.db, info.family_ids)  # an edit of a conflicting cell decides it
        if info.changed:
            self._announce(info, initiator, label(result) if callable(label) else label)
        return result, info

    def committer(self, initiator: object) -> Callable[[str, Callable[[Session], T]], tuple[T, CommitInfo]]:
        """:meth:`run` with a fixed initiator: what a workspace is given to commit its edits."""
        return lambda label, change: self.run(label, change, initiator=initiator)

    def undo(self, initiator: object | None = None) -> UndoStep:
        """Undo the newest step (raises :class:`~userjourney.core.history.undo.UndoConflict`)."""
        return self._step(self.undo_stack.undo, initiator)

    def redo(self, initiator: object | None = None) -> UndoStep:
        return self._step(self.undo_stack.redo, initiator)

    def _step(self, action: Callable[[Database], UndoStep], initiator: object | None) -> UndoStep:
        step = action(self.db)
        info = self.undo_stack.last_revert
        if info is not None and info.changed:
            self._announce(info, initiator, step.label)
        return step

    def record(self, info: CommitInfo, label: str) -> None:
        """A change committed elsewhere (off the UI thread) joins the undo stack under ``label``.

        Its event comes from the database's report of the commit (or came already).
        """
        self.undo_stack.push(info, label)

    def replaced(self, label: str) -> None:
        """The database was replaced as a whole (a restore): undo is void, every view reloads."""
        self.undo_stack.clear()
        self.changed.emit(ChangeEvent(frozenset(), None, label, everything=True))

    def synchronised(self, label: str) -> None:
        """Another database's changes came in (a sync): every view reloads; undo stays — a step
        whose records changed since is refused by undo itself."""
        self.changed.emit(ChangeEvent(frozenset(), None, label, everything=True))

    # -- events -------------------------------------------------------------------------------
    def _announce(self, info: CommitInfo, initiator: object | None, label: str) -> None:
        if info.txn_id is not None:
            self._announced.add(info.txn_id)
            self._remember_own(info.txn_id)
        self.changed.emit(ChangeEvent(info.family_ids, initiator, label))

    def _on_commit(self, info: CommitInfo) -> None:
        self._remember_own(info.txn_id)
        if info.txn_id in self._announced:
            self._announced.discard(info.txn_id)  # announced already, with its initiator
            return
        if info.changed:
            self.changed.emit(ChangeEvent(info.family_ids))


def _changes_after(db: Database, after: int, progress=None) -> Changes:
    with db.session() as session:
        return changes_after(session, after)
