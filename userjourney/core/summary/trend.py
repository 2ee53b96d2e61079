"""How take-up develops: the summary at the end of every month or quarter (exchange-format §5).

Each period is evaluated as of its last day (the end of that day, local time) on the database
as it was then (:mod:`userjourney.core.history.as_of`; one past state moved on from period to
period, so the history is read about once): who was entitled and who used the
offer at that moment, and the applications filed *within* the period. The last period ends on
``date_to`` (default today) even in the middle of a month. With ``as_of`` the trend is the one
that could have been drawn at that moment: no period is evaluated later than it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Any, Literal

from userjourney.core.errors import ValidationError
from userjourney.core.history.as_of import first_record, past_state
from userjourney.core.i18n import tr
from userjourney.core.storage.database import Database
from userjourney.core.summary.counting import take_up
from userjourney.core.summary.filters import SummaryFilter
from userjourney.core.summary.model import TakeUp
from userjourney.core.values import format_date
from userjourney.core.vocab import Area

Grain = Literal["month", "quarter"]
GRAINS: tuple[Grain, ...] = ("month", "quarter")
#: More periods than this is a mistake (a date from another century), not a question.
MAX_PERIODS = 600


@dataclass(frozen=True)
class Period:
    """One period: its days, and the take-up as of its end (applications within it)."""

    start: date
    end: date
    figures: TakeUp

    def to_json(self) -> dict[str, Any]:
        figures = self.figures
        return {
            "end": self.end.isoformat(),
            "families": figures.families,
            "children": figures.children,
            "but": {
                str(area): {"children": area_figures.children, "entitled": area_figures.entitled,
                            "using": area_figures.using, "applications": area_figures.applications}
                for area, area_figures in figures.areas.items()
            },
        }


@dataclass(frozen=True)
class Trend:
    by: Grain
    periods: list[Period]

    def to_json(self) -> dict[str, Any]:
        return {"by": self.by, "periods": [p.to_json() for p in self.periods]}


def periods(start: date, end: date, by: Grain) -> list[tuple[date, date]]:
    """The periods from ``start`` to ``end``: calendar months or quarters, the first beginning on
    ``start``, the last ending on ``end``."""
    if by not in GRAINS:
        raise ValidationError(tr("„{by}“: erwartet wird month oder quarter.").format(by=by), field="by")
    if start > end:
        raise ValidationError(tr("Der Zeitraum ist leer: der Beginn {start} liegt nach dem Ende {end}.").format(
            start=format_date(start), end=format_date(end)), field="date_from")
    months = 1 if by == "month" else 3
    found = []
    current = start
    while current <= end:
        first_month = current.month - (current.month - 1) % months
        year, month = current.year, first_month + months
        if month > 12:
            year, month = year + 1, month - 12
        period_end = min(date(year, month, 1) - timedelta(days=1), end)
        found.append((current, period_end))
        current = period_end + timedelta(days=1)
        if len(found) > MAX_PERIODS:
            raise ValidationError(tr("Zu viele Zeiträume (mehr als {n}); bitte --from und --to prüfen.").format(
                n=MAX_PERIODS), field="date_from")
    return found


def end_of(day: date) -> datetime:
    return datetime.combine(day, time.max).astimezone()


def first_period_day(database: Database, filters: SummaryFilter) -> tuple[date, date]:
    """The first and the last day a trend for ``filters`` covers: ``date_from`` or the day of the
    first record (or of ``date_to`` in an empty database), to ``date_to`` or the Datenstand's day."""
    limit = filters.as_of
    last = filters.date_to or (limit.astimezone().date() if limit else date.today())
    first = filters.date_from
    if first is None:
        with database.session() as session:
            began = first_record(session)
        first = min(began.astimezone().date(), last) if began else last
    return first, last


def trend(database: Database, filters: SummaryFilter | None = None, by: Grain = "month",
          progress: Callable[[int, int], None] | None = None) -> Trend:
    """The trend for ``filters``: ``date_from``/``date_to`` bound the periods (default: from the
    first record to today, or to ``as_of``); the other filters select families."""
    filters = filters or SummaryFilter()
    limit = filters.as_of
    spans = periods(*first_period_day(database, filters), by)
    found = []
    with past_state(database, for_counting=True) as state:  # one past, moved on period by period
        moments = [end_of(end) if limit is None else min(end_of(end), limit) for _start, end in spans]
        cuts = state.cuts_at(moments)
        for index, (start, end) in enumerate(spans):
            state.move_to(cuts[index])
            period_filters = replace(filters, date_from=start, date_to=end, stand=end, as_of=None)
            found.append(Period(start, end, take_up(state.session, period_filters)))
            if progress is not None:
                progress(index + 1, len(spans))
    return Trend(by, found)


def format_trend(result: Trend) -> str:
    """The trend as a German text table: per period and Bereich entitled, using, share, applications."""
    areas = list(Area)
    header = f"{tr('Ende'):<10}  {tr('Familien'):>8}  {tr('Kinder'):>6}  " + "  ".join(
        f"{str(area)[:22]:<22}" for area in areas)
    lines = [tr("Verlauf BuT je {by}: Anspruch / wahrgenommen (Quote) / Anträge im Zeitraum").format(
        by=tr("Monat") if result.by == "month" else tr("Quartal")), header]
    for period in result.periods:
        cells = []
        for area in areas:
            figures = period.figures.areas[area]
            share = figures.share
            quote = "–" if share is None else f"{share:.0%}"
            cells.append(f"{f'{figures.entitled}/{figures.using} ({quote}) {figures.applications}':<22}")
        lines.append(f"{format_date(period.end):<10}  {period.figures.families:>8}  {period.figures.children:>6}  "
                     + "  ".join(cells))
    return "\n".join(lines)
