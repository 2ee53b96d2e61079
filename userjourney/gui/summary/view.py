"""The tab "Auswertung": "BuT bei ANNA" (Anhang 6.6) and the Minijob summary, live.

Filters (Standort, JobCoach, Erziehungsstatus, Migrationshintergrund; Zeitraum der Anträge,
Stichtag, Datenstand) make a :class:`~userjourney.core.summary.SummaryFilter`; a refused date
shows the core's German message under the filters and leaves the figures as they were. Two dates
that are easy to confuse, each explained in its tooltip: the *Stichtag* (Stand) is the report
day of the three-month rule; the *Datenstand* shows the data as they were at that moment,
rebuilt from the change history (empty: now). The headline figures sit on top, one page per
Bereich below (:class:`~userjourney.gui.summary.area_page.AreaPage`), one for the Minijobs and
the page "Verlauf" (:class:`~userjourney.gui.summary.trend_page.TrendPage`: per month or quarter,
counted only while it is shown; a point opens the Auswertung as of that day); on the right, the
families and children behind the number last clicked — and activating one of them opens the
family in the tab "Familien".

The figures follow the data: every commit (an edit in a grid, an undo, an import) reaches the
view through the main window's ``DatabaseEvents``, and :class:`SummaryRefresher` updates the
figures off the UI thread — by the changed families' shares where it can (see there).
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHeaderView, QLineEdit, QWidget

from userjourney.core.errors import ValidationError
from userjourney.core.i18n import counted
from userjourney.core.storage.database import Database
from userjourney.core.summary.drilldown import drill_down, drill_down_minijobs
from userjourney.core.summary.filters import SummaryFilter
from userjourney.core.summary.model import Summary
from userjourney.core.summary.reading import reading_session
from userjourney.core.summary.text import number
from userjourney.core.summary.trend import Trend, trend
from userjourney.core.values import format_date, format_moment, parse_date, parse_moment
from userjourney.core.vocab import (
    AREAS,
    SUPPORT_LEVELS,
    SUPPORT_STEPS,
    shown,
    support_legend,
    support_level_label,
)
from userjourney.gui import style, tasks
from userjourney.gui.forms.ui_summary_view import Ui_SummaryView
from userjourney.gui.operations import ChangeEvent, Operations
from userjourney.gui.style import ERROR_FIELD_STYLE, ERROR_STYLE, PAST_STYLE
from userjourney.gui.summary.area_page import AreaPage, connect_drill
from userjourney.gui.summary.models import (
    FAMILY_ROLE,
    MEMBER_ROLE,
    Drill,
    DrillDownModel,
    MinijobFiguresModel,
    SupportModel,
)
from userjourney.gui.summary.refresh import SummaryRefresher
from userjourney.gui.summary.trend_page import TrendPage
from userjourney.gui.widgets.filter_choices import fill_migration, fill_parenting


def drill_rows(db, filters: SummaryFilter, target: Drill, progress=None) -> list:
    """The rows behind ``target`` (runs off the UI thread, like the counts), as of the Datenstand."""
    with reading_session(db, filters) as session:
        if target.minijobs:
            return drill_down_minijobs(session, filters, target.kind, target.key)
        return drill_down(session, filters, target.area, target.kind, target.key)


def count_trend(db, filters: SummaryFilter, by: str, progress=None) -> Trend:
    """The Verlauf for the Auswertung's filters (off the UI thread): its families, from the
    first record (or the start of the period of applications) to the Datenstand."""
    return trend(db, replace(filters, stand=None), by=by, progress=progress)  # type: ignore[arg-type]


class SummaryView(QWidget):
    """See the module docstring. Counts from ``database``, follows ``operations``' change events."""

    #: New figures are on screen (tests and the benchmark wait for it).
    updated = Signal()
    #: The list behind a number is on screen.
    drilled = Signal()
    #: The Verlauf on screen is up to date.
    trend_shown = Signal()
    #: Open this family on this member's row: (family id, member id, Bereich or None, adult?).
    open_requested = Signal(object, object, object, bool)

    def __init__(self, database: Database, operations: Operations, parent=None) -> None:
        super().__init__(parent)
        self.database = database
        self.summary: Summary | None = None
        self.ui = Ui_SummaryView()
        self.ui.setupUi(self)
        self.setStyleSheet(style.FOCUS_FRAME_STYLE)
        ui = self.ui

        self.pages = {}
        for position, area in enumerate(AREAS):
            page = AreaPage(area, self)
            page.drill.connect(self.drill)
            ui.areaTabs.insertTab(position, page, shown(area))
            self.pages[area] = page
        self.trend_page = TrendPage(self)
        ui.areaTabs.addTab(self.trend_page, self.tr("Verlauf"))
        ui.areaTabs.setTabToolTip(ui.areaTabs.indexOf(self.trend_page),
                                  self.tr("Anspruch, Nutzung, Anträge und Gründe je Monat oder Quartal"))
        self.trend_page.day_chosen.connect(self.show_as_of)
        self.trend_page.grain_changed.connect(lambda _grain: self._trend_due())
        ui.areaTabs.currentChanged.connect(lambda _index: self._kick_trend())
        self._trend_stale = True
        self._trend_task: tasks.Task | None = None
        self._trend_generation = 0
        ui.areaTabs.setCurrentIndex(0)

        self.support = SupportModel(self)
        ui.supportTable.setModel(self.support)
        ui.supportTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        ui.supportTable.horizontalHeader().setMinimumSectionSize(70)
        ui.supportLegend.setText(support_legend())
        self.minijob_figures = MinijobFiguresModel(self)
        ui.minijobFigures.setModel(self.minijob_figures)
        ui.minijobFigures.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        ui.minijobFigures.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        ui.minijobFigures.verticalHeader().hide()
        for view in (ui.supportTable, ui.minijobFigures):
            connect_drill(view, self.drill)
        ui.levelsChart.set_title(self.tr("Minijobs: wie selbstständig? (Personen je Stufe)"))
        ui.levelsChart.values.setTitleText(self.tr("Personen"))
        ui.levelsChart.bar_activated.connect(self._level_bar)

        self.drill_model = DrillDownModel(self)
        ui.drillTable.setModel(self.drill_model)
        ui.drillTable.activated.connect(self.open_row)
        self._drill: Drill | None = None
        self._drill_generation = 0
        ui.splitter.setStretchFactor(0, 1)
        ui.splitter.setStretchFactor(1, 0)
        ui.splitter.setSizes([1400, 360])

        ui.familiesCard.set_static()
        ui.childrenCard.clicked.connect(lambda: self.drill(Drill(None, "children", what=self.tr("alle Kinder"))))
        ui.migrationCard.clicked.connect(lambda: self.drill(Drill(
            None, "children_with_migration_background", what=self.tr("Kinder mit Migrationshintergrund"))))
        ui.singleParentCard.clicked.connect(lambda: self.drill(Drill(
            None, "children_single_parent", what=self.tr("Kinder, die bei nur einem Elternteil aufwachsen"))))

        self._fill_choices()
        for combo in (ui.locationCombo, ui.coachCombo, ui.parentingCombo, ui.migrationCombo):
            combo.activated.connect(self.apply_filters)
        for edit in (ui.periodFromEdit, ui.periodToEdit, ui.standEdit, ui.asOfEdit):
            edit.editingFinished.connect(self.apply_filters)
            edit.picked.connect(self.apply_filters)
        ui.filterMessage.setStyleSheet(ERROR_STYLE)
        ui.filterMessage.hide()

        self.refresher = SummaryRefresher(self.database, self.read_filters() or SummaryFilter(), self)
        self.refresher.updated.connect(self._show)
        self.refresher.filter_values.connect(self._fill_lists)
        self.refresher.counting.connect(self._counting)
        self.refresher.failed.connect(self._failed)
        operations.changed.connect(self._on_change)

    # -- filters ----------------------------------------------------------------------------
    def _fill_choices(self) -> None:
        fill_parenting(self.ui.parentingCombo)
        fill_migration(self.ui.migrationCombo)
        self._fill_lists([], [])

    def _fill_lists(self, locations: list[str], coaches: list[str]) -> None:
        for combo, everything, values in (
            (self.ui.locationCombo, self.tr("Alle Standorte"), locations),
            (self.ui.coachCombo, self.tr("Alle JobCoaches"), coaches),
        ):
            current = combo.currentData()
            if [combo.itemData(i) for i in range(1, combo.count())] == list(values):
                continue
            combo.clear()
            combo.addItem(everything, None)
            for value in values:
                combo.addItem(value, value)
            if current is not None and combo.findData(current) < 0:
                combo.addItem(current, current)  # a filter in use stays, even if no family has it now
            combo.setCurrentIndex(max(combo.findData(current), 0))

    def read_filters(self) -> SummaryFilter | None:
        """The filters as entered, or ``None`` after showing why they cannot be used."""
        ui = self.ui
        problems: list[tuple[QLineEdit, str]] = []

        def day(edit: QLineEdit, name: str) -> date | None:
            try:
                return parse_date(edit.text())
            except ValidationError as exc:
                problems.append((edit, f"{name}: {exc.message}"))
                return None

        start = day(ui.periodFromEdit, self.tr("Anträge vom"))
        end = day(ui.periodToEdit, self.tr("bis"))
        stand = day(ui.standEdit, self.tr("Stichtag"))
        as_of = None
        if ui.asOfEdit.text().strip():
            try:
                as_of = parse_moment(ui.asOfEdit.text())
            except ValidationError as exc:
                problems.append((ui.asOfEdit, f"{self.tr('Datenstand')}: {exc.message}"))
        filters = None
        if not problems:
            try:
                filters = SummaryFilter(
                    location=ui.locationCombo.currentData(), coach=ui.coachCombo.currentData(),
                    date_from=start, date_to=end, stand=stand, as_of=as_of,
                    parenting_status=ui.parentingCombo.currentData(),
                    migration_background=ui.migrationCombo.currentData(),
                )
            except ValidationError as exc:
                problems.append((ui.asOfEdit if exc.field == "as_of" else ui.periodFromEdit, exc.message))
        for edit in (ui.periodFromEdit, ui.periodToEdit, ui.standEdit, ui.asOfEdit):
            message = next((text for field, text in problems if field is edit), "")
            edit.setStyleSheet(ERROR_FIELD_STYLE if message else "")
        ui.filterMessage.setText("\n".join(text for _field, text in problems))
        ui.filterMessage.setVisible(bool(problems))
        return filters

    def apply_filters(self, *_args) -> None:
        filters = self.read_filters()
        if filters is not None and filters != self.refresher.filters:
            self.refresher.set_filters(filters)
            self._trend_due()

    def show_as_of(self, day: date) -> None:
        """The Auswertung as of the end of ``day`` (Datenstand and Stichtag), on the first Bereich."""
        self.ui.asOfEdit.setText(format_date(day))
        self.ui.standEdit.setText(format_date(day))
        self.apply_filters()
        self.ui.areaTabs.setCurrentIndex(0)

    # -- following the data -----------------------------------------------------------------
    @property
    def filters(self) -> SummaryFilter:
        """The filters the figures on screen were counted with."""
        return self.refresher.filters

    def _on_change(self, event: ChangeEvent) -> None:
        if event.everything:
            self.refresher.set_filters(self.refresher.filters)  # counts everything afresh
        else:
            self.refresher.families_changed(event.families)
        if event.everything or self.filters.as_of is None:
            self._trend_due()

    def watch(self, family_id: uuid.UUID | None) -> None:
        """The family open in the grids is the one edited next: count its share ahead of time."""
        self.refresher.watch(family_id)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresher.set_active(True)
        self._kick_trend()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self.refresher.set_active(False)

    # -- the Verlauf ------------------------------------------------------------------------
    def _trend_due(self) -> None:
        """The Verlauf on screen no longer matches the data or the filters: count it when shown."""
        self._trend_stale = True
        self._trend_generation += 1
        self._kick_trend()

    @property
    def trend_idle(self) -> bool:
        """The Verlauf is current, or not shown (tests wait for this)."""
        return self._trend_task is None and not (self._trend_stale and self._trend_visible())

    def _trend_visible(self) -> bool:
        return self.isVisible() and self.ui.areaTabs.currentWidget() is self.trend_page

    def _kick_trend(self) -> None:
        if self._trend_task is not None or not self._trend_stale or not self._trend_visible():
            return
        self._trend_stale = False
        generation = self._trend_generation
        page = self.trend_page
        page.set_status(self.tr("Der Verlauf wird gezählt …"))
        task = tasks.start(count_trend, self.database, self.refresher.filters, page.grain)
        self._trend_task = task
        task.progress.connect(lambda done, total: page.set_status(
            self.tr("Der Verlauf wird gezählt … ({done} von {total} Zeiträumen)").format(done=done, total=total)))

        def finished(result: Trend) -> None:
            self._trend_task = None
            if generation == self._trend_generation:
                page.show_trend(result)
                page.set_status(counted(len(result.periods), self.tr("1 Zeitraum · gezählt um {time}"),
                                        self.tr("{n} Zeiträume · gezählt um {time}")).format(
                    n=len(result.periods), time=datetime.now().strftime("%H:%M:%S")))
                self.trend_shown.emit()
            self._kick_trend()

        def failed(message: str) -> None:
            self._trend_task = None
            page.set_status(self.tr("Verlauf fehlgeschlagen: {message}").format(message=message))
            self._kick_trend()

        task.finished.connect(finished)
        task.failed.connect(failed)

    def _counting(self, busy: bool) -> None:
        if busy:
            self.ui.statusLabel.setText(self.tr("Zahlen werden gezählt …"))

    def _failed(self, message: str) -> None:
        self.ui.statusLabel.setText(self.tr("Auswertung fehlgeschlagen: {message}").format(message=message))

    # -- showing the figures ----------------------------------------------------------------
    def _show(self, summary: Summary) -> None:
        self.summary = summary
        ui = self.ui
        ui.familiesCard.set_figure(number(summary.families), self.tr("Familien"))
        ui.childrenCard.set_figure(number(summary.children), self.tr("Kinder und Jugendliche"))
        for card, part, share, caption in (
            (ui.migrationCard, summary.children_with_migration_background, summary.migration_background_percent,
             self.tr("mit Migrationshintergrund")),
            (ui.singleParentCard, summary.children_single_parent, summary.single_parent_percent,
             self.tr("wachsen bei nur einem Elternteil auf")),
        ):
            shown = "–" if share is None else f"{share} %"
            card.set_figure(shown, self.tr("{caption} ({part} von {whole})").format(
                caption=caption, part=number(part), whole=number(summary.children)))
        for area, page in self.pages.items():
            page.show_area(summary.areas[area], summary.filters)
        self._show_minijobs(summary)
        counted_at = datetime.now().strftime("%H:%M:%S")
        as_of = summary.filters.as_of
        if as_of is None:
            ui.statusLabel.setText(self.tr("Stichtag {day} · Datenstand aktuell · gezählt um {time}").format(
                day=format_date(summary.stand), time=counted_at))
            ui.statusLabel.setStyleSheet("")
        else:
            ui.statusLabel.setText(self.tr("Stichtag {day} · Datenstand {moment}: die Daten, wie sie damals waren").format(
                day=format_date(summary.stand), moment=format_moment(as_of)))
            ui.statusLabel.setStyleSheet(PAST_STYLE)
        if self._drill is not None:
            self.drill(self._drill)  # the list behind the number may have changed too
        self.updated.emit()

    def _show_minijobs(self, summary: Summary) -> None:
        minijobs = summary.minijobs
        self.support.show_minijobs(minijobs)
        self.minijob_figures.show_minijobs(minijobs, summary.stand)
        self.ui.levelsChart.set_levels(
            [shown(step.label) for step in SUPPORT_STEPS],
            [(level, f"{level} = {support_level_label(level)}") for level in SUPPORT_LEVELS],
            [[minijobs.support[step.label][level] for step in SUPPORT_STEPS] for level in SUPPORT_LEVELS],
        )

    # -- drill-down -------------------------------------------------------------------------
    def drill(self, target: Drill) -> None:
        """List the families and children (or adults) behind ``target``, off the UI thread."""
        self._drill = target
        self._drill_generation += 1
        generation = self._drill_generation
        task = tasks.start(drill_rows, self.database, self.refresher.filters, target)

        def done(rows) -> None:
            if generation == self._drill_generation:
                self._show_rows(target, rows)

        task.finished.connect(done)
        task.failed.connect(self._failed)

    def _show_rows(self, target: Drill, rows: list) -> None:
        self.drill_model.set_rows(rows, minijobs=target.minijobs)
        families = self.drill_model.families()
        n = len(rows)
        if target.minijobs:
            who = counted(n, self.tr("1 Person"), self.tr("{n} Personen"))
        else:
            who = counted(n, self.tr("1 Kind oder Jugendlicher"), self.tr("{n} Kinder und Jugendliche"))
        where = counted(families, self.tr("1 Familie"), self.tr("{n} Familien"))
        self.ui.drillTitle.setText(f"<b>{target.what}</b><br>" + self.tr("{who} in {where}").format(
            who=who.format(n=number(n)), where=where.format(n=number(families))))
        self.ui.drillTable.resizeColumnToContents(0)
        self.drilled.emit()

    def open_row(self, index) -> None:
        """Open the family of a listed child or adult in the tab "Familien", on that person's row."""
        if not index.isValid():
            return
        family_id: uuid.UUID = index.data(FAMILY_ROLE)
        member_id: uuid.UUID = index.data(MEMBER_ROLE)
        adult = self.drill_model.minijobs
        area = None if adult or self._drill is None or self._drill.area is None else self._drill.area.value
        self.open_requested.emit(family_id, member_id, area, adult)

    def _level_bar(self, step_index: int, level: int) -> None:
        step = SUPPORT_STEPS[step_index].label
        self.drill(Drill(None, "support", (step, level), minijobs=True,
                         what=f"{self.tr('Minijobs')} · {step} · {level} = {support_level_label(level)}"))
