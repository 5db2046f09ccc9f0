"""scheme-mix: one document writing the same Arabic sound by two conventions.

DMG (DIN 31635) writes ش ج خ ث ذ غ as š ǧ ḫ ṯ ḏ ġ; ALA-LC, IJMES and BGN write sh j kh th dh
gh.  A digraph only counts as a transliteration when its word carries other transliteration
signs (a macron, an underdot, an ʿayn): "Washington" or "Jordan" are English spellings, not a
scheme.  The minority convention of the document is reported.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from ..latin import has_marks
from .corpus import Corpus, Occurrence, finding_at
from .findings import Finding


@dataclass(frozen=True)
class Convention:
    sound: str
    single: str
    digraph: str


CONVENTIONS = (
    Convention("ش", "š", "sh"), Convention("ج", "ǧ", "j"), Convention("خ", "ḫ", "kh"),
    Convention("ث", "ṯ", "th"), Convention("ذ", "ḏ", "dh"), Convention("غ", "ġ", "gh"),
)
_SCHOLARLY_SINGLES = frozenset("šǧḫṯḏġ")


def is_transliterated(form: str) -> bool:
    """Does the word carry a transliteration sign: a mark or a letter with a diacritic?"""
    return has_marks(form) or any(
        len(unicodedata.normalize("NFD", c)) > 1 for c in form.casefold()
    )


@lru_cache(maxsize=65536)
def _uses(form: str, convention: Convention) -> str | None:
    folded = form.casefold()
    if convention.single in folded:
        return convention.single
    if convention.digraph in folded and is_transliterated(form):
        if not _SCHOLARLY_SINGLES & set(folded):
            return convention.digraph
    return None


def _document_findings(corpus: Corpus, occurrences: list[Occurrence]) -> list[Finding]:
    by_form: dict[str, list[Occurrence]] = defaultdict(list)
    for occurrence in occurrences:
        by_form[occurrence.token.form].append(occurrence)
    findings = []
    for convention in CONVENTIONS:
        by_style: dict[str, list[Occurrence]] = {convention.single: [], convention.digraph: []}
        for form, places in by_form.items():
            style = _uses(form, convention)
            if style:
                by_style[style].extend(places)
        singles, digraphs = by_style[convention.single], by_style[convention.digraph]
        if not singles or not digraphs:
            continue
        major, minor = (singles, digraphs) if len(singles) > len(digraphs) else (digraphs, singles)
        major_style = _uses(major[0].token.form, convention)
        minor_style = _uses(minor[0].token.form, convention)
        for occurrence in minor:
            token = occurrence.token
            findings.append(finding_at(
                corpus, occurrence.source, occurrence.paragraph, token.start, token.end,
                "scheme-mix",
                f"{token.form}: writes {convention.sound} as {minor_style}, while this document "
                f"mostly writes {major_style} ({major[0].token.form}, {len(major)}×)",
            ))
    return findings


def check_scheme_mix(corpus: Corpus) -> list[Finding]:
    per_source: dict[int, list[Occurrence]] = {}
    for occurrence in corpus.occurrences:
        per_source.setdefault(occurrence.source, []).append(occurrence)
    findings = []
    for source in sorted(per_source):
        findings.extend(_document_findings(corpus, per_source[source]))
    return findings
