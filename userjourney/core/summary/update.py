"""Keeping a summary current after an edit without counting the whole database again.

Every figure of :class:`~userjourney.core.summary.Summary` is a sum over families: a family
adds its children, its entries, its adults and nothing else (the percentages and the rankings
are derived from sums). So when a commit changed the families ``F``, the new summary is

    old summary − the share of F before the commit + the share of F after it,

and the share of one family is the summary restricted to it (``SummaryFilter.family_ids``),
counted by the same SQL as the whole — a few milliseconds instead of the whole count (about
140 ms on 10,000 families, ``bench/``). The Auswertung (:mod:`userjourney.gui.summary.refresh`)
keeps the shares of the families a coach is likely to change and so follows an edit at once.

The share *before* the commit must be the one the old summary contains. :func:`change_mark`
makes that checkable: the history's row ids grow with every commit (writers are serialised by
SQLite), so a family whose latest history row is not newer than the mark read with the summary
is unchanged since — its share counted later is still the share inside the summary.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlmodel import col

from userjourney.core.storage.models import Change
from userjourney.core.summary.counting import summarize
from userjourney.core.summary.filters import SummaryFilter
from userjourney.core.summary.model import (
    AreaSummary,
    MinijobSummary,
    ReasonCount,
    Summary,
    ranked,
)
from userjourney.core.vocab import Area


class Mismatch(ValueError):
    """The shares taken away were not inside the summary (a count fell below zero)."""


def family_share(session: Session, filters: SummaryFilter, family_id: uuid.UUID) -> Summary:
    """The part of the summary for ``filters`` that one family contributes.

    A family that no longer exists, or no longer passes the filters, contributes nothing.
    ``filters`` should carry a Stand, so that the share and the whole use the same day.
    """
    return summarize(session, replace(filters, family_ids=frozenset({family_id})))


def change_mark(session: Session, family_id: uuid.UUID | None = None) -> int:
    """The newest history row id, of all families or of one (0 when there is none)."""
    statement = sa.select(sa.func.max(col(Change.id)))
    if family_id is not None:
        statement = statement.where(col(Change.family_id) == family_id)
    return int(session.execute(statement).scalar_one() or 0)


def adjust(total: Summary, removed: Iterable[Summary], added: Iterable[Summary]) -> Summary:
    """``total`` minus the ``removed`` shares plus the ``added`` ones, with lists re-ranked.

    Raises :class:`Mismatch` when a count would fall below zero: then a removed share was not
    part of ``total``, and the caller has to count afresh.
    """
    parts = [(-1, s) for s in removed] + [(1, s) for s in added]
    if not parts:
        return total

    def count(get) -> int:
        value = get(total) + sum(sign * get(s) for sign, s in parts)
        if value < 0:
            raise Mismatch("a removed share was not part of the summary")
        return value

    children = count(lambda s: s.children)
    areas = {}
    for area, mine in total.areas.items():
        def of(s: Summary, area: Area = area) -> AreaSummary:
            return s.areas[area]

        details = _merged(of(total).using_by_detail, [(sign, of(s).using_by_detail) for sign, s in parts])
        reasons = _merged({r.reason: r.count for r in of(total).reasons},
                          [(sign, {r.reason: r.count for r in of(s).reasons}) for sign, s in parts])
        areas[area] = AreaSummary(
            area=area,
            children=children,
            not_entitled=count(lambda s: of(s).not_entitled),
            entitled=count(lambda s: of(s).entitled),
            entitlement_unknown=count(lambda s: of(s).entitlement_unknown),
            using=count(lambda s: of(s).using),
            applications=count(lambda s: of(s).applications),
            funnel={step: count(lambda s, k=step: of(s).funnel[k]) for step in mine.funnel},
            using_by_facility_type={
                kind: count(lambda s, k=kind: of(s).using_by_facility_type[k]) for kind in mine.using_by_facility_type
            },
            using_by_detail=dict(ranked(details)),
            reasons=tuple(ReasonCount(text, n) for text, n in ranked(reasons)),
        )
    jobs = total.minijobs
    minijobs = MinijobSummary(
        persons=count(lambda s: s.minijobs.persons),
        support={
            step: {level: count(lambda s, a=step, b=level: s.minijobs.support[a][b]) for level in levels}
            for step, levels in jobs.support.items()
        },
        topup_possible=count(lambda s: s.minijobs.topup_possible),
        topped_up=count(lambda s: s.minijobs.topped_up),
        sustainable=count(lambda s: s.minijobs.sustainable),
    )
    return replace(
        total,
        families=count(lambda s: s.families),
        children=children,
        children_with_migration_background=count(lambda s: s.children_with_migration_background),
        children_single_parent=count(lambda s: s.children_single_parent),
        areas=areas,
        minijobs=minijobs,
    )


def _merged(base: dict[str, int], parts: list[tuple[int, dict[str, int]]]) -> dict[str, int]:
    counts = Counter(base)
    for sign, part in parts:
        for text, n in part.items():
            counts[text] += sign * n
    if any(n < 0 for n in counts.values()):
        raise Mismatch("a removed share was not part of the summary")
    return {text: n for text, n in counts.items() if n}
