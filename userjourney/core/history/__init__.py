"""The change history: every change of a tracked record, who made it and when — and what is built on it.

* :mod:`.listeners` — ORM events that write history rows in the same transaction (imported
  here, so using this package installs them); :func:`~.listeners.last_commit`.
* :mod:`.rows` — the one shape of a history row and how rows are written; :mod:`.codec` — values
  as JSON and back; :mod:`.actor` — who; :mod:`.bulk` — :class:`~.bulk.ChangeWriter` for SQL Core.
* :mod:`.revert` — undo one transaction from its rows; :mod:`.undo` — the session's undo stack.
* :mod:`.audit` — a family's history as people read it.
"""

from userjourney.core.history import listeners as listeners  # installs the recorder
