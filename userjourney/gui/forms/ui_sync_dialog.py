# Generated from ui/sync_dialog.ui by `python -m tools.build_forms` — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_SyncDialog(object):
    def setupUi(self, SyncDialog):
        if not SyncDialog.objectName():
            SyncDialog.setObjectName(u"SyncDialog")
        SyncDialog.resize(720, 460)
        self.layout = QVBoxLayout(SyncDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(SyncDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.otherRow = QHBoxLayout()
        self.otherRow.setObjectName(u"otherRow")
        self.otherLabel = QLabel(SyncDialog)
        self.otherLabel.setObjectName(u"otherLabel")

        self.otherRow.addWidget(self.otherLabel)

        self.otherEdit = QLineEdit(SyncDialog)
        self.otherEdit.setObjectName(u"otherEdit")

        self.otherRow.addWidget(self.otherEdit)

        self.chooseButton = QPushButton(SyncDialog)
        self.chooseButton.setObjectName(u"chooseButton")
        self.chooseButton.setAutoDefault(False)

        self.otherRow.addWidget(self.chooseButton)


        self.layout.addLayout(self.otherRow)

        self.previewLabel = QLabel(SyncDialog)
        self.previewLabel.setObjectName(u"previewLabel")

        self.layout.addWidget(self.previewLabel)

        self.preview = QPlainTextEdit(SyncDialog)
        self.preview.setObjectName(u"preview")
        self.preview.setReadOnly(True)

        self.layout.addWidget(self.preview)

        self.progress = QProgressBar(SyncDialog)
        self.progress.setObjectName(u"progress")
        self.progress.setMaximum(0)
        self.progress.setVisible(False)

        self.layout.addWidget(self.progress)

        self.message = QLabel(SyncDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.previewButton = QPushButton(SyncDialog)
        self.previewButton.setObjectName(u"previewButton")
        self.previewButton.setAutoDefault(False)

        self.buttons.addWidget(self.previewButton)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.spacer)

        self.syncButton = QPushButton(SyncDialog)
        self.syncButton.setObjectName(u"syncButton")

        self.buttons.addWidget(self.syncButton)

        self.closeButton = QPushButton(SyncDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttons.addWidget(self.closeButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.otherLabel.setBuddy(self.otherEdit)
        self.previewLabel.setBuddy(self.preview)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SyncDialog)

        self.syncButton.setDefault(True)


        QMetaObject.connectSlotsByName(SyncDialog)
    # setupUi

    def retranslateUi(self, SyncDialog):
        SyncDialog.setWindowTitle(QCoreApplication.translate("SyncDialog", u"Abgleichen", None))
        self.intro.setText(QCoreApplication.translate("SyncDialog", u"Gleicht diese Datenbank mit einer anderen ab \u2013 einer Datei (USB-Stick, Netzlaufwerk, der Laptop einer Kollegin) oder dem Server des B\u00fcros \u2013 in beide Richtungen. Was nur eine Seite ge\u00e4ndert hat, wird \u00fcbernommen; was beide verschieden ge\u00e4ndert haben, bleibt als Konflikt stehen, bis jemand entscheidet. Nichts geht verloren.", None))
        self.otherLabel.setText(QCoreApplication.translate("SyncDialog", u"&Andere Datenbank:", None))
#if QT_CONFIG(accessibility)
        self.otherEdit.setAccessibleName(QCoreApplication.translate("SyncDialog", u"Andere Datenbank", None))
#endif // QT_CONFIG(accessibility)
        self.otherEdit.setPlaceholderText(QCoreApplication.translate("SyncDialog", u"Datei (.sqlite) oder Server-URL", None))
        self.chooseButton.setText(QCoreApplication.translate("SyncDialog", u"Datei &w\u00e4hlen \u2026", None))
        self.previewLabel.setText(QCoreApplication.translate("SyncDialog", u"&Vorschau: was herein- und was hinausgeht, welche Konflikte neu entstehen", None))
#if QT_CONFIG(accessibility)
        self.preview.setAccessibleName(QCoreApplication.translate("SyncDialog", u"Vorschau", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progress.setAccessibleName(QCoreApplication.translate("SyncDialog", u"Fortschritt", None))
#endif // QT_CONFIG(accessibility)
        self.previewButton.setText(QCoreApplication.translate("SyncDialog", u"V&orschau zeigen", None))
        self.syncButton.setText(QCoreApplication.translate("SyncDialog", u"A&bgleichen", None))
        self.closeButton.setText(QCoreApplication.translate("SyncDialog", u"Schlie\u00dfen", None))
    # retranslateUi

