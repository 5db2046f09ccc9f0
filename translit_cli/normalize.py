"""Text normalization and folding: the one place that decides when two strings are "the same".

Bilingual news arrives in every Unicode shape: NFC or NFD, Arabic with tatweel, presentation
forms and bidi controls, digits in three scripts, and ʿayn/hamza typed with a dozen look-alike
characters.  Everything that compares text goes through this module, and every normalization
keeps a map back to the original code points so that findings can point at the bytes the user
actually has in the file.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache

import regex

TATWEEL = "\u0640"
#: Invisible directional controls (LRM, RLM, ALM, embeddings, isolates) and the zero-width
#: characters that carry no letter.  ZWNJ is dropped too: it only shapes Persian/Kurdish words.
BIDI_AND_INVISIBLE = frozenset(
    "\u200b\u200c\u200d\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e"
    "\u2066\u2067\u2068\u2069\ufeff"
)
#: Characters used for ʿayn and hamza in Latin transliterations, scholarly and improvised.
#: ʿ U+02BF, ʻ U+02BB, ‘ U+2018, ` U+0060, ' U+0027, ʾ U+02BE, ʼ U+02BC, ’ U+2019, ´ U+00B4,
#: ʹ U+02B9.  Which one means ʿayn and which hamza depends on the scheme (see mappings/).
AYN_HAMZA_MARKS = "\u02bf\u02bb\u2018\u0060\u0027\u02be\u02bc\u2019\u00b4\u02b9"
_ARABIC_INDIC_DIGITS = {0x0660 + i: str(i) for i in range(10)} | {
    0x06F0 + i: str(i) for i in range(10)
}
_DIGIT_TABLE = str.maketrans(_ARABIC_INDIC_DIGITS)
_ARABIC_DIACRITICS = regex.compile(r"[\u064b-\u065f\u0670\u06d6-\u06ed]")
_ALEF_FORMS = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ی": "ي", "ک": "ك", "ھ": "ه", "ۀ": "ه"}
)
#: Kurdish and Persian letters folded onto the Arabic letters that news sites substitute for
#: them (پێشمەرگە is written بيشمركة), plus the spelling-level equivalences of Arabic itself.
_LOOSE_ARABIC = str.maketrans(
    {
        "گ": "ك", "پ": "ب", "چ": "ج", "ژ": "ز", "ڤ": "ف", "ێ": "ي", "ۆ": "و", "ڕ": "ر",
        "ڵ": "ل", "ە": "ه", "ة": "ه", "ؤ": "و", "ئ": "ي", "ء": "",
    }
)


def _is_presentation_form(char: str) -> bool:
    code = ord(char)
    return 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFC


def _fold_char(char: str) -> str:
    """Normalize one code point: drop invisibles and tatweel, unfold presentation forms,
    map Arabic-Indic digits to ASCII."""
    if char in BIDI_AND_INVISIBLE or char == TATWEEL:
        return ""
    if _is_presentation_form(char):
        return unicodedata.normalize("NFKC", char)
    return char.translate(_DIGIT_TABLE)


@dataclass(frozen=True)
class Runs:
    """The ``origin`` of a text folded character by character (NFC, no combining marks).
    It is the identity up to the first foldable character, so a position before it costs
    nothing; past it, the map is built on first use, per run rather than per code point: a
    run is either copied from the original (it advances with it) or the output of one folded
    character (all of it comes from that character)."""

    original: str
    first: int
    length: int
    #: The indices of the foldable characters of the original, when the caller knows them
    #: (else they are looked for on first use).
    folds: tuple[int, ...] | None = None

    def __len__(self) -> int:
        return self.length

    def __getitem__(self, index: int) -> int:
        if index < 0:
            index += self.length
        if index < self.first:
            return index
        starts, sources, copied = self._runs
        run = bisect_right(starts, index) - 1
        return sources[run] + (index - starts[run]) * copied[run]

    @cached_property
    def _runs(self) -> tuple[array, array, bytes]:
        starts, sources, copied = array("I"), array("I"), bytearray()
        position = 0
        folds = self.folds
        if folds is None:
            folds = [match.start() for match in _FOLDED.finditer(self.original, self.first)]
        for source, text, advances in _pieces(self.original, folds):
            if text:
                starts.append(position)
                sources.append(source)
                copied.append(advances)
                position += len(text)
        return starts, sources, bytes(copied)


def _pieces(original: str, folds: Iterable[int]) -> Iterator[tuple[int, str, bool]]:
    """(where in the original, text, copied?) of the runs of a text folded character by
    character (``folds``: the indices of its foldable characters, in order): the stretches
    copied as they are and the folding of each foldable character."""
    last = 0
    for index in folds:
        yield last, original[last:index], True
        yield index, folding(original[index]), False
        last = index + 1
    yield last, original[last:], True


@dataclass(frozen=True)
class NormText:
    """Normalized text plus, for each of its code points, the index of the original code
    point it came from.  ``origin`` is ``None`` when normalization changed nothing, which is
    the common case and keeps large inputs cheap."""

    text: str
    origin: array | Runs | None = None

    def original_index(self, index: int) -> int:
        """Map an index in ``text`` (or ``len(text)``) back to the original string."""
        if self.origin is None:
            return index
        if index >= len(self.origin):
            return self.origin[-1] + 1 if self.origin else 0
        return self.origin[index]


#: Code points that normalization removes or replaces (besides NFC composition): a text
#: without any of them that is already NFC is returned as it is, at C speed.  A plain class of
#: code points: the standard ``re`` scans it several times faster than ``regex`` does.
_FOLDED = re.compile(
    "[" + "".join(sorted(BIDI_AND_INVISIBLE)) + TATWEEL
    + "\ufb50-\ufdff\ufe70-\ufefc\u0660-\u0669\u06f0-\u06f9]"
)


_COMBINING = regex.compile(r"\P{ccc=0}")


@lru_cache(maxsize=4096)
def folding(char: str) -> str:
    """What normalization makes of one foldable character that is a segment of its own."""
    return unicodedata.normalize("NFC", _fold_char(char))


def _fold_match(match: re.Match[str]) -> str:
    return folding(match.group())


def _is_isolated(original: str) -> bool:
    """Is the text NFC without combining marks, so that every segment is one character?"""
    return unicodedata.is_normalized("NFC", original) and not _COMBINING.search(original)


def _fold_isolated(original: str) -> NormText | None:
    """The result of :func:`normalize` for NFC text without combining marks; None when the
    text is not that."""
    return _fold_runs(original) if _is_isolated(original) else None


def _fold_runs(original: str, folded: str | None = None, folds: tuple[int, ...] | None = None) -> NormText:
    """:func:`normalize` of NFC text without combining marks, where every segment is one
    character: only the foldable characters change, so the text between them is copied at C
    speed (an English paragraph with one ﷺ).  ``folded``: the result's text when known;
    ``folds``: the indices of the foldable characters when known."""
    if folds is None:
        match = _FOLDED.search(original)
        first = None if match is None else match.start()
    else:
        first = folds[0] if folds else None
    if first is None:
        return NormText(original)
    text = _fold_each(original, foldable(_non_ascii(original))) if folded is None else folded
    return NormText(text, Runs(original, first, len(text), folds))


def normalize(original: str) -> NormText:
    """NFC, without tatweel, bidi marks or presentation forms, with ASCII digits.

    Normalization runs per *segment* (a starter character and the combining marks after it),
    so every output code point can be traced to the starter of its segment.
    """
    if not _FOLDED.search(original) and unicodedata.is_normalized("NFC", original):
        return NormText(original)
    isolated = _fold_isolated(original)
    if isolated is not None:
        return isolated
    out: list[str] = []
    origin = array("I")
    segment_start = 0
    for index in range(1, len(original) + 1):
        if index < len(original) and unicodedata.combining(original[index]):
            continue
        segment = original[segment_start:index]
        folded = unicodedata.normalize("NFC", "".join(_fold_char(c) for c in segment))
        out.append(folded)
        origin.extend([segment_start] * len(folded))
        segment_start = index
    return NormText("".join(out), origin)


def foldable(text: str) -> frozenset[str]:
    """The distinct characters of a text that normalization removes or replaces."""
    return frozenset(_FOLDED.findall(text))


def _foldings(chars: frozenset[str]) -> dict[str, str] | None:
    """The folding of each of these foldable characters, to be replaced one character at a
    time in one C pass each; None when a folding yields a foldable character (ﹱ gives a
    tatweel): the order of the replacements would then matter."""
    foldings = {char: folding(char) for char in chars}
    return None if any(_FOLDED.search(folded) for folded in foldings.values()) else foldings


def _fold_each(text: str, chars: frozenset[str]) -> str:
    """Every foldable character of a text whose segments are single characters replaced by
    its folding (``chars``: the distinct foldable characters of the text).  They are few (a
    ﷺ, a bidi mark), so each is replaced in one C pass (:func:`_foldings`), or else the
    foldable characters one by one."""
    foldings = _foldings(chars)
    if foldings is None:
        return _FOLDED.sub(_fold_match, text)
    for char, folded in foldings.items():
        text = text.replace(char, folded)
    return text


_ASCII = bytes(range(128))


def _non_ascii(text: str) -> str:
    """The non-ASCII characters of a text, in order.  Every foldable character is one, and
    without a combining mark no ASCII character composes (every canonical pair with one has a
    combining mark), so on English text the checks below look at a few hundred characters."""
    return _non_ascii_of(text.encode("utf-8", "surrogatepass"))


def _non_ascii_of(data: bytes) -> str:
    """The non-ASCII characters of a text given in UTF-8."""
    return data.translate(None, _ASCII).decode("utf-8", "surrogatepass")


def _how_at_c_speed(text: str, others: str) -> tuple[str, frozenset[str]] | None:
    """How a text (``others``: its non-ASCII characters) is normalized when it is NFC
    without combining marks (the usual case): "unchanged" or "folded", with its foldable
    characters; None otherwise.  When its non-ASCII characters alone are NFC without
    combining marks, so is the text: putting them side by side can only create
    compositions, never hide one."""
    if _is_isolated(others) or _is_isolated(text):
        chars = foldable(others)
        return ("folded" if chars else "unchanged"), chars
    if not _FOLDED.search(others) and unicodedata.is_normalized("NFC", text):
        return "unchanged", frozenset()
    return None


def clean(text: str) -> str:
    """The normalized text alone (``normalize(text).text``), for callers that need no
    positions: computed at C speed, without the map back, in the usual case."""
    how = _how_at_c_speed(text, _non_ascii(text))
    if how is None:
        return normalize(text).text
    return _fold_each(text, how[1]) if how[0] == "folded" else text


@dataclass(frozen=True)
class Normalized:
    """Texts normalized together (:func:`normalize_together`): the joined result, in UTF-8,
    and how the whole was normalized, so that the position map of one of the texts is built
    later without checking it again."""

    utf8: bytes
    how: str  # "unchanged" (NFC, nothing to fold), "folded" (NFC without marks) or "general"
    #: The distinct foldable characters of the texts, when ``how`` is "folded".
    chars: frozenset[str] = frozenset()

    @cached_property
    def text(self) -> str:
        return self.utf8.decode("utf-8", "surrogatepass")

    def norm(self, original: str, normalized: str, folds: tuple[int, ...] | None = None) -> NormText:
        """``normalize(original)`` for one of the texts, whose normalized text is known
        (``folds``: the indices of its foldable characters, when known)."""
        if self.how == "unchanged":
            return NormText(original)
        return _fold_runs(original, normalized, folds) if self.how == "folded" else normalize(original)

    def fold_indices(self, text: str) -> list[int]:
        """The indices in ``text`` of the foldable characters of the texts, in order (all of
        its foldable characters when it holds the texts and nothing else foldable), found by
        ``str.find``: on a large text, many times faster than a regular expression."""
        found = []
        for char in self.chars:
            index = text.find(char)
            while index != -1:
                found.append(index)
                index = text.find(char, index + 1)
        return sorted(found)


def normalize_together(texts: list[str], separator: str) -> Normalized:
    """``separator.join(map(clean, texts))``, for a separator that normalization keeps and
    never joins with a neighbour (a control character): when the joined text is NFC it is
    checked and folded in one piece, at C speed on inputs of many megabytes, and in UTF-8
    (encoded once, the foldable characters replaced on the bytes).  (Each text then has what
    the whole has: no combining mark, and NFC, since a composition in one text would be one
    in the whole.)"""
    joined = separator.join(texts)
    data = joined.encode("utf-8", "surrogatepass")
    how = _how_at_c_speed(joined, _non_ascii_of(data))
    if how is None:
        return Normalized(separator.join(map(clean, texts)).encode("utf-8", "surrogatepass"), "general")
    foldings = _foldings(how[1])
    if foldings is None:
        data = _fold_each(joined, how[1]).encode("utf-8", "surrogatepass")
    else:
        for char, folded in foldings.items():
            data = data.replace(char.encode("utf-8", "surrogatepass"), folded.encode("utf-8", "surrogatepass"))
    return Normalized(data, *how)


def strip_arabic_diacritics(text: str) -> str:
    """Remove harakat, tanwīn, shadda, sukūn, dagger alif and Qur'anic marks."""
    return _ARABIC_DIACRITICS.sub("", text)


@lru_cache(maxsize=65536)
def arabic_key(word: str) -> str:
    """The key under which an Arabic word is stored and looked up: normalized, unvocalized,
    with the hamza-seat and yāʾ/kāf/hāʾ variants that writers use interchangeably folded
    (أحمد = احمد, مصطفى = مصطفي).  Kurdish letters are kept: گ and ك are different spellings
    that editors want to see (see :func:`arabic_skeleton`)."""
    return strip_arabic_diacritics(clean(word)).translate(_ALEF_FORMS)


@lru_cache(maxsize=65536)
def arabic_skeleton(word: str) -> str:
    """A loose form for finding spelling variants of one name: Kurdish letters folded onto
    their Arabic substitutes (كاگينز = كاكينز, پێشمەرگە ≈ بيشمركه), tāʾ marbūṭa onto hāʾ."""
    return arabic_key(word).translate(_LOOSE_ARABIC)


@lru_cache(maxsize=65536)
def fold_latin(word: str) -> str:
    """Lower-case ASCII-ish skeleton of a Latin word: no diacritics, no ʿayn/hamza marks.

    ``fold_latin("Dā‘iš") == fold_latin("Dāʿiš") == fold_latin("Da'ish".replace("sh","š"))``
    """
    decomposed = unicodedata.normalize("NFD", word)
    kept = [c for c in decomposed if not unicodedata.combining(c) and c not in AYN_HAMZA_MARKS]
    return "".join(kept).casefold()


def fold_marks(word: str, placeholder: str = "'") -> str:
    """Replace every ʿayn/hamza look-alike by one placeholder, keeping everything else."""
    return "".join(placeholder if c in AYN_HAMZA_MARKS else c for c in word)


_ARABIC_LETTER = regex.compile(r"\p{Arabic}")
ARABIC_WORD = regex.compile(r"[\p{Arabic}&&[\p{L}\p{M}]]+", regex.V1)
#: A Latin word may contain ʿayn/hamza marks between letters (Dā‘iš, Qur’ān) and begin with a
#: modifier-letter ʿ or ʾ (ʿUmar); quotation marks around a word are not part of it.
LATIN_WORD = regex.compile(
    r"[\u02bf\u02bb\u02be\u02bc]?[\p{Latin}\p{M}]+(?:[" + AYN_HAMZA_MARKS + r"\-]?[\p{Latin}\p{M}]+)*"
)


def has_arabic(text: str) -> bool:
    return _ARABIC_LETTER.search(text) is not None
