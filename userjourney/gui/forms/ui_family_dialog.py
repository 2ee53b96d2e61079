# Generated from ui/family_dialog.ui by `python -m tools.build_forms` — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'family_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_FamilyDialog(object):
    def setupUi(self, FamilyDialog):
        if not FamilyDialog.objectName():
            FamilyDialog.setObjectName(u"FamilyDialog")
        self.dialogLayout = QVBoxLayout(FamilyDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.codeLabel = QLabel(FamilyDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(FamilyDialog)
        self.codeEdit.setObjectName(u"codeEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.locationLabel = QLabel(FamilyDialog)
        self.locationLabel.setObjectName(u"locationLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.locationLabel)

        self.locationCombo = QComboBox(FamilyDialog)
        self.locationCombo.setObjectName(u"locationCombo")
        self.locationCombo.setEditable(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.locationCombo)

        self.coachLabel = QLabel(FamilyDialog)
        self.coachLabel.setObjectName(u"coachLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.coachLabel)

        self.coachCombo = QComboBox(FamilyDialog)
        self.coachCombo.setObjectName(u"coachCombo")
        self.coachCombo.setEditable(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.coachCombo)

        self.createdLabel = QLabel(FamilyDialog)
        self.createdLabel.setObjectName(u"createdLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.createdLabel)

        self.createdEdit = QLineEdit(FamilyDialog)
        self.createdEdit.setObjectName(u"createdEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.createdEdit)

        self.migrationLabel = QLabel(FamilyDialog)
        self.migrationLabel.setObjectName(u"migrationLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.migrationLabel)

        self.migrationCombo = QComboBox(FamilyDialog)
        self.migrationCombo.setObjectName(u"migrationCombo")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.migrationCombo)

        self.parentingLabel = QLabel(FamilyDialog)
        self.parentingLabel.setObjectName(u"parentingLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.parentingLabel)

        self.parentingCombo = QComboBox(FamilyDialog)
        self.parentingCombo.setObjectName(u"parentingCombo")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.parentingCombo)


        self.dialogLayout.addLayout(self.form)

        self.message = QLabel(FamilyDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.dialogLayout.addWidget(self.message)

        self.buttons = QDialogButtonBox(FamilyDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
        self.locationLabel.setBuddy(self.locationCombo)
        self.coachLabel.setBuddy(self.coachCombo)
        self.createdLabel.setBuddy(self.createdEdit)
        self.migrationLabel.setBuddy(self.migrationCombo)
        self.parentingLabel.setBuddy(self.parentingCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FamilyDialog)

        QMetaObject.connectSlotsByName(FamilyDialog)
    # setupUi

    def retranslateUi(self, FamilyDialog):
        FamilyDialog.setWindowTitle(QCoreApplication.translate("FamilyDialog", u"Neue Familie", None))
        self.codeLabel.setText(QCoreApplication.translate("FamilyDialog", u"&Familie: K\u00fcrzel (kein Klarname)", None))
#if QT_CONFIG(accessibility)
        self.codeEdit.setAccessibleName(QCoreApplication.translate("FamilyDialog", u"Familie: K\u00fcrzel (kein Klarname)", None))
#endif // QT_CONFIG(accessibility)
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("FamilyDialog", u"K\u00fcrzel, z. B. SCH-01", None))
#if QT_CONFIG(tooltip)
        self.codeEdit.setToolTip(QCoreApplication.translate("FamilyDialog", u"Datensparsamkeit: ein K\u00fcrzel gen\u00fcgt, um die Familie wiederzufinden (z. B. SCH-01). Kein Klarname \u2013 er k\u00e4me in die Datenbank, ihre Sicherungen und den internen Datenaustausch.", None))
#endif // QT_CONFIG(tooltip)
        self.locationLabel.setText(QCoreApplication.translate("FamilyDialog", u"&Standort", None))
#if QT_CONFIG(accessibility)
        self.locationCombo.setAccessibleName(QCoreApplication.translate("FamilyDialog", u"Standort", None))
#endif // QT_CONFIG(accessibility)
        self.coachLabel.setText(QCoreApplication.translate("FamilyDialog", u"&JobCoach (Tr\u00e4ger)", None))
#if QT_CONFIG(accessibility)
        self.coachCombo.setAccessibleName(QCoreApplication.translate("FamilyDialog", u"JobCoach", None))
#endif // QT_CONFIG(accessibility)
        self.createdLabel.setText(QCoreApplication.translate("FamilyDialog", u"&Erstelldatum", None))
#if QT_CONFIG(accessibility)
        self.createdEdit.setAccessibleName(QCoreApplication.translate("FamilyDialog", u"Erstelldatum", None))
#endif // QT_CONFIG(accessibility)
        self.createdEdit.setPlaceholderText(QCoreApplication.translate("FamilyDialog", u"TT.MM.JJJJ", None))
        self.migrationLabel.setText(QCoreApplication.translate("FamilyDialog", u"&Migrationshintergrund", None))
#if QT_CONFIG(accessibility)
        self.migrationCombo.setAccessibleName(QCoreApplication.translate("FamilyDialog", u"Migrationshintergrund", None))
#endif // QT_CONFIG(accessibility)
        self.parentingLabel.setText(QCoreApplication.translate("FamilyDialog", u"Erziehungs&status", None))
#if QT_CONFIG(accessibility)
        self.parentingCombo.setAccessibleName(QCoreApplication.translate("FamilyDialog", u"Erziehungsstatus", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("FamilyDialog", u"Meldung", None))
#endif // QT_CONFIG(accessibility)
        self.message.setText("")
    # retranslateUi

