"""Which differences between two folded names can be a typing accident.

A typo is one edit: a letter inserted, dropped (a doubled letter undoubled), replaced, or two
neighbouring letters swapped: Peršmarga, Pešmaga, Pešmraga beside Pešmarga.  Similarity alone
cannot tell a typo from another name (Jalāl / Jamāl, Saʿd / Saʿīd, Ḥasan / Ḥassān differ by one
letter and are different people), so an edit here only makes a *candidate*; the caller
(:mod:`translit_cli.checks.variants`) decides with frequency, the known names of the lexicon
(:mod:`translit_cli.checks.known`), the table and the aligned Arabic.

Two kinds of one-letter difference are never typos: words shorter than three letters, and an
``s``, ``i`` or ``y`` added at the end (English plurals and Arabic nisbas: Iraq / Iraqi,
Kurdistan / Kurdistani), unless it only doubles the last letter.  Nor is a rare nisba of a
fuʿayl or faʿīl name a typo of it, though it drops a letter (Sulami beside Sulaim; a rare
Isfahain beside the nisba Isfahani is a slip).

:func:`classify_edit` then says *where* and *how* two spellings differ, and
:func:`is_safe_slip` which differences are slips whatever the spellings look like.  Real
text (a hadith collection full of rare names) shows where distinct names differ: in the first
letter (Hammām / Nammām, Qays / Ways, Jarīr / Zarīr), in one inner consonant (Sulaym /
Suhaym, Nāḍir / Nakīr) and in the final letter (Laylā / Laylī, Buḫārā / Buḫārī, Persia /
Persian), and anywhere in a short word (Hijr / Hujr).  Those differences are *risky*: the
caller accepts them only with evidence (a spelling not pronounceable as Arabic, see
:mod:`translit_cli.checks.plausible`; a letter foreign to the corpus; a shared name context,
see :mod:`translit_cli.checks.context`).  Safe slips are a doubled or undoubled letter, two
letters swapped (not the first), an inner letter inserted or dropped (but not the i of a diminutive's ai: ʿUmayra /
ʿUmāra), an inner vowel changed,
a letter OCR confuses with another (l / i / I), ta marbuta written -a, -ah or -at, and a
diphthong written ay / ai or aw / au.  Two case endings of one stem (aḥadun / aḥadan) are
never slips.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from .plausible import VOWELS

MIN_LETTERS = 3
#: Endings that make another word, not a typo.
SUFFIXES = frozenset("isy")


def _one_deletion(longer: str, shorter: str) -> bool:
    return any(longer[:i] + longer[i + 1:] == shorter for i in range(len(longer)))


def _one_replacement_or_swap(first: str, second: str) -> bool:
    differing = [i for i, (a, b) in enumerate(zip(first, second)) if a != b]
    if len(differing) == 1:
        return True
    if len(differing) == 2:
        i, j = differing
        return j == i + 1 and first[i] == second[j] and first[j] == second[i]
    return False


def is_typo_edit(rare: str, frequent: str, min_letters: int = MIN_LETTERS) -> bool:
    """Is ``rare`` one typo-like edit away from ``frequent`` (both folded with fold_latin)?"""
    if rare == frequent or min(len(rare), len(frequent)) < min_letters:
        return False
    if is_nisba_of(rare, frequent):
        return False  # but a rare Isfahain beside the nisba Isfahani is a slip of it
    if abs(len(rare) - len(frequent)) == 1:
        longer, shorter = (rare, frequent) if len(rare) > len(frequent) else (frequent, rare)
        base = unicodedata.normalize("NFD", shorter[-1])[0]
        if longer[:-1] == shorter and longer[-1] in SUFFIXES and longer[-1] != base:
            return False  # a suffix, unless it doubles the last letter (ʿAlīi)
        return _one_deletion(longer, shorter)
    return len(rare) == len(frequent) and _one_replacement_or_swap(rare, frequent)


#: A name of the patterns fuʿayl and faʿīl (ending in a consonant, a feminine -a or -ah
#: aside) and the stem of its nisba, which loses the y or the ī: Sulaym / Sulamī, Hudhayl /
#: Hudhalī, Quraysh / Qurashī, Thaqīf / Thaqafī, Ḥanīfa / Ḥanafī, Madīna / Madanī.
_FUAYL = re.compile(r"(.+)a[iy]([^aeiouy]+)(?:ah?)?")
_FAIL = re.compile(r"(.*[^aeiou])(?:i|ee)([^aeiouy]+)(?:ah?)?")


def is_nisba_of(nisba: str, name: str) -> bool:
    """Is the folded ``nisba`` the nisba of the folded ``name`` by the shortening of fuʿayl
    and faʿīl names (Sulami of Sulaim, Thaqafi of Thaqif)?  Two forms of one name, not a
    slip of either."""
    if not nisba.endswith("i") or len(nisba) < 4:
        return False
    stem = nisba[:-1]
    return any(match is not None and stem == f"{match[1]}a{match[2]}"
               for match in (_FUAYL.fullmatch(name), _FAIL.fullmatch(name)))


#: Letters that OCR engines and tired eyes confuse (l / i / I / 1, c / e, b / h): Takhir for
#: Takbīr, BilaI for Bilāl.
OCR_CONFUSABLE = frozenset({frozenset("li"), frozenset("l1"), frozenset("ce"), frozenset("bh")})


@dataclass(frozen=True)
class Edit:
    """How a rare spelling differs from a frequent one (both folded).  ``index`` is where
    the edit happens in the rare spelling; ``rare``/``frequent`` are the letters involved
    there ('' for the side that has none)."""

    kind: str   # "insert" | "delete" | "substitute" | "transpose" | "double" | "undouble"
    index: int
    rare: str
    frequent: str
    last: bool  # the edit touches the last letter of either spelling


def _doubles(word: str, index: int) -> bool:
    """Is the letter at ``index`` a copy of a neighbour?"""
    return word[index] in word[max(0, index - 1):index] + word[index + 1:index + 2]


def _extra_letter(longer: str, shorter: str) -> int:
    """Index in ``longer`` of a letter whose removal gives ``shorter``; a doubling if any."""
    places = [i for i in range(len(longer)) if longer[:i] + longer[i + 1:] == shorter]
    return next((i for i in places if _doubles(longer, i)), places[0])


def classify_edit(rare: str, frequent: str) -> Edit | None:
    """The one typo-like edit from ``frequent`` to ``rare`` (None when there is not one)."""
    if not is_typo_edit(rare, frequent):
        return None
    if len(rare) != len(frequent):
        inserted = len(rare) > len(frequent)
        longer, shorter = (rare, frequent) if inserted else (frequent, rare)
        i = _extra_letter(longer, shorter)
        kind = ("double" if inserted else "undouble") if _doubles(longer, i) else (
            "insert" if inserted else "delete")
        letter = longer[i]
        return Edit(kind, i, letter if inserted else "", "" if inserted else letter,
                    i >= len(shorter))
    i = next(i for i, (a, b) in enumerate(zip(rare, frequent)) if a != b)
    if rare[i + 1:] == frequent[i + 1:]:
        return Edit("substitute", i, rare[i], frequent[i], i == len(rare) - 1)
    return Edit("transpose", i, rare[i:i + 2], frequent[i:i + 2], i + 2 == len(rare))


#: A QWERTY keyboard, each row set off to the right of the one above by a fraction of a key.
_KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_KEY_PLACE = {key: (row, column) for row, keys in enumerate(_KEY_ROWS) for column, key in enumerate(keys)}


def next_keys(first: str, second: str) -> bool:
    """Are two (folded) letters neighbouring keys?  A typist's wrong letter is mostly the
    key beside the right one (Kernighan, Church & Gale 1990, confusion matrices of real
    typos), while distinct names differ by letters that sound alike (Jalāl / Jamāl)."""
    if first not in _KEY_PLACE or second not in _KEY_PLACE:
        return False
    (row, column), (other_row, other_column) = _KEY_PLACE[first], _KEY_PLACE[second]
    if row == other_row:
        return abs(column - other_column) == 1
    above, below = ((row, column), (other_row, other_column)) if row < other_row else (
        (other_row, other_column), (row, column))
    return below[0] - above[0] == 1 and above[1] - below[1] in (0, 1)


def _without_ta_marbuta(word: str) -> str:
    return word[:-1] if word.endswith(("ah", "at")) else word


def _ta_marbuta(rare: str, frequent: str) -> bool:
    """-a / -ah / -at at the end of one name: Ḥamza, Hamzah, Jamrat."""
    return _without_ta_marbuta(rare) == _without_ta_marbuta(frequent)


#: Case endings of one word: a final short vowel, with or without nunation.
CASE_ENDINGS = frozenset({"", "a", "i", "u", "an", "in", "un"})
#: Pronoun suffixes a case ending comes before (ʿabduka, ʿabdahu, rabbanā).
PRONOUN_SUFFIXES = ("ka", "ki", "kum", "hu", "hi", "ha", "hum", "him", "na", "ni")
#: Words up to this long are dense with other words one letter away (Hijr / Hujr, Lat / Lut,
#: Sahm / Sham): only a doubled letter, an OCR look-alike, ta marbūṭa or a diphthong is a
#: slip there without other evidence.
SHORT_WORD = 4


def is_case_variant(rare: str, frequent: str) -> bool:
    """Are the two spellings one stem with two case endings (aḥadun / aḥadan, Qayyūmu /
    Qayyūm, Laylā / Laylī), also before one pronoun suffix (ʿabdaka / ʿabduka)?  Then they
    are two forms of a word, never a slip.  So is a case ending with the next word's
    article joined to it (al-Ḥayyul-Qayyūm: Ḥayyu l-Qayyūm)."""
    liaison = rare[-1:] == "l" and rare[:-1] == frequent and frequent[-1:] in ("a", "i", "u")
    return liaison or _two_endings(rare, frequent) or any(
        rare.endswith(suffix) and frequent.endswith(suffix)
        and _two_endings(rare[:-len(suffix)], frequent[:-len(suffix)])
        for suffix in PRONOUN_SUFFIXES
    )


def _two_endings(rare: str, frequent: str) -> bool:
    for ending in CASE_ENDINGS:
        if rare.endswith(ending) and len(rare) - len(ending) >= MIN_LETTERS:
            stem = rare[:len(rare) - len(ending)]
            rest = frequent[len(stem):]
            if frequent.startswith(stem) and rest != ending and rest in CASE_ENDINGS:
                return True
    return False


def _diphthong(edit: Edit, rare: str) -> bool:
    """y for i or w for u after a vowel, or y for a final i: the diphthong or long vowel
    written two ways (Zayd / Zaid, Kawthar / Kauthar, Maqbury / Maqburi)."""
    if edit.kind != "substitute" or {edit.rare, edit.frequent} not in ({"y", "i"}, {"w", "u"}):
        return False
    after_vowel = edit.index > 0 and rare[edit.index - 1] in VOWELS
    return after_vowel or edit.last and edit.rare + edit.frequent in ("yi", "iy")


def is_safe_slip(edit: Edit, rare: str, frequent: str) -> bool:
    """Is this edit a slip whatever the spellings look like (see the module docstring)?"""
    if edit.kind in ("double", "undouble") or _ta_marbuta(rare, frequent) or _diphthong(edit, rare):
        return True
    if edit.kind == "substitute" and frozenset(edit.rare + edit.frequent) in OCR_CONFUSABLE:
        return edit.index > 0
    if edit.index == 0 or len(frequent) <= SHORT_WORD:
        return False
    if edit.kind == "transpose":
        return True
    if edit.last or _diminutive(edit, rare, frequent):
        return False
    if edit.kind == "substitute":
        return edit.rare in VOWELS and edit.frequent in VOWELS
    return True


def _diminutive(edit: Edit, rare: str, frequent: str) -> bool:
    """Is an i or y added or dropped after an a before a consonant?  That is the diphthong
    of the diminutive fuʿayl, which makes another name (ʿUmayra / ʿUmāra, Ḥumayd / Ḥamad)."""
    if edit.kind not in ("insert", "delete") or (edit.rare or edit.frequent) not in "iy":
        return False
    longer = rare if edit.kind == "insert" else frequent
    after = longer[edit.index + 1:edit.index + 2]
    return edit.index > 0 and longer[edit.index - 1] == "a" and after not in ("", "y") and after not in VOWELS


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


class NeighbourIndex:
    """Finds, for a word, the indexed words one insertion, deletion, substitution or
    transposition away, without comparing every pair (a symmetric-deletion index)."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = set(words)
        self._by_deletion: dict[str, set[str]] = defaultdict(set)
        for word in self.words:
            for deleted in _deletions(word):
                self._by_deletion[deleted].add(word)

    def neighbours(self, word: str) -> set[str]:
        deletions = _deletions(word)
        found = set(self._by_deletion.get(word, ()))           # word + one letter
        found.update(deletions & self.words)                   # word - one letter
        for deleted in deletions:                              # substitution / transposition
            found.update(self._by_deletion.get(deleted, ()))
        found.discard(word)
        # Folds of two letters too: ʿbd, folded bd, is three letters as written (ʿAbd).
        return {candidate for candidate in found if is_typo_edit(word, candidate, MIN_LETTERS - 1)}
