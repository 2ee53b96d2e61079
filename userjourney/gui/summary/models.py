"""Table models of the Auswertung: the figures of a Bereich, its reasons, the Minijob tables,
and the list of families and children behind a number.

Each row that shows a count knows which number it is (:class:`Drill`: the arguments of
:func:`~userjourney.core.summary.drilldown.drill_down`), so clicking it or pressing Enter on it can list
the people behind it. The models only arrange a :class:`~userjourney.core.summary.Summary`
that was counted elsewhere; they never read the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QFont

from userjourney.core.summary.drilldown import ChildRow, PersonRow
from userjourney.core.summary.filters import SummaryFilter
from userjourney.core.summary.model import AreaSummary, MinijobSummary
from userjourney.core.summary.text import facility_label, number, period_text
from userjourney.core.summary.trend import Period, Trend
from userjourney.core.values import format_date
from userjourney.core.vocab import (
    AREAS,
    FUNNEL_STEPS,
    SUPPORT_LEVELS,
    SUPPORT_STEPS,
    Area,
    shown,
    support_level_label,
)
from userjourney.gui import style

DRILL_ROLE = Qt.ItemDataRole.UserRole + 20
FAMILY_ROLE = Qt.ItemDataRole.UserRole + 21
MEMBER_ROLE = Qt.ItemDataRole.UserRole + 22
#: The one value shown per row (tests and the charts read it without parsing the text).
COUNT_ROLE = Qt.ItemDataRole.UserRole + 23
#: The :class:`~userjourney.core.summary.trend.Period` of a row of the Verlauf.
PERIOD_ROLE = Qt.ItemDataRole.UserRole + 24
INDENT = "    "


@dataclass(frozen=True)
class Drill:
    """One number of the summary, named as :func:`drill_down` (or ``drill_down_minijobs``) takes it."""

    area: Area | None
    kind: str
    key: Any = None
    minijobs: bool = False
    #: How the number reads, for the title of the list ("Mittagsverpflegung · ohne Anspruch").
    what: str = ""


@dataclass(frozen=True)
class Figure:
    """A row: a label and its count; a heading has no count and nothing behind it."""

    label: str
    count: int | None = None
    drill: Drill | None = None
    indent: int = 0
    tooltip: str = ""


class FiguresModel(QAbstractTableModel):
    """Two columns, label and count; rows are :class:`Figure`."""

    def __init__(self, headers: tuple[str, str], parent=None, *, numbered: bool = False) -> None:
        super().__init__(parent)
        self.headers = headers
        self.numbered = numbered
        self.figures: list[Figure] = []

    def set_figures(self, figures: list[Figure]) -> None:
        """Replace the rows; same labels only update the counts (keeps the cursor where it is)."""
        if [f.label for f in figures] == [f.label for f in self.figures]:
            self.figures = figures
            if figures:
                self.dataChanged.emit(self.index(0, 0), self.index(len(figures) - 1, 1))
            return
        self.beginResetModel()
        self.figures = figures
        self.endResetModel()

    def figure(self, row: int) -> Figure:
        return self.figures[row]

    def count_of(self, label: str) -> int | None:
        """The count in the row labelled ``label`` (``KeyError`` if there is none)."""
        for figure in self.figures:
            if figure.label == label:
                return figure.count
        raise KeyError(label)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.figures)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 2

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return f"{section + 1}." if self.numbered else None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        figure = self.figures[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return INDENT * figure.indent + figure.label
            return "" if figure.count is None else number(figure.count)
        if role == COUNT_ROLE:
            return figure.count
        if role == DRILL_ROLE:
            return figure.drill
        if role == Qt.ItemDataRole.ToolTipRole:
            return figure.tooltip or (figure.label if column == 0 else None)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and figure.count is None:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and figure.count == 0:
            return style.brush(style.MUTED)
        return None


class AreaFiguresModel(FiguresModel):
    """The figures of one Bereich as Anhang 6.6 lists them, plus the steps of the funnel."""

    def __init__(self, parent=None) -> None:
        super().__init__((self.tr("Kinder und Jugendliche"), self.tr("Anzahl")), parent)

    def show_area(self, area: AreaSummary, filters: SummaryFilter) -> None:
        a = area.area

        def drill(kind: str, key: Any = None, what: str = "") -> Drill:
            return Drill(a, kind, key, what=f"{shown(a)} · {what}")

        using_label = self.tr("nehmen das Angebot wahr")
        rows = [
            Figure(self.tr("alle Kinder und Jugendlichen"), area.children, drill("children", what=self.tr("alle Kinder"))),
            Figure(self.tr("ohne Anspruch"), area.not_entitled, drill("not_entitled", what=self.tr("ohne Anspruch")), 1),
            Figure(self.tr("anspruchsberechtigt"), area.entitled, drill("entitled", what=self.tr("anspruchsberechtigt")), 1),
            Figure(self.tr("Anspruch unbekannt"), area.entitlement_unknown,
                   drill("entitlement_unknown", what=self.tr("Anspruch unbekannt")), 1,
                   self.tr("Anspruch nicht beantwortet (oder noch keine Zeile für den Bereich)")),
            Figure(using_label, area.using, drill("using", what=using_label)),
        ]
        rows.append(Figure(self.tr("nach Einrichtung"), indent=1))
        for kind, n in area.using_by_facility_type.items():
            label = facility_label(kind)
            rows.append(Figure(label, n, drill("using_by_facility_type", kind.value, f"{using_label} {label}"), 2))
        if area.using_by_detail:
            rows.append(Figure(self.tr("nach Angebot (Details)"), indent=1))
        for item, n in area.using_by_detail.items():
            rows.append(Figure(item, n, drill("using_by_detail", item, f"{using_label}: {item}"), 2))
        period = period_text(filters)
        rows.append(Figure(self.tr("Anträge ({period})").format(period=period), area.applications,
                           drill("applications", what=self.tr("Anträge ({period})").format(period=period))))
        rows.append(Figure(self.tr("Anspruchsberechtigte Schritt für Schritt")))
        rows.append(Figure(self.tr("Anspruch"), area.entitled, drill("entitled", what=self.tr("anspruchsberechtigt")), 1))
        for step in FUNNEL_STEPS:
            rows.append(Figure(shown(step.label), area.funnel[step.label], drill("funnel", step.label, shown(step.label)), 1))
        self.set_figures(rows)


class ReasonsModel(FiguresModel):
    """"Warum wird das Angebot nicht in Anspruch genommen?": ranked, numbered like the chart."""

    def __init__(self, parent=None) -> None:
        super().__init__((self.tr("Grund"), self.tr("Kinder")), parent, numbered=True)

    def show_area(self, area: AreaSummary) -> None:
        self.set_figures([
            Figure(r.reason, r.count, Drill(area.area, "reasons", r.reason, what=f"{shown(area.area)} · „{r.reason}“"),
                   tooltip=r.reason)
            for r in area.reasons
        ])


class MinijobFiguresModel(FiguresModel):
    """Personen, Aufstockung möglich, aufgestockt, nachhaltig (with the Stand)."""

    def __init__(self, parent=None) -> None:
        super().__init__((self.tr("Personen"), self.tr("Anzahl")), parent)

    def show_minijobs(self, minijobs: MinijobSummary, stand) -> None:
        def drill(kind: str, what: str) -> Drill:
            return Drill(None, kind, minijobs=True, what=f"{self.tr('Minijobs')} · {what}")

        persons, possible = self.tr("Personen (Erwachsene)"), self.tr("Aufstockung möglich")
        topped = self.tr("aufgestockt")
        lasting = self.tr("nachhaltig (≥ 3 Monate, Stand {day})").format(day=format_date(stand))
        self.set_figures([
            Figure(persons, minijobs.persons, drill("persons", persons)),
            Figure(possible, minijobs.topup_possible, drill("topup_possible", possible), 1),
            Figure(topped, minijobs.topped_up, drill("topped_up", topped), 1),
            Figure(lasting, minijobs.sustainable, drill("sustainable", lasting), 1,
                   self.tr("Nachhaltig = ja, oder leer und der Beginn liegt mindestens drei Monate vor dem Stand")),
        ])


class SupportModel(QAbstractTableModel):
    """Minijob steps × support levels 1–4: how many adults did a step how independently."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.support: dict[str, dict[int, int]] = {s.label: dict.fromkeys(SUPPORT_LEVELS, 0) for s in SUPPORT_STEPS}

    def show_minijobs(self, minijobs: MinijobSummary) -> None:
        self.support = minijobs.support
        self.dataChanged.emit(self.index(0, 0), self.index(len(SUPPORT_STEPS) - 1, len(SUPPORT_LEVELS) - 1))

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(SUPPORT_STEPS)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(SUPPORT_LEVELS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Vertical:
            return shown(SUPPORT_STEPS[section].label) if role == Qt.ItemDataRole.DisplayRole else None
        level = SUPPORT_LEVELS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(level)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{level} = {support_level_label(level)}"
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        step, level = SUPPORT_STEPS[index.row()].label, SUPPORT_LEVELS[index.column()]
        n = self.support[step][level]
        if role == Qt.ItemDataRole.DisplayRole:
            return number(n)
        if role == COUNT_ROLE:
            return n
        if role == DRILL_ROLE:
            return Drill(None, "support", (step, level), minijobs=True,
                         what=f"{self.tr('Minijobs')} · {step} · {level} = {support_level_label(level)}")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and n == 0:
            return style.brush(style.MUTED)
        return None


class DrillDownModel(QAbstractTableModel):
    """The families and children (or adults) behind one number: Familie, Kind/Person."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[ChildRow | PersonRow] = []
        self.minijobs = False

    def set_rows(self, rows: list[ChildRow | PersonRow], *, minijobs: bool) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.minijobs = minijobs
        self.endResetModel()

    def families(self) -> int:
        return len({row.family_id for row in self.rows})

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 2

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Familie"), self.tr("Person") if self.minijobs else self.tr("Kind"))[section]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return row.family_code
            return row.person_name if isinstance(row, PersonRow) else row.child_name
        if role == FAMILY_ROLE:
            return row.family_id
        if role == MEMBER_ROLE:
            return row.person_id if isinstance(row, PersonRow) else row.child_id
        return None


class TrendModel(QAbstractTableModel):
    """The Verlauf as a table (what the charts show, for reading exact numbers and for screen
    readers): a row per period — its end, families, children, and per Bereich "using / entitled
    (share) · applications"."""

    FIXED = 3  # Ende, Familien, Kinder

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.trend: Trend | None = None

    @property
    def periods(self) -> list[Period]:
        return self.trend.periods if self.trend is not None else []

    def set_trend(self, trend: Trend) -> None:
        self.beginResetModel()
        self.trend = trend
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.periods)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self.FIXED + len(AREAS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Ende"), self.tr("Familien"), self.tr("Kinder"), *(shown(a) for a in AREAS))[section]
        if role == Qt.ItemDataRole.ToolTipRole and section >= self.FIXED:
            return self.tr("wahrgenommen / anspruchsberechtigt (Anteil) · Anträge im Zeitraum")
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        period = self.periods[index.row()]
        column = index.column()
        if role == PERIOD_ROLE:
            return period
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return format_date(period.end)
        if column == 1:
            return number(period.figures.families)
        if column == 2:
            return number(period.figures.children)
        figures = period.figures.areas[AREAS[column - self.FIXED]]
        share = "–" if figures.share is None else f"{round(100 * figures.share)} %"
        return f"{number(figures.using)} / {number(figures.entitled)} ({share}) · {number(figures.applications)}"
