# Generated from ui/settings_dialog.ui by `python -m tools.build_forms` — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.setMinimumSize(QSize(480, 0))
        self.dialogLayout = QVBoxLayout(SettingsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(SettingsDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(SettingsDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.locationLabel = QLabel(SettingsDialog)
        self.locationLabel.setObjectName(u"locationLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.locationLabel)

        self.locationCombo = QComboBox(SettingsDialog)
        self.locationCombo.setObjectName(u"locationCombo")
        self.locationCombo.setEditable(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.locationCombo)

        self.coachLabel = QLabel(SettingsDialog)
        self.coachLabel.setObjectName(u"coachLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.coachLabel)

        self.coachCombo = QComboBox(SettingsDialog)
        self.coachCombo.setObjectName(u"coachCombo")
        self.coachCombo.setEditable(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.coachCombo)

        self.backupsLabel = QLabel(SettingsDialog)
        self.backupsLabel.setObjectName(u"backupsLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.backupsLabel)

        self.backupsSpin = QSpinBox(SettingsDialog)
        self.backupsSpin.setObjectName(u"backupsSpin")
        self.backupsSpin.setMinimum(1)
        self.backupsSpin.setMaximum(365)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.backupsSpin)

        self.languageLabel = QLabel(SettingsDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(SettingsDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.fontLabel = QLabel(SettingsDialog)
        self.fontLabel.setObjectName(u"fontLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.fontLabel)

        self.fontCombo = QComboBox(SettingsDialog)
        self.fontCombo.setObjectName(u"fontCombo")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.fontCombo)

        self.contrastCheck = QCheckBox(SettingsDialog)
        self.contrastCheck.setObjectName(u"contrastCheck")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.contrastCheck)


        self.dialogLayout.addLayout(self.form)

        self.message = QLabel(SettingsDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.dialogLayout.addWidget(self.message)

        self.buttons = QDialogButtonBox(SettingsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.locationLabel.setBuddy(self.locationCombo)
        self.coachLabel.setBuddy(self.coachCombo)
        self.backupsLabel.setBuddy(self.backupsSpin)
        self.languageLabel.setBuddy(self.languageCombo)
        self.fontLabel.setBuddy(self.fontCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Einstellungen", None))
        self.nameLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Ihr Name", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Ihr Name", None))
#endif // QT_CONFIG(accessibility)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"leer = Benutzername des Computers", None))
#if QT_CONFIG(tooltip)
        self.nameEdit.setToolTip(QCoreApplication.translate("SettingsDialog", u"Steht im \u00c4nderungsverlauf bei jeder Ihrer \u00c4nderungen (\u201ewer\u201c)", None))
#endif // QT_CONFIG(tooltip)
        self.locationLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Standort neuer Familien", None))
#if QT_CONFIG(accessibility)
        self.locationCombo.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Standort neuer Familien", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.locationCombo.setToolTip(QCoreApplication.translate("SettingsDialog", u"Steht schon im Dialog \u201eNeue Familie\u201c; dort l\u00e4sst er sich \u00e4ndern", None))
#endif // QT_CONFIG(tooltip)
        self.coachLabel.setText(QCoreApplication.translate("SettingsDialog", u"&JobCoach neuer Familien", None))
#if QT_CONFIG(accessibility)
        self.coachCombo.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"JobCoach neuer Familien", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.coachCombo.setToolTip(QCoreApplication.translate("SettingsDialog", u"Steht schon im Dialog \u201eNeue Familie\u201c; dort l\u00e4sst er sich \u00e4ndern", None))
#endif // QT_CONFIG(tooltip)
        self.backupsLabel.setText(QCoreApplication.translate("SettingsDialog", u"Sicherungen &behalten", None))
#if QT_CONFIG(accessibility)
        self.backupsSpin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Anzahl der automatischen Sicherungen, die bleiben", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.backupsSpin.setToolTip(QCoreApplication.translate("SettingsDialog", u"So viele automatische Sicherungen (eine je Tag, vor jedem Import \u2026) bleiben neben der Datenbank; \u00e4ltere werden gel\u00f6scht", None))
#endif // QT_CONFIG(tooltip)
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"S&prache", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Sprache der Oberfl\u00e4che", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.languageCombo.setToolTip(QCoreApplication.translate("SettingsDialog", u"Gilt sofort. Die Excel-Vorlage mit ihren Spalten und die Antworten in den Tabellen (ja, nein) bleiben deutsch, wie in den Formularen", None))
#endif // QT_CONFIG(tooltip)
        self.fontLabel.setText(QCoreApplication.translate("SettingsDialog", u"Schrift&gr\u00f6\u00dfe", None))
#if QT_CONFIG(accessibility)
        self.fontCombo.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Schriftgr\u00f6\u00dfe", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.fontCombo.setToolTip(QCoreApplication.translate("SettingsDialog", u"Gilt sofort f\u00fcr alle Fenster", None))
#endif // QT_CONFIG(tooltip)
        self.contrastCheck.setText(QCoreApplication.translate("SettingsDialog", u"Hoher &Kontrast (schwarz auf wei\u00df)", None))
#if QT_CONFIG(accessibility)
        self.contrastCheck.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Hoher Kontrast", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.contrastCheck.setToolTip(QCoreApplication.translate("SettingsDialog", u"Schwarze Schrift auf wei\u00dfem Grund, kr\u00e4ftig markierte Auswahl; gilt sofort", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Meldung", None))
#endif // QT_CONFIG(accessibility)
        self.message.setText("")
    # retranslateUi

