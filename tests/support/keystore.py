"""A key store in memory, standing in for the Windows Credential Manager (``keyring``).

``key_store`` (a fixture in ``tests/conftest.py``) puts one in place for a test and gives it
back, so a test sees what the program kept there — and nothing reaches a real key store.
"""

from __future__ import annotations

from keyring.backend import KeyringBackend


class MemoryKeyring(KeyringBackend):
    """Keeps what it is given in :attr:`entries`, keyed by (service, user)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.entries.get((service, username))

    def set_password(self, service, username, password):
        self.entries[(service, username)] = password

    def delete_password(self, service, username):
        self.entries.pop((service, username), None)
