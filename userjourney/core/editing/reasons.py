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

import re
from collections.abc import Iterable
from difflib import SequenceMatcher

import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlmodel import col

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


_WORD = re.compile(r"[^\W\d_]+")
#: Words this short ("zu", "im", "an") say little about what a reason means.
MIN_WORD = 3
#: Nearly the same letters: a typo, a missing article ("Schule deckt den Bedarf ab").
SIMILAR_LETTERS = 0.85
#: The share of the shorter text's words found in the other.
SIMILAR_WORDS = 0.8


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.casefold()) if len(w) >= MIN_WORD}


def _letters(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


def similar_reason(catalogue: Iterable[str], text: str) -> str | None:
    """The catalogue reason that most likely means what ``text`` says, or ``None``.

    Similar is: (almost) all words of the shorter text in the longer one — at least two words of
    three letters or more, any case ("Kind möchte zuhause essen" ⊂ "Kind / Jugendlicher möchte
    zuhause essen") — or nearly the same letters (a typo, another case, an extra "die"). A text
    that *is* in the catalogue is not "similar": it is the reason itself.
    """
    cleaned = normalise_reason(text)
    if cleaned is None:
        return None
    words, letters = _words(cleaned), _letters(cleaned)
    best: tuple[float, float, str] | None = None
    for candidate in catalogue:
        if candidate == cleaned:
            return None
        other = _words(candidate)
        shared = len(words & other)
        by_words = shared / min(len(words), len(other)) if shared >= 2 else 0.0
        by_letters = SequenceMatcher(None, letters, _letters(candidate)).ratio()
        if by_words >= SIMILAR_WORDS or by_letters >= SIMILAR_LETTERS:
            score = (max(by_words, by_letters), by_letters, candidate)
            if best is None or score[:2] > best[:2]:
                best = score
    return best[2] if best else None
