"""Hilfe (issue 18): the keyboard reference (F1), the template's explanation, Über userjourney."""

from __future__ import annotations

from tests.support.gui import modal, press, shortcut


def test_f1_lists_the_keys_as_the_window_has_them(qtbot, qapp, main_window):
    from userjourney.gui.app import install_translations

    install_translations(qapp)  # as the program starts: Qt's key names in German ("Strg")
    shortcut("F1")
    qtbot.waitUntil(lambda: "keys" in main_window.help_dialogs and main_window.help_dialogs["keys"].isVisible())
    text = main_window.help_dialogs["keys"].ui.browser.toPlainText()
    # read from the actions themselves: each shortcut with its menu and entry, in German
    assert "Strg+N" in text and "Datei → Neue Familie" in text
    assert "Strg+J" in text and "Bericht für das Jobcenter" in text
    assert "F1" in text and "Hilfe → Tastenkürzel" in text
    assert "Strg+1 / Strg+2" in text and "Alt+K / Alt+P" in text
    press("Esc")
    qtbot.waitUntil(lambda: not main_window.help_dialogs["keys"].isVisible())
    # a shortcut given to an action later shows up too: the list is not written by hand
    main_window.ui.actionSettings.setShortcut("Ctrl+,")
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    shortcut("F1")
    qtbot.waitUntil(lambda: main_window.help_dialogs["keys"].isVisible())
    assert "Strg+," in main_window.help_dialogs["keys"].ui.browser.toPlainText()


def test_the_template_explained_column_by_column(qtbot, main_window):
    from userjourney.core.excel import template

    main_window.ui.actionTemplateHelp.trigger()
    text = main_window.help_dialogs["template"].ui.browser.toPlainText()
    assert "So füllen Sie die Vorlage aus" in text
    for spec in (template.BUT, template.MINIJOBS):
        assert f"Blatt „{spec.name}“" in text
        for column in spec.columns:
            assert column.header in text and column.hint.split("\n")[0] in text


def test_about_names_version_and_database(qtbot, main_window):
    from userjourney import __version__

    seen = {}

    def read(box):
        seen["text"] = box.text()
        press("Enter")

    with modal(read):
        main_window.ui.actionAbout.trigger()
    assert f"userjourney {__version__}" in seen["text"]
    assert str(main_window.database.path.name) in seen["text"]
