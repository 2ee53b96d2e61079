# Generated from ui/access_dialog.ui by `python -m tools.build_forms` — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'access_dialog.ui'
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

class Ui_AccessDialog(object):
    def setupUi(self, AccessDialog):
        if not AccessDialog.objectName():
            AccessDialog.setObjectName(u"AccessDialog")
        AccessDialog.resize(900, 420)
        self.layout = QVBoxLayout(AccessDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(AccessDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.table = QTableWidget(AccessDialog)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.layout.addWidget(self.table)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.spacer)

        self.closeButton = QPushButton(AccessDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttons.addWidget(self.closeButton)


        self.layout.addLayout(self.buttons)


        self.retranslateUi(AccessDialog)

        self.closeButton.setDefault(True)


        QMetaObject.connectSlotsByName(AccessDialog)
    # setupUi

    def retranslateUi(self, AccessDialog):
        AccessDialog.setWindowTitle(QCoreApplication.translate("AccessDialog", u"Zugriffe: was die Datenbank verlassen hat", None))
        self.intro.setText(QCoreApplication.translate("AccessDialog", u"Jeder Datenaustausch, jeder Bericht f\u00fcr das Jobcenter, jeder gespeicherte Verlauf und jeder Ausdruck einer Familie, mit wem, wann, welchen Filtern und wie vielen Familien \u2013 von allen, die mit dieser Datenbank arbeiten.", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("AccessDialog", u"Zugriffe", None))
#endif // QT_CONFIG(accessibility)
        self.closeButton.setText(QCoreApplication.translate("AccessDialog", u"Schlie\u00dfen", None))
    # retranslateUi

