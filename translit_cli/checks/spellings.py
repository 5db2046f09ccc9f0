"""scheme-mix on spellings: one document writing a name in two schemes' (or two
conventions') spellings of one sound.

DMG (DIN 31635) writes the diphthongs ai and au and a pausal tāʾ marbūṭa -a (Zaid, Ḫaibar,
Fāṭima); ALA-LC, BGN and most English translations write ay, aw and -ah (Zayd, Khaybar,
Fatimah).  IJMES doubles the yāʾ of -iyya where the others write -īya / -īyah (Udhiyyah,
Udhiyah in ASCII), and popular English spellings double a long vowel (Sa'eed, Allaah,
Yoosuf beside Sa'id, Allah, Yusuf).  Unlike the letters of :mod:`.scheme` (š against sh),
these spellings are plain ASCII and common in English words (said, Cairo, Sarah, been), so a
spelling counts as a convention only where the document writes one *name* both ways: Zayd
beside Zaid, Hurayrah beside Huraira.  Those pairs are the evidence of a mix; the way most of
their occurrences use is the document's, and the other one is reported at every occurrence,
as :mod:`.scheme` does for letters.  Both spellings are established (a rare slip beside a
frequent form is a possible typo, :mod:`.variants`, which takes precedence).

Two spellings of one name are two names when they read different names of the lexicon
(:mod:`.known`): Wail (وائل Wāʾil) is no Wayl, Salma (سلمى Salmā) no Salmah.  The lexicon's
readings spell ay and ai, -a and -ah alike, a shadda doubled and a long vowel single, so a
known name is read in that spelling and keeps its pairs.
"""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

import regex

from ..latin import is_capitalised
from ..normalize import AYN_HAMZA_MARKS, fold_marks
from ..schemes import Scheme
from .corpus import Corpus, FormKey, Mark, Marks, add_mark
from .known import name_words
from .plausible import written_fold
from .scheme import house_scheme


@dataclass(frozen=True)
class Way:
    """One way of writing the sound: a label, where it is written in a form (case aside),
    and the letters it writes there."""

    label: str
    pattern: regex.Pattern
    letters: str


@dataclass(frozen=True)
class Spelling:
    """Two ways of writing one sound.  ``second`` is the marked one: a form that writes it is
    taken to (``first`` may match any form: every i is a short i or a single ī).  Forms are
    keyed in the ``first`` way.  ``read``: the way the lexicon's readings spell (``None``:
    both, so a form is read as written).  ``lexical``: the ways are told apart only on names
    the lexicon reads (a final -a is also an alif: Ḥirāʾ beside al-Ḥīra; a diphthong before a
    consonant is one whatever the name).  ``per_name``: the way of each name is its own most
    frequent one, not the document's (a translation may write Sa'eed and Aziz throughout: a
    doubled vowel is a habit of some names, not a house style)."""

    first: Way
    second: Way
    read: Way | None = None
    lexical: bool = False
    per_name: bool = False
    #: How a scheme writes the sound: a function of the scheme that returns the way's label
    #: (None: the schemes do not decide it).
    house: Callable[[Scheme], str] | None = None

    def house_way(self, scheme: Scheme | None) -> Way | None:
        """The way the house's scheme writes the sound, if a table names one."""
        if scheme is None or self.house is None:
            return None
        label = self.house(scheme)
        return next((way for way in (self.first, self.second) if way.label == label), None)

    def key(self, form: str) -> str:
        """One key for the form written either way: its letters written the first way, its
        ʿayn and hamza aside (how they are written is mark-variant's business)."""
        return _plain_key(respell(form, self.second, self.first))

    def as_read(self, form: str) -> str:
        """The form as the lexicon's readings would spell it."""
        if self.read is None:
            return form
        other = self.second if self.read is self.first else self.first
        return respell(form, other, self.read)


def respell(form: str, old: Way, new: Way) -> str:
    """``form`` with the ``old`` way written the ``new`` way, its capital kept (Aisha: Aysha)."""
    def written(match: regex.Match) -> str:
        return new.letters.capitalize() if match.group()[:1].isupper() else new.letters
    return old.pattern.sub(written, form)


#: A diphthong is followed by a consonant or ends the word (before a vowel, y and w are the
#: next syllable's: Bayān; before an ʿayn or hamza, the a is a syllable of its own: Sa'id);
#: DMG's aiy is ALA-LC's ayy (Saiyid, Sayyid).
_DIPHTHONG_END = f"(?![aeiouāēīōū{AYN_HAMZA_MARKS}])"
_BEFORE_VOWEL = "(?=[aeiouāīū])"


def _way(label: str, pattern: str, letters: str | None = None) -> Way:
    return Way(label, regex.compile(pattern, regex.IGNORECASE), label if letters is None else letters)


#: DMG's -īya is written iy without its macron in ASCII: both are the single-yāʾ way.
_IY, _IYY = _way("iy", "(?<![iī])[iī]y" + _BEFORE_VOWEL, "iy"), _way("iyy", "iyy" + _BEFORE_VOWEL)
_SHORT_I, _SHORT_U = _way("i", "i"), _way("u", "u")
SPELLINGS = (
    Spelling(_way("ai", "ai" + _DIPHTHONG_END), _way("ay", "ay" + _DIPHTHONG_END),
             house=lambda scheme: scheme.vowels.get("ai", "")),
    Spelling(_way("au", "au" + _DIPHTHONG_END), _way("aw", "aw" + _DIPHTHONG_END),
             house=lambda scheme: scheme.vowels.get("au", "")),
    Spelling(_way("-a", "a$", "a"), _way("-ah", "ah$", "ah"), lexical=True,
             house=lambda scheme: "-a" + scheme.ta_marbuta.pausal),
    Spelling(_IY, _IYY, read=_IYY, house=lambda scheme: _IYY.label if "yy" in scheme.vowels.get("iyy", "") else _IY.label),
    Spelling(_SHORT_I, _way("ee", "(?<!e)ee(?!e)"), read=_SHORT_I, per_name=True),
    Spelling(_SHORT_U, _way("oo", "(?<!o)oo(?!o)"), read=_SHORT_U, per_name=True),
)


def _inner_capital(form: str) -> bool:
    """A capital inside a word is a scan or typing slip (AIlah for Allah), not a spelling."""
    return any(c.isupper() for c in form.lstrip(AYN_HAMZA_MARKS)[1:])


def _names_read(form: str) -> frozenset[str]:
    """The lexicon's names this spelling reads (:mod:`.known`)."""
    return name_words().get(_plain_key(form), frozenset())


@dataclass
class _Names:
    """The capitalised name forms of one input (English words aside): their occurrences,
    and the keys they are read under (unquoted, or quoted and read either way)."""

    counts: dict[str, int]
    keys: dict[str, list[FormKey]]

    @classmethod
    def of(cls, corpus: Corpus, counted: Iterable[tuple[FormKey, int, object]]) -> "_Names":
        names = cls(defaultdict(int), defaultdict(list))
        for key, count, _ in counted:
            form = key[0]
            # ʿAbd is a name's first word even where a text also writes the noun ʿabd in lower case
            if is_capitalised(form) and (form.casefold() not in corpus.vocabulary or _ABD_FORMS.fullmatch(form)):
                names.counts[form] += count
                if key not in names.keys[form]:
                    names.keys[form].append(key)
        return names

    def involved(self) -> set[str]:
        """The forms any spelling pair or joined ʿAbd compound is made of."""
        paired = {form for pairs in _pairs(self.counts, vetted=False) for ways in pairs
                  for forms in ways.values() for form in forms}
        return paired | {form for form in self.counts if _ABD_FORMS.fullmatch(form)}


@lru_cache(maxsize=1 << 18)
def _marked_ways(form: str) -> tuple[tuple[int, str], ...]:
    """(number in SPELLINGS, key) of every spelling whose marked (second) way the form
    writes: few forms write any, and forms repeat across the inputs of a corpus."""
    if _inner_capital(form):
        return ()
    return tuple((number, spelling.key(form)) for number, spelling in enumerate(SPELLINGS)
                 if spelling.second.pattern.search(form))


@lru_cache(maxsize=1 << 18)
def _plain_key(form: str) -> str:
    """A form's letters, marks aside: the key of a form that writes no marked way, and how
    the lexicon's readings are looked up."""
    return written_fold(form).replace("'", "")


def _pairs(counts: dict[str, int], vetted: bool = True) -> list[list[dict[Way, list[str]]]]:
    """Per spelling of SPELLINGS, the groups of forms that write one name both ways: per
    group, the forms of each way.  The forms of the marked way are found first; a form is
    then of the other way of a group when it has the group's key.  Forms that read different
    names of the lexicon are two names (Wail, Wayl), and a ``lexical`` spelling needs the name
    read (Fāṭima, Fāṭimah); not ``vetted``, every group that writes both ways."""
    groups: list[dict[str, dict[Way, list[str]]]] = [defaultdict(lambda: defaultdict(list)) for _ in SPELLINGS]
    for form in counts:
        for number, key in _marked_ways(form):
            groups[number][key][SPELLINGS[number].second].append(form)
    wanted: dict[str, list[int]] = defaultdict(list)
    for number, by_key in enumerate(groups):
        for key in by_key:
            wanted[key].append(number)
    for form in counts:
        for number in wanted.get(_plain_key(form), ()):
            spelling = SPELLINGS[number]
            if spelling.first.pattern.search(form) and not spelling.second.pattern.search(form) \
                    and not _inner_capital(form):
                groups[number][_plain_key(form)][spelling.first].append(form)
    return [[ways for ways in by_key.values() if len(ways) == 2 and (not vetted or _one_name(ways, spelling))]
            for spelling, by_key in zip(SPELLINGS, groups)]


def _one_name(ways: dict[Way, list[str]], spelling: Spelling) -> bool:
    read = {_names_read(spelling.as_read(form)) for forms in ways.values() for form in forms}
    return len(read) == 1 and (not spelling.lexical or bool(next(iter(read))))


def _document_marks(corpus: Corpus, number: int, scheme: Scheme | None, involved: set[str]) -> Marks:
    names = _Names.of(corpus, corpus.form_counts_of(number, involved))
    marks: Marks = {}
    for spelling, pairs in zip(SPELLINGS, _pairs(names.counts)):
        house_way = spelling.house_way(scheme)
        document_way = house_way or (None if spelling.per_name else _majority(pairs, names.counts, spelling))
        where = ("the house style writes" if house_way else "this document mostly writes" if document_way
                 else "this document mostly writes it with")
        for ways in pairs:
            major = document_way or _majority([ways], names.counts, spelling)
            if major is None:
                continue
            minor = spelling.second if major is spelling.first else spelling.first
            usual = max(ways[major], key=lambda f: (names.counts[f], f))
            for form in ways[minor]:
                mark = Mark("scheme-mix", f"{form}: writes {minor.label} where {where} {major.label} "
                            f"({usual}, {names.counts[usual]}×)", _suggestion(form, minor, major, ways, usual))
                for key in names.keys[form]:
                    add_mark(marks, key, mark)
    if any(_JOINED_ABD.fullmatch(form) or _JOINED_ALLAH.fullmatch(form) for form in names.counts):
        # both ʿAbd rules start from a joined compound: read the text only when there is one
        text = unicodedata.normalize("NFC", corpus.sources[number].text)
        _abd_marks(text, names, marks)
        _abd_allah_marks(text, names, marks)
    return marks


#: ʿAbd and the article of the divine name after it, written as one word (Abdul-Malik,
#: Abdur-Rahman, AbdurRahman: one token) or apart (ʿAbd al-Malik, ʿAbd ar-Raḥmān: two).
_MARK_CLASS = regex.escape(AYN_HAMZA_MARKS)
_ARTICLE = r"(?:l|[tdrzsnṣḍṭẓ]|[tds]h)"
_JOINED_ABD = regex.compile(rf"[{_MARK_CLASS}]?Abdu{_ARTICLE}(?:\p{{Lu}}\p{{Ll}}+)?")
_APART_ABD = regex.compile(rf"(?<![\p{{L}}{_MARK_CLASS}])[{_MARK_CLASS}]?Abd[ -]a{_ARTICLE}-(?=\p{{L}})")
#: ʿAbd Allāh as one word (ʿAbdallāh, Abdullah) or two (ʿAbd Allāh, 'Abd Allah).
_JOINED_ALLAH = regex.compile(rf"[{_MARK_CLASS}]?Abd[aiu]ll[aā]h")
_APART_ALLAH = regex.compile(rf"(?<![\p{{L}}{_MARK_CLASS}])([{_MARK_CLASS}]?Abd)[ -](All[aā]h)(?!\p{{L}})")
#: The forms the ʿAbd rules read: the joined compounds and ʿAbd itself.
_ABD_FORMS = regex.compile(rf"{_JOINED_ABD.pattern}|{_JOINED_ALLAH.pattern}|[{_MARK_CLASS}]?Abd")


def _abd_marks(text: str, names: _Names, marks: Marks) -> None:
    """Mark the joined ʿAbd compounds of a document (its NFC ``text``) that mostly writes them
    apart.  (The other way round is not marked: a mark falls on every occurrence of a form, and
    the ʿAbd of ʿAbd al-Malik is also the ʿAbd of ʿAbd Allāh and of ʿAbd alone.)"""
    joined = [form for form in names.counts if _JOINED_ABD.fullmatch(form)]
    if not joined:
        return
    apart = Counter(_APART_ABD.findall(text))
    if apart.total() <= sum(names.counts[form] for form in joined):
        return
    usual = apart.most_common(1)[0][0]
    for form in joined:
        mark = Mark("scheme-mix", f"{form}: writes ʿAbd and the article as one word, while this document "
                    f"mostly writes them apart ({usual}…, {apart.total()}×)")
        for key in names.keys[form]:
            add_mark(marks, key, mark)


def _abd_allah_marks(text: str, names: _Names, marks: Marks) -> None:
    """Mark ʿAbd Allāh written the document's minority way (its NFC ``text``): as one word
    (ʿAbdallāh, 'Abdullah) where it mostly writes two ('Abd Allah), or the other way round,
    then at the ʿAbd of each ʿAbd Allāh (and only there: ʿAbd also begins ʿAbd al-Malik)."""
    joined = {form: names.counts[form] for form in names.counts if _JOINED_ALLAH.fullmatch(form)}
    if not joined:
        return
    apart = Counter(_APART_ALLAH.findall(text))
    if not apart or sum(joined.values()) == apart.total():
        return
    usual_joined = max(joined, key=lambda form: (joined[form], form))
    abd, allah = apart.most_common(1)[0][0]
    if sum(joined.values()) < apart.total():
        for form in joined:
            mark = Mark("scheme-mix", f"{form}: writes ʿAbd Allāh as one word, while this document mostly "
                        f"writes two ({abd} {allah}, {apart.total()}×)", f"{abd} {allah}")
            for key in names.keys[form]:
                add_mark(marks, key, mark)
        return
    keys = {key for form, _ in apart for key in names.keys.get(form, ())}
    for key in sorted(keys):
        mark = Mark("scheme-mix", f"{key[0]} {allah}: writes ʿAbd Allāh as two words, while this document "
                    f"mostly writes one ({usual_joined}, {sum(joined.values())}×)",
                    followed_by=frozenset(second for _, second in apart))
        add_mark(marks, key, mark)


def _majority(pairs: list[dict[Way, list[str]]], counts: dict[str, int], spelling: Spelling) -> Way | None:
    """The way most occurrences of these pairs use (None on a tie)."""
    totals = {way: sum(counts[f] for ways in pairs for f in ways[way]) for way in (spelling.first, spelling.second)}
    if totals[spelling.first] == totals[spelling.second]:
        return None
    return max(totals, key=totals.__getitem__)


def _suggestion(form: str, minor: Way, major: Way, ways: dict[Way, list[str]], usual: str) -> str:
    """The form respelled the document's way where the document writes it so (Zaid: Zayd),
    else its most frequent spelling that way (Ibrahim: Ibraheem, not Eebraheem)."""
    respelled = respell(form, minor, major)
    written = {fold_marks(other).casefold() for other in ways[major]}
    return respelled if fold_marks(respelled).casefold() in written else usual


def check_spelling_mix(corpus: Corpus) -> list[Marks]:
    """The spelling scheme-mix marks of each input (a mix is judged per document; the way the
    house table's scheme writes a sound wins over the document's majority)."""
    scheme = house_scheme(corpus.table)
    # A pair within one input is a pair in the whole corpus: the inputs read only its forms.
    involved = _Names.of(corpus, ((key, found.count, None) for key, found in corpus.all_forms.items())).involved()
    return [_document_marks(corpus, number, scheme, involved) if involved else {}
            for number in range(len(corpus.sources))]
