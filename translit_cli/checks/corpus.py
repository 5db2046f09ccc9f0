"""The corpus a check runs on: the documents, their original text, and the Latin name tokens
of every paragraph, gathered once and shared by the rule families."""

from __future__ import annotations

import codecs
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import BinaryIO

from ..documents import Document, Paragraph, decode, parse_document, read_bytes
from ..errors import InputError
from ..latin import QUOTE_MARKS, LatinToken, is_name_like, other_tokens, plain_words
from ..normalize import fold_latin
from ..table import Table
from .findings import RULES, Finding


@dataclass
class Source:
    """One input: its document and the decoded original text (for fixes and inline
    suppressions).  ``utf8_bom`` is remembered so a fix writes the file back as it was."""

    document: Document
    text: str
    utf8_bom: bool = False
    utf16: bool = False

    @property
    def path(self) -> str:
        return self.document.path


@dataclass(frozen=True, slots=True)
class Occurrence:
    """A name token at its place in the corpus."""

    source: int
    paragraph: Paragraph
    token: LatinToken


@dataclass
class Corpus:
    sources: list[Source]
    table: Table | None = None
    occurrences: list[Occurrence] = field(default_factory=list)

    #: Plain words seen starting lower-case (mid-sentence): English vocabulary, not names.
    vocabulary: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        if self.occurrences:
            return
        found = []
        for index, source in enumerate(self.sources):
            for paragraph in source.document.paragraphs:
                if not paragraph.latin_letters:
                    continue
                self.vocabulary.update(plain_words(paragraph.text))
                for token in other_tokens(paragraph.text):
                    if token.form[:1].islower() and token.form.isascii():
                        self.vocabulary.add(token.form.casefold())
                    elif is_name_like(token.form):
                        found.append(Occurrence(index, paragraph, token))
        self.occurrences = [self._unquoted(o) for o in found]

    def _unquoted(self, occurrence: Occurrence) -> Occurrence:
        """'Indeed or 'As: a quote-like mark before an English word is a quotation mark."""
        token = occurrence.token
        plain = token.form[1:]
        if token.form[:1] in QUOTE_MARKS and plain.casefold() in self.vocabulary:
            return Occurrence(occurrence.source, occurrence.paragraph,
                              LatinToken(plain, token.start + 1, token.end))
        return occurrence

    def fold_counts(self) -> Counter[str]:
        """How often each folded name (fold_latin) occurs, unambiguous tokens only."""
        return Counter(fold_latin(o.token.form) for o in self.occurrences if not o.token.ambiguous)


def load_source(path: str, stdin: BinaryIO | None = None) -> Source:
    """Read one input for checking; the same errors as :func:`documents.load_document`."""
    data = read_bytes(path, stdin)
    document_name = "<stdin>" if path == "-" else path
    text = decode(data, document_name)
    document = parse_document(text, path)
    if not document.paragraphs:
        raise InputError(f"{document_name}: empty input (no text to work on)")
    return Source(
        document, text,
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
    corpus: Corpus, occurrence_source: int, paragraph: Paragraph, start: int, end: int,
    rule: str, message: str, suggestion: str | None = None, fix: str | None = None,
) -> Finding:
    """A finding for a span of a paragraph's normalized text, positioned in the original."""
    raw_start, raw_end = raw_span(paragraph, start, end)
    line, col = paragraph.position(raw_start)
    end_line, end_col = paragraph.position(raw_end)
    return Finding(
        path=corpus.sources[occurrence_source].path, line=line, col=col,
        end_line=end_line, end_col=end_col, rule=rule, severity=RULES[rule].severity,
        message=message, text=paragraph.text[start:end], suggestion=suggestion, fix=fix,
    )
