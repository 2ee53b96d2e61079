"""The reason catalogue per Bereich: why a journey stopped.

The catalogue starts with every reason of Anhang 6.6 (seeded by
:mod:`userjourney.core.storage.catalogue`) and grows with the reasons coaches type: a text not
yet in the catalogue joins it verbatim (trimmed), so the summary groups identical reasons
together. Reasons are never renamed or deleted here, because entries refer to them.

A new text that means what a catalogue reason already says would split the summary's count
silently ("Kind möchte zuhause essen", as the paper form has it, beside Anhang 6.6's "Kind /
Jugendlicher möchte zuhause essen"). :func:`similar_reason` finds such a reason, so the window can
ask "Ein ähnlicher Grund ist schon da – diesen nehmen?" before a new one joins the catalogue.
"""

from __future__ import annotations

from collections.abc import Iterable

import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlmodel import col

from userjourney.core.similar import similar_text
from userjourney.core.storage.catalogue import shipped_catalogue
from userjourney.core.storage.models import Reason
from userjourney.core.vocab import Area


def normalise_reason(text: str | None) -> str | None:
    """A reason as stored: verbatim but trimmed; empty → ``None``."""
    if text is None:
        return None
    cleaned = str(text).strip()
    return cleaned or None


def reasons_for(session: Session, area: Area | str) -> list[Reason]:
    """The catalogue of one area: shipped reasons first (in their order), then the rest A–Z."""
    area = Area(area)
    shipped = {text: i for i, text in enumerate(shipped_catalogue()[area])}
    rows = list(session.scalars(sa.select(Reason).where(col(Reason.area) == area.value)))
    return sorted(rows, key=lambda r: (r.text not in shipped, shipped.get(r.text, 0), r.text.casefold()))


def find_or_create(session: Session, area: Area | str, text: str) -> Reason | None:
    """The catalogue reason with this text, created when new; ``None`` for an empty text."""
    cleaned = normalise_reason(text)
    if cleaned is None:
        return None
    text = cleaned
    area = Area(area)
    reason = session.scalars(
        sa.select(Reason).where(col(Reason.area) == area.value, col(Reason.text) == text)
    ).first()
    if reason is None:
        reason = Reason(area=area.value, text=text, seeded=False)
        session.add(reason)
    return reason


def similar_reason(catalogue: Iterable[str], text: str) -> str | None:
    """The catalogue reason that most likely means what ``text`` says, or ``None``
    (:func:`~userjourney.core.similar.similar_text`)."""
    return similar_text(catalogue, normalise_reason(text) or "")
