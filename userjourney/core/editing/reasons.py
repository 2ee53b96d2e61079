"""The reason catalogue per Bereich: why a journey stopped.

The catalogue starts with every reason of Anhang 6.6 (seeded by
:mod:`userjourney.core.storage.catalogue`) and grows with the reasons coaches type: a text not
yet in the catalogue joins it verbatim (trimmed), so the summary groups identical reasons
together. A reason is never changed or deleted in place — entries, the history, as-of and sync
refer to it by its id and text — but its entries can move to another reason
(:func:`~userjourney.core.editing.edits.move_reason`, Bearbeiten → Gründe): renaming is moving to a new text, merging is moving to
a text in the catalogue; both are ordinary edits of the entries (history, undo, sync). The
catalogue offers what Anhang 6.6 ships and what entries use, so a reason left without entries
drops out of the lists by itself.

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
from userjourney.core.storage.models import ButEntry, Reason
from userjourney.core.vocab import Area


def normalise_reason(text: str | None) -> str | None:
    """A reason as stored: verbatim but trimmed; empty → ``None``."""
    if text is None:
        return None
    cleaned = str(text).strip()
    return cleaned or None


def reason_usage(session: Session, area: Area | str) -> list[tuple[Reason, int]]:
    """Every reason of one area with the number of entries that give it; shipped reasons first
    (in their order), then the rest A–Z."""
    area = Area(area)
    shipped = {text: i for i, text in enumerate(shipped_catalogue()[area])}
    used = sa.select(col(ButEntry.reason_id), sa.func.count()).where(col(ButEntry.reason_id).is_not(None)) \
        .group_by(col(ButEntry.reason_id)).subquery()
    rows = session.execute(sa.select(Reason, sa.func.coalesce(used.c[1], 0))
                           .outerjoin(used, used.c.reason_id == col(Reason.id))
                           .where(col(Reason.area) == area.value)).all()
    ordered = sorted(rows, key=lambda r: (r[0].text not in shipped, shipped.get(r[0].text, 0), r[0].text.casefold()))
    return [(reason, int(count)) for reason, count in ordered]


def reasons_for(session: Session, area: Area | str) -> list[Reason]:
    """The catalogue the reason editor offers: shipped reasons and those in use (a reason whose
    entries all moved elsewhere is not offered any more), without the hidden ones."""
    shipped = set(shipped_catalogue()[Area(area)])
    return [reason for reason, count in reason_usage(session, area)
            if (count or reason.text in shipped) and not reason.hidden]


def find_reason(session: Session, area: Area | str, text: str) -> Reason | None:
    """The catalogue reason of ``area`` with exactly this text, or ``None``."""
    return session.scalars(
        sa.select(Reason).where(col(Reason.area) == Area(area).value, col(Reason.text) == text)
    ).first()


def find_or_create(session: Session, area: Area | str, text: str) -> Reason | None:
    """The catalogue reason with this text, created when new; ``None`` for an empty text."""
    cleaned = normalise_reason(text)
    if cleaned is None:
        return None
    reason = find_reason(session, area, cleaned)
    if reason is None:
        reason = Reason(area=Area(area).value, text=cleaned, seeded=False)
        session.add(reason)
    return reason


def similar_reason(catalogue: Iterable[str], text: str) -> str | None:
    """The catalogue reason that most likely means what ``text`` says, or ``None``
    (:func:`~userjourney.core.similar.similar_text`)."""
    return similar_text(catalogue, normalise_reason(text) or "")
