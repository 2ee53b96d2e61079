# Generated from ui/history_dialog.ui by `python -m tools.build_forms` — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'history_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDialog,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_HistoryDialog(object):
    def setupUi(self, HistoryDialog):
        if not HistoryDialog.objectName():
            HistoryDialog.setObjectName(u"HistoryDialog")
        HistoryDialog.resize(1100, 600)
        self.layout = QVBoxLayout(HistoryDialog)
        self.layout.setObjectName(u"layout")
        self.filters = QHBoxLayout()
        self.filters.setObjectName(u"filters")
        self.search = QLineEdit(HistoryDialog)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.filters.addWidget(self.search)

        self.actorFilter = QComboBox(HistoryDialog)
        self.actorFilter.setObjectName(u"actorFilter")

        self.filters.addWidget(self.actorFilter)

        self.sinceLabel = QLabel(HistoryDialog)
        self.sinceLabel.setObjectName(u"sinceLabel")

        self.filters.addWidget(self.sinceLabel)

        self.sinceEdit = QLineEdit(HistoryDialog)
        self.sinceEdit.setObjectName(u"sinceEdit")
        self.sinceEdit.setMaximumSize(QSize(110, 16777215))

        self.filters.addWidget(self.sinceEdit)

        self.untilLabel = QLabel(HistoryDialog)
        self.untilLabel.setObjectName(u"untilLabel")

        self.filters.addWidget(self.untilLabel)

        self.untilEdit = QLineEdit(HistoryDialog)
        self.untilEdit.setObjectName(u"untilEdit")
        self.untilEdit.setMaximumSize(QSize(110, 16777215))

        self.filters.addWidget(self.untilEdit)


        self.layout.addLayout(self.filters)

        self.table = QTableView(HistoryDialog)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.layout.addWidget(self.table)

        self.message = QLabel(HistoryDialog)
        self.message.setObjectName(u"message")

        self.layout.addWidget(self.message)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.exportButton = QPushButton(HistoryDialog)
        self.exportButton.setObjectName(u"exportButton")

        self.buttons.addWidget(self.exportButton)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.spacer)

        self.closeButton = QPushButton(HistoryDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttons.addWidget(self.closeButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.sinceLabel.setBuddy(self.sinceEdit)
        self.untilLabel.setBuddy(self.untilEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(HistoryDialog)

        QMetaObject.connectSlotsByName(HistoryDialog)
    # setupUi

    def retranslateUi(self, HistoryDialog):
        HistoryDialog.setWindowTitle(QCoreApplication.translate("HistoryDialog", u"Verlauf", None))
#if QT_CONFIG(accessibility)
        self.search.setAccessibleName(QCoreApplication.translate("HistoryDialog", u"Im Verlauf suchen", None))
#endif // QT_CONFIG(accessibility)
        self.search.setPlaceholderText(QCoreApplication.translate("HistoryDialog", u"Suchen (Name, Feld, Wert) \u2026", None))
#if QT_CONFIG(accessibility)
        self.actorFilter.setAccessibleName(QCoreApplication.translate("HistoryDialog", u"Filter: wer", None))
#endif // QT_CONFIG(accessibility)
        self.sinceLabel.setText(QCoreApplication.translate("HistoryDialog", u"&von", None))
#if QT_CONFIG(accessibility)
        self.sinceEdit.setAccessibleName(QCoreApplication.translate("HistoryDialog", u"von (Datum)", None))
#endif // QT_CONFIG(accessibility)
        self.sinceEdit.setPlaceholderText(QCoreApplication.translate("HistoryDialog", u"TT.MM.JJJJ", None))
        self.untilLabel.setText(QCoreApplication.translate("HistoryDialog", u"&bis", None))
#if QT_CONFIG(accessibility)
        self.untilEdit.setAccessibleName(QCoreApplication.translate("HistoryDialog", u"bis (Datum)", None))
#endif // QT_CONFIG(accessibility)
        self.untilEdit.setPlaceholderText(QCoreApplication.translate("HistoryDialog", u"TT.MM.JJJJ", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("HistoryDialog", u"\u00c4nderungen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("HistoryDialog", u"Meldung", None))
#endif // QT_CONFIG(accessibility)
        self.message.setText("")
        self.exportButton.setText(QCoreApplication.translate("HistoryDialog", u"Als &Excel speichern \u2026", None))
        self.closeButton.setText(QCoreApplication.translate("HistoryDialog", u"Schlie\u00dfen", None))
    # retranslateUi

