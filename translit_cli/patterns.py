"""Morphological-pattern vocalization learned from the vocalized lexicon.

An unvocalized word the lexicon lacks still has a *shape*: its long-vowel letters, its ة, its
affix letters and the number and places of its other consonants.  Arabic builds words from
few patterns (فاعل Qāsim, مفعول Masrūr, تفعيل Taḥsīn, افتعال iftiʿāl, استفعال istifʿāl …),
so words of one shape are mostly vocalized alike.  The model counts, for every shape of every
vocalized lexicon word, which *template* (the marks on each letter) it carries, and vocalizes
a new word with the most frequent template of its most specific shape that the lexicon
attests often enough.  The patterns are therefore data, measured on the lexicon (leave-one-out
in ``bench/romanize_bench.py``), not rules written by hand.

Shapes, most specific first (C is any other consonant):

1. affix letters ا و ي ى ة ء ت م ن س ه and an initial أ or إ kept, so مستشار is ``مستCاC``;
2. long-vowel letters, hamza and a prefix letter (م ت ن ي ا) at the start kept: ``مCCCاC``;
3. long-vowel letters only: ``CCCCاC``.

A name's shape often splits between templates (سعيد Saʿīd and زهير Zuhair, عباس ʿAbbās and
عماد ʿImād), so a name's template is also scored by its letters: how often each letter of the
lexicon's words carries the template's mark after the previous letter's mark and before the
next letter (:meth:`PatternModel.letter_log`).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable

import regex

from .normalize import clean

#: Harakat that a template records per letter (tanwīn and the madda stay with the letters).
_MARKS = "\u064e\u064f\u0650\u0651\u0652\u0670"
SHADDA, FATHA = "\u0651", "\u064e"
_ALL_MARKS = regex.compile(r"[\u064b-\u065f\u0670]")
_VOWEL_LETTERS = "اويىة"
_HAMZAS = "ءأإؤئ"
_AFFIX_LETTERS = _VOWEL_LETTERS + "ءتمنسه"
_PREFIX_LETTERS = "متنيا"
#: Initial hamza seats kept apart at the most specific level: أ writes a (أفعال), إ writes i
#: (إفعال), a bare alif is most often hamzat al-waṣl (افتعال, استفعال).
_INITIAL_SEATS = "أإ"
_INITIAL_ALIF = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا"})
_SHAPE_LETTERS = str.maketrans({"ی": "ي", "ک": "ك", "ھ": "ه"})
#: A shape needs this many lexicon words before its most frequent template is trusted
#: (chosen by leave-one-out on the lexicon, see the README).
MIN_SUPPORT = 3
#: How many words a shape needs to weigh as much as its more general shapes (leave-one-out).
BACKOFF = 10.0
LEVELS = 3
#: How much a name's letters weigh against its shape's template shares (a power of their
#: probability), and how many words a letter context needs to weigh as much as its more
#: general contexts (both by leave-one-out on the lexicon's names, see the README).
LETTER_WEIGHT = 0.3
LETTER_BACKOFF = 2.0
#: What a context probability falls back to for a mark no word of any context carries.
_UNSEEN = 1e-3


@dataclass(frozen=True)
class Guess:
    """A vocalization by pattern: ``share`` of the shape's lexicon words carry the template,
    out of ``support`` words (at shape level ``level``, 1 most specific)."""

    vocalized: str
    support: int
    share: float
    level: int


def _letters(word: str) -> str:
    """The base letters, with initial hamza seats folded onto alif and a medial or final
    hamza seat written as ء (a consonant whatever its seat)."""
    letters = _ALL_MARKS.sub("", clean(word)).translate(_SHAPE_LETTERS).replace("\u0653", "")
    if not letters:
        return letters
    head = letters[0].translate(_INITIAL_ALIF)
    return head + "".join("ء" if char in _HAMZAS else char for char in letters[1:])


def shapes(word: str) -> tuple[str, ...]:
    """The shapes of an (unvocalized or vocalized) word, most specific first."""
    letters = _letters(word)
    head = _ALL_MARKS.sub("", clean(word))[:1]
    seated = (head if head in _INITIAL_SEATS else letters[:1]) + letters[1:]
    specific = "".join(c if c in _AFFIX_LETTERS + _INITIAL_SEATS else "C" for c in seated)
    prefixed = "".join(
        c if c in _VOWEL_LETTERS + "ء" or (i == 0 and c in _PREFIX_LETTERS) else "C" for i, c in enumerate(letters)
    )
    general = "".join(c if c in _VOWEL_LETTERS else "C" for c in letters)
    return specific, prefixed, general


def letter_contexts(letters: str, marks: tuple[str, ...], index: int) -> tuple[tuple[str, ...], ...]:
    """The contexts of the mark on ``letters[index]``, most specific first: with the previous
    letter, its mark and the next letter; with the previous mark and the next letter; with
    the next letter; the letter alone.  (Word edges are ``^`` and ``$``.)"""
    letter = letters[index]
    before, mark_before = (letters[index - 1], marks[index - 1]) if index else ("^", "^")
    after = letters[index + 1] if index + 1 < len(letters) else "$"
    return (("4", before, mark_before, letter, after), ("3", mark_before, letter, after), ("2", letter, after),
            ("1", letter))


def template(vocalized: str) -> tuple[str, ...] | None:
    """The marks on each base letter of a vocalized word (canonical order), or ``None`` for a
    word with marks before its first letter."""
    marks: list[str] = []
    for char in clean(vocalized).replace("\u0653", ""):
        if _ALL_MARKS.match(char):
            if not marks:
                return None
            if char in _MARKS:
                marks[-1] += char
        else:
            marks.append("")
    return tuple("".join(sorted(m)) for m in marks)


def apply(word: str, marks: tuple[str, ...]) -> str:
    """``word``'s letters (as written) with the template's marks."""
    letters = [c for c in clean(word) if not _ALL_MARKS.match(c)]
    return "".join(letter + mark for letter, mark in zip(letters, marks))


@dataclass
class PatternModel:
    """Template counts per shape, at each level of :func:`shapes`."""

    counts: list[dict[str, Counter]] = field(default_factory=lambda: [defaultdict(Counter) for _ in range(LEVELS)])
    #: The same counts for names and places only: names take their own patterns more often
    #: than words do (the diminutive fuʿail: Ḥuḏaifa, Ḥuṣain; faʿʿāl: Baššār, Ǧarrāḥ).
    name_counts: list[dict[str, Counter]] = field(default_factory=lambda: [defaultdict(Counter) for _ in range(LEVELS)])
    lengths: Counter = field(default_factory=Counter)  # words counted per letter count
    #: Marks counted per letter context (:func:`letter_contexts`), over all words.
    letter_marks: dict[tuple[str, ...], Counter] = field(default_factory=lambda: defaultdict(Counter))

    def learn(self, vocalized: str, weight: int = 1, name: bool = False) -> None:
        """Count one vocalized word, a name's also among the names (``weight=-1`` forgets it
        again, for leave-one-out)."""
        marks = template(vocalized)
        if marks is None or not any(marks):
            return
        for level, shape in enumerate(shapes(vocalized)):
            self.counts[level][shape][marks] += weight
            if name:
                self.name_counts[level][shape][marks] += weight
        self.lengths[len(marks)] += weight
        letters = _letters(vocalized)
        for index, mark in enumerate(marks):
            for context in letter_contexts(letters, marks, index):
                self.letter_marks[context][mark] += weight

    def letter_log(self, letters: str, marks: tuple[str, ...]) -> float:
        """The log probability of ``marks`` on ``letters`` (:func:`_letters`), mark by mark,
        each context's share interpolated with the more general ones by its word count."""
        total = 0.0
        for index, mark in enumerate(marks):
            probability, rest = 0.0, 1.0
            for context in letter_contexts(letters, marks, index):
                counter = self.letter_marks.get(context)
                seen = sum(counter.values()) if counter else 0
                if seen > 0:
                    kept = seen / (seen + LETTER_BACKOFF)
                    probability += rest * kept * max(counter[mark], 0) / seen
                    rest *= 1 - kept
            total += math.log(probability + rest * _UNSEEN)
        return total

    def _counter(self, level: int, shape: str, name: bool) -> Counter:
        """A shape's template counts: among the names, for a name, when they are enough."""
        if name:
            names = self.name_counts[level].get(shape)
            if names and sum(names.values()) >= MIN_SUPPORT:
                return names
        return self.counts[level].get(shape) or Counter()

    def guess(self, word: str, verb: bool = False, name: bool = False) -> Guess | None:
        """The most likely template for ``word``: each shape level's template shares, the
        most specific first, weighted by how well attested the level is (a shape with n
        words gets weight n / (n + BACKOFF) of what is left), so that a thin specific shape
        whose three words disagree defers to its general shape, and a well attested one
        decides.  ``None`` unless some level has MIN_SUPPORT words.  With ``verb``, among
        the templates of perfect verbs only (a final fatḥa, under a shadda too: the lexicon's
        perfects are 3rd person singular), for a stem a verb ending has shown to be one; with
        ``name``, among the names' templates where the names of the shape are enough, each
        template's share weighed with its letters' probability (:meth:`letter_log`), doubling
        or not as the chosen template says: names of one shape split between templates, and
        the letters tip the balance (سعيد is Saʿīd with the faʿīl adjectives, عباس ʿAbbās)."""
        scores: Counter = Counter()
        weight, first = 1.0, 0
        for level, shape in enumerate(shapes(word)):
            counter = self._counter(level, shape, name)
            if verb:
                counter = Counter({marks: count for marks, count in counter.items() if marks and FATHA in marks[-1]})
            total = sum(counter.values())
            if total >= MIN_SUPPORT and not first:
                first = level + 1
            if total <= 0:
                continue
            kept = total / (total + BACKOFF)
            for marks, count in counter.items():
                scores[marks] += weight * kept * count / total
            weight *= 1 - kept
        if not first:
            return None
        mass = sum(scores.values())
        marks, score = self._by_letters(_letters(word), scores, mass) if name else _by_shadda(scores, mass)
        return Guess(apply(word, marks), sum(
            sum((self.counts[level].get(shape) or Counter()).values()) for level, shape in enumerate(shapes(word))
        ), score / mass, first)

    def _by_letters(self, letters: str, scores: Counter, mass: float) -> tuple[tuple[str, ...], float]:
        """The template whose share times its letters' probability (to LETTER_WEIGHT) is
        highest, and its share."""
        def weighed(item: tuple[tuple[str, ...], float]) -> tuple[float, tuple[str, ...]]:
            return math.log(item[1] / mass) + LETTER_WEIGHT * self.letter_log(letters, item[0]), item[0]
        return max(((marks, score) for marks, score in scores.items() if score > 0), key=weighed)

    def share(self, vocalized: str) -> float:
        """The share of lexicon words of ``vocalized``'s most specific well-attested shape that
        carry its marks, the last letter's aside (case endings): how plausible a vocalized
        word is, comparable across shapes (used to tell a proclitic وَ فَ بِ from a root letter)."""
        marks = template(vocalized)
        if marks is None:
            return 0.0
        for level, shape in enumerate(shapes(vocalized)):
            counter = self.counts[level].get(shape)
            total = sum(counter.values()) if counter else 0
            if total >= MIN_SUPPORT:
                return sum(count for other, count in counter.items() if other[:-1] == marks[:-1]) / total
        return 0.0

    def support(self, word: str) -> float:
        """The share of lexicon words of ``word``'s length that have its shape (level 2):
        how plausible the letters are as one Arabic word, comparable across lengths (used to
        decide whether a first letter is a clitic)."""
        shape = shapes(word)[1]
        same_length = self.lengths.get(len(shape), 0)
        return sum(self.counts[1].get(shape, Counter()).values()) / same_length if same_length else 0.0


def _shaddas(marks: tuple[str, ...]) -> set[int]:
    return {position for position, mark in enumerate(marks) if SHADDA in mark}


def _by_shadda(scores: Counter, mass: float) -> tuple[tuple[str, ...], float]:
    """The most likely template that doubles only letters most words of the shape double
    (:func:`_doubled_positions`), and its score; failing one, the best without shaddas."""
    doubled = _doubled_positions(scores, mass)
    candidates = Counter({marks: score for marks, score in scores.items() if _shaddas(marks) <= doubled})
    if not candidates:
        for marks, score in scores.items():
            candidates[tuple(mark.replace(SHADDA, "") for mark in marks)] += score
    return max(candidates.items(), key=lambda item: (item[1], item[0]))


def _doubled_positions(scores: Counter, mass: float) -> set[int]:
    """The letters that most words of the shape double.  A template may double only these:
    a doubling is not guessed on thin evidence (يشار is not Yušārr, مرشد not Muraššad), and
    the template chosen is one the lexicon has, not one with its shadda struck out (عزام is
    ʿIzām like ʿImād, or ʿAzzām, never ʿAzām)."""
    doubled: Counter = Counter()
    for marks, score in scores.items():
        for position in _shaddas(marks):
            doubled[position] += score
    return {position for position, score in doubled.items() if 2 * score > mass}


def learn_words(vocalized_entries: Iterable[str], names: Iterable[str] = ()) -> PatternModel:
    """A model from vocalized lexicon entries (``names``: those of names and places), each
    entry's :func:`pattern_words`."""
    model = PatternModel()
    proper = set(names)
    for entry in vocalized_entries:
        for word in pattern_words(entry):
            model.learn(word, name=entry in proper)
    return model


def pattern_words(entry: str) -> list[str]:
    """The words of a vocalized entry that :func:`learn_words` counts: all but those of a
    multiword entry that carry the article (an article word's shape and marks are the
    article's, not a pattern's)."""
    return [word for number, word in enumerate(entry.split(" ")) if not (number and _letters(word).startswith("ال"))]
