"""Who changes things: the name written into every history row.

The configured coach name (Einstellungen), else the operating-system user. A session may carry
its own (``session.info[ACTOR]``, set by the database a window or command opened); this is the
fallback for everything else.
"""

from __future__ import annotations

import getpass

from userjourney.core.i18n import tr

_default_actor: str | None = None


def set_default_actor(name: str | None) -> None:
    """The name recorded when a session has none of its own (configured coach name)."""
    global _default_actor
    _default_actor = name.strip() if name and name.strip() else None


def default_actor() -> str:
    """The configured coach name, else the operating-system user."""
    if _default_actor:
        return _default_actor
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment (rare on Windows services)
        return tr("unbekannt")
