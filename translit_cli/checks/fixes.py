"""Applying fixes to the original text, touching nothing but the flagged spans.

A fix replaces the code points between (line, col) and (end_line, end_col) of the decoded
file.  Line ends (LF, CRLF, CR), a BOM and NFD text elsewhere stay as they were; the
replacement itself is written in the normalization form of the span it replaces (NFD input
gets an NFD fix).  A span whose text no longer matches the finding is left alone.
"""

from __future__ import annotations

import difflib
import unicodedata
from itertools import accumulate

import regex

from ..normalize import clean
from .findings import Finding

_LINE = regex.compile(r"[^\r\n]*(?:\r\n|\r|\n)?")


def _lines(text: str) -> list[str]:
    """Lines with their ends, split exactly where documents.split_lines splits."""
    return [m.group() for m in _LINE.finditer(text) if m.group()]


def _line_starts(text: str) -> list[int]:
    return [0, *accumulate(len(line) for line in _lines(text))]


def _in_form_of(original: str, replacement: str) -> str:
    if original != unicodedata.normalize("NFC", original):
        return unicodedata.normalize("NFD", replacement)
    return replacement


def apply_fixes(text: str, findings: list[Finding]) -> tuple[str, int]:
    """(fixed text, number of fixes applied) for the fixable findings of one file."""
    starts = _line_starts(text)
    edits = []
    for finding in findings:
        if finding.fix is None or finding.line != finding.end_line:
            continue
        begin = starts[finding.line - 1] + finding.col - 1
        end = starts[finding.end_line - 1] + finding.end_col - 1
        original = text[begin:end]
        if clean(original) != finding.text:
            continue
        edits.append((begin, end, _in_form_of(original, finding.fix)))
    applied = 0
    last_begin = len(text) + 1
    for begin, end, replacement in sorted(edits, reverse=True):
        if end > last_begin:
            continue
        text = text[:begin] + replacement + text[end:]
        last_begin = begin
        applied += 1
    return text, applied


def unified_diff(path: str, before: str, after: str) -> str:
    lines = difflib.unified_diff(
        _lines(before), _lines(after),
        fromfile=f"a/{path}", tofile=f"b/{path}",
    )
    return "".join(line if line.endswith(("\n", "\r")) else line + "\n\\ No newline at end of file\n"
                   for line in lines)
