"""scheme-mix on spellings: one document writing names in two schemes' spellings of a
diphthong or of a final tāʾ marbūṭa.

DMG (DIN 31635) writes the diphthongs ai and au and a pausal tāʾ marbūṭa -a (Zaid, Ḫaibar,
Fāṭima); ALA-LC, BGN and most English translations write ay, aw and -ah (Zayd, Khaybar,
Fatimah).  Unlike the letters of :mod:`.scheme` (š against sh), these spellings are plain
ASCII and common in English words (said, Cairo, Sarah), so a spelling counts as a convention
only where the document writes one *name* both ways: Zayd beside Zaid, Hurayrah beside
Huraira.  Those pairs are the evidence of a mix; the convention most of their occurrences
use is the document's, and the other one is reported at every occurrence, as
:mod:`.scheme` does for letters.  Both spellings are established (a rare slip beside a
frequent form is a possible typo, :mod:`.variants`, and takes precedence).

Two spellings of one name are two names when they read different names of the lexicon
(:mod:`.known`): Wail (وائل Wāʾil) is no Wayl, Salma (سلمى Salmā) no Salmah.  A name the
lexicon reads under one convention it reads under the other (its readings spell ay/ai and
-a/-ah alike), so a known name keeps its pairs.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from dataclasses import dataclass

import regex

from ..latin import is_capitalised
from ..normalize import AYN_HAMZA_MARKS, fold_marks
from .corpus import Corpus, FormKey, Mark, Marks, add_mark
from .known import name_words


@dataclass(frozen=True)
class Way:
    """One way of writing the sound: a label, where it is written in a form (case aside),
    and the letters it writes there."""

    label: str
    pattern: regex.Pattern
    letters: str


@dataclass(frozen=True)
class Spelling:
    """Two ways of writing one sound: DMG's ``first`` and ALA-LC's ``second``.  ``lexical``:
    the ways are told apart only on names the lexicon reads (a final -a is also an alif, Ḥirāʾ
    beside al-Ḥīra; a diphthong before a consonant is a diphthong whatever the name)."""

    first: Way
    second: Way
    lexical: bool = False

    def used(self, form: str) -> Way | None:
        return next((way for way in (self.first, self.second) if way.pattern.search(form)), None)

    def key(self, form: str) -> str:
        """One key for the form written either way: its letters written the second way."""
        return _letters(respell(form, self.first, self.second))


def respell(form: str, old: Way, new: Way) -> str:
    """``form`` with the ``old`` way written the ``new`` way, its capital kept (Aisha: Aysha)."""
    def written(match: regex.Match) -> str:
        return new.letters.capitalize() if match.group()[:1].isupper() else new.letters
    return old.pattern.sub(written, form)


#: A diphthong is followed by a consonant or ends the word (before a vowel, y and w are the
#: next syllable's: Bayān; before an ʿayn or hamza, the a is a syllable of its own: Sa'id);
#: DMG's aiy is ALA-LC's ayy (Saiyid, Sayyid).
_DIPHTHONG_END = f"(?![aeiouāēīōū{AYN_HAMZA_MARKS}])"
SPELLINGS = (
    Spelling(Way("ai", regex.compile("ai" + _DIPHTHONG_END, regex.I), "ai"),
             Way("ay", regex.compile("ay" + _DIPHTHONG_END, regex.I), "ay")),
    Spelling(Way("au", regex.compile("au" + _DIPHTHONG_END, regex.I), "au"),
             Way("aw", regex.compile("aw" + _DIPHTHONG_END, regex.I), "aw")),
    Spelling(Way("-a", regex.compile("a$", regex.I), "a"), Way("-ah", regex.compile("ah$", regex.I), "ah"),
             lexical=True),
)


def _letters(form: str) -> str:
    """Lower case, no diacritics, every ʿayn/hamza look-alike as ``'``."""
    decomposed = unicodedata.normalize("NFD", fold_marks(form))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _inner_capital(form: str) -> bool:
    """A capital inside a word is a scan or typing slip (AIlah for Allah), not a spelling."""
    return any(c.isupper() for c in form.lstrip(AYN_HAMZA_MARKS)[1:])


def _names_read(form: str) -> frozenset[str]:
    """The lexicon's names this spelling reads (:mod:`.known`)."""
    return name_words().get(_letters(form).replace("'", ""), frozenset())


@dataclass
class _Names:
    """The capitalised name forms of one input (English words aside): their occurrences,
    and the keys they are read under (unquoted, or quoted and read either way)."""

    counts: dict[str, int]
    keys: dict[str, list[FormKey]]

    @classmethod
    def of(cls, corpus: Corpus, number: int) -> "_Names":
        names = cls(defaultdict(int), defaultdict(list))
        for key, count, _ in corpus.form_counts(number):
            form = key[0]
            if is_capitalised(form) and form.casefold() not in corpus.vocabulary and not _inner_capital(form):
                names.counts[form] += count
                names.keys[form].append(key)
        return names


def _pairs(spelling: Spelling, counts: dict[str, int]) -> list[dict[Way, list[str]]]:
    """Groups of forms that write one name both ways: per group, the forms of each way.
    Forms that read different names of the lexicon are two names (Wail, Wayl), and a
    ``lexical`` spelling needs the name read (Fāṭima, Fāṭimah)."""
    groups: dict[str, dict[Way, list[str]]] = defaultdict(lambda: defaultdict(list))
    for form in counts:
        way = spelling.used(form)
        if way:
            groups[spelling.key(form)][way].append(form)
    return [ways for ways in groups.values() if len(ways) == 2 and _one_name(ways, spelling.lexical)]


def _one_name(ways: dict[Way, list[str]], lexical: bool) -> bool:
    read = {_names_read(form) for forms in ways.values() for form in forms}
    return len(read) == 1 and (not lexical or bool(next(iter(read))))


def _document_marks(corpus: Corpus, number: int) -> Marks:
    names = _Names.of(corpus, number)
    counts = names.counts
    marks: Marks = {}
    for spelling in SPELLINGS:
        pairs = _pairs(spelling, counts)
        totals = {way: sum(counts[f] for ways in pairs for f in ways[way]) for way in (spelling.first, spelling.second)}
        if totals[spelling.first] == totals[spelling.second]:
            continue
        major, minor = sorted(totals, key=totals.__getitem__, reverse=True)
        for ways in pairs:
            usual = max(ways[major], key=lambda f: (counts[f], f))
            for form in ways[minor]:
                mark = Mark("scheme-mix", f"{form}: writes {minor.label} where this document mostly writes "
                            f"{major.label} ({usual}, {counts[usual]}×)", respell(form, minor, major))
                for key in names.keys[form]:
                    add_mark(marks, key, mark)
    return marks


def check_spelling_mix(corpus: Corpus) -> list[Marks]:
    """The spelling scheme-mix marks of each input (a mix is judged per document)."""
    return [_document_marks(corpus, number) for number in range(len(corpus.sources))]
