"""Latin-script name tokens in English text, with their ʿayn/hamza marks kept whole.

A transliterated name carries marks that look like punctuation: Dā‘iš, Qur’ān, ʿUmar, 'Umar.
Splitting at them (as codespell and most tokenizers do) breaks the name into pieces; keeping
every quote loses the difference between a quote and an ʿayn.  The rules here:

* a mark *between* letters is part of the word (Dā‘iš, Qur’ān);
* a modifier letter (ʿ ʾ ʻ ʼ) at either end is part of the word: it is never punctuation;
* a quote-like character right after a capitalised word that ends in a, i or u is its final
  ʿayn or hamza (Nafi', Asma'): Arabic words end so, English ones rarely before a quote;
  not when it closes a quote that opens the word (‘Ali’);
* a quote-like character (‘ ' ` ’) at the start is an ʿayn/hamza only before a vowel (in a
  transliteration ʿ and ʾ always stand before a vowel) and only when no closing quote follows
  it in the paragraph; when one does (‘Umar’, or ‘Umar said …’), the reading is *ambiguous*
  and the caller decides from the rest of the corpus;
* possessive 's and English contractions (n't, and 're, 'd … after a pronoun) are not part
  of a name: Sa'd is a name, they'd is not.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import regex

from .normalize import AYN_HAMZA_MARKS, fold_latin

#: Modifier letters: always part of the word they touch.
MODIFIER_MARKS = "\u02bf\u02bb\u02be\u02bc"
#: Marks that double as quotation marks or apostrophes.
QUOTE_MARKS = "".join(c for c in AYN_HAMZA_MARKS if c not in MODIFIER_MARKS)
_CLOSING_QUOTE = {"\u2018": "\u2019", "'": "'", "`": "'", "\u00b4": "\u00b4", "\u02b9": "\u02b9",
                  "\u2019": "\u2019"}
_MARKS = regex.escape(AYN_HAMZA_MARKS)
_NOT_AFTER = rf"(?<![\p{{L}}\p{{M}}{_MARKS}])"
_NOT_BEFORE = rf"(?![\p{{L}}\p{{M}}{_MARKS}])"
#: A word may open with one mark, or two modifier letters (a doubled ʿayn: ʿʿAbd), and end
#: with up to two modifier letters (Asmāʾʾ): a doubled mark is a slip to report, not a
#: word boundary.
_WORD_BODY = (
    rf"((?:[{regex.escape(MODIFIER_MARKS)}]{{2}}|[{_MARKS}])?)"
    rf"(\p{{Latin}}[\p{{Latin}}\p{{M}}]*(?:[{_MARKS}]+\p{{Latin}}[\p{{Latin}}\p{{M}}]*)*)"
    rf"([{regex.escape(MODIFIER_MARKS)}]{{0,2}})"
)
_WORD = regex.compile(_NOT_AFTER + _WORD_BODY)
#: A plain word: lower-case ASCII letters touching no other letter or mark.  Most words of
#: English text are plain, and a plain word is vocabulary, never a name: finding them apart
#: (C speed, no per-word Python) is what keeps ``translit check`` fast on large inputs.
_PLAIN = regex.compile(_NOT_AFTER + "[a-z]+" + _NOT_BEFORE)
_NOT_PLAIN_WORD = regex.compile(_NOT_AFTER + "(?![a-z]+" + _NOT_BEFORE + ")" + _WORD_BODY)
_CONTRACTION = regex.compile(r"['\u2019](?:s|t|d|ll|re|ve|m)$", regex.IGNORECASE)
#: What 'd, 'll, 're, 've and 'm contract with: English pronouns (I'd, they'll, who've).  After
#: any other word the apostrophe is an ʿayn or hamza: Sa'd, Ja'd, Nu'm.
_PRONOUNS = frozenset("i you he she it we they who that there what".split())
_VOWELS = frozenset("aeiou")
#: The vowels of Arabic, which a final ʿayn or hamza follows (Nāfiʿ, Asmāʾ, Wuḍūʾ).
_ARABIC_VOWELS = frozenset("aiu")
_LETTER_OR_MARK = regex.compile(rf"[\p{{L}}\p{{M}}{_MARKS}]")
_SIGNS = frozenset(AYN_HAMZA_MARKS)


@dataclass(frozen=True, slots=True)
class LatinToken:
    """A Latin word of a paragraph's normalized text.

    ``start``/``end`` are offsets into :attr:`Paragraph.text`.  ``ambiguous`` says that the
    leading quote-like character may be a quotation mark: then ``plain_start`` is where the
    word begins without it.
    """

    form: str
    start: int
    end: int
    ambiguous: bool = False

    @property
    def plain(self) -> str:
        """The reading without the leading character when it may be a quote."""
        return self.form[1:] if self.ambiguous else self.form


def closing_quote(opening: str) -> str:
    """The quotation mark that closes one opened with ``opening``."""
    return _CLOSING_QUOTE.get(opening, opening)


def last_closing(text: str, opening: str) -> int:
    """Where the last closing quote for ``opening`` is in the paragraph, not counting one
    before a letter: an apostrophe or an internal mark (Qur'ān), or a quote that opens a
    word ('Umar), as ASCII texts write ʿayn; -1 when there is none."""
    closing = closing_quote(opening)
    position = text.rfind(closing)
    while position != -1:
        if not text[position + 1:position + 2].isalpha():
            return position
        position = text.rfind(closing, 0, position)
    return -1


def closing_follows(text: str, end: int, opening: str) -> bool:
    """Is a closing quote for ``opening`` anywhere after ``end`` in the paragraph?"""
    return last_closing(text, opening) >= end


def _final_mark(text: str, end: int, body: str) -> bool:
    """Is the quote-like character at ``end``, right after the word ``body``, its final ʿayn
    or hamza (Nafi', Asma', Wudu')?  When it follows an Arabic vowel (a, i, u) at the end of
    a capitalised word.  A closing quote after such a name reads the same ('I saw Musa'):
    English translations write a final ʿayn or hamza far more often than they close a
    quotation on a name, and a closing quote after an English word (No', House') follows
    another letter as often."""
    return (text[end:end + 1] in QUOTE_MARKS and text[end:end + 1] != "" and body[:1].isupper()
            and fold_latin(body[-1:]) in _ARABIC_VOWELS and not _LETTER_OR_MARK.match(text[end + 1:end + 2]))


def _strip_contraction(body: str) -> str:
    if "'" not in body and "\u2019" not in body:
        return body
    match = _CONTRACTION.search(body)
    if match is None or match.start() < 1:
        return body
    stem = body[:match.start()]
    possessive_or_not = match.group()[1:].casefold() in ("s", "t")
    return stem if possessive_or_not or stem.casefold() in _PRONOUNS else body


def plain_words(text: str) -> list[str]:
    """The plain words of a normalized text (see ``_PLAIN``): the tokens that
    :func:`other_tokens` leaves out."""
    return _PLAIN.findall(text)


def other_tokens(text: str) -> list[LatinToken]:
    """The tokens of :func:`tokens` that are not plain words."""
    return tokens(text, _NOT_PLAIN_WORD)


def tokens(text: str, pattern: regex.Pattern = _WORD) -> list[LatinToken]:
    """Every Latin word of a normalized text, marks handled as the module docstring says."""
    found: list[LatinToken] = []
    for match in pattern.finditer(text):
        lead, body, trail = match.groups()
        if not trail and _final_mark(text, match.end(), body) and not (
                lead and lead[0] in QUOTE_MARKS and closing_quote(lead[0]) == text[match.end()]):  # ‘Ali’
            trail = text[match.end()]
        if not lead and not trail and "'" not in body and "\u2019" not in body:
            found.append(LatinToken(body, match.start(2), match.end(2)))
            continue
        stripped = _strip_contraction(body)
        if stripped != body:
            body, trail = stripped, ""
        start = match.start(2)
        end = start + len(body) + len(trail)
        ambiguous = False
        if lead and lead[0] in MODIFIER_MARKS:
            start -= len(lead)
        elif lead and fold_latin(body[:1]) in _VOWELS:
            ambiguous = closing_follows(text, end, lead)
            start -= 1
        found.append(LatinToken(text[start:end], start, end, ambiguous))
    return found


def is_capitalised(form: str) -> bool:
    """Does ``form`` begin with a capital, past a leading ʿayn/hamza mark (ʿUmar, 'Ali)?"""
    return form.lstrip(AYN_HAMZA_MARKS)[:1].isupper()


@lru_cache(maxsize=262144)
def is_name_like(form: str) -> bool:
    """Capitalized, or carrying a diacritic or an ʿayn/hamza mark: the words a transliteration
    linter is about.  Plain lower-case English words are not."""
    if len(fold_latin(form)) < 2:
        return False
    return is_capitalised(form) or not form.isascii() or any(c in _SIGNS for c in form)


@lru_cache(maxsize=262144)
def mark_key(form: str) -> str:
    """Case-folded form without ʿayn/hamza marks but with its diacritics: two forms with the
    same mark key differ only in their marks (Dā'iš, Dā‘iš, Dāiš)."""
    return unicodedata.normalize("NFC", "".join(c for c in form if c not in _SIGNS).casefold())


def mark_places(form: str) -> frozenset[int]:
    """Where a form writes ʿayn or hamza: after how many letters (diacritics aside)."""
    places, letters = set(), 0
    for char in unicodedata.normalize("NFD", form):
        if char in _SIGNS:
            places.add(letters)
        elif not unicodedata.combining(char):
            letters += 1
    return frozenset(places)


def adds_diacritics_only(plain: str, marked: str) -> bool:
    """Is ``marked`` the letters of ``plain`` with diacritics added (never changed)?
    Barazani → Barazānī yes; Maṭḫūǧ → Maṭḥūġ no: ḫ and ḥ are different letters, so those are
    different names."""
    first = [unicodedata.normalize("NFD", c) for c in plain.casefold() if c not in _SIGNS]
    second = [unicodedata.normalize("NFD", c) for c in marked.casefold() if c not in _SIGNS]
    return len(first) == len(second) and all(
        b.startswith(a) and set(a[1:]) <= set(b[1:]) for a, b in zip(first, second)
    )


def has_diacritics(form: str) -> bool:
    """Does ``form`` carry a diacritic (ḥ, ā, š: a combining mark once decomposed)?"""
    return any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", form))


def has_marks(form: str) -> bool:
    return any(c in _SIGNS for c in form)


def match_case(template: str, form: str) -> str:
    """``form`` written with the capitalization of ``template`` (for suggestions and fixes)."""
    letters = template.lstrip(AYN_HAMZA_MARKS)
    if len(letters) > 1 and letters.isupper():
        return form.upper()
    index = next((i for i, c in enumerate(form) if c not in _SIGNS), 0)
    first = form[index:index + 1]
    if letters[:1].isupper():
        first = first.upper()
    elif letters[:1].islower():
        first = first.lower()
    return form[:index] + first + form[index + 1:]
