"""What a committed transaction changed, and the hook through which the history records it.

Storage sits below the change history, yet no write may bypass the history. So the storage
layer offers a hook instead of importing the layer above: :mod:`userjourney.core.history`
registers its listeners on the ORM when it is imported and calls :func:`install_recorder`;
:meth:`~userjourney.core.storage.database.Database.transaction` calls :func:`require_recorder`
and refuses to write while none is installed. Every session carries the keys below in its
``info``: who is writing (:data:`ACTOR`) and whom to tell after a commit (:data:`SUBSCRIBERS`,
called with a :class:`CommitInfo`).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

#: ``session.info`` key: who is changing things (the configured coach name, else ``None``).
ACTOR = "actor"
#: The server login a session writes as (a server database): recorded with the name.
LOGIN = "uj_login"
#: ``session.info`` key: callables notified with a :class:`CommitInfo` after every commit.
SUBSCRIBERS = "uj_subscribers"


@dataclass(frozen=True)
class CommitInfo:
    """What one committed transaction changed: enough for undo and for refreshing views."""

    txn_id: uuid.UUID | None
    family_ids: frozenset[uuid.UUID] = field(default_factory=frozenset)

    @property
    def changed(self) -> bool:
        return self.txn_id is not None


_recorder: str | None = None


def install_recorder(name: str) -> None:
    """Called once by the module whose ORM listeners write the change history."""
    global _recorder
    _recorder = name


def require_recorder() -> None:
    """Refuse to write while no change history is listening (a programming error)."""
    if _recorder is None:
        raise RuntimeError("no change history is installed: import userjourney.core.history before writing")
