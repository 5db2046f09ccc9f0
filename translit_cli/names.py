"""Names across scripts: Arabic words stripped of clitics, and cheap consonant skeletons that
let an Arabic token be compared with a Latin word whatever the scheme.

Unvocalized Arabic writes consonants and long vowels only, so the fair ground for comparing
مسرور with "Masrūr", "Masroor" or "Masrur" is the consonant skeleton of both: ``msrr``.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from .normalize import arabic_key, clean, fold_latin

#: One rough ASCII value per Arabic-script consonant, chosen to agree with the *folded* forms
#: of every scheme and of popular spellings (ش: š→s, sh→s+h, so both fold towards "s").
_CONSONANTS = {
    "ب": "b", "پ": "p", "ت": "t", "ث": "t", "ج": "j", "چ": "c", "ح": "h", "خ": "k",
    "د": "d", "ذ": "d", "ر": "r", "ڕ": "r", "ز": "z", "ژ": "z", "س": "s", "ش": "s",
    "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "", "غ": "g", "ف": "f", "ڤ": "v",
    "ق": "q", "ك": "k", "گ": "g", "ل": "l", "ڵ": "l", "م": "m", "ن": "n", "ه": "h",
    "ة": "", "ء": "", "ؤ": "", "ئ": "", "ە": "", "ا": "", "ى": "", "و": "w", "ۆ": "",
    "ي": "y", "ێ": "",
}
#: Latin letters folded to the consonant classes above (vowels dropped).
_LATIN_CONSONANT = str.maketrans({
    "c": "k", "x": "k", "g": "g", "j": "j", "q": "q", "v": "v", "w": "w", "y": "y",
    "a": None, "e": None, "i": None, "o": None, "u": None, "-": None, " ": None,
})
#: Proclitics that attach to Arabic words, longest first: the article, prepositions, "and".
PROCLITICS = ("وبال", "وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ك", "ل")
_MIN_STEM = 3


def clitic_splits(word: str) -> list[tuple[str, str]]:
    """Every plausible (proclitics, stem) reading of an Arabic word, the unsplit word first.

    Unvocalized Arabic cannot tell بغداد (Baghdad) from ب + غداد, so callers that have
    evidence (a table, a lexicon, the aligned English) choose among these readings.  A prefix
    is only offered when a stem of at least three letters remains and the stem does not start
    with a bare alif (واشنطن, بارزاني are not و/ب + a word)."""
    cleaned = clean(word)
    key = arabic_key(cleaned)
    readings = [("", key)]
    for clitic in PROCLITICS:
        rest = cleaned[len(clitic):]
        if (
            key.startswith(clitic)
            and len(key) - len(clitic) >= _MIN_STEM
            and not (len(clitic) == 1 and rest.startswith("ا"))
        ):
            readings.append((clitic, key[len(clitic):]))
    return readings


def split_clitics(word: str) -> tuple[str, str]:
    """The reading without evidence: the article and what precedes it are split off
    (والبيشمركة -> (وال, بيشمركة), للبيشمركة -> (لل, بيشمركة)); a bare one-letter prefix is
    not, since بغداد and برزاني begin with the same letters as ب + a word (see
    :func:`clitic_splits` for all readings)."""
    with_article = [r for r in clitic_splits(word) if r[0].endswith(("ال", "لل"))]
    return max(with_article, key=lambda r: len(r[0])) if with_article else clitic_splits(word)[0]


@lru_cache(maxsize=65536)
def arabic_consonants(word: str) -> str:
    """ASCII consonant skeleton of an Arabic word (clitics kept): مسرور -> msrwr -> msrr.

    و and ي are dropped between consonants because they usually write long vowels."""
    letters = [_CONSONANTS.get(char, "") for char in arabic_key(word)]
    return _squeeze("".join(letters))


@lru_cache(maxsize=65536)
def latin_consonants(word: str) -> str:
    """ASCII consonant skeleton of a Latin word: Masrūr -> msrr, Pešmarga -> psmrg,
    Peshmerga -> pshmrg -> psmrg (h after s/k/d/t/g/z is a digraph marker)."""
    folded = regex.sub(r"(?<=[sktdgz])h", "", fold_latin(word))
    return _squeeze(folded.translate(_LATIN_CONSONANT))


def _squeeze(skeleton: str) -> str:
    """Drop non-initial w/y (long vowels, not consonants, far more often than not) and
    collapse doubled letters (shadda is unwritten; Harris has rr)."""
    skeleton = regex.sub(r"(?<=.)[wy]", "", skeleton)
    return regex.sub(r"(.)\1+", r"\1", skeleton)
