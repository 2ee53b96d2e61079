"""Hilfe: the keyboard reference, the template's explanation, and "Über userjourney".

The keyboard reference is read from the window itself — every menu action with its shortcut as
Qt spells it in the window's language ("Strg+N") — plus the keys that belong to no action (the
grids, the tabs); so it cannot drift from what the keys do. The template's explanation is the
text of the template's own Erklärung sheet (:mod:`userjourney.core.excel.writer`).
"""

from __future__ import annotations

import html
import sys

from PySide6.QtCore import qVersion
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox, QWidget

from userjourney import __version__
from userjourney.core.i18n import tr
from userjourney.gui.forms.ui_help_dialog import Ui_HelpDialog


class HelpDialog(QDialog):
    """A page of help text (HTML) with a Schließen button; not modal, so it can stay open."""

    def __init__(self, title: str, body: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_HelpDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self.ui.browser.setHtml(body)
        self.ui.buttons.rejected.connect(self.close)
        self.ui.browser.setFocus()


def _table(rows: list[tuple[str, str]], headers: tuple[str, str]) -> str:
    cells = "".join(f"<tr><td><b>{html.escape(a)}</b></td><td>{html.escape(b)}</td></tr>" for a, b in rows)
    head = "".join(f"<th align='left'>{html.escape(h)}</th>" for h in headers)
    return f"<table cellspacing='0' cellpadding='4'><tr>{head}</tr>{cells}</table>"


def _key(sequence: str) -> str:
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)


def keyboard_html(window: QMainWindow) -> str:
    """Every menu action with a shortcut, then the keys of the tabs and the grids."""
    rows: list[tuple[str, str]] = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if menu is None:
            continue
        for action in menu.actions():
            keys = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts() if not s.isEmpty()]
            if keys and not action.isSeparator():
                what = f"{menu_action.text()} → {action.text()}".replace("&", "").rstrip(" …")
                rows.append((", ".join(keys), what))
    rows += [
        (f"{_key('Ctrl+1')} / {_key('Ctrl+2')}", tr("die Reiter Familien und Auswertung")),
        (f"{_key('Ctrl+PgUp')} / {_key('Ctrl+PgDown')}", tr("der Reiter davor / danach")),
        (f"{_key('Ctrl+B')} / {_key('Ctrl+M')}", tr("BuT / Minijobs der geöffneten Familie")),
        (f"{_key('Alt+K')} / {_key('Alt+P')}", tr("ein Kind / eine erwachsene Person hinzufügen")),
        (tr("j, n, Entf"), tr("ja, nein, leer in einer Zelle – und weiter zur nächsten")),
        ("1 – 4", tr("Stufe eines Minijob-Schritts (1 = selbstständig … 4 = unselbstständig)")),
        (tr("tippen, Enter"), tr("Daten (TT.MM.JJ oder TT.MM.JJJJ), Details, Gründe; Enter speichert und geht weiter, ein abgelehnter Wert bleibt zum Verbessern stehen")),
        (_key("Alt+Down"), tr("Kalender in einer Datumszelle")),
        (_key("Shift+F2"), tr("Anmerkung zu einem Minijob-Schritt")),
        (tr("Esc"), tr("Eingabe verwerfen, nichts wird geändert")),
    ]
    title = tr("Tastenkürzel")
    intro = tr("Alles lässt sich ohne Maus erledigen; jede Eingabe wird sofort gespeichert.")
    return f"<h2>{html.escape(title)}</h2><p>{html.escape(intro)}</p>" + _table(rows, (tr("Taste"), tr("Wirkung")))


def template_html() -> str:
    """The Erklärung sheet of the template as a page: the rules, then each sheet's columns."""
    from userjourney.core.excel import template
    from userjourney.core.excel.writer import explanation_lines

    lines = explanation_lines()
    parts = [f"<h2>{html.escape(lines[0])}</h2>"] + [f"<p>{html.escape(line)}</p>" for line in lines[1:]]
    for spec in (template.BUT, template.MINIJOBS):
        heading = tr("Blatt „{sheet}“").format(sheet=spec.name)
        parts.append(f"<h3>{html.escape(heading)}</h3>")
        parts.append(_table([(column.header, column.hint) for column in spec.columns],
                            (tr("Spalte"), tr("Bedeutung und erlaubte Werte"))))
    return "".join(parts)


def show_about(parent: QWidget, database_text: str) -> None:
    """Über userjourney: version, the database in use, the libraries underneath."""
    QMessageBox.about(parent, tr("Über userjourney"), tr(
        "<h3>userjourney {version}</h3>"
        "<p>User Journeys für Bildung und Teilhabe (BuT) und Minijobs – für die JobCoaches eines "
        "Trägers im Jobcenter-Projekt, nach dem Leitfaden „User Journey“ (Anhänge 6.5 bis 6.9).</p>"
        "<p>Datenbank: {database}</p>"
        "<p>Python {python} · Qt {qt}</p>").format(
            version=html.escape(__version__), database=html.escape(database_text),
            python=html.escape(sys.version.split()[0]), qt=html.escape(qVersion())))
