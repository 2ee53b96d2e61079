# Generated from ui/export_dialog.ui by `python -m tools.build_forms` — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.resize(620, 330)
        self.layout = QVBoxLayout(ExportDialog)
        self.layout.setObjectName(u"layout")
        self.descriptionLabel = QLabel(ExportDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setWordWrap(True)

        self.layout.addWidget(self.descriptionLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.fileLabel = QLabel(ExportDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileEdit = QLineEdit(ExportDialog)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileRow.addWidget(self.fileEdit)

        self.chooseButton = QPushButton(ExportDialog)
        self.chooseButton.setObjectName(u"chooseButton")

        self.fileRow.addWidget(self.chooseButton)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.fileRow)

        self.locationLabel = QLabel(ExportDialog)
        self.locationLabel.setObjectName(u"locationLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.locationLabel)

        self.locationCombo = QComboBox(ExportDialog)
        self.locationCombo.setObjectName(u"locationCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.locationCombo)

        self.coachLabel = QLabel(ExportDialog)
        self.coachLabel.setObjectName(u"coachLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.coachLabel)

        self.coachCombo = QComboBox(ExportDialog)
        self.coachCombo.setObjectName(u"coachCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.coachCombo)

        self.parentingLabel = QLabel(ExportDialog)
        self.parentingLabel.setObjectName(u"parentingLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.parentingLabel)

        self.parentingCombo = QComboBox(ExportDialog)
        self.parentingCombo.setObjectName(u"parentingCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.parentingCombo)

        self.migrationLabel = QLabel(ExportDialog)
        self.migrationLabel.setObjectName(u"migrationLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.migrationLabel)

        self.migrationCombo = QComboBox(ExportDialog)
        self.migrationCombo.setObjectName(u"migrationCombo")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.migrationCombo)

        self.periodLabel = QLabel(ExportDialog)
        self.periodLabel.setObjectName(u"periodLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.periodLabel)

        self.periodRow = QHBoxLayout()
        self.periodRow.setObjectName(u"periodRow")
        self.fromEdit = QLineEdit(ExportDialog)
        self.fromEdit.setObjectName(u"fromEdit")

        self.periodRow.addWidget(self.fromEdit)

        self.toEdit = QLineEdit(ExportDialog)
        self.toEdit.setObjectName(u"toEdit")

        self.periodRow.addWidget(self.toEdit)


        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.periodRow)

        self.standLabel = QLabel(ExportDialog)
        self.standLabel.setObjectName(u"standLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.standLabel)

        self.standEdit = QLineEdit(ExportDialog)
        self.standEdit.setObjectName(u"standEdit")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.standEdit)

        self.asOfLabel = QLabel(ExportDialog)
        self.asOfLabel.setObjectName(u"asOfLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.asOfLabel)

        self.asOfEdit = QLineEdit(ExportDialog)
        self.asOfEdit.setObjectName(u"asOfEdit")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.asOfEdit)

        self.minCellLabel = QLabel(ExportDialog)
        self.minCellLabel.setObjectName(u"minCellLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.minCellLabel)

        self.minCellSpin = QSpinBox(ExportDialog)
        self.minCellSpin.setObjectName(u"minCellSpin")
        self.minCellSpin.setMinimum(1)
        self.minCellSpin.setMaximum(99)
        self.minCellSpin.setValue(3)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.minCellSpin)


        self.layout.addLayout(self.form)

        self.progress = QProgressBar(ExportDialog)
        self.progress.setObjectName(u"progress")
        self.progress.setValue(0)

        self.layout.addWidget(self.progress)

        self.message = QLabel(ExportDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.spacer)

        self.exportButton = QPushButton(ExportDialog)
        self.exportButton.setObjectName(u"exportButton")

        self.buttons.addWidget(self.exportButton)

        self.closeButton = QPushButton(ExportDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttons.addWidget(self.closeButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.fileEdit)
        self.locationLabel.setBuddy(self.locationCombo)
        self.coachLabel.setBuddy(self.coachCombo)
        self.parentingLabel.setBuddy(self.parentingCombo)
        self.migrationLabel.setBuddy(self.migrationCombo)
        self.periodLabel.setBuddy(self.fromEdit)
        self.standLabel.setBuddy(self.standEdit)
        self.asOfLabel.setBuddy(self.asOfEdit)
        self.minCellLabel.setBuddy(self.minCellSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExportDialog)

        self.exportButton.setDefault(True)


        QMetaObject.connectSlotsByName(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Auswertung exportieren", None))
#if QT_CONFIG(accessibility)
        self.descriptionLabel.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Inhalt", None))
#endif // QT_CONFIG(accessibility)
        self.descriptionLabel.setText("")
        self.fileLabel.setText(QCoreApplication.translate("ExportDialog", u"&Datei", None))
#if QT_CONFIG(accessibility)
        self.fileEdit.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Datei", None))
#endif // QT_CONFIG(accessibility)
        self.chooseButton.setText(QCoreApplication.translate("ExportDialog", u"W\u00e4hlen \u2026", None))
        self.locationLabel.setText(QCoreApplication.translate("ExportDialog", u"&Standort", None))
#if QT_CONFIG(accessibility)
        self.locationCombo.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Standort", None))
#endif // QT_CONFIG(accessibility)
        self.coachLabel.setText(QCoreApplication.translate("ExportDialog", u"&JobCoach", None))
#if QT_CONFIG(accessibility)
        self.coachCombo.setAccessibleName(QCoreApplication.translate("ExportDialog", u"JobCoach", None))
#endif // QT_CONFIG(accessibility)
        self.parentingLabel.setText(QCoreApplication.translate("ExportDialog", u"E&rziehungsstatus", None))
#if QT_CONFIG(accessibility)
        self.parentingCombo.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Erziehungsstatus", None))
#endif // QT_CONFIG(accessibility)
        self.migrationLabel.setText(QCoreApplication.translate("ExportDialog", u"&Migrationshintergrund", None))
#if QT_CONFIG(accessibility)
        self.migrationCombo.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Migrationshintergrund", None))
#endif // QT_CONFIG(accessibility)
        self.periodLabel.setText(QCoreApplication.translate("ExportDialog", u"Antr\u00e4ge &von / bis", None))
#if QT_CONFIG(accessibility)
        self.fromEdit.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Antr\u00e4ge von", None))
#endif // QT_CONFIG(accessibility)
        self.fromEdit.setPlaceholderText(QCoreApplication.translate("ExportDialog", u"TT.MM.JJJJ", None))
#if QT_CONFIG(accessibility)
        self.toEdit.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Antr\u00e4ge bis", None))
#endif // QT_CONFIG(accessibility)
        self.toEdit.setPlaceholderText(QCoreApplication.translate("ExportDialog", u"TT.MM.JJJJ", None))
        self.standLabel.setText(QCoreApplication.translate("ExportDialog", u"S&tichtag", None))
#if QT_CONFIG(accessibility)
        self.standEdit.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Stichtag", None))
#endif // QT_CONFIG(accessibility)
        self.standEdit.setPlaceholderText(QCoreApplication.translate("ExportDialog", u"heute", None))
#if QT_CONFIG(tooltip)
        self.standEdit.setToolTip(QCoreApplication.translate("ExportDialog", u"Stichtag f\u00fcr \u201enachhaltig\u201c (Minijob seit drei Monaten); leer = heute, oder der Tag des Datenstands", None))
#endif // QT_CONFIG(tooltip)
        self.asOfLabel.setText(QCoreApplication.translate("ExportDialog", u"Date&nstand", None))
#if QT_CONFIG(accessibility)
        self.asOfEdit.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Datenstand", None))
#endif // QT_CONFIG(accessibility)
        self.asOfEdit.setPlaceholderText(QCoreApplication.translate("ExportDialog", u"aktuell", None))
#if QT_CONFIG(tooltip)
        self.asOfEdit.setToolTip(QCoreApplication.translate("ExportDialog", u"Die Daten, wie sie zu diesem Zeitpunkt waren: TT.MM.JJJJ (das Ende des Tages) oder TT.MM.JJJJ HH:MM; leer = aktuell. \u00c4nderungen danach z\u00e4hlen nicht.", None))
#endif // QT_CONFIG(tooltip)
        self.minCellLabel.setText(QCoreApplication.translate("ExportDialog", u"Mindest&fallzahl", None))
#if QT_CONFIG(accessibility)
        self.minCellSpin.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Mindestfallzahl", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.minCellSpin.setToolTip(QCoreApplication.translate("ExportDialog", u"Werte von 1 bis eins unter dieser Zahl erscheinen als \u2022, ebenso alles, woraus sie sich errechnen lie\u00dfen. Die Statistik der Bundesagentur f\u00fcr Arbeit blendet 1 und 2 aus: Mindestfallzahl 3.", None))
#endif // QT_CONFIG(tooltip)
        self.minCellSpin.setSpecialValueText(QCoreApplication.translate("ExportDialog", u"keine (alle Werte zeigen)", None))
#if QT_CONFIG(accessibility)
        self.progress.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Fortschritt", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Meldung", None))
#endif // QT_CONFIG(accessibility)
        self.message.setText("")
        self.exportButton.setText(QCoreApplication.translate("ExportDialog", u"&Exportieren", None))
        self.closeButton.setText(QCoreApplication.translate("ExportDialog", u"Abbrechen", None))
    # retranslateUi

