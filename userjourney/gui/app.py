"""Starting the GUI: the QApplication, translations, settings, the database, the main window.

``USERJOURNEY_SCREENSHOT=PATH`` (for smoke tests and start-up benchmarks, not a user feature):
once the main window is up, the GUI saves it as a PNG at PATH, prints one line of JSON about it
on stdout and quits (exit status 0, or 1 if the file could not be written).
"""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTimer,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from userjourney import __version__
from userjourney.core.errors import ExitStatus, UserError
from userjourney.core.history.actor import set_default_actor
from userjourney.core.i18n import install_translator
from userjourney.core.log import log_unexpected, setup_logging
from userjourney.core.settings import Settings
from userjourney.core.storage.database import Database
from userjourney.core.storage.target import ENV_VAR
from userjourney.core.storage.writing import Writer
from userjourney.gui import style
from userjourney.paths import resource_path, resources_dir

SCREENSHOT_ENV = "USERJOURNEY_SCREENSHOT"

_translators: list[QTranslator] = []


def _translate_core(text: str) -> str:
    # lupdate files the core's plain tr("…") calls under the empty context.
    return QCoreApplication.translate("", text)


def install_translations(app: QApplication, language: str = "de") -> None:
    """The window speaks ``language``: German (the forms' language, the source of every text)
    whatever the system's locale, or a translation of ours chosen in the settings ("en").

    Qt's own texts (buttons of standard dialogs, context menus, the calendar's months) follow
    the same language — never English buttons in a German window because the laptop was set
    up in English. Called again, it replaces the translators installed before.
    """
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    locale = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    if language != "de":
        wanted = QLocale(language)
        ours = QTranslator(app)
        if ours.load(wanted, "userjourney", "_", str(resource_path("translations"))):
            app.installTranslator(ours)
            _translators.append(ours)
            locale = wanted
    qt_translator = QTranslator(app)
    if qt_translator.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)
        _translators.append(qt_translator)
    QLocale.setDefault(locale)
    install_translator(_translate_core)


def create_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, named so settings and data folders match."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("userjourney")
    app.setApplicationDisplayName("userjourney")
    app.setApplicationVersion(__version__)
    app.setPalette(style.with_visible_focus(app.palette()))
    install_translations(app)
    return app


@dataclass
class Opened:
    """A database opened for the window: to write (``writer``), or only to read."""

    database: Database
    writer: Writer | None
    #: Why the database is only readable (another program writes to it), else "".
    read_only_reason: str = ""

    @property
    def daily_backup(self) -> Path | None:
        """The automatic backup made on this start (the first of the day), if any."""
        return self.writer.daily_backup if self.writer is not None else None

    @property
    def warning(self) -> str:
        """What the window must say from the start (the day's backup failed), else ""."""
        if self.writer is None or not self.writer.backup_problem:
            return ""
        return QCoreApplication.translate("app", "Achtung: {problem} Die Arbeit wird trotzdem gespeichert.").format(
            problem=self.writer.backup_problem)

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        else:
            self.database.close()


def open_for_gui(db: str | None, settings: Settings, parent=None) -> Opened | None:
    """Open the database for the window, asking the coach where needed; ``None`` = do not start.

    * another window (or an import) holds the writer's lock → offer to open read-only;
    * the file cannot be used (not a database, cut off, damaged) and backups exist → offer to
      restore one (the damaged file is kept aside first);
    * the folder cannot be written (a read-only medium, a write-protected share) → open read-only
      and say why;
    * any other problem (a missing folder, a newer program's database) → say so.
    """
    from userjourney.core.history.restoring import restore_and_record
    from userjourney.core.storage.backups import list_backups
    from userjourney.core.storage.database import open_database
    from userjourney.core.storage.keys import PassphraseError
    from userjourney.core.storage.locking import (
        DatabaseInUse,
        DatabaseLock,
        describe_holder,
    )
    from userjourney.core.storage.schema import NewerSchemaError
    from userjourney.core.storage.sqlite_file import FolderError
    from userjourney.core.storage.target import resolve_target
    from userjourney.core.storage.writing import open_for_writing

    actor = settings.coach_name or None
    target = resolve_target(db)
    while True:
        try:
            writer = open_for_writing(db, program="userjourney", actor=actor,
                                      backups_to_keep=settings.backups_to_keep, make_daily_backup=True)
            return Opened(writer.database, writer)
        except DatabaseInUse as exc:
            who = describe_holder(exc.holder_info)
            if not _ask_read_only(parent, target.describe(), who):
                return None
            reason = QCoreApplication.translate("app", "Nur lesen: {who} bearbeitet diese Datenbank.").format(who=who)
            return Opened(open_database(db, read_only=True, actor=actor), None, reason)
        except FolderError as exc:
            # A read-only medium or a full disk: the database can still be read, and says so.
            problem = exc.message
            if target.is_sqlite and target.file.is_file():
                try:
                    database = open_database(db, read_only=True, actor=actor)
                except UserError as second:
                    problem = second.message
                else:
                    return Opened(database, None, QCoreApplication.translate("app", "Nur lesen: {why}").format(
                        why=database.read_only_note or problem))
            QMessageBox.critical(parent, QCoreApplication.translate("app", "Datenbank kann nicht geöffnet werden"),
                                 problem)
            return None
        except UserError as exc:
            restorable = (
                target.is_sqlite and target.path.exists()
                and not isinstance(exc, (FolderError, NewerSchemaError, PassphraseError))  # a wrong passphrase is no damage
                and bool(list_backups(target.path, count_families=False))
            )
            if not restorable:
                QMessageBox.critical(parent, QCoreApplication.translate("app", "Datenbank kann nicht geöffnet werden"),
                                     exc.message)
                return None
            chosen = _offer_restore(parent, target.path, exc.message)
            if chosen is None:
                return None
            with DatabaseLock(target.path, program="userjourney"):
                restore_and_record(target.path, chosen, keep=settings.backups_to_keep, actor=actor)


def offer_encryption_first(db: str | None) -> bool | None:
    """Before a database file is opened: a new one (the first start) is offered encryption, and
    where the organisation requires it, a plain one must be encrypted to be opened. ``None``:
    the coach chose to quit; otherwise go on (the open itself says what else is wrong)."""
    from userjourney.core.policy import load_policy
    from userjourney.core.storage.encryption import is_encrypted
    from userjourney.core.storage.target import resolve_target
    from userjourney.gui.dialogs.encryption import offer_encryption

    target = resolve_target(db)
    if not target.is_sqlite or (not target.file.parent.is_dir() and target.explicit):
        return False  # a server, or a folder that is not there (the open says so)
    new = not target.file.exists() or target.file.stat().st_size == 0
    required = load_policy().require_encryption
    if not new and (not required or is_encrypted(target.file)):
        return False
    if not target.file.parent.is_dir():
        from userjourney.core.private import private_folder

        private_folder(target.file.parent)  # the default data folder on a first start
    return offer_encryption(target.file, new=new, required=required)


def _ask_read_only(parent, where: str, who: str) -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("app", "Datenbank ist in Benutzung"),
        QCoreApplication.translate(
            "app", "Die Datenbank „{db}“ wird gerade von {who} bearbeitet.\n\n"
            "Sie können sie zum Lesen öffnen; Änderungen sind dann nicht möglich.").format(db=where, who=who),
        parent=parent,
    )
    read = box.addButton(QCoreApplication.translate("app", "Nur lesen öffnen"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("app", "Beenden"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(read)
    box.exec()
    return box.clickedButton() is read


def _offer_restore(parent, db_path: Path, problem: str) -> Path | None:
    from userjourney.gui.dialogs.restore import RestoreDialog

    dialog = RestoreDialog(db_path, parent, reason=problem + "\n\n" + QCoreApplication.translate(
        "app", "Es gibt Sicherungen dieser Datenbank. Soll eine davon wiederhergestellt werden?"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.chosen


def install_error_handling() -> None:
    """Loud in the log, kind to the user: what Qt's event loop would swallow is logged and told.

    An exception that escapes a slot (Qt cannot propagate it) goes to the log with its
    traceback, and the coach sees one German sentence with the log's path; the window stays
    open. Qt's own warnings go to the log too (logger ``userjourney.qt``).
    """
    qt_log = logging.getLogger("userjourney.qt")
    levels = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
              QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}

    def qt_message(kind, _context, message):
        qt_log.log(levels.get(kind, logging.WARNING), message)

    qInstallMessageHandler(qt_message)
    sys.excepthook = report_unexpected


def report_unexpected(kind, value, traceback) -> None:
    """``sys.excepthook`` of the window: log the traceback, tell the coach where it is."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, traceback)
        return
    path = log_unexpected("unexpected error in the window", exc_info=(kind, value, traceback))
    QMessageBox.critical(
        QApplication.activeWindow(),
        QCoreApplication.translate("app", "Unerwarteter Fehler"),
        QCoreApplication.translate(
            "app", "Im Programm ist ein unerwarteter Fehler aufgetreten ({kind}). Ihre bisher gespeicherten "
            "Angaben sind sicher.\n\nEinzelheiten stehen in {log}.").format(kind=kind.__name__, log=path),
    )


def run(db: str | None = None) -> int:
    """Open the database at ``db`` (or the default) and show the main window."""
    from userjourney.core.settings import load_settings
    from userjourney.gui.appearance import apply_appearance
    from userjourney.gui.icons import icon

    setup_logging()
    app = create_application()
    install_error_handling()
    app.setWindowIcon(icon("userjourney"))
    settings = load_settings()
    install_translations(app, settings.language)
    apply_appearance(app, settings)
    set_default_actor(settings.coach_name or None)
    from userjourney.core.storage import keys
    from userjourney.gui.dialogs.passphrase import ask_in_dialog

    keys.ask = ask_in_dialog  # an encrypted database asks in the window's own dialog
    opened = None
    if settings.server and not db and not os.environ.get(ENV_VAR):  # the office server, as last time
        opened = open_remembered_server(settings)
    if opened is None and not os.environ.get(SCREENSHOT_ENV) and offer_encryption_first(db) is None:
        return ExitStatus.DATABASE
    if opened is None:
        opened = open_for_gui(db, settings)
    if opened is None:
        return ExitStatus.DATABASE  # as on the command line
    windows = Windows(app, settings, opened, db)
    window = windows.show(opened)
    screenshot = os.environ.get(SCREENSHOT_ENV, "")
    if screenshot:
        QTimer.singleShot(0, lambda: app.exit(0 if save_screenshot(app, window, screenshot) else 1))
    try:
        return app.exec()
    finally:
        windows.close()


class Windows:
    """The one main window of the program and the database it shows; replaced, not mended, when
    the database changes (another file, a server) or the language does (every text is set
    anew, also those the window builds itself — simpler and surer than retranslating each)."""

    def __init__(self, app: QApplication, settings: Settings, opened: Opened, db: str | None = None) -> None:
        self.app = app
        self.settings = settings
        self.opened: Opened | None = opened
        self.db = db
        self.window = None

    def show(self, now: Opened):
        from userjourney.gui.main_window import MainWindow

        window = MainWindow(now.database, self.settings, read_only_reason=now.read_only_reason, warning=now.warning)
        window.switch_requested.connect(lambda database, old=window: self.switch(old, database))
        window.language_changed.connect(lambda old=window: self.relaunch(old))
        window.show()
        self.window = window
        return window

    def switch(self, old, database: Database | None) -> None:
        """Another database from now on: the old window closes first (its closeEvent stops its
        work — following a server, the writer's lock), then its database, then the new window
        opens."""
        with self._replacing(old):
            previous, self.opened = self.opened, None
            if previous is not None:
                previous.close()
            if database is None:
                reopened = open_for_gui(self.db, self.settings)
                if reopened is None:
                    self.app.exit(ExitStatus.DATABASE)
                    return
                self.opened = reopened
            else:
                self.opened = Opened(database, None)
            self.show(self.opened)

    def relaunch(self, old) -> None:
        """The language changed: the same database in a new window built in the new language,
        on the tab and family the old one showed."""
        install_translations(self.app, self.settings.language)
        if self.opened is None:
            return
        place = old.place()
        with self._replacing(old):
            self.show(self.opened).go_to(place)

    @contextmanager
    def _replacing(self, old) -> Iterator[None]:
        """Close ``old`` first, then the block opens its successor: the application must not
        quit in between for want of a window."""
        self.app.setQuitOnLastWindowClosed(False)
        try:
            old.close()
            yield
            old.deleteLater()
        finally:
            self.app.setQuitOnLastWindowClosed(True)

    def close(self) -> None:
        if self.opened is not None:
            self.opened.close()
            self.opened = None


def open_remembered_server(settings: Settings, parent=None) -> Opened | None:
    """The office server of last time, with the password from the key store; if that does not
    work (no stored password, a changed one, the server away), the dialog asks — "Lokale Datei
    verwenden" or Abbrechen there give ``None`` (then the local file opens)."""
    from userjourney.core.storage.database import open_database
    from userjourney.core.storage.server_login import stored_password, with_password
    from userjourney.gui.dialogs.server import ServerDialog

    password = stored_password(settings.server)
    if password:
        try:
            return Opened(open_database(with_password(settings.server, password), actor=settings.coach_name or None),
                          None)
        except UserError:
            pass
    dialog = ServerDialog(settings.server, settings.coach_name or None, parent)
    if dialog.exec() == ServerDialog.DialogCode.Accepted and dialog.database is not None:
        return Opened(dialog.database, None)
    return None


def save_screenshot(app: QApplication, window: QWidget, path: str) -> bool:
    """Grab ``window`` into the PNG ``path`` and print what was saved as one JSON line.

    The caller quits; calling ``app.exit`` here would, outside a running event loop, make the
    next event loop of the process (a test's, a dialog's) return at once.
    """
    app.processEvents()
    saved = window.grab().save(path, "PNG")
    print(json.dumps({
        "screenshot": path if saved else None,
        "width": window.width(),
        "height": window.height(),
        "title": window.windowTitle(),
        "platform": app.platformName(),
        "resources": str(resources_dir()),
        "translations": [t.filePath() for t in _translators],
    }), flush=True)
    return saved
