"""arabic-variant: Arabic spellings of one name within the corpus.

News Arabic writes one name several ways: with or without the alif of a long ā (بارزاني /
برزاني), with Kurdish letters or their Arabic substitutes (كاگينز / كاكينز), and Kurdish ە as
ه (پێشمەرگە / پێشمهرگة / بيشمركة).  Words are compared without clitics and the article; a
medial long-vowel alif (except in words with an attached pronoun, where it is usually a
broken plural: أرضية / أراضيه) and, in Kurdish-lettered words, a medial ه are dropped.  و and ي are kept:
dropping them would merge سعد and سعيد (Saʿd / Saʿīd), which are different names.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from functools import lru_cache

import regex

from ..documents import Paragraph, Script
from ..lexicon import default_lexicon
from ..names import split_clitics
from ..normalize import ARABIC_WORD, arabic_key, arabic_skeleton
from .corpus import Corpus
from .findings import Finding, finding_at
from .scan import SourceScan

#: Shorter keys are common words (جمعة / جامعة) far more often than names.
MIN_KEY_LETTERS = 5
_KURDISH_LETTERS = frozenset("پگچژڤێۆڕڵەھ")
_MEDIAL_ALIF = regex.compile(r"(?<=.)ا(?=.)")
#: Attached pronouns: an inflected word (أراضيه, "his lands") is not a name.
_PRONOUN_SUFFIX = regex.compile(r"(?:ه|ها|هم|هما|هن|كم|كما|نا)$")
_MEDIAL_HEH = regex.compile(r"(?<=.)ه(?=.)")


def variant_key(stem: str) -> str:
    """The key under which spellings of one name meet (see the module docstring)."""
    skeleton = arabic_skeleton(stem)
    if _KURDISH_LETTERS & set(stem):
        return _MEDIAL_HEH.sub("", _MEDIAL_ALIF.sub("", skeleton))
    if _PRONOUN_SUFFIX.search(arabic_key(stem)):
        return skeleton
    return _MEDIAL_ALIF.sub("", skeleton)


def arabic_paragraphs(scan: SourceScan) -> list[Paragraph]:
    """The Arabic and mixed paragraphs of one input: its only paragraphs with Arabic names."""
    found = (scan.paragraph(index) for index in scan.arabic_candidates())
    return [paragraph for paragraph in found if paragraph.script in (Script.ARABIC, Script.MIXED)]


@lru_cache(maxsize=65536)
def is_common_word(stem: str) -> bool:
    """Is this spelling a word of the lexicon's general vocabulary (ملائكة, angels; اغتسل,
    he washed), not a name?  Its key may meet a name's (مليكة Mulaika): a word and a name,
    never one name spelt two ways."""
    entry = default_lexicon().lookup(stem)
    return entry is not None and entry.kind == "word"


def _arabic_words(corpus: Corpus):
    for source, summary in zip(corpus.sources, corpus.summaries):
        for paragraph in summary.arabic_paragraphs:
            for match in ARABIC_WORD.finditer(paragraph.text):
                stem = split_clitics(match.group())[1]
                if not is_common_word(stem):
                    yield source.path, paragraph, match, arabic_key(stem), variant_key(stem)


def check_arabic_variants(corpus: Corpus) -> list[Finding]:
    words = list(_arabic_words(corpus))
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for *_, spelling, key in words:
        spellings[key][spelling] += 1
    findings = []
    for path, paragraph, match, spelling, key in words:
        counts = spellings[key]
        if len(counts) < 2 or len(key) < MIN_KEY_LETTERS:
            continue
        (majority, top), (_, second) = counts.most_common(2)
        if spelling == majority and top > second:
            continue
        others = ", ".join(f"{s} ({c}×)" for s, c in sorted(counts.items()) if s != spelling)
        findings.append(finding_at(
            path, paragraph, match.start(), match.end(), "arabic-variant",
            f"{match.group()}: this name is also spelt {others}",
            suggestion=majority if spelling != majority else None,
        ))
    return findings
