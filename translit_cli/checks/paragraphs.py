"""duplicate-paragraph: a paragraph repeated word for word within one document.

Only exact repeats (after normalization, white space and case) count: a caption that
paraphrases a paragraph (seed 000, line 21) is editorial content, not an accident.  Short
paragraphs (a dateline, "Top", a source line) repeat legitimately and are ignored.

Comparing every paragraph's key would split every paragraph into words.  Paragraphs are
first grouped by a cheaper *signature* that equal keys always share, computed for the whole
document in one ``bytes.translate``; keys are compared only within a group.
"""

from __future__ import annotations

import string
from collections import Counter, defaultdict
from itertools import compress, count

from .findings import Finding, finding_at
from .scan import PARAGRAPH_SEPARATOR, SourceScan

#: Paragraphs with fewer words than this are never reported.
MIN_WORDS = 5
#: The ASCII letters that some other character case-folds to (ß → ss, K → k, ﬁ → fi, ẖ → ẖ,
#: İ → i̇, ŉ → ʼn …; tested against every code point).  Without them, the ASCII characters
#: of a text are the same before and after case folding.
FOLD_TARGETS = "afhijklnstwy"
#: The letters a signature keeps besides punctuation and digits: none of FOLD_TARGETS, and
#: rare in English, because a ``translate`` that deletes costs about what it keeps.  With
#: them nearly every paragraph of a long text has a signature of its own.
SIGNATURE_LETTERS = "bpqvxz"
_SEPARATOR = PARAGRAPH_SEPARATOR.encode()
_ASCII_LOWER = bytes.maketrans(bytes(range(65, 91)), bytes(range(97, 123)))
_SIGNED = (string.punctuation + string.digits + SIGNATURE_LETTERS + SIGNATURE_LETTERS.upper()).encode()
_UNSIGNED = bytes(b for b in range(256) if b not in _SIGNED and bytes([b]) != _SEPARATOR)


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _signatures(scan: SourceScan) -> list[bytes]:
    """Per paragraph, its ASCII punctuation, digits and :data:`SIGNATURE_LETTERS`, in lower
    case.  Case folding maps each character on its own and gives no other character those
    ASCII characters, and white space is not among them, so equal keys (:func:`_key`) have
    equal signatures."""
    return scan.normalized.translate(_ASCII_LOWER, _UNSIGNED).split(_SEPARATOR)


def duplicate_findings(path: str, scan: SourceScan) -> list[Finding]:
    """The repeated paragraphs of one input.  Only the paragraphs of a repeated signature
    are grouped (found by counting the signatures at C speed): most signatures are unique."""
    signatures = _signatures(scan)
    repeated = {signature for signature, times in Counter(signatures).items() if times > 1}
    by_signature: dict[bytes, list[int]] = defaultdict(list)
    for index in compress(count(), map(repeated.__contains__, signatures)):
        by_signature[signatures[index]].append(index)
    findings = []
    for indexes in by_signature.values():
        first_seen: dict[str, int] = {}
        for index in indexes:
            key = _key(scan.paragraph_text(index))
            if len(key.split(" ")) < MIN_WORDS:
                continue
            if key not in first_seen:
                first_seen[key] = scan.spans[index].line
                continue
            paragraph = scan.paragraph(index)
            findings.append(finding_at(
                path, paragraph, 0, len(paragraph.text), "duplicate-paragraph",
                f"paragraph repeats line {first_seen[key]}",
            ))
    return findings
