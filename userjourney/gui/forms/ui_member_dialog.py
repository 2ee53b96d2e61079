# Generated from ui/member_dialog.ui by `python -m tools.build_forms` — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'member_dialog.ui'
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

class Ui_MemberDialog(object):
    def setupUi(self, MemberDialog):
        if not MemberDialog.objectName():
            MemberDialog.setObjectName(u"MemberDialog")
        self.dialogLayout = QVBoxLayout(MemberDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(MemberDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(MemberDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.ageLabel = QLabel(MemberDialog)
        self.ageLabel.setObjectName(u"ageLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.ageLabel)

        self.ageEdit = QLineEdit(MemberDialog)
        self.ageEdit.setObjectName(u"ageEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.ageEdit)

        self.facilityLabel = QLabel(MemberDialog)
        self.facilityLabel.setObjectName(u"facilityLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.facilityLabel)

        self.facilityCombo = QComboBox(MemberDialog)
        self.facilityCombo.setObjectName(u"facilityCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.facilityCombo)


        self.dialogLayout.addLayout(self.form)

        self.message = QLabel(MemberDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.dialogLayout.addWidget(self.message)

        self.buttons = QDialogButtonBox(MemberDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.ageLabel.setBuddy(self.ageEdit)
        self.facilityLabel.setBuddy(self.facilityCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MemberDialog)

        QMetaObject.connectSlotsByName(MemberDialog)
    # setupUi

    def retranslateUi(self, MemberDialog):
        MemberDialog.setWindowTitle(QCoreApplication.translate("MemberDialog", u"Kind hinzuf\u00fcgen", None))
        self.nameLabel.setText(QCoreApplication.translate("MemberDialog", u"&K\u00fcrzel oder Vorname", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("MemberDialog", u"K\u00fcrzel oder Vorname", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.nameEdit.setToolTip(QCoreApplication.translate("MemberDialog", u"Datensparsamkeit: ein K\u00fcrzel oder der Vorname gen\u00fcgt, um die Person in der Familie wiederzufinden. Kein Nachname, keine Anschrift \u2013 diese Daten verlassen den Laptop in keinem Bericht, aber sie liegen in der Datenbank und ihren Sicherungen.", None))
#endif // QT_CONFIG(tooltip)
        self.ageLabel.setText(QCoreApplication.translate("MemberDialog", u"&Alter", None))
#if QT_CONFIG(accessibility)
        self.ageEdit.setAccessibleName(QCoreApplication.translate("MemberDialog", u"Alter in Jahren", None))
#endif // QT_CONFIG(accessibility)
        self.ageEdit.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"Jahre", None))
        self.facilityLabel.setText(QCoreApplication.translate("MemberDialog", u"&Einrichtung", None))
#if QT_CONFIG(accessibility)
        self.facilityCombo.setAccessibleName(QCoreApplication.translate("MemberDialog", u"Einrichtung", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("MemberDialog", u"Meldung", None))
#endif // QT_CONFIG(accessibility)
        self.message.setText("")
    # retranslateUi

