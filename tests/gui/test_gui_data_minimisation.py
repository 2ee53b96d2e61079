"""Data minimisation where the data are typed (issue 14): the fields ask for a code or a first
name, never a full name, and say why."""

from __future__ import annotations

import pytest

from userjourney.gui.dialogs.members import FamilyDialog, MemberDialog


def test_the_new_family_asks_for_a_code_not_a_name(qtbot):
    dialog = FamilyDialog(lambda values: None, [], [])
    qtbot.addWidget(dialog)
    assert dialog.ui.codeLabel.text() == "&Familie: Kürzel (kein Klarname)"
    assert dialog.ui.codeEdit.placeholderText() == "Kürzel, z. B. SCH-01"
    assert dialog.ui.codeEdit.toolTip().startswith("Datensparsamkeit: ein Kürzel genügt")


@pytest.mark.parametrize("child", [True, False])
def test_a_child_or_adult_is_a_code_or_a_first_name(qtbot, child):
    dialog = MemberDialog(lambda values: None, child=child)
    qtbot.addWidget(dialog)
    assert dialog.ui.nameLabel.text() == "&Kürzel oder Vorname"
    assert dialog.ui.nameEdit.accessibleName() == "Kürzel oder Vorname"
    assert "Kein Nachname" in dialog.ui.nameEdit.toolTip()
