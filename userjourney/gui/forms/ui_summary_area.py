# Generated from ui/summary_area.ui by `python -m tools.build_forms` — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'summary_area.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QSizePolicy, QTableView, QVBoxLayout,
    QWidget)

from userjourney.gui.summary.charts import BarChart

class Ui_SummaryAreaPage(object):
    def setupUi(self, SummaryAreaPage):
        if not SummaryAreaPage.objectName():
            SummaryAreaPage.setObjectName(u"SummaryAreaPage")
        SummaryAreaPage.resize(1200, 700)
        self.pageLayout = QHBoxLayout(SummaryAreaPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.tablesLayout = QVBoxLayout()
        self.tablesLayout.setObjectName(u"tablesLayout")
        self.figuresTitle = QLabel(SummaryAreaPage)
        self.figuresTitle.setObjectName(u"figuresTitle")

        self.tablesLayout.addWidget(self.figuresTitle)

        self.figuresTable = QTableView(SummaryAreaPage)
        self.figuresTable.setObjectName(u"figuresTable")
        self.figuresTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.figuresTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.figuresTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.figuresTable.setTabKeyNavigation(False)
        self.figuresTable.setShowGrid(False)
        self.figuresTable.verticalHeader().setVisible(False)

        self.tablesLayout.addWidget(self.figuresTable)

        self.reasonsTitle = QLabel(SummaryAreaPage)
        self.reasonsTitle.setObjectName(u"reasonsTitle")

        self.tablesLayout.addWidget(self.reasonsTitle)

        self.reasonsTable = QTableView(SummaryAreaPage)
        self.reasonsTable.setObjectName(u"reasonsTable")
        self.reasonsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.reasonsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.reasonsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.reasonsTable.setTabKeyNavigation(False)
        self.reasonsTable.setWordWrap(True)
        self.reasonsTable.setShowGrid(False)

        self.tablesLayout.addWidget(self.reasonsTable)

        self.tablesLayout.setStretch(1, 3)
        self.tablesLayout.setStretch(3, 2)

        self.pageLayout.addLayout(self.tablesLayout)

        self.chartsLayout = QVBoxLayout()
        self.chartsLayout.setObjectName(u"chartsLayout")
        self.funnelChart = BarChart(SummaryAreaPage)
        self.funnelChart.setObjectName(u"funnelChart")

        self.chartsLayout.addWidget(self.funnelChart)

        self.reasonsChart = BarChart(SummaryAreaPage)
        self.reasonsChart.setObjectName(u"reasonsChart")

        self.chartsLayout.addWidget(self.reasonsChart)

        self.chartsLayout.setStretch(0, 2)
        self.chartsLayout.setStretch(1, 3)

        self.pageLayout.addLayout(self.chartsLayout)

        self.pageLayout.setStretch(0, 2)
        self.pageLayout.setStretch(1, 3)
#if QT_CONFIG(shortcut)
        self.figuresTitle.setBuddy(self.figuresTable)
        self.reasonsTitle.setBuddy(self.reasonsTable)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SummaryAreaPage)

        QMetaObject.connectSlotsByName(SummaryAreaPage)
    # setupUi

    def retranslateUi(self, SummaryAreaPage):
        self.figuresTitle.setText("")
        self.reasonsTitle.setText(QCoreApplication.translate("SummaryAreaPage", u"Warum wird das Angebot nicht in Anspruch genommen?", None))
        pass
    # retranslateUi

