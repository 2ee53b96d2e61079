# Generated from ui/main_window.ui by `python -m tools.build_forms` — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QMainWindow,
    QMenu, QMenuBar, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QStackedWidget, QStatusBar,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1400, 820)
        self.actionNewFamily = QAction(MainWindow)
        self.actionNewFamily.setObjectName(u"actionNewFamily")
        self.actionDeleteFamily = QAction(MainWindow)
        self.actionDeleteFamily.setObjectName(u"actionDeleteFamily")
        self.actionPurgeFamily = QAction(MainWindow)
        self.actionPurgeFamily.setObjectName(u"actionPurgeFamily")
        self.actionUndo = QAction(MainWindow)
        self.actionUndo.setObjectName(u"actionUndo")
        self.actionRedo = QAction(MainWindow)
        self.actionRedo.setObjectName(u"actionRedo")
        self.actionImport = QAction(MainWindow)
        self.actionImport.setObjectName(u"actionImport")
        self.actionReport = QAction(MainWindow)
        self.actionReport.setObjectName(u"actionReport")
        self.actionExport = QAction(MainWindow)
        self.actionExport.setObjectName(u"actionExport")
        self.actionTemplate = QAction(MainWindow)
        self.actionTemplate.setObjectName(u"actionTemplate")
        self.actionBackup = QAction(MainWindow)
        self.actionBackup.setObjectName(u"actionBackup")
        self.actionRestore = QAction(MainWindow)
        self.actionRestore.setObjectName(u"actionRestore")
        self.actionServer = QAction(MainWindow)
        self.actionServer.setObjectName(u"actionServer")
        self.actionReload = QAction(MainWindow)
        self.actionReload.setObjectName(u"actionReload")
        self.actionHistory = QAction(MainWindow)
        self.actionHistory.setObjectName(u"actionHistory")
        self.actionSettings = QAction(MainWindow)
        self.actionSettings.setObjectName(u"actionSettings")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.central = QWidget(MainWindow)
        self.central.setObjectName(u"central")
        self.centralLayout = QVBoxLayout(self.central)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(6, 6, 6, 0)
        self.views = QTabWidget(self.central)
        self.views.setObjectName(u"views")
        self.familiesPage = QWidget()
        self.familiesPage.setObjectName(u"familiesPage")
        self.familiesLayout = QHBoxLayout(self.familiesPage)
        self.familiesLayout.setObjectName(u"familiesLayout")
        self.familiesLayout.setContentsMargins(0, 6, 0, 0)
        self.splitter = QSplitter(self.familiesPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.listPanel = QWidget(self.splitter)
        self.listPanel.setObjectName(u"listPanel")
        self.listLayout = QVBoxLayout(self.listPanel)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit(self.listPanel)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.listLayout.addWidget(self.search)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.locationFilter = QComboBox(self.listPanel)
        self.locationFilter.setObjectName(u"locationFilter")
        self.locationFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.locationFilter)

        self.coachFilter = QComboBox(self.listPanel)
        self.coachFilter.setObjectName(u"coachFilter")
        self.coachFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.coachFilter)


        self.listLayout.addLayout(self.filterLayout)

        self.familyTable = QTableView(self.listPanel)
        self.familyTable.setObjectName(u"familyTable")
        self.familyTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.familyTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.familyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.familyTable.setSortingEnabled(True)
        self.familyTable.setAlternatingRowColors(True)
        self.familyTable.horizontalHeader().setStretchLastSection(True)
        self.familyTable.verticalHeader().setVisible(False)

        self.listLayout.addWidget(self.familyTable)

        self.listButtons = QHBoxLayout()
        self.listButtons.setObjectName(u"listButtons")
        self.newFamilyButton = QPushButton(self.listPanel)
        self.newFamilyButton.setObjectName(u"newFamilyButton")

        self.listButtons.addWidget(self.newFamilyButton)

        self.deleteFamilyButton = QPushButton(self.listPanel)
        self.deleteFamilyButton.setObjectName(u"deleteFamilyButton")

        self.listButtons.addWidget(self.deleteFamilyButton)

        self.listButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listButtons.addItem(self.listButtonsSpacer)

        self.familyCount = QLabel(self.listPanel)
        self.familyCount.setObjectName(u"familyCount")

        self.listButtons.addWidget(self.familyCount)


        self.listLayout.addLayout(self.listButtons)

        self.splitter.addWidget(self.listPanel)
        self.detailStack = QStackedWidget(self.splitter)
        self.detailStack.setObjectName(u"detailStack")
        self.emptyPage = QLabel()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyPage.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyPage.setWordWrap(True)
        self.detailStack.addWidget(self.emptyPage)
        self.splitter.addWidget(self.detailStack)

        self.familiesLayout.addWidget(self.splitter)

        self.views.addTab(self.familiesPage, "")

        self.centralLayout.addWidget(self.views)

        MainWindow.setCentralWidget(self.central)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuEdit = QMenu(self.menubar)
        self.menuEdit.setObjectName(u"menuEdit")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.menubar.addAction(self.menuFile.menuAction())
        self.menubar.addAction(self.menuEdit.menuAction())
        self.menuFile.addAction(self.actionNewFamily)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionImport)
        self.menuFile.addAction(self.actionReport)
        self.menuFile.addAction(self.actionExport)
        self.menuFile.addAction(self.actionTemplate)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionBackup)
        self.menuFile.addAction(self.actionRestore)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionServer)
        self.menuFile.addAction(self.actionReload)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuEdit.addAction(self.actionUndo)
        self.menuEdit.addAction(self.actionRedo)
        self.menuEdit.addSeparator()
        self.menuEdit.addAction(self.actionDeleteFamily)
        self.menuEdit.addAction(self.actionPurgeFamily)
        self.menuEdit.addAction(self.actionHistory)
        self.menuEdit.addSeparator()
        self.menuEdit.addAction(self.actionSettings)

        self.retranslateUi(MainWindow)

        self.views.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"userjourney", None))
        self.actionNewFamily.setText(QCoreApplication.translate("MainWindow", u"&Neue Familie \u2026", None))
#if QT_CONFIG(shortcut)
        self.actionNewFamily.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.actionDeleteFamily.setText(QCoreApplication.translate("MainWindow", u"Familie &l\u00f6schen \u2026", None))
        self.actionPurgeFamily.setText(QCoreApplication.translate("MainWindow", u"Familie en&dg\u00fcltig l\u00f6schen \u2026", None))
#if QT_CONFIG(statustip)
        self.actionPurgeFamily.setStatusTip(QCoreApplication.translate("MainWindow", u"Eine Familie mit ihrem Verlauf und aus allen Sicherungen l\u00f6schen (DSGVO Art. 17), auch eine schon gel\u00f6schte; nicht r\u00fcckg\u00e4ngig zu machen", None))
#endif // QT_CONFIG(statustip)
        self.actionUndo.setText(QCoreApplication.translate("MainWindow", u"&R\u00fcckg\u00e4ngig", None))
#if QT_CONFIG(shortcut)
        self.actionUndo.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Z", None))
#endif // QT_CONFIG(shortcut)
        self.actionRedo.setText(QCoreApplication.translate("MainWindow", u"&Wiederholen", None))
#if QT_CONFIG(shortcut)
        self.actionRedo.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Shift+Z", None))
#endif // QT_CONFIG(shortcut)
        self.actionImport.setText(QCoreApplication.translate("MainWindow", u"&Importieren \u2026", None))
#if QT_CONFIG(shortcut)
        self.actionImport.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+I", None))
#endif // QT_CONFIG(shortcut)
        self.actionReport.setText(QCoreApplication.translate("MainWindow", u"Bericht f\u00fcr das &Jobcenter \u2026", None))
#if QT_CONFIG(statustip)
        self.actionReport.setStatusTip(QCoreApplication.translate("MainWindow", u"Nur Zahlen, ohne personenbezogene Daten, kleine Werte ausgeblendet \u2013 zum Versenden", None))
#endif // QT_CONFIG(statustip)
#if QT_CONFIG(tooltip)
        self.actionReport.setToolTip(QCoreApplication.translate("MainWindow", u"Bericht f\u00fcr das Jobcenter: nur Zahlen, ohne personenbezogene Daten, kleine Werte ausgeblendet \u2013 zum Versenden", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionReport.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+J", None))
#endif // QT_CONFIG(shortcut)
        self.actionExport.setText(QCoreApplication.translate("MainWindow", u"&Datenaustausch (intern) \u2026", None))
#if QT_CONFIG(statustip)
        self.actionExport.setStatusTip(QCoreApplication.translate("MainWindow", u"Auswertung und Rohdaten je Familie (K\u00fcrzel, Vornamen, Sozialdaten) \u2013 nur f\u00fcr die eigenen Installationen", None))
#endif // QT_CONFIG(statustip)
#if QT_CONFIG(tooltip)
        self.actionExport.setToolTip(QCoreApplication.translate("MainWindow", u"Datenaustausch (intern): Auswertung und Rohdaten je Familie (K\u00fcrzel, Vornamen, Sozialdaten) \u2013 nur f\u00fcr die eigenen Installationen", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionExport.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+E", None))
#endif // QT_CONFIG(shortcut)
        self.actionTemplate.setText(QCoreApplication.translate("MainWindow", u"Leere &Vorlage speichern \u2026", None))
        self.actionBackup.setText(QCoreApplication.translate("MainWindow", u"&Sicherungskopie speichern \u2026", None))
        self.actionRestore.setText(QCoreApplication.translate("MainWindow", u"Sicherung &wiederherstellen \u2026", None))
        self.actionServer.setText(QCoreApplication.translate("MainWindow", u"Mit Se&rver verbinden \u2026", None))
#if QT_CONFIG(tooltip)
        self.actionServer.setToolTip(QCoreApplication.translate("MainWindow", u"Mit dem gemeinsamen Server des B\u00fcros arbeiten (oder wieder mit der Datei auf diesem Rechner)", None))
#endif // QT_CONFIG(tooltip)
        self.actionReload.setText(QCoreApplication.translate("MainWindow", u"Neu &laden", None))
#if QT_CONFIG(shortcut)
        self.actionReload.setShortcut(QCoreApplication.translate("MainWindow", u"F5", None))
#endif // QT_CONFIG(shortcut)
        self.actionHistory.setText(QCoreApplication.translate("MainWindow", u"&Verlauf der Familie \u2026", None))
#if QT_CONFIG(shortcut)
        self.actionHistory.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+H", None))
#endif // QT_CONFIG(shortcut)
        self.actionSettings.setText(QCoreApplication.translate("MainWindow", u"&Einstellungen \u2026", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Beenden", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
#if QT_CONFIG(accessibility)
        self.views.setAccessibleName(QCoreApplication.translate("MainWindow", u"Ansichten", None))
#endif // QT_CONFIG(accessibility)
        self.search.setPlaceholderText(QCoreApplication.translate("MainWindow", u"Familie suchen \u2026", None))
#if QT_CONFIG(accessibility)
        self.search.setAccessibleName(QCoreApplication.translate("MainWindow", u"Familie suchen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.locationFilter.setAccessibleName(QCoreApplication.translate("MainWindow", u"Filter Standort", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.coachFilter.setAccessibleName(QCoreApplication.translate("MainWindow", u"Filter JobCoach", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.familyTable.setAccessibleName(QCoreApplication.translate("MainWindow", u"Familienliste", None))
#endif // QT_CONFIG(accessibility)
        self.newFamilyButton.setText(QCoreApplication.translate("MainWindow", u"Neue Familie \u2026", None))
        self.deleteFamilyButton.setText(QCoreApplication.translate("MainWindow", u"Familie l\u00f6schen", None))
        self.familyCount.setText("")
        self.emptyPage.setText(QCoreApplication.translate("MainWindow", u"Bitte links eine Familie w\u00e4hlen oder mit \u201eNeue Familie \u2026\u201c anlegen.", None))
        self.views.setTabText(self.views.indexOf(self.familiesPage), QCoreApplication.translate("MainWindow", u"Familien", None))
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&Datei", None))
        self.menuEdit.setTitle(QCoreApplication.translate("MainWindow", u"&Bearbeiten", None))
    # retranslateUi

