"""Aligned Arabic as evidence for or against a typo (the ``ArabicEvidence`` of variants).

In a bilingual item each English name renders an Arabic word of the paragraph it is aligned
with.  Every Latin name of a bead is linked to the Arabic word of the same bead whose consonant
skeleton is closest to its own (names.latin_sound_skeleton / arabic_sound_skeleton, coarse
classes, rapidfuzz ratio): Pešmaga and Pešmarga both link to بيشمركة, Masʿūd and Masrūr to
مسعود and مسرور.  Two Latin forms linked to a common Arabic word are one name (a typo is
possible even without frequency); forms linked only to different words are two names.
"""

from __future__ import annotations

from collections import defaultdict

from rapidfuzz import fuzz

from ..documents import Layout, Paragraph, detect_layout
from ..latin import is_name_like, tokens
from ..names import arabic_sound_skeleton, latin_sound_skeleton, split_clitics
from ..normalize import ARABIC_WORD, arabic_key, fold_latin
from .corpus import Corpus
from .variants import ArabicEvidence

#: How close (rapidfuzz ratio of coarse skeletons) a Latin name must be to an Arabic word.
MIN_SKELETON_RATIO = 70.0


def _arabic_stems(paragraphs: tuple[Paragraph, ...]) -> dict[str, str]:
    """Arabic words of a bead without clitics: key -> coarse consonant skeleton."""
    stems = {}
    for paragraph in paragraphs:
        for match in ARABIC_WORD.finditer(paragraph.text):
            stem = split_clitics(match.group())[1]
            skeleton = arabic_sound_skeleton(stem, coarse=True)
            if len(skeleton) >= 2:
                stems[arabic_key(stem)] = skeleton
    return stems


def _links(form: str, stems: dict[str, str]) -> set[str]:
    """The Arabic words of the bead closest to a Latin form (empty when none is close)."""
    skeleton = latin_sound_skeleton(form, coarse=True)
    scored = [(fuzz.ratio(skeleton, arabic), key) for key, arabic in stems.items()]
    best = max((score for score, _ in scored), default=0.0)
    return {key for score, key in scored if score == best} if best >= MIN_SKELETON_RATIO else set()


def _linked_names(corpus: Corpus) -> dict[str, set[str]]:
    """Folded Latin name -> the Arabic words it is linked to in the corpus's bilingual inputs."""
    linked: dict[str, set[str]] = defaultdict(set)
    for source, summary in zip(corpus.sources, corpus.summaries):
        if not source.aligns_item:
            continue  # the English file of a two-file item: its Arabic partner holds the beads
        one_sided = summary.surely_latin_only or detect_layout(source.document.paragraphs) in (
            Layout.ARABIC_ONLY, Layout.LATIN_ONLY)
        if one_sided and source.partner is None:
            continue
        for bead in source.alignment.beads:
            if not bead.arabic or not bead.latin:
                continue
            stems = _arabic_stems(bead.arabic)
            for paragraph in bead.latin:
                for token in tokens(paragraph.text):
                    if is_name_like(token.form):
                        linked[fold_latin(token.form)] |= _links(token.form, stems)
    return linked


def arabic_evidence(corpus: Corpus) -> ArabicEvidence:
    """Evidence from the bilingual inputs of the corpus.  Aligning is costly, so it happens
    on the first question only (most corpora never ask: they have no typo candidates)."""
    cache: list[dict[str, set[str]]] = []

    def evidence(rare: str, frequent: str) -> bool | None:
        if not cache:
            cache.append(_linked_names(corpus))
        first, second = cache[0].get(rare), cache[0].get(frequent)
        if not first or not second:
            return None
        return not first.isdisjoint(second)

    return evidence
