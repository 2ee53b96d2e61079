# Generated from ui/encrypt_dialog.ui by `python -m tools.build_forms` — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'encrypt_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDialog, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_EncryptDialog(object):
    def setupUi(self, EncryptDialog):
        if not EncryptDialog.objectName():
            EncryptDialog.setObjectName(u"EncryptDialog")
        EncryptDialog.resize(560, 300)
        self.layout = QVBoxLayout(EncryptDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(EncryptDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.passphraseLabel = QLabel(EncryptDialog)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphraseEdit = QLineEdit(EncryptDialog)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)

        self.repeatLabel = QLabel(EncryptDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(EncryptDialog)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.repeatEdit)


        self.layout.addLayout(self.form)

        self.rememberCheck = QCheckBox(EncryptDialog)
        self.rememberCheck.setObjectName(u"rememberCheck")

        self.layout.addWidget(self.rememberCheck)

        self.message = QLabel(EncryptDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.spacer)

        self.encryptButton = QPushButton(EncryptDialog)
        self.encryptButton.setObjectName(u"encryptButton")

        self.buttons.addWidget(self.encryptButton)

        self.plainButton = QPushButton(EncryptDialog)
        self.plainButton.setObjectName(u"plainButton")

        self.buttons.addWidget(self.plainButton)

        self.cancelButton = QPushButton(EncryptDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttons.addWidget(self.cancelButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EncryptDialog)

        self.encryptButton.setDefault(True)


        QMetaObject.connectSlotsByName(EncryptDialog)
    # setupUi

    def retranslateUi(self, EncryptDialog):
        EncryptDialog.setWindowTitle(QCoreApplication.translate("EncryptDialog", u"Datenbank verschl\u00fcsseln", None))
        self.intro.setText("")
        self.passphraseLabel.setText(QCoreApplication.translate("EncryptDialog", u"&Passphrase", None))
#if QT_CONFIG(accessibility)
        self.passphraseEdit.setAccessibleName(QCoreApplication.translate("EncryptDialog", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.passphraseEdit.setPlaceholderText(QCoreApplication.translate("EncryptDialog", u"mindestens 8 Zeichen, gern ein ganzer Satz", None))
        self.repeatLabel.setText(QCoreApplication.translate("EncryptDialog", u"Passphrase &wiederholen", None))
#if QT_CONFIG(accessibility)
        self.repeatEdit.setAccessibleName(QCoreApplication.translate("EncryptDialog", u"Passphrase wiederholen", None))
#endif // QT_CONFIG(accessibility)
        self.rememberCheck.setText(QCoreApplication.translate("EncryptDialog", u"Im &Schl\u00fcsselbund dieses Benutzerkontos merken (nicht bei jedem Start fragen)", None))
#if QT_CONFIG(tooltip)
        self.rememberCheck.setToolTip(QCoreApplication.translate("EncryptDialog", u"Der Schl\u00fcssel der Datenbank liegt dann im Schl\u00fcsselbund des Betriebssystems (unter Windows: Anmeldeinformationsverwaltung); wer sich als Sie anmeldet, kann die Datenbank \u00f6ffnen.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("EncryptDialog", u"Meldung", None))
#endif // QT_CONFIG(accessibility)
        self.message.setText("")
        self.encryptButton.setText(QCoreApplication.translate("EncryptDialog", u"&Verschl\u00fcsseln", None))
        self.plainButton.setText(QCoreApplication.translate("EncryptDialog", u"&Ohne Verschl\u00fcsselung", None))
        self.cancelButton.setText(QCoreApplication.translate("EncryptDialog", u"Beenden", None))
    # retranslateUi

