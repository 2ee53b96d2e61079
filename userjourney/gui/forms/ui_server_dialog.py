# Generated from ui/server_dialog.ui by `python -m tools.build_forms` — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'server_dialog.ui'
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

class Ui_ServerDialog(object):
    def setupUi(self, ServerDialog):
        if not ServerDialog.objectName():
            ServerDialog.setObjectName(u"ServerDialog")
        ServerDialog.resize(520, 330)
        self.layout = QVBoxLayout(ServerDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(ServerDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.hostLabel = QLabel(ServerDialog)
        self.hostLabel.setObjectName(u"hostLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.hostLabel)

        self.hostRow = QHBoxLayout()
        self.hostRow.setObjectName(u"hostRow")
        self.hostEdit = QLineEdit(ServerDialog)
        self.hostEdit.setObjectName(u"hostEdit")

        self.hostRow.addWidget(self.hostEdit)

        self.portLabel = QLabel(ServerDialog)
        self.portLabel.setObjectName(u"portLabel")

        self.hostRow.addWidget(self.portLabel)

        self.portEdit = QLineEdit(ServerDialog)
        self.portEdit.setObjectName(u"portEdit")
        self.portEdit.setMaximumSize(QSize(80, 16777215))

        self.hostRow.addWidget(self.portEdit)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.hostRow)

        self.databaseLabel = QLabel(ServerDialog)
        self.databaseLabel.setObjectName(u"databaseLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.databaseLabel)

        self.databaseEdit = QLineEdit(ServerDialog)
        self.databaseEdit.setObjectName(u"databaseEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.databaseEdit)

        self.loginLabel = QLabel(ServerDialog)
        self.loginLabel.setObjectName(u"loginLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.loginLabel)

        self.loginEdit = QLineEdit(ServerDialog)
        self.loginEdit.setObjectName(u"loginEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.loginEdit)

        self.passwordLabel = QLabel(ServerDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(ServerDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.rememberBox = QCheckBox(ServerDialog)
        self.rememberBox.setObjectName(u"rememberBox")
        self.rememberBox.setChecked(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.rememberBox)


        self.layout.addLayout(self.form)

        self.message = QLabel(ServerDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.localButton = QPushButton(ServerDialog)
        self.localButton.setObjectName(u"localButton")

        self.buttons.addWidget(self.localButton)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.spacer)

        self.connectButton = QPushButton(ServerDialog)
        self.connectButton.setObjectName(u"connectButton")

        self.buttons.addWidget(self.connectButton)

        self.cancelButton = QPushButton(ServerDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttons.addWidget(self.cancelButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.hostLabel.setBuddy(self.hostEdit)
        self.portLabel.setBuddy(self.portEdit)
        self.databaseLabel.setBuddy(self.databaseEdit)
        self.loginLabel.setBuddy(self.loginEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.hostEdit, self.portEdit)
        QWidget.setTabOrder(self.portEdit, self.databaseEdit)
        QWidget.setTabOrder(self.databaseEdit, self.loginEdit)
        QWidget.setTabOrder(self.loginEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.rememberBox)
        QWidget.setTabOrder(self.rememberBox, self.connectButton)
        QWidget.setTabOrder(self.connectButton, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.localButton)

        self.retranslateUi(ServerDialog)

        self.connectButton.setDefault(True)


        QMetaObject.connectSlotsByName(ServerDialog)
    # setupUi

    def retranslateUi(self, ServerDialog):
        ServerDialog.setWindowTitle(QCoreApplication.translate("ServerDialog", u"Mit Server verbinden", None))
        self.intro.setText(QCoreApplication.translate("ServerDialog", u"Der gemeinsame Server des B\u00fcros (PostgreSQL). Server, Datenbank und Anmeldung bekommen Sie von der IT; Sie sehen dort die Familien Ihrer Standorte.", None))
        self.hostLabel.setText(QCoreApplication.translate("ServerDialog", u"&Server", None))
#if QT_CONFIG(accessibility)
        self.hostEdit.setAccessibleName(QCoreApplication.translate("ServerDialog", u"Server", None))
#endif // QT_CONFIG(accessibility)
        self.hostEdit.setPlaceholderText(QCoreApplication.translate("ServerDialog", u"z. B. server.kreis.local", None))
        self.portLabel.setText(QCoreApplication.translate("ServerDialog", u"&Port", None))
#if QT_CONFIG(accessibility)
        self.portEdit.setAccessibleName(QCoreApplication.translate("ServerDialog", u"Port", None))
#endif // QT_CONFIG(accessibility)
        self.portEdit.setText(QCoreApplication.translate("ServerDialog", u"5432", None))
        self.databaseLabel.setText(QCoreApplication.translate("ServerDialog", u"&Datenbank", None))
#if QT_CONFIG(accessibility)
        self.databaseEdit.setAccessibleName(QCoreApplication.translate("ServerDialog", u"Datenbank", None))
#endif // QT_CONFIG(accessibility)
        self.databaseEdit.setText(QCoreApplication.translate("ServerDialog", u"userjourney", None))
        self.loginLabel.setText(QCoreApplication.translate("ServerDialog", u"&Anmeldung", None))
#if QT_CONFIG(accessibility)
        self.loginEdit.setAccessibleName(QCoreApplication.translate("ServerDialog", u"Anmeldung", None))
#endif // QT_CONFIG(accessibility)
        self.passwordLabel.setText(QCoreApplication.translate("ServerDialog", u"&Kennwort", None))
#if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleName(QCoreApplication.translate("ServerDialog", u"Kennwort", None))
#endif // QT_CONFIG(accessibility)
        self.rememberBox.setText(QCoreApplication.translate("ServerDialog", u"Kennwort im &Schl\u00fcsselbund des Systems merken", None))
#if QT_CONFIG(tooltip)
        self.rememberBox.setToolTip(QCoreApplication.translate("ServerDialog", u"Das Kennwort wird in der Anmeldeinformationsverwaltung des Systems gespeichert, nie in einer Datei des Programms", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("ServerDialog", u"Meldung", None))
#endif // QT_CONFIG(accessibility)
        self.message.setText("")
        self.localButton.setText(QCoreApplication.translate("ServerDialog", u"&Lokale Datei verwenden", None))
#if QT_CONFIG(tooltip)
        self.localButton.setToolTip(QCoreApplication.translate("ServerDialog", u"Wieder mit der Datenbank auf diesem Rechner arbeiten", None))
#endif // QT_CONFIG(tooltip)
        self.connectButton.setText(QCoreApplication.translate("ServerDialog", u"&Verbinden", None))
        self.cancelButton.setText(QCoreApplication.translate("ServerDialog", u"Abbrechen", None))
    # retranslateUi

