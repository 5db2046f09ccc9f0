"""Which one-letter differences between two folded names look like typing accidents.

Similarity alone cannot tell a typo from another name: Jalāl / Jamāl, Saʿd / Saʿīd, Ḥasan /
Ḥassān differ by one letter and are different people.  Arabic names are built on consonant
roots and vowel patterns, so changing a vowel or a doubled consonant in a *short* name usually
makes another name, while dropping or adding a consonant inside a long word rarely does.  Hence
the minimum lengths below, measured on the shorter folded form:

* a consonant inserted or dropped inside the word (Peršmarga, Pešmaga for Pešmarga): 6
  (Majid / Masjid, Hasah / Hafsah are other words);
* two neighbouring consonants swapped (Bagdhad): 6; a vowel and a consonant (Sulami /
  Sulaim, another name): 7;
* a vowel inserted or dropped, or a consonant doubled or undoubled (Barzani / Barazani,
  Muhamad): 7;
* one vowel replaced by another inside the word (Peshmarga / Peshmerga, Muhammed): 7.  A
  consonant replaced by another makes another name (Kharijah / Khadijah, Umaimah / Umairah)
  far more often than a typo, so it is never reported without a table.

Edits at either end are never typos: they are English and Arabic suffixes (Iraq / Iraqi).
Words that also occur in lower case mid-sentence are English vocabulary and are left out by
the caller (Whoever / Whomever).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

VOWELS = frozenset("aeiouy")
MIN_CONSONANT_INDEL = 6
MIN_TRANSPOSITION = 6
MIN_VOWEL_INDEL = 7
MIN_SUBSTITUTION = 7


def _indel_is_typo(longer: str, shorter: str) -> bool:
    """One letter of ``longer`` missing from ``shorter``: typo-like when it is internal."""
    for index in range(1, len(longer) - 1):
        if longer[:index] + longer[index + 1:] != shorter:
            continue
        letter = longer[index]
        doubled = letter in (longer[index - 1], longer[index + 1])
        needed = MIN_VOWEL_INDEL if letter in VOWELS or doubled else MIN_CONSONANT_INDEL
        if len(shorter) >= needed:
            return True
    return False


def _same_length_is_typo(first: str, second: str) -> bool:
    differing = [i for i, (a, b) in enumerate(zip(first, second)) if a != b]
    if len(differing) == 1:
        index = differing[0]
        vowels = {first[index], second[index]} <= VOWELS
        return vowels and 0 < index < len(first) - 1 and len(first) >= MIN_SUBSTITUTION
    if len(differing) == 2:
        i, j = differing
        swapped = j == i + 1 and first[i] == second[j] and first[j] == second[i]
        needed = MIN_VOWEL_INDEL if VOWELS & {first[i], first[j]} else MIN_TRANSPOSITION
        return swapped and len(first) >= needed
    return False


def is_typo_edit(rare: str, frequent: str) -> bool:
    """Is ``rare`` one typo-like edit away from ``frequent`` (both folded with fold_latin)?"""
    if rare == frequent:
        return False
    if abs(len(rare) - len(frequent)) == 1:
        longer, shorter = (rare, frequent) if len(rare) > len(frequent) else (frequent, rare)
        return _indel_is_typo(longer, shorter)
    if len(rare) == len(frequent):
        return _same_length_is_typo(rare, frequent)
    return False


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
        return {candidate for candidate in found if is_typo_edit(word, candidate)}
