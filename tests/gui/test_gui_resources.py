"""Generated forms, translations, icons and accessible names stay in order."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
)

from tests.support import REPO


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


def _inside_combo(widget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def _unnamed(widget) -> list[str]:
    missing = []
    controls = [c for kind in (QLineEdit, QComboBox, QAbstractItemView, QAbstractButton) for c in widget.findChildren(kind)]
    for child in controls:
        if _inside_combo(child) or isinstance(child, QHeaderView):
            continue  # parts of a combo box (text field, popup list) and headers are named by their owner
        if type(child).__name__ in ("QTabBar", "QToolButton") or child.objectName().startswith("qt_"):
            continue  # Qt's own parts (tab bar buttons, scroll arrows)
        name = child.accessibleName() or (child.text() if isinstance(child, QAbstractButton) else "")
        if not name.strip():
            missing.append(f"{type(child).__name__} {child.objectName()!r}")
    return missing


@pytest.mark.parametrize("which", ["main", "family", "summary", "member", "family-dialog"])
def test_controls_have_accessible_names(qapp, db, which):
    from userjourney.gui.dialogs.members import FamilyDialog, MemberDialog
    from userjourney.gui.main_window import MainWindow

    widget = {
        "main": lambda: MainWindow(db),
        "family": lambda: MainWindow(db).family_view,
        "summary": lambda: MainWindow(db).summary_view,
        "member": lambda: MemberDialog(lambda v: None),
        "family-dialog": lambda: FamilyDialog(lambda v: None, [], []),
    }[which]()
    assert _unnamed(widget) == []
