"""Starting the GUI: the QApplication, translations, the database, the main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from userjourney import __version__
from userjourney.core.errors import UserError
from userjourney.core.i18n import install_translator


def _translate_core(text: str) -> str:
    return QCoreApplication.translate("core", text)


def create_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, named so settings and data folders match."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("userjourney")
    app.setApplicationDisplayName("userjourney")
    app.setApplicationVersion(__version__)
    install_translator(_translate_core)
    return app


def run(db: str | None = None) -> int:
    """Open the database at ``db`` (or the default) and show the main window."""
    from userjourney.core.storage import open_database
    from userjourney.gui.main_window import MainWindow

    app = create_application()
    try:
        database = open_database(db)
    except UserError as exc:
        QMessageBox.critical(None, app.translate("app", "Datenbank kann nicht geöffnet werden"), exc.message)
        return exc.exit_status
    window = MainWindow(database)
    window.show()
    try:
        return app.exec()
    finally:
        database.close()
