"""Language (issue 18): German whatever the system says, English complete and chosen in the settings.

The window is built anew in the chosen language (``app.Windows.relaunch``); a test walks every
visible text of the new window and finds no German text of ours left.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

from tests.gui.test_gui_mnemonics import mnemonics
from tests.support.gui import cell_text, modal, press, shortcut
from userjourney.core.vocab import Area

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "userjourney_en.ts"
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def _messages() -> list[tuple[str, str, str, str | None]]:
    """(context, source, translation, type) of every message of the English .ts file."""
    found = []
    for context in ET.parse(TS).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            found.append((context.findtext("name") or "", message.findtext("source") or "",
                          translation.text or "" if translation is not None else "",
                          translation.get("type") if translation is not None else "missing"))
    return found


def test_every_text_has_its_english_translation_with_the_same_placeholders():
    messages = _messages()
    assert len(messages) > 1000
    unfinished = [(c, s) for c, s, _t, kind in messages if kind is not None or not _t.strip()]
    assert unfinished == []
    for context, source, translated, _kind in messages:
        where = f"[{context}] {source!r} → {translated!r}"
        assert Counter(PLACEHOLDER.findall(source)) == Counter(PLACEHOLDER.findall(translated)), where
        assert source.count("\n") == translated.count("\n"), where
        assert len(mnemonics([source])) == len(mnemonics([translated])), where
        assert source.startswith(" ") == translated.startswith(" ") and source.endswith(" ") == translated.endswith(" "), where


def test_qts_own_texts_are_german_on_an_english_system(qapp):
    """Issue 18: under an English system locale Qt's buttons said "Cancel" in a German window."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from userjourney.core.i18n import tr
    from userjourney.gui.app import install_translations

    system = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        install_translations(qapp)  # nobody chose a language: German
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
        assert QCoreApplication.translate("QShortcut", "Ctrl") == "Strg"
        assert tr("Familie") == "Familie"
        assert QLocale().monthName(2) == "Februar"  # the calendar's months
        install_translations(qapp, "en")
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
        assert tr("Familie") == "Family"
        assert tr("Das Datum {date} liegt in der Zukunft.") == "The date {date} is in the future."
        assert QLocale().monthName(2) == "February"
    finally:
        install_translations(qapp)
        QLocale.setDefault(system)
    assert tr("Familie") == "Familie"


def _german_sources() -> set[str]:
    """Our German texts whose English differs (a text the same in both — BuT, JobCoach — is no sign)."""
    return {source.replace("&", "") for _c, source, translated, _k in _messages()
            if source.replace("&", "") != translated.replace("&", "") and len(source) > 2}


def _visible_texts(window) -> list[str]:
    """Every text a person sees in ``window`` (a main window with its menus, or a dialog)."""
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QLineEdit, QMainWindow, QTabWidget, QWidget

    texts = [window.windowTitle()]
    for action in window.menuBar().actions() if isinstance(window, QMainWindow) else ():
        texts.append(action.text())
        if action.menu() is not None:
            texts += [a.text() for a in action.menu().actions() if not a.isSeparator()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        texts += [widget.toolTip(), widget.accessibleName()]
    model_headers = []
    from PySide6.QtWidgets import QAbstractItemView, QTableView

    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        if view.isVisible() and model is not None and isinstance(view, QTableView):  # lists have no headers
            model_headers += [str(model.headerData(i, _horizontal()) or "") for i in range(model.columnCount())]
    return [t.replace("&", "") for t in texts + model_headers if t]


def _horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


@pytest.fixture
def windows(qtbot, qapp, db_path):
    """The application's window keeper (as ``userjourney`` runs it) on a database with the
    Schmidt and Müller families, the first one open."""
    from userjourney.core.demo.schmidt_mueller import store_demo
    from userjourney.core.settings import Settings
    from userjourney.core.storage.database import open_database
    from userjourney.gui.app import Opened, Windows, install_translations

    database = open_database(db_path, actor="Testerin")
    with database.transaction() as session:
        store_demo(session)
    keeper = Windows(qapp, Settings(coach_name="Frau Kaya"), Opened(database, None))
    window = keeper.show(keeper.opened)
    # not qtbot.addWidget: a language change replaces (and deletes) the window
    qtbot.waitExposed(window)
    window.ui.familyTable.selectRow(0)
    qtbot.waitUntil(lambda: window.current_family_id() is not None)
    yield keeper
    keeper.window.close()
    install_translations(qapp)
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(30000)
    keeper.close()


def _choose_language(qtbot, window, name: str) -> None:
    """Datei → Einstellungen with the keyboard only: to the language, pick it, Enter."""
    def choose(dialog):
        combo = dialog.ui.languageCombo
        combo.setFocus()
        qtbot.waitUntil(combo.hasFocus)
        target = combo.findText(name)
        while combo.currentIndex() != target:
            press("Down" if combo.currentIndex() < target else "Up")
        press("Enter")

    with modal(choose):
        window.ui.actionSettings.trigger()


def test_english_chosen_in_the_settings_rebuilds_the_window_in_english(qtbot, windows):
    from userjourney.core.settings import load_settings

    german = windows.window
    family = german.current_family_id()
    assert german.menuBar().actions()[0].text() == "&Datei"
    _choose_language(qtbot, german, "English")
    qtbot.waitUntil(lambda: windows.window is not german)
    english = windows.window
    qtbot.waitExposed(english)
    assert load_settings().language == "en"
    assert [a.text() for a in english.menuBar().actions()][:2] == ["&File", "&Edit"]
    assert english.current_family_id() == family  # the same family, still open
    assert english.windowTitle().startswith("Family ")
    texts = _visible_texts(english)
    german_left = _german_sources()
    assert [t for t in texts if t in german_left] == []
    assert "Entitled?" in " ".join(texts)  # the BuT grid's header, built by the model
    grid = english.family_view.but_model
    assert cell_text(grid, 0, "area") == "Lunch"  # the forms' words too
    shortcut("Ctrl+2")  # the Auswertung: its Bereiche and steps, in English
    summary = english.summary_view
    qtbot.waitUntil(lambda: summary.isVisible() and summary.pages[Area.LUNCH].figures.rowCount() > 0, timeout=10000)
    tabs = summary.ui.areaTabs
    assert [tabs.tabText(i) for i in range(4)] == ["Lunch", "Tutoring", "School activities",
                                                    "Social and cultural activities"]
    assert summary.pages[Area.LUNCH].funnel_labels()[:3] == ["Entitlement", "Offer exists", "Offer known"]
    assert [t for t in _visible_texts(english) if t in german_left] == []
    shortcut("Ctrl+1")
    # every menu of the English window has unique Alt letters too
    for action in english.menuBar().actions():
        letters = mnemonics(a.text() for a in action.menu().actions() if not a.isSeparator())
        assert len(letters) == len(set(letters)), (action.text(), sorted(letters))

    _choose_language(qtbot, english, "Deutsch")
    qtbot.waitUntil(lambda: windows.window is not english)
    assert windows.window.menuBar().actions()[0].text() == "&Datei"
    assert load_settings().language == "de"


def test_the_settings_fill_in_standort_and_jobcoach_of_a_new_family(qtbot, windows):
    from tests.support.gui import type_text

    window = windows.window

    def settings(dialog):
        assert dialog.ui.nameEdit.text() == "Frau Kaya"
        dialog.ui.locationCombo.setFocus()
        type_text("Ennigerloh")
        dialog.ui.coachCombo.setFocus()
        type_text("Herr Demir")
        press("Enter")

    with modal(settings):
        window.ui.actionSettings.trigger()
    assert (window.settings.default_location, window.settings.default_coach) == ("Ennigerloh", "Herr Demir")

    seen = {}

    def new_family(dialog):
        seen["values"] = (dialog.ui.locationCombo.currentText(), dialog.ui.coachCombo.currentText())
        dialog.reject()

    with modal(new_family):
        window.ui.actionNewFamily.trigger()
    assert seen["values"] == ("Ennigerloh", "Herr Demir")


def test_every_dialog_of_the_english_window_speaks_english(qtbot, windows):
    """Each window a menu opens, in English: not one of our German texts left in it."""
    from PySide6.QtWidgets import QApplication

    from userjourney.gui.dialogs.help import HelpDialog
    from userjourney.gui.dialogs.history import HistoryDialog

    _choose_language(qtbot, windows.window, "English")
    english = windows.window
    qtbot.waitExposed(english)
    german_left = _german_sources()
    seen: dict[str, list[str]] = {}

    def look(name):
        def handler(dialog):
            seen[name] = [t for t in _visible_texts(dialog) if t in german_left]
            press("Esc")
        return handler

    modal_actions = ("actionNewFamily", "actionReport", "actionExport", "actionRestore", "actionServer",
                     "actionSync", "actionDeleteFamily", "actionPurgeFamily", "actionAccess", "actionConflicts",
                     "actionReasons", "actionNames", "actionSettings", "actionAbout")
    for name in modal_actions:
        with modal(look(name), timeout=30):
            getattr(english.ui, name).trigger()
    for name, kind in (("actionKeys", HelpDialog), ("actionTemplateHelp", HelpDialog), ("actionHistory", HistoryDialog)):
        getattr(english.ui, name).trigger()
        qtbot.waitUntil(lambda kind=kind: any(isinstance(w, kind) and w.isVisible()
                                              for w in QApplication.topLevelWidgets()), timeout=5000)
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible())
        seen[name] = [t for t in _visible_texts(window) if t in german_left]
        window.close()
    assert set(seen) == set(modal_actions) | {"actionKeys", "actionTemplateHelp", "actionHistory"}
    assert {name: left for name, left in seen.items() if left} == {}
