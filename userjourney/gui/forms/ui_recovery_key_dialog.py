# Generated from ui/recovery_key_dialog.ui by `python -m tools.build_forms` — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recovery_key_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDialog, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_RecoveryKeyDialog(object):
    def setupUi(self, RecoveryKeyDialog):
        if not RecoveryKeyDialog.objectName():
            RecoveryKeyDialog.setObjectName(u"RecoveryKeyDialog")
        RecoveryKeyDialog.resize(620, 260)
        self.layout = QVBoxLayout(RecoveryKeyDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(RecoveryKeyDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.keyEdit = QLineEdit(RecoveryKeyDialog)
        self.keyEdit.setObjectName(u"keyEdit")
        self.keyEdit.setReadOnly(True)

        self.layout.addWidget(self.keyEdit)

        self.copyButton = QPushButton(RecoveryKeyDialog)
        self.copyButton.setObjectName(u"copyButton")

        self.layout.addWidget(self.copyButton)

        self.confirmCheck = QCheckBox(RecoveryKeyDialog)
        self.confirmCheck.setObjectName(u"confirmCheck")

        self.layout.addWidget(self.confirmCheck)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.spacer)

        self.okButton = QPushButton(RecoveryKeyDialog)
        self.okButton.setObjectName(u"okButton")
        self.okButton.setEnabled(False)

        self.buttons.addWidget(self.okButton)


        self.layout.addLayout(self.buttons)


        self.retranslateUi(RecoveryKeyDialog)

        self.okButton.setDefault(True)


        QMetaObject.connectSlotsByName(RecoveryKeyDialog)
    # setupUi

    def retranslateUi(self, RecoveryKeyDialog):
        RecoveryKeyDialog.setWindowTitle(QCoreApplication.translate("RecoveryKeyDialog", u"Wiederherstellungsschl\u00fcssel", None))
        self.intro.setText(QCoreApplication.translate("RecoveryKeyDialog", u"Ihr Wiederherstellungsschl\u00fcssel wird nur dieses eine Mal angezeigt. Bitte ausdrucken oder aufschreiben und sicher aufbewahren \u2013 oder bei der IT hinterlegen. Er \u00f6ffnet die Datenbank, wenn die Passphrase vergessen ist; ohne Passphrase und ohne diesen Schl\u00fcssel kann niemand die Daten wieder lesen, auch nicht der Hersteller.", None))
#if QT_CONFIG(accessibility)
        self.keyEdit.setAccessibleName(QCoreApplication.translate("RecoveryKeyDialog", u"Wiederherstellungsschl\u00fcssel", None))
#endif // QT_CONFIG(accessibility)
        self.copyButton.setText(QCoreApplication.translate("RecoveryKeyDialog", u"In die &Zwischenablage kopieren", None))
        self.confirmCheck.setText(QCoreApplication.translate("RecoveryKeyDialog", u"Ich habe den Schl\u00fcssel &sicher aufbewahrt.", None))
        self.okButton.setText(QCoreApplication.translate("RecoveryKeyDialog", u"&Weiter", None))
    # retranslateUi

