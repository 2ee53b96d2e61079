"""The reason catalogue per Bereich: why a journey stopped.

The catalogue starts with every reason of Anhang 6.6 (``resources/reasons/but.json``,
verbatim) and grows with the reasons coaches type: a text not yet in the catalogue joins it
verbatim (trimmed), so the summary groups identical reasons together. Reasons are never
renamed or deleted here, because entries refer to them.
"""

from __future__ import annotations

import json
from functools import cache

import sqlalchemy as sa
from sqlalchemy.orm import Session

from userjourney.core.models import Reason
from userjourney.core.vocab import AREAS, Area
from userjourney.paths import resource_path


@cache
def shipped_catalogue() -> dict[Area, tuple[str, ...]]:
    """The reasons shipped with the program, per area, in the order of Anhang 6.6."""
    data = json.loads(resource_path("reasons", "but.json").read_text(encoding="utf-8"))
    return {area: tuple(data.get(area.value, ())) for area in AREAS}


def normalise_reason(text: str | None) -> str | None:
    """A reason as stored: verbatim but trimmed; empty → ``None``."""
    if text is None:
        return None
    cleaned = str(text).strip()
    return cleaned or None


def ensure_catalogue(session: Session) -> int:
    """Add shipped reasons missing from the database; returns how many were added."""
    existing = {(area, text) for area, text in session.execute(sa.select(Reason.area, Reason.text))}
    added = 0
    for area, texts in shipped_catalogue().items():
        for text in texts:
            if (area.value, text) not in existing:
                session.add(Reason(area=area.value, text=text, seeded=True))
                added += 1
    return added


def reasons_for(session: Session, area: Area | str) -> list[Reason]:
    """The catalogue of one area: shipped reasons first (in their order), then the rest A–Z."""
    area = Area(area)
    shipped = {text: i for i, text in enumerate(shipped_catalogue()[area])}
    rows = list(session.scalars(sa.select(Reason).where(Reason.area == area.value)))
    return sorted(rows, key=lambda r: (r.text not in shipped, shipped.get(r.text, 0), r.text.casefold()))


def find_or_create(session: Session, area: Area | str, text: str) -> Reason | None:
    """The catalogue reason with this text, created when new; ``None`` for an empty text."""
    text = normalise_reason(text)
    if text is None:
        return None
    area = Area(area)
    reason = session.scalars(
        sa.select(Reason).where(Reason.area == area.value, Reason.text == text)
    ).first()
    if reason is None:
        reason = Reason(area=area.value, text=text, seeded=False)
        session.add(reason)
    return reason
