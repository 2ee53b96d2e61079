"""Shared fixtures: an isolated home for every test, a fresh database, a CLI runner.

Every test gets its own data and config folders (XDG variables, honoured by platformdirs on
Linux), so nothing touches the developer's real database, and ``USERJOURNEY_DB`` is unset.
Qt runs offscreen.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.support import REPO, run_cli  # noqa: F401  (REPO: used by fixtures below)
from userjourney.core.history.actor import set_default_actor
from userjourney.core.storage import keys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

#: Each folder of tests/ is a marker: ``-m core``, ``-m "not gui"`` … (``make test-fast``).
FOLDER_MARKERS = ("core", "cli", "gui", "system")


def pytest_collection_modifyitems(config, items):
    """Mark every test by its folder (tests mirror the code), so a part runs on its own."""
    root = Path(__file__).resolve().parent
    for item in items:
        folder = Path(item.fspath).resolve().relative_to(root).parts[0]
        if folder in FOLDER_MARKERS:
            item.add_marker(getattr(pytest.mark, folder))



@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("USERJOURNEY_DB", raising=False)
    # an encrypted test database opens with this, in-process and in every command a test runs;
    # tests of a missing passphrase take it away
    monkeypatch.setenv("USERJOURNEY_PASSPHRASE", TEST_PASSPHRASE)
    keys._unlocked.clear()
    keys.ask = None

    set_default_actor(None)
    return home


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "userjourney.sqlite"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)])
def db_target(request, db_path):
    """Where ``db`` lives: the SQLite file, or a fresh database on a real PostgreSQL
    (``tests/support/postgres.py``) — every test that takes ``db`` runs on both."""
    if request.param == "sqlite":
        return db_path
    return request.getfixturevalue("server_databases")()


@pytest.fixture
def server_databases():
    """``make()`` → the URL of a fresh database on the test PostgreSQL, set up as by ``server
    init`` (``empty=True``: nothing in it); all dropped afterwards. Skips the test where there is
    no PostgreSQL."""
    from tests.support import postgres

    server = postgres.server_url()
    if server is None:
        pytest.skip("PostgreSQL ist hier nicht installiert (.ci/run installiert es)")
    made: list[str] = []

    def make(*, empty: bool = False) -> str:
        made.append(postgres.fresh_database(server, empty=empty))
        return made[-1]

    yield make
    for url in made:
        postgres.drop_database(server, url)


BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)]
#: The command line is tested on an encrypted file as well (exchange-format §7: every command
#: works on an encrypted database exactly as on a plain one).
CLI_BACKENDS = ["sqlite", "encrypted", pytest.param("postgresql", marks=pytest.mark.postgresql)]
TEST_PASSPHRASE = "Testpassphrase-1"


def encrypted_database(path: Path) -> Path:
    """An empty database at ``path``, encrypted with :data:`TEST_PASSPHRASE` (and not left
    unlocked in this process: whoever opens it unlocks it as a user would)."""
    from userjourney.core.storage.encrypting import encrypt_database

    encrypt_database(path, TEST_PASSPHRASE)
    keys.forget(path)
    return path


def database_of(kind: str, path: Path, request) -> Path | str:
    """A database for a command-line test: ``path`` (plain or encrypted) or a server URL."""
    if kind == "sqlite":
        return path
    if kind == "encrypted":
        return encrypted_database(path)
    return request.getfixturevalue("server_databases")()


@pytest.fixture
def key_store():
    """A key store in memory instead of the machine's (:mod:`tests.support.keystore`)."""
    import keyring

    from tests.support.keystore import MemoryKeyring

    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(previous)


@pytest.fixture
def db(db_target):
    from userjourney.core.storage.database import open_database

    database = open_database(db_target, actor="Testerin")
    yield database
    database.close()


@pytest.fixture
def sqlite_db(db_path):
    """A database that must be a SQLite file (its pragmas, its backups, its -wal): only there."""
    from userjourney.core.storage.database import open_database

    database = open_database(db_path, actor="Testerin")
    yield database
    database.close()


@pytest.fixture
def cli():
    return run_cli


@pytest.fixture
def main_window(qtbot, db_path):
    """The main window on a fresh database, shown and active, closed after the test."""
    from userjourney.core.storage.database import open_database
    from userjourney.gui.main_window import MainWindow

    database = open_database(db_path, actor="Testerin")
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    yield window
    window.close()
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(30000)  # no background work spills into the next test
    database.close()
