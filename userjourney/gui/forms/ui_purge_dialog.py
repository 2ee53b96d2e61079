# Generated from ui/purge_dialog.ui by `python -m tools.build_forms` — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'purge_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_PurgeDialog(object):
    def setupUi(self, PurgeDialog):
        if not PurgeDialog.objectName():
            PurgeDialog.setObjectName(u"PurgeDialog")
        PurgeDialog.resize(640, 460)
        self.layout = QVBoxLayout(PurgeDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(PurgeDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.retentionRow = QHBoxLayout()
        self.retentionRow.setObjectName(u"retentionRow")
        self.retentionLabel = QLabel(PurgeDialog)
        self.retentionLabel.setObjectName(u"retentionLabel")

        self.retentionRow.addWidget(self.retentionLabel)

        self.retentionSpin = QSpinBox(PurgeDialog)
        self.retentionSpin.setObjectName(u"retentionSpin")
        self.retentionSpin.setMinimum(1)
        self.retentionSpin.setMaximum(50)
        self.retentionSpin.setValue(10)

        self.retentionRow.addWidget(self.retentionSpin)

        self.retentionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.retentionRow.addItem(self.retentionSpacer)


        self.layout.addLayout(self.retentionRow)

        self.candidates = QListWidget(PurgeDialog)
        self.candidates.setObjectName(u"candidates")

        self.layout.addWidget(self.candidates)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.codeLabel = QLabel(PurgeDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(PurgeDialog)
        self.codeEdit.setObjectName(u"codeEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.confirmLabel = QLabel(PurgeDialog)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.confirmLabel)

        self.confirmEdit = QLineEdit(PurgeDialog)
        self.confirmEdit.setObjectName(u"confirmEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.confirmEdit)


        self.layout.addLayout(self.form)

        self.message = QLabel(PurgeDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.spacer)

        self.purgeButton = QPushButton(PurgeDialog)
        self.purgeButton.setObjectName(u"purgeButton")
        self.purgeButton.setEnabled(False)
        self.purgeButton.setAutoDefault(False)

        self.buttons.addWidget(self.purgeButton)

        self.cancelButton = QPushButton(PurgeDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttons.addWidget(self.cancelButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.retentionLabel.setBuddy(self.retentionSpin)
        self.codeLabel.setBuddy(self.codeEdit)
        self.confirmLabel.setBuddy(self.confirmEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PurgeDialog)

        self.cancelButton.setDefault(True)


        QMetaObject.connectSlotsByName(PurgeDialog)
    # setupUi

    def retranslateUi(self, PurgeDialog):
        PurgeDialog.setWindowTitle(QCoreApplication.translate("PurgeDialog", u"Familie endg\u00fcltig l\u00f6schen", None))
        self.intro.setText(QCoreApplication.translate("PurgeDialog", u"Endg\u00fcltig l\u00f6schen (DSGVO Art. 17): die Familie, ihr ganzer Verlauf und ihre Angaben in allen Sicherungen neben der Datenbank. Es bleibt nur ein Eintrag, dass eine Familie gel\u00f6scht wurde, wann und von wem. Das l\u00e4sst sich nicht r\u00fcckg\u00e4ngig machen.", None))
        self.retentionLabel.setText(QCoreApplication.translate("PurgeDialog", u"Ohne \u00c4nderung seit &mehr als", None))
#if QT_CONFIG(accessibility)
        self.retentionSpin.setAccessibleName(QCoreApplication.translate("PurgeDialog", u"Aufbewahrungsfrist in Jahren", None))
#endif // QT_CONFIG(accessibility)
        self.retentionSpin.setSuffix(QCoreApplication.translate("PurgeDialog", u" Jahren", None))
#if QT_CONFIG(accessibility)
        self.candidates.setAccessibleName(QCoreApplication.translate("PurgeDialog", u"Familien ohne \u00c4nderung seit der Frist", None))
#endif // QT_CONFIG(accessibility)
        self.codeLabel.setText(QCoreApplication.translate("PurgeDialog", u"&Familie (K\u00fcrzel)", None))
#if QT_CONFIG(accessibility)
        self.codeEdit.setAccessibleName(QCoreApplication.translate("PurgeDialog", u"Familie (K\u00fcrzel)", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.codeEdit.setToolTip(QCoreApplication.translate("PurgeDialog", u"Auch eine schon gel\u00f6schte Familie: ihr K\u00fcrzel steht noch im Verlauf.", None))
#endif // QT_CONFIG(tooltip)
        self.confirmLabel.setText(QCoreApplication.translate("PurgeDialog", u"Zur &Best\u00e4tigung noch einmal", None))
#if QT_CONFIG(accessibility)
        self.confirmEdit.setAccessibleName(QCoreApplication.translate("PurgeDialog", u"K\u00fcrzel zur Best\u00e4tigung", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("PurgeDialog", u"Meldung", None))
#endif // QT_CONFIG(accessibility)
        self.message.setText("")
        self.purgeButton.setText(QCoreApplication.translate("PurgeDialog", u"&Endg\u00fcltig l\u00f6schen", None))
        self.cancelButton.setText(QCoreApplication.translate("PurgeDialog", u"Abbrechen", None))
    # retranslateUi

