"""The corpus a check runs on: its inputs, and what the first pass over each found
(:mod:`.passes`): the name forms that the rule families decide on.

The name rules never look at single occurrences.  They see each input's *forms* with counts
and first places (:meth:`Corpus.forms`) and answer with :class:`Mark` s: what to report at
every occurrence of a form.  The second pass then locates the marked forms and positions each
finding in the original file.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field
from collections.abc import Callable, Iterator
from functools import cached_property
from typing import BinaryIO

from ..align import Alignment, align_documents
from ..documents import Document, Layout, Paragraph, detect_layout, display_name, parse_document, read_input
from ..table import Table
from .context import Contexts
from .findings import Finding
from .scan import FormCount, count_form

#: A form as the rules read it, and whether its leading quote may be a quotation mark
#: (‘Umar’: such tokens take the reading of their group and never vote).
FormKey = tuple[str, bool]


@dataclass
class Source:
    """One input: its display name and its decoded original text (for fixes and inline
    suppressions).  ``utf8_bom`` is remembered so a fix writes the file back as it was.
    ``partner``: the other file of a bilingual item given as two files (ARABIC.txt+ENGLISH.txt),
    which is aligned with this one."""

    path: str
    text: str
    utf8_bom: bool = False
    utf16: bool = False
    partner: Source | None = field(default=None, repr=False, compare=False)

    @cached_property
    def document(self) -> Document:
        """Every paragraph built, for the rules that align a bilingual item."""
        return parse_document(self.text, self.path)

    @cached_property
    def alignment(self) -> Alignment:
        """The input aligned on its own (its Arabic and English paragraphs paired), or with
        its partner file."""
        return align_documents([self.document] + ([self.partner.document] if self.partner else []))

    @property
    def aligns_item(self) -> bool:
        """Does this input hold the beads of its item?  Every input but the English file of a
        two-file item, whose beads are its Arabic partner's (each item is aligned once, and its
        Arabic paragraphs are reported in the Arabic file)."""
        return self.partner is None or detect_layout(self.document.paragraphs) is not Layout.LATIN_ONLY


@dataclass(frozen=True)
class Mark:
    """A finding to report at every occurrence of a form.  The first ``skip`` characters of
    the form are left out of the span (an ambiguous ‘Umar’ read as Umar).  Occurrences after
    an English article (the, a, an) are left out unless ``after_article``: there a form may
    be a common noun (the Amir), not the name it spells; with ``followed_by``, only those
    followed by one of these words are kept (the ʿAbd of ʿAbd Allāh, not of ʿAbd al-Malik)."""

    rule: str
    message: str
    suggestion: str | None = None
    fix: str | None = None
    skip: int = 0
    after_article: bool = True
    followed_by: frozenset[str] | None = None


Marks = dict[FormKey, list[Mark]]


def add_mark(marks: Marks, key: FormKey, mark: Mark) -> None:
    marks.setdefault(key, []).append(mark)


def read_quoted(form: str, ambiguous: bool, unquoted: frozenset[str]) -> tuple[str, bool, int]:
    """(form, ambiguous, characters dropped at the start) of a quoted token as the rules read
    it: a quote before an English word is a quotation mark ('Indeed), left out of the form."""
    if form in unquoted:
        return form[1:], False, 1
    return form, ambiguous, 0


@dataclass
class SourceSummary:
    """What the rules decide on from the first pass over one input: its name forms (counts
    and first places), whether it may be bilingual or hold Arabic at all, its Arabic and mixed
    paragraphs, and the findings that need nothing but the input (repeated paragraphs).
    Small, so that a worker process can send it."""

    #: Form -> (count, first place), as plain tuples: they travel between processes.
    plain_forms: dict[str, tuple[int, tuple[int, int]]]
    quoted_forms: dict[tuple[str, bool], tuple[int, tuple[int, int]]]
    surely_latin_only: bool
    has_arabic: bool
    arabic_paragraphs: list[Paragraph] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)


@dataclass
class Corpus:
    """The inputs checked as one corpus, and what their first pass found: a summary per input,
    the vocabulary of all, and a way to ask for name contexts (set by :mod:`.passes` before
    the rules run)."""

    sources: list[Source]
    table: Table | None = None
    summaries: list[SourceSummary] = field(default_factory=list)
    #: Plain words seen starting lower-case (mid-sentence): English vocabulary, not names.
    vocabulary: set[str] = field(default_factory=set)
    #: Asks the inputs for the name contexts of some forms (:mod:`.context`).
    contexts: Callable[[set[str]], dict[str, Contexts]] | None = None

    @cached_property
    def unquoted(self) -> frozenset[str]:
        """Quoted forms whose quote is a quotation mark: 'Indeed, 'As (the word after it is
        English vocabulary)."""
        return frozenset(
            form for summary in self.summaries for form, _ in summary.quoted_forms
            if form[1:].casefold() in self.vocabulary
        )

    def form_counts(self, number: int) -> Iterator[tuple[FormKey, int, tuple[int, ...]]]:
        """(form as read, count, first place) of the name forms of one input, the unquoted
        ones and then the quoted ones as read (the two may give the same form).  A first
        place is (input number, name chunk number, offset): comparable across inputs."""
        summary = self.summaries[number]
        for form, (count, first) in summary.plain_forms.items():
            yield (form, False), count, (number, *first)
        yield from self._quoted_counts(number)

    def form_counts_of(self, number: int, forms: set[str]) -> Iterator[tuple[FormKey, int, tuple[int, ...]]]:
        """:meth:`form_counts` of these forms only, without reading the others (an input has
        thousands of distinct names, a rule may want a few)."""
        summary = self.summaries[number]
        for form in forms & summary.plain_forms.keys():
            count, first = summary.plain_forms[form]
            yield (form, False), count, (number, *first)
        yield from (counted for counted in self._quoted_counts(number) if counted[0][0] in forms)

    def _quoted_counts(self, number: int) -> Iterator[tuple[FormKey, int, tuple[int, ...]]]:
        """The quoted forms of one input as read, with their counts and first places."""
        for (form, ambiguous), (count, first) in self.summaries[number].quoted_forms.items():
            yield read_quoted(form, ambiguous, self.unquoted)[:2], count, (number, *first)

    @cached_property
    def all_forms(self) -> dict[FormKey, FormCount]:
        """The name forms of the whole corpus, with counts and first places."""
        merged: dict[FormKey, FormCount] = {}
        for number in range(len(self.summaries)):
            for key, count, first in self.form_counts(number):
                count_form(merged, key, count, first)
        return merged


def paired(first: Source, second: Source) -> list[Source]:
    """The two files of one bilingual item, each the other's partner."""
    first.partner, second.partner = second, first
    return [first, second]


def load_source(path: str, stdin: BinaryIO | None = None) -> Source:
    """Read one input for checking; the same errors as :func:`documents.load_document`."""
    data, text = read_input(path, stdin)
    return Source(
        display_name(path), text,
        utf8_bom=data.startswith(codecs.BOM_UTF8),
        utf16=data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)),
    )
