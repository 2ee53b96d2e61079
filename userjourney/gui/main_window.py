"""The main window (first cut: the list of families; the grids follow in their issues)."""

from __future__ import annotations

import sqlalchemy as sa
from PySide6.QtWidgets import QLabel, QMainWindow, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from userjourney.core.models import Family
from userjourney.core.storage import Database


class MainWindow(QMainWindow):
    def __init__(self, database: Database):
        super().__init__()
        self.database = database
        self.setWindowTitle(self.tr("userjourney – {db}").format(db=database.describe()))
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addWidget(QLabel(self.tr("Familien"), central))
        self.table = QTableWidget(0, 4, central)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Familie"), self.tr("Standort"), self.tr("JobCoach"), self.tr("Letzte Bearbeitung")]
        )
        layout.addWidget(self.table)
        self.setCentralWidget(central)
        self.resize(900, 600)
        self.reload()

    def reload(self) -> None:
        with self.database.session() as session:
            families = session.scalars(sa.select(Family).order_by(Family.updated_at.desc())).all()
        self.table.setRowCount(len(families))
        for row, family in enumerate(families):
            for column, text in enumerate(
                [family.code, family.location or "", family.coach or "", family.updated_at.astimezone().strftime("%d.%m.%Y %H:%M")]
            ):
                self.table.setItem(row, column, QTableWidgetItem(text))
