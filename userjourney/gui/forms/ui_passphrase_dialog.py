# Generated from ui/passphrase_dialog.ui by `python -m tools.build_forms` — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'passphrase_dialog.ui'
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

class Ui_PassphraseDialog(object):
    def setupUi(self, PassphraseDialog):
        if not PassphraseDialog.objectName():
            PassphraseDialog.setObjectName(u"PassphraseDialog")
        PassphraseDialog.resize(520, 240)
        self.layout = QVBoxLayout(PassphraseDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(PassphraseDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.wrongLabel = QLabel(PassphraseDialog)
        self.wrongLabel.setObjectName(u"wrongLabel")
        self.wrongLabel.setWordWrap(True)

        self.layout.addWidget(self.wrongLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.passphraseLabel = QLabel(PassphraseDialog)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphraseEdit = QLineEdit(PassphraseDialog)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)


        self.layout.addLayout(self.form)

        self.recoveryHint = QLabel(PassphraseDialog)
        self.recoveryHint.setObjectName(u"recoveryHint")
        self.recoveryHint.setWordWrap(True)

        self.layout.addWidget(self.recoveryHint)

        self.rememberCheck = QCheckBox(PassphraseDialog)
        self.rememberCheck.setObjectName(u"rememberCheck")

        self.layout.addWidget(self.rememberCheck)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.spacer)

        self.openButton = QPushButton(PassphraseDialog)
        self.openButton.setObjectName(u"openButton")

        self.buttons.addWidget(self.openButton)

        self.cancelButton = QPushButton(PassphraseDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttons.addWidget(self.cancelButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PassphraseDialog)

        self.openButton.setDefault(True)


        QMetaObject.connectSlotsByName(PassphraseDialog)
    # setupUi

    def retranslateUi(self, PassphraseDialog):
        PassphraseDialog.setWindowTitle(QCoreApplication.translate("PassphraseDialog", u"Verschl\u00fcsselte Datenbank", None))
        self.intro.setText("")
#if QT_CONFIG(accessibility)
        self.wrongLabel.setAccessibleName(QCoreApplication.translate("PassphraseDialog", u"Meldung", None))
#endif // QT_CONFIG(accessibility)
        self.wrongLabel.setText(QCoreApplication.translate("PassphraseDialog", u"Die Passphrase passt nicht. Bitte noch einmal \u2013 oder den Wiederherstellungsschl\u00fcssel eingeben.", None))
        self.passphraseLabel.setText(QCoreApplication.translate("PassphraseDialog", u"&Passphrase", None))
#if QT_CONFIG(accessibility)
        self.passphraseEdit.setAccessibleName(QCoreApplication.translate("PassphraseDialog", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.recoveryHint.setText(QCoreApplication.translate("PassphraseDialog", u"Passphrase vergessen? Hier den Wiederherstellungsschl\u00fcssel eingeben (13 Gruppen wie ABCD-EFGH-\u2026), den Sie beim Verschl\u00fcsseln ausgedruckt oder bei der IT hinterlegt haben \u2013 danach bitte eine neue Passphrase w\u00e4hlen.", None))
        self.rememberCheck.setText(QCoreApplication.translate("PassphraseDialog", u"Im &Schl\u00fcsselbund dieses Benutzerkontos merken (nicht mehr fragen)", None))
#if QT_CONFIG(tooltip)
        self.rememberCheck.setToolTip(QCoreApplication.translate("PassphraseDialog", u"Der Schl\u00fcssel der Datenbank liegt dann im Schl\u00fcsselbund des Betriebssystems (unter Windows: Anmeldeinformationsverwaltung); wer sich als Sie anmeldet, kann die Datenbank \u00f6ffnen.", None))
#endif // QT_CONFIG(tooltip)
        self.openButton.setText(QCoreApplication.translate("PassphraseDialog", u"\u00d6&ffnen", None))
        self.cancelButton.setText(QCoreApplication.translate("PassphraseDialog", u"Abbrechen", None))
    # retranslateUi

