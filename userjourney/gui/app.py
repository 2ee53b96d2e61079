"""Starting the GUI: the QApplication, translations, settings, the database, the main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from userjourney import __version__
from userjourney.core.errors import UserError
from userjourney.core.i18n import install_translator
from userjourney.paths import resource_path

_translators: list[QTranslator] = []


def _translate_core(text: str) -> str:
    # lupdate files the core's plain tr("…") calls under the empty context.
    return QCoreApplication.translate("", text)


def install_translations(app: QApplication, locale: QLocale | None = None) -> None:
    """German is the source language; another UI language is loaded from ``.qm`` files if present.

    Qt's own strings (buttons of standard dialogs, context menus) follow the same locale.
    """
    locale = locale or QLocale.system()
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    qt_translator = QTranslator(app)
    if qt_translator.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)
        _translators.append(qt_translator)
    if locale.language() != QLocale.Language.German:
        ours = QTranslator(app)
        if ours.load(locale, "userjourney", "_", str(resource_path("translations"))):
            app.installTranslator(ours)
            _translators.append(ours)
    install_translator(_translate_core)


def create_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, named so settings and data folders match."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("userjourney")
    app.setApplicationDisplayName("userjourney")
    app.setApplicationVersion(__version__)
    install_translations(app)
    return app


def run(db: str | None = None) -> int:
    """Open the database at ``db`` (or the default) and show the main window."""
    from userjourney.core import history
    from userjourney.core.settings import load_settings
    from userjourney.core.storage import open_database
    from userjourney.gui.icons import icon
    from userjourney.gui.main_window import MainWindow

    app = create_application()
    app.setWindowIcon(icon("userjourney"))
    settings = load_settings()
    history.set_default_actor(settings.coach_name or None)
    try:
        database = open_database(db, actor=settings.coach_name or None)
    except UserError as exc:
        QMessageBox.critical(None, app.translate("app", "Datenbank kann nicht geöffnet werden"), exc.message)
        return exc.exit_status
    window = MainWindow(database, settings)
    window.show()
    try:
        return app.exec()
    finally:
        database.close()
