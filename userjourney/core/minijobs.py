"""The rules of the Minijob journey (Anhang 6.7) that go beyond single values.

**Nachhaltig** means the job has lasted three months or longer. When the coach has not
answered it, the rule proposes it from ``Beginn``: on or after Beginn plus three *calendar*
months (clamped to the month's end, so 31.01. → 30.04. and 30.11. → 28.02. or 29.02.), the
job counts as sustainable. The coach's own answer always wins; where it differs from the
rule it is shown as an override. The summary counts the same way (exchange-format §3).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from userjourney.core.values import add_months

SUSTAINABLE_AFTER_MONTHS = 3


def sustainable_from(started_on: date) -> date:
    """The first day on which a job begun on ``started_on`` counts as sustainable."""
    return add_months(started_on, SUSTAINABLE_AFTER_MONTHS)


def sustainable_by_rule(started_on: date | None, today: date | None = None) -> bool | None:
    """What the three-month rule says: ``True`` once lasted, ``None`` without Beginn or not yet."""
    if started_on is None:
        return None
    return True if sustainable_from(started_on) <= (today or date.today()) else None


def latest_sustainable_start(stand: date) -> date | None:
    """The last Beginn whose three calendar months are complete on ``stand``.

    "Beginn plus 3 calendar months on or before Stand" is monotone in Beginn, so it is the same
    as "Beginn on or before this day" — a plain date comparison every database does alike.
    The summary counts with it in SQL (:func:`userjourney.core.summary.sql.sustainable`). Month
    ends are clamped as :func:`~userjourney.core.values.add_months` does (31.01. + 3
    months = 30.04.), so for Stand 30.04. the answer is 31.01., not 30.01.
    """
    if stand < date(1, 1 + SUSTAINABLE_AFTER_MONTHS, 1):
        return None  # even a Beginn on 01.01.0001 is not three months old yet
    day = add_months(stand, -SUSTAINABLE_AFTER_MONTHS)
    while add_months(day + timedelta(days=1), SUSTAINABLE_AFTER_MONTHS) <= stand:
        day += timedelta(days=1)
    return day


@dataclass(frozen=True)
class Sustainability:
    """Nachhaltig as shown: the value, whether it is computed, and whether the coach overrode the rule."""

    value: bool | None
    computed: bool
    overridden: bool
    rule: bool | None


def sustainability(answer: bool | None, started_on: date | None, today: date | None = None) -> Sustainability:
    """Nachhaltig for display: the coach's answer, else the rule's proposal.

    An answer is an *override* when Beginn is known and the answer differs from what the
    rule says on ``today`` (ja before three months have passed, nein after).
    """
    rule = sustainable_by_rule(started_on, today)
    if answer is None:
        return Sustainability(rule, computed=rule is not None, overridden=False, rule=rule)
    overridden = started_on is not None and answer != bool(rule)
    return Sustainability(answer, computed=False, overridden=overridden, rule=rule)
