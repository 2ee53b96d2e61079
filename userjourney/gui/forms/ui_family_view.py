# Generated from ui/family_view.ui by `python -m tools.build_forms` — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'family_view.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QVBoxLayout, QWidget)

from userjourney.gui.family.grid_view import GridView

class Ui_FamilyView(object):
    def setupUi(self, FamilyView):
        if not FamilyView.objectName():
            FamilyView.setObjectName(u"FamilyView")
        FamilyView.resize(1100, 700)
        self.viewLayout = QVBoxLayout(FamilyView)
        self.viewLayout.setObjectName(u"viewLayout")
        self.viewLayout.setContentsMargins(0, 0, 0, 0)
        self.header = QGroupBox(FamilyView)
        self.header.setObjectName(u"header")
        self.headerLayout = QGridLayout(self.header)
        self.headerLayout.setObjectName(u"headerLayout")
        self.codeLabel = QLabel(self.header)
        self.codeLabel.setObjectName(u"codeLabel")

        self.headerLayout.addWidget(self.codeLabel, 0, 0, 1, 1)

        self.codeEdit = QLineEdit(self.header)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setMinimumSize(QSize(96, 0))

        self.headerLayout.addWidget(self.codeEdit, 0, 1, 1, 1)

        self.createdLabel = QLabel(self.header)
        self.createdLabel.setObjectName(u"createdLabel")

        self.headerLayout.addWidget(self.createdLabel, 0, 2, 1, 1)

        self.createdEdit = QLineEdit(self.header)
        self.createdEdit.setObjectName(u"createdEdit")
        self.createdEdit.setMinimumSize(QSize(96, 0))

        self.headerLayout.addWidget(self.createdEdit, 0, 3, 1, 1)

        self.coachLabel = QLabel(self.header)
        self.coachLabel.setObjectName(u"coachLabel")

        self.headerLayout.addWidget(self.coachLabel, 0, 4, 1, 1)

        self.coachEdit = QLineEdit(self.header)
        self.coachEdit.setObjectName(u"coachEdit")
        self.coachEdit.setMinimumSize(QSize(130, 0))

        self.headerLayout.addWidget(self.coachEdit, 0, 5, 1, 1)

        self.updatedLabel = QLabel(self.header)
        self.updatedLabel.setObjectName(u"updatedLabel")

        self.headerLayout.addWidget(self.updatedLabel, 0, 6, 1, 1)

        self.updatedValue = QLabel(self.header)
        self.updatedValue.setObjectName(u"updatedValue")

        self.headerLayout.addWidget(self.updatedValue, 0, 7, 1, 1)

        self.locationLabel = QLabel(self.header)
        self.locationLabel.setObjectName(u"locationLabel")

        self.headerLayout.addWidget(self.locationLabel, 1, 0, 1, 1)

        self.locationEdit = QLineEdit(self.header)
        self.locationEdit.setObjectName(u"locationEdit")
        self.locationEdit.setMinimumSize(QSize(96, 0))

        self.headerLayout.addWidget(self.locationEdit, 1, 1, 1, 1)

        self.migrationLabel = QLabel(self.header)
        self.migrationLabel.setObjectName(u"migrationLabel")

        self.headerLayout.addWidget(self.migrationLabel, 1, 2, 1, 1)

        self.migrationCombo = QComboBox(self.header)
        self.migrationCombo.setObjectName(u"migrationCombo")
        self.migrationCombo.setMinimumSize(QSize(80, 0))

        self.headerLayout.addWidget(self.migrationCombo, 1, 3, 1, 1)

        self.parentingLabel = QLabel(self.header)
        self.parentingLabel.setObjectName(u"parentingLabel")

        self.headerLayout.addWidget(self.parentingLabel, 1, 4, 1, 1)

        self.parentingCombo = QComboBox(self.header)
        self.parentingCombo.setObjectName(u"parentingCombo")
        self.parentingCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.headerLayout.addWidget(self.parentingCombo, 1, 5, 1, 1)

        self.completenessLabel = QLabel(self.header)
        self.completenessLabel.setObjectName(u"completenessLabel")

        self.headerLayout.addWidget(self.completenessLabel, 1, 6, 1, 1)

        self.completenessValue = QLabel(self.header)
        self.completenessValue.setObjectName(u"completenessValue")
        self.completenessValue.setWordWrap(True)

        self.headerLayout.addWidget(self.completenessValue, 1, 7, 1, 1)

        self.headerMessage = QLabel(self.header)
        self.headerMessage.setObjectName(u"headerMessage")
        self.headerMessage.setWordWrap(True)

        self.headerLayout.addWidget(self.headerMessage, 2, 0, 1, 8)

        self.headerLayout.setColumnStretch(7, 1)

        self.viewLayout.addWidget(self.header)

        self.journeyTabs = QTabWidget(FamilyView)
        self.journeyTabs.setObjectName(u"journeyTabs")
        self.butPage = QWidget()
        self.butPage.setObjectName(u"butPage")
        self.butLayout = QVBoxLayout(self.butPage)
        self.butLayout.setObjectName(u"butLayout")
        self.butButtons = QHBoxLayout()
        self.butButtons.setObjectName(u"butButtons")
        self.addChildButton = QPushButton(self.butPage)
        self.addChildButton.setObjectName(u"addChildButton")

        self.butButtons.addWidget(self.addChildButton)

        self.removeChildButton = QPushButton(self.butPage)
        self.removeChildButton.setObjectName(u"removeChildButton")

        self.butButtons.addWidget(self.removeChildButton)

        self.butSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.butButtons.addItem(self.butSpacer)

        self.butLegend = QLabel(self.butPage)
        self.butLegend.setObjectName(u"butLegend")

        self.butButtons.addWidget(self.butLegend)


        self.butLayout.addLayout(self.butButtons)

        self.butGrid = GridView(self.butPage)
        self.butGrid.setObjectName(u"butGrid")

        self.butLayout.addWidget(self.butGrid)

        self.butFootnotes = QLabel(self.butPage)
        self.butFootnotes.setObjectName(u"butFootnotes")
        self.butFootnotes.setWordWrap(True)
        self.butFootnotes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.butLayout.addWidget(self.butFootnotes)

        self.journeyTabs.addTab(self.butPage, "")
        self.minijobPage = QWidget()
        self.minijobPage.setObjectName(u"minijobPage")
        self.minijobLayout = QVBoxLayout(self.minijobPage)
        self.minijobLayout.setObjectName(u"minijobLayout")
        self.minijobButtons = QHBoxLayout()
        self.minijobButtons.setObjectName(u"minijobButtons")
        self.addPersonButton = QPushButton(self.minijobPage)
        self.addPersonButton.setObjectName(u"addPersonButton")

        self.minijobButtons.addWidget(self.addPersonButton)

        self.removePersonButton = QPushButton(self.minijobPage)
        self.removePersonButton.setObjectName(u"removePersonButton")

        self.minijobButtons.addWidget(self.removePersonButton)

        self.minijobSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.minijobButtons.addItem(self.minijobSpacer)


        self.minijobLayout.addLayout(self.minijobButtons)

        self.levelLegend = QLabel(self.minijobPage)
        self.levelLegend.setObjectName(u"levelLegend")

        self.minijobLayout.addWidget(self.levelLegend)

        self.minijobGrid = GridView(self.minijobPage)
        self.minijobGrid.setObjectName(u"minijobGrid")

        self.minijobLayout.addWidget(self.minijobGrid)

        self.minijobFootnotes = QLabel(self.minijobPage)
        self.minijobFootnotes.setObjectName(u"minijobFootnotes")
        self.minijobFootnotes.setWordWrap(True)
        self.minijobFootnotes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.minijobLayout.addWidget(self.minijobFootnotes)

        self.journeyTabs.addTab(self.minijobPage, "")

        self.viewLayout.addWidget(self.journeyTabs)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
        self.createdLabel.setBuddy(self.createdEdit)
        self.coachLabel.setBuddy(self.coachEdit)
        self.locationLabel.setBuddy(self.locationEdit)
        self.migrationLabel.setBuddy(self.migrationCombo)
        self.parentingLabel.setBuddy(self.parentingCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FamilyView)

        self.journeyTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(FamilyView)
    # setupUi

    def retranslateUi(self, FamilyView):
        self.header.setTitle(QCoreApplication.translate("FamilyView", u"Familie", None))
        self.codeLabel.setText(QCoreApplication.translate("FamilyView", u"Familie", None))
#if QT_CONFIG(accessibility)
        self.codeEdit.setAccessibleName(QCoreApplication.translate("FamilyView", u"Familie: K\u00fcrzel (kein Klarname)", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.codeEdit.setToolTip(QCoreApplication.translate("FamilyView", u"Datensparsamkeit: ein K\u00fcrzel gen\u00fcgt, um die Familie wiederzufinden (z. B. SCH-01). Kein Klarname \u2013 er k\u00e4me in die Datenbank, ihre Sicherungen und den internen Datenaustausch.", None))
#endif // QT_CONFIG(tooltip)
        self.createdLabel.setText(QCoreApplication.translate("FamilyView", u"Erstelldatum", None))
#if QT_CONFIG(accessibility)
        self.createdEdit.setAccessibleName(QCoreApplication.translate("FamilyView", u"Erstelldatum", None))
#endif // QT_CONFIG(accessibility)
        self.createdEdit.setPlaceholderText(QCoreApplication.translate("FamilyView", u"TT.MM.JJJJ", None))
        self.coachLabel.setText(QCoreApplication.translate("FamilyView", u"JobCoach (Tr\u00e4ger)", None))
#if QT_CONFIG(accessibility)
        self.coachEdit.setAccessibleName(QCoreApplication.translate("FamilyView", u"JobCoach", None))
#endif // QT_CONFIG(accessibility)
        self.updatedLabel.setText(QCoreApplication.translate("FamilyView", u"Letzte Bearbeitung", None))
#if QT_CONFIG(accessibility)
        self.updatedValue.setAccessibleName(QCoreApplication.translate("FamilyView", u"Letzte Bearbeitung", None))
#endif // QT_CONFIG(accessibility)
        self.updatedValue.setText("")
        self.locationLabel.setText(QCoreApplication.translate("FamilyView", u"Standort", None))
#if QT_CONFIG(accessibility)
        self.locationEdit.setAccessibleName(QCoreApplication.translate("FamilyView", u"Standort", None))
#endif // QT_CONFIG(accessibility)
        self.migrationLabel.setText(QCoreApplication.translate("FamilyView", u"Migrationshintergrund", None))
#if QT_CONFIG(accessibility)
        self.migrationCombo.setAccessibleName(QCoreApplication.translate("FamilyView", u"Migrationshintergrund", None))
#endif // QT_CONFIG(accessibility)
        self.parentingLabel.setText(QCoreApplication.translate("FamilyView", u"Erziehungsstatus", None))
#if QT_CONFIG(accessibility)
        self.parentingCombo.setAccessibleName(QCoreApplication.translate("FamilyView", u"Erziehungsstatus", None))
#endif // QT_CONFIG(accessibility)
        self.completenessLabel.setText(QCoreApplication.translate("FamilyView", u"Vollst\u00e4ndig", None))
#if QT_CONFIG(accessibility)
        self.completenessValue.setAccessibleName(QCoreApplication.translate("FamilyView", u"Vollst\u00e4ndigkeit", None))
#endif // QT_CONFIG(accessibility)
        self.completenessValue.setText("")
#if QT_CONFIG(accessibility)
        self.headerMessage.setAccessibleName(QCoreApplication.translate("FamilyView", u"Meldung zu den Familienangaben", None))
#endif // QT_CONFIG(accessibility)
        self.headerMessage.setText("")
#if QT_CONFIG(accessibility)
        self.journeyTabs.setAccessibleName(QCoreApplication.translate("FamilyView", u"User Journeys", None))
#endif // QT_CONFIG(accessibility)
        self.addChildButton.setText(QCoreApplication.translate("FamilyView", u"Kind hinzuf\u00fcgen \u2026", None))
        self.removeChildButton.setText(QCoreApplication.translate("FamilyView", u"Kind entfernen \u2026", None))
        self.butLegend.setText(QCoreApplication.translate("FamilyView", u"Tasten: j = ja \u00b7 n = nein \u00b7 Entf = leer \u00b7 (ja) = erg\u00e4nzt, weil ein sp\u00e4terer Schritt ja ist", None))
#if QT_CONFIG(accessibility)
        self.butGrid.setAccessibleName(QCoreApplication.translate("FamilyView", u"User Journey BuT", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.butFootnotes.setAccessibleName(QCoreApplication.translate("FamilyView", u"Gr\u00fcnde (Fu\u00dfnoten)", None))
#endif // QT_CONFIG(accessibility)
        self.butFootnotes.setText("")
        self.journeyTabs.setTabText(self.journeyTabs.indexOf(self.butPage), QCoreApplication.translate("FamilyView", u"BuT", None))
        self.addPersonButton.setText(QCoreApplication.translate("FamilyView", u"Person hinzuf\u00fcgen \u2026", None))
        self.removePersonButton.setText(QCoreApplication.translate("FamilyView", u"Person entfernen \u2026", None))
#if QT_CONFIG(accessibility)
        self.levelLegend.setAccessibleName(QCoreApplication.translate("FamilyView", u"Legende der Stufen", None))
#endif // QT_CONFIG(accessibility)
        self.levelLegend.setText("")
#if QT_CONFIG(accessibility)
        self.minijobGrid.setAccessibleName(QCoreApplication.translate("FamilyView", u"User Journey Minijobs", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.minijobFootnotes.setAccessibleName(QCoreApplication.translate("FamilyView", u"Anmerkungen (Fu\u00dfnoten)", None))
#endif // QT_CONFIG(accessibility)
        self.minijobFootnotes.setText("")
        self.journeyTabs.setTabText(self.journeyTabs.indexOf(self.minijobPage), QCoreApplication.translate("FamilyView", u"Minijobs", None))
        pass
    # retranslateUi

