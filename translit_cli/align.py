"""Paragraph alignment of bilingual Arabic–English items.

A monotone dynamic programme over *beads* (1-1, 1-0, 0-1, 1-2, 2-1, 2-2, 1-3, 3-1), in the
manner of Gale & Church (1993), with a cost per bead that adds up

* a **prior** for the bead type (``-log p``); leaving a caption, photo credit, byline,
  source line or piece of site furniture (or a paragraph that near-copies another of its
  side) unaligned is much cheaper than leaving a content paragraph unaligned, because news
  sites add them on one side only, captions often as a near-copy of another paragraph,
  labelled or not; pairing boilerplate with content, or with boilerplate of another kind,
  costs extra; a short paragraph, and a headline (a few words without the final punctuation of its side's
  sentences), is a little cheaper to leave unaligned too;
* a **length term**: the Gale–Church two-sided tail of the normalized difference between the
  Latin letters of the bead and the Arabic letters times the item's own Latin/Arabic letter
  ratio (letters, not bytes, and per item because translators differ; the ratio of the item's
  totals is only a first guess, so ratios around it are tried and the cheapest path kept);
* an **anchor bonus** for shared numbers (digits folded across scripts), names (Arabic words
  reduced to consonant skeletons and matched with rapidfuzz to capitalized Latin words), quotes
  and parentheses.  The bonus is a Dice coefficient, so it is capped: anchors pull the path
  but never force it, and a wrong number cannot pin a paragraph.

The search is banded around the "length diagonal" (where the cumulative share of Arabic
letters equals the cumulative share of Latin letters), and the band doubles until the best
path no longer touches its edge, so long bitexts align in near-linear time.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
import math
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol
from functools import lru_cache
from itertools import accumulate, chain

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
#: Short paragraphs are the ones news sites put on one side only, whatever their wording (a
#: headline or subhead, a date, "Share", an update time, a site's name), and a short one runs
#: into a neighbour's bead for next to nothing in length: up to SHORT_LETTERS Latin letters
#: (an Arabic paragraph's letters count times the item's ratio) a paragraph is unaligned with
#: probability SHORT_UNALIGNED_PRIOR, from LONG_LETTERS on at the 1-0 prior, log-linearly in
#: between.  Unlike a caption it may pair with content at no extra cost (a translated headline
#: pairs), and the discount is small: a short paragraph merged into its neighbour's translation
#: is as common (the Qur'an's short verses), and lengths cannot tell the two apart (0.2 won 1.6
#: points on the news development set and lost 0.6 on the damaged one; 0.05 won 2.5 and lost
#: nothing).
SHORT_UNALIGNED_PRIOR = 0.05
SHORT_LETTERS = 25.0
LONG_LETTERS = 90.0
#: A headline or subhead is short and ends without the punctuation that ends the side's
#: sentences: where at least TERMINATED_SHARE of a side's paragraphs of more than
#: HEADLINE_MAX_WORDS words end in punctuation (news, not the Qur'an's Arabic, which has none),
#: a paragraph of at most that many words that does not is left unaligned with probability
#: HEADLINE_UNALIGNED_PRIOR, as the subhead of one side often is.
HEADLINE_MAX_WORDS = 12
TERMINATED_SHARE = 0.8
HEADLINE_UNALIGNED_PRIOR = 0.2
_TERMINAL = regex.compile(r"[.!?؟:;,،؛…\-–—\"'”»)\]]\W*$")
#: Typical Latin/Arabic letter ratio of English translations of news Arabic, and its weight
#: in Arabic letters when it is combined with the ratio observed in an item.
TYPICAL_RATIO = 1.6
RATIO_PRIOR_WEIGHT = 300.0
#: The totals that give an item's ratio also count the paragraphs that have no counterpart
#: (a dropped paragraph, an unlabelled caption), and one of them moves the ratio by its share
#: of its side's letters: ratios RATIO_STEP apart (in log) are tried as far either way as the
#: largest paragraph's share, at most MAX_RATIO_STEPS steps, each departure costing what a
#: log-normal prior of spread RATIO_SPREAD around the estimate says.
RATIO_STEP = 0.05
MAX_RATIO_STEPS = 3
RATIO_SPREAD = 0.1
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
#: Largest semantic bonus (nats) per bead, when a meaning model is given: strong enough to
#: overrule the length term of a free translation (tuned on development items, see embed).
SEMANTIC_WEIGHT = 8.0
#: Initial half-width of the search band (paragraphs); doubled while the path touches it.
INITIAL_BAND = 8
#: Beads whose confidence is below this are flagged in human output.
LOW_CONFIDENCE = 0.5

_NUMBER = regex.compile(r"\d+")
_QUOTES = regex.compile(r"[\"“”«»„]")
_PARENS = regex.compile(r"[()]")
_WORD = regex.compile(r"\w+")
_SENTENCE_START = regex.compile(r"^|[.!?:]\s+|[\"“«(]\s*")
#: Boilerplate comes in kinds: two lines of one kind may translate each other ("Source:
#: Agencies", "المصدر: وكالات"), two of different kinds do not (an update time facing a site's
#: name at the head of an item), and a line of any kind is no partner for content.  A label
#: marks a paragraph of its kind at any length.
_LABELS: dict[str, regex.Pattern] = {
    "photo": regex.compile(
        r"^\W*(?:pic(?:ture)?|photo(?:graph)?|image|caption|credit|file photo|video)s?\s*[:|/–—-]"
        r"|^\W*(?:photo|picture|image)s?\s+(?:by|credit|courtesy|via)\b|^\W*file\s+(?:photo|picture|image)s?\b"
        r"|^\W*(?:ال)?(?:صور[ةه]|تصوير|فيديو)\s*[:|/–—-]|^\W*(?:ال)?صور[ةه]\s+(?:أرشيفية|من\s+الأرشيف)",
        regex.IGNORECASE),
    "source": regex.compile(r"^\W*source\s*[:|/–—-]|^\W*(?:ال)?مصدر\s*[:|/–—-]", regex.IGNORECASE),
    "byline": regex.compile(r"^\W*(?:ال)?(?:ترجم[ةه]|إعداد|تحرير)\s*[:|/–—-]|^\W*بقلم\b"),
    "pointer": regex.compile(
        r"^\W*(?:read|see|watch)\s+(?:more|also)\b|^\W*(?:also\s+read|read\s+also)\b"
        r"|^\W*(?:related|tags|topics|keywords)\s*:|^\W*(?:اقرأ|إقرأ|شاهد)\s+(?:أيضا|أيضًا|أيضاً|المزيد)"
        r"|^\W*(?:كلمات\s+مفتاحية|الوسوم|وسوم)\s*:",
        regex.IGNORECASE),
    "button": regex.compile(r"^\W*follow\s+us\b|^\W*تابعونا\b", regex.IGNORECASE),
}
#: The same lines run into a content paragraph by a merge ("… Organization. Source: Agencies").
_EMBEDDED: dict[str, regex.Pattern] = {
    "photo": regex.compile(r"(?<=[.!?؟»”\"]\s*|\s{2})(?:(?:pic(?:ture)?|photo(?:graph)?|image|caption|credit)s?"
                           r"|(?:ال)?(?:صور[ةه]|تصوير)):\s", regex.IGNORECASE),
    "source": regex.compile(r"(?<=[.!?؟»”\"]\s*|\s{2})(?:sources?|(?:ال)?مصدر):\s", regex.IGNORECASE),
}
#: Agencies and photo services, whose name makes a short paragraph a credit ("AFP/Getty
#: Images"); AFP's Arabic initials stand alone (أفبعد, "and is it after", is a word).
_AGENCY = (r"\b(?:AFP|Reuters|Getty(?:\s+Images)?|AP|EPA|Anadolu(?:\s+Agency)?|Xinhua)\b"
           r"|(?<!\p{L})أ\s?ف\s?ب(?!\p{L})|رويترز|الأناضول|وكالات")
#: What marks a short paragraph, of a few words, as boilerplate of a kind, in either language:
#: an agency's name or the archive's (a credit), a byline, a button alone
#: ("Share", "إعلان") or an imperative one ("Subscribe to our newsletter"), a copyright line,
#: an embedded post's handle, a site's name ending in نت ("الميادين نت").  A sentence of more
#: words may name an agency or start with "Share".
_SHORT_CUES: dict[str, regex.Pattern] = {
    "photo": regex.compile(rf"{_AGENCY}|(?<!\p{{L}})أرشيف(?!\p{{L}})"),
    "byline": regex.compile(
        r"^\W*(?:(?:Additional\s+)?(?:Reporting|Writing|Written|Edited|Editing|Translated|Translation|Compiled)\s+)?"
        r"[Bb]y\s+\p{Lu}"),
    "button": regex.compile(
        r"^\W*(?:share|advertisement|sponsored|print|comments|إعلان|شارك|مشاركة|طباعة|تعليقات)\W*$"
        r"|^\W*(?:share\s+(?:this|on)|subscribe|sign\s+up|click\s+here)\b", regex.IGNORECASE),
    "time": regex.compile(
        r"^\W*(?:updated|last\s+updated|published|posted|تحديث|آخر\s+تحديث|نشر\s+في)\s*:", regex.IGNORECASE),
    "copyright": regex.compile(r"©|\(c\)\s*\d{4}|all\s+rights\s+reserved|جميع\s+الحقوق\s+محفوظة", regex.IGNORECASE),
    "post": regex.compile(
        r"(?<!\w)@\w{2,}|\((?:Twitter|X|Facebook|Instagram|Telegram|تويتر|فيسبوك)\)|pic\.twitter\.com"),
    "site": regex.compile(r"(?<!\p{L})نت\W*$"),
}
#: The words of a date or time line: numbers, month and weekday names, time zones, and the
#: words that introduce one ("Updated 12:30 GMT", "الخميس 12 آذار 2023", "18 January 16:45").
_DATE_WORD = regex.compile(
    r"\d+|January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
    r"|Sunday|GMT|UTC|am|pm|updated|published|posted"
    r"|يناير|فبراير|مارس|[أإ]بريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر|كانون|شباط|آذار"
    r"|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين|الأول|الثاني|ال[إا]ثنين|الثلاثاء|الأربعاء|الخميس|الجمعة"
    r"|السبت|الأحد|بتوقيت|غرينتش|تحديث",
    regex.IGNORECASE,
)
#: A short paragraph more than this share of whose words are a date's is a date line (not
#: "In March 2017 the talks began", a third of whose words are).
DATE_SHARE = 0.5
_CLOCK = regex.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")
#: The kind of a content paragraph, and the kinds that are told apart by their numbers too.
CONTENT = "content"
NUMBERED_KINDS = frozenset(["date", "time", "copyright"])


def _date_kind(text: str) -> str | None:
    """The kind of a line that is mostly a time ("Updated 23:30 GMT", "18 January 16:45") or
    a date ("الخميس 12 آذار 2023"), or None: an update time facing a date line at the head of
    an item is no translation of it."""
    words = _WORD.findall(text)
    dated = sum(1 for word in words if _DATE_WORD.fullmatch(word))
    if not any(word.isdigit() for word in words) or dated <= DATE_SHARE * len(words):
        return None
    return "time" if _CLOCK.search(text) else "date"


CREDIT_MAX_WORDS = 8
#: A caption often ends in its photo's credit, "Iraqi forces in Mosul (Reuters)", "… - أرشيف",
#: "… (تصوير: محمد علي)": a paragraph of at most CAPTION_MAX_WORDS words that does is one.
_TRAILING_CREDIT = regex.compile(
    rf"(?:\(\s*(?:(?:{_AGENCY}|photo|pic|image|تصوير|صورة|أرشيف)[^()]*)\)|\s[—–/|-]\s*(?:{_AGENCY}|أرشيف)\W*)\W*$",
    regex.IGNORECASE,
)
CAPTION_MAX_WORDS = 30
#: A paragraph that repeats this share of its word pairs from a longer paragraph of its side
#: nearby is a caption or a pull quote, whatever its label (seed 000 line 21 repeats 21 of its
#: 25 word pairs from line 5); a hadith sharing its chain of narrators and a formula with the
#: next one rarely repeats more than half of them.
NEAR_COPY_SHARE = 0.75
#: Near-copies are looked for within this many paragraphs (a caption stands near the item it
#: illustrates), among those that hold the first or the last of a paragraph's word pairs in
#: sorted order (two sketches: a copy of three quarters of its pairs misses both in one case
#: in sixteen at most, and an equal paragraph never).
NEAR_COPY_WINDOW = 30
#: An excerpt has at most this share of the word pairs of what it copies.
EXCERPT_SHARE = 0.8
#: Skeleton letters that news spells with different letters on the two sides: پ as ب,
#: گ as ك, ڤ as ف, q as k (Qatar/Katar).
_SKELETON_FOLD = str.maketrans({"p": "b", "g": "k", "q": "k", "v": "f", "c": "k"})

Cost = float
_SQRT_PI = math.sqrt(math.pi)
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
    """Per paragraph: a labelled caption, credit or source line, or a near-copy of another
    paragraph (cheap to leave unaligned)."""
    headline: list[bool]
    """Per paragraph: a short line without the punctuation that ends the side's sentences."""
    originals: list[frozenset[int]]
    """Per paragraph: the paragraphs of its side that it near-copies (none for most)."""
    anchors: dict[int, list[frozenset[str]]]
    kinds: dict[int, list[frozenset[str]]]
    """Per run: the kinds of its paragraphs (CONTENT or a boilerplate kind); a content
    paragraph into which a merge ran a caption or a source line is of both kinds."""


def boilerplate_kind(paragraph: Paragraph) -> str | None:
    """The kind of a caption, credit, byline, source line or piece of site furniture (often on
    one side only), or None for content.  A label ("Pic:", "المصدر:") says so at any length, a
    trailing credit in a caption's length, the other cues only in a paragraph of a few words."""
    text = paragraph.text
    for kind, label in _LABELS.items():
        if label.search(text):
            return kind
    words = len(text.split())
    if words <= CAPTION_MAX_WORDS and _TRAILING_CREDIT.search(text):
        return "photo"
    if words > CREDIT_MAX_WORDS:
        return None
    for kind, cue in _SHORT_CUES.items():
        if cue.search(text):
            return kind
    return _date_kind(text)


def is_boilerplate(paragraph: Paragraph) -> bool:
    """Captions, credits, bylines, source lines and site furniture (``boilerplate_kind``)."""
    return boilerplate_kind(paragraph) is not None


def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(text.casefold()))


def copied_paragraphs(paragraphs: Sequence[Paragraph], labelled: Sequence[bool]) -> list[frozenset[int]]:
    """For each paragraph of one side, the positions of the paragraphs nearby on that side of
    which it is a near-copy (it repeats most of their word pairs): news sites caption a photo
    with a sentence of the article, often without a label, and an unaligned paragraph costs
    more than a merge, so the copy would be run into a neighbour's bead.  An excerpt is a copy
    (a caption is shorter than what it quotes), and so are two equal paragraphs (either may be
    the caption); two tellings of one report of about the same length are not (hadith told
    twice, a repeated formula), nor is a repeat far away (a book that quotes itself).  A
    labelled caption is never the original (its label makes a caption that copies a whole
    short paragraph the longer of the two)."""
    tokens = [() if flag else _words(p.text) for p, flag in zip(paragraphs, labelled)]
    pairs = [frozenset(zip(words, words[1:])) for words in tokens]
    keys = [(min(words), max(words)) if words else () for words in pairs]
    wanted = frozenset(chain.from_iterable(keys))
    holders: dict[tuple[str, str], list[int]] = defaultdict(list)
    for position, words in enumerate(pairs):
        for pair in words & wanted:
            holders[pair].append(position)
    return [frozenset(other for other in _nearby(holders, sketch, position)
                      if other != position and _copies(tokens[position], tokens[other], pairs[position], pairs[other]))
            for position, sketch in enumerate(keys)]


def near_copies(paragraphs: Sequence[Paragraph], labelled: Sequence[bool]) -> list[bool]:
    """For each paragraph of one side, whether it is a near-copy of another paragraph nearby
    (see ``copied_paragraphs``)."""
    return [bool(originals) for originals in copied_paragraphs(paragraphs, labelled)]


def _nearby(holders: dict[tuple[str, str], list[int]], sketch: tuple, position: int) -> set[int]:
    """The paragraphs within the window that hold a pair of ``sketch`` (holders are in order)."""
    found: set[int] = set()
    for pair in sketch:
        places = holders[pair]
        found.update(places[bisect_left(places, position - NEAR_COPY_WINDOW):
                            bisect_right(places, position + NEAR_COPY_WINDOW)])
    return found


def _copies(words: tuple[str, ...], other_words: tuple[str, ...],
            pairs: frozenset, other_pairs: frozenset) -> bool:
    """Does a paragraph with these words and word pairs copy another: an equal paragraph, the
    start of it however long (a caption of all but the end of a short paragraph), or an
    excerpt of most of its pairs?  Only an excerpt may be a part of it other than its start:
    two tellings of one hadith share most of their pairs and differ where the chain does."""
    if pairs == other_pairs or other_words[:len(words)] == words:
        return True
    return len(pairs) <= EXCERPT_SHARE * len(other_pairs) and len(pairs & other_pairs) >= NEAR_COPY_SHARE * len(pairs)


def _kinds(paragraph: Paragraph, kind: str | None) -> frozenset[str]:
    """A boilerplate kind, content, or both: a content paragraph into which a merge ran a
    source line or a caption is of both kinds, so pairing it with the two paragraphs it joins
    costs nothing extra.  A date, a time or a copyright line is of its kind and its numbers:
    two such lines with other numbers ("© 2025", "© 2023") are not each other's translation."""
    if kind in NUMBERED_KINDS:
        return frozenset([f"{kind} {' '.join(sorted(set(_NUMBER.findall(paragraph.text))))}"])
    if kind is not None:
        return frozenset([kind])
    embedded = [name for name, pattern in _EMBEDDED.items() if pattern.search(paragraph.text)]
    return frozenset([CONTENT, *embedded])


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


def _sentence_starts(text: str) -> set[int]:
    """Offsets where a sentence (or a quotation or parenthesis) begins: one pass per text."""
    return {match.end() for match in _SENTENCE_START.finditer(text, overlapped=True)}


def _latin_names(text: str) -> list[str]:
    """Skeletons of capitalized words that do not merely start a sentence."""
    starts = _sentence_starts(text)
    names = []
    for match in LATIN_WORD.finditer(text):
        word = match.group()
        if not word[:1].isupper() or match.start() in starts:
            continue
        skeleton = _latin_skeleton(word)
        if len(skeleton) >= MIN_SKELETON:
            names.append(skeleton)
    return names


@lru_cache(maxsize=65536)
def _latin_skeleton(word: str) -> str:
    return _skeleton(latin_consonants(word))


@lru_cache(maxsize=65536)
def _word_skeletons(word: str) -> frozenset[str]:
    """Skeletons of every clitic reading of one Arabic word (وبارزاني → brzn, also wbrzn);
    cached because news repeats its words."""
    skeletons = (_skeleton(arabic_consonants(stem)) for _, stem in clitic_splits(word))
    return frozenset(s for s in skeletons if len(s) >= MIN_SKELETON)


def _arabic_skeletons(text: str) -> set[str]:
    """Skeletons of every clitic reading of every Arabic word of ``text``."""
    return set().union(*(_word_skeletons(match.group()) for match in ARABIC_WORD.finditer(text)))


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


def _runs(sets: list[frozenset], size: int) -> list[frozenset]:
    """Union of ``sets`` over each run of ``size`` items, by end position."""
    return [frozenset()] * size + [frozenset().union(*sets[end - size:end]) for end in range(size, len(sets) + 1)]


def headlines(paragraphs: Sequence[Paragraph]) -> list[bool]:
    """For each paragraph of one side, whether it looks like a headline or subhead: a few
    words without final punctuation on a side whose sentences end in punctuation (on a side
    that writes none, such as the Qur'an's Arabic, nothing can tell)."""
    words = [len(p.text.split()) for p in paragraphs]
    ended = [_TERMINAL.search(p.text) is not None for p in paragraphs]
    sentences = [end for count, end in zip(words, ended) if count > HEADLINE_MAX_WORDS]
    if not sentences or sum(sentences) < TERMINATED_SHARE * len(sentences):
        return [False] * len(paragraphs)
    return [count <= HEADLINE_MAX_WORDS and not end for count, end in zip(words, ended)]


def _side(paragraphs: Sequence[Paragraph], anchors: list[frozenset[str]]) -> _Side:
    lengths = [_letters(p) for p in paragraphs]
    named = [boilerplate_kind(p) for p in paragraphs]
    labelled = [kind is not None for kind in named]
    originals = copied_paragraphs(paragraphs, labelled)
    boilerplate = [flag or bool(copied) for flag, copied in zip(labelled, originals)]
    kinds = [_kinds(p, kind) for p, kind in zip(paragraphs, named)]
    sizes = range(1, MAX_BEAD_SIDE + 1)
    return _Side(
        lengths, [0.0, *accumulate(lengths)], boilerplate, headlines(paragraphs), originals,
        {k: _runs(anchors, k) for k in sizes}, {k: _runs(kinds, k) for k in sizes},
    )


def _short_cost(letters: float, content: Cost, short: Cost) -> Cost:
    """The cost of leaving a paragraph of this many Latin(-equivalent) letters unaligned: a
    short one's up to SHORT_LETTERS, a content paragraph's from LONG_LETTERS, linear between
    (log-linear in probability)."""
    share = min(1.0, max(0.0, (letters - SHORT_LETTERS) / (LONG_LETTERS - SHORT_LETTERS)))
    return short + share * (content - short)


def _length_delta(arabic_letters: float, latin_letters: float, ratio: float) -> float:
    expected = arabic_letters * ratio
    return (latin_letters - expected) / math.sqrt(LENGTH_VARIANCE * (expected + latin_letters) / 2.0)


#: How a bead's semantic similarity enters its cost: a callable (Arabic run i0..i1, Latin run
#: j0..j1) → a bonus in [0, 1] (see translit_cli.embed), weighted by SEMANTIC_WEIGHT nats.
Semantic = Callable[[int, int, int, int], float]


class MeaningModel(Protocol):
    """What the aligner needs of a sentence encoder (``embed.SentenceEncoder``): the bead
    similarity of one item, given the texts of its two sides."""

    def bead_similarity(self, arabic: Sequence[str], latin: Sequence[str]) -> Semantic: ...


class _Scorer:
    """Bead costs and confidences for one pair of sides."""

    def __init__(self, arabic: _Side, latin: _Side, ratio: float,
                 semantic: Semantic | None = None, semantic_weight: float = 0.0) -> None:
        self.arabic, self.latin, self.ratio = arabic, latin, ratio
        self.prior_cost = {shape: -math.log(p) for shape, p in BEAD_PRIORS.items()}
        self.boilerplate_cost = -math.log(BOILERPLATE_UNALIGNED_PRIOR)
        self.arabic_unaligned = self._unaligned_costs(arabic, ratio)
        self.latin_unaligned = self._unaligned_costs(latin, 1.0)
        self.semantic, self.semantic_weight = semantic, semantic_weight if semantic else 0.0
        #: No bead earns more than this back from its anchors and its meaning, which lets the
        #: search skip a bead whose prior and length cost already lose.
        self.max_bonus = ANCHOR_WEIGHT + self.semantic_weight

    def _dice(self, i0: int, i1: int, j0: int, j1: int) -> float | None:
        """Dice coefficient of the bead's anchors, or None when it has none at all."""
        arabic = self.arabic.anchors[i1 - i0][i1]
        latin = self.latin.anchors[j1 - j0][j1]
        total = len(arabic) + len(latin)
        return 2.0 * len(arabic & latin) / total if total else None

    def _boilerplate_mismatch(self, i0: int, i1: int, j0: int, j1: int) -> bool:
        """A caption paired with content, or a bead mixing both on one side."""
        return self.arabic.kinds[i1 - i0][i1] != self.latin.kinds[j1 - j0][j1]

    def _unaligned_costs(self, side: _Side, scale: float) -> list[Cost]:
        """Per paragraph, the cost of leaving it unaligned: a caption's, a content paragraph's
        or, for a short one, in between by its length (``scale``: Latin letters per letter),
        and at most a headline's for a headline."""
        content, short = self.prior_cost[(1, 0)], -math.log(SHORT_UNALIGNED_PRIOR)
        headline = -math.log(HEADLINE_UNALIGNED_PRIOR)
        return [self.boilerplate_cost if flag else
                min(_short_cost(letters * scale, content, short), headline if title else math.inf)
                for letters, flag, title in zip(side.lengths, side.boilerplate, side.headline)]

    def confidence(self, i0: int, i1: int, j0: int, j1: int) -> float:
        """Confidence in [0, 1]: length agreement, anchor agreement and (with a meaning
        model) semantic agreement, equally weighted.  An unaligned caption is confidently
        unaligned; an unaligned content paragraph is not."""
        if i0 == i1 or j0 == j1:
            flags = self.arabic.boilerplate[i0:i1] + self.latin.boilerplate[j0:j1]
            return 0.9 if all(flags) else 0.3
        arabic_letters = self.arabic.prefix[i1] - self.arabic.prefix[i0]
        latin_letters = self.latin.prefix[j1] - self.latin.prefix[j0]
        length = math.erfc(abs(_length_delta(arabic_letters, latin_letters, self.ratio)) / math.sqrt(2.0))
        dice = self._dice(i0, i1, j0, j1)
        anchors = 0.5 if dice is None else dice
        signals = [length, anchors]
        if self.semantic is not None:
            signals.append((1.0 + self.semantic(i0, i1, j0, j1)) / 2.0)
        score = sum(signals) / len(signals)
        if self._boilerplate_mismatch(i0, i1, j0, j1):
            score *= 0.5
        return round(min(1.0, max(0.0, score)), 3)


Path = list[tuple[int, int, BeadShape]]


class _Lattice:
    """The dynamic programme, row by row (row i: the first i Arabic paragraphs consumed).

    Row i spans its own half-width either side of the cheapest cell of row i - 1, so the band
    follows the running optimum.  Rows are kept, so when the best path touches the band's edge
    only the rows from the first widened one on are recomputed."""

    def __init__(self, scorer: _Scorer, n: int, m: int) -> None:
        self.scorer, self.n, self.m = scorer, n, m
        self.best: list[list[float]] = []
        self.back: list[list[BeadShape | None]] = []
        self.bounds: list[tuple[int, int]] = []

    def fill(self, widths: list[int], start: int) -> None:
        """(Re)compute rows ``start`` .. n with the given half-widths."""
        del self.best[start:], self.back[start:], self.bounds[start:]
        for i in range(start, self.n + 1):
            self._row(i, widths[i])

    def _row(self, i: int, width: int) -> None:
        if i == 0:
            centre = 0
        else:
            previous = self.best[i - 1]
            centre = self.bounds[i - 1][0] + min(range(len(previous)), key=previous.__getitem__)
        lo, hi = max(0, centre - width), (self.m if i == self.n else min(self.m, centre + width))
        costs = [math.inf] * (hi - lo + 1)
        back: list[BeadShape | None] = [None] * (hi - lo + 1)
        if i == 0:
            costs[0] = 0.0
        for k in range(1, min(MAX_BEAD_SIDE, i) + 1):
            self._beads_from_row(i, k, lo, hi, costs, back)
        self._latin_only_beads(lo, hi, costs, back)
        self.best.append(costs)
        self.back.append(back)
        self.bounds.append((lo, hi))

    def _beads_from_row(self, i: int, k: int, lo: int, hi: int, costs: list[float],
                        back: list[BeadShape | None]) -> None:
        """Relax every bead with ``k`` Arabic paragraphs that ends in row i (the inner loop:
        plain locals, and the anchors and meaning are looked at only when the prior and the
        length cost leave the bead a chance)."""
        scorer, arabic, latin = self.scorer, self.scorer.arabic, self.scorer.latin
        previous, (prev_lo, prev_hi) = self.best[i - k], self.bounds[i - k]
        expected = (arabic.prefix[i] - arabic.prefix[i - k]) * scorer.ratio
        arabic_anchors, arabic_kind = arabic.anchors[k][i], arabic.kinds[k][i]
        arabic_count = len(arabic_anchors)
        semantic, semantic_weight, max_bonus = scorer.semantic, scorer.semantic_weight, scorer.max_bonus
        erfc, log, sqrt = math.erfc, math.log, math.sqrt
        for l in range(0, MAX_BEAD_SIDE + 1):
            shape = (k, l)
            if shape not in scorer.prior_cost:
                continue
            if l == 0:
                cost = scorer.arabic_unaligned[i - 1]
                for j in range(max(lo, prev_lo), min(hi, prev_hi) + 1):
                    total = previous[j - prev_lo] + cost
                    if total < costs[j - lo]:
                        costs[j - lo], back[j - lo] = total, shape
                continue
            prior, prefix = scorer.prior_cost[shape], latin.prefix
            latin_anchors, latin_kinds = latin.anchors[l], latin.kinds[l]
            for j in range(max(lo, prev_lo + l), min(hi, prev_hi + l) + 1):
                here = costs[j - lo]
                total = previous[j - l - prev_lo] + prior
                if total - max_bonus >= here:
                    continue
                letters = prefix[j] - prefix[j - l]
                x = abs(letters - expected) / sqrt(LENGTH_VARIANCE * (expected + letters))
                tail = erfc(x)
                total += -log(tail) if tail > 1e-300 else x * x + log(x * _SQRT_PI)
                if total - max_bonus >= here:
                    continue
                anchors = latin_anchors[j]
                count = arabic_count + len(anchors)
                if count:
                    total -= ANCHOR_WEIGHT * 2.0 * len(arabic_anchors & anchors) / count
                if arabic_kind != latin_kinds[j]:
                    total += BOILERPLATE_MISMATCH_COST
                if semantic is not None:
                    total -= semantic_weight * semantic(i - k, i, j - l, j)
                if total < here:
                    costs[j - lo], back[j - lo] = total, shape

    def _latin_only_beads(self, lo: int, hi: int, costs: list[float], back: list[BeadShape | None]) -> None:
        """0-1 beads stay in their row, so they are relaxed last, left to right."""
        unaligned = self.scorer.latin_unaligned
        for j in range(lo + 1, hi + 1):
            total = costs[j - 1 - lo] + unaligned[j - 1]
            if total < costs[j - lo]:
                costs[j - lo], back[j - lo] = total, (0, 1)

    def cost(self) -> Cost:
        """Cost of the best path through the whole lattice."""
        return self.best[self.n][self.m - self.bounds[self.n][0]]

    def trace(self) -> tuple[Path, set[int]]:
        """The best path, and the rows where it touches the band's edge."""
        i, j = self.n, self.m
        path: Path = []
        touched: set[int] = set()
        while i or j:
            lo, hi = self.bounds[i]
            shape = self.back[i][j - lo]
            if shape is None:
                raise RuntimeError("alignment band is not connected")  # a bug, not a user error
            if (j == lo and lo > 0) or (j == hi and hi < self.m):
                touched.add(i)
            path.append((i, j, shape))
            i, j = i - shape[0], j - shape[1]
        path.reverse()
        return path, touched


def _best_path(scorer: _Scorer, n: int, m: int) -> tuple[Path, Cost]:
    """Search a narrow band; where the best path touches its edge, double the band around
    there and recompute from the first widened row, until the path runs free of the edges.
    Returns the path and its cost."""
    lattice = _Lattice(scorer, n, m)
    widths = [INITIAL_BAND] * (n + 1)
    start = 0
    while True:
        lattice.fill(widths, start)
        path, touched = lattice.trace()
        widest = max(n, m)
        rows = sorted(i for i in touched if widths[i] < widest)
        if not rows:
            return path, lattice.cost()
        before = widths.copy()  # each touched row doubles once per round, not once per neighbour
        for row in rows:
            wider = min(widest, 2 * before[row])
            for r in range(max(0, row - wider), min(n, row + wider) + 1):
                widths[r] = max(widths[r], wider)
        start = max(0, rows[0] - widths[rows[0]])


def _letter_ratio(arabic: _Side, latin: _Side) -> float:
    """Latin letters per Arabic letter in this item (English spells the short vowels that
    Arabic leaves out), shrunk towards the typical ratio so that a short item cannot make any
    pairing look perfect."""
    arabic_letters = arabic.prefix[-1] + RATIO_PRIOR_WEIGHT
    latin_letters = latin.prefix[-1] + RATIO_PRIOR_WEIGHT * TYPICAL_RATIO
    return latin_letters / arabic_letters


def _ratio_steps(arabic: _Side, latin: _Side) -> int:
    """How many RATIO_STEPs either way the ratio is searched: about the largest paragraph's
    share of its side's letters, what leaving it out of the totals would move the ratio by
    (so a long bitext, whose totals leave no doubt, is searched once)."""
    share = max(max(side.lengths) / side.prefix[-1] for side in (arabic, latin))
    return min(MAX_RATIO_STEPS, round(share / RATIO_STEP))


def _ratio_candidates(estimate: float, steps: int) -> list[tuple[float, Cost]]:
    """(ratio, cost of departing from the estimate), the estimate first and then outwards, so
    that a tie keeps the ratio nearest to it."""
    offsets = sorted(range(-steps, steps + 1), key=abs)
    return [(estimate * math.exp(k * RATIO_STEP), (k * RATIO_STEP) ** 2 / (2.0 * RATIO_SPREAD ** 2))
            for k in offsets]


def _cheapest_alignment(arabic: _Side, latin: _Side, semantic: Semantic | None) -> tuple[_Scorer, Path]:
    """The scorer (hence the ratio) whose best path, with the departure of its ratio from the
    item's estimate, costs least, and that path.  With a meaning model the ratio is not
    searched: meaning already pins the pairs that a wrong ratio would move (the search gained
    nothing on the literal sets with ``--semantic``), and on free translations a ratio chosen
    for the path's cost trades a pair's meaning for a few percent of length (it lost 0.002)."""
    n, m = len(arabic.lengths), len(latin.lengths)
    steps = _ratio_steps(arabic, latin) if semantic is None else 0
    searches = []
    for ratio, departure in _ratio_candidates(_letter_ratio(arabic, latin), steps):
        scorer = _Scorer(arabic, latin, ratio, semantic, SEMANTIC_WEIGHT)
        path, cost = _best_path(scorer, n, m)
        searches.append((cost + departure, scorer, path))
    _, scorer, path = min(searches, key=lambda search: search[0])
    return scorer, path


def _bead_numbers(path: Path) -> tuple[dict[int, int], dict[int, int]]:
    """Arabic and Latin paragraph position → the number of its bead on the path."""
    arabic: dict[int, int] = {}
    latin: dict[int, int] = {}
    for number, (i, j, (k, l)) in enumerate(path):
        arabic.update(dict.fromkeys(range(i - k, i), number))
        latin.update(dict.fromkeys(range(j - l, j), number))
    return arabic, latin


def _unrelated_copies(copied_arabic: frozenset[int], copied_latin: frozenset[int],
                      arabic_bead: dict[int, int], latin_bead: dict[int, int]) -> bool:
    """Are these two paragraphs near-copies of paragraphs that share no bead?"""
    if not (copied_arabic and copied_latin):
        return False
    return not {arabic_bead[p] for p in copied_arabic} & {latin_bead[p] for p in copied_latin}


def _unpair_unrelated_copies(path: Path, arabic: _Side, latin: _Side) -> Path:
    """Two near-copies (an unlabelled caption on each side) translate each other only if the
    paragraphs they copy share a bead; otherwise their 1-1 bead becomes two unaligned ones.
    Beads are priced one at a time, so the search alone pairs two facing captions, which are
    cheaper together than apart, whatever they say."""
    arabic_bead, latin_bead = _bead_numbers(path)
    unpaired: Path = []
    for i, j, shape in path:
        if shape == (1, 1) and _unrelated_copies(arabic.originals[i - 1], latin.originals[j - 1],
                                                 arabic_bead, latin_bead):
            unpaired += [(i, j - 1, (1, 0)), (i, j, (0, 1))]
        else:
            unpaired.append((i, j, shape))
    return unpaired


def align(arabic: Sequence[Paragraph], latin: Sequence[Paragraph],
          meaning: MeaningModel | None = None) -> list[Bead]:
    """Align two sides; every paragraph lands in exactly one bead, in order on both sides.
    ``meaning`` adds the semantic signal (``embed.SentenceEncoder``, an optional extra)."""
    if not arabic or not latin:
        return [Bead((p,), (), 1.0) for p in arabic] + [Bead((), (p,), 1.0) for p in latin]
    arabic_anchors, latin_anchors = _anchor_sets(arabic, latin)
    arabic_side, latin_side = _side(arabic, arabic_anchors), _side(latin, latin_anchors)
    semantic = None
    if meaning is not None:
        semantic = meaning.bead_similarity([p.text for p in arabic], [p.text for p in latin])
    scorer, path = _cheapest_alignment(arabic_side, latin_side, semantic)
    path = _unpair_unrelated_copies(path, arabic_side, latin_side)
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


def align_documents(documents: Sequence[Document], meaning: MeaningModel | None = None) -> Alignment:
    """Align one bilingual document (sides told apart by script) or two documents, one per
    language, in either order."""
    if len(documents) == 1:
        document = documents[0]
        layout = detect_layout(document.paragraphs)
        if layout in (Layout.ARABIC_ONLY, Layout.LATIN_ONLY):
            beads = _one_sided(document.paragraphs)
        else:
            beads = align(*sides(document.paragraphs), meaning)
        return Alignment(beads, layout, document.path, document.path)
    if len(documents) != 2:
        raise TranslitError(f"align takes one bilingual file or two files, not {len(documents)}")
    first, second = documents
    if _document_is_arabic(first) == _document_is_arabic(second):
        script = "Arabic" if _document_is_arabic(first) else "Latin-script"
        raise TranslitError(f"{first.path} and {second.path} are both {script}: give one Arabic and one English file")
    arabic, latin = (first, second) if _document_is_arabic(first) else (second, first)
    beads = align(arabic.paragraphs, latin.paragraphs, meaning)
    layout = Layout.ARABIC_THEN_LATIN if arabic is first else Layout.LATIN_THEN_ARABIC
    return Alignment(beads, layout, arabic.path, latin.path)


def low_confidence(bead: Bead) -> bool:
    return bead.score < LOW_CONFIDENCE

