"""Signing in to an office server: the URL from its parts, the password in the OS key store.

The settings keep the server's URL *without* a password (``Settings.server``); the password is
kept, if the coach agrees, in the operating system's key store (``keyring``: the Windows
Credential Manager, the macOS Keychain, the Secret Service on Linux) under the service
``userjourney`` and that URL — never in a file of the program. A key store that is missing or
refuses is no error: the coach is then asked each time.
"""

from __future__ import annotations

import sqlalchemy as sa

from userjourney.core.errors import ValidationError
from userjourney.core.i18n import tr
from userjourney.core.storage import keystore

KEYRING_SERVICE = "userjourney"
#: Seconds to wait for a server that does not answer (libpq's default is to wait much longer).
CONNECT_TIMEOUT = 5


def server_url(host: str, port: int | str, database: str, login: str) -> str:
    """``postgresql+psycopg://login@host:port/database`` from the dialog's fields (no password)."""
    host, database, login = host.strip(), database.strip(), login.strip()
    missing = [name for name, value in ((tr("Server"), host), (tr("Datenbank"), database), (tr("Anmeldung"), login))
               if not value]
    if missing:
        raise ValidationError(tr("Bitte ausfüllen: {fields}.").format(fields=", ".join(missing)))
    try:
        number = int(str(port).strip() or 5432)
    except ValueError:
        raise ValidationError(tr("„{port}“ ist keine Portnummer.").format(port=port)) from None
    if not 0 < number < 65536:
        raise ValidationError(tr("„{port}“ ist keine Portnummer.").format(port=port))
    return sa.URL.create("postgresql+psycopg", username=login, host=host, port=number,
                         database=database).render_as_string(hide_password=False)


def with_password(url: str, password: str | None) -> str:
    """The URL to connect with: the password, and a timeout for a server that does not answer."""
    made = sa.make_url(url)
    if password:
        made = made.set(password=password)
    query = dict(made.query)
    query.setdefault("connect_timeout", str(CONNECT_TIMEOUT))
    return made.set(query=query).render_as_string(hide_password=False)


def stored_password(url: str) -> str | None:
    return keystore.get(KEYRING_SERVICE, url)


def store_password(url: str, password: str) -> bool:
    """Keep the password in the key store; ``False`` if there is none that takes it."""
    return keystore.put(KEYRING_SERVICE, url, password)


def forget_password(url: str) -> None:
    keystore.delete(KEYRING_SERVICE, url)
