# Generated from ui/reasons_dialog.ui by `python -m tools.build_forms` — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reasons_dialog.ui'
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
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ReasonsDialog(object):
    def setupUi(self, ReasonsDialog):
        if not ReasonsDialog.objectName():
            ReasonsDialog.setObjectName(u"ReasonsDialog")
        ReasonsDialog.setMinimumSize(QSize(640, 460))
        self.dialogLayout = QVBoxLayout(ReasonsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.intro = QLabel(ReasonsDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialogLayout.addWidget(self.intro)

        self.areaRow = QHBoxLayout()
        self.areaRow.setObjectName(u"areaRow")
        self.areaLabel = QLabel(ReasonsDialog)
        self.areaLabel.setObjectName(u"areaLabel")

        self.areaRow.addWidget(self.areaLabel)

        self.areaCombo = QComboBox(ReasonsDialog)
        self.areaCombo.setObjectName(u"areaCombo")

        self.areaRow.addWidget(self.areaCombo)

        self.areaSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.areaRow.addItem(self.areaSpacer)


        self.dialogLayout.addLayout(self.areaRow)

        self.table = QTableWidget(ReasonsDialog)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.table)

        self.moveRow = QHBoxLayout()
        self.moveRow.setObjectName(u"moveRow")
        self.newLabel = QLabel(ReasonsDialog)
        self.newLabel.setObjectName(u"newLabel")

        self.moveRow.addWidget(self.newLabel)

        self.newEdit = QLineEdit(ReasonsDialog)
        self.newEdit.setObjectName(u"newEdit")

        self.moveRow.addWidget(self.newEdit)

        self.moveButton = QPushButton(ReasonsDialog)
        self.moveButton.setObjectName(u"moveButton")

        self.moveRow.addWidget(self.moveButton)


        self.dialogLayout.addLayout(self.moveRow)

        self.message = QLabel(ReasonsDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.dialogLayout.addWidget(self.message)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.hideButton = QPushButton(ReasonsDialog)
        self.hideButton.setObjectName(u"hideButton")

        self.buttons.addWidget(self.hideButton)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.spacer)

        self.closeButton = QPushButton(ReasonsDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttons.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.areaLabel.setBuddy(self.areaCombo)
        self.newLabel.setBuddy(self.newEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReasonsDialog)

        QMetaObject.connectSlotsByName(ReasonsDialog)
    # setupUi

    def retranslateUi(self, ReasonsDialog):
        ReasonsDialog.setWindowTitle(QCoreApplication.translate("ReasonsDialog", u"Gr\u00fcnde, Standorte und JobCoaches", None))
        self.intro.setText(QCoreApplication.translate("ReasonsDialog", u"Ein Eintrag der Liste bekommt einen neuen Text, oder alles, was ihn nennt, geht zu einem anderen (zwei, die dasselbe meinen \u2013 \u201eFr. Kaya\u201c und \u201eFrau Kaya\u201c \u2013, werden einer). Die Auswertung z\u00e4hlt danach zusammen; Strg+Z macht es r\u00fcckg\u00e4ngig. Ein Grund, der nicht mehr gebraucht wird, l\u00e4sst sich ausblenden: der Grund-Editor bietet ihn nicht mehr an.", None))
        self.areaLabel.setText(QCoreApplication.translate("ReasonsDialog", u"&Liste", None))
#if QT_CONFIG(accessibility)
        self.areaCombo.setAccessibleName(QCoreApplication.translate("ReasonsDialog", u"Liste", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("ReasonsDialog", u"Eintr\u00e4ge der Liste", None))
#endif // QT_CONFIG(accessibility)
        self.newLabel.setText(QCoreApplication.translate("ReasonsDialog", u"&Neuer Text", None))
#if QT_CONFIG(accessibility)
        self.newEdit.setAccessibleName(QCoreApplication.translate("ReasonsDialog", u"Neuer Text des Eintrags", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.newEdit.setToolTip(QCoreApplication.translate("ReasonsDialog", u"Ein neuer Text benennt den Eintrag um; der Text eines anderen Eintrags f\u00fchrt beide zusammen", None))
#endif // QT_CONFIG(tooltip)
        self.moveButton.setText(QCoreApplication.translate("ReasonsDialog", u"\u00dcb&ernehmen", None))
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("ReasonsDialog", u"Meldung", None))
#endif // QT_CONFIG(accessibility)
        self.message.setText("")
        self.hideButton.setText(QCoreApplication.translate("ReasonsDialog", u"Aus&blenden", None))
#if QT_CONFIG(tooltip)
        self.hideButton.setToolTip(QCoreApplication.translate("ReasonsDialog", u"Den gew\u00e4hlten Grund im Grund-Editor nicht mehr anbieten (oder wieder anbieten); Eintr\u00e4ge, die ihn nennen, behalten ihn, die Auswertung z\u00e4hlt ihn wie bisher", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("ReasonsDialog", u"Schlie\u00dfen", None))
    # retranslateUi

