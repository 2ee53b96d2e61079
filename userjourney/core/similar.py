"""Which of the texts already in use a newly typed one most likely means.

A catalogue that grows with what coaches type splits silently: the paper form's "Kind möchte
zuhause essen" beside Anhang 6.6's "Kind / Jugendlicher möchte zuhause essen", "Fr. Kaya" beside
"Frau Kaya" — and the Auswertung counts them apart. :func:`similar_text` finds the text in use
that a new one is probably meant to be, so the window can ask before the new one is stored.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from difflib import SequenceMatcher

_WORD = re.compile(r"[^\W\d_]+")
#: Words this short ("zu", "im", "Fr") say little about what a text means.
MIN_WORD = 3
#: Nearly the same letters: a typo, another case, an abbreviation ("Fr. Kaya" / "Frau Kaya").
SIMILAR_LETTERS = 0.85
#: The share of the shorter text's words found in the other.
SIMILAR_WORDS = 0.8


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.casefold()) if len(w) >= MIN_WORD}


def _letters(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


def similar_text(candidates: Iterable[str], text: str) -> str | None:
    """The candidate that most likely means what ``text`` (trimmed) says, or ``None``.

    Similar is: (almost) all words of the shorter text in the longer one — at least two words of
    three letters or more, or the one such word the shorter has, any case ("Kind möchte zuhause
    essen" ⊂ "Kind / Jugendlicher möchte zuhause essen", "Kaya" ⊂ "Frau Kaya") — or nearly the
    same letters (a typo, another case, "Fr." for "Frau"). A text that *is* one of the candidates
    is not "similar": it is that text.
    """
    text = text.strip()
    if not text:
        return None
    words, letters = _words(text), _letters(text)
    best: tuple[float, float, str] | None = None
    for candidate in candidates:
        if candidate == text:
            return None
        other = _words(candidate)
        shared = len(words & other)
        fewest = min(len(words), len(other))
        by_words = shared / fewest if fewest and shared >= min(2, fewest) else 0.0
        by_letters = SequenceMatcher(None, letters, _letters(candidate)).ratio()
        if by_words >= SIMILAR_WORDS or by_letters >= SIMILAR_LETTERS:
            score = (max(by_words, by_letters), by_letters, candidate)
            if best is None or score[:2] > best[:2]:
                best = score
    return best[2] if best else None
