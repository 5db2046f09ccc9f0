"""Learning the house table: pair Arabic names with their Latin renderings in aligned text.

Unvocalized Arabic has no capital letters, so which Arabic words are names is decided by the
English side: an Arabic token becomes a pair only when an English name candidate in the
aligned paragraph(s) sounds like it.  Precision matters more than recall (a wrong pair would be
applied to every later item), so a pair needs

* the same first consonant class and a close consonant skeleton (rapidfuzz on scheme-neutral
  skeletons, coarse classes for letters houses write differently: ج j/g/ǧ, ق q/k, ب/پ …),
* no nisba mismatch (العراق is not "Iraqi", العراقي is not "Iraq"),
* one-to-one matching inside a bead, best score first, position in the paragraph breaking ties,
* and, for a weak match, agreement across occurrences: it is kept only as a spelling variant
  of a strong form of the same Arabic name (Pešmaga beside Pešmarga).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable, Mapping, Sequence

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from .align import Alignment, align_documents
from .documents import Document, Paragraph
from .names import (
    LatinCandidate, arabic_sound_skeleton, arabic_vowelled, clitic_splits, latin_candidates,
    latin_sound_skeleton, latin_vowelled,
)
from .normalize import ARABIC_WORD, arabic_key, arabic_skeleton, fold_latin
from .style import HouseStyle, infer_style
from .table import FormPreference, Table, entry_from_counts, merge_tables

if TYPE_CHECKING:
    from .schemes import Scheme

#: A pair at or above this score stands on its own; between WEAK and STRONG it needs a strong
#: form of the same Arabic name that it is a spelling variant of.
STRONG, WEAK = 0.8, 0.66
#: How much a difference in relative position (0..1) costs when ranking rival pairs.
POSITION_WEIGHT = 0.1
#: Folded similarity above which a weak Latin form counts as a variant of a strong one.
VARIANT_SIMILARITY = 0.8
#: Function words, never names, whatever the English side offers.
ARABIC_FUNCTION_WORDS = frozenset("""
في من على الى إلى عن مع ان أن إن هذا هذه ذلك تلك التي الذي الذين كان كانت قد لا لم لن ما ثم او
أو بين عند حتى كل بعد قبل منذ ضد نحو خلال حول اليوم امس أمس غدا عام وقال قال وقالت قالت
""".split())
_ARTICLES = ("ال", "لل")


@dataclass(frozen=True)
class ArabicToken:
    """An Arabic word of a bead, with every clitic reading of it."""

    readings: tuple[tuple[str, str], ...]   # (proclitics, stem key), the unsplit word first
    start: int                              # offsets in the paragraph's normalized text
    end: int
    position: float                         # relative position in the bead's Arabic side
    paragraph: Paragraph


@dataclass(frozen=True)
class Pair:
    """One Arabic name matched with one Latin rendering in one bead."""

    arabic: str            # stem key (clitics and article removed); words joined by a space
    arabic_form: str       # the stem as spelled in the text (for Arabic variants)
    latin: str             # the Latin form without its article
    article: str           # "" (Arabic had no article), "none" (dropped), or "al-", "ez-" …
    score: float
    evidence: str          # path:line of the Latin occurrence


@dataclass
class LearnResult:
    """What learning produced: the pairs (for evaluation) and the table built from them."""

    pairs: list[Pair] = field(default_factory=list)
    table: Table = field(default_factory=Table)


def _has_article(clitics: str) -> bool:
    return clitics.endswith(_ARTICLES)


def arabic_tokens(paragraphs: Sequence[Paragraph]) -> list[ArabicToken]:
    """Name-like Arabic tokens of one side of a bead (function words left out)."""
    words = [(p, m) for p in paragraphs for m in ARABIC_WORD.finditer(p.text)]
    total = max(len(words), 1)
    return [
        ArabicToken(tuple(clitic_splits(match.group())), match.start(), match.end(), rank / total, paragraph)
        for rank, (paragraph, match) in enumerate(words)
        if arabic_key(match.group()) not in ARABIC_FUNCTION_WORDS
    ]


def _nisba_mismatch(arabic: str, latin: str) -> bool:
    """An adjective against a noun: Latin "-i" without Arabic -ي, or the reverse."""
    latin_ends_in_i = fold_latin(latin).endswith(("i", "iy", "y"))
    arabic_ends_in_i = arabic_key(arabic).endswith("ي")
    return latin_ends_in_i != arabic_ends_in_i


@lru_cache(maxsize=262144)
def match_score(arabic: str, latin: str) -> float:
    """How well an Arabic stem and a Latin stem sound alike, in [0, 1]; 0 for no match.

    Coarse skeletons carry most of the weight (they agree across schemes), the fine skeleton
    and the vowelled forms separate rivals (Jamāl from Kamāl, Syria from Sarah)."""
    coarse_arabic = arabic_sound_skeleton(arabic, True)
    coarse_latin = latin_sound_skeleton(latin, True)
    if not coarse_arabic or not coarse_latin or coarse_arabic[0] != coarse_latin[0]:
        return 0.0
    if min(len(coarse_arabic), len(coarse_latin)) <= 2 and coarse_arabic != coarse_latin:
        return 0.0
    if _nisba_mismatch(arabic, latin):
        return 0.0
    coarse = fuzz.ratio(coarse_arabic, coarse_latin) / 100
    fine = fuzz.ratio(arabic_sound_skeleton(arabic), latin_sound_skeleton(latin)) / 100
    vowelled = fuzz.ratio(arabic_vowelled(arabic), latin_vowelled(latin)) / 100
    return 0.6 * coarse + 0.2 * fine + 0.2 * vowelled


@dataclass(frozen=True)
class _Scored:
    rank: float
    score: float
    arabic: int
    latin: int
    reading: tuple[str, str]


def _candidates_by_class(candidates: list[tuple[Paragraph, LatinCandidate, float]]) -> dict[str, list[int]]:
    buckets: dict[str, list[int]] = defaultdict(list)
    for index, (_, candidate, _) in enumerate(candidates):
        skeleton = latin_sound_skeleton(candidate.stem, True)
        if skeleton:
            buckets[skeleton[0]].append(index)
    return buckets


def _score_bead(
    tokens: list[ArabicToken], candidates: list[tuple[Paragraph, LatinCandidate, float]]
) -> list[_Scored]:
    buckets = _candidates_by_class(candidates)
    scored = []
    for token_index, token in enumerate(tokens):
        for reading in token.readings:
            skeleton = arabic_sound_skeleton(reading[1], True)
            for latin_index in buckets.get(skeleton[:1], ()):
                _, candidate, position = candidates[latin_index]
                score = match_score(reading[1], candidate.stem)
                if score >= WEAK:
                    rank = score - POSITION_WEIGHT * abs(token.position - position)
                    scored.append(_Scored(rank, score, token_index, latin_index, reading))
    return scored


def _one_to_one(scored: list[_Scored]) -> list[_Scored]:
    """Greedy assignment, best first: each Arabic token and each Latin word at most once."""
    used_arabic: set[int] = set()
    used_latin: set[int] = set()
    chosen = []
    for match in sorted(scored, key=lambda s: (-s.rank, s.arabic, s.latin)):
        if match.arabic not in used_arabic and match.latin not in used_latin:
            used_arabic.add(match.arabic)
            used_latin.add(match.latin)
            chosen.append(match)
    return sorted(chosen, key=lambda s: (s.arabic, s.latin))


def _latin_side(paragraphs: Sequence[Paragraph]) -> list[tuple[Paragraph, LatinCandidate, float]]:
    per_paragraph = [(p, latin_candidates(p.text)) for p in paragraphs]
    total = max(sum(len(found) for _, found in per_paragraph), 1)
    flat = [(p, c) for p, found in per_paragraph for c in found]
    return [(p, c, rank / total) for rank, (p, c) in enumerate(flat)]


def _article(clitics: str, candidate: LatinCandidate) -> str:
    if not _has_article(clitics):
        return ""
    return candidate.article or "none"


def pair_bead(arabic: Sequence[Paragraph], latin: Sequence[Paragraph], path: str) -> list[Pair]:
    """Pairs of one bead: single names, then multiword names built from adjacent pairs."""
    tokens = arabic_tokens(arabic)
    candidates = _latin_side(latin)
    chosen = _one_to_one(_score_bead(tokens, candidates))
    pairs = []
    for match in chosen:
        paragraph, candidate, _ = candidates[match.latin]
        clitics, stem = match.reading
        line, _ = paragraph.norm_position(candidate.start)
        pairs.append(Pair(stem, stem, candidate.stem, _article(clitics, candidate), match.score, f"{path}:{line}"))
    return pairs + _multiword(chosen, tokens, candidates, pairs)


def _spaced(paragraph: Paragraph, start: int, end: int) -> bool:
    """Only white space between two words: no comma or full stop splits a name."""
    return start <= end and not paragraph.text[start:end].strip()


def _adjacent(first: _Scored, second: _Scored, tokens, candidates) -> bool:
    """Whether two pairs continue one multiword name on both sides.  A name never continues
    after a word with the article (شمالي العراق مسرور is two names), nor before a word
    joined by و."""
    token_a, token_b = tokens[first.arabic], tokens[second.arabic]
    (para_a, cand_a, _), (para_b, cand_b, _) = candidates[first.latin], candidates[second.latin]
    return (
        token_a.paragraph is token_b.paragraph and _spaced(token_a.paragraph, token_a.end, token_b.start)
        and para_a is para_b and cand_b.word == cand_a.word + 1
        and _spaced(para_a, cand_a.end, cand_b.start)
        and not _has_article(first.reading[0]) and not second.reading[0].startswith("و")
    )


def _multiword(chosen: list[_Scored], tokens, candidates, singles: list[Pair]) -> list[Pair]:
    """Runs of adjacent Arabic names rendered by adjacent Latin words: مسرور بارزاني ->
    Masrūr Barazānī.  Later words keep their article (دير الزور -> Deir ez-Zor)."""
    runs: list[list[int]] = []
    for index in range(len(chosen)):
        if runs and _adjacent(chosen[runs[-1][-1]], chosen[index], tokens, candidates):
            runs[-1].append(index)
        else:
            runs.append([index])
    pairs = []
    for run in (r for r in runs if len(r) > 1):
        first = singles[run[0]]
        rest = [chosen[i] for i in run[1:]]
        arabic = " ".join([first.arabic, *(arabic_key(tokens[s.arabic].readings[0][1]) for s in rest)])
        latin = " ".join([first.latin, *(candidates[s.latin][1].form for s in rest)])
        score = min(singles[i].score for i in run)
        pairs.append(Pair(arabic, arabic, latin, first.article, score, first.evidence))
    return pairs


def filter_by_agreement(pairs: Iterable[Pair]) -> list[Pair]:
    """Keep strong pairs, and weak pairs only as spelling variants of a strong form of the
    same Arabic name (agreement across occurrences)."""
    pairs = list(pairs)
    strong: dict[str, set[str]] = defaultdict(set)
    for pair in pairs:
        if pair.score >= STRONG:
            strong[pair.arabic].add(fold_latin(pair.latin))
    return [
        pair for pair in pairs
        if pair.score >= STRONG or any(
            Levenshtein.normalized_similarity(fold_latin(pair.latin), form) >= VARIANT_SIMILARITY
            for form in strong.get(pair.arabic, ())
        )
    ]


# --- from pairs to table entries --------------------------------------------------------------


@dataclass
class _NameCounts:
    forms: Counter = field(default_factory=Counter)
    arabic_forms: Counter = field(default_factory=Counter)
    articles: Counter = field(default_factory=Counter)
    evidence: list[str] = field(default_factory=list)

    def add(self, other: "_NameCounts") -> None:
        self.forms.update(other.forms)
        self.arabic_forms.update(other.arabic_forms)
        self.articles.update(other.articles)
        self.evidence.extend(e for e in other.evidence if e not in self.evidence)


def _count_pairs(pairs: Iterable[Pair]) -> dict[str, _NameCounts]:
    names: dict[str, _NameCounts] = defaultdict(_NameCounts)
    for pair in pairs:
        counts = names[pair.arabic]
        counts.forms[pair.latin] += 1
        counts.arabic_forms[pair.arabic_form] += 1
        if pair.article:
            counts.articles[pair.article] += 1
        if pair.evidence not in counts.evidence:
            counts.evidence.append(pair.evidence)
    return names


def _merge_arabic_variants(names: dict[str, _NameCounts]) -> dict[str, _NameCounts]:
    """One entry for Arabic spellings of one name: same loose skeleton (كاگينز = كاكينز), or
    the same majority Latin form and at most two letters apart (برزاني / بارزاني)."""
    merged: dict[str, _NameCounts] = {}
    for key in sorted(names, key=lambda k: (-sum(names[k].forms.values()), k)):
        counts = names[key]
        top = fold_latin(counts.forms.most_common(1)[0][0])
        home = next(
            (
                other for other, kept in merged.items()
                if arabic_skeleton(other) == arabic_skeleton(key)
                or (fold_latin(kept.forms.most_common(1)[0][0]) == top
                    and Levenshtein.distance(other, key) <= 2 and (" " in other) == (" " in key))
            ),
            None,
        )
        if home is None:
            merged[key] = _NameCounts()
            home = key
        merged[home].add(counts)
    return merged


def build_table(pairs: Iterable[Pair], style: dict[str, str] | None = None) -> Table:
    """A table from learned pairs (the style only breaks ties between canonical forms)."""
    prefer = FormPreference(style) if style else None
    table = Table(style=dict(style or {}))
    for key, counts in _merge_arabic_variants(_count_pairs(pairs)).items():
        table.add(entry_from_counts(key, counts.forms, counts.arabic_forms, counts.articles, counts.evidence, prefer))
    return table


def pair_alignment(alignment: Alignment) -> list[Pair]:
    """Pairs of every bead of one aligned item that has text on both sides."""
    return [
        pair
        for bead in alignment.beads if bead.arabic and bead.latin
        for pair in pair_bead(bead.arabic, bead.latin, alignment.latin_path)
    ]


def learn_pairs(items: Iterable[Sequence[Document]]) -> list[Pair]:
    """Aligned, paired and agreement-filtered pairs of bilingual items (each item one bilingual
    document, or an Arabic and an English document)."""
    return filter_by_agreement(pair for item in items for pair in pair_alignment(align_documents(item)))


def learn_table(
    items: Iterable[Sequence[Document]], base: Table | None = None,
    schemes: Mapping[str, "Scheme"] | None = None,
) -> tuple[Table, HouseStyle, list[Pair]]:
    """The whole of ``translit learn``: pairs, a table (merged into ``base`` for --update, never
    touching curated rows), and the house style inferred from the resulting table, whose keys
    are stored in ``table.style`` and break ties between equally frequent forms."""
    pairs = learn_pairs(items)
    draft = build_table(pairs)
    style = infer_style(merge_tables(base, draft) if base else draft, schemes)
    learned = build_table(pairs, style.keys)
    table = merge_tables(base, learned) if base else learned
    table.style = dict(style.keys)
    return table, style, pairs
