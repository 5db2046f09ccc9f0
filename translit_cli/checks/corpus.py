"""The corpus a check runs on: its inputs, each scanned once (:mod:`.scan`), and the name forms
that the rule families decide on.

The name rules never look at single occurrences.  They see each input's *forms* with counts
and first places (:meth:`Corpus.forms`) and answer with :class:`Mark` s: what to report at
every occurrence of a form.  :func:`mark_findings` then locates the marked forms (the second
pass) and positions each finding in the original file.
"""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass
from functools import cached_property
from typing import BinaryIO

from ..align import Alignment, align_documents
from ..documents import BLANK_CHARS, Document, Paragraph, decode, display_name, parse_document, read_bytes
from ..errors import InputError
from ..table import Table
from .findings import RULES, Finding
from .scan import ChunkTable, FormCount, SourceScan, byte_length, count_form

#: A form as the rules read it, and whether its leading quote may be a quotation mark
#: (‘Umar’: such tokens take the reading of their group and never vote).
FormKey = tuple[str, bool]


@dataclass
class Source:
    """One input: its display name and its decoded original text (for fixes and inline
    suppressions).  ``utf8_bom`` is remembered so a fix writes the file back as it was."""

    path: str
    text: str
    utf8_bom: bool = False
    utf16: bool = False

    @cached_property
    def document(self) -> Document:
        """Every paragraph built, for the rules that align a bilingual item."""
        return parse_document(self.text, self.path)

    @cached_property
    def alignment(self) -> Alignment:
        """The input aligned on its own (its Arabic and English paragraphs paired)."""
        return align_documents([self.document])


@dataclass(frozen=True)
class Mark:
    """A finding to report at every occurrence of a form.  The first ``skip`` characters of
    the form are left out of the span (an ambiguous ‘Umar’ read as Umar)."""

    rule: str
    message: str
    suggestion: str | None = None
    fix: str | None = None
    skip: int = 0


Marks = dict[FormKey, list[Mark]]


def add_mark(marks: Marks, key: FormKey, mark: Mark) -> None:
    marks.setdefault(key, []).append(mark)


@dataclass
class Corpus:
    sources: list[Source]
    table: Table | None = None

    def __post_init__(self) -> None:
        self._chunks = ChunkTable()

    @cached_property
    def scans(self) -> list[SourceScan]:
        """The first pass over every input (sharing one table of distinct chunks)."""
        return [SourceScan(source.text, self._chunks) for source in self.sources]

    @cached_property
    def vocabulary(self) -> set[str]:
        """Plain words seen starting lower-case (mid-sentence): English vocabulary, not names."""
        self.scans  # every chunk seen
        return self._chunks.vocabulary

    @cached_property
    def unquoted(self) -> frozenset[str]:
        """Quoted forms whose quote is a quotation mark: 'Indeed, 'As (the word after it is
        English vocabulary)."""
        return frozenset(
            form for scan in self.scans for form, _ in scan.quoted_forms
            if form[1:].casefold() in self.vocabulary
        )

    def reading(self, form: str, ambiguous: bool) -> tuple[str, bool, int]:
        """(form, ambiguous, characters dropped at the start) of a quoted token as read."""
        if form in self.unquoted:
            return form[1:], False, 1
        return form, ambiguous, 0

    @cached_property
    def _forms(self) -> list[dict[FormKey, FormCount]]:
        return [self._source_forms(number) for number in range(len(self.sources))]

    def _source_forms(self, number: int) -> dict[FormKey, FormCount]:
        scan = self.scans[number]
        forms = {
            (form, False): FormCount(counted.count, (number, *counted.first))
            for form, counted in scan.plain_forms.items()
        }
        for (form, ambiguous), counted in scan.quoted_forms.items():
            count_form(forms, self.reading(form, ambiguous)[:2], counted.count, (number, *counted.first))
        return forms

    def forms(self, number: int) -> dict[FormKey, FormCount]:
        """The name forms of one input, with counts and first places (input number, name
        chunk number, offset): comparable across inputs, in corpus order."""
        return self._forms[number]

    @cached_property
    def all_forms(self) -> dict[FormKey, FormCount]:
        """The name forms of the whole corpus."""
        merged: dict[FormKey, FormCount] = {}
        for forms in self._forms:
            for key, counted in forms.items():
                count_form(merged, key, counted.count, counted.first)
        return merged


def load_source(path: str, stdin: BinaryIO | None = None) -> Source:
    """Read one input for checking; the same errors as :func:`documents.load_document`."""
    data = read_bytes(path, stdin)
    name = display_name(path)
    text = decode(data, name)
    if not text.strip(BLANK_CHARS):
        raise InputError(f"{name}: empty input (no text to work on)")
    return Source(
        name, text,
        utf8_bom=data.startswith(codecs.BOM_UTF8),
        utf16=data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)),
    )


def raw_span(paragraph: Paragraph, start: int, end: int) -> tuple[int, int]:
    """Offsets into ``paragraph.raw`` of a span of its normalized text.  The end is taken
    after the last character *with its combining marks* (NFD input keeps them separate)."""
    raw_start = paragraph.norm.original_index(start)
    raw_end = paragraph.norm.original_index(end - 1) + 1 if end > start else raw_start
    raw = paragraph.raw
    while raw_end < len(raw) and unicodedata.combining(raw[raw_end]):
        raw_end += 1
    return raw_start, raw_end


def finding_at(
    path: str, paragraph: Paragraph, start: int, end: int,
    rule: str, message: str, suggestion: str | None = None, fix: str | None = None,
) -> Finding:
    """A finding for a span of a paragraph's normalized text, positioned in the original."""
    raw_start, raw_end = raw_span(paragraph, start, end)
    line, col = paragraph.position(raw_start)
    end_line, end_col = paragraph.position(raw_end)
    return Finding(
        path=path, line=line, col=col, end_line=end_line, end_col=end_col, rule=rule,
        severity=RULES[rule].severity, message=message, text=paragraph.text[start:end],
        suggestion=suggestion, fix=fix,
    )


def mark_findings(corpus: Corpus, number: int, marks: Marks) -> list[Finding]:
    """The findings of these marks at every occurrence of their forms in one input: the
    second pass, which locates only the marked forms."""
    scan = corpus.scans[number]
    places = [
        ((form, False), start, end)
        for form, start, end in scan.locate_forms(form for form, ambiguous in marks if not ambiguous)
    ]
    readings = {key: corpus.reading(*key) for key in scan.quoted_forms}
    if any(reading[:2] in marks for reading in readings.values()):
        for token in scan.quoted:
            form, ambiguous, skip = readings[token.form, token.ambiguous]
            if (form, ambiguous) in marks:
                places.append(((form, ambiguous), token.start + byte_length(token.form[:skip]), token.end))
    path = corpus.sources[number].path
    findings = []
    for key, start, end in places:
        for mark in marks[key]:
            paragraph, first, last = scan.span_at(start + byte_length(key[0][:mark.skip]), end)
            findings.append(finding_at(
                path, paragraph, first, last, mark.rule, mark.message, mark.suggestion, mark.fix,
            ))
    return findings
