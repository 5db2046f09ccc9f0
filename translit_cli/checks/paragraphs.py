"""duplicate-paragraph: a paragraph repeated word for word within one document.

Only exact repeats (after normalization, white space and case) count: a caption that
paraphrases a paragraph (seed 000, line 21) is editorial content, not an accident.  Short
paragraphs (a dateline, "Top", a source line) repeat legitimately and are ignored.
"""

from __future__ import annotations

from .corpus import Corpus, finding_at
from .findings import Finding

#: Paragraphs with fewer words than this are never reported.
MIN_WORDS = 5


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def check_duplicates(corpus: Corpus) -> list[Finding]:
    findings = []
    for number, source in enumerate(corpus.sources):
        first_seen: dict[str, int] = {}
        for paragraph in source.document.paragraphs:
            key = _key(paragraph.text)
            if len(key.split(" ")) < MIN_WORDS:
                continue
            if key not in first_seen:
                first_seen[key] = paragraph.line
                continue
            findings.append(finding_at(
                corpus, number, paragraph, 0, len(paragraph.text), "duplicate-paragraph",
                f"paragraph repeats line {first_seen[key]}",
            ))
    return findings
