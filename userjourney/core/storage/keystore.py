"""The operating system's key store (``keyring``: the Windows Credential Manager, the macOS
Keychain, the Secret Service on Linux), for what the program keeps only if the coach agrees: a
server password (:mod:`.server_login`), the key of an encrypted database (:mod:`.keys`).

A key store that is missing or refuses is no error — the coach is then asked — so each call
here swallows what ``keyring`` raises and says so by its result.
"""

from __future__ import annotations


def get(service: str, name: str) -> str | None:
    try:
        import keyring

        return keyring.get_password(service, name)
    except Exception:  # no key store on this machine, or it refused: ask instead
        return None


def put(service: str, name: str, secret: str) -> bool:
    """``False`` if there is no key store that takes it."""
    try:
        import keyring

        keyring.set_password(service, name, secret)
        return True
    except Exception:
        return False


def delete(service: str, name: str) -> None:
    try:
        import keyring

        keyring.delete_password(service, name)
    except Exception:
        pass
