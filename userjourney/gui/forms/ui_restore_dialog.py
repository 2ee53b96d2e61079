# Generated from ui/restore_dialog.ui by `python -m tools.build_forms` — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'restore_dialog.ui'
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
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_RestoreDialog(object):
    def setupUi(self, RestoreDialog):
        if not RestoreDialog.objectName():
            RestoreDialog.setObjectName(u"RestoreDialog")
        RestoreDialog.resize(760, 420)
        self.layout = QVBoxLayout(RestoreDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(RestoreDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.table = QTableWidget(RestoreDialog)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.layout.addWidget(self.table)

        self.message = QLabel(RestoreDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.otherFileButton = QPushButton(RestoreDialog)
        self.otherFileButton.setObjectName(u"otherFileButton")

        self.buttons.addWidget(self.otherFileButton)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.spacer)

        self.restoreButton = QPushButton(RestoreDialog)
        self.restoreButton.setObjectName(u"restoreButton")

        self.buttons.addWidget(self.restoreButton)

        self.cancelButton = QPushButton(RestoreDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttons.addWidget(self.cancelButton)


        self.layout.addLayout(self.buttons)


        self.retranslateUi(RestoreDialog)

        self.restoreButton.setDefault(True)


        QMetaObject.connectSlotsByName(RestoreDialog)
    # setupUi

    def retranslateUi(self, RestoreDialog):
        RestoreDialog.setWindowTitle(QCoreApplication.translate("RestoreDialog", u"Sicherung wiederherstellen", None))
        self.intro.setText(QCoreApplication.translate("RestoreDialog", u"W\u00e4hlen Sie den Stand, zu dem die Datenbank zur\u00fcckkehren soll. Der jetzige Stand wird vorher gesichert, die Wiederherstellung l\u00e4sst sich also selbst wieder zur\u00fccknehmen.", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("RestoreDialog", u"Sicherungen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("RestoreDialog", u"Meldung", None))
#endif // QT_CONFIG(accessibility)
        self.message.setText("")
        self.otherFileButton.setText(QCoreApplication.translate("RestoreDialog", u"Andere Datei \u2026", None))
        self.restoreButton.setText(QCoreApplication.translate("RestoreDialog", u"Wiederherstellen", None))
        self.cancelButton.setText(QCoreApplication.translate("RestoreDialog", u"Abbrechen", None))
    # retranslateUi

