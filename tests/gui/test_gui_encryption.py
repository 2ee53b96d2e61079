"""An encrypted database in the window: the passphrase dialog, a wrong passphrase said plainly,
the key store on request, and no offer to "restore" a database that is only locked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.conftest import TEST_PASSPHRASE, encrypted_database
from userjourney.core.settings import load_settings
from userjourney.core.storage import keys
from userjourney.core.storage.backups import make_backup
from userjourney.gui.app import open_for_gui
from userjourney.gui.dialogs.encryption import RecoveryKeyDialog
from userjourney.gui.dialogs.passphrase import ask_in_dialog


@pytest.fixture
def locked(tmp_path, monkeypatch):
    path = encrypted_database(tmp_path / "daten.sqlite")
    monkeypatch.delenv("USERJOURNEY_PASSPHRASE")
    return path


def when_shown(kind, step, deadline: float = 30.0):
    """Run ``step(dialog)`` once a modal dialog of ``kind`` is up (the work before it may take a
    moment: scrypt, encrypting); polls, gives up after ``deadline`` seconds."""
    import time

    end = time.monotonic() + deadline

    def poll():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            step(dialog)
        elif time.monotonic() < end:
            QTimer.singleShot(50, poll)

    QTimer.singleShot(50, poll)


def answering(*steps):
    """``keys.ask`` that opens the real dialog and lets each step drive one of them, in turn
    (one dialog follows the other from inside the core's loop, so ``modal`` cannot nest them)."""
    queue = list(steps)

    def ask(path, wrong):
        step = queue.pop(0)
        QTimer.singleShot(100, lambda: step(QApplication.activeModalWidget()))
        return ask_in_dialog(path, wrong)

    return ask


def test_a_wrong_passphrase_is_said_and_the_right_one_opens(qtbot, locked, key_store):
    seen = []

    def first(dialog):
        seen.append(dialog.ui.wrongLabel.isVisible())
        QTest.keyClicks(dialog.ui.passphraseEdit, "vertippt")
        QTest.keyClick(dialog.ui.passphraseEdit, Qt.Key.Key_Return)

    def second(dialog):
        seen.append(dialog.ui.wrongLabel.isVisible())
        QTest.keyClicks(dialog.ui.passphraseEdit, TEST_PASSPHRASE)
        QTest.mouseClick(dialog.ui.rememberCheck, Qt.MouseButton.LeftButton)  # Schlüsselbund
        QTest.keyClick(dialog.ui.passphraseEdit, Qt.Key.Key_Return)

    keys.ask = answering(first, second)
    opened = open_for_gui(str(locked), load_settings())
    try:
        assert seen == [False, True]
        with opened.database.session() as session:
            from userjourney.core.storage.models import Family

            assert session.query(Family).count() == 0
    finally:
        opened.close()
    assert list(key_store.entries) == [(keys.KEYRING_SERVICE, str(locked))]
    keys.forget(locked)  # the next start: from the key store, without a dialog
    keys.ask = lambda path, wrong: pytest.fail("asked although the key store has the key")
    open_for_gui(str(locked), load_settings()).close()


def test_cancelling_says_why_and_offers_no_restore(qtbot, locked, monkeypatch):
    with monkeypatch.context() as patch:  # a backup is there: a damaged database would be offered it
        patch.setenv("USERJOURNEY_PASSPHRASE", TEST_PASSPHRASE)
        make_backup(locked, "auto")
        keys.forget(locked)
    told = {}

    def cancel(dialog):
        QTimer.singleShot(200, lambda: read_the_message(QApplication.activeModalWidget()))
        QTest.keyClick(dialog.ui.passphraseEdit, Qt.Key.Key_Escape)

    def read_the_message(box):
        told["text"] = box.text() if isinstance(box, QMessageBox) else type(box).__name__
        box.close()

    keys.ask = answering(cancel)
    assert open_for_gui(str(locked), load_settings()) is None
    assert told["text"] == (f"Die Datenbank „{locked}“ ist verschlüsselt; ohne Passphrase lässt sie sich nicht "
                            "öffnen (USERJOURNEY_PASSPHRASE oder Eingabe).")


# --------------------------------------------------------------------------- the first start, a policy


def test_the_first_start_offers_encryption_and_shows_the_recovery_key_once(qtbot, tmp_path, monkeypatch):
    from userjourney.gui.app import offer_encryption_first

    monkeypatch.delenv("USERJOURNEY_PASSPHRASE")
    path = tmp_path / "neu.sqlite"
    seen = {}

    def choose(dialog):
        seen["plain offered"] = dialog.ui.plainButton.isVisible()
        when_shown(RecoveryKeyDialog, keep_the_key)
        QTest.keyClicks(dialog.ui.passphraseEdit, "mein geheimer Satz")
        QTest.keyClick(dialog.ui.passphraseEdit, Qt.Key.Key_Tab)
        QTest.keyClicks(dialog.ui.repeatEdit, "mein geheimer Satz")
        QTest.keyClick(dialog.ui.repeatEdit, Qt.Key.Key_Return)

    def keep_the_key(box):
        seen["key"] = box.ui.keyEdit.text()
        QTest.keyClick(box, Qt.Key.Key_Escape)  # not before it is kept safe
        seen["still open after Esc"] = box.isVisible()
        seen["Weiter enabled before"] = box.ui.okButton.isEnabled()
        QTest.keyClick(box.ui.confirmCheck, Qt.Key.Key_Space)  # Tab to it and tick it
        QTest.keyClick(box.ui.okButton, Qt.Key.Key_Space)

    QTimer.singleShot(100, lambda: choose(QApplication.activeModalWidget()))
    assert offer_encryption_first(str(path)) is True
    assert seen["plain offered"] is True and seen["still open after Esc"] is True
    assert seen["Weiter enabled before"] is False and seen["key"].count("-") == 12
    from userjourney.core.storage.encryption import is_encrypted

    assert is_encrypted(path) and keys.keys_path(path).exists()
    keys.forget(path)
    monkeypatch.setenv("USERJOURNEY_PASSPHRASE", seen["key"])  # the recovery key opens it
    open_for_gui(str(path), load_settings()).close()


def test_a_policy_requires_encryption_of_a_plain_database(qtbot, tmp_path, monkeypatch):
    import json

    from tests.support import run_cli
    from userjourney.core.storage.database import open_database
    from userjourney.gui.app import offer_encryption_first

    path = tmp_path / "daten.sqlite"
    open_database(path).close()
    policy = tmp_path / "policy.json"
    policy.write_text(json.dumps({"require_encryption": True}), encoding="utf-8")
    monkeypatch.setenv("USERJOURNEY_POLICY", str(policy))
    refused = run_cli("summary", "--db", str(path))
    assert refused.returncode == 4
    assert "Ihre Organisation verlangt verschlüsselte Datenbanken" in refused.stderr
    seen = {}

    def quit_instead(dialog):
        seen["plain offered"] = dialog.ui.plainButton.isVisible()
        seen["intro"] = dialog.ui.intro.text()
        QTest.keyClick(dialog.ui.passphraseEdit, Qt.Key.Key_Escape)

    QTimer.singleShot(100, lambda: quit_instead(QApplication.activeModalWidget()))
    assert offer_encryption_first(str(path)) is None
    assert seen == {"plain offered": False, "intro": f"Die Datenbank „{path}“ ist nicht verschlüsselt. Ihre "
                                                      "Organisation verlangt eine verschlüsselte Datenbank."}
    done = run_cli("encrypt", "--db", str(path))
    assert done.returncode == 0, done.stderr
    assert run_cli("summary", "--db", str(path)).returncode == 0
