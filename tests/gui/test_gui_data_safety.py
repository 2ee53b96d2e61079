"""Data safety in the window: one writer, unusable files, a full disk, backups, the history."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys

import pytest
import sqlalchemy as sa

from tests.support import REPO
from tests.support.db import dump
from tests.support.gui import cell_text, go_to, modal, press, shortcut, type_text
from userjourney.core.demo.schmidt_mueller import store_demo
from userjourney.core.editing.family_list import load_rows
from userjourney.core.settings import Settings
from userjourney.core.storage.backups import list_backups, make_backup
from userjourney.core.storage.database import open_database
from userjourney.gui.app import open_for_gui
from userjourney.gui.main_window import MainWindow

HOLD = """
import sys, time
from pathlib import Path
from userjourney.core.storage.locking import DatabaseLock
from userjourney.core.storage.database import open_database
from userjourney.core.editing import edits
from userjourney.core.history.undo import committer
lock = DatabaseLock(Path(sys.argv[1]), program="userjourney")
lock.acquire()
print("locked", flush=True)
sys.stdin.readline()  # the test says when to write
db = open_database(sys.argv[1], actor="Andere Kollegin")
with db.transaction() as s:
    edits.create_family(s, "Von nebenan")
db.close()
print("written", flush=True)
sys.stdin.readline()
"""


@pytest.fixture
def demo_db(db_path):
    database = open_database(db_path)
    with database.transaction() as s:
        store_demo(s)
    database.close()
    return db_path


def test_a_second_window_opens_read_only_and_loses_no_update(qtbot, demo_db):
    other = subprocess.Popen([sys.executable, "-c", HOLD, str(demo_db)], cwd=REPO, text=True,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        assert other.stdout.readline().strip() == "locked"
        seen = {}

        def read_only(box):
            seen["text"] = box.text()
            press("Enter")  # "Nur lesen öffnen" is the default

        with modal(read_only):
            opened = open_for_gui(str(demo_db), Settings())
        assert "wird gerade von userjourney (" in seen["text"]
        assert opened.database.read_only and opened.writer is None
        window = MainWindow(opened.database, read_only_reason=opened.read_only_reason)
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        assert window.windowTitle().endswith("[nur lesen]")
        assert not window.ui.actionNewFamily.isEnabled()
        schmidt = next(r.id for r in load_rows(opened.database) if r.code == "Schmidt")
        window.open_family(schmidt)
        before = dump(demo_db)
        view = window.family_view.ui.butGrid
        go_to(view, 1, "note")
        press("Del")
        assert view.cell_message.text() == "Die Datenbank ist nur zum Lesen geöffnet."
        assert dump(demo_db) == before
        # The other program writes; F5 shows it here.
        other.stdin.write("\n")
        other.stdin.flush()
        assert other.stdout.readline().strip() == "written"
        shortcut("F5")
        assert "Von nebenan" in [r.code for r in window.list_model.rows]
        window.close()
        opened.close()
    finally:
        other.kill()
        other.communicate()


def unusable(kind: str, path):
    if kind == "kein SQLite":
        path.write_text("Einkaufsliste\n" * 50)
    elif kind == "abgeschnitten":
        path.write_bytes(path.read_bytes()[:6000])
    elif kind == "neueres Schema":
        with sqlite3.connect(path) as conn:
            conn.execute("UPDATE alembic_version SET version_num = '9999_zukunft'")
        conn.close()


@pytest.mark.parametrize("kind, message", [
    ("kein SQLite", "ist keine userjourney-Datenbank (keine SQLite-Datei)"),
    ("abgeschnitten", "ist unvollständig (abgeschnitten)"),
    ("neueres Schema", "stammt von einer neueren Version von userjourney"),
])
def test_an_unusable_file_is_named_and_left_alone(qtbot, demo_db, kind, message):
    unusable(kind, demo_db)
    before = dump(demo_db) if kind == "neueres Schema" else demo_db.read_bytes()
    seen = {}

    def read(box):
        seen["text"] = box.text()
        press("Enter")

    with modal(read):
        assert open_for_gui(str(demo_db), Settings()) is None
    assert message in seen["text"]
    assert (dump(demo_db) if kind == "neueres Schema" else demo_db.read_bytes()) == before


def test_a_read_only_folder_is_named(qtbot, tmp_path):
    folder = tmp_path / "nur-lesen"
    folder.mkdir()
    made = subprocess.run(["chattr", "+i", str(folder)], capture_output=True)
    if made.returncode != 0:
        folder.chmod(0o555)
    seen = {}
    try:
        with modal(lambda box: (seen.setdefault("text", box.text()), press("Enter"))):
            assert open_for_gui(str(folder / "db.sqlite"), Settings()) is None
        assert "kann nicht geschrieben werden" in seen["text"]
        assert list(folder.iterdir()) == []
    finally:
        subprocess.run(["chattr", "-i", str(folder)], capture_output=True)
        folder.chmod(0o755)


@pytest.mark.parametrize("kind", ["kein SQLite", "abgeschnitten"])
def test_where_a_backup_exists_it_is_offered_and_restored(qtbot, demo_db, kind):
    make_backup(demo_db, "tag")
    unusable(kind, demo_db)
    damaged = demo_db.read_bytes()
    seen = {}

    def choose(dialog):
        seen["intro"] = dialog.ui.intro.text()
        seen["rows"] = dialog.ui.table.rowCount()
        press("Enter")  # the newest backup is selected; Enter restores it

    with modal(choose):
        opened = open_for_gui(str(demo_db), Settings())
    assert "Soll eine davon wiederhergestellt werden?" in seen["intro"] and seen["rows"] == 1
    assert opened is not None and not opened.database.read_only
    assert sorted(r.code for r in load_rows(opened.database)) == ["Müller", "Schmidt"]
    kept = [b for b in list_backups(demo_db) if b.reason == "beschaedigt"]
    assert len(kept) == 1 and kept[0].path.read_bytes() == damaged
    opened.close()


def test_the_first_start_of_a_day_makes_a_backup(qtbot, demo_db):
    opened = open_for_gui(str(demo_db), Settings())
    assert opened.daily_backup is not None and opened.daily_backup.exists()
    opened.close()
    again = open_for_gui(str(demo_db), Settings())
    assert again.daily_backup is None  # at most once a day
    again.close()


def test_a_backup_folder_that_cannot_be_written_is_said_and_the_window_opens_anyway(qtbot, demo_db):
    """Issue 13, fault 3: a file named ``backups`` used to stop the window (exit 1)."""
    blocked = demo_db.parent / "backups"
    blocked.write_text("kein Ordner", encoding="utf-8")
    opened = open_for_gui(str(demo_db), Settings())
    try:
        assert opened is not None and not opened.database.read_only
        assert opened.warning.startswith("Achtung: Die Sicherung von") and str(blocked) in opened.warning
        window = MainWindow(opened.database, Settings(), warning=opened.warning)
        qtbot.addWidget(window)
        window.show()
        assert window.warning_label.isVisible() and window.warning_label.text() == opened.warning
        assert window.ui.actionNewFamily.isEnabled()
        window.close()
    finally:
        opened.close()
    assert blocked.read_text(encoding="utf-8") == "kein Ordner"


def test_a_full_disk_refuses_the_edit_and_keeps_everything(qtbot, main_window, db_path):
    with main_window.database.transaction() as s:
        store_demo(s)
    main_window.list_model.reload()
    main_window.open_family(next(r.id for r in load_rows(main_window.database) if r.code == "Schmidt"))
    engine = main_window.database.engine

    def no_more_pages(dbapi_connection, _record):
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    sa.event.listen(engine, "connect", no_more_pages)
    engine.dispose()
    try:
        model = main_window.family_view.but_model
        view = main_window.family_view.ui.butGrid
        go_to(view, 1, "note")
        # Free pages are used up first; each saved edit (with its history) takes more room,
        # until the "disk" is full and the next edit is refused.
        for attempt in range(200):
            before = dump(db_path)
            if not model.setData(model.index(1, model.column_index("note")), f"Notiz {attempt} " + "x" * 1900):
                break
        else:
            pytest.fail("the database never filled up")
        assert "ist kein Platz mehr" in view.cell_message.text()
        assert "Die Änderung wurde nicht gespeichert" in view.cell_message.text()
        assert dump(db_path) == before
        assert cell_text(model, 1, "note") == f"Notiz {attempt - 1} " + "x" * 1900
    finally:
        press("Esc")
        sa.event.remove(engine, "connect", no_more_pages)
        engine.dispose()


def test_restore_from_the_menu_and_undo_is_cleared(qtbot, main_window, db_path):
    window = main_window
    with window.database.transaction() as s:
        store_demo(s)
    make_backup(db_path, "vor-import")
    window.list_model.reload()
    from userjourney.core.editing.workspace import create_family
    from userjourney.core.history.undo import committer

    create_family(committer(window.database, window.undo), "Neu")
    window.reload_everything()
    assert len(window.list_model.rows) == 3 and window.undo.can_undo()
    with modal(lambda dialog: press("Enter")):
        assert window.restore_from_backup()
    assert sorted(r.code for r in window.list_model.rows) == ["Müller", "Schmidt"]
    assert not window.undo.can_undo()
    assert "Der vorige Stand liegt in" in window.statusBar().currentMessage()
    with sqlite3.connect(db_path) as conn:  # the restore is in the history, by whom
        last = conn.execute("SELECT record_type, action, actor FROM change ORDER BY id DESC LIMIT 1").fetchone()
    conn.close()
    assert last == ("database", "restore", "Testerin")


def test_the_history_shows_who_changed_what_and_exports_it(qtbot, main_window, tmp_path):
    window = main_window
    with window.database.transaction() as s:
        store_demo(s)
    window.list_model.reload()
    window.open_family(next(r.id for r in load_rows(window.database) if r.code == "Schmidt"))
    model = window.family_view.but_model
    model.confirm = lambda *a: True
    assert model.setData(model.index(2, model.column_index("reason")), "Klassenfahrt fällt aus")
    shortcut("Ctrl+H")
    dialog = window.history_dialog
    rows = dialog.model.rows
    assert (rows[0].actor, rows[0].subject, rows[0].field, rows[0].old, rows[0].new) == (
        "Testerin", "Jan · Teilhabe schulisch", "Grund", "momentan keine Klassenfahrten", "Klassenfahrt fällt aus")
    total = len(rows)
    dialog.ui.search.setFocus()
    type_text("Fußball")
    assert [r.new for r in dialog.model.rows] == ["Fußballverein"]
    dialog.ui.search.clear()
    dialog.ui.sinceEdit.setText("31.02.2022")
    dialog.reload()
    assert dialog.ui.message.text() == "„31.02.2022“ ist kein gültiges Datum (diesen Tag gibt es nicht)."
    dialog.ui.sinceEdit.clear()
    dialog.reload()
    assert len(dialog.model.rows) == total
    # The dialog follows the data.
    assert model.setData(model.index(0, model.column_index("note")), "neu")
    qtbot.waitUntil(lambda: len(dialog.model.rows) == total + 1, timeout=3000)
    path = dialog.export(str(tmp_path / "verlauf.xlsx"))
    from openpyxl import load_workbook

    sheet = load_workbook(path).active
    assert [c.value for c in sheet[1]] == ["Zeitpunkt", "Wer", "Was", "Aktion", "Feld", "Vorher", "Nachher"]
    assert [c.value for c in sheet[2]][1:] == ["Testerin", "Jan · Mittagsverpflegung", "geändert", "Notiz", "leer", "neu"]
    assert sheet.freeze_panes == "A2" and sheet.max_row == total + 2
    from userjourney.core.history.access import access_log

    (access,) = access_log(main_window.database)  # the access record: who saved which family's history
    assert (access.kind, access.families, access.file, access.filters) == ("verlauf", 1, "verlauf.xlsx",
                                                                           "Familie Schmidt")
    dialog.close()


def test_cli_reports_a_full_disk_in_one_line_and_keeps_the_database(tmp_path):
    """A real full file system (a tiny tmpfs in a private mount namespace), else a file-size limit."""
    if shutil.which("unshare") is None:
        pytest.skip("unshare not available")
    database = tmp_path / "voll.sqlite"
    subprocess.run([sys.executable, "-m", "userjourney", "demo", "--db", str(database)], cwd=REPO, check=True,
                   capture_output=True)
    script = f"""
set -e
mkdir -p {tmp_path}/mnt
mount -t tmpfs -o size=2m tmpfs {tmp_path}/mnt
cp {database} {tmp_path}/mnt/db.sqlite
sha256sum {tmp_path}/mnt/db.sqlite | cut -d' ' -f1
dd if=/dev/zero of={tmp_path}/mnt/fill bs=4k count=10000 2>/dev/null || true
set +e
{sys.executable} -m userjourney demo --anna --db {tmp_path}/mnt/db.sqlite 2>&1 >/dev/null
echo "status=$?"
rm {tmp_path}/mnt/fill
sqlite3_check=$({sys.executable} -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(c.execute('pragma integrity_check').fetchone()[0], c.execute('select count(*) from family').fetchone()[0])" {tmp_path}/mnt/db.sqlite)
echo "check=$sqlite3_check"
"""
    result = subprocess.run(["unshare", "-rm", "sh", "-c", script], cwd=REPO, capture_output=True, text=True,
                            env={**__import__("os").environ, "PYTHONPATH": str(REPO)})
    if "status=" not in result.stdout:  # unshare or mount refused: no private file system here
        pytest.skip(f"no private tmpfs on this machine: {result.stderr.strip()[:200]}")
    lines = result.stdout.strip().splitlines()
    status = next(line for line in lines if line.startswith("status="))
    assert status == "status=4", result.stdout + result.stderr
    message = [line for line in lines if line.startswith("userjourney: ")]
    assert len(message) == 1 and "ist kein Platz mehr" in message[0], lines
    assert "Traceback" not in result.stdout
    assert "check=ok 2" in lines  # intact, and still the two families: the import wrote nothing
