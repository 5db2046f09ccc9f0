"""Paragraph alignment of bilingual Arabic–English items.

A monotone dynamic programme over *beads* (1-1, 1-0, 0-1, 1-2, 2-1, 2-2, 1-3, 3-1), in the
manner of Gale & Church (1993), with a cost per bead that adds up

* a **prior** for the bead type (``-log p``); leaving a caption, photo credit, byline or
  source line unaligned is much cheaper than leaving a content paragraph unaligned, because
  news sites add captions on one side only, often as a near-copy of another paragraph;
* a **length term**: the Gale–Church two-sided tail of the normalized difference between the
  Latin letters of the bead and the Arabic letters times the item's own Latin/Arabic letter
  ratio (letters, not bytes, and estimated per item because translators differ);
* an **anchor bonus** for shared numbers (digits folded across scripts), names (Arabic words
  reduced to consonant skeletons and matched with rapidfuzz to capitalized Latin words), quotes
  and parentheses.  The bonus is a Dice coefficient, so it is capped: anchors pull the path
  but never force it, and a wrong number cannot pin a paragraph.

The search is banded around the "length diagonal" (where the cumulative share of Arabic
letters equals the cumulative share of Latin letters), and the band doubles until the best
path no longer touches its edge, so long bitexts align in near-linear time.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate

import regex
from rapidfuzz import fuzz

from .documents import Document, Layout, Paragraph, detect_layout, is_arabic_side, sides
from .errors import TranslitError
from .names import arabic_consonants, clitic_splits, latin_consonants
from .normalize import ARABIC_WORD, LATIN_WORD

#: Gale & Church's bead probabilities, with a little mass moved to the 1-3/3-1 beads that
#: paragraph-level news alignment needs (a long Arabic paragraph split in three).
BEAD_PRIORS: dict[tuple[int, int], float] = {
    (1, 1): 0.89, (1, 0): 0.01, (0, 1): 0.01, (2, 1): 0.04, (1, 2): 0.04,
    (2, 2): 0.01, (3, 1): 0.005, (1, 3): 0.005,
}
#: Probability that a caption, credit, byline or source line has no counterpart.
BOILERPLATE_UNALIGNED_PRIOR = 0.4
#: Extra cost of pairing a caption-like paragraph with a content paragraph.
BOILERPLATE_MISMATCH_COST = 4.0
#: Typical Latin/Arabic letter ratio of English translations of news Arabic, and its weight
#: in Arabic letters when it is combined with the ratio observed in an item.
TYPICAL_RATIO = 1.6
RATIO_PRIOR_WEIGHT = 300.0
#: Variance of Latin letters per expected Latin letter (Gale & Church's s², for paragraphs of
#: free news translation rather than sentences of parliamentary proceedings).
LENGTH_VARIANCE = 12.0
#: Largest anchor bonus (nats) per aligned paragraph, reached when every anchor agrees.
ANCHOR_WEIGHT = 3.0
#: Minimal rapidfuzz ratio between two consonant skeletons for a name anchor; skeletons
#: shorter than FUZZY_SKELETON letters must match exactly (three consonants are too common).
NAME_MATCH_RATIO = 80.0
MIN_SKELETON = 3
FUZZY_SKELETON = 4
#: Initial half-width of the search band (paragraphs); doubled while the path touches it.
INITIAL_BAND = 8
#: Beads whose confidence is below this are flagged in human output.
LOW_CONFIDENCE = 0.5

_NUMBER = regex.compile(r"\d+")
_QUOTES = regex.compile(r"[\"“”«»„]")
_PARENS = regex.compile(r"[()]")
_SENTENCE_START = regex.compile(r"(?:^|[.!?:]\s+|[\"“«(]\s*)$")
_LATIN_BOILERPLATE = regex.compile(
    r"^\W*(?:pic(?:ture)?|photo(?:graph)?|image|caption|credit|source|file photo|video)s?\s*[:|/–—-]"
    r"|^\W*(?:photo|picture|image)s?\s+(?:by|credit|courtesy)\b",
    regex.IGNORECASE,
)
_ARABIC_BOILERPLATE = regex.compile(
    r"^\W*(?:ال)?(?:صور[ةه]|تصوير|مصدر|فيديو)\s*[:|/–—-]|^\W*بقلم\b"
)
#: A short paragraph naming an agency or photo service is a credit ("AFP/Getty Images").
_CREDIT = regex.compile(
    r"\b(?:AFP|Reuters|Getty|AP|EPA|Anadolu|Xinhua)\b|\(?أ\s?ف\s?ب\)?|رويترز|الأناضول|وكالات"
)
_BYLINE = regex.compile(r"^\W*By\s+\p{Lu}")
CREDIT_MAX_WORDS = 8
#: Skeleton letters that news spells with different letters on the two sides: پ as ب,
#: گ as ك, ڤ as ف, q as k (Qatar/Katar).
_SKELETON_FOLD = str.maketrans({"p": "b", "g": "k", "q": "k", "v": "f", "c": "k"})

Cost = float
BeadShape = tuple[int, int]


@dataclass(frozen=True)
class Bead:
    """Paragraphs of each side that translate each other (one side may be empty)."""

    arabic: tuple[Paragraph, ...]
    latin: tuple[Paragraph, ...]
    score: float


@dataclass
class Alignment:
    """The beads of one bilingual item, where its sides came from and how they were laid out."""

    beads: list[Bead]
    layout: Layout
    arabic_path: str
    latin_path: str


MAX_BEAD_SIDE = 3


@dataclass(frozen=True)
class _Side:
    """Per-paragraph features of one side, precomputed for every run of up to three
    paragraphs (indexed by run length, then by the position after the run) so that a bead's
    cost is a few look-ups: prefix sums of letters, unions of anchors, caption flags."""

    lengths: list[float]
    prefix: list[float]
    boilerplate: list[bool]
    anchors: dict[int, list[frozenset[str]]]
    kinds: dict[int, list[frozenset[bool]]]


def is_boilerplate(paragraph: Paragraph) -> bool:
    """Captions, credits, bylines and source lines: often present on one side only."""
    text = paragraph.text
    pattern = _ARABIC_BOILERPLATE if is_arabic_side(paragraph) else _LATIN_BOILERPLATE
    if pattern.search(text):
        return True
    short = len(text.split()) <= CREDIT_MAX_WORDS
    return short and (_CREDIT.search(text) is not None or _BYLINE.search(text) is not None)


def _letters(paragraph: Paragraph) -> float:
    return float(paragraph.arabic_letters + paragraph.latin_letters + 1)


def _structural_anchors(text: str) -> set[str]:
    """Numbers (digits are ASCII after normalization), quotes and parentheses."""
    anchors = {"#" + number.lstrip("0") for number in _NUMBER.findall(text)}
    if _QUOTES.search(text):
        anchors.add("“")
    if _PARENS.search(text):
        anchors.add("(")
    return anchors


def _skeleton(raw: str) -> str:
    return raw.translate(_SKELETON_FOLD)


def _latin_names(text: str) -> list[str]:
    """Skeletons of capitalized words that do not merely start a sentence."""
    names = []
    for match in LATIN_WORD.finditer(text):
        word = match.group()
        if not word[:1].isupper() or _SENTENCE_START.search(text[: match.start()]):
            continue
        skeleton = _skeleton(latin_consonants(word))
        if len(skeleton) >= MIN_SKELETON:
            names.append(skeleton)
    return names


def _arabic_skeletons(text: str) -> set[str]:
    """Skeletons of every clitic reading of every Arabic word (وبارزاني → brzn, also wbrzn)."""
    skeletons = set()
    for match in ARABIC_WORD.finditer(text):
        for _, stem in clitic_splits(match.group()):
            skeleton = _skeleton(arabic_consonants(stem))
            if len(skeleton) >= MIN_SKELETON:
                skeletons.add(skeleton)
    return skeletons


def _deletion_keys(skeleton: str) -> set[str]:
    """The skeleton and its one-letter deletions: two skeletons one edit apart share a key."""
    return {skeleton} | {skeleton[:i] + skeleton[i + 1:] for i in range(len(skeleton))}


def _names_match(arabic: str, latin: str) -> bool:
    """Exact for short skeletons (three consonants are too common), else rapidfuzz's ratio."""
    if arabic == latin:
        return True
    return min(len(arabic), len(latin)) >= FUZZY_SKELETON and fuzz.ratio(arabic, latin) >= NAME_MATCH_RATIO


def _match_names(arabic: set[str], latin: set[str]) -> dict[str, set[str]]:
    """Arabic skeleton → the Latin name skeletons it matches (candidates by shared deletion
    key, confirmed by rapidfuzz), so that anchors can be compared as plain set members."""
    by_key: dict[str, set[str]] = defaultdict(set)
    for name in latin:
        for key in _deletion_keys(name):
            by_key[key].add(name)
    matches: dict[str, set[str]] = {}
    for skeleton in arabic:
        candidates = set().union(*(by_key.get(key, ()) for key in _deletion_keys(skeleton)))
        found = {c for c in candidates if _names_match(skeleton, c)}
        if found:
            matches[skeleton] = found
    return matches


def _anchor_sets(arabic: Sequence[Paragraph], latin: Sequence[Paragraph]) -> tuple[list[frozenset[str]], list[frozenset[str]]]:
    """Anchors of every paragraph; a name counts only if the other side has a match for it."""
    arabic_words = [_arabic_skeletons(p.text) for p in arabic]
    latin_words = [set(_latin_names(p.text)) for p in latin]
    matches = _match_names(set().union(*arabic_words), set().union(*latin_words))
    matched_latin = set().union(*matches.values()) if matches else set()
    arabic_sets = [
        frozenset(_structural_anchors(p.text) | {"@" + n for w in words for n in matches.get(w, ())})
        for p, words in zip(arabic, arabic_words)
    ]
    latin_sets = [
        frozenset(_structural_anchors(p.text) | {"@" + n for n in words & matched_latin})
        for p, words in zip(latin, latin_words)
    ]
    return arabic_sets, latin_sets


def _runs(values: list, size: int) -> list[frozenset]:
    """Union of ``values`` (sets, or flags) over each run of ``size`` items, by end position."""
    sets = [v if isinstance(v, frozenset) else frozenset([v]) for v in values]
    return [frozenset()] * size + [frozenset().union(*sets[end - size:end]) for end in range(size, len(values) + 1)]


def _side(paragraphs: Sequence[Paragraph], anchors: list[frozenset[str]]) -> _Side:
    lengths = [_letters(p) for p in paragraphs]
    boilerplate = [is_boilerplate(p) for p in paragraphs]
    sizes = range(1, MAX_BEAD_SIDE + 1)
    return _Side(
        lengths, [0.0, *accumulate(lengths)], boilerplate,
        {k: _runs(anchors, k) for k in sizes}, {k: _runs(boilerplate, k) for k in sizes},
    )


def _tail_cost(delta: float) -> Cost:
    """-log of the two-sided normal tail beyond |delta| (Gale & Church's length cost)."""
    x = abs(delta) / math.sqrt(2.0)
    tail = math.erfc(x)
    if tail > 1e-300:
        return -math.log(tail)
    return x * x + math.log(x * math.sqrt(math.pi))


def _length_delta(arabic_letters: float, latin_letters: float, ratio: float) -> float:
    expected = arabic_letters * ratio
    return (latin_letters - expected) / math.sqrt(LENGTH_VARIANCE * (expected + latin_letters) / 2.0)


class _Scorer:
    """Bead costs and confidences for one pair of sides."""

    def __init__(self, arabic: _Side, latin: _Side, ratio: float) -> None:
        self.arabic, self.latin, self.ratio = arabic, latin, ratio
        self.prior_cost = {shape: -math.log(p) for shape, p in BEAD_PRIORS.items()}
        self.boilerplate_cost = -math.log(BOILERPLATE_UNALIGNED_PRIOR)

    def _dice(self, i0: int, i1: int, j0: int, j1: int) -> float | None:
        """Dice coefficient of the bead's anchors, or None when it has none at all."""
        arabic = self.arabic.anchors[i1 - i0][i1]
        latin = self.latin.anchors[j1 - j0][j1]
        total = len(arabic) + len(latin)
        return 2.0 * len(arabic & latin) / total if total else None

    def _boilerplate_mismatch(self, i0: int, i1: int, j0: int, j1: int) -> bool:
        """A caption paired with content, or a bead mixing both on one side."""
        return self.arabic.kinds[i1 - i0][i1] != self.latin.kinds[j1 - j0][j1]

    def cost(self, i: int, j: int, shape: BeadShape) -> Cost:
        """Cost of the bead of ``shape`` that ends after Arabic ``i`` and Latin ``j``."""
        k, l = shape
        if k == 0:
            return self.boilerplate_cost if self.latin.boilerplate[j - 1] else self.prior_cost[shape]
        if l == 0:
            return self.boilerplate_cost if self.arabic.boilerplate[i - 1] else self.prior_cost[shape]
        arabic_letters = self.arabic.prefix[i] - self.arabic.prefix[i - k]
        latin_letters = self.latin.prefix[j] - self.latin.prefix[j - l]
        cost = self.prior_cost[shape] + _tail_cost(_length_delta(arabic_letters, latin_letters, self.ratio))
        dice = self._dice(i - k, i, j - l, j)
        if dice:
            cost -= ANCHOR_WEIGHT * dice
        if self._boilerplate_mismatch(i - k, i, j - l, j):
            cost += BOILERPLATE_MISMATCH_COST
        return cost

    def confidence(self, i0: int, i1: int, j0: int, j1: int) -> float:
        """Confidence in [0, 1]: length agreement and anchor agreement, equally weighted.
        An unaligned caption is confidently unaligned; an unaligned content paragraph is not."""
        if i0 == i1 or j0 == j1:
            flags = self.arabic.boilerplate[i0:i1] + self.latin.boilerplate[j0:j1]
            return 0.9 if all(flags) else 0.3
        arabic_letters = self.arabic.prefix[i1] - self.arabic.prefix[i0]
        latin_letters = self.latin.prefix[j1] - self.latin.prefix[j0]
        length = math.erfc(abs(_length_delta(arabic_letters, latin_letters, self.ratio)) / math.sqrt(2.0))
        dice = self._dice(i0, i1, j0, j1)
        anchors = 0.5 if dice is None else dice
        score = 0.5 * length + 0.5 * anchors
        if self._boilerplate_mismatch(i0, i1, j0, j1):
            score *= 0.5
        return round(min(1.0, max(0.0, score)), 3)


def _search(scorer: _Scorer, n: int, m: int, width: int) -> tuple[list[tuple[int, int, BeadShape]], bool]:
    """Best monotone path inside a band that follows the running optimum: row i spans
    ``width`` cells either side of the cheapest cell of row i - 1 (the last row reaches the
    end).  Also says whether the path touches the band's edge (then the caller widens it)."""
    shapes = list(BEAD_PRIORS)
    best: list[list[float]] = []
    back: list[list[BeadShape | None]] = []
    bounds: list[tuple[int, int]] = []
    centre = 0
    for i in range(n + 1):
        lo, hi = max(0, centre - width), (m if i == n else min(m, centre + width))
        bounds.append((lo, hi))
        row_cost = [math.inf] * (hi - lo + 1)
        row_back: list[BeadShape | None] = [None] * (hi - lo + 1)
        for j in range(lo, hi + 1):
            if i == 0 and j == 0:
                row_cost[0] = 0.0
                continue
            for shape in shapes:
                k, l = shape
                if k > i or l > j:
                    continue
                previous = row_cost if k == 0 else best[i - k]
                prev_lo, prev_hi = bounds[i - k]
                if not prev_lo <= j - l <= prev_hi:
                    continue
                start = previous[j - l - prev_lo]
                if start == math.inf:
                    continue
                total = start + scorer.cost(i, j, shape)
                if total < row_cost[j - lo]:
                    row_cost[j - lo], row_back[j - lo] = total, shape
        best.append(row_cost)
        back.append(row_back)
        centre = lo + min(range(len(row_cost)), key=row_cost.__getitem__)
    return _trace(back, bounds)


def _trace(back: list[list[BeadShape | None]], bounds: list[tuple[int, int]]) -> tuple[list[tuple[int, int, BeadShape]], bool]:
    i = len(bounds) - 1
    j = bounds[-1][1]
    last_latin = j
    path: list[tuple[int, int, BeadShape]] = []
    touches = False
    while i or j:
        lo, hi = bounds[i]
        shape = back[i][j - lo]
        if shape is None:
            raise RuntimeError("alignment band is not connected")  # a bug, not a user error
        touches |= (j == lo and lo > 0) or (j == hi and hi < last_latin)
        path.append((i, j, shape))
        i, j = i - shape[0], j - shape[1]
    path.reverse()
    return path, touches


def _letter_ratio(arabic: _Side, latin: _Side) -> float:
    """Latin letters per Arabic letter in this item (English spells the short vowels that
    Arabic leaves out), shrunk towards the typical ratio so that a short item cannot make any
    pairing look perfect."""
    arabic_letters = arabic.prefix[-1] + RATIO_PRIOR_WEIGHT
    latin_letters = latin.prefix[-1] + RATIO_PRIOR_WEIGHT * TYPICAL_RATIO
    return latin_letters / arabic_letters


def align(arabic: Sequence[Paragraph], latin: Sequence[Paragraph]) -> list[Bead]:
    """Align two sides; every paragraph lands in exactly one bead, in order on both sides."""
    if not arabic or not latin:
        return [Bead((p,), (), 1.0) for p in arabic] + [Bead((), (p,), 1.0) for p in latin]
    arabic_anchors, latin_anchors = _anchor_sets(arabic, latin)
    arabic_side, latin_side = _side(arabic, arabic_anchors), _side(latin, latin_anchors)
    scorer = _Scorer(arabic_side, latin_side, _letter_ratio(arabic_side, latin_side))
    width = INITIAL_BAND
    while True:
        path, touches = _search(scorer, len(arabic), len(latin), width)
        if not touches or width > max(len(arabic), len(latin)):
            break
        width *= 2
    return [
        Bead(tuple(arabic[i - k:i]), tuple(latin[j - l:j]), scorer.confidence(i - k, i, j - l, j))
        for i, j, (k, l) in path
    ]


def _one_sided(paragraphs: Sequence[Paragraph]) -> list[Bead]:
    """Each paragraph on its own, on the side of its script, in document order."""
    return [
        Bead((p,), (), 1.0) if is_arabic_side(p) else Bead((), (p,), 1.0) for p in paragraphs
    ]


def _document_is_arabic(document: Document) -> bool:
    arabic = sum(p.arabic_letters for p in document.paragraphs)
    return arabic >= sum(p.latin_letters for p in document.paragraphs)


def align_documents(documents: Sequence[Document]) -> Alignment:
    """Align one bilingual document (sides told apart by script) or two documents, one per
    language, in either order."""
    if len(documents) == 1:
        document = documents[0]
        layout = detect_layout(document.paragraphs)
        if layout in (Layout.ARABIC_ONLY, Layout.LATIN_ONLY):
            beads = _one_sided(document.paragraphs)
        else:
            beads = align(*sides(document.paragraphs))
        return Alignment(beads, layout, document.path, document.path)
    if len(documents) != 2:
        raise TranslitError(f"align takes one bilingual file or two files, not {len(documents)}")
    first, second = documents
    if _document_is_arabic(first) == _document_is_arabic(second):
        script = "Arabic" if _document_is_arabic(first) else "Latin-script"
        raise TranslitError(f"{first.path} and {second.path} are both {script}: give one Arabic and one English file")
    arabic, latin = (first, second) if _document_is_arabic(first) else (second, first)
    beads = align(arabic.paragraphs, latin.paragraphs)
    layout = Layout.ARABIC_THEN_LATIN if arabic is first else Layout.LATIN_THEN_ARABIC
    return Alignment(beads, layout, arabic.path, latin.path)


def low_confidence(bead: Bead) -> bool:
    return bead.score < LOW_CONFIDENCE

