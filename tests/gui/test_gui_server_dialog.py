"""Datei → Mit Server verbinden …: signing in as a coach would, the password in the key store
(an in-memory one here), the server remembered for the next start, a wrong password said."""

from __future__ import annotations

import time
import uuid

import pytest
import sqlalchemy as sa

from tests.support.gui import modal, press, type_text
from userjourney.core.settings import load_settings
from userjourney.core.storage.server import add_user, run_on_server
from userjourney.core.storage.server_login import KEYRING_SERVICE

pytestmark = pytest.mark.postgresql


@pytest.fixture
def store(key_store):
    return key_store


@pytest.fixture
def login(server_databases):
    owner = server_databases()
    name, password = f"uj_{uuid.uuid4().hex[:8]}", "richtig-123"
    run_on_server(owner, add_user, name, password, locations=("Ahlen",))
    yield sa.make_url(owner), name, password
    engine = sa.create_engine(owner, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.exec_driver_sql(f'DROP ROLE IF EXISTS "{name}"')
    engine.dispose()


def _fill(dialog, url, name, password) -> None:
    ui = dialog.ui
    for edit, text in ((ui.hostEdit, url.host), (ui.portEdit, str(url.port)), (ui.databaseEdit, url.database),
                       (ui.loginEdit, name), (ui.passwordEdit, password)):
        edit.setFocus()
        edit.selectAll()
        type_text(text)


def test_connecting_to_the_office_server_from_the_window(qtbot, main_window, store, login):
    url, name, password = login
    switched = []
    main_window.switch_requested.connect(switched.append)
    seen = {}

    def wrong(dialog):
        _fill(dialog, url, name, "falsch")
        press("Enter")  # Verbinden is the default button
        qtbot.waitUntil(lambda: dialog.ui.connectButton.isEnabled() and bool(dialog.ui.message.text()), timeout=10000)
        seen["wrong"] = dialog.ui.message.text()
        press("Esc")

    with modal(wrong, timeout=30):
        assert not main_window.connect_to_server()
    assert seen["wrong"].startswith("Anmeldung oder Kennwort stimmen nicht für") and "falsch" not in seen["wrong"]
    assert switched == [] and load_settings().server == "" and store.entries == {}

    def right(dialog):
        _fill(dialog, url, name, password)
        assert dialog.ui.rememberBox.isChecked()
        press("Enter")

    with modal(right, timeout=30):
        assert main_window.connect_to_server()
    qtbot.waitUntil(lambda: bool(switched), timeout=10000)
    database = switched[0]
    try:
        assert database.login == name and database.path is None
        remembered = load_settings().server
        assert remembered == f"postgresql+psycopg://{name}@{url.host}:{url.port}/{url.database}"
        assert store.entries == {(KEYRING_SERVICE, remembered): password}  # never in the settings file
    finally:
        database.close()

    from userjourney.gui.app import open_remembered_server  # the next start: no question asked

    opened = open_remembered_server(load_settings())
    try:
        assert opened is not None and opened.database.login == name
    finally:
        opened.close()


def test_the_application_switches_the_window_to_the_server_and_back(qtbot, store, login, tmp_path, monkeypatch):
    """``run()``: a window asks for another database; the new window replaces it, the old
    database is closed; back to the local file likewise."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from userjourney.core.storage.database import open_database
    from userjourney.gui import app as app_module
    from userjourney.gui.main_window import MainWindow

    url, name, password = login
    monkeypatch.setenv("USERJOURNEY_DB", str(tmp_path / "lokal.sqlite"))
    open_database(tmp_path / "lokal.sqlite").close()  # not a first start: no offer to encrypt it
    monkeypatch.setattr(app_module, "install_error_handling", lambda: None)  # the test's own handlers stay
    monkeypatch.setattr(app_module, "setup_logging", lambda: None)
    titles = []

    earlier = list(QApplication.topLevelWidgets())  # windows of other tests are not ours (held: no id reuse)
    deadline = time.monotonic() + 60

    def windows():
        return [w for w in QApplication.topLevelWidgets()
                if isinstance(w, MainWindow) and w.isVisible() and not any(w is e for e in earlier)]

    def step(stage=0):
        shown = windows()
        if len(shown) != 1:
            if time.monotonic() > deadline:  # never hang the suite: fail with what was seen
                titles.append(f"stage {stage}: {len(shown)} windows")
                QApplication.instance().exit(1)
                return
            QTimer.singleShot(50, lambda: step(stage))
            return
        titles.append(shown[0].windowTitle())
        if stage == 0:
            server = open_database(url.set(username=name, password=password).render_as_string(hide_password=False))
            shown[0].switch_requested.emit(server)
        elif stage == 1:
            shown[0].switch_requested.emit(None)
        else:
            QApplication.instance().exit(0)
            return
        QTimer.singleShot(200, lambda: step(stage + 1))

    QTimer.singleShot(0, step)
    try:
        assert app_module.run(None) == 0, titles
    finally:
        for window in windows():  # the last one stays open after run(); nothing may follow a server
            window.close()
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(30000)
    assert "lokal.sqlite" in titles[0] and name in titles[1] and "lokal.sqlite" in titles[2]
    assert not any(isinstance(w, MainWindow) and not any(w is e for e in earlier)
                   and w.operations._follow_timer is not None and w.operations._follow_timer.isActive()
                   for w in QApplication.topLevelWidgets())  # none of ours still follows a server
