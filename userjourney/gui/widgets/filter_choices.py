"""The choices of the family filters Erziehungsstatus and Migrationshintergrund, once: the
Auswertung and the export dialog offer the same items with the same data."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from userjourney.core.vocab import ParentingStatus


def fill_parenting(combo: QComboBox) -> None:
    combo.addItem(QCoreApplication.translate("filters", "Alle"), None)
    for status in ParentingStatus:
        combo.addItem(status.value, status)


def fill_migration(combo: QComboBox) -> None:
    combo.addItem(QCoreApplication.translate("filters", "Alle"), None)
    combo.addItem(QCoreApplication.translate("filters", "ja"), True)
    combo.addItem(QCoreApplication.translate("filters", "nein"), False)
