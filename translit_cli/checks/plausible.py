"""Is a spelling pronounceable as a transliterated Arabic word?

A slip of the fingers or of an OCR engine often makes a spelling that no transliteration
scheme can produce (Takblr, Hadfth, Khadlj, Yazld, Smurah), while a one-letter change between
two real names never does (Sulaim / Suhaim, Nadir / Nakir).  Arabic syllables are CV, CVV,
CVC and CVVC, so a romanized Arabic word:

* never starts with two consonants (a digraph such as ``sh`` or ``kh`` is one consonant);
* never has three consonants in a row (a doubled consonant counts as two: ``mm`` in Muḥammad);
* never has three vowel letters in a row (ʿayn and hamza are consonants: Saʿeed is fine);
* has a vowel.

The check runs on a spelling folded to lower case without diacritics, with every ʿayn/hamza
look-alike written ``'``.  English words fail it as often as slips do (Christ, strength), so
the caller treats implausibility as evidence only against a *plausible* frequent form.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from ..normalize import fold_latin, fold_marks

VOWELS = frozenset("aeiou")
#: Two letters that write one consonant in the common schemes and in English spellings.
DIGRAPHS = ("sh", "kh", "th", "dh", "gh", "ch", "zh")
_PHONEME = regex.compile("|".join(DIGRAPHS) + r"|.", regex.DOTALL)


def written_fold(form: str) -> str:
    """Lower case, no diacritics, every ʿayn/hamza look-alike written ``'``."""
    return fold_latin(fold_marks(form, "\0")).replace("\0", "'")


def _phonemes(folded: str) -> list[str]:
    return _PHONEME.findall(folded)


@lru_cache(maxsize=65536)
def is_plausible(folded: str) -> bool:
    """Could ``folded`` (see :func:`written_fold`) be a romanized Arabic word?"""
    phonemes = _phonemes(folded)
    kinds = "".join("v" if p in VOWELS else "c" for p in phonemes)
    if "v" not in kinds or kinds.startswith("cc"):
        return False
    return "ccc" not in kinds and "vvv" not in kinds
