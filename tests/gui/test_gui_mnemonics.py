"""Alt letters (issue 18): unique in every menu and in the dialogs, so Alt+letter goes to one place."""

from __future__ import annotations

import re
from collections import Counter

import pytest


def mnemonics(texts) -> list[str]:
    """The Alt letters of ``texts`` ("&Datei" → "d"; "&&" is a literal ampersand)."""
    return [match[1].lower() for text in texts if (match := re.search(r"(?<!&)&([^&\s])", text))]


def test_every_menu_has_unique_alt_letters(main_window):
    """Issue 18: an Alt letter used twice in one menu only moves between the two entries."""
    bar = main_window.menuBar()
    menus = [action.menu() for action in bar.actions() if action.menu() is not None]
    repeated = {"Menüleiste": [k for k, n in Counter(mnemonics(a.text() for a in bar.actions())).items() if n > 1]}
    for menu in menus:
        letters = Counter(mnemonics(a.text() for a in menu.actions() if not a.isSeparator()))
        repeated[menu.title()] = [k for k, n in letters.items() if n > 1]
    assert {where: letters for where, letters in repeated.items() if letters} == {}
    file_menu = next(menu for menu in menus if menu.title() == "&Datei")
    assert [a.text() for a in file_menu.actions() if "Jobcenter" in a.text() or "intern" in a.text()] == [
        "Bericht für das &Jobcenter …", "&Datenaustausch (intern) …"]


@pytest.mark.parametrize("report", [False, True])
def test_the_export_dialog_has_unique_alt_letters(qtbot, main_window, report):
    from PySide6.QtWidgets import QAbstractButton, QLabel

    from userjourney.gui.dialogs.excel import ExportDialog

    dialog = ExportDialog(main_window.database, [], [], main_window, report=report)
    qtbot.addWidget(dialog)
    dialog.show()
    widgets = [w for kind in (QLabel, QAbstractButton) for w in dialog.findChildren(kind) if w.isVisible()]
    letters = mnemonics(w.text() for w in widgets)
    assert len(letters) == len(set(letters)), sorted(letters)
