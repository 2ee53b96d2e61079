"""What an organisation decides for every coach on its laptops: a policy file the IT deploys.

``policy.json`` in the machine-wide configuration folder (Windows ``C:\\ProgramData\\userjourney``,
Linux ``/etc/xdg/userjourney``, macOS ``/Library/Application Support/userjourney``) — or the
file named by ``USERJOURNEY_POLICY``. Coaches cannot change it from the program (it is not in
their settings). Today it knows one rule:

``{"require_encryption": true}`` — a database file must be encrypted (:mod:`.storage.encryption`):
the window creates a new one only encrypted, offers to encrypt an existing plain one and does
not open it otherwise; every command refuses a plain file (exit status 4) except ``encrypt``.
A server is not a file and is not affected.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from userjourney.paths import APP_NAME

POLICY_VARIABLE = "USERJOURNEY_POLICY"
POLICY_FILE = "policy.json"


@dataclass(frozen=True)
class Policy:
    require_encryption: bool = False


def policy_path() -> Path:
    given = os.environ.get(POLICY_VARIABLE)
    if given:
        return Path(given)
    return Path(platformdirs.site_config_dir(APP_NAME, appauthor=False)) / POLICY_FILE


def load_policy() -> Policy:
    """The deployed policy; none (everything allowed) when there is no readable file."""
    try:
        data = json.loads(policy_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Policy()
    return Policy(require_encryption=data.get("require_encryption") is True) if isinstance(data, dict) else Policy()
