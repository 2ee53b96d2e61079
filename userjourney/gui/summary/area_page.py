"""One Bereich of the Auswertung: its figures, its reasons, the funnel and the reasons chart.

Laid out like a page of Anhang 6.6 (the figures and "Warum wird das Angebot nicht in Anspruch
genommen?" on the left, the two charts on the right). Every count can be drilled into: a row
of either table (click or Enter) or a bar of either chart emits :attr:`AreaPage.drill`.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

from userjourney.core.i18n import counted
from userjourney.core.summary.filters import SummaryFilter
from userjourney.core.summary.model import AreaSummary
from userjourney.core.summary.text import number
from userjourney.core.vocab import FUNNEL_STEPS, Area, shown
from userjourney.gui.forms.ui_summary_area import Ui_SummaryAreaPage
from userjourney.gui.summary.models import (
    DRILL_ROLE,
    AreaFiguresModel,
    Drill,
    ReasonsModel,
)


def connect_drill(view: QAbstractItemView, emit) -> None:
    """A click on a row, or Enter on it, drills into its number (rows without one do nothing)."""

    def drill(index) -> None:
        target = index.data(DRILL_ROLE) if index.isValid() else None
        if target is not None:
            emit(target)

    view.clicked.connect(drill)
    view.activated.connect(drill)


class AreaPage(QWidget):
    """See the module docstring."""

    drill = Signal(object)  # Drill

    def __init__(self, area: Area, parent=None) -> None:
        super().__init__(parent)
        self.area = area
        self.ui = Ui_SummaryAreaPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.figures = AreaFiguresModel(self)
        self.reasons = ReasonsModel(self)
        for view, model in ((ui.figuresTable, self.figures), (ui.reasonsTable, self.reasons)):
            view.setModel(model)
            header = view.horizontalHeader()
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
            connect_drill(view, self.drill.emit)
        ui.figuresTable.verticalHeader().setDefaultSectionSize(ui.figuresTable.fontMetrics().height() + 6)
        # Long reasons wrap in their cell; re-measure the rows whenever the column width changes.
        ui.reasonsTable.horizontalHeader().sectionResized.connect(lambda *_: ui.reasonsTable.resizeRowsToContents())
        self.reasons.modelReset.connect(ui.reasonsTable.resizeRowsToContents)
        ui.figuresTable.setAccessibleName(self.tr("{area}: Zahlen").format(area=shown(area)))
        ui.reasonsTable.setAccessibleName(self.tr("{area}: Gründe für die Nichtinanspruchnahme").format(area=shown(area)))
        ui.funnelChart.setAccessibleName(self.tr("Diagramm {area}: Anspruchsberechtigte Schritt für Schritt").format(
            area=shown(area)))
        ui.reasonsChart.setAccessibleName(self.tr("Diagramm {area}: Gründe").format(area=shown(area)))
        ui.funnelChart.set_title(self.tr("Anspruchsberechtigte Schritt für Schritt"))
        ui.reasonsChart.set_title(self.tr("Warum wird das Angebot nicht in Anspruch genommen?"))
        for chart in (ui.funnelChart, ui.reasonsChart):
            chart.set_axis_title(self.tr("Kinder und Jugendliche"))
        ui.funnelChart.bar_activated.connect(self._funnel_bar)
        ui.reasonsChart.bar_activated.connect(self._reason_bar)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # Rows measured while the page was hidden got the width of a hidden table.
        self.ui.reasonsTable.resizeRowsToContents()

    def funnel_labels(self) -> list[str]:
        return [self.tr("Anspruch")] + [shown(step.label) for step in FUNNEL_STEPS]

    def show_area(self, area: AreaSummary, filters: SummaryFilter) -> None:
        ui = self.ui
        ui.figuresTitle.setText(counted(area.children, self.tr("Von 1 Kind oder Jugendlichen:"),
                                        self.tr("Von {n} Kindern und Jugendlichen:")).format(n=number(area.children)))
        self.figures.show_area(area, filters)
        self.reasons.show_area(area)
        not_using = area.entitled - area.using
        ui.reasonsTitle.setText(
            self.tr("Warum wird das Angebot nicht in Anspruch genommen? (1 Kind)") if not_using == 1 else
            self.tr("Warum wird das Angebot nicht in Anspruch genommen? ({n} Kinder)").format(n=number(not_using)))
        ui.funnelChart.set_bars(self.funnel_labels(), [area.entitled] + [area.funnel[s.label] for s in FUNNEL_STEPS])
        ui.reasonsChart.set_bars(
            [r.reason for r in area.reasons],
            [r.count for r in area.reasons],
            [f"{i}. {r.reason}: {number(r.count)}" for i, r in enumerate(area.reasons, start=1)],
            numbered=True,
        )

    def _funnel_bar(self, index: int) -> None:
        if index == 0:
            self.drill.emit(Drill(self.area, "entitled", what=f"{shown(self.area)} · {self.tr('anspruchsberechtigt')}"))
        else:
            step = FUNNEL_STEPS[index - 1].label
            self.drill.emit(Drill(self.area, "funnel", step, what=f"{shown(self.area)} · {shown(step)}"))

    def _reason_bar(self, index: int) -> None:
        self.ui.reasonsTable.selectRow(index)
        self.drill.emit(self.reasons.figure(index).drill)
