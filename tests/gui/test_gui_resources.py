"""Generated forms, translations, icons and accessible names stay in order."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QTextEdit,
)

from tests.support import REPO
from tests.support.gui import inside


def test_generated_forms_match_the_ui_files():
    result = subprocess.run([sys.executable, "-m", "tools.build_forms", "--check"], cwd=REPO,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_translatable_text_is_in_the_translation_files():
    result = subprocess.run([sys.executable, "-m", "tools.update_translations", "--check"], cwd=REPO,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_icons_load(qapp):
    from userjourney.gui.icons import icon

    for name in ("calendar", "warning", "userjourney"):
        assert not icon(name).pixmap(16, 16).isNull(), name


def _unnamed(widget) -> list[str]:
    missing = []
    controls = [c for kind in (QLineEdit, QComboBox, QAbstractItemView, QAbstractButton, QAbstractSpinBox, QTextEdit)
                for c in widget.findChildren(kind)]
    for child in controls:
        if inside(child, QComboBox) or isinstance(child, QHeaderView):
            continue  # parts of a combo box (text field, popup list) and headers are named by their owner
        if type(child).__name__ in ("QTabBar", "QToolButton") or child.objectName().startswith("qt_"):
            continue  # Qt's own parts (tab bar buttons, scroll arrows)
        name = child.accessibleName() or (child.text() if isinstance(child, QAbstractButton) else "")
        if not name.strip():
            missing.append(f"{type(child).__name__} {child.objectName()!r}")
    return missing


WINDOWS = ["main", "family", "summary", "member", "family-dialog", "settings", "help", "export", "report",
           "sync", "conflicts", "restore", "server", "encrypt", "recovery-key", "passphrase", "purge", "access",
           "reasons"]


def _build(which: str, db, tmp_path):
    from userjourney.core.settings import Settings
    from userjourney.gui.dialogs.access import AccessDialog
    from userjourney.gui.dialogs.conflicts import ConflictsDialog
    from userjourney.gui.dialogs.encryption import EncryptDialog, RecoveryKeyDialog
    from userjourney.gui.dialogs.excel import ExportDialog
    from userjourney.gui.dialogs.help import HelpDialog
    from userjourney.gui.dialogs.members import FamilyDialog, MemberDialog
    from userjourney.gui.dialogs.passphrase import PassphraseDialog
    from userjourney.gui.dialogs.purge import PurgeDialog
    from userjourney.gui.dialogs.reasons import ReasonsDialog
    from userjourney.gui.dialogs.restore import RestoreDialog
    from userjourney.gui.dialogs.server import ServerDialog
    from userjourney.gui.dialogs.settings import SettingsDialog
    from userjourney.gui.dialogs.sync import SyncDialog
    from userjourney.gui.main_window import MainWindow

    file = tmp_path / "daten.sqlite"
    window = MainWindow(db)
    return {
        "main": lambda: window,
        "family": lambda: window.family_view,
        "summary": lambda: window.summary_view,
        "member": lambda: MemberDialog(lambda v: None),
        "family-dialog": lambda: FamilyDialog(lambda v: None, [], []),
        "settings": lambda: SettingsDialog(Settings(), ["Ahlen"], ["Frau Kaya"]),
        "help": lambda: HelpDialog("Hilfe", "<p>Text</p>"),
        "export": lambda: ExportDialog(db, [], []),
        "report": lambda: ExportDialog(db, [], [], report=True),
        "sync": lambda: SyncDialog(window.operations),
        "conflicts": lambda: ConflictsDialog(window.operations),
        "restore": lambda: RestoreDialog(file),
        "server": lambda: ServerDialog(),
        "encrypt": lambda: EncryptDialog(file, new=True, required=False),
        "recovery-key": lambda: RecoveryKeyDialog("ABCD-EFGH"),
        "passphrase": lambda: PassphraseDialog(file, wrong=False),
        "purge": lambda: PurgeDialog(window.operations, Settings()),
        "access": lambda: AccessDialog(db),
        "reasons": lambda: ReasonsDialog(db, window.operations.committer(window)),
    }[which]()


@pytest.mark.parametrize("which", WINDOWS)
def test_controls_have_accessible_names(qapp, db, tmp_path, which):
    """Issue 18: a screen reader names every control of every window and dialog."""
    assert _unnamed(_build(which, db, tmp_path)) == []


@pytest.mark.parametrize("which", WINDOWS)
def test_every_alt_letter_of_a_label_leads_to_its_field(qapp, db, tmp_path, which):
    """A label with an Alt letter has a buddy (else Alt+letter does nothing), and the buddy is
    a field of the same window."""
    from PySide6.QtWidgets import QLabel

    widget = _build(which, db, tmp_path)
    lonely = [label.text() for label in widget.findChildren(QLabel)
              if re.search(r"(?<!&)&[^&\s]", label.text()) and label.buddy() is None]
    assert lonely == []
