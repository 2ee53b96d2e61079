"""Keeping the Auswertung's figures current after every commit, without blocking the window.

Counting the whole summary takes about 140 ms on 10,000 families (more on a busy laptop):
too long to freeze the window for, and too long for "an edit shows at once". So:

* **Off the UI thread.** Every count runs through :func:`userjourney.gui.tasks.start` in its
  own session; the window stays responsive while a county is counted.
* **One job at a time; commits meanwhile are collected.** A burst of commits (an import, a
  quick series of edits) costs one more job when the running one is done — the debounce adds
  no fixed delay to a single edit.
* **By shares where possible.** After a full count, a commit that touched families whose
  share is known is handled by counting only those families and adjusting the totals
  (:mod:`userjourney.core.summary.update`): a few milliseconds at any size. Shares are known
  for the families changed since the last full count and for *watched* ones — the view asks
  to watch the family open in the grids, whose share is then counted in the background and
  kept only if the family has not changed since the full count (``change_mark``).
  Everything else — an unknown family, many families at once, new filters — counts afresh.
* **The past stands still.** With a Datenstand (``filters.as_of``) the figures are counted
  once, on the database as it was then; edits made now cannot change them, so only a change of
  everything (a restore, a purge) counts again.
* **Only while shown.** While the tab is hidden, commits only mark the figures stale (the
  changed families are remembered); showing the tab runs whatever is due.
"""

from __future__ import annotations

import uuid
from collections import OrderedDict
from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, Signal

from userjourney.core.editing.family_list import load_filter_values
from userjourney.core.summary.counting import summarize
from userjourney.core.summary.filters import SummaryFilter
from userjourney.core.summary.model import Summary
from userjourney.core.summary.reading import reading_session
from userjourney.core.summary.update import Mismatch, adjust, change_mark, family_share
from userjourney.gui import tasks

#: More changed families than this in one go are counted afresh instead of by shares.
MAX_BY_SHARES = 8
#: Shares kept (the most recently used families); older ones are forgotten.
MAX_SHARES = 64
#: After a full count, the shares of this many recently used families are counted again.
REWATCH = 8


@dataclass(frozen=True)
class Counted:
    """What a full count hands back: the figures, the history mark they go with, the lists
    of Standorte and JobCoaches for the filters."""

    summary: Summary
    mark: int
    locations: list[str]
    coaches: list[str]


def count_all(db, filters: SummaryFilter, progress=None) -> Counted:
    with reading_session(db, filters, free_text=False) as session:
        mark = change_mark(session)
        summary = summarize(session, filters)
    locations, coaches = load_filter_values(db)
    return Counted(summary, mark, locations, coaches)


def count_shares(db, filters: SummaryFilter, family_ids: list[uuid.UUID], progress=None) -> dict[uuid.UUID, Summary]:
    with db.session() as session:
        return {family_id: family_share(session, filters, family_id) for family_id in family_ids}


def count_watched(db, filters: SummaryFilter, family_id: uuid.UUID, progress=None) -> tuple[Summary, int]:
    with db.session() as session:
        return family_share(session, filters, family_id), change_mark(session, family_id)


class SummaryRefresher(QObject):
    """See the module docstring. ``updated(Summary)`` fires whenever new figures are ready."""

    updated = Signal(object)
    #: New lists of Standorte and JobCoaches (after a full count).
    filter_values = Signal(list, list)
    failed = Signal(str)
    #: True while a full count runs (the view says "wird gezählt …").
    counting = Signal(bool)

    def __init__(self, db, filters: SummaryFilter, parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self.filters = self._with_stand(filters)
        self.summary: Summary | None = None
        self.active = False
        self._mark = 0
        self._shares: OrderedDict[uuid.UUID, Summary] = OrderedDict()
        self._full_needed = True
        self._changed: set[uuid.UUID] = set()
        self._watch: list[uuid.UUID] = []
        self._task: tasks.Task | None = None
        self._generation = 0
        #: How the last update was made: "full" or "shares" (for tests and the benchmark).
        self.last_update = ""

    # -- what the view tells ----------------------------------------------------------------
    def set_filters(self, filters: SummaryFilter) -> None:
        """New filters: everything is counted afresh (shares depend on the filters)."""
        self.filters = self._with_stand(filters)
        self._generation += 1
        self._shares.clear()
        self._changed.clear()
        self._full_needed = True
        self._kick()

    def families_changed(self, family_ids) -> None:
        if self.filters.as_of is not None:
            return  # an edit now cannot change the past
        self._changed |= set(family_ids)
        self._kick()

    def set_active(self, active: bool) -> None:
        self.active = active
        self._kick()

    def watch(self, family_id: uuid.UUID | None) -> None:
        """Count this family's share ahead of its next edit (a few ms, even while hidden)."""
        if family_id is None or family_id in self._shares or family_id in self._watch or self.filters.as_of:
            return
        self._watch.insert(0, family_id)
        del self._watch[REWATCH:]
        self._kick()

    @property
    def stale(self) -> bool:
        return self._full_needed or bool(self._changed)

    @property
    def idle(self) -> bool:
        """No job running and none due (tests wait for this)."""
        return self._task is None and not (self.active and self.stale)

    def known_shares(self) -> list[uuid.UUID]:
        return list(self._shares)

    # -- jobs ---------------------------------------------------------------------------------
    @staticmethod
    def _with_stand(filters: SummaryFilter) -> SummaryFilter:
        # Whole and shares must count Nachhaltig on the same day, even across midnight.
        return filters if filters.stand is not None else replace(filters, stand=filters.stand_or_today())

    def _kick(self) -> None:
        if self._task is not None:
            return
        if self.active and self.stale:
            changed, self._changed = self._changed, set()
            by_shares = (not self._full_needed and self.summary is not None
                         and len(changed) <= MAX_BY_SHARES and changed <= self._shares.keys())
            if by_shares:
                self._start(count_shares, sorted(changed), self._shares_counted)
            else:
                self._full_needed = False
                self.counting.emit(True)
                rewatch = [*changed, *reversed(self._shares)]
                self._shares.clear()
                for family_id in rewatch:
                    self._watch_later(family_id)
                self._start(count_all, None, self._all_counted)
            return
        while self._watch and self.summary is not None and not self._full_needed:
            family_id = self._watch.pop(0)
            if family_id not in self._shares:
                self._start(count_watched, family_id, lambda result, f=family_id: self._watched(f, result))
                return

    def _watch_later(self, family_id: uuid.UUID) -> None:
        if family_id not in self._watch and len(self._watch) < REWATCH:
            self._watch.append(family_id)

    def _start(self, job, argument, done) -> None:
        generation = self._generation
        args = (self.db, self.filters) if argument is None else (self.db, self.filters, argument)
        task = tasks.start(job, *args)
        self._task = task

        def finished(result) -> None:
            self._task = None
            if generation == self._generation:
                done(result)
            self._kick()

        def failed(message: str) -> None:
            self._task = None
            self.counting.emit(False)
            self.failed.emit(message)
            self._kick()

        task.finished.connect(finished)
        task.failed.connect(failed)

    def _all_counted(self, counted: Counted) -> None:
        self.summary = counted.summary
        self._mark = counted.mark
        self.last_update = "full"
        self.counting.emit(False)
        self.filter_values.emit(counted.locations, counted.coaches)
        self.updated.emit(self.summary)

    def _shares_counted(self, shares: dict[uuid.UUID, Summary]) -> None:
        try:
            summary = adjust(self.summary, [self._shares[f] for f in shares], shares.values())
        except Mismatch:  # cannot happen if the bookkeeping is right; count afresh to be safe
            self._full_needed = True
            return
        for family_id, share in shares.items():
            self._remember(family_id, share)
        self.summary = summary
        self.last_update = "shares"
        self.updated.emit(summary)

    def _watched(self, family_id: uuid.UUID, result: tuple[Summary, int]) -> None:
        share, mark = result
        # Unchanged since the full count: its share is exactly what the totals contain.
        if mark <= self._mark and family_id not in self._shares and not self._full_needed:
            self._remember(family_id, share)

    def _remember(self, family_id: uuid.UUID, share: Summary) -> None:
        self._shares[family_id] = share
        self._shares.move_to_end(family_id)
        while len(self._shares) > MAX_SHARES:
            self._shares.popitem(last=False)
