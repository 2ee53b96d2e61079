# Generated from ui/import_dialog.ui by `python -m tools.build_forms` — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QListWidget, QListWidgetItem,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        ImportDialog.resize(900, 620)
        self.layout = QVBoxLayout(ImportDialog)
        self.layout.setObjectName(u"layout")
        self.fileLabel = QLabel(ImportDialog)
        self.fileLabel.setObjectName(u"fileLabel")
        self.fileLabel.setWordWrap(True)

        self.layout.addWidget(self.fileLabel)

        self.progress = QProgressBar(ImportDialog)
        self.progress.setObjectName(u"progress")
        self.progress.setValue(0)

        self.layout.addWidget(self.progress)

        self.status = QLabel(ImportDialog)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)

        self.layout.addWidget(self.status)

        self.counts = QTableWidget(ImportDialog)
        self.counts.setObjectName(u"counts")
        self.counts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.counts.setMaximumSize(QSize(16777215, 190))
        self.counts.horizontalHeader().setStretchLastSection(True)

        self.layout.addWidget(self.counts)

        self.details = QTabWidget(ImportDialog)
        self.details.setObjectName(u"details")
        self.errorsPage = QWidget()
        self.errorsPage.setObjectName(u"errorsPage")
        self.errorsLayout = QVBoxLayout(self.errorsPage)
        self.errorsLayout.setObjectName(u"errorsLayout")
        self.errors = QListWidget(self.errorsPage)
        self.errors.setObjectName(u"errors")
        self.errors.setWordWrap(True)

        self.errorsLayout.addWidget(self.errors)

        self.details.addTab(self.errorsPage, "")
        self.warningsPage = QWidget()
        self.warningsPage.setObjectName(u"warningsPage")
        self.warningsLayout = QVBoxLayout(self.warningsPage)
        self.warningsLayout.setObjectName(u"warningsLayout")
        self.warnings = QListWidget(self.warningsPage)
        self.warnings.setObjectName(u"warnings")
        self.warnings.setWordWrap(True)

        self.warningsLayout.addWidget(self.warnings)

        self.details.addTab(self.warningsPage, "")
        self.familiesPage = QWidget()
        self.familiesPage.setObjectName(u"familiesPage")
        self.familiesLayout = QVBoxLayout(self.familiesPage)
        self.familiesLayout.setObjectName(u"familiesLayout")
        self.families = QListWidget(self.familiesPage)
        self.families.setObjectName(u"families")

        self.familiesLayout.addWidget(self.families)

        self.details.addTab(self.familiesPage, "")

        self.layout.addWidget(self.details)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.spacer)

        self.importButton = QPushButton(ImportDialog)
        self.importButton.setObjectName(u"importButton")
        self.importButton.setEnabled(False)

        self.buttons.addWidget(self.importButton)

        self.closeButton = QPushButton(ImportDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttons.addWidget(self.closeButton)


        self.layout.addLayout(self.buttons)


        self.retranslateUi(ImportDialog)

        QMetaObject.connectSlotsByName(ImportDialog)
    # setupUi

    def retranslateUi(self, ImportDialog):
        ImportDialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"Excel-Liste importieren", None))
#if QT_CONFIG(accessibility)
        self.fileLabel.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Datei", None))
#endif // QT_CONFIG(accessibility)
        self.fileLabel.setText("")
#if QT_CONFIG(accessibility)
        self.progress.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Fortschritt", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Stand des Imports", None))
#endif // QT_CONFIG(accessibility)
        self.status.setText("")
#if QT_CONFIG(accessibility)
        self.counts.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Was der Import \u00e4ndert", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.details.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Einzelheiten", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errors.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Fehler in der Datei", None))
#endif // QT_CONFIG(accessibility)
        self.details.setTabText(self.details.indexOf(self.errorsPage), QCoreApplication.translate("ImportDialog", u"Fehler", None))
#if QT_CONFIG(accessibility)
        self.warnings.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Hinweise zur Datei", None))
#endif // QT_CONFIG(accessibility)
        self.details.setTabText(self.details.indexOf(self.warningsPage), QCoreApplication.translate("ImportDialog", u"Hinweise", None))
#if QT_CONFIG(accessibility)
        self.families.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Familien in der Datei", None))
#endif // QT_CONFIG(accessibility)
        self.details.setTabText(self.details.indexOf(self.familiesPage), QCoreApplication.translate("ImportDialog", u"Familien", None))
        self.importButton.setText(QCoreApplication.translate("ImportDialog", u"&Importieren", None))
        self.closeButton.setText(QCoreApplication.translate("ImportDialog", u"Abbrechen", None))
    # retranslateUi

