"""Is a spelling pronounceable as a transliterated Arabic word?

A slip of the fingers or of an OCR engine often makes a spelling that no transliteration
scheme can produce (Takblr, Hadfth, Khadlj, Yazld, Smurah), while a one-letter change between
two real names never does (Sulaim / Suhaim, Nadir / Nakir).  Arabic syllables are CV, CVV,
CVC and CVVC, so a romanized Arabic word:

* never starts with two consonants (a digraph such as ``sh`` or ``kh`` is one consonant);
* never has three consonants in a row (a doubled consonant counts as two: ``mm`` in Muḥammad);
* never has three vowel letters in a row (ʿayn and hamza are consonants: Saʿeed is fine),
  a long vowel counting as two (Ǧaāl, Ġāī, Tamīmīī are slips, Ǧalāl, Ġāzī, Tamīmī are not);
* never ends in a long vowel and two different consonants (Nāṣr is a slip for Nāṣir or
  Naṣr; a doubled consonant is fine there: al-Ḥāǧǧ, ʿāmm);
* never has two different sibilants side by side (ʿIzsa, Mussṣa): Arabic roots do not put
  like consonants next to each other (Greenberg 1950, "The patterning of root morphemes in
  Semitic"), and no pattern or affix brings two together (of the lexicon's readings only
  Nietzsche and Kyrgyzstan have such a pair);
* has a vowel.

:func:`is_plausible` reads a spelling folded to lower case without diacritics, with every
ʿayn/hamza look-alike written ``'``; :func:`is_plausible_written` reads the spelling as
written, where a macron (or the acute of ALA-LC's alif maqṣūra, Muṣṭafá) makes a vowel long.
English words fail the check as often as slips do (Christ, strength), so the caller treats
implausibility as evidence only against a *plausible* frequent form.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex

from ..normalize import fold_latin, fold_marks

VOWELS = frozenset("aeiou")
#: Two letters that write one consonant in the common schemes and in English spellings.
DIGRAPHS = ("sh", "kh", "th", "dh", "gh", "ch", "zh")
_PHONEME = regex.compile("|".join(DIGRAPHS) + r"|.", regex.DOTALL)
#: Combining marks that make a vowel long: the macron, and the acute of ALA-LC's á.
LENGTH_MARKS = frozenset("\u0304\u0301")
MACRON = "\u0304"
_LONG_END = regex.compile(r"(?:aa|ii|uu|ee|oo)([^aeiou])([^aeiou])$")
#: Sibilants as folded phonemes (ṣ folds to s, š to sh).
SIBILANTS = frozenset({"s", "z", "sh", "zh"})


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
    if "v" not in kinds or kinds.startswith("cc") or _sibilants_together(phonemes):
        return False
    return "ccc" not in kinds and "vvv" not in kinds


def _sibilants_together(phonemes: list[str]) -> bool:
    return any(a != b and a in SIBILANTS and b in SIBILANTS for a, b in zip(phonemes, phonemes[1:]))


def length_marked(form: str) -> str:
    """``form`` in lower case, decomposed, with every ʿayn/hamza look-alike ``'`` and no
    diacritic but a macron (U+0304) for each mark of vowel length (macron, ALA-LC's acute)."""
    return "".join(
        MACRON if char in LENGTH_MARKS else char
        for char in unicodedata.normalize("NFD", fold_marks(form, "'").casefold())
        if char in LENGTH_MARKS or not unicodedata.combining(char)
    )


_LONG_VOWEL = regex.compile("([" + "".join(VOWELS) + "])\u0304|\u0304")


def _with_long_vowels_doubled(form: str) -> str:
    """``form`` folded as :func:`written_fold` does, but a long vowel written twice."""
    return _LONG_VOWEL.sub(lambda match: match.group(1) * 2 if match.group(1) else "", length_marked(form))


@lru_cache(maxsize=65536)
def is_plausible_written(form: str) -> bool:
    """Could ``form``, as written (diacritics and all), be a romanized Arabic word?"""
    doubled = _with_long_vowels_doubled(form)
    ending = _LONG_END.search(doubled)
    if ending and ending.group(1) != ending.group(2):
        return False
    return is_plausible(doubled)


def written_phonemes(form: str) -> set[str]:
    """The letters of ``form`` as written (NFC, lower case, diacritics kept, every ʿayn/hamza
    look-alike ``'``), a digraph such as ``gh`` as one: a DMG text writes ǧ and ġ, never a
    plain g, and an ALA-LC one writes g only in gh."""
    return set(_PHONEME.findall(unicodedata.normalize("NFC", fold_marks(form, "'").casefold())))


def writes_length(form: str) -> bool:
    """Does ``form`` mark a long vowel (a scholarly spelling: Ǧalāl, Muṣṭafá)?"""
    return any(char in LENGTH_MARKS for char in unicodedata.normalize("NFD", form))
