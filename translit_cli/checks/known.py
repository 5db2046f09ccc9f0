"""Known words and names from the shipped lexicon, as folded Latin readings.

Similarity cannot tell a typo from another name (Jalāl / Jamāl, Saʿd / Saʿīd), but a
dictionary can: when both forms of a candidate pair are readings of *different* Arabic words of
``translit_cli/data/lexicon.tsv``, they are two names, whatever their frequencies.  When both
are readings of the *same* Arabic word (Ḥusayn / Husain), they are one name spelt two ways.

Each vocalized lexicon word is read into every folded (``fold_latin``) spelling that a
scholarly or common English rendering produces: ث t/th, ج j/g, خ h/kh, ذ d/dh, ش s/sh, غ g/gh,
a shadda doubled, ة a/ah, diphthongs ay/ai and aw/au.  Foreign and Kurdish rows
contribute their Latin spelling.  The table is built once, lazily, on first use, and kept in
the per-user cache (:mod:`translit_cli.cache`) for later runs.
"""

from __future__ import annotations

import unicodedata
from enum import IntEnum
from functools import lru_cache
from importlib import resources
from itertools import product

import regex

from ..cache import cached
from ..lexicon import PROPER_KINDS
from ..normalize import arabic_key, fold_latin
from .plausible import MACRON, length_marked, writes_length

FATHA, DAMMA, KASRA, SUKUN, SHADDA, DAGGER_ALIF = "\u064e\u064f\u0650\u0652\u0651\u0670"
TANWIN = frozenset("\u064b\u064c\u064d")
_SHORT_VOWELS = {FATHA: "a", DAMMA: "u", KASRA: "i"}
_LONG_AFTER = {"ا": FATHA, "ى": FATHA, "و": DAMMA, "ي": KASRA}
_CONSONANTS: dict[str, tuple[str, ...]] = {
    "ب": ("b",), "ت": ("t",), "ث": ("t", "th"), "ج": ("j", "g"), "ح": ("h",), "خ": ("h", "kh"),
    "د": ("d",), "ذ": ("d", "dh"), "ر": ("r",), "ز": ("z",), "س": ("s",), "ش": ("s", "sh"),
    "ص": ("s",), "ض": ("d",), "ط": ("t",), "ظ": ("z",), "ع": ("",), "غ": ("g", "gh"),
    "ف": ("f",), "ق": ("q",), "ك": ("k",), "ل": ("l",), "م": ("m",), "ن": ("n",), "ه": ("h",),
    "و": ("w",), "ي": ("y",), "ء": ("",), "أ": ("",), "إ": ("",), "ؤ": ("",), "ئ": ("",),
    "آ": ("a",), "ٱ": ("",), "ا": ("a",), "ى": ("a",), "ة": ("a", "ah"), "پ": ("p",),
    "گ": ("g",), "چ": ("ch", "c"), "ڤ": ("v",), "ھ": ("h",), "ی": ("y",), "ێ": ("e",),
    "ە": ("a", "e"), "ۆ": ("o",),
}
#: After a fatḥa (already read as a): aw/au, ay/ai.
_DIPHTHONGS = {"و": ("w", "u"), "ي": ("y", "i")}
#: Readings per word are capped: a few ambiguous letters already give every common spelling.
MAX_READINGS = 64


def _has_own_vowel(word: str, index: int) -> bool:
    """Does the letter at ``index`` carry a vowel or shadda of its own?"""
    following = word[index + 1:index + 2]
    return following in _SHORT_VOWELS or following == SHADDA


class Precision(IntEnum):
    """How much of a written form the lexicon's readings are compared on: its folded
    letters, or those with its long vowels and its ʿayn and hamza, in a text that writes
    vowel length (there Ǧaāl is no reading of جعل ǧaʿl, Ǧalil none of جليل Ǧalīl).  A text
    is read as precisely as its frequent form is written (:func:`precision_of`).  ʿAyn and
    hamza alone do not make a careful text: English translations write Sama'an for سمعان
    Samʿān, which a reading with marks takes for samāʾ with a case ending."""

    FOLDED = 0
    LENGTH = 1


#: Readings of LENGTH precision: ʿayn and hamza as ``'`` (not word-initial hamza, which the
#: schemes drop).
_PRECISE_MARKS = {"ع": "'", "ء": "'", "أ": "'", "إ": "'", "ؤ": "'", "ئ": "'", "آ": "'ā"}


def precision_of(form: str) -> Precision:
    """The precision a written form asks for: LENGTH if it marks a long vowel."""
    return Precision.LENGTH if writes_length(form) else Precision.FOLDED


def _letter(word: str, index: int, last_vowel: str, precision: Precision) -> tuple[str, ...]:
    """Readings of the letter at ``index`` given the short vowel written before it."""
    char = word[index]
    if char == "ة" and last_vowel == FATHA:
        return ("", "h")  # Fāṭima, Fāṭimah
    if char == "ا" and _has_own_vowel(word, index):
        return ("",)  # a seat of hamza or of hamzat al-waṣl: its vowel is read
    if char in _LONG_AFTER and not _has_own_vowel(word, index):
        if last_vowel == _LONG_AFTER[char]:
            return (MACRON,) if precision else ("",)  # the long vowel continues the short one
        if last_vowel == FATHA and char in _DIPHTHONGS:
            return _DIPHTHONGS[char]
    if precision and char in _PRECISE_MARKS:
        return (_PRECISE_MARKS[char][index == 0:],)
    return _CONSONANTS.get(char, ("",))


def readings(vocalized: str, precision: Precision = Precision.FOLDED) -> set[str]:
    """Folded Latin spellings of one fully vocalized Arabic word (pausal: no final case
    vowel).  Unknown characters read as nothing.  LENGTH ``precision`` keeps what a careful
    spelling writes beyond the folded letters: long vowels (with a macron, NFC) and ʿayn and
    hamza (``'``), as :func:`written_key` reads a written form."""
    word = vocalized.rstrip("".join(_SHORT_VOWELS) + "".join(TANWIN) + SUKUN)
    parts: list[tuple[str, ...]] = []
    last_vowel, consonant = "", -1
    for index, char in enumerate(word):
        if char in _SHORT_VOWELS:
            parts.append((_SHORT_VOWELS[char],))
            last_vowel = char
        elif char == SHADDA and consonant >= 0:
            # NFC puts the shadda after the letter's vowel.  Only the doubled reading: Hasan
            # is حسن, not a careless حسّان (Ḥassān), and the two must stay apart.
            before = parts[consonant - 1] if consonant else ("",)
            if parts[consonant] != before:  # اللّٰه: the article's lām already doubles it
                doubled = tuple(r + r[-1:] for r in parts[consonant])
                # After a, DMG writes the diphthong then the glide: saiyid, al-Munauwara.
                diphthong = {("y",): "iy", ("w",): "uw"}.get(parts[consonant]) if before == ("a",) else None
                parts[consonant] = doubled + (diphthong,) if diphthong else doubled
        elif char == DAGGER_ALIF:
            parts.append(((MACRON if last_vowel == FATHA else "ā") if precision else "a",))
        elif char not in TANWIN and char != SUKUN:
            parts.append(_letter(word, index, last_vowel, precision))
            consonant = len(parts) - 1
            if char not in _LONG_AFTER or _has_own_vowel(word, index):
                last_vowel = ""
    spellings: set[str] = set()
    for combination in product(*parts):
        spelling = "".join(combination)
        spellings.add(unicodedata.normalize("NFC", spelling) if precision else spelling)
        if len(spellings) >= MAX_READINGS:
            break
    return {s for s in spellings if s}


#: Letters of a scholarly Latin form that English spellings write as two letters.
_DIGRAPHS = str.maketrans({"č": "ch", "š": "sh", "ž": "zh", "ḫ": "kh", "ġ": "gh", "ṯ": "th", "ḏ": "dh",
                           "ǧ": "j", "Č": "Ch", "Š": "Sh", "Ž": "Zh", "Ḫ": "Kh", "Ġ": "Gh", "Ṯ": "Th",
                           "Ḏ": "Dh", "Ǧ": "J"})


def _with_digraphs(latin: str) -> str:
    """A Kurdish or foreign row's Latin form as an English text spells it: Nēčīrvān is also
    Nechirvan, Dilšād Dilshad."""
    return unicodedata.normalize("NFC", latin).translate(_DIGRAPHS)


_ARTICLE = regex.compile("^ا[\u064b-\u0652]*ل\u0652?")


def _without_article(vocalized: str) -> str:
    """A vocalized word without its article, the sun letter's shadda of assimilation too
    (الرَّحْمٰن: رَحْمٰن)."""
    rest = _ARTICLE.sub("", vocalized)
    return rest[:1] + rest[2:] if rest[1:2] == SHADDA else regex.sub("^(.)([\u064b-\u0650])\u0651", r"\1\2", rest)


def written_key(form: str, precision: Precision) -> str:
    """A written Latin form as readings of this precision spell it: lower case, no diacritics
    (but, with LENGTH, the macron of a long vowel and the acute of ALA-LC's á, and every
    ʿayn/hamza look-alike as ``'``)."""
    if precision is Precision.FOLDED:
        return fold_latin(form)
    return unicodedata.normalize("NFC", length_marked(form))


def _rows() -> list[list[str]]:
    text = resources.files("translit_cli.data").joinpath("lexicon.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return [row + [""] * (4 - len(row)) for row in rows[1:]]


@lru_cache(maxsize=2)
def known_readings(precision: Precision = Precision.FOLDED) -> dict[str, frozenset[str]]:
    """Latin spelling (:func:`written_key`) -> the Arabic words (``arabic_key``) it can be a
    reading of."""
    return cached(f"readings-{precision.name.lower()}", lambda: _readings_of(_rows(), precision))


@lru_cache(maxsize=2)
def name_words(precision: Precision = Precision.FOLDED) -> dict[str, frozenset[str]]:
    """Latin spelling -> the one-word names (a person, place, organisation, foreign or
    Kurdish name) of the lexicon it can be a reading of: not words, nor the words of a
    multiword name (the نهر of نهر البارد is the river)."""
    def build() -> dict[str, frozenset[str]]:
        return _readings_of([row for row in _rows() if row[2] in PROPER_KINDS and " " not in row[0]], precision)

    return cached(f"name-words-{precision.name.lower()}", build)


def _readings_of(rows: list[list[str]], precision: Precision) -> dict[str, frozenset[str]]:
    sources: dict[str, set[str]] = {}
    for arabic, vocalized, kind, latin in rows:
        words = arabic.split(" ")
        if kind in ("foreign", "kurdish"):
            latin_words = latin.split(" ")
            pairs = [(w, {written_key(l, precision), written_key(_with_digraphs(l), precision)})
                     for w, l in zip(words, latin_words)] if len(latin_words) == len(words) else []
        else:
            vocalized_words = vocalized.split(" ")
            pairs = [(w, readings(v, precision)) for w, v in zip(words, vocalized_words)]
            if len(words) > 1:  # ʿAbd al-Ḥalīm also gives the name Ḥalīm
                pairs += [(w[2:], readings(_without_article(v), precision))
                          for w, v in zip(words, vocalized_words) if w.startswith("ال") and len(w) > 3]
        for word, spellings in pairs:
            for spelling in spellings:
                sources.setdefault(spelling, set()).add(arabic_key(word))
    return {spelling: frozenset(words) for spelling, words in sources.items()}


def same_name(rare: str, frequent: str, precision: Precision = Precision.FOLDED) -> bool | None:
    """Lexicon evidence on a rare folded form beside a frequent one: True (every Arabic word
    the rare form reads, the frequent one reads too), False (the rare form reads a word the
    frequent one cannot: a word of its own, not a slip, even if it could also be a loose
    spelling of the frequent one's: Basir reads بصير Baṣīr as well as بشير Bashir), None (the
    rare form is unknown).  Both are keys of this precision (:func:`written_key`)."""
    known = known_readings(precision)
    if precision:  # a case ending on a pausal reading: sharri l-šaiṭāni
        rare = next((r for r in _without_case_ending(rare) if r in known), rare)
    if rare not in known:
        return None
    return known[rare] <= known.get(frequent, frozenset())


def reads_as_written(form: str, precision: Precision) -> bool:
    """Is the written ``form`` a reading of a lexicon word at this precision?"""
    known = known_readings(precision)
    return any(r in known for r in _without_case_ending(written_key(form, precision)))


def reads_as_name(form: str, precision: Precision = Precision.FOLDED) -> bool:
    """Is the written ``form`` a reading of a lexicon name (not a word) at this precision?"""
    return written_key(form, precision) in name_words(precision)


def _without_case_ending(form: str) -> list[str]:
    return [form] + [form[:-len(ending)] for ending in ("an", "in", "un", "a", "i", "u") if form.endswith(ending)]
