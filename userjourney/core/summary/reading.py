"""The one way a summary, a drill-down, an export or a report reads: now, or as of a moment.

``filters.as_of`` set → a session on the database as it was then
(:func:`userjourney.core.history.as_of.as_of_session`), else a plain read session. Everything
that counts takes the session from here, so "Datenstand" means the same in the window, the
report, the export and on the command line.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session

from userjourney.core.history.as_of import as_of_session
from userjourney.core.storage.database import Database
from userjourney.core.summary.filters import SummaryFilter


@contextmanager
def reading_session(database: Database, filters: SummaryFilter | None, *, free_text: bool = True) -> Iterator[Session]:
    """``free_text=False`` for what only counts (summary, drill-down): a past without notes is faster."""
    if filters is not None and filters.as_of is not None:
        with as_of_session(database, filters.as_of, for_counting=not free_text) as session:
            yield session
    else:
        with database.session() as session:
            yield session
