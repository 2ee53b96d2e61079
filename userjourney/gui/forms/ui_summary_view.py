# Generated from ui/summary_view.ui by `python -m tools.build_forms` — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'summary_view.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QAbstractScrollArea, QApplication, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QSizePolicy,
    QSpacerItem, QSplitter, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

from userjourney.gui.summary.charts import (FigureCard, LevelsChart)
from userjourney.gui.widgets.date_edit import DateLineEdit

class Ui_SummaryView(object):
    def setupUi(self, SummaryView):
        if not SummaryView.objectName():
            SummaryView.setObjectName(u"SummaryView")
        SummaryView.resize(1400, 820)
        self.viewLayout = QVBoxLayout(SummaryView)
        self.viewLayout.setObjectName(u"viewLayout")
        self.viewLayout.setContentsMargins(0, 6, 0, 0)
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.locationLabel = QLabel(SummaryView)
        self.locationLabel.setObjectName(u"locationLabel")

        self.filterLayout.addWidget(self.locationLabel)

        self.locationCombo = QComboBox(SummaryView)
        self.locationCombo.setObjectName(u"locationCombo")
        self.locationCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.locationCombo)

        self.coachLabel = QLabel(SummaryView)
        self.coachLabel.setObjectName(u"coachLabel")

        self.filterLayout.addWidget(self.coachLabel)

        self.coachCombo = QComboBox(SummaryView)
        self.coachCombo.setObjectName(u"coachCombo")
        self.coachCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.coachCombo)

        self.parentingLabel = QLabel(SummaryView)
        self.parentingLabel.setObjectName(u"parentingLabel")

        self.filterLayout.addWidget(self.parentingLabel)

        self.parentingCombo = QComboBox(SummaryView)
        self.parentingCombo.setObjectName(u"parentingCombo")
        self.parentingCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.parentingCombo)

        self.migrationLabel = QLabel(SummaryView)
        self.migrationLabel.setObjectName(u"migrationLabel")

        self.filterLayout.addWidget(self.migrationLabel)

        self.migrationCombo = QComboBox(SummaryView)
        self.migrationCombo.setObjectName(u"migrationCombo")
        self.migrationCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.migrationCombo)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)


        self.viewLayout.addLayout(self.filterLayout)

        self.dateLayout = QHBoxLayout()
        self.dateLayout.setObjectName(u"dateLayout")
        self.periodLabel = QLabel(SummaryView)
        self.periodLabel.setObjectName(u"periodLabel")

        self.dateLayout.addWidget(self.periodLabel)

        self.periodFromEdit = DateLineEdit(SummaryView)
        self.periodFromEdit.setObjectName(u"periodFromEdit")
        self.periodFromEdit.setMinimumSize(QSize(115, 0))

        self.dateLayout.addWidget(self.periodFromEdit)

        self.periodToLabel = QLabel(SummaryView)
        self.periodToLabel.setObjectName(u"periodToLabel")

        self.dateLayout.addWidget(self.periodToLabel)

        self.periodToEdit = DateLineEdit(SummaryView)
        self.periodToEdit.setObjectName(u"periodToEdit")
        self.periodToEdit.setMinimumSize(QSize(115, 0))

        self.dateLayout.addWidget(self.periodToEdit)

        self.standLabel = QLabel(SummaryView)
        self.standLabel.setObjectName(u"standLabel")

        self.dateLayout.addWidget(self.standLabel)

        self.standEdit = DateLineEdit(SummaryView)
        self.standEdit.setObjectName(u"standEdit")
        self.standEdit.setMinimumSize(QSize(115, 0))

        self.dateLayout.addWidget(self.standEdit)

        self.asOfLabel = QLabel(SummaryView)
        self.asOfLabel.setObjectName(u"asOfLabel")

        self.dateLayout.addWidget(self.asOfLabel)

        self.asOfEdit = DateLineEdit(SummaryView)
        self.asOfEdit.setObjectName(u"asOfEdit")
        self.asOfEdit.setMinimumSize(QSize(150, 0))

        self.dateLayout.addWidget(self.asOfEdit)

        self.dateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dateLayout.addItem(self.dateSpacer)

        self.statusLabel = QLabel(SummaryView)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy)

        self.dateLayout.addWidget(self.statusLabel)


        self.viewLayout.addLayout(self.dateLayout)

        self.filterMessage = QLabel(SummaryView)
        self.filterMessage.setObjectName(u"filterMessage")
        self.filterMessage.setWordWrap(True)

        self.viewLayout.addWidget(self.filterMessage)

        self.headlineLayout = QHBoxLayout()
        self.headlineLayout.setObjectName(u"headlineLayout")
        self.familiesCard = FigureCard(SummaryView)
        self.familiesCard.setObjectName(u"familiesCard")
        self.familiesCard.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.headlineLayout.addWidget(self.familiesCard)

        self.childrenCard = FigureCard(SummaryView)
        self.childrenCard.setObjectName(u"childrenCard")

        self.headlineLayout.addWidget(self.childrenCard)

        self.migrationCard = FigureCard(SummaryView)
        self.migrationCard.setObjectName(u"migrationCard")

        self.headlineLayout.addWidget(self.migrationCard)

        self.singleParentCard = FigureCard(SummaryView)
        self.singleParentCard.setObjectName(u"singleParentCard")

        self.headlineLayout.addWidget(self.singleParentCard)

        self.headlineSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headlineLayout.addItem(self.headlineSpacer)


        self.viewLayout.addLayout(self.headlineLayout)

        self.splitter = QSplitter(SummaryView)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.areaTabs = QTabWidget(self.splitter)
        self.areaTabs.setObjectName(u"areaTabs")
        self.minijobPage = QWidget()
        self.minijobPage.setObjectName(u"minijobPage")
        self.minijobLayout = QHBoxLayout(self.minijobPage)
        self.minijobLayout.setObjectName(u"minijobLayout")
        self.minijobTables = QVBoxLayout()
        self.minijobTables.setObjectName(u"minijobTables")
        self.supportTitle = QLabel(self.minijobPage)
        self.supportTitle.setObjectName(u"supportTitle")

        self.minijobTables.addWidget(self.supportTitle)

        self.supportTable = QTableView(self.minijobPage)
        self.supportTable.setObjectName(u"supportTable")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.supportTable.sizePolicy().hasHeightForWidth())
        self.supportTable.setSizePolicy(sizePolicy1)
        self.supportTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.supportTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.supportTable.setTabKeyNavigation(False)
        self.supportTable.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)

        self.minijobTables.addWidget(self.supportTable)

        self.supportLegend = QLabel(self.minijobPage)
        self.supportLegend.setObjectName(u"supportLegend")
        self.supportLegend.setWordWrap(True)

        self.minijobTables.addWidget(self.supportLegend)

        self.minijobFiguresTitle = QLabel(self.minijobPage)
        self.minijobFiguresTitle.setObjectName(u"minijobFiguresTitle")

        self.minijobTables.addWidget(self.minijobFiguresTitle)

        self.minijobFigures = QTableView(self.minijobPage)
        self.minijobFigures.setObjectName(u"minijobFigures")
        sizePolicy1.setHeightForWidth(self.minijobFigures.sizePolicy().hasHeightForWidth())
        self.minijobFigures.setSizePolicy(sizePolicy1)
        self.minijobFigures.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.minijobFigures.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.minijobFigures.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.minijobFigures.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.minijobFigures.setTabKeyNavigation(False)

        self.minijobTables.addWidget(self.minijobFigures)

        self.minijobSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.minijobTables.addItem(self.minijobSpacer)


        self.minijobLayout.addLayout(self.minijobTables)

        self.levelsChart = LevelsChart(self.minijobPage)
        self.levelsChart.setObjectName(u"levelsChart")

        self.minijobLayout.addWidget(self.levelsChart)

        self.minijobLayout.setStretch(0, 2)
        self.minijobLayout.setStretch(1, 3)
        self.areaTabs.addTab(self.minijobPage, "")
        self.splitter.addWidget(self.areaTabs)
        self.drillPanel = QWidget(self.splitter)
        self.drillPanel.setObjectName(u"drillPanel")
        self.drillLayout = QVBoxLayout(self.drillPanel)
        self.drillLayout.setObjectName(u"drillLayout")
        self.drillLayout.setContentsMargins(6, 0, 0, 0)
        self.drillTitle = QLabel(self.drillPanel)
        self.drillTitle.setObjectName(u"drillTitle")
        self.drillTitle.setWordWrap(True)

        self.drillLayout.addWidget(self.drillTitle)

        self.drillTable = QTableView(self.drillPanel)
        self.drillTable.setObjectName(u"drillTable")
        self.drillTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.drillTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.drillTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.drillTable.setTabKeyNavigation(False)
        self.drillTable.setAlternatingRowColors(True)
        self.drillTable.horizontalHeader().setStretchLastSection(True)
        self.drillTable.verticalHeader().setVisible(False)

        self.drillLayout.addWidget(self.drillTable)

        self.drillHint = QLabel(self.drillPanel)
        self.drillHint.setObjectName(u"drillHint")
        self.drillHint.setWordWrap(True)

        self.drillLayout.addWidget(self.drillHint)

        self.splitter.addWidget(self.drillPanel)

        self.viewLayout.addWidget(self.splitter)

        self.viewLayout.setStretch(4, 1)
#if QT_CONFIG(shortcut)
        self.locationLabel.setBuddy(self.locationCombo)
        self.coachLabel.setBuddy(self.coachCombo)
        self.parentingLabel.setBuddy(self.parentingCombo)
        self.migrationLabel.setBuddy(self.migrationCombo)
        self.periodLabel.setBuddy(self.periodFromEdit)
        self.periodToLabel.setBuddy(self.periodToEdit)
        self.standLabel.setBuddy(self.standEdit)
        self.asOfLabel.setBuddy(self.asOfEdit)
        self.supportTitle.setBuddy(self.supportTable)
        self.minijobFiguresTitle.setBuddy(self.minijobFigures)
        self.drillTitle.setBuddy(self.drillTable)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.locationCombo, self.coachCombo)
        QWidget.setTabOrder(self.coachCombo, self.parentingCombo)
        QWidget.setTabOrder(self.parentingCombo, self.migrationCombo)
        QWidget.setTabOrder(self.migrationCombo, self.periodFromEdit)
        QWidget.setTabOrder(self.periodFromEdit, self.periodToEdit)
        QWidget.setTabOrder(self.periodToEdit, self.standEdit)
        QWidget.setTabOrder(self.standEdit, self.asOfEdit)
        QWidget.setTabOrder(self.asOfEdit, self.childrenCard)
        QWidget.setTabOrder(self.childrenCard, self.migrationCard)
        QWidget.setTabOrder(self.migrationCard, self.singleParentCard)
        QWidget.setTabOrder(self.singleParentCard, self.areaTabs)
        QWidget.setTabOrder(self.areaTabs, self.drillTable)

        self.retranslateUi(SummaryView)

        self.areaTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(SummaryView)
    # setupUi

    def retranslateUi(self, SummaryView):
        self.locationLabel.setText(QCoreApplication.translate("SummaryView", u"&Standort", None))
#if QT_CONFIG(accessibility)
        self.locationCombo.setAccessibleName(QCoreApplication.translate("SummaryView", u"Auswertung: Standort", None))
#endif // QT_CONFIG(accessibility)
        self.coachLabel.setText(QCoreApplication.translate("SummaryView", u"&JobCoach", None))
#if QT_CONFIG(accessibility)
        self.coachCombo.setAccessibleName(QCoreApplication.translate("SummaryView", u"Auswertung: JobCoach", None))
#endif // QT_CONFIG(accessibility)
        self.parentingLabel.setText(QCoreApplication.translate("SummaryView", u"&Erziehungsstatus", None))
#if QT_CONFIG(accessibility)
        self.parentingCombo.setAccessibleName(QCoreApplication.translate("SummaryView", u"Auswertung: Erziehungsstatus", None))
#endif // QT_CONFIG(accessibility)
        self.migrationLabel.setText(QCoreApplication.translate("SummaryView", u"&Migrationshintergrund", None))
#if QT_CONFIG(accessibility)
        self.migrationCombo.setAccessibleName(QCoreApplication.translate("SummaryView", u"Auswertung: Migrationshintergrund", None))
#endif // QT_CONFIG(accessibility)
        self.periodLabel.setText(QCoreApplication.translate("SummaryView", u"&Antr\u00e4ge vom", None))
#if QT_CONFIG(accessibility)
        self.periodFromEdit.setAccessibleName(QCoreApplication.translate("SummaryView", u"Zeitraum der Antr\u00e4ge von", None))
#endif // QT_CONFIG(accessibility)
        self.periodFromEdit.setPlaceholderText(QCoreApplication.translate("SummaryView", u"TT.MM.JJJJ", None))
#if QT_CONFIG(tooltip)
        self.periodFromEdit.setToolTip(QCoreApplication.translate("SummaryView", u"Nur Antr\u00e4ge ab diesem Tag z\u00e4hlen (leer = ohne Beginn)", None))
#endif // QT_CONFIG(tooltip)
        self.periodToLabel.setText(QCoreApplication.translate("SummaryView", u"&bis", None))
#if QT_CONFIG(accessibility)
        self.periodToEdit.setAccessibleName(QCoreApplication.translate("SummaryView", u"Zeitraum der Antr\u00e4ge bis", None))
#endif // QT_CONFIG(accessibility)
        self.periodToEdit.setPlaceholderText(QCoreApplication.translate("SummaryView", u"TT.MM.JJJJ", None))
#if QT_CONFIG(tooltip)
        self.periodToEdit.setToolTip(QCoreApplication.translate("SummaryView", u"Nur Antr\u00e4ge bis zu diesem Tag z\u00e4hlen (leer = ohne Ende)", None))
#endif // QT_CONFIG(tooltip)
        self.standLabel.setText(QCoreApplication.translate("SummaryView", u"S&tichtag", None))
#if QT_CONFIG(tooltip)
        self.standLabel.setToolTip(QCoreApplication.translate("SummaryView", u"Stichtag f\u00fcr \u201enachhaltig\u201c (Minijob seit drei Monaten); leer = heute, oder der Tag des Datenstands", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.standEdit.setAccessibleName(QCoreApplication.translate("SummaryView", u"Stichtag der Auswertung", None))
#endif // QT_CONFIG(accessibility)
        self.standEdit.setPlaceholderText(QCoreApplication.translate("SummaryView", u"heute", None))
#if QT_CONFIG(tooltip)
        self.standEdit.setToolTip(QCoreApplication.translate("SummaryView", u"Stichtag f\u00fcr \u201enachhaltig\u201c (Minijob seit drei Monaten); leer = heute, oder der Tag des Datenstands", None))
#endif // QT_CONFIG(tooltip)
        self.asOfLabel.setText(QCoreApplication.translate("SummaryView", u"Date&nstand", None))
#if QT_CONFIG(tooltip)
        self.asOfLabel.setToolTip(QCoreApplication.translate("SummaryView", u"Die Daten, wie sie zu diesem Zeitpunkt waren (aus dem Verlauf der \u00c4nderungen); leer = aktuell", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.asOfEdit.setAccessibleName(QCoreApplication.translate("SummaryView", u"Datenstand der Auswertung", None))
#endif // QT_CONFIG(accessibility)
        self.asOfEdit.setPlaceholderText(QCoreApplication.translate("SummaryView", u"aktuell", None))
#if QT_CONFIG(tooltip)
        self.asOfEdit.setToolTip(QCoreApplication.translate("SummaryView", u"Die Daten, wie sie zu diesem Zeitpunkt waren: TT.MM.JJJJ (das Ende des Tages) oder TT.MM.JJJJ HH:MM; leer = aktuell. \u00c4nderungen danach z\u00e4hlen nicht.", None))
#endif // QT_CONFIG(tooltip)
        self.statusLabel.setText("")
        self.filterMessage.setText("")
#if QT_CONFIG(accessibility)
        self.familiesCard.setAccessibleName(QCoreApplication.translate("SummaryView", u"Familien", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.childrenCard.setAccessibleName(QCoreApplication.translate("SummaryView", u"Kinder und Jugendliche", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.migrationCard.setAccessibleName(QCoreApplication.translate("SummaryView", u"Kinder und Jugendliche mit Migrationshintergrund", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.singleParentCard.setAccessibleName(QCoreApplication.translate("SummaryView", u"Kinder und Jugendliche, die bei nur einem Elternteil aufwachsen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.areaTabs.setAccessibleName(QCoreApplication.translate("SummaryView", u"Bereiche der Auswertung", None))
#endif // QT_CONFIG(accessibility)
        self.supportTitle.setText(QCoreApplication.translate("SummaryView", u"Wie selbstst\u00e4ndig? Personen je Stufe", None))
#if QT_CONFIG(accessibility)
        self.supportTable.setAccessibleName(QCoreApplication.translate("SummaryView", u"Minijobs: Personen je Schritt und Stufe", None))
#endif // QT_CONFIG(accessibility)
        self.supportLegend.setText("")
        self.minijobFiguresTitle.setText(QCoreApplication.translate("SummaryView", u"Aufstockung und Nachhaltigkeit", None))
#if QT_CONFIG(accessibility)
        self.minijobFigures.setAccessibleName(QCoreApplication.translate("SummaryView", u"Minijobs: Kennzahlen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.levelsChart.setAccessibleName(QCoreApplication.translate("SummaryView", u"Diagramm: Minijobs, Personen je Schritt und Stufe", None))
#endif // QT_CONFIG(accessibility)
        self.areaTabs.setTabText(self.areaTabs.indexOf(self.minijobPage), QCoreApplication.translate("SummaryView", u"Minijobs", None))
        self.drillTitle.setText(QCoreApplication.translate("SummaryView", u"Wer steckt hinter einer Zahl? Eine Zahl, einen Grund oder einen Balken anklicken (oder mit Enter w\u00e4hlen).", None))
#if QT_CONFIG(accessibility)
        self.drillTable.setAccessibleName(QCoreApplication.translate("SummaryView", u"Familien und Kinder hinter der gew\u00e4hlten Zahl", None))
#endif // QT_CONFIG(accessibility)
        self.drillHint.setText(QCoreApplication.translate("SummaryView", u"Doppelklick oder Enter \u00f6ffnet die Familie im Reiter \u201eFamilien\u201c.", None))
        pass
    # retranslateUi

