"""The rules of the Minijob journey (Anhang 6.7) that go beyond single values.

**Nachhaltig** means the job has lasted three months or longer. When the coach has not
answered it, the rule proposes it from ``Beginn``: on or after Beginn plus three *calendar*
months (clamped to the month's end, so 31.01. → 30.04. and 30.11. → 28.02. or 29.02.), the
job counts as sustainable. The coach's own answer always wins; where it differs from the
rule it is shown as an override. The summary counts the same way (exchange-format §3).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

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
