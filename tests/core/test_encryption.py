"""Encryption at rest (exchange-format §7, issue 14): the bytes, the passphrase, the recovery
key, the key store, and the way back.

The raw-byte tests read the files as a thief would — the database, its ``-wal`` while a writer
is open, every backup — and look for the family codes, names and notes that are in them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import TEST_PASSPHRASE
from tests.support import run_cli
from tests.support.db import dump
from userjourney.core.demo.schmidt_mueller import store_demo
from userjourney.core.storage import encrypting, keys
from userjourney.core.storage.backups import backup_dir_for, list_backups, make_backup
from userjourney.core.storage.database import open_database
from userjourney.core.storage.encryption import is_encrypted, unlock
from userjourney.core.storage.keys import PassphraseError

SECRETS = [b"Schmidt", b"M\xc3\xbcller", b"Max Mustermann", b"Gemeinsame Recherche"]


def found_in(path: Path) -> list[bytes]:
    data = path.read_bytes()
    return [secret for secret in SECRETS if secret in data]


def wal_after_commit(path: Path, code: str) -> bool:
    """Commit a family ``code`` and look into the -wal while the database is still open:
    whether the code can be read there."""
    from userjourney.core.storage.models import Family

    with open_database(path, actor="Testerin") as db:
        with db.transaction() as session:
            session.add(Family(code=code))
        wal = path.with_name(path.name + "-wal")
        assert wal.stat().st_size > 0
        return code.encode() in wal.read_bytes()


@pytest.fixture
def plain(tmp_path) -> Path:
    """The demo families in a plain database, with two automatic backups."""
    path = tmp_path / "daten.sqlite"
    with open_database(path, actor="Testerin") as db, db.transaction() as session:
        store_demo(session)
    make_backup(path, "auto")
    make_backup(path, "vor-import")
    assert found_in(path) and all(found_in(b.path) for b in list_backups(path))  # the test can see them
    return path


def test_encrypt_leaves_no_name_in_the_database_its_wal_or_any_backup(plain, monkeypatch):
    monkeypatch.delenv("USERJOURNEY_PASSPHRASE")
    result = encrypting.encrypt_database(plain, "richtig-geheim")
    assert len(result.files) == 3 and result.recovery_key.count("-") == 12
    files = [plain, *sorted(backup_dir_for(plain).iterdir())]
    assert all(is_encrypted(path) for path in files if path.suffix == ".sqlite")
    assert {path.name: found_in(path) for path in files} == {path.name: [] for path in files}
    # while it is open, a committed change sits in the -wal — encrypted too
    assert wal_after_commit(plain, "Geheimfamilie") is False
    control = plain.with_name("unverschluesselt.sqlite")
    assert wal_after_commit(control, "Geheimfamilie") is True  # where the test would see it
    make_backup(plain, "auto")
    assert all(not found_in(b.path) and is_encrypted(b.path) for b in list_backups(plain))


def test_a_missing_or_wrong_passphrase_is_one_german_line_exit_4_and_nothing_changes(plain, monkeypatch):
    encrypting.encrypt_database(plain, "richtig-geheim")
    keys.forget(plain)
    before = plain.read_bytes()
    wrong = run_cli("summary", "--db", str(plain), env={"USERJOURNEY_PASSPHRASE": "falsch-falsch"})
    assert (wrong.returncode, wrong.stdout) == (4, "")
    assert wrong.stderr == f"userjourney: Die Passphrase für „{plain}“ ist falsch (USERJOURNEY_PASSPHRASE).\n"
    missing = run_cli("demo", "--db", str(plain), env={"USERJOURNEY_PASSPHRASE": ""})
    assert missing.returncode == 4
    assert missing.stderr.splitlines() == [
        f"userjourney: Die Datenbank „{plain}“ ist verschlüsselt; ohne Passphrase lässt sie sich nicht öffnen "
        "(USERJOURNEY_PASSPHRASE oder Eingabe)."]
    assert plain.read_bytes() == before
    assert not plain.with_name(plain.name + "-wal").exists()


def test_the_recovery_key_unlocks_and_a_new_passphrase_keeps_it_valid(plain, monkeypatch):
    monkeypatch.delenv("USERJOURNEY_PASSPHRASE")
    recovery = encrypting.encrypt_database(plain, "richtig-geheim").recovery_key
    data = dump(plain)
    keys.forget(plain)
    monkeypatch.setenv("USERJOURNEY_PASSPHRASE", recovery.lower().replace("-", " "))  # as typed from paper
    key = unlock(plain)
    encrypting.change_passphrase(plain, "neu-und-geheim")
    keys.forget(plain)
    monkeypatch.setenv("USERJOURNEY_PASSPHRASE", "richtig-geheim")
    with pytest.raises(PassphraseError, match="falsch"):
        unlock(plain)
    for secret in ("neu-und-geheim", recovery):
        keys.forget(plain)
        monkeypatch.setenv("USERJOURNEY_PASSPHRASE", secret)
        assert unlock(plain) == key
    assert dump(plain) == data


def test_a_key_kept_in_the_key_store_opens_without_asking(plain, monkeypatch, key_store):
    monkeypatch.delenv("USERJOURNEY_PASSPHRASE")
    encrypting.encrypt_database(plain, "richtig-geheim", keep_in_keystore=True)
    assert [service for service, _user in key_store.entries] == [keys.KEYRING_SERVICE]
    assert "richtig-geheim" not in str(key_store.entries)  # the data key, not the passphrase
    keys.forget(plain)
    keys.ask = lambda path, wrong: pytest.fail("asked although the key store has the key")
    with open_database(plain) as db, db.session() as session:
        from userjourney.core.storage.models import Family

        assert session.query(Family).count() == 2
    encrypting.decrypt_database(plain)
    assert key_store.entries == {}  # decrypting forgets the key


def test_the_person_is_asked_again_after_a_wrong_passphrase(plain, monkeypatch):
    monkeypatch.delenv("USERJOURNEY_PASSPHRASE")
    encrypting.encrypt_database(plain, "richtig-geheim")
    keys.forget(plain)
    answers = iter(["vertippt", "richtig-geheim"])
    asked = []
    keys.ask = lambda path, wrong: asked.append(wrong) or next(answers)
    unlock(plain)
    assert asked == [False, True]


def test_decrypt_gives_back_plain_files_with_the_same_rows(plain):
    before = dump(plain)
    encrypting.encrypt_database(plain, TEST_PASSPHRASE)
    result = encrypting.decrypt_database(plain)
    assert len(result.files) == 3
    assert not keys.keys_path(plain).exists()
    assert not is_encrypted(plain) and found_in(plain)
    assert dump(plain) == before


def test_a_killed_encrypt_leaves_every_file_readable_and_a_second_run_finishes(plain, monkeypatch):
    before = dump(plain)
    real = encrypting._convert
    calls = []

    def killed_after_one(path, key, **kwargs):
        if calls:
            raise KeyboardInterrupt
        calls.append(path)
        return real(path, key, **kwargs)

    monkeypatch.setattr(encrypting, "_convert", killed_after_one)
    with pytest.raises(KeyboardInterrupt):
        encrypting.encrypt_database(plain, TEST_PASSPHRASE)
    keys.forget(plain)
    assert is_encrypted(plain) and dump(plain) == before  # the database went first, and opens
    assert [found_in(b.path) != [] for b in list_backups(plain)] == [True, True]  # copies still plain
    monkeypatch.setattr(encrypting, "_convert", real)
    again = encrypting.encrypt_database(plain, TEST_PASSPHRASE)
    assert (len(again.files), again.recovery_key) == (2, None)  # the rest, with the same key
    assert all(not found_in(b.path) for b in list_backups(plain))


def test_a_too_short_passphrase_is_refused_before_anything_changes(plain):
    before = plain.read_bytes()
    with pytest.raises(PassphraseError, match="mindestens 8 Zeichen"):
        encrypting.encrypt_database(plain, "kurz")
    assert plain.read_bytes() == before and not keys.keys_path(plain).exists()


def test_commands_encrypt_passphrase_decrypt(plain):
    env = {"USERJOURNEY_PASSPHRASE": "richtig-geheim"}
    done = run_cli("encrypt", "--db", str(plain), env=env)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == f"Verschlüsselt (SQLCipher 4): {plain}, dazu 2 Sicherungen."
    assert lines[1].startswith("Wiederherstellungsschlüssel – wird nur jetzt angezeigt")
    assert not found_in(plain)
    changed = run_cli("passphrase", "--db", str(plain), env={**env, "USERJOURNEY_NEW_PASSPHRASE": "ganz-neu-123"})
    assert changed.returncode == 0, changed.stderr
    assert run_cli("summary", "--db", str(plain), env=env).returncode == 4
    back = run_cli("decrypt", "--db", str(plain), env={"USERJOURNEY_PASSPHRASE": "ganz-neu-123"})
    assert (back.returncode, back.stdout) == (0, f"Entschlüsselt: {plain}, dazu 2 Sicherungen.\n")
    assert found_in(plain)


def test_the_backups_of_a_database_with_a_longer_name_are_not_taken_for_its_own(plain):
    """daten.sqlite and daten-alt.sqlite share the folder ``backups/``: encrypting the first
    leaves the second's copies alone (its key would not open them)."""
    other = plain.with_name("daten-alt.sqlite")
    with open_database(other, actor="Testerin") as db, db.transaction() as session:
        store_demo(session)
    theirs = make_backup(other, "auto")
    result = encrypting.encrypt_database(plain, TEST_PASSPHRASE)
    assert theirs not in result.files and len(result.files) == 3
    assert not is_encrypted(theirs) and found_in(theirs)


@pytest.mark.parametrize("command", ["encrypt", "decrypt", "passphrase", "restore"])
def test_a_server_url_is_refused_in_one_german_line(command, tmp_path):
    """Encrypting and restoring are matters of a file; a server has its administrators."""
    copy = []
    if command == "restore":  # the copy is checked first: give it a real one
        open_database(tmp_path / "kopie.sqlite").close()
        copy = [str(tmp_path / "kopie.sqlite")]
    result = run_cli(command, *copy, "--db", "postgresql+psycopg://coach@127.0.0.1:1/nirgends")
    assert (result.returncode, result.stdout) == (3, "")
    assert len(result.stderr.splitlines()) == 1 and "Server-Datenbank" in result.stderr
