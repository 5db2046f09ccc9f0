"""Which differences between two folded names can be a typing accident.

A typo is one edit: a letter inserted, dropped (a doubled letter undoubled), replaced, or two
neighbouring letters swapped: Peršmarga, Pešmaga, Pešmraga beside Pešmarga.  Similarity alone
cannot tell a typo from another name (Jalāl / Jamāl, Saʿd / Saʿīd, Ḥasan / Ḥassān differ by one
letter and are different people), so an edit here only makes a *candidate*; the caller
(:mod:`translit_cli.checks.variants`) decides with frequency, the known names of the lexicon
(:mod:`translit_cli.checks.known`), the table and the aligned Arabic.

Two kinds of one-letter difference are never typos: words shorter than three letters, and an
``s``, ``i`` or ``y`` added at the end (English plurals and Arabic nisbas: Iraq / Iraqi,
Kurdistan / Kurdistani), unless it only doubles the last letter.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable

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


def is_typo_edit(rare: str, frequent: str) -> bool:
    """Is ``rare`` one typo-like edit away from ``frequent`` (both folded with fold_latin)?"""
    if rare == frequent or min(len(rare), len(frequent)) < MIN_LETTERS:
        return False
    if abs(len(rare) - len(frequent)) == 1:
        longer, shorter = (rare, frequent) if len(rare) > len(frequent) else (frequent, rare)
        base = unicodedata.normalize("NFD", shorter[-1])[0]
        if longer[:-1] == shorter and longer[-1] in SUFFIXES and longer[-1] != base:
            return False  # a suffix, unless it doubles the last letter (ʿAlīi)
        return _one_deletion(longer, shorter)
    return len(rare) == len(frequent) and _one_replacement_or_swap(rare, frequent)


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
