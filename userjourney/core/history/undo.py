"""Undo and redo across a whole working session, built on the change history.

Every saved edit is one transaction with its own history rows (:mod:`userjourney.core.history`),
so undoing it means replaying those rows backwards — :func:`revert` — in a new
transaction, which again has history. Redo reverts that revert. Nothing is kept in memory
but transaction ids and labels, so undo survives any number of reloads of the grids and
also covers deleting a whole family.

The stack is Qt-free: the GUI shows its labels in the Bearbeiten menu and calls
:meth:`UndoStack.undo` / :meth:`UndoStack.redo` through its one path for changes
(:mod:`userjourney.gui.operations`). :func:`commit_undoable` is how any labelled change is made:
one transaction, then onto the stack — the GUI's path and the plain one share it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from userjourney.core.errors import UserError
from userjourney.core.history.listeners import last_commit
from userjourney.core.history.revert import RevertConflict, revert
from userjourney.core.i18n import tr
from userjourney.core.storage.commits import CommitInfo
from userjourney.core.storage.database import Database

T = TypeVar("T")
#: How a labelled change is committed: ``commit(label, change) -> (result, CommitInfo)``.
Commit = Callable[[str | Callable[[Any], str], Callable[[Session], T]], tuple[T, CommitInfo]]


@dataclass(frozen=True)
class UndoStep:
    """One undoable transaction: its id and a label for the menu ("Anspruch: ja")."""

    txn_id: uuid.UUID
    label: str
    family_ids: frozenset[uuid.UUID] = frozenset()


class UndoConflict(UserError):
    """The step cannot be undone (or redone) because its records changed since."""


class UndoStack:
    """Undo and redo of saved transactions, newest last; a new edit clears the redo list."""

    def __init__(self, limit: int = 500) -> None:
        self.limit = limit
        self._undo: list[UndoStep] = []
        self._redo: list[UndoStep] = []
        self._listeners: list[Callable[[], None]] = []
        #: What the last undo or redo committed (its transaction and the families it touched).
        self.last_revert: CommitInfo | None = None

    # -- state ------------------------------------------------------------------------------
    def can_undo(self) -> bool:
        return bool(self._undo)

    def can_redo(self) -> bool:
        return bool(self._redo)

    def undo_label(self) -> str | None:
        return self._undo[-1].label if self._undo else None

    def redo_label(self) -> str | None:
        return self._redo[-1].label if self._redo else None

    def on_change(self, listener: Callable[[], None]) -> None:
        """Call ``listener()`` whenever what can be undone or redone changes."""
        self._listeners.append(listener)

    def _changed(self) -> None:
        for listener in list(self._listeners):
            listener()

    def clear(self) -> None:
        self._undo.clear()
        self._redo.clear()
        self._changed()

    # -- recording --------------------------------------------------------------------------
    def push(self, info: CommitInfo, label: str) -> None:
        """Record a committed edit (nothing happens for a transaction that changed nothing)."""
        if info.txn_id is None:  # nothing changed
            return
        self._undo.append(UndoStep(info.txn_id, label, info.family_ids))
        del self._undo[: -self.limit]
        self._redo.clear()
        self._changed()

    # -- undo / redo ------------------------------------------------------------------------
    def undo(self, db: Database) -> UndoStep:
        """Undo the newest step; returns it. Raises :class:`UndoConflict` if impossible."""
        if not self._undo:
            raise UndoConflict(tr("Es gibt nichts rückgängig zu machen."))
        step = self._undo[-1]
        reverse = self._revert(db, step, self._undo)
        self._redo.append(reverse)
        self._changed()
        return step

    def redo(self, db: Database) -> UndoStep:
        """Redo the step undone last; returns it. Raises :class:`UndoConflict` if impossible."""
        if not self._redo:
            raise UndoConflict(tr("Es gibt nichts zu wiederholen."))
        step = self._redo[-1]
        reverse = self._revert(db, step, self._redo)
        self._undo.append(reverse)
        self._changed()
        return step

    def _revert(self, db: Database, step: UndoStep, source: list[UndoStep]) -> UndoStep:
        """Revert ``step`` and take it off ``source``; a conflict drops it, other errors keep it."""
        try:
            with db.transaction() as session:
                revert(session, step.txn_id)
            info = last_commit(session)
        except RevertConflict as exc:
            source.pop()
            self._changed()
            raise UndoConflict(
                tr("„{label}“ kann nicht rückgängig gemacht werden: {reason}").format(label=step.label, reason=exc)
            ) from None
        source.pop()
        if info.txn_id is None:
            raise RuntimeError("a revert always writes history rows")
        families = info.family_ids | step.family_ids
        self.last_revert = CommitInfo(info.txn_id, families)
        return UndoStep(info.txn_id, step.label, families)


def commit_undoable(
    db: Database, undo: UndoStack, label: str | Callable[[T], str], change: Callable[[Session], T]
) -> tuple[T, CommitInfo]:
    """Run ``change(session)`` in one transaction of ``db`` and record it on ``undo``.

    ``label`` names the step in the menu; it may be a function of the result where the name is
    known only once the change ran (a family's code, cleaned). A change that changed nothing is
    not recorded. Refused input raises before anything is written or recorded.
    """
    with db.transaction() as session:
        result = change(session)
    info = last_commit(session)
    undo.push(info, label(result) if callable(label) else label)
    return result, info


def committer(db: Database, undo: UndoStack) -> Commit:
    """:func:`commit_undoable` bound to a database and an undo stack (the GUI has its own, which
    also announces each change: :meth:`userjourney.gui.operations.Operations.committer`)."""
    return lambda label, change: commit_undoable(db, undo, label, change)
