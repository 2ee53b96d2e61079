# Generated from ui/summary_trend.ui by `python -m tools.build_forms` — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'summary_trend.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFrame,
    QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QScrollArea, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

from userjourney.gui.summary.trend_charts import (PeriodBarsChart, ShareChart, StackedPeriodBarsChart)

class Ui_SummaryTrendPage(object):
    def setupUi(self, SummaryTrendPage):
        if not SummaryTrendPage.objectName():
            SummaryTrendPage.setObjectName(u"SummaryTrendPage")
        SummaryTrendPage.resize(1100, 640)
        self.trendLayout = QVBoxLayout(SummaryTrendPage)
        self.trendLayout.setObjectName(u"trendLayout")
        self.trendTopLayout = QHBoxLayout()
        self.trendTopLayout.setObjectName(u"trendTopLayout")
        self.grainLabel = QLabel(SummaryTrendPage)
        self.grainLabel.setObjectName(u"grainLabel")

        self.trendTopLayout.addWidget(self.grainLabel)

        self.grainCombo = QComboBox(SummaryTrendPage)
        self.grainCombo.setObjectName(u"grainCombo")

        self.trendTopLayout.addWidget(self.grainCombo)

        self.trendHint = QLabel(SummaryTrendPage)
        self.trendHint.setObjectName(u"trendHint")
        self.trendHint.setWordWrap(True)

        self.trendTopLayout.addWidget(self.trendHint)

        self.trendSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.trendTopLayout.addItem(self.trendSpacer)

        self.trendStatus = QLabel(SummaryTrendPage)
        self.trendStatus.setObjectName(u"trendStatus")

        self.trendTopLayout.addWidget(self.trendStatus)


        self.trendLayout.addLayout(self.trendTopLayout)

        self.trendScroll = QScrollArea(SummaryTrendPage)
        self.trendScroll.setObjectName(u"trendScroll")
        self.trendScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.trendScroll.setWidgetResizable(True)
        self.trendContents = QWidget()
        self.trendContents.setObjectName(u"trendContents")
        self.chartGrid = QGridLayout(self.trendContents)
        self.chartGrid.setObjectName(u"chartGrid")
        self.chartGrid.setContentsMargins(0, 0, 0, 0)
        self.shareChart = ShareChart(self.trendContents)
        self.shareChart.setObjectName(u"shareChart")

        self.chartGrid.addWidget(self.shareChart, 0, 0, 1, 1)

        self.applicationsChart = PeriodBarsChart(self.trendContents)
        self.applicationsChart.setObjectName(u"applicationsChart")

        self.chartGrid.addWidget(self.applicationsChart, 0, 1, 1, 1)

        self.reasonsChart = StackedPeriodBarsChart(self.trendContents)
        self.reasonsChart.setObjectName(u"reasonsChart")

        self.chartGrid.addWidget(self.reasonsChart, 1, 0, 1, 2)

        self.trendTable = QTableView(self.trendContents)
        self.trendTable.setObjectName(u"trendTable")
        self.trendTable.setMinimumSize(QSize(0, 220))
        self.trendTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.trendTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.trendTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.trendTable.setTabKeyNavigation(False)
        self.trendTable.setAlternatingRowColors(True)
        self.trendTable.verticalHeader().setVisible(False)

        self.chartGrid.addWidget(self.trendTable, 2, 0, 1, 2)

        self.trendScroll.setWidget(self.trendContents)

        self.trendLayout.addWidget(self.trendScroll)

        self.trendLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.grainLabel.setBuddy(self.grainCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.grainCombo, self.trendTable)

        self.retranslateUi(SummaryTrendPage)

        QMetaObject.connectSlotsByName(SummaryTrendPage)
    # setupUi

    def retranslateUi(self, SummaryTrendPage):
        self.grainLabel.setText(QCoreApplication.translate("SummaryTrendPage", u"&Zeitr\u00e4ume", None))
#if QT_CONFIG(accessibility)
        self.grainCombo.setAccessibleName(QCoreApplication.translate("SummaryTrendPage", u"Verlauf: Zeitr\u00e4ume", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.grainCombo.setToolTip(QCoreApplication.translate("SummaryTrendPage", u"Jeder Zeitraum wird an seinem letzten Tag gez\u00e4hlt, mit den Daten, wie sie damals waren", None))
#endif // QT_CONFIG(tooltip)
        self.trendHint.setText(QCoreApplication.translate("SummaryTrendPage", u"Ein Punkt oder Balken zeigt die Auswertung zu diesem Tag.", None))
        self.trendStatus.setText("")
#if QT_CONFIG(accessibility)
        self.shareChart.setAccessibleName(QCoreApplication.translate("SummaryTrendPage", u"Diagramm: Anteil, der das Angebot wahrnimmt, je Bereich und Zeitraum", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.applicationsChart.setAccessibleName(QCoreApplication.translate("SummaryTrendPage", u"Diagramm: Antr\u00e4ge je Bereich und Zeitraum", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.reasonsChart.setAccessibleName(QCoreApplication.translate("SummaryTrendPage", u"Diagramm: Gr\u00fcnde der Nichtinanspruchnahme je Zeitraum", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.trendTable.setAccessibleName(QCoreApplication.translate("SummaryTrendPage", u"Verlauf als Tabelle", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.trendTable.setToolTip(QCoreApplication.translate("SummaryTrendPage", u"Enter oder Doppelklick: die Auswertung zum Ende dieses Zeitraums", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

