"""scheme-mix: one document writing the same Arabic sound by two conventions.

DMG (DIN 31635) writes ش ج خ ث ذ غ as š ǧ ḫ ṯ ḏ ġ; ALA-LC, IJMES and BGN write sh j kh th dh
gh.  A digraph only counts as a transliteration when its word carries other transliteration
signs (a macron, an underdot, an ʿayn): "Washington" or "Jordan" are English spellings, not a
scheme.  The minority convention of the document is reported, or, when the house table's
style names a scheme, the convention that scheme does not use.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ..latin import has_marks
from ..schemes import SCHEME_NAMES, Scheme, load_scheme
from ..table import Table
from .corpus import Corpus, FormKey, Mark, Marks, add_mark
from .scan import FormCount, count_form


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


def _uses(form: str, convention: Convention) -> str | None:
    folded = form.casefold()
    if convention.single in folded:
        return convention.single
    if convention.digraph in folded and is_transliterated(form):
        if not _SCHOLARLY_SINGLES & set(folded):
            return convention.digraph
    return None


@lru_cache(maxsize=65536)
def _styles(form: str) -> tuple[str | None, ...]:
    """The style the form uses of each convention (None where it uses none).  A plain ASCII
    word uses none: no scholarly letter, and no sign that makes its digraphs a
    transliteration."""
    if form.isascii() and not has_marks(form):
        return (None,) * len(CONVENTIONS)
    return tuple(_uses(form, convention) for convention in CONVENTIONS)


def _document_marks(corpus: Corpus, number: int, scheme: Scheme | None) -> Marks:
    """The scheme-mix marks of one document.  Forms are taken in order of first occurrence
    (ambiguous or not), so the example given for the majority is its first occurrence."""
    by_form: dict[str, FormCount] = {}
    keys: list[FormKey] = []
    for key, count, first in corpus.form_counts(number):
        if any(_styles(key[0])):
            count_form(by_form, key[0], count, first)
            keys.append(key)
    ordered = sorted(by_form, key=lambda form: by_form[form].first)
    marks: Marks = {}
    for index, convention in enumerate(CONVENTIONS):
        by_style: dict[str, list[str]] = {convention.single: [], convention.digraph: []}
        for form in ordered:
            style = _styles(form)[index]
            if style:
                by_style[style].append(form)
        singles, digraphs = by_style[convention.single], by_style[convention.digraph]
        if not singles or not digraphs:
            continue
        counts = {style: sum(by_form[form].count for form in found) for style, found in by_style.items()}
        house = scheme.letters.get(convention.sound) if scheme else None
        if house in by_style:
            single_major, where = house == convention.single, "the house style writes"
        else:
            single_major, where = counts[convention.single] > counts[convention.digraph], "this document mostly writes"
        major, minor = (singles, digraphs) if single_major else (digraphs, singles)
        major_style, minor_style = _styles(major[0])[index], _styles(minor[0])[index]
        minor_forms = set(minor)
        for key in dict.fromkeys(keys):
            if key[0] in minor_forms:
                add_mark(marks, key, Mark(
                    "scheme-mix",
                    f"{key[0]}: writes {convention.sound} as {minor_style}, while {where} "
                    f"{major_style} ({major[0]}, {counts[major_style]}×)",
                ))
    return marks


def house_scheme(table: Table | None) -> Scheme | None:
    """The scheme a house table's style names (``scheme = dmg``), if any."""
    name = table.style.get("scheme") if table else None
    return load_scheme(name) if name in SCHEME_NAMES else None


def check_scheme_mix(corpus: Corpus) -> list[Marks]:
    """The scheme-mix marks of each input (a mix is judged per document; the letters of the
    house table's scheme win over the document's majority)."""
    scheme = house_scheme(corpus.table)
    return [_document_marks(corpus, number, scheme) for number in range(len(corpus.sources))]
