# Generated from ui/conflicts_dialog.ui by `python -m tools.build_forms` — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conflicts_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ConflictsDialog(object):
    def setupUi(self, ConflictsDialog):
        if not ConflictsDialog.objectName():
            ConflictsDialog.setObjectName(u"ConflictsDialog")
        ConflictsDialog.resize(900, 480)
        self.layout = QVBoxLayout(ConflictsDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(ConflictsDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.tree = QTreeWidget(ConflictsDialog)
        self.tree.setObjectName(u"tree")
        self.tree.setAlternatingRowColors(True)
        self.tree.setRootIsDecorated(True)

        self.layout.addWidget(self.tree)

        self.message = QLabel(ConflictsDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.typedLabel = QLabel(ConflictsDialog)
        self.typedLabel.setObjectName(u"typedLabel")

        self.buttons.addWidget(self.typedLabel)

        self.typedEdit = QLineEdit(ConflictsDialog)
        self.typedEdit.setObjectName(u"typedEdit")
        self.typedEdit.setEnabled(False)

        self.buttons.addWidget(self.typedEdit)

        self.typedButton = QPushButton(ConflictsDialog)
        self.typedButton.setObjectName(u"typedButton")
        self.typedButton.setEnabled(False)
        self.typedButton.setAutoDefault(False)

        self.buttons.addWidget(self.typedButton)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.spacer)

        self.takeButton = QPushButton(ConflictsDialog)
        self.takeButton.setObjectName(u"takeButton")
        self.takeButton.setEnabled(False)
        self.takeButton.setAutoDefault(False)

        self.buttons.addWidget(self.takeButton)

        self.closeButton = QPushButton(ConflictsDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttons.addWidget(self.closeButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.typedLabel.setBuddy(self.typedEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ConflictsDialog)

        self.closeButton.setDefault(True)


        QMetaObject.connectSlotsByName(ConflictsDialog)
    # setupUi

    def retranslateUi(self, ConflictsDialog):
        ConflictsDialog.setWindowTitle(QCoreApplication.translate("ConflictsDialog", u"Konflikte aus dem Abgleich", None))
        self.intro.setText(QCoreApplication.translate("ConflictsDialog", u"Hier haben zwei Datenbanken dasselbe verschieden ge\u00e4ndert. Bis jemand entscheidet, gilt \u00fcberall der sp\u00e4tere Wert. W\u00e4hlen Sie den richtigen Wert und \u201eDiesen Wert nehmen\u201c, oder tragen Sie einen eigenen ein (Strg+Z macht es r\u00fcckg\u00e4ngig); die Entscheidung geht mit dem n\u00e4chsten Abgleich an die andere Seite.", None))
        ___qtreewidgetitem = self.tree.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("ConflictsDialog", u"Wann", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("ConflictsDialog", u"Wer", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ConflictsDialog", u"Konflikt / Wert", None))
#if QT_CONFIG(accessibility)
        self.tree.setAccessibleName(QCoreApplication.translate("ConflictsDialog", u"Konflikte", None))
#endif // QT_CONFIG(accessibility)
        self.typedLabel.setText(QCoreApplication.translate("ConflictsDialog", u"&Eigener Wert:", None))
#if QT_CONFIG(accessibility)
        self.typedEdit.setAccessibleName(QCoreApplication.translate("ConflictsDialog", u"Eigener Wert", None))
#endif // QT_CONFIG(accessibility)
        self.typedEdit.setPlaceholderText(QCoreApplication.translate("ConflictsDialog", u"statt der Werte oben", None))
#if QT_CONFIG(tooltip)
        self.typedEdit.setToolTip(QCoreApplication.translate("ConflictsDialog", u"Ein eigener Wert f\u00fcr ein einzelnes Feld \u2013 nicht f\u00fcr einen Weg, die Aufstockung oder einen gel\u00f6schten Eintrag: dort einen der Werte nehmen", None))
#endif // QT_CONFIG(tooltip)
        self.typedButton.setText(QCoreApplication.translate("ConflictsDialog", u"Eigenen Wert &speichern", None))
        self.takeButton.setText(QCoreApplication.translate("ConflictsDialog", u"Diesen Wert &nehmen", None))
        self.closeButton.setText(QCoreApplication.translate("ConflictsDialog", u"Schlie\u00dfen", None))
    # retranslateUi

