"""Romanize Arabic (and Sorani Kurdish) text in a scholarly scheme.

Vocalized Arabic (with harakat) is rendered exactly by the scheme's rules.  Unvocalized news
Arabic lacks short vowels, so each word takes the best evidence there is, in this order: the
house table (``--table``), the shipped lexicon of vocalized words, an optional diacritizer
(mishkal, when installed), then rules that read long vowels from ا و ي, ة, the article and
proclitics and guess the rest.  Every Arabic token says which evidence it used.

The renderer works on *units*: a base letter with its marks.  Rules-based vocalization only
adds marks (an unknown short vowel is the private-use mark :data:`UNKNOWN`), so all evidence
goes through the same renderer and every scheme convention is applied in one place.
"""

from __future__ import annotations

import importlib.util
import math
from dataclasses import dataclass, field, replace
from functools import lru_cache

import regex

from .lexicon import ARABIC_KINDS, FATHA_PARTICLES, PROPER_KINDS, Lexicon, LexiconEntry, default_lexicon
from .names import PROCLITICS, clitic_splits
from .normalize import AYN_HAMZA_MARKS, arabic_key, clean, strip_arabic_diacritics
from .patterns import Guess, template
from .schemes import Scheme
from .table import Status, Table

FATHA, DAMMA, KASRA = "\u064e", "\u064f", "\u0650"
TANWIN = {"\u064b": "a", "\u064c": "u", "\u064d": "i"}
SHADDA, SUKUN, DAGGER_ALIF, MADDA = "\u0651", "\u0652", "\u0670", "\u0653"
#: A short vowel the evidence does not give: rendered as a guessed ``a`` or, with
#: ``mark_unknown``, as :data:`UNKNOWN_MARK`.
UNKNOWN = "\ue000"
UNKNOWN_MARK = "·"
_SHORT = {FATHA: "a", DAMMA: "u", KASRA: "i", UNKNOWN: "?"}
_HARAKAT = regex.compile("[\u064b-\u0652\u0670]")
_MARK_CHAR = regex.compile(r"\p{M}")
_FINAL_MARKS = regex.compile("[\u064b-\u0652]+$")
_TANWIN_ALIF = regex.compile("\u064b(?=ا$)|(?<=ا)\u064b$")
#: Letters that mark a word as written in Sorani Kurdish orthography (vowels spelt out).
KURDISH_LETTERS = frozenset("ێۆڕڵەھ")
_HAMZA_SEATS = "أإؤئء"
_MEDIAL_YA = regex.compile(r"ى(?=\p{L})")
_PERSIAN_SHAPES = str.maketrans({"ی": "ي", "ک": "ك", "ھ": "ه"})
_CLITIC_LETTERS = "وفبكل"
_CLITIC_VOWEL = {"و": "a", "ف": "a", "ك": "a", "ب": "i", "ل": "i"}
#: The letters the article's lām assimilates to (written doubled after it: التَّقْوَى).
_SUN_LETTERS = frozenset("تثدذرزسشصضطظلن")
#: Brackets and quotes that may stand between أن and its subject.
_OPENERS = frozenset({"(", '"', "«", "“", "'", "‘"})
_DEMONSTRATIVES = frozenset({"ذلك", "هذا", "هذه", "هؤلاء", "تلك", "هناك", "هنالك"})
#: Adjectives after العام that make it the year (al-ʿām al-māḍī), not general (al-amīn al-ʿāmm).
_YEAR_ADJECTIVES = frozenset({"الماضي", "الحالي", "المقبل", "الجاري", "القادم", "المنصرم", "الفائت"})
_NUMBER_AFTER = regex.compile(r"\s*\(?\s*[0-9\u0660-\u0669\u06f0-\u06f9]")
#: A spokesman speaks باسم "in the name of" someone (the name Bāsim elsewhere).
_SPOKESMEN = frozenset({"متحدث", "متحدثة", "ناطق", "ناطقة"})
#: Words after which DIN 31635 elides the article's a even in unvocalized names (Abū l-Faḍl).
_KUNYA = frozenset({"ابو", "ابي", "ابا", "ذو", "ذي", "ذا"})
ARABIC_PUNCTUATION = str.maketrans({
    "،": ",", "؛": ";", "؟": "?", "٪": "%", "٫": ".", "٬": ",", "۔": ".", "«": "“", "»": "”",
    "﴾": "(", "﴿": ")", "\u0640": None, "؍": "/",
})
#: An Arabic word: letters with their harakat (Script=Inherited, so named by code point).
_WORD = regex.compile(r"[\p{Arabic}&&\p{L}](?:[\p{Arabic}&&[\p{L}\p{M}]]|[\u064b-\u065f\u0670\u0653-\u0655])*", regex.V1)
_INVISIBLE = regex.compile(r"[\u200b-\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff]")
_ARABIC_DIGITS = str.maketrans({0x0660 + i: str(i) for i in range(10)} | {0x06F0 + i: str(i) for i in range(10)})
#: Words whose evidence a romanizer remembers (its table and lexicon must not change meanwhile).
CHOICE_CACHE = 100_000
CONFIDENCE = {"table": 0.97, "lexicon": 0.9, "known form": 0.7, "diacritizer": 0.6, "vocalized": 1.0}


@dataclass(frozen=True)
class Token:
    """One romanized Arabic token: the Arabic as written (offsets ``start``/``end`` in the
    input text), its Latin form and the evidence behind it."""

    arabic: str
    latin: str
    source: str
    confidence: float
    start: int
    end: int


@dataclass
class Unit:
    """A base letter and its marks."""

    letter: str
    vowel: str = ""  # "a" | "i" | "u" | "?" | ""
    tanwin: str = ""
    shadda: bool = False
    sukun: bool = False
    dagger: bool = False


def units_of(vocalized: str) -> list[Unit]:
    units: list[Unit] = []
    lam_alif = False  # the marks typed after this alif belong to the letter before it
    for char in vocalized:
        if char != UNKNOWN and not _MARK_CHAR.match(char):
            units.append(Unit({"ی": "ي", "ک": "ك", "ٱ": "ا", "ھ": "ه"}.get(char, char)))
            lam_alif = _bare_medial_alif(units)
            continue
        if not units:
            continue
        unit = units[-2] if lam_alif and char != MADDA else units[-1]
        if unit.letter == "ى" and char in (FATHA, DAMMA, KASRA, SHADDA, SUKUN):
            unit.letter = "ي"  # a vowelled ى is the dotless yāʾ of Egyptian print: الْوَحْىُ
        if char in _SHORT:
            unit.vowel = _SHORT[char]
        elif char in TANWIN:
            unit.tanwin = TANWIN[char]
        elif char == SHADDA:
            unit.shadda = True
        elif char == SUKUN:
            unit.sukun = True
        elif char == DAGGER_ALIF:
            unit.dagger = True
        elif char == MADDA and unit.letter == "ا":
            unit.letter = "آ"
    return units


def _bare_medial_alif(units: list[Unit]) -> bool:
    """A bare alif after a letter without marks: marks typed after it belong to that letter.
    The lām-alif ligature makes editors (and much hadith text) type لاَ and إِلاَّ for لَا and
    إِلَّا; a bare alif has no vowel of its own (a hamza has a seat)."""
    if len(units) < 2 or units[-1].letter != "ا" or units[-2].letter in "اآ":
        return False
    before = units[-2]
    return not (before.vowel or before.tanwin or before.shadda or before.sukun or before.dagger)


# --- rendering vocalized units ------------------------------------------------------------

@dataclass
class _Segment:
    consonant: str
    vowel: str = ""  # symbolic: a i u ? ā ī ū ai au maq an in un, or literal after "="


def _vowel_latin(code: str, scheme: Scheme, mark_unknown: bool) -> str:
    if code.startswith("="):
        return code[1:]
    if code == "?":
        return UNKNOWN_MARK if mark_unknown else scheme.vowels.get("a", "a")
    if code in ("an", "in", "un"):
        return scheme.vowels.get(code[0], code[0]) + "n"
    names = {"ā": "long_a", "ī": "long_i", "ū": "long_u", "maq": "alif_maqsura"}
    return scheme.vowels.get(names.get(code, code), code)


def _short_or_unknown(code: str) -> bool:
    return code in ("a", "?", "")


def _alif(segments: list[_Segment], unit: Unit, scheme: Scheme, first: bool, following: Unit | None) -> None:
    if first:  # before a sukūn a bare alif is hamzat al-waṣl: ibn, istaġfara
        segments.append(_Segment("", unit.vowel or ("i" if following and following.sukun else "a")))
    elif segments and segments[-1].vowel in ("an",):
        return  # the alif of tanwīn fatḥa is silent
    elif following is None and segments and segments[-1].vowel in ("ū", "au") and not unit.vowel:
        return  # so is the alif after a final wāw of the plural: qālū, raʾau
    elif unit.vowel and segments:
        segments.append(_Segment(scheme.hamza, unit.vowel))
    elif segments and segments[-1].vowel == "i":
        return  # the silent alif of مِائَة, miʾa: an alif writes ā only after a fatḥa
    elif segments and _short_or_unknown(segments[-1].vowel):
        segments[-1].vowel = "ā"
    else:
        segments.append(_Segment("", "ā"))


def _weak(segments: list[_Segment], unit: Unit, scheme: Scheme, first: bool, last: bool) -> None:
    """و and ي: long vowel, diphthong, nisba/shadda or consonant."""
    long, short, key = ("ū", "u", "uww") if unit.letter == "و" else ("ī", "i", "iyy")
    consonant = scheme.letters.get(unit.letter, "")
    previous = segments[-1] if segments and not first else None
    if unit.shadda and previous and previous.vowel == short:
        if last and unit.letter == "ي" and not unit.vowel:
            previous.vowel = long  # pausal nisba: ʿarabī
            return
        previous.vowel = ""
        segments.append(_Segment(scheme.vowels.get(key, short + consonant * 2), unit.vowel or unit.tanwin and unit.tanwin + "n"))
        return
    diphthong = "aww" if unit.letter == "و" else "ayy"
    if unit.shadda and previous and previous.vowel == "a" and diphthong in scheme.vowels:
        previous.vowel = ""  # DMG writes the diphthong, then the consonant: saiyid, Ḥauwāʾ
        segments.append(_Segment(scheme.vowels[diphthong], unit.vowel or unit.tanwin and unit.tanwin + "n"))
        return
    if previous is None or unit.vowel or unit.tanwin or unit.shadda:
        segments.append(_Segment(consonant * (2 if unit.shadda else 1), unit.vowel or (unit.tanwin + "n" if unit.tanwin else "")))
    elif previous.vowel == short or (previous.vowel in ("", "?") and not unit.sukun):
        previous.vowel = long
    elif previous.vowel == "a":
        previous.vowel = "au" if unit.letter == "و" else "ai"
    else:
        segments.append(_Segment(consonant))


def _ta_marbuta(segments: list[_Segment], unit: Unit, scheme: Scheme, construct: bool) -> None:
    if unit.vowel or unit.tanwin:
        segments.append(_Segment(scheme.ta_marbuta.construct, unit.vowel or unit.tanwin + "n"))
        return
    if segments and segments[-1].vowel == "ā":
        segments.append(_Segment("t" if construct else scheme.ta_marbuta.after_alif))
        return
    if segments and segments[-1].vowel in ("", "?"):
        segments[-1].vowel = "a"
    segments.append(_Segment(scheme.ta_marbuta.construct if construct else scheme.ta_marbuta.pausal))


def _consonant(segments: list[_Segment], unit: Unit, scheme: Scheme, first: bool) -> None:
    letter = unit.letter
    if letter in _HAMZA_SEATS and first:
        value = ""
        vowel = unit.vowel or {"إ": "i"}.get(letter, "a")
    else:
        if first and unit.sukun:
            segments.append(_Segment("", "i"))  # hamzat al-waṣl left unwritten: بْن ibn
        value = scheme.letter(letter) * (2 if unit.shadda else 1)
        vowel = unit.vowel
    if unit.dagger:
        vowel = "ā"
    elif unit.tanwin:
        vowel = unit.tanwin + "n"
    segments.append(_Segment(value, vowel))


#: Words whose long ā the spelling leaves out, with the letter that carries it (a dagger alif
#: in careful vocalization, often omitted: هَذَا is hāḏā, ذَلِكَ ḏālika, لَكِنْ lākin).
_DEFECTIVE_ALIF = {"هذا": 0, "هذه": 0, "هذان": 0, "هذين": 0, "هؤلاء": 0, "ذلك": 0, "ذلكم": 0,
                   "ذلكما": 0, "لكن": 0, "لكنه": 0, "لكنها": 0, "لكنهم": 0, "اولئك": 2, "أولئك": 2,
                   "اله": 1, "إله": 1, "رحمن": 2}


def render_units(units: list[Unit], scheme: Scheme, construct: bool = False, mark_unknown: bool = False) -> str:
    """Latin for vocalized units (one word without clitics and article)."""
    segments: list[_Segment] = []
    letters = "".join(u.letter for u in units)
    if letters in ("الله", "اللهم"):  # lafẓ al-ǧalāla: Allāh, allāhumma (whatever vowels were guessed)
        units[:2] = [Unit(units[0].letter), Unit(units[1].letter)]
        units[2].dagger = units[2].shadda = True
    elif letters in _DEFECTIVE_ALIF and not any(u.dagger for u in units):
        units[_DEFECTIVE_ALIF[letters]].dagger = True
    elif letters == "عمرو":  # the silent wāw that tells ʿAmr from ʿUmar
        units = units[:3]
    for index, unit in enumerate(units):
        if index + 1 < len(units) and _assimilated(unit, units[index + 1]):
            continue
        first, last = index == 0, index == len(units) - 1
        letter = unit.letter
        if letter == "ا":
            _alif(segments, unit, scheme, first, units[index + 1] if not last else None)
        elif letter == "آ":
            segments.append(_Segment("" if first else scheme.hamza, "ā"))
        elif letter == "ى":
            if segments and segments[-1].vowel == "i":
                segments[-1].vowel = "ī"
            elif segments and segments[-1].vowel not in ("an",):
                segments[-1].vowel = "maq"
        elif letter in "وي":
            _weak(segments, unit, scheme, first, last)
        elif letter == "ة":
            _ta_marbuta(segments, unit, scheme, construct)
        else:
            _consonant(segments, unit, scheme, first)
    return "".join(s.consonant + _vowel_latin(s.vowel, scheme, mark_unknown) for s in segments)


def _assimilated(unit: Unit, following: Unit) -> bool:
    """An unmarked letter before the same letter with shadda is written once, doubled
    (the l of الَّذِي, of اللّٰه)."""
    return following.shadda and following.letter == unit.letter and not (unit.vowel or unit.sukun or unit.tanwin)


# --- Sorani Kurdish orthography ------------------------------------------------------------

_KURDISH_VOWELS = frozenset("اەێۆ")


def is_kurdish(word: str) -> bool:
    return any(char in KURDISH_LETTERS for char in word)


def _kurdish_orthography(word: str) -> bool:
    """Sorani letters, or the Persian shapes ی ک that Kurdish (not Arabic) news uses."""
    return is_kurdish(word) or any(char in "یک" for char in word)


def render_kurdish(word: str, scheme: Scheme) -> str:
    """Sorani spells its vowels: ا ā, ە a, ێ ē, ۆ ō, وو ū; و/ی are u/ī between consonants,
    w/y next to a vowel, uw/iy between a consonant and a vowel (base.toml, [kurdish])."""
    letters = [{"ي": "ی", "ك": "ک"}.get(c, c) for c in clean(word)]
    out: list[str] = []
    vowel_before = True  # word start behaves like a vowel: initial و/ی are w/y
    index = 0
    while index < len(letters):
        char = letters[index]
        following = letters[index + 1] if index + 1 < len(letters) else ""
        if char == "و" and following == "و":
            out.append("ū")
            vowel_before, index = True, index + 2
            continue
        if char in "وی":
            glide, long = ("w", "ū") if char == "و" else ("y", "ī")
            short = "u" if char == "و" else "i"
            if vowel_before:
                out.append(glide)
                vowel_before = False
            elif following in _KURDISH_VOWELS:
                out.append(short + glide)
                vowel_before = False
            else:
                out.append(short if char == "و" and following else long)
                vowel_before = True
        elif char in _KURDISH_VOWELS:
            out.append(scheme.letters.get("ا", "ā") if char == "ا" else scheme.kurdish.get(char, ""))
            vowel_before = True
        elif char == "ة":
            out.append("a")
            vowel_before = True
        else:
            out.append(scheme.kurdish.get(char) or scheme.letter(char) or scheme.letters.get(char, ""))
            vowel_before = False
        index += 1
    return scheme.kurdish_value("".join(out))


# --- rules for unvocalized Arabic ----------------------------------------------------------

def _is_long_vowel_letter(key: str, index: int) -> bool:
    """Whether و/ي at ``index`` writes a long vowel (not the consonant w/y); a final وا is the
    plural -ū with its silent alif (ذهبوا)."""
    if index == 0:
        return False
    before, after = key[index - 1], key[index + 1: index + 2]
    if key[index:] == "وا" and len(key) > 3 and before not in "اوي":
        return True
    if after == "ا" or before in "اوي" or after in ("و", "ي") and index + 2 < len(key):
        return False
    return True


def vocalize_by_rules(word: str) -> str:
    """Add the marks the spelling implies (long vowels, ة, alif maqṣūra, nisba) and
    :data:`UNKNOWN` where a short vowel must be guessed: one per consonant cluster, so that
    syllables are CV(C) and never start with two consonants."""
    key = strip_arabic_diacritics(clean(word)).translate(_PERSIAN_SHAPES)
    marks = [""] * len(key)
    vowel_letter = [False] * len(key)
    for index, char in enumerate(key):
        if char == "ا" and index or char == "ى":
            vowel_letter[index] = True
        elif char in "وي" and _is_long_vowel_letter(key, index):
            vowel_letter[index] = True
            marks[index - 1] = DAMMA if char == "و" else KASRA
        elif char in "وي" and index and key[index + 1: index + 2] == "ا":
            marks[index] = FATHA  # a consonant before ā: Šiyāʿ, Wilāyāt
        elif char == "ؤ" and index and not vowel_letter[index - 1]:
            marks[index - 1] = DAMMA  # fuʾād, suʾāl
    if key.endswith("ية") and len(key) > 3 and not vowel_letter[-3]:
        marks[-3], marks[-2] = KASRA, SHADDA + FATHA
        vowel_letter[-2] = True
    if key.endswith("ة") and len(key) > 1 and not vowel_letter[-2] and not marks[-2]:
        marks[-2] = FATHA
    _guess_short_vowels(key, marks, vowel_letter)
    return "".join(char + mark for char, mark in zip(key, marks))


_IYA = regex.compile("(?<=[^اويى])[\u064b-\u0652\ue000]*ي[\u064b-\u0652\ue000]*ا$")
_SEAT_VOWEL = {"أ": (FATHA, DAMMA), "إ": (KASRA,)}
_INITIAL_SEAT = regex.compile("^([أإ])([\u064b-\u0652\ue000]*)")


def _as_spelt(vocalized: str) -> str:
    """A guessed vocalization made to agree with what the spelling itself says: an initial
    أ carries a or u and إ carries i (أنس Anas, إلياس Ilyās, whatever the pattern of the
    shape), and a final يا after a consonant in a word of five letters or more is -iyā, its
    ي a consonant (Īṭāliyā, Sūriyā, Turkiyā: country names; shorter words are feminine
    elatives, dunyā, ʿulyā, and keep their pattern)."""
    seat = _INITIAL_SEAT.match(vocalized)
    if seat and not set(seat[2]) & set(_SEAT_VOWEL[seat[1]]):  # a first letter has no other mark
        vocalized = seat[1] + _SEAT_VOWEL[seat[1]][0] + vocalized[seat.end():]
    if len(strip_arabic_diacritics(vocalized).replace(UNKNOWN, "")) < 5:
        return vocalized
    return _IYA.sub(KASRA + "ي" + FATHA + "ا", vocalized)


def _guess_short_vowels(key: str, marks: list[str], vowel_letter: list[bool]) -> None:
    """Within each run of consonants, a guessed vowel after every other consonant; the
    phase starts closed after a short vowel (initial alif) and open elsewhere."""
    after_short_vowel = False
    index = 0
    while index < len(key):
        if vowel_letter[index] or key[index] == "ة":
            after_short_vowel = False
            index += 1
            continue
        if index == 0 and key[0] in "اأإآ":
            after_short_vowel = True
            index += 1
            continue
        end = index
        while end < len(key) and not vowel_letter[end] and key[end] != "ة":
            end += 1
        open_syllable = not after_short_vowel
        for position in range(index, end):
            last_of_run = position == end - 1
            if not marks[position] and open_syllable and not last_of_run:
                marks[position] = UNKNOWN
            open_syllable = not open_syllable if not marks[position] or marks[position] == UNKNOWN else False
        index, after_short_vowel = end, False


# --- pronoun suffixes and proclitics of unknown words ---------------------------------------

#: Attached pronouns, longest first; a lone ه is only split off a known word.
PRONOUN_SUFFIXES = ("هما", "هم", "ها", "كم", "نا", "ه")
_SUFFIX_MARKS = {"هما": (DAMMA, FATHA, ""), "هم": (DAMMA, SUKUN), "ها": (FATHA, ""), "كم": (DAMMA, SUKUN),
                 "نا": (FATHA, ""), "ني": (KASRA, ""), "ه": (DAMMA,), "ك": (FATHA,), "ي": ("",)}
#: Suffixes that are also common word endings (ملك, عربي): attached only where they cannot be:
#: to a particle or preposition (إنك innaka, مني minnī, لي lī), and ك to a known word of three
#: letters or more (كتابك kitābuka).
_SHORT_SUFFIXES = ("ك", "ي")
#: One-letter prepositions as the base of a pronoun suffix (لَ before pronouns, but لِي).
_PREPOSITION_BASES = {"ل": "لَ", "ب": "بِ"}
#: Particles whose stem takes no case vowel before a suffix (minhā, ʿanhu) or a fixed one:
#: the adverbial accusative of prepositions (maʿahā, bainahum, ʿindahu, qablahu) and the
#: doubled n of anna / inna / lākinna (an is never suffixed: أنه is annahu).
_PARTICLE_VOWEL = {"من": SUKUN, "عن": SUKUN} | dict.fromkeys(
    "مع بين عند قبل بعد فوق تحت حول خلف امام دون نحو ضد وراء".split(), FATHA
) | dict.fromkeys(("ان", "لكن", "لعل"), SHADDA + FATHA)


#: Words that own their article, their ال is no clitic: Allāh, allāhumma and the relative
#: pronouns (الذي allaḏī, التي allatī, الذين allaḏīna …), keyed by what would follow ال.
_OWN_ARTICLE = frozenset({"له", "لهم", "ذي", "تي", "ذين", "لذان", "لتان", "لذين", "لتين", "لاتي", "لائي", "لواتي"})


def clitic_readings(word: str) -> list[tuple[str, str]]:
    """:func:`names.clitic_splits` with stems that start with alif (و + استئصال, و + الله),
    stacked proclitics (وب wa-bi-, ول wa-li-, فل fa-li-, ولل wa-li-l-) and the article
    before a two-letter stem (الحق al-ḥaqq, والدم wa-d-dam), which the shared splitter
    leaves whole."""
    readings = clitic_splits(word, before_alif=True)
    key = arabic_key(word)
    if key[:1] in _CLITIC_LETTERS and len(key) == 3:
        readings.append((key[0], key[1:]))  # wa-fī, fa-lā, bi-mā: a two-letter word after a clitic
    readings += [(clitic, key[len(clitic):]) for clitic in PROCLITICS
                 if clitic.endswith(("ال", "لل")) and key.startswith(clitic) and len(key) == len(clitic) + 2]
    for clitic, stem in list(readings):
        if clitic in ("و", "ف"):
            readings += [(clitic + inner, rest) for inner, rest in clitic_splits(stem, before_alif=True)[1:]
                         if inner[0] in "بلك"]
    letters = strip_arabic_diacritics(clean(word))  # the stems as written: على is ʿalā, علي ʿAlī
    return [(clitics, letters[len(clitics):]) for clitics, stem in dict.fromkeys(readings) if not (
        clitics.endswith(("ال", "لل")) and stem in _OWN_ARTICLE
        or clitics.endswith("ال") and letters[len(clitics) - 2: len(clitics) - 1] not in ("ا", "ٱ"))]  # إليها


#: Derivational endings of :meth:`Romanizer._derived` and the lexicon kinds they attach to
#: (-ūn not to names: Ḫaldūn, Ḥamdūn do not keep the vowels of a name Ḫālid, Ḥamad; the
#: feminine -a only to names, on a name: Saʿīda is Saʿīd's, where a noun in ة is seldom its
#: base's feminine: dawla, not duwala from duwal; and to any nisba: ǧuġrāfīya).
_DERIVED_ENDINGS = (("ية", ARABIC_KINDS), ("ي", ARABIC_KINDS), ("ون", {"word"}), ("ين", {"word", "name"}),
                    ("ات", {"word", "name"}), ("ا", {"word"}), ("ة", {"name"}))
#: The marks each ending puts on the base's last letter, and its own letters, vocalized.
_ENDING_FORMS = {"ية": (KASRA, "يّة"), "ي": (KASRA, "ي"), "ون": (DAMMA, "ون"), "ين": (KASRA, "ين"),
                 "ات": (FATHA, "ات"), "ا": ("\u064b", "ا"), "ة": (FATHA, "ة")}
#: fāʿī without a shadda is the active participle of a defective root (ثَانِي، نَادِي، فَادِي), whose
#: yāʾ is a root letter, not a nisba's: ṯāniya, Fādiya, not -īya.  (A few are the nisba of a
#: noun CāC, حَالِي ḥālī, which the lexicon writes so: its ḥālīyan is a row of its own.)
_DEFECTIVE_PARTICIPLE = regex.compile("^[^\u064b-\u0652]\u064eا[^\u064b-\u0652]\u0650ي\u0652?$")


def _is_nisba(vocalized: str) -> bool:
    """Does a vocalized word end in the nisba -ī (ِي, ِيّ), which takes every ending, even
    on a name (الحوثيون al-Ḥūṯīyūn)?"""
    return _FINAL_MARKS.sub("", vocalized).endswith(KASRA + "ي") and not _DEFECTIVE_PARTICIPLE.match(vocalized)


def _with_ending(base: str, ending: str, nisba: bool) -> str:
    """A vocalized base with a derivational ending: its ة and final marks give way to the
    ending's vowel (جِرَاحَة + ات: جِرَاحَات; مَكَّة + ي: مَكِّي).  The yāʾ of a ``nisba`` (see
    :func:`_is_nisba`) is doubled before a vowel, written with its shadda or not (حُوثِي + ين:
    حُوثِيِّين al-Ḥūṯīyīn, as سُورِيّ gives سُورِيِّين)."""
    letters = regex.sub(r"ة[\u064b-\u0652]*$", "", base)
    final = _FINAL_MARKS.search(letters)
    shadda = SHADDA if ending != "ي" and nisba or final and SHADDA in final.group() else ""
    letters = _FINAL_MARKS.sub("", letters)
    vowel, own = _ENDING_FORMS[ending]
    return letters + shadda + vowel + own


def _without_suffix(vocalized: str) -> str:
    """A vocalized word without its last letters if they spell a pronoun suffix (and at least
    three letters remain), marks kept with their letters."""
    key = arabic_key(vocalized)
    for suffix in PRONOUN_SUFFIXES:
        if key.endswith(suffix) and len(key) - len(suffix) >= 3:
            return vocalized[: _after_letters(vocalized, len(key) - len(suffix))]
    return vocalized


def _clitic_fits(clitics: str, stem: str, entry: LexiconEntry | None) -> bool:
    """Whether a proclitic reading may take this lexicon entry as its stem: before two
    letters only a particle (وفي, بما; ولد is walad, لبن laban), after the article no verb
    (a word with the article is a noun or adjective: العمل is al-ʿamal whatever the verb
    عَمِلَ), and ka- "like" never before a name (كريم is Karīm, not ka-Rīm)."""
    if entry is None or not clitics:
        return True
    if len(stem) == 2 and entry.kind != "word" or clitics.endswith(("ال", "لل")) and entry.tense:
        return False
    return not (clitics.endswith("ك") and entry.proper)


def _takes_suffix(base: str, suffix: str) -> bool:
    """Whether a known ``base`` (folded key) takes ``suffix``: see :data:`_SHORT_SUFFIXES`."""
    if suffix not in _SHORT_SUFFIXES:
        return True
    return base in _PARTICLE_VOWEL or suffix == "ك" and len(base) > 2 and not base.endswith("ى")


def attach_suffix(base: str, suffix: str, genitive: bool) -> str:
    """A vocalized stem with a pronoun suffix: ة becomes ت, ى becomes y (ʿalaihā), the stem
    takes its own final vowel (a verb: manaʿahā), none after a long vowel (fīhā), else the
    case vowel (u; i in a genitive phrase: bi-mulāḥaqatihim); hu/hum/humā become hi/him/himā
    after i, ī or ai."""
    letters = regex.sub(r"ة[\u064b-\u0652]*$", "ت", base)
    key = arabic_key(base)
    last_marks = regex.search(r"[\u064b-\u0652]*$", letters).group()
    if letters.endswith("ى"):
        letters = letters[:-1] + "ي" + SUKUN
    elif key in _PARTICLE_VOWEL:
        vowel = _PARTICLE_VOWEL[key]
        if suffix == "ي":  # minnī, ʿannī, innī, ʿindī
            vowel = (SHADDA if vowel != FATHA else "") + KASRA
        letters = letters[: len(letters) - len(last_marks)] + vowel
    elif suffix == "ي":
        letters = letters[: len(letters) - len(last_marks)] + (SHADDA if SHADDA in last_marks else "") + KASRA  # lī, bī
    elif not regex.search(f"[{FATHA}{DAMMA}{KASRA}]", last_marks) and not (letters[-1] in "اوي" and not last_marks):
        letters += KASRA if genitive else DAMMA
    return _with_pronoun(letters, suffix)


def _with_pronoun(letters: str, suffix: str) -> str:
    """A vocalized stem that ends in its own vowel, a long vowel or a sukūn, with ``suffix``
    (its own marks): hu/hum/humā become hi/him/himā after i, ī or ai."""
    front = regex.search(f"({KASRA}|{KASRA}ي|ي{SUKUN})$", letters.replace(SHADDA, ""))
    marks = _SUFFIX_MARKS[suffix]
    if front and suffix[0] == "ه" and marks[0] == DAMMA:
        marks = (KASRA,) + marks[1:]
    return letters + "".join(letter + mark for letter, mark in zip(suffix, marks))


# --- verbs ----------------------------------------------------------------------------------

#: Object pronouns of a verb (ني "me" only on a verb: ḥaddaṯanī, yuʿǧibunī).
OBJECT_SUFFIXES = ("هما", "هم", "ها", "كم", "نا", "ني", "ه", "ك")
#: Subject endings as written, per tense, with their vocalization after the stem (whose last
#: letter gives up its fatḥa), alone and before an object pronoun, where the plural's alif
#: goes (قالوه qālūhu) and the ن of the dual and plural takes its vowel (yaqūlūnahu,
#: yuʾakkidānihi).  The empty ending before a pronoun is the stem's own vowel: the perfect's a
#: (manaʿahā), the imperfect's indicative u (yunaffiḏuhā).
SUBJECT_ENDINGS = {
    "perfect": {"": (FATHA, FATHA), "ت": (FATHA + "ت" + SUKUN,) * 2, "تا": (FATHA + "ت" + FATHA + "ا",) * 2,
                "ا": (FATHA + "ا",) * 2, "وا": (DAMMA + "وا", DAMMA + "و")},
    "imperfect": {"": ("", DAMMA), "ان": (FATHA + "ان", FATHA + "ان" + KASRA),
                  "ون": (DAMMA + "ون", DAMMA + "ون" + FATHA), "وا": (DAMMA + "وا", DAMMA + "و"),
                  "ا": (FATHA + "ا",) * 2},
}
#: The imperfect's person prefixes beside ي (he): ت she (and you), ن we, أ I, with ي's vowel.
PERSON_PREFIXES = "تنأ"
_FAALA = (FATHA, FATHA, FATHA)


def _after_sa(entry: LexiconEntry) -> bool:
    """Is a lexicon row an imperfect when the future prefix sa- stands before it?  Any word
    in yaC- or yuC- is: only a verb takes sa-, so the hollow يَقُول needs no proof of being one."""
    return entry.kind == "word" and entry.vocalized.startswith(("يَ", "يُ"))


def _written_ending(ending: str, suffix: str) -> str:
    return "و" if suffix and ending == "وا" else ending


def inflect(vocalized: str, ending: str, suffix: str, tense: str, prefix: str = "") -> str:
    """A vocalized verb (perfect or imperfect 3rd person masculine singular) with a person
    prefix for its ي, a subject ending and an object pronoun.  A final ى is written ا before a
    pronoun (أعطاه aʿṭāhu); a final long vowel takes no vowel of its own (yuʿṭīhi)."""
    if prefix:
        vocalized = prefix + vocalized[1:]
    if suffix and vocalized.endswith("ى"):
        vocalized = vocalized[:-1] + "ا"
    final = _FINAL_MARKS.search(vocalized)
    letters = _FINAL_MARKS.sub("", vocalized) + (SHADDA if final and SHADDA in final.group() else "")
    alone, before = SUBJECT_ENDINGS[tense][ending]
    own = before if suffix else alone
    if not ending and not final and letters[-1] in "اىوي":
        own = ""
    return _with_pronoun(letters + own, suffix) if suffix else letters + own


#: The gutturals that, as a verb's second or third radical, give its imperfect an a.
_GUTTURALS = frozenset("ءأإؤئعحه")


def _guttural_imperfect(vocalized: str) -> str:
    """A guessed imperfect of the simple verb, yaCCuC or yaCCiC, with a for its stem vowel
    when its second or third radical is a guttural, as such verbs mostly have (يَشْهَد
    yašhadu, يَجْعَل yaǧʿalu, يَفْعَل yafʿalu; not the yaCCuC a pattern guesses)."""
    letters, marks = strip_arabic_diacritics(vocalized), template(vocalized)
    if (marks is None or len(letters) != 4 or marks[:2] != (FATHA, SUKUN) or marks[2] not in (DAMMA, KASRA)
            or not set(letters[2:]) & _GUTTURALS):
        return vocalized
    return letters[0] + FATHA + letters[1] + SUKUN + letters[2] + FATHA + letters[3]


def _perfect_template(vocalized: str) -> bool:
    final = _FINAL_MARKS.search(vocalized)
    return bool(final) and FATHA in final.group()


# --- choosing evidence --------------------------------------------------------------------

#: Letters that need no mark of their own in a vocalized word: alif (with madda or waṣla too),
#: alif maqṣūra, tāʾ marbūṭa (its vowel is the letter's before), and و ي as long vowels.
_SILENT_LETTERS = frozenset("اآٱىةوي")
_ARABIC_LETTER = regex.compile(r"\p{Arabic}(?<![\u064b-\u0652\u0670\u0640])")


def _wasl_vowel(vocalized: str) -> str:
    """A guess that opens with a bare alif, a fatḥa and a consonant cluster (aǧtāḥa, atfaqā)
    reads the alif as hamzat al-waṣl, with i (iǧtāḥa, itfaqā): a text that writes its hamzas
    writes af'al with أ (أكبر), and a bare alif before two consonants opens forms VII to X and
    their verbal nouns.  Names keep the guess: they drop their hamza more often (اسامة)."""
    if not vocalized.startswith("ا"):
        return vocalized
    first = 2 if vocalized[1:2] == FATHA else 1  # the alif with a guessed fatḥa, or none
    if len(vocalized) <= first + 1 or not _ARABIC_LETTER.match(vocalized, first):
        return vocalized
    if vocalized[first + 1] == SUKUN or _ARABIC_LETTER.match(vocalized, first + 1):
        return "ا" + KASRA + vocalized[first:]
    return vocalized


def fully_vocalized(written: str) -> bool:
    """Does ``written`` carry a haraka (or sukūn or shadda) on every consonant but the last
    and the article's lām?  News marks only some letters (وفقاً, الشّعب, عُقد): such a word is
    read as unvocalized, with the lexicon, instead of taking its few marks for all its
    vowels (wfqan, ʿuqd); a vocalized text (the Qur'an, hadith) marks them all."""
    letters = list(_ARABIC_LETTER.finditer(written))
    for number, match in enumerate(letters[:-1]):
        article_lam = match.group() == "ل" and number and letters[number - 1].group() in "اٱ"
        if match.group() in _SILENT_LETTERS or article_lam:
            continue
        end = match.end()
        if not (_HARAKAT.match(written, end) or written[end:end + 1] == "ا" and _HARAKAT.match(written, end + 1)):
            return False  # (editions type the marks of a letter before alif after the alif: لاَ, كِتَاباً)
    return True


@dataclass(frozen=True)
class _Split:
    clitics: str  # one-letter proclitics (و ف ب ك ل) before the stem
    article: bool
    stem: str  # as written (vocalized or not), without clitics and article


def _written_article(written: str, clitics: str) -> bool:
    """Whether the ال that ends ``clitics`` is the article in a vocalized word: its alif and
    lām carry no vowel (وَالِدُهُ is wāliduhu) but the kasra before hamzat al-waṣl (الِاسْم
    al-ism), and a lām with sukūn stands before a moon letter or a doubled one (فَالْتَفَتَ
    is fa-iltafata: the article would double the ت)."""
    units = units_of(written)
    lam = len(clitics) - 1
    if len(units) <= lam + 1:
        return False
    alif, lam_unit, following = units[lam - 1], units[lam], units[lam + 1]
    before_wasl = following.letter == "ا" and not following.vowel
    if (clitics.endswith("ال") and (alif.vowel or alif.tanwin) or lam_unit.vowel and not before_wasl
            or lam_unit.tanwin or lam_unit.shadda):
        return False
    return not (lam_unit.sukun and following.letter in _SUN_LETTERS and not following.shadda)


def _split_written(written: str, clitics: str) -> _Split:
    """Split the written word after the letters of ``clitics`` (a reading from
    :func:`names.clitic_splits`), keeping marks with their letters."""
    article = clitics.endswith("ال") or clitics.endswith("لل")
    bare = clitics[:-2] if clitics.endswith("ال") else clitics[:-1] if clitics.endswith("لل") else clitics
    return _Split(bare, article, written[_after_letters(written, len(clitics)):])


def _after_letters(written: str, letters: int) -> int:
    """The offset in ``written`` just after its first ``letters`` base letters and their marks."""
    count = 0
    for cut, char in enumerate(written):
        if not _MARK_CHAR.match(char):
            if count == letters:
                return cut
            count += 1
    return len(written)


@dataclass
class _Choice:
    split: _Split
    latin: str
    source: str
    confidence: float
    proper: bool
    words: int = 1
    kind: str = ""  # the lexicon kind; "name" for a table entry or a word read as a name
    verb: bool = False  # a verb, of the lexicon or of its verb patterns: no name, no genitive


@dataclass
class Romanizer:
    """Romanizes words and text in one scheme with one table and lexicon."""

    scheme: Scheme
    table: Table | None = None
    lexicon: Lexicon = field(default_factory=default_lexicon)
    mark_unknown: bool = False
    diacritizer: object | None = None
    _choices: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    # ---- evidence
    def _table_choice(self, written: str) -> _Choice | None:
        if self.table is None:
            return None
        for clitics, stem in clitic_splits(written):
            entry = self.table.lookup(stem)
            if entry is not None and entry.status != Status.REJECTED and _keyed(entry, stem):
                split = _split_written(written, clitics)
                split = _Split(split.clitics, split.article and entry.article != "none", split.stem)
                return _Choice(split, entry.latin, "table", CONFIDENCE["table"], True, kind=self._proper_kind(stem))
        return None

    def _proper_kind(self, stem: str) -> str:
        """A table name's kind (person, place, organisation) as the lexicon knows it: a
        guessed word before a personal name is its first part (تحسين الخفاجي), not before
        an organisation (فلول داعش)."""
        entry = self.lexicon.lookup(stem)
        return entry.kind if entry is not None and entry.kind in PROPER_KINDS else "name"

    def _lexicon_choice(self, written: str, construct: bool, bare: bool = False, name: bool = False,
                        ) -> _Choice | None:
        """The lexicon's reading of a word, clitics split off.  In a name line a one-letter
        proclitic is not split off before a short word of the vocabulary: باسم is Bāsim, not
        bi-ism, كمال Kamāl, not ka-māl, برد Burd, not bi-radd (but ولأن is wa-liʾanna)."""
        key = arabic_key(written)
        if key[:1] in _PREPOSITION_BASES and key[1:] in PRONOUN_SUFFIXES:
            return None  # لهم is lahum, not li- + the pronoun hum: the rules attach it
        # A word that owns its ال (the verb التقى iltaqā, الذي) comes before the article
        # reading of its rest (والتقى is wa-iltaqā, not wa-t-Taqī).
        readings = sorted(clitic_readings(written),
                          key=lambda reading: not (reading[1].startswith("ال") and reading[1] in self.lexicon.exact))
        for clitics, stem in readings:
            if bare and clitics not in ("", "ال"):
                continue
            entry = self.lexicon.lookup(stem)
            if entry is not None and not _clitic_fits(clitics, stem, entry):
                continue
            if name and not _splits_on_name_line(clitics, entry):
                continue
            if (entry is not None and name and len(clitics) == 1 and entry.kind == "word" and len(arabic_key(stem)) <= 3
                    and entry.arabic not in FATHA_PARTICLES):
                continue
            if entry is None and not clitics and (self._suffixed(stem) or self._known_verb(stem)):
                return None  # لكنه is lākinnahu before li- + a word كنه, وصلوا waṣalū: the rules inflect
            if entry is not None:
                return self._entry_choice(entry, _split_written(written, clitics), construct)
        return None

    def _entry_choice(self, entry: LexiconEntry, split: _Split, construct: bool) -> _Choice:
        return _Choice(split, self._entry_latin(entry, split, construct), "lexicon", CONFIDENCE["lexicon"],
                       entry.proper, kind=entry.kind, verb=bool(entry.tense))

    def _entry_latin(self, entry: LexiconEntry, split: _Split, construct: bool) -> str:
        if entry.kind == "foreign":
            return entry.latin
        if entry.kind == "kurdish" and entry.latin:
            return self.scheme.kurdish_value(entry.latin)
        parts = entry.vocalized.split(" ")
        rendered = []
        for number, part in enumerate(parts):
            if number and arabic_key(part) == "الله":
                rendered[-1:] = self._theophoric(rendered[-1], entry.proper, entry.kind == "org")
                continue
            owns_article = number and arabic_key(part).startswith("ال") and len(arabic_key(part)) > 3
            inner = _split_written(part, "ال") if owns_article else _Split("", False, part)
            has_article = inner.article or (number == 0 and split.article)
            word_construct = entry.kind != "name" and not has_article and not self._proper_part(inner.stem) and (
                _governs(parts[number + 1]) if number < len(parts) - 1 else construct)
            stem = drop_initial_shadda(inner.stem) if has_article else inner.stem
            latin = render_units(units_of(stem), self.scheme, word_construct, self.mark_unknown)
            if number and inner.article:
                elide = rendered[-1].endswith(("ū", "ī", "ā")) and arabic_key(parts[number - 1]) in _KUNYA
                rendered.append(self.article(inner.stem, elide and self.scheme.article.elide_after_vowel) + _cap(latin, entry.proper))
            else:
                rendered.append(_cap(latin, entry.proper) if number else latin)
        return " ".join(rendered)

    def _proper_part(self, vocalized: str) -> bool:
        """Is this word of a multiword entry a name or place on its own?  A proper noun is
        definite and governs no genitive: Makka al-Mukarrama (an adjective follows), where a
        common noun is in construct (Madīnat al-Kūt)."""
        entry = self.lexicon.lookup(strip_arabic_diacritics(vocalized))
        return entry is not None and entry.kind in ("name", "place")

    def _theophoric(self, before: str, proper: bool, organisation: bool = False) -> list[str]:
        """ʿAbd Allāh; joined in DMG practice, a person's name with the a it is said with
        (ʿAbdallāh, Naṣrallāh), an organisation's in the nominative of its name (Ḥizbullāh,
        Anṣārullāh, Katāʾib Ḥizbullāh)."""
        allah = "ll" + self.scheme.vowels.get("long_a", "ā") + "h"
        if not self.scheme.join_allah:
            return [before, _cap("a" + allah, proper)]
        return [before + ("u" if organisation else "a") + allah]

    def _rules_choice(self, written: str, construct: bool, genitive: bool = False, name: bool = False,
                      bare: bool = False) -> _Choice:
        split = _split_written(written, "ال" if bare and arabic_key(written).startswith("ال") else
                               "" if bare else self._rules_clitics(written, name))
        if _HARAKAT.search(split.stem):
            stem = drop_initial_shadda(split.stem) if split.article and arabic_key(split.stem) != "له" else split.stem
            latin = render_units(units_of(stem), self.scheme, construct and not split.article)
            return _Choice(split, latin, "rules", CONFIDENCE["vocalized"], False)
        if _kurdish_orthography(split.stem):
            return _Choice(split, render_kurdish(split.stem, self.scheme), "rules", 0.5, True)
        stem = _MEDIAL_YA.sub("ي", split.stem)  # شىء: ى is only final, a medial one is a dotless ي
        genitive = genitive or bool(split.clitics[-1:]) and split.clitics[-1] in "بلك"
        verb = not split.article  # after the article a word is a noun or adjective: الصامت is no صام + -at
        known = None if self.mark_unknown else self._known_form(stem, genitive, name or bare, verb)
        if known:  # lexicon evidence, before any diacritizer
            form = known[0] if name or split.article else _wasl_vowel(known[0])
            latin = render_units(units_of(form), self.scheme, construct and not split.article)
            return _Choice(split, latin, "rules", CONFIDENCE["known form"], False, kind=known[1], verb=known[1] == "word")
        vocalized = self._diacritize(stem)
        if vocalized:
            latin = render_units(units_of(vocalized), self.scheme, construct and not split.article)
            return _Choice(split, latin, "diacritizer", CONFIDENCE["diacritizer"], False)
        vocalized, confidence, kind = self._guess(stem, genitive, name or bare, verb)
        if not name and not split.article:
            vocalized = _wasl_vowel(vocalized)
        latin = render_units(units_of(vocalized), self.scheme, construct and not split.article, self.mark_unknown)
        return _Choice(split, latin, "rules", confidence, False, kind=kind, verb=kind == "word")

    def _rules_clitics(self, written: str, name: bool = False) -> str:
        """The proclitics of a word no evidence knows: the article with what precedes it
        (unless only the whole is a known word); else a clitic before a written hamza seat;
        else a one-letter (or stacked) clitic when the rest is a known word or a more
        plausible shape than the whole (واستئصالها: wa- + a form X verbal noun; بغداد stays);
        else none.  و is a conjunction far more often than a root letter, so it is split on a
        tie, but before two letters only when they are a known word (وفي wa-fī; وهب stays
        Wahb); ب ف ك ل are root letters of many short words (فلول, بحث), so they are split off
        only before a known word or a rest of four letters or more.  In a name (a name line)
        only a known word is split off (وجدي is Waǧdī, not wa-ǧiddī)."""
        readings = clitic_readings(written)
        unvocalized = not _HARAKAT.search(written)
        with_article = [r for r in readings if r[0].endswith(("ال", "لل")) and (unvocalized or _written_article(written, r[0]))]
        if with_article:
            longest = max(with_article, key=lambda r: len(r[0]))
            if unvocalized and self._known(readings[0][1]) and not self._known(longest[1]):
                return ""  # اليها (ilaihā written without its hamza) is no al- word
            return longest[0]
        if _HARAKAT.search(written):
            return self._vocalized_clitic(written)
        letters = strip_arabic_diacritics(clean(written))
        before_hamza = [r for r in readings if r[0] and letters[len(r[0]):][:1] in ("أ", "إ", "آ") and len(r[1]) > 2]
        if before_hamza:  # فأخبرني, بأطول: no root begins with one of these letters and a hamza
            return max(before_hamza, key=lambda r: len(r[0]))[0]
        readings = [reading for reading in readings if self._clitic_allowed(*reading, name)]
        best = max(readings, key=lambda r: (self._plausibility(r[1]), len(r[0])))
        whole, split = self._plausibility(readings[0][1]), self._plausibility(best[1])
        if whole == math.inf:
            return ""  # a known word with a suffix or an ending (ولايات: wilāyāt, not wa-li-āyāt)
        return best[0] if split > whole or split == whole and best[0].startswith("و") else ""

    def _clitic_allowed(self, clitics: str, stem: str, name: bool) -> bool:
        """Whether an unknown word may be read as ``clitics`` + ``stem`` (see
        :meth:`_rules_clitics`)."""
        if not clitics:
            return True
        if name and not _splits_on_name_line(clitics, self.lexicon.lookup(stem)):
            return False
        if len(stem) == 2:
            return self._particle(stem)
        if self._known(stem):
            return _clitic_fits(clitics, stem, self.lexicon.lookup(stem))
        return not name and (clitics.startswith("و") or len(stem) >= 4)

    def _plausibility(self, stem: str) -> float:
        """How likely ``stem`` is one Arabic word: known to the lexicon (alone or before a
        pronoun suffix) beats any shape; else how many lexicon words share its shape."""
        return math.inf if self._known(stem) else self.lexicon.patterns.support(stem)

    def _particle(self, stem: str) -> bool:
        """A two-letter rest after a proclitic is a particle or a preposition with a pronoun
        (وفي wa-fī, بما bi-mā, وله wa-lahu), never a name (ولد is walad, not wa-Ludd)."""
        entry = self.lexicon.lookup(stem)
        return entry is not None and entry.kind == "word" or self._suffixed(stem) is not None

    def _known(self, stem: str) -> bool:
        """A lexicon word, alone, before a pronoun suffix, with a derivational ending or, if a
        verb, inflected."""
        return bool(self.lexicon.lookup(stem) or self._known_verb(stem) or self._suffixed(stem)
                    or self._derived(stem))

    def _derived(self, stem: str, name: bool = False) -> str | None:
        """The vocalized form of a lexicon word with a derivational ending: the nisba -ī /
        -īya of any Arabic entry (بغدادي Baġdādī, مكي Makkī from مكة, العلمية al-ʿilmīya),
        the sound plurals -ūn / -īn / -āt and the accusative -an of a general word (and
        -īn / -āt of a name: مؤمنين muʾminīn, جراحات ǧirāḥāt from جراحة, عرفات ʿArafāt); read as
        a name, also the feminine -a of a name (سعيدة Saʿīda from سعيد) and a name's masculine
        (:meth:`_masculine`), which in running text are nouns as often (زينة zīna, فضيلة faḍīla
        beside the names Zain, Fuḍail).  The base keeps its own vowels, which no pattern
        guesses as well."""
        for ending, kinds in _DERIVED_ENDINGS:
            base = stem[: -len(ending)]
            if not stem.endswith(ending) or len(arabic_key(base)) < 2:
                continue
            seated = base[:-1] + "ء" if base[-1:] in "أؤئ" else base  # شيئا: the base is شيء
            for candidate in (seated, base + "ة") if ending in ("ات", "ي", "ية") else (seated,):
                entry = self.lexicon.lookup(candidate)
                nisba = entry is not None and _is_nisba(entry.vocalized)
                if (entry is not None and (entry.kind in kinds and (name or ending != "ة") or nisba)
                        and " " not in entry.vocalized
                        and len(arabic_key(candidate)) > 2 and entry.vocalized[-1:] not in (FATHA, DAMMA, KASRA)):
                    return _with_ending(entry.vocalized, ending, nisba)
        return self._masculine(stem) if name else None

    def _masculine(self, stem: str) -> str | None:
        """A name the lexicon has only in the feminine, its vowels without the ة (Saʿīd from
        Saʿīda, as :meth:`_derived` gives Saʿīda from Saʿīd); not for a stem ending in a vowel
        letter (على is no عليّة without its ة)."""
        entry = self.lexicon.lookup(stem + "ة") if stem[-1:] not in "اويىةء" else None
        if entry is None or entry.kind != "name" or " " in entry.vocalized:
            return None
        return regex.sub("[\u064b-\u0652]*ة[\u064b-\u0652]*$", "", entry.vocalized)

    def _suffixed(self, stem: str) -> tuple[str, str] | None:
        """(vocalized base, suffix) when ``stem`` is a lexicon word plus a pronoun suffix
        (منها, قياداتها; a base in ت is looked up in ة: سلامتهم, one in ا in ى: معناه,
        أعطاه), or li-/bi- with one (لهم lahum, بها bihā: the prepositions that are written
        joined to a pronoun)."""
        for suffix in PRONOUN_SUFFIXES + _SHORT_SUFFIXES:
            base = stem[: -len(suffix)]
            if stem.endswith(suffix) and base in _PREPOSITION_BASES:
                return _PREPOSITION_BASES[base], suffix
            if not stem.endswith(suffix) or len(arabic_key(base)) < 2:
                continue
            for candidate in (base[:-1] + "ى" if base.endswith(("ي", "ا")) else "", base,
                              base[:-1] + "ة" if base.endswith("ت") else ""):
                entry = self.lexicon.lookup(candidate) if candidate else None
                if (entry is not None and entry.kind in ARABIC_KINDS and " " not in entry.vocalized
                        and _takes_suffix(arabic_key(candidate), suffix)):
                    if base.endswith("ا") and candidate.endswith("ى"):  # معناه maʿnāhu; فانا is no في + نا
                        if not entry.vocalized.endswith("ى"):
                            continue
                        return entry.vocalized[:-1] + "ا", suffix
                    return entry.vocalized, suffix
        return None

    def _inflected_verb(self, stem: str, future: bool = False) -> str | None:
        """The vocalization of a lexicon verb under a subject prefix or ending and an object
        pronoun: a perfect with -at, -atā, -ā (dual) or -ū (plural, its alif silent): قالت
        qālat, اتفقا ittafaqā, قالوا qālū; an imperfect with ت ن أ for its ي and -ān, -ūn, -ū,
        -ā: تقول taqūl, يؤكدان yuʾakkidān, يقولون yaqūlūn; either with an object pronoun:
        ينفذها yunaffiḏuhā, قالوه qālūhu, حدثني, أعطاه aʿṭāhu.  The perfect faʿala takes no
        -ā: نقلا, فضلا are the accusatives naqlan, faḍlan far more often than duals; a bare
        ت before a doubled second radical is the verbal noun tafaʿʿul as often as tufaʿʿil (تشكل).
        ``future``: after sa-, any word in yaC- or yuC- is an imperfect (:func:`_after_sa`)."""
        for suffix in ("",) + OBJECT_SUFFIXES:
            if suffix and not stem.endswith(suffix):
                continue
            body = stem[: len(stem) - len(suffix)]
            for tense, endings in SUBJECT_ENDINGS.items():
                for ending in endings:
                    written = _written_ending(ending, suffix)
                    if not body.endswith(written) or len(body) - len(written) < 2:
                        continue
                    base = body[: len(body) - len(written)]
                    for candidate, prefix in self._verb_bases(base, tense, bool(suffix or ending)):
                        entry = self.lexicon.lookup(candidate)
                        if entry is None or candidate.endswith("ى") > entry.arabic.endswith("ى"):
                            continue  # يراه is يرى's, not a folded يري's
                        if entry.tense != tense and not (future and tense == "imperfect" and _after_sa(entry)):
                            continue
                        if tense == "perfect" and ending == "ا" and template(entry.vocalized) == _FAALA:
                            continue
                        if prefix == "ت" and not (ending or suffix) and SHADDA in (template(entry.vocalized) or ("",) * 3)[2]:
                            continue  # تشكل: the noun tašakkul as often as tušakkil
                        return inflect(entry.vocalized, ending, suffix, tense, prefix)
        return None

    def _known_verb(self, stem: str) -> str | None:
        """The vocalization of a lexicon verb inflected, or an imperfect under sa-."""
        return self._inflected_verb(stem) or self._future_verb(stem)

    def _future_verb(self, stem: str) -> str | None:
        """A lexicon imperfect under the future prefix sa- (سيكون sayakūn, ستكون satakūn,
        سيريدون sayurīdūn), written joined as in vocalized text (سَيَكُونُ): no clitic, since
        only a verb takes it and سيف, سيد are no سـ + a word.  Any word of the lexicon in yaC- or
        yuC- is taken for the imperfect it is after sa-, bare or inflected (the hollow and weak
        ones too: يَكُون, يَعْنِي, which :attr:`LexiconEntry.tense` leaves to nouns such as يَمِين:
        سيقولون sayaqūlūn)."""
        rest = stem[1:]
        if stem[:1] != "س" or rest[:1] not in "ي" + PERSON_PREFIXES:
            return None
        entry = self.lexicon.lookup("ي" + rest[1:])
        if entry is not None and _after_sa(entry):
            vocalized = inflect(entry.vocalized, "", "", "imperfect", rest[0] if rest[0] != "ي" else "")
        else:
            vocalized = self._inflected_verb(rest, future=True)
        return FATHA.join(("س", vocalized)) if vocalized and vocalized[:1] in "ي" + PERSON_PREFIXES else None

    @staticmethod
    def _verb_bases(base: str, tense: str, inflected: bool) -> list[tuple[str, str]]:
        """The lexicon spellings (3rd person masculine singular) a verb stem may come from,
        with the person prefix that replaces the imperfect's ي; a final ا before a pronoun is
        the verb's ى (أعطاه, يراه)."""
        stems = [base] + ([base[:-1] + "ى"] if base.endswith("ا") and inflected else [])
        bases = [(stem, "") for stem in stems if inflected]
        if tense == "imperfect" and base[:1] in PERSON_PREFIXES and len(base) > 2:
            bases += [("ي" + stem[1:], stem[0]) for stem in stems]
        return bases

    def _guessed_verb(self, stem: str) -> str | None:
        """A verb the lexicon lacks, read by the patterns of the verbs it has: an imperfect
        of ي or ت with -ūn, -ān, -ū (its base guessed as a ي word: يستخدمون yastaḫdimūn,
        تواجهان); a perfect with -ū on the verb pattern of its shape (ذهبوا ḏahabū), or with
        -ā or -at where the base's shape is mostly verbs (اتفقا ittafaqā, استقبلت
        istaqbalat).  A word in ي is tried as an imperfect first, others as a perfect."""
        readings = (self._guessed_imperfect, self._guessed_perfect)
        for reading in readings if stem.startswith("ي") else readings[::-1]:
            vocalized = reading(stem)
            if vocalized:
                return vocalized
        return None

    def _guessed_imperfect(self, stem: str) -> str | None:
        for ending in ("ان", "ون", "وا"):
            base = stem[: -len(ending)]
            if not stem.endswith(ending) or base[:1] not in "يت" or len(base) < 3:
                continue
            guess = self.lexicon.patterns.guess("ي" + base[1:])
            if guess and guess.vocalized[1:2] in (FATHA, DAMMA):
                vocalized = _guttural_imperfect(guess.vocalized)
                return inflect(vocalized, ending, "", "imperfect", base[0] if base[0] != "ي" else "")
        return None

    def _guessed_perfect(self, stem: str) -> str | None:
        for ending in ("وا", "ا", "ت"):
            base = stem[: -len(ending)]
            if not stem.endswith(ending) or len(arabic_key(base)) < 3 or ending == "ا" and stem.endswith(("ها", "نا")):
                continue  # أخبرنا, أسفلها: a pronoun, not the dual of a verb in ن or ه
            guess = self.lexicon.patterns.guess(base, verb=ending == "وا")
            if guess and _perfect_template(guess.vocalized) and not (
                    ending == "ا" and template(guess.vocalized) == _FAALA):
                return inflect(guess.vocalized, ending, "", "perfect")
        return None

    def _known_form(self, stem: str, genitive: bool, name: bool = False, verb: bool = True,
                    ) -> tuple[str, str] | None:
        """The vocalization of a stem the lexicon knows as an inflected verb (unless ``verb``
        is false), under a pronoun suffix or with a derivational ending (the base's own
        vowels), and its kind: ``word`` for a verb (never a name), else none."""
        inflected = self._known_verb(stem) if verb else None
        if inflected:
            return inflected, "word"
        known = self._suffixed(stem)
        if known:
            return attach_suffix(known[0], known[1], genitive), ""
        derived = self._derived(stem, name)
        return (derived, "") if derived else None

    def _guess(self, stem: str, genitive: bool, name: bool = False, verb: bool = True) -> tuple[str, float, str]:
        """Marks for a stem no evidence knows, the confidence in them and the kind (``word``
        for a verb): an inflected verb of the lexicon's verb patterns (if ``verb``), else the lexicon's most
        likely pattern for the stem's shape (with or without a two-letter pronoun suffix, which
        takes the indicative u after an imperfect in ي), else one guessed vowel per consonant
        cluster.  ``--mark-unknown`` asks for no guessing, so only the spelling's own vowels
        are kept."""
        if self.mark_unknown:
            return vocalize_by_rules(stem), 0.1, ""
        inflected = self._guessed_verb(stem) if verb else None
        if inflected:
            return _as_spelt(inflected), 0.5, "word"
        guess = self.lexicon.patterns.guess(stem, name=name)
        for suffix in PRONOUN_SUFFIXES:
            base_guess = self._guessed_base(stem, suffix)
            if base_guess and (guess is None or base_guess.level < guess.level):
                vocalized = attach_suffix(base_guess.vocalized, suffix, genitive and not stem.startswith("ي"))
                return vocalized, round(0.3 + 0.3 * base_guess.share, 2), ""
        if guess:
            return _as_spelt(guess.vocalized), round(0.3 + 0.3 * guess.share, 2), ""
        vocalized = _as_spelt(vocalize_by_rules(stem))
        return vocalized, round(max(0.1, 0.5 - 0.1 * vocalized.count(UNKNOWN)), 2), ""

    def _guessed_base(self, stem: str, suffix: str) -> Guess | None:
        """The pattern guess for ``stem`` without a pronoun suffix: a two-letter one on any
        base, ه only on a base in ت, read as a noun in ة (إشارته išāratuhu, not a stem
        išārat-h): a word in ه is far more often a root's own letter (توجه, شبه)."""
        if not stem.endswith(suffix):
            return None
        base = stem[: -len(suffix)]
        if base.endswith("ت") and len(arabic_key(base)) >= 3:
            return self.lexicon.patterns.guess(base[:-1] + "ة")
        return self.lexicon.patterns.guess(base) if len(suffix) > 1 else None

    def _vocalized_clitic(self, written: str) -> str:
        """The proclitic وَ فَ كَ بِ لِ of a vocalized word, or none.  Before a vowelled hamza or
        hamzat al-waṣl it is one (وَأَنَّ wa-anna, فَانْطَلَقَ fa-inṭalaqa: no root begins with
        و or ف followed by either); before a letter with sukūn or shadda it is not (وَقْت,
        وَدَّ: no word begins so).  Else the lexicon decides (وَكَتَبَ wa-kataba if it knows كتب,
        وَزِير stays whole if it knows وزير), and failing it the learned patterns: the rest is
        split off when its marks are at least as common in its shape as the whole word's
        (وَجَلَسَ: jalasa is a common CaCaCa, a four-letter CaCaCaCa is not), and وَ فَ also
        when no lexicon word of the whole's shape has its marks (وَيُؤْكَلُ).  Before a bare
        alif and a vowelled letter the clitic's a would make the rest begin with a long ā: the
        word is one (وَاثِلَة wāṯila, وَارِث wāriṯ, not wa-āriṯ because the lexicon knows إِرْث),
        unless the rest as written, marks and all, is a lexicon word."""
        units = units_of(written)
        if len(units) < 3 or units[0].letter not in _CLITIC_LETTERS or units[0].vowel != _CLITIC_VOWEL[units[0].letter]:
            return ""
        clitic, second, third = units[0].letter, units[1], units[2]
        waṣl = second.letter == "ا" and third.sukun and len(units) > 3  # not a pausal كَانْ
        if second.letter in "أإآ" and (second.vowel or second.letter == "آ") or waṣl:
            return clitic
        whole, stem = arabic_key(written), arabic_key(written)[1:]
        if second.sukun or second.shadda or self.lexicon.lookup(whole):
            return ""
        if second.letter == "ا" and not (second.vowel or second.tanwin or third.shadda) and third.vowel:  # wāṯila, wāriṯ
            return clitic if self._reads_as_written(_split_written(written, clitic).stem) else ""
        if clitic in _PREPOSITION_BASES and stem in PRONOUN_SUFFIXES:
            return ""  # بِهِمْ is bihim, one word
        if len(stem) < 3:  # a particle or a preposition with a pronoun (وَفِي, وَلَهُ), not وَلَد
            return clitic if self._particle(stem) else ""
        if self._known(stem):
            return clitic
        body = _without_suffix(written)  # the shapes of وَضَعَهُ are those of وَضَعَ: waḍaʿahu
        if len(arabic_key(body)) < 4:
            return ""
        patterns = self.lexicon.patterns
        rest, whole_share = pausal(_split_written(body, clitic).stem), patterns.share(pausal(body))
        return clitic if patterns.share(rest) >= whole_share > 0 or clitic in "وف" and whole_share == 0 else ""

    def _reads_as_written(self, vocalized: str) -> bool:
        """A lexicon word of these very letters whose vocalization agrees with the written
        marks (the last letter's aside)."""
        entry = self.lexicon.exact.get(strip_arabic_diacritics(clean(vocalized)))
        marks = template(pausal(vocalized))
        return entry is not None and bool(entry.vocalized) and marks is not None and (
            template(entry.vocalized) or ())[:-1] == marks[:-1]

    def _diacritize(self, stem: str) -> str:
        if self.diacritizer is None:
            return ""
        result = pausal(self.diacritizer(arabic_key(stem)).strip())
        return result if arabic_key(result) == arabic_key(stem) and regex.search("[\u064e-\u0650]", result) else ""

    # ---- assembling
    def article(self, stem: str, elide: bool) -> str:
        """The article before ``stem`` (unvocalized key or written form): al-, aš-, l-, Al ."""
        rules = self.scheme.article
        first = arabic_key(stem)[:1]
        if rules.assimilate and first in rules.sun_letters:
            return ("" if elide else "a") + self.scheme.letter(first) + rules.separator
        return rules.prefix[1:] + rules.separator if elide else rules.prefix + rules.separator

    def assemble(self, choice: _Choice, after_vowel: bool = False, name_start: bool = True) -> str:
        """Clitics, article and stem, capitalised as the scheme wants."""
        scheme, rules = self.scheme, self.scheme.article
        split = choice.split
        latin = plain(choice.latin) if choice.proper and scheme.plain_names else choice.latin
        clitics = split.clitics
        lil = split.article and clitics.endswith("ل")
        prefix = "".join(scheme.clitics.get(c, "") + scheme.clitic_separator for c in (clitics[:-1] if lil else clitics))
        elide = bool(clitics) and rules.elide_after_clitic or after_vowel and rules.elide_after_vowel
        if not split.article:
            owns_article = arabic_key(split.stem).startswith("ال") and latin[:1] in "aA"
            if elide and owns_article:
                latin = latin[1:]  # hamzat al-waṣl of a word that owns its article (bi-llāh)
            return prefix + _cap_words(latin, choice.proper and not (elide and owns_article))
        assimilated = rules.assimilate and arabic_key(split.stem)[:1] in rules.sun_letters
        if lil and not assimilated:
            article = rules.lil
        else:
            prefix += scheme.clitics.get("ل", "li") + scheme.clitic_separator if lil else ""
            article = self.article(split.stem, elide)
        if rules.capitalize and choice.proper and name_start and not prefix:
            article = article[:1].upper() + article[1:]
        return prefix + article + _cap_words(latin, choice.proper)

    def choose(self, written: str, construct: bool, genitive: bool = False, name: bool = False,
               bare: bool = False) -> _Choice:
        """The best evidence for one word; ``name`` for a word of a name line, ``bare`` for a
        name after ibn, bint or abū, which takes no one-letter proclitic (ابن بكير is Ibn
        Bukair, not bi-Keir; أبو بكر is Abū Bakr)."""
        key = (written, construct, genitive, name, bare)
        if key not in self._choices:  # running text repeats its words; a choice is never changed in place
            if len(self._choices) > CHOICE_CACHE:
                self._choices.clear()
            if _HARAKAT.search(written) and not fully_vocalized(written):
                written = strip_arabic_diacritics(written)
            self._choices[key] = (
                self._table_choice(written)
                or (None if _HARAKAT.search(written) else self._lexicon_choice(written, construct, bare, name))
                or self._rules_choice(written, construct, genitive, name, bare)
            )
        return self._choices[key]

    def word(self, written: str) -> Token:
        choice = self.choose(written, False)
        return Token(written, self.assemble(choice), choice.source, choice.confidence, 0, len(written))

    def text(self, text: str) -> tuple[str, list[Token]]:
        """Romanize every Arabic-script run of ``text``; everything else passes through.

        Three passes over the words: evidence for each (with the genitive phrase it stands
        in), then constructs that depend on the next words' evidence, then capitals."""
        words = self._read(text)
        self._mark_constructs(text, words)
        self._mark_anna(text, words)
        self._mark_bismi(text, words)
        self._mark_year(text, words)
        _capitalise(words)
        self._filiation(words)
        out: list[str] = []
        tokens: list[Token] = []
        done, after_vowel, previous = 0, False, None
        for word in words:
            out.append(_passthrough(text[done:word.start]))
            written = text[word.start:word.end]
            name_start = not (word.adjacent and previous is not None and previous.choice.proper)
            latin = self.assemble(word.choice, after_vowel and word.adjacent, name_start)
            out.append(latin)
            tokens.append(Token(written, latin, word.choice.source, word.choice.confidence, word.start, word.end))
            after_vowel, done, previous = _ends_in_vowel(written), word.end, word
        out.append(_passthrough(text[done:]))
        return "".join(out), tokens

    def _read(self, text: str) -> list[_Word]:
        """First pass: the evidence for every word or known multiword name, in order."""
        matches = list(_WORD.finditer(text))
        name_lines = _name_line_starts(text)
        words: list[_Word] = []
        index, previous_end, genitive = 0, -2, False
        while index < len(matches):
            start = matches[index].start()
            adjacent = _joined(text, previous_end, start)
            genitive = genitive and adjacent  # punctuation or a line end closes the phrase
            name_line = text.rfind("\n", 0, start) + 1 in name_lines
            after_opener = adjacent and bool(words) and _opens_name(words[-1].choice, strong=True)
            count, choice = self._longest(text, matches, index, genitive, name_line, after_opener)
            end = matches[index + count - 1].end()
            choice = self._lone_proclitic(choice, text[end:end + 1]) or choice
            word = _Word(start, end, choice, adjacent, genitive, name_line, after_opener)
            if name_line:
                word.choice = self._as_name(choice, adjacent)
            words.append(word)
            genitive = _genitive_after(choice, genitive)
            previous_end, index = end, index + count
        return words

    def _lone_proclitic(self, choice: _Choice, after: str) -> _Choice | None:
        """و ف ب ك ل written on their own are the proclitics, not letters: typed before a
        parenthesis or a quotation mark (و(التحالف) wa-(at-taḥāluf), or cut off by a stray
        space (wa at-taḥāluf)."""
        stem = arabic_key(choice.split.stem)
        if choice.split.clitics or choice.split.article or stem not in self.scheme.clitics:
            return None
        joined = bool(after) and not after.isspace()
        latin = self.scheme.clitics[stem] + (self.scheme.clitic_separator if joined else "")
        return _Choice(choice.split, latin, "rules", CONFIDENCE["known form"], False, kind="word")

    def _mark_constructs(self, text: str, words: list[_Word]) -> None:
        """A noun in ة without the article, followed by a genitive (a word with the article, a
        known name, or a bare noun that is itself followed by one), is a construct:
        Wizārat al-Ṯaqāfa, ḥukūmat iqlīm Kurdistān, muḥāfaẓat Arbīl; an adjective (nisba) or a
        particle after it is not a genitive (ḥukūma ǧadīda, nusḫa minhu)."""
        for number, word in enumerate(words):
            stem = arabic_key(word.choice.split.stem)
            if (word.choice.words > 1 or word.choice.source == "table" or word.choice.split.article
                    or not stem.endswith("ة") or word.choice.kind in ("name", "foreign", "kurdish")):
                continue
            if _genitive_follows(words, number + 1) or (
                _bare_noun(words, number + 1) and _genitive_follows(words, number + 2)
            ):
                word.choice = self.choose(
                    text[word.start:word.end], True, word.genitive, word.name_line, word.after_opener)
                if word.name_line:
                    word.choice = self._as_name(word.choice, word.adjacent)

    def _mark_anna(self, text: str, words: list[_Word]) -> None:
        """Unvocalized أن is anna (that, with a subject) before a definite noun, a name, a
        construct phrase or a demonstrative (an opening bracket or quote between them too:
        anna (Dāʿiš)) and after li- (لأن li-anna, because), else an (to, before a verb):
        akkada anna l-qūwāt, anna qiyādat al-ʿamalīyāt, anna ḏālika, yaǧib an yakūn."""
        for number, word in enumerate(words):
            choice = word.choice
            split = choice.split
            if (choice.source != "lexicon" or arabic_key(split.stem) != "ان" or split.stem.startswith("إ")
                    or _HARAKAT.search(split.stem)
                    or not (split.clitics.endswith("ل") or _subject_follows(text, words, number + 1))):
                continue
            latin = render_units(units_of("أَنَّ"), self.scheme)
            word.choice = replace(choice, latin=latin)

    def _mark_bismi(self, text: str, words: list[_Word]) -> None:
        """باسم after a spokesman (المتحدث باسم, الناطق الرسمي باسم) or before a common noun
        without the article (باسم قوات التحالف) is bi-ism "in the name of", not the name Bāsim
        (who is followed by a name or a nisba: Bāsim al-Ḫafāǧī); a construct before its
        genitive."""
        for number, word in enumerate(words[1:], 1):
            if not word.adjacent or arabic_key(text[word.start:word.end]) != "باسم":
                continue
            before = {arabic_key(w.choice.split.stem) for w in words[max(0, number - 2):number]}
            following = words[number + 1] if number + 1 < len(words) and words[number + 1].adjacent else None
            common_noun = following is not None and following.choice.kind == "word" and not following.choice.split.article
            if not (before & _SPOKESMEN or common_noun):
                continue
            split = _split_written(text[word.start:word.end], "ب")
            entry = self.lexicon.lookup(split.stem)
            if entry is not None:
                word.choice = self._entry_choice(entry, split, _genitive_follows(words, number + 1))

    def _mark_year(self, text: str, words: list[_Word]) -> None:
        """عام before a number, or العام before الماضي الحالي المقبل …, is ʿām "year" (ʿām
        2017, al-ʿām al-ḥālī), not ʿāmm "general" (the lexicon's reading: al-amīn al-ʿāmm)."""
        for number, word in enumerate(words):
            split = word.choice.split
            following = words[number + 1] if number + 1 < len(words) and words[number + 1].adjacent else None
            adjective = following is not None and text[following.start:following.end] in _YEAR_ADJECTIVES
            if (arabic_key(split.stem) == "عام" and not _HARAKAT.search(split.stem)
                    and (_NUMBER_AFTER.match(text, word.end) or split.article and adjective)):
                latin = render_units(units_of("عَام"), self.scheme)
                word.choice = replace(word.choice, latin=latin, source="rules", kind="word")

    def _filiation(self, words: list[_Word]) -> None:
        """Unvocalized ibn between two names is the scheme's ibn (bin, bn), lower case:
        Muḥammad ibn Salmān, ʿUrwa ibn az-Zubair (a name that starts with it keeps Ibn; after
        a general word it starts one: qāla Ibn ʿAbbās)."""
        for number, word in enumerate(words[1:-1], 1):
            split = word.choice.split
            before = words[number - 1].choice
            between_names = word.adjacent and words[number + 1].adjacent and (before.proper or before.kind != "word")
            if (between_names and arabic_key(split.stem) in ("بن", "ابن") and not split.clitics
                    and not _HARAKAT.search(split.stem)):
                word.choice = replace(word.choice, latin=self.scheme.ibn, proper=False)

    def _may_open_entry(self, word: str) -> bool:
        """Whether ``word``, perhaps after proclitics, is the first word of a multiword lexicon
        entry (a cheap test that spares the lookups of word groups that cannot match)."""
        key = arabic_key(word)
        return any(key[len(clitic):] in self.lexicon.firsts for clitic in ("",) + PROCLITICS if key.startswith(clitic))

    def _as_name(self, choice: _Choice, adjacent: bool) -> _Choice:
        """A word of a name line: capitalised, except ibn/bin inside a name."""
        if adjacent and arabic_key(choice.split.stem) in ("بن", "ابن") and not choice.split.clitics:
            return replace(choice, latin=self.scheme.ibn, proper=False)
        return replace(choice, proper=True)

    def _longest(self, text: str, matches: list, index: int, genitive: bool, name: bool,
                 bare: bool = False) -> tuple[int, _Choice]:
        """The longest run of adjacent words the table or the lexicon knows as one name
        (دير الزور), else the single word."""
        longest = max(self.lexicon.longest, 4 if self.table else 1)
        if not self.table and not self._may_open_entry(matches[index].group()):
            longest = 1
        for words in range(min(longest, len(matches) - index), 1, -1):
            group = matches[index: index + words]
            if all(_joined(text, a.end(), b.start()) for a, b in zip(group, group[1:])):
                written = " ".join(m.group() for m in group)
                choice = self._table_choice(written) or self._lexicon_choice(written, False)
                if choice:
                    return words, replace(choice, words=words)
        following = (
            index + 1 < len(matches) and _joined(text, matches[index].end(), matches[index + 1].start())
            and _has_article(matches[index + 1].group())
        )
        return 1, self.choose(matches[index].group(), following, genitive, name, bare)


@dataclass
class _Word:
    """A word (or known multiword name) of the text and its evidence, between passes."""

    start: int
    end: int
    choice: _Choice
    adjacent: bool  # joined to the previous word by spaces only
    genitive: bool  # inside a phrase governed by a preposition
    name_line: bool = False
    after_opener: bool = False  # right after ibn, bint, abū: a name


#: Prepositions that put the following phrase in the genitive (bi-mulāḥaqatihim).
PREPOSITIONS = frozenset("في من على الى عن مع بين حتى عند نحو حول خلال ضد عبر دون قبل بعد فوق تحت امام خلف لدي منذ".split())
#: Words that open a new clause, closing a genitive phrase.
_CLAUSE_WORDS = frozenset("ان انه انها قد لا لم لن ما كما الذي التي الذين حيث او ثم بل لكن اذا".split())
#: Title words after which an unknown bare word is a name (اللواء تحسين).
TITLES = frozenset("سيد رئيس جنرال لواء عميد شيخ دكتور استاذ وزير نائب عقيد مقدم فريق ملا قاضي امام حاج سفير نقيب".split())


def _genitive_after(choice: _Choice, genitive: bool) -> bool:
    """Whether the next word stands in a genitive phrase: after a preposition (fī, bi-),
    until a clause word; coordination (wa-) keeps the phrase."""
    stem = arabic_key(choice.split.stem)
    if choice.split.clitics[-1:] in ("ب", "ل", "ك") or (not choice.split.clitics and stem in PREPOSITIONS):
        return True
    return genitive and stem not in _CLAUSE_WORDS


def _genitive_follows(words: list[_Word], number: int) -> bool:
    """Word ``number`` is joined to its predecessor and is definite: it has the article or is
    a known name."""
    if number >= len(words) or not words[number].adjacent:
        return False
    choice = words[number].choice
    if not choice.split.clitics and arabic_key(choice.split.stem) in _FILIATION:
        return False  # ʿUrwa ibn az-Zubair: a name in apposition, not a genitive
    if choice.split.clitics:
        return False  # Baʿšīqa wa-Baḥzānī, wizāra bi-l-ʿIrāq: a conjunction or a preposition is no genitive
    return choice.split.article or choice.source in ("table", "lexicon") and choice.kind in PROPER_KINDS


def _subject_follows(text: str, words: list[_Word], number: int) -> bool:
    """After أن: a definite phrase, or a demonstrative or ``هناك`` (there is), next to it or
    behind an opening bracket or quote."""
    if number >= len(words):
        return False
    between = text[words[number - 1].end:words[number].start]
    if words[number].adjacent or between.strip(" ") in _OPENERS:
        word = replace(words[number], adjacent=True)
        # the phrase is at most three words long: read it from the word taken as joined
        return (arabic_key(word.choice.split.stem) in _DEMONSTRATIVES and not word.choice.split.clitics
                or _definite_phrase_follows([word, *words[number + 1:number + 3]], 0))
    return False


def _definite_phrase_follows(words: list[_Word], number: int) -> bool:
    """A definite word, or one or two bare nouns before one (a construct phrase: qiyādat
    al-ʿamalīyāt, raʾīs iqlīm Kurdistān), is joined at ``number``."""
    return any(all(_bare_noun(words, number + k) for k in range(bare)) and _genitive_follows(words, number + bare)
               for bare in range(3))


def _bare_noun(words: list[_Word], number: int) -> bool:
    """A joined word without clitics or article that is neither a particle, a verb nor a
    nisba adjective (iqlīm in ḥukūmat iqlīm Kurdistān)."""
    if number >= len(words) or not words[number].adjacent:
        return False
    choice = words[number].choice
    stem = arabic_key(choice.split.stem)
    return (not choice.split.clitics and not choice.split.article and choice.kind not in PROPER_KINDS and not choice.verb
            and stem not in PREPOSITIONS and stem not in _CLAUSE_WORDS and not stem.endswith(("ي", "ية")))


def _capitalise(words: list[_Word]) -> None:
    """Capitals for the words no evidence names: in running text only names are capitalised,
    so a guessed word is a name only after a title (اللواء تحسين), beside a known personal
    name (تحسين الخفاجي, X بارزاني), on a name line, or next to the words of filiation and
    kunya (عروة بن, بن يزيد, أبو هريرة: ʿUrwa ibn …, ibn Yazīd, Abū Huraira).  Words with
    proclitics or pronoun suffixes are never taken for names, nor words with the verbal
    prefixes ي ن but next to ibn or abū (Yazīd, Nāfiʿ)."""
    for number, word in enumerate(words):
        if word.choice.source not in ("rules", "diacritizer") or word.name_line or word.choice.kind:
            continue
        previous = words[number - 1].choice if number and word.adjacent else None
        following = words[number + 1].choice if number + 1 < len(words) and words[number + 1].adjacent else None
        before_ibn = following is not None and _opens_name(following) and arabic_key(following.split.stem) in _FILIATION
        lineage = previous is not None and _opens_name(previous) or before_ibn
        word.choice = replace(word.choice, proper=_name_like(word.choice, lineage) and (
            lineage
            or previous is not None and _title(previous)
            or previous is not None and previous.kind == "name" and _continues_name(word.choice)
            or following is not None and following.kind == "name" and not word.choice.split.article
            and not arabic_key(word.choice.split.stem).endswith("ة")
        ))
        if word.choice.proper:
            word.choice = replace(word.choice, kind="name")


def _title(choice: _Choice) -> bool:
    return not choice.split.clitics and arabic_key(choice.split.stem) in TITLES


#: Words that open or continue a name: the next word is a name (ibn, bint; the kunya abū, abī,
#: abā; ḏū).
NAME_OPENERS = frozenset({"بن", "ابن", "بنت"}) | _KUNYA
#: ibn and bint, which stand between two names.
_FILIATION = frozenset({"بن", "ابن", "بنت"})


#: The openers that no ordinary word follows (أبي is also "my father", ذا "this").
_STRONG_OPENERS = _FILIATION | {"ابو"}


def _opens_name(choice: _Choice, strong: bool = False) -> bool:
    openers = _STRONG_OPENERS if strong else NAME_OPENERS
    return not choice.split.clitics and not choice.split.article and arabic_key(choice.split.stem) in openers


def _name_like(choice: _Choice, lineage: bool = False) -> bool:
    stem = arabic_key(choice.split.stem)
    return (not choice.split.clitics and (lineage or not stem.startswith(("ي", "ن")))
            and not stem.endswith(PRONOUN_SUFFIXES[:-1]))


def _continues_name(choice: _Choice) -> bool:
    """After a personal name: another bare name (Masrūr Bārzānī) or a nisba with the article
    (Taḥsīn al-Ḫafāǧī), not any word with the article (ʿAlī al-maǧāmīʿ)."""
    return not choice.split.article or arabic_key(choice.split.stem).endswith("ي")


def _splits_on_name_line(clitics: str, entry: LexiconEntry | None) -> bool:
    """May a word of a short line (a names list, a catalogue's list of title words) be read
    as these proclitics + the rest?  The article, wa-, and a preposition before the article
    (bi-l-ʿIrāq, lil-ṭibāʿa) are clear; fa- never opens a name or a title word (فيصل Faiṣal);
    a preposition before a bare word only when the rest is a word of the vocabulary, not a
    name (لدراسة li-dirāsa, لابن li-Ibn, but برزان Barzān, not bi-Razān) and not unknown."""
    if clitics in ("", "و") or clitics.endswith(("ال", "لل")):
        return "ف" not in clitics
    if "ف" in clitics:
        return False
    return entry is not None and (entry.kind == "word" or arabic_key(entry.arabic) in NAME_OPENERS)


_NAME_LINE = regex.compile(r"[ \t\p{M}[\p{Arabic}&&\p{L}]]+", regex.V1)
MAX_NAME_WORDS = 6
#: Particles that make a short line a phrase or a sentence, not a name (في الدار, لم يحضر):
#: prepositions, conjunctions of clauses, negations, demonstratives and relatives.
#: Compared with the hamza seats folded but ى kept (على is no علي ʿAlī).
_SEAT_FOLD = str.maketrans("أإآ", "ااا")
_SENTENCE_WORDS = frozenset(word.translate(_SEAT_FOLD) for word in """في من إلى على عن مع منذ حتى أن
إن لم لن لا ما قد هذا هذه ذلك تلك الذي التي الذين كان كانت قال""".split())


def _name_line_starts(text: str) -> set[int]:
    """Offsets of lines that hold only a few unvocalized Arabic words and nothing else: a list
    of names (one per line), whose words are all capitalised (al-Ǧaiš al-ʿIrāqī, Iqlīm
    Kurdistān).  Vocalized lines are text and keep the scheme's lower case."""
    starts, offset = set(), 0
    for line in text.split("\n"):
        if (_NAME_LINE.fullmatch(line.rstrip("\r")) and len(line.split()) <= MAX_NAME_WORDS
                and not _HARAKAT.search(line) and not _SENTENCE_WORDS.intersection(map(_without_conjunction, line.split()))):
            starts.add(offset)
        offset += len(line) + 1
    return starts


def _without_conjunction(word: str) -> str:
    key = strip_arabic_diacritics(clean(word)).translate(_SEAT_FOLD)
    return key[1:] if key[:1] in "وف" and key[1:] in _SENTENCE_WORDS else key


def _joined(text: str, end: int, start: int) -> bool:
    """Two Arabic words separated by spaces only (one phrase)."""
    return end >= 0 and start > end and text[end:start].strip(" ") == "" and "\n" not in text[end:start]


def _keyed(entry, stem: str) -> bool:
    """The entry is this stem's own (not found by the table's article fallback), so that
    the reading's clitics and article are rendered by the scheme."""
    key = arabic_key(stem)
    return entry.arabic == key or key in {arabic_key(v) for v in entry.arabic_variants}


def _governs(following: str) -> bool:
    """Inside a multiword entry, is a noun followed by its genitive: a word with the article or
    a bare noun or name (Munaẓẓamat Badr, Ḥarakat Bābilyūn), not a nisba adjective?"""
    return _has_article(following) or not arabic_key(following).endswith(("ي", "ية"))


def _has_article(word: str) -> bool:
    """A following word with the article makes a noun in ة a construct (Wizārat al-…)."""
    return arabic_key(word).startswith("ال")  # not وال بال لل: a conjunction or a preposition


def _ends_in_vowel(written: str) -> bool:
    """A vocalized word ending in a short vowel, or a kunya word (Abū), elides a following
    article in DIN 31635."""
    if arabic_key(written) in _KUNYA:
        return True
    if not _HARAKAT.search(written):
        return False
    units = units_of(written)
    last, before = units[-1], units[-2] if len(units) > 1 else Unit("")
    if last.vowel in ("a", "i", "u"):
        return True  # also under a shadda: ummi l-muʾminīn
    bare = not (last.tanwin or last.shadda or last.sukun)
    return bare and (last.letter in "اى" or last.letter == "ي" and before.vowel == "i"
                     or last.letter == "و" and before.vowel == "u")  # fī l-baiti


def pausal(vocalized: str) -> str:
    """A vocalized word read in pausa, as names and citation forms are romanized: its final
    short vowel or tanwīn becomes a sukūn (kitābun → kitāb; the sukūn keeps a final و/ي a
    consonant: waḥy), a shadda stays (ḥaqq, pausal nisba ʿAlī), and the alif that carries
    tanwīn fatḥa goes with it (kitāban → kitāb; hudan → hudā)."""
    word = regex.sub("\u064b(?=ى$)", FATHA, vocalized)
    if strip_arabic_diacritics(word).endswith("عمرو"):  # the case ending sits before the silent wāw
        word = regex.sub("[\u064b-\u0652]+(?=و$)", SUKUN, word)
    if _TANWIN_ALIF.search(word):
        word = _TANWIN_ALIF.sub("", word)[:-1]
    marks = _FINAL_MARKS.search(word)
    if not marks:
        return word
    return word[: marks.start()] + (SHADDA if SHADDA in marks.group() else "") + SUKUN


def _passthrough(text: str) -> str:
    """Non-Arabic text: Arabic punctuation and digits become Latin, invisible marks go."""
    return _INVISIBLE.sub("", text.translate(ARABIC_PUNCTUATION).translate(_ARABIC_DIGITS))


def drop_initial_shadda(stem: str) -> str:
    """The article writes the doubling of a sun letter (al-šams, not al-ššams)."""
    for index, char in enumerate(stem[1:4], 1):
        if char == SHADDA:
            return stem[:index] + stem[index + 1:]
        if not _HARAKAT.match(char):
            break
    return stem


def plain(latin: str) -> str:
    """Without dots and macrons, keeping ʿayn/hamza (IJMES names)."""
    import unicodedata

    decomposed = unicodedata.normalize("NFD", latin)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def _cap(latin: str, proper: bool) -> str:
    """Capitalise the first letter (after a leading ʿayn/hamza mark) of a name."""
    if not proper:
        return latin
    for index, char in enumerate(latin):
        if char.isalpha() and char not in AYN_HAMZA_MARKS:
            return latin[:index] + char.upper() + latin[index + 1:]
    return latin


#: An article written with a space (BGN/PCGN al, ash, az …), never capitalised inside a name.
_SPACED_ARTICLE = regex.compile(r"a[lḏdrzsštṯṣḍṭẓnḑţş]\p{M}?h?")


def _cap_words(latin: str, proper: bool) -> str:
    """Every word of a name capitalised after its article (al-ʿAmalīyāt al-Muštaraka); ibn,
    bin and bn stay lower case."""
    if not proper:
        return latin
    words = latin.split(" ")
    for number, word in enumerate(words):
        if number and word in ("ibn", "bin", "bn") or _SPACED_ARTICLE.fullmatch(word) and number < len(words) - 1:
            continue
        head, dash, tail = word.rpartition("-")
        words[number] = head + dash + _cap(tail, True) if dash and number else _cap(word, True)
    return " ".join(words)


@lru_cache(maxsize=1)
def mishkal_vocalizer():
    """mishkal's vocalizer when the optional ``diacritize`` extra is installed (GPL, never a
    default dependency), else ``None``."""
    try:
        from mishkal.tashkeel import TashkeelClass  # type: ignore[import-not-found]
    except ImportError:
        return None
    vocalizer = TashkeelClass()
    return lru_cache(maxsize=65536)(vocalizer.tashkeel)


def mishkal_installed() -> bool:
    """Is the ``diacritize`` extra there?  Asked without importing mishkal (a third of a
    second), which is loaded only when a word first needs it."""
    return importlib.util.find_spec("mishkal") is not None


def _mishkal_on_demand(text: str) -> str:
    """mishkal's vocalization of ``text``, mishkal being loaded on the first call: a text
    whose words the table and lexicon know never loads it."""
    vocalizer = mishkal_vocalizer()
    return vocalizer(text) if vocalizer else ""


def romanize_text(
    text: str, scheme: Scheme, table: Table | None = None, mark_unknown: bool = False,
    lexicon: Lexicon | None = None, diacritize: bool = False,
) -> tuple[str, list[Token]]:
    """Romanize Arabic-script runs of ``text`` (layout, Latin text and digits kept)."""
    romanizer = Romanizer(
        scheme, table, lexicon if lexicon is not None else default_lexicon(), mark_unknown,
        _mishkal_on_demand if diacritize else None,
    )
    return romanizer.text(text)


def romanize_word(word: str, scheme: Scheme, table: Table | None = None) -> Token:
    """One word (with its clitics and article) romanized."""
    return Romanizer(scheme, table).word(word)
