"""Which families and which applications a summary covers (:class:`SummaryFilter`)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from userjourney.core.errors import ValidationError
from userjourney.core.i18n import tr
from userjourney.core.values import format_date, format_moment
from userjourney.core.vocab import ParentingStatus


@dataclass(frozen=True)
class SummaryFilter:
    """Which families and which applications a summary covers; ``None`` = no restriction.

    ``location``/``coach``/``parenting_status``/``migration_background`` select families (the
    last two are the GUI's extra filters); ``date_from``/``date_to`` restrict only the
    ``applications`` count (both ends included); ``stand`` is the report day (default: today).
    ``as_of`` (timezone-aware) evaluates the database as it was at that moment (the
    *Datenstand*, rebuilt from the history: :mod:`userjourney.core.history.as_of`); without
    ``stand`` the Stichtag is then that moment's day. A moment in the future is refused.
    ``family_ids`` restricts to these families (on top of the other filters): the share of a
    few families in a summary, which the Auswertung uses to update its figures after an edit
    (:mod:`userjourney.core.summary_update`).
    Texts are trimmed and an empty text means "no filter"; a period whose start lies after its
    end is refused with a German message, before any database is touched.
    """

    location: str | None = None
    coach: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    stand: date | None = None
    parenting_status: ParentingStatus | None = None
    migration_background: bool | None = None
    family_ids: frozenset[uuid.UUID] | None = None
    as_of: datetime | None = None

    def __post_init__(self) -> None:
        for name in ("location", "coach"):
            value = getattr(self, name)
            if value is not None:
                object.__setattr__(self, name, str(value).strip() or None)
        if self.parenting_status is not None:
            object.__setattr__(self, "parenting_status", ParentingStatus(self.parenting_status))
        if self.family_ids is not None:
            object.__setattr__(self, "family_ids", frozenset(self.family_ids))
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValidationError(
                tr("Der Zeitraum ist leer: der Beginn {start} liegt nach dem Ende {end}.").format(
                    start=format_date(self.date_from), end=format_date(self.date_to)
                ),
                field="date_from",
            )

        if self.as_of is not None:
            if self.as_of.tzinfo is None:
                object.__setattr__(self, "as_of", self.as_of.astimezone())
            if self.as_of > datetime.now(UTC) + timedelta(seconds=1):
                raise ValidationError(
                    tr("Der Datenstand {moment} liegt in der Zukunft.").format(moment=format_moment(self.as_of)),
                    field="as_of",
                )

    def stand_or_today(self) -> date:
        if self.stand is not None:
            return self.stand
        return self.as_of.astimezone().date() if self.as_of is not None else date.today()
