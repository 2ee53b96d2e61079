"""The shipped reason catalogue (Anhang 6.6), seeded into every database that is opened to write.

The catalogue starts with every reason of Anhang 6.6 (``resources/reasons/but.json``, verbatim)
in the order printed there; a newer program may ship more, so each opening adds what is missing.
Reasons are not part of the change history (entries refer to them by id), so seeding needs no
recorder. Growing the catalogue with coaches' own texts is
:mod:`userjourney.core.editing.reasons`.
"""

from __future__ import annotations

import json
from functools import cache

import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlmodel import col

from userjourney.core.storage.models import Reason
from userjourney.core.vocab import AREAS, Area
from userjourney.paths import resource_path


@cache
def shipped_catalogue() -> dict[Area, tuple[str, ...]]:
    """The reasons shipped with the program, per area, in the order of Anhang 6.6."""
    data = json.loads(resource_path("reasons", "but.json").read_text(encoding="utf-8"))
    return {area: tuple(data.get(area.value, ())) for area in AREAS}


def ensure_catalogue(session: Session) -> int:
    """Add shipped reasons missing from the database; returns how many were added."""
    existing = {(area, text) for area, text in session.execute(sa.select(col(Reason.area), col(Reason.text)))}
    added = 0
    for area, texts in shipped_catalogue().items():
        for text in texts:
            if (area.value, text) not in existing:
                session.add(Reason(area=area.value, text=text, seeded=True))
                added += 1
    return added
