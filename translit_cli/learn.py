"""Learning the house table: pair Arabic names with their Latin renderings in aligned text.

Unvocalized Arabic has no capital letters, so which Arabic words are names is decided by the
English side: an Arabic token becomes a pair only when an English name candidate in the
aligned paragraph(s) sounds like it.  Precision matters more than recall (a wrong pair would be
applied to every later item), so a pair needs

* the same first consonant class and a close consonant skeleton (rapidfuzz on scheme-neutral
  skeletons, coarse classes for letters houses write differently: ج j/g/ǧ, ق q/k, ب/پ …),
  tried over the spellings that write one sound (إسحاق Is-haq, عيسى ʿĪsā, Muslims مسلمين),
  with the vowels of the lexicon's reading where it knows the stem (عُمَر 'Umar, عَمْرو ʿAmr),
* the same kind of onset (alif, hamza and ʿayn are a vowel in Latin: شاة is never "Aisha"),
  long vowels that agree (Zaid is زيد, not زاد) and no nisba mismatch (العراق is not
  "Iraqi", العراقي is not "Iraq"),
* one-to-one matching inside a bead, best score first; ties go to the match next to another
  match on both sides (names come in chains: Jabir bin `Abdullah), then to position,
* and agreement across occurrences: a second round prefers, among rival Arabic words that
  sound alike (عمر, عامر, عمرو for 'Umar), the partner the Latin form had most often; a weak
  match is kept only as a spelling variant of a strong form of the same name (Pešmaga beside
  Pešmarga).

Names are more than single words: name particles (ابن bin/b., أبو Abu, أم Umm, بني Banu) are
matched by meaning and only inside a chain, exonyms (مصر Egypt, يوسف Joseph) by meaning too,
two Arabic words may be one Latin word (عبد الله `Abdullah, ذي القعدة Dhul-Qa'da, أبي هريرة
AbuHurayrah), and a quote-like character at the edge of a Latin name is its ʿayn or hamza
when the Arabic has one there (`Auf for عوف).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Callable, Iterable, Mapping, Sequence

import regex
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from .align import Alignment, MeaningModel, align_documents
from .documents import Document, Paragraph
from .lexicon import ARABIC_KINDS, LexiconEntry, default_exonyms, default_lexicon
from .names import (
    DETACHED_ARTICLE, LatinCandidate, arabic_sound_skeleton, arabic_vowelled, clitic_splits, latin_candidates,
    latin_sound_skeleton, latin_vowelled, vocalized_vowelled,
)
from .normalize import ARABIC_WORD, LATIN_WORD, arabic_key, arabic_skeleton, fold_latin, strip_arabic_diacritics
from .style import HouseStyle, infer_style
from .table import FormPreference, Table, entry_from_counts, merge_tables

if TYPE_CHECKING:
    from .schemes import Scheme

#: A pair at or above this score stands on its own; between WEAK and STRONG it needs a strong
#: form of the same Arabic name that it is a spelling variant of.
STRONG, WEAK = 0.8, 0.66
#: How much a difference in relative position (0..1) costs when ranking rival pairs.
POSITION_WEIGHT = 0.1
#: Folded similarity above which a weak Latin form counts as a variant of a strong one.
VARIANT_SIMILARITY = 0.8
#: Function words, never names, whatever the English side offers: prepositions (also with a
#: pronoun suffix: عليه sounds like "Allah"), pronouns, demonstratives, conjunctions, common
#: verbs of saying and telling (حدثنا "he told us" is not "Hadith").  Compared as written but
#: for hamza seats (ى kept: على is a preposition, علي the name ʿAlī).
_HAMZA_FREE = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا"})
ARABIC_FUNCTION_WORDS = frozenset(word.translate(_HAMZA_FREE) for word in """
في من على الى إلى عن مع ان أن إن هذا هذه ذلك تلك التي الذي الذين كان كانت قد لا لم لن ما ثم او
أو بين عند حتى كل بعد قبل منذ ضد نحو خلال حول اليوم امس أمس غدا عام وقال قال وقالت قالت
له لها لهم لهما لنا لك لكم لي به بها بهم بك بي فيه فيها فيهم منه منها منهم مني منك عنه عنها
عنهم عني عليه عليها عليهم عليك عليكم إليه إليها إليهم إلي معه معها معهم عنده عندها عندهم
هو هي هم هما هن نحن أنا أنت أنتم إنه إنها إنهم أنه أنها أنهم إنما إذا إذ إذن لما لو لولا كما
كذلك بهذا لهذا وهذا وهذه وهو وهي أيضا إلا أي كيف متى أين ليس ليست يا قالوا قلت فقال فقالت يقول
وكان وكانت ولا ولم وما ومن وفي وعلى فإن فلما ذا ذات إياه إياها إياهم إياي إياك
حدثنا حدثني حدثه حدثهم يحدث وحدثنا وحدثني أخبرنا أخبرني أخبره أنبأنا سمعت سمعنا
""".split())
_ARTICLES = ("ال", "لل")
#: The article with the proclitics before it, longest first.
_ARTICLE_FORMS = ("وبال", "وال", "فال", "بال", "كال", "لل", "ال")
#: Quote-like characters that write ʿayn or hamza at the edge of a word (`Abdullah, 'Aisha,
#: Nafi`, Bara'), and the modifier letters (ʿ ʾ ʻ ʼ) at its end, where a Latin word ends on
#: a letter (normalize.LATIN_WORD) and scholarly text writes them (Badīʻ, Iftāʼ); at the
#: start they are part of the word already.  At the edge the quote-like ones may also be
#: quotation marks, so the aligned Arabic decides (see :func:`_rendered`).
_EDGE_MARKS = frozenset("`'\u2018\u2019\u00b4\u02b9\u02bf\u02be\u02bb\u02bc")
#: Arabic letters that a mark at the end of a Latin word renders: ʿayn and hamza on any seat.
_FINAL_AYN_HAMZA = frozenset("عءأإئؤ")
#: Arabic letters after which a Latin rendering begins with a vowel: alif, hamza, ʿayn.
_VOWEL_ONSET = frozenset("اأإآٱعءئؤ")
#: Name particles by what they mean, as Arabic keys and as folded Latin words.  They sound
#: alike in any chain, so they are matched by class and only next to a matched name.
_ARABIC_PARTICLES = {"بن": "son", "ابن": "son", "بنت": "daughter", "ابو": "father", "ابي": "father",
                     "ابا": "father", "ام": "mother", "بني": "sons", "بنو": "sons"}
_LATIN_PARTICLES = {
    "bin": "son", "ibn": "son", "ebn": "son", "bn": "son", "b": "son", "ben": "son",
    "bint": "daughter", "bt": "daughter", "abu": "father", "abi": "father", "aba": "father",
    "abou": "father", "umm": "mother", "um": "mother", "omm": "mother", "bani": "sons",
    "banu": "sons", "beni": "sons", "banou": "sons",
}
#: The particles spelt so only between two names (ابن, not بن, begins one).
_LINKING_PARTICLES = frozenset({"بن", "بنت"})
#: Kunya particles, written together with the name by some translators (AbuHurayrah).
_KUNYA = frozenset(key for key, meaning in _ARABIC_PARTICLES.items() if meaning == "father")
#: How much a match next to another strong match (both sides adjacent) gains in rank, and
#: how much one whose Latin form always had this Arabic partner in the first round.
NEIGHBOUR_BONUS, PARTNER_WEIGHT = 0.1, 0.1
#: A compound (two Arabic words, one Latin word) must sound this close: there are as many
#: candidate compounds as constructs in the text, so they need more than single words.
COMPOUND_STRONG = 0.85
#: How closely a Latin word must spell the lexicon's reading of a verb to render it (a
#: transliterated verb, u`aẓẓimu); below it the verb is no name.
VERB_READING = 0.9
#: The score of an exonym (مصر Egypt): certain by meaning, yet below a perfect sound match.
EXONYM = 0.9
#: What a disagreement in long vowels costs (see :func:`_long_vowel_penalty`).
LONG_VOWEL_PENALTY = 0.1
#: What breaks a tie between equally close readings, and what an article on both sides
#: is worth (see :func:`_tie_breaks`).
TIE_BREAK, ARTICLE_AGREEMENT = 0.01, 0.05
#: Arabic long-vowel letters, the Latin letters that write them, and the Latin diphthongs
#: that need them.
_LONG_VOWELS = (("يئى", "ieyīē", ("ai", "ay", "ei", "ey")), ("وؤ", "uowūō", ("au", "aw", "ou", "ow")))
_LATIN_VOWELS = frozenset("aeiou")
#: A long vowel before the article is shortened in speech and often in writing: ذي القعدة
#: Dhul-Qaʿda, أبو القاسم Abul-Qasim.
_ELIDED_BEFORE_ARTICLE = regex.compile(r"[اوي](?=ال)")
#: A plain lower-case word, not part of a longer word or a transliteration (see _is_candidate).
_LOWER_WORD = regex.compile(r"(?<![\p{L}\p{M}'’`‘-])[a-z]+(?![\p{L}\p{M}'’`‘-])")
#: Latin endings of the feminine nisba -ية (see :func:`_nisba_mismatch`).
_FEMININE_NISBA = regex.compile(r"(?:i|iy|y|[iy]y?a[ht]?|ia)$")
#: Arabic consonant pairs that Latin writes like a digraph (سح s-h, not sh), and the digraphs.
_TWO_LETTERS = regex.compile(r"[سصكتطدضزذ][حه]")
_LATIN_DIGRAPH = regex.compile(r"([sktdzSKTDZ])h")
#: An English plural (Muslims, Houthis), the Arabic sound plurals (ين ون) and the letters
#: before which a final Latin s is the name's own (عباس Abbas).
_ENGLISH_PLURAL = regex.compile(r"[^s]s$")
_ARABIC_PLURAL = regex.compile(r"(?<=...)(?:ين|ون)$")
_SIBILANTS = frozenset("سصزشثذظض")
#: A Latin ending that writes tāʾ marbūṭa: pausal -ah, construct -at (Hurairah, Surat).
_TA_MARBUTA_ENDING = regex.compile(r"(?<=[aeiouāēīōū])[ht]$")


@dataclass(frozen=True, slots=True)
class Reading:
    """One way to read an Arabic token: proclitics split off, and the stem that remains."""

    clitics: str            # "" or the proclitics (و, ال, وال …)
    key: str                # the stem as a table key; the words of a compound joined by a space
    stem: str               # the stem as written (hamza seats, ى and ة kept): what sounds are compared on
    parts: tuple[str, ...] = ()   # a compound's words as written (عبد, الرحمن); () for one word


@dataclass(frozen=True, slots=True)
class ArabicToken:
    """A name-like Arabic word of a bead, or two words a translation may write as one
    (عبد الله: Abdullah), with every clitic reading."""

    readings: tuple[Reading, ...]   # the unsplit word first
    start: int                      # offsets in the paragraph's normalized text
    end: int
    first: int                      # index of its (first and last) word among the bead's words
    last: int
    position: float                 # relative position in the bead's Arabic side
    paragraph: Paragraph


@dataclass(frozen=True, slots=True)
class LatinName:
    """A Latin name candidate of a bead with its paragraph and relative position."""

    paragraph: Paragraph
    candidate: LatinCandidate
    position: float


@dataclass(frozen=True, slots=True)
class Pair:
    """One Arabic name matched with one Latin rendering in one bead."""

    arabic: str            # stem key (clitics and article removed); words joined by a space
    arabic_form: str       # the stem as spelled in the text (for Arabic variants)
    latin: str             # the Latin form without its article
    article: str           # "" (Arabic had no article), "none" (dropped), or "al-", "ez-" …
    score: float
    evidence: str          # path:line of the Latin occurrence


def _has_article(clitics: str) -> bool:
    return clitics.endswith(_ARTICLES)


@lru_cache(maxsize=65536)
def _readings(word: str) -> tuple[Reading, ...]:
    """:func:`names.clitic_splits` with stems that begin with alif (وابن is و + ابن), plus the
    article before a two-letter stem (الحج is ال + حج Hajj): a name matcher can afford every
    reading, since the English decides (and :func:`_onset_agrees` keeps واشنطن whole)."""
    written = strip_arabic_diacritics(word)
    splits = clitic_splits(word, before_alif=True)
    key = splits[0][1]
    splits += [(a, key[len(a):]) for a in _ARTICLE_FORMS if key.startswith(a) and len(key) - len(a) == 2]
    return tuple(Reading(clitics, key, written[len(clitics):]) for clitics, key in splits)


def _compound_head(first: Reading, second: str) -> bool:
    """Whether two words form a name that translations often write as one word: a construct
    with Allah or a definite noun (عبد الله Abdullah, عبد الرحمن Abdur-Rahman, ذي القعدة
    Dhul-Qa'da), or a kunya (أبي هريرة AbuHurayrah)."""
    key = arabic_key(second)
    return key == "الله" or (key.startswith("ال") and len(key) >= 4) or first.key in _KUNYA


@lru_cache(maxsize=65536)
def _compound(first: str, second: str) -> tuple[Reading, ...]:
    """Compound readings of two words; a kunya particle sounds the same whatever its case
    ending (أبي هريرة is AbuHurayrah), so its vowel letter is left out of the sounds compared."""
    written = strip_arabic_diacritics(second)
    key = arabic_key(second)
    return tuple(
        Reading(r.clitics, f"{r.key} {key}", (r.stem[:-1] if r.key in _KUNYA else r.stem) + written, (r.stem, written))
        for r in _readings(first) if _compound_head(r, second)
    )


@lru_cache(maxsize=65536)
def _is_function_word(word: str) -> bool:
    return strip_arabic_diacritics(word).translate(_HAMZA_FREE) in ARABIC_FUNCTION_WORDS


def arabic_tokens(paragraphs: Sequence[Paragraph]) -> list[ArabicToken]:
    """Name-like Arabic tokens of one side of a bead (function words left out), and pairs of
    adjacent words that may be one name written as one Latin word (see :func:`_compound_head`)."""
    words = [(p, m) for p in paragraphs for m in ARABIC_WORD.finditer(p.text)]
    total = max(len(words), 1)
    tokens = []
    for index, (paragraph, match) in enumerate(words):
        if _is_function_word(match.group()):
            continue
        start, position = match.start(), index / total
        tokens.append(ArabicToken(_readings(match.group()), start, match.end(), index, index, position, paragraph))
        if index + 1 < len(words):
            next_paragraph, after = words[index + 1]
            compound = _compound(match.group(), after.group())
            if compound and next_paragraph is paragraph and _spaced(paragraph, match.end(), after.start()):
                tokens.append(ArabicToken(compound, start, after.end(), index, index + 1, position, paragraph))
    return tokens


def _nisba_mismatch(arabic: str, latin: str) -> bool:
    """An adjective against a noun: Latin "-i" without Arabic -ي, or the reverse (a final ى
    is ā, not a nisba: موسى Musa).  The feminine -ية is "-i" in English (كردستانية
    Kurdistani) or -iya, -iyya, -iyah (الأنصارية Ansariya), never a bare noun (Iraq)."""
    folded = fold_latin(latin)
    if arabic[-1:] in _FINAL_AYN_HAMZA:
        return False   # the Latin vowel before an unwritten ʿayn is no nisba: Nafi (نافع)
    if arabic.endswith("ية"):
        return not _FEMININE_NISBA.search(folded)
    return folded.endswith(("i", "iy", "y")) != arabic.endswith("ي")


def _onset_agrees(arabic: str, latin: str) -> bool:
    """Alif, hamza and ʿayn are written as (a mark and) a vowel, other letters as a
    consonant: عائشة is never "Sha…", شاة never "Aisha", أكبر never "Jabir"."""
    return (fold_latin(latin)[:1] in _LATIN_VOWELS) == (arabic[:1] in _VOWEL_ONSET)


def _long_vowel_penalty(arabic: str, latin: str) -> float:
    """Long vowels are written in unvocalized Arabic, so they must agree: a ي inside the
    Arabic wants an i, e or y in the Latin (عبيد is not "Abd"), a و an u, o or w; and a Latin
    diphthong ai/ay/ei wants a ي or ئ (Zaid is زيد, not زاد; 'Aisha is not عاص), au/aw/ou a و."""
    inner, letters = _ELIDED_BEFORE_ARTICLE.sub("", arabic[1:-1]), fold_latin(latin)
    misses = sum(
        1 for arabic_letters, latin_letters, diphthongs in _LONG_VOWELS
        if (any(c in inner for c in arabic_letters) and not any(c in letters[1:] for c in latin_letters))
        or (any(d in letters for d in diphthongs) and not any(c in arabic[1:] for c in arabic_letters))
    )
    return LONG_VOWEL_PENALTY * misses


@lru_cache(maxsize=262144)
def match_score(arabic: str, latin: str) -> float:
    """How well an Arabic stem (as written) and a Latin stem sound alike, in [0, 1]; 0 for no
    match: the best of the ways both may write the same sounds (see :func:`_spellings`)."""
    return max(_sound_score(a, l) for a, l in _spellings(strip_arabic_diacritics(arabic), latin))


def _arabic_spellings(arabic: str) -> list[str]:
    """The Arabic stem, and without a glide after alif or ʿayn: و and ي there write a vowel
    as often as a consonant (عيسى ʿĪsā, أوس Aus, but أيوب Ayyub)."""
    if arabic[:1] in _VOWEL_ONSET and arabic[1:2] in ("و", "ي") and len(arabic) > 2:
        return [arabic, arabic[0] + arabic[2:]]
    return [arabic]


def _spellings(arabic: str, latin: str) -> list[tuple[str, str]]:
    """Ways an Arabic stem and a Latin word may write the same sounds: Arabic spellings (see
    :func:`_arabic_spellings`); Latin sh, kh, th, dh as two letters where the Arabic has them
    (إسحاق Is-haq); an English plural against the Arabic one or a collective (Muslims
    مسلمين, Arabs عرب)."""
    latins = [latin]
    if _TWO_LETTERS.search(arabic):
        latins.append(_LATIN_DIGRAPH.sub(r"\1-h", latin))
    found = [(a, l) for a in _arabic_spellings(arabic) for l in latins]
    if _ENGLISH_PLURAL.search(latin) and arabic[-1:] not in _SIBILANTS:
        found.append((_ARABIC_PLURAL.sub("", arabic), latin[:-1]))
    return found


def _sound_score(arabic: str, latin: str) -> float:
    """:func:`match_score` for one spelling of each.

    Coarse skeletons carry most of the weight (they agree across schemes), the fine skeleton
    and the vowelled forms separate rivals (Jamāl from Kamāl, Syria from Sarah)."""
    if arabic.endswith("ة"):
        latin = _TA_MARBUTA_ENDING.sub("", latin)
    coarse_arabic = arabic_sound_skeleton(arabic, True)
    coarse_latin = latin_sound_skeleton(latin, True)
    if not coarse_arabic or not coarse_latin or coarse_arabic[0] != coarse_latin[0]:
        return 0.0
    if min(len(coarse_arabic), len(coarse_latin)) <= 2 and coarse_arabic != coarse_latin:
        return 0.0
    if _nisba_mismatch(arabic, latin) or not _onset_agrees(arabic, latin):
        return 0.0
    coarse = fuzz.ratio(coarse_arabic, coarse_latin) / 100
    fine = fuzz.ratio(arabic_sound_skeleton(arabic), latin_sound_skeleton(latin)) / 100
    known = _lexicon_entry(arabic)
    vowels = vocalized_vowelled(known.vocalized) if known else arabic_vowelled(_final_alif(arabic))
    vowelled = fuzz.ratio(vowels, latin_vowelled(latin)) / 100
    if known and known.tense and vowelled < VERB_READING:
        return 0.0
    return 0.6 * coarse + 0.2 * fine + 0.2 * vowelled - _long_vowel_penalty(arabic, latin)


@lru_cache(maxsize=65536)
def _lexicon_entry(arabic: str) -> LexiconEntry | None:
    """The lexicon's one-word Arabic reading of a stem, for its short vowels: they tell rivals
    apart that the letters cannot (عُمَر umar against عَمْرو amr: 'Umar and ʿAmr), and a verb
    (طَافَ ṭāfa) is no name, though the noun of its root may be in the English (Tawaf)."""
    entry = default_lexicon().lookup(arabic)
    return entry if entry is not None and entry.kind in ARABIC_KINDS and " " not in entry.vocalized else None


def _final_alif(arabic: str) -> str:
    """The letters with a final ى read as the ā it writes, for :func:`names.arabic_vowelled`."""
    return arabic[:-1] + "ا" if arabic.endswith("ى") else arabic


def _particle_class(arabic: str | None = None, latin: str | None = None) -> str | None:
    """The name particle (ibn, bint, abu, umm, bani) an Arabic key or a Latin word writes."""
    table = _ARABIC_PARTICLES if arabic is not None else _LATIN_PARTICLES
    return table.get(arabic if arabic is not None else fold_latin(latin or ""))


def _reading_score(reading: Reading, latin: str) -> float:
    """:func:`match_score`, with name particles matched by class (ابن = bin = b.) and a
    compound only when the Latin word renders more than either of its words (Abdullah, not
    Abd, for عبد الله)."""
    arabic_particle, latin_particle = _particle_class(arabic=reading.key), _particle_class(latin=latin)
    if arabic_particle or latin_particle:
        return STRONG if arabic_particle == latin_particle else 0.0
    if fold_latin(latin) in _exonyms_of(reading):
        return EXONYM
    score = match_score(reading.stem, latin)
    if reading.parts and (
        score < COMPOUND_STRONG
        or len(latin_sound_skeleton(latin, True)) <= max(len(arabic_sound_skeleton(p, True)) for p in reading.parts)
        or any(match_score(part, latin) >= score for part in reading.parts)
    ):
        return 0.0
    return score


def _exonyms_of(reading: Reading) -> frozenset[str]:
    """The folded English names of a reading that do not sound like it (مصر Egypt, يوسف
    Joseph); a name news writes with the article is that name only with it (الهند India,
    but هند is Hind)."""
    exonym = default_exonyms().get(reading.key)
    if exonym is None or (exonym.with_article and not _has_article(reading.clitics)):
        return frozenset()
    return exonym.english


def _tie_breaks(reading: Reading, name: LatinName) -> float:
    """Preferences between readings that sound about as close: the reading without the
    article (the table keys have none), clearly so when the Latin writes the article too
    (al-Aʿlā is اعلى, not الاعلى); for a particle the spelling whose onset agrees (Ibn is ابن,
    bin is بن)."""
    preference = 0.0
    if _has_article(reading.clitics):
        preference += ARTICLE_AGREEMENT if name.candidate.article else TIE_BREAK
    if _particle_class(arabic=reading.key) and _onset_agrees(reading.stem, name.candidate.stem):
        preference += TIE_BREAK
    return preference


@dataclass(frozen=True, slots=True)
class _Scored:
    """A possible match of a bead: an Arabic token's reading and a Latin candidate (indices
    into the bead's lists), its sound score and its rank among rivals."""

    rank: float
    score: float
    arabic: int
    latin: int
    reading: Reading


def _candidates_by_class(candidates: list[LatinName]) -> dict[str, list[int]]:
    """Candidates by the class of their first consonant (sound matches need the same one),
    and by their folded form (for exonyms, which sound like nothing)."""
    buckets: dict[str, list[int]] = defaultdict(list)
    for index, name in enumerate(candidates):
        skeleton = latin_sound_skeleton(name.candidate.stem, True)
        if skeleton:
            buckets[skeleton[0]].append(index)
        buckets[fold_latin(name.candidate.stem)].append(index)
    return buckets


def _rivals(reading: Reading, buckets: dict[str, list[int]]) -> set[int]:
    """The candidates a reading may match: those of its first consonant, and its exonyms."""
    keys = {arabic_sound_skeleton(spelling, True)[:1] for spelling in _arabic_spellings(reading.stem)}
    return {index for key in keys | _exonyms_of(reading) for index in buckets.get(key, ())}


def _score_bead(tokens: list[ArabicToken], candidates: list[LatinName]) -> list[_Scored]:
    buckets = _candidates_by_class(candidates)
    scored = []
    for token_index, token in enumerate(tokens):
        for reading in token.readings:
            for latin_index in sorted(_rivals(reading, buckets)):
                name = candidates[latin_index]
                score = _reading_score(reading, name.candidate.stem)
                if score >= WEAK:
                    rank = score - POSITION_WEIGHT * abs(token.position - name.position) + _tie_breaks(reading, name)
                    scored.append(_Scored(rank, score, token_index, latin_index, reading))
    return _with_neighbours(scored, tokens, candidates)


def _with_neighbours(scored: list[_Scored], tokens: list[ArabicToken], candidates: list[LatinName]) -> list[_Scored]:
    """Names come in chains (Jabir bin `Abdullah, Abu Huraira): a match next to another strong
    match on both sides ranks higher, and a name particle is kept only there (which of the
    many بن of a chain of narrators is the "bin" of the translation).  The neighbour must be
    its Latin word's best match: in Ibn `Umar, the بن before عامر is no link, عمر is."""
    def at(token: ArabicToken, name: LatinName, step: int) -> tuple:
        if step > 0:
            return token.last + 1, id(name.paragraph), name.candidate.last_word + 1
        return token.first - 1, id(name.paragraph), name.candidate.word - 1

    best: dict[int, float] = defaultdict(float)
    for s in scored:
        best[s.latin] = max(best[s.latin], s.score)
    anchors = {
        (tokens[s.arabic].first if side > 0 else tokens[s.arabic].last, id(candidates[s.latin].paragraph),
         candidates[s.latin].candidate.word if side > 0 else candidates[s.latin].candidate.last_word, side)
        for s in scored if s.score >= max(STRONG, best[s.latin]) and not _particle_class(arabic=s.reading.key)
        for side in (1, -1)
    }
    kept = []
    for match in scored:
        token, name = tokens[match.arabic], candidates[match.latin]
        linked = any((*at(token, name, step), step) in anchors for step in (1, -1))
        if linked:
            kept.append(_Scored(match.rank + NEIGHBOUR_BONUS, match.score, match.arabic, match.latin, match.reading))
        elif not _particle_class(arabic=match.reading.key):
            kept.append(match)
    return kept


def _one_to_one(scored: list[_Scored], tokens: list[ArabicToken]) -> list[_Scored]:
    """Greedy assignment, best first: each Arabic word and each Latin word at most once.

    A strong match whose Arabic words an earlier match took gets them when that one can move
    to another occurrence of the same Arabic name (Allah to the الله of رسول الله, leaving
    عبد الله to `Abdullah): the earlier pair stays what it was, and one more is found."""
    def words(match: _Scored) -> frozenset[int]:
        return frozenset(range(tokens[match.arabic].first, tokens[match.arabic].last + 1))

    ranked = sorted(scored, key=lambda s: (-s.rank, s.arabic, s.latin))
    owner: dict[int, _Scored] = {}
    used_latin: set[int] = set()
    for match in ranked:
        if match.latin in used_latin:
            continue
        blockers = {owner[word] for word in words(match) if word in owner}
        if blockers:
            moved = _moved(blockers, match, ranked, owner, words) if match.score >= STRONG else None
            if moved is None:
                continue
            (blocker,) = blockers
            for word in words(blocker):
                del owner[word]
            owner.update(dict.fromkeys(words(moved), moved))
        owner.update(dict.fromkeys(words(match), match))
        used_latin.add(match.latin)
    return sorted(set(owner.values()), key=lambda s: (tokens[s.arabic].first, s.latin))


def _moved(
    blockers: set[_Scored], match: _Scored, ranked: list[_Scored], owner: Mapping[int, _Scored],
    words: Callable[[_Scored], frozenset[int]],
) -> _Scored | None:
    """The best match of the one blocker's Latin word with another occurrence of its Arabic
    name, on words that neither ``match`` nor any other chosen match holds (see
    :func:`_one_to_one`)."""
    if len(blockers) != 1:
        return None
    (blocker,) = blockers
    held = {word for word, other in owner.items() if other != blocker} | words(match)
    return next(
        (s for s in ranked
         if s.latin == blocker.latin and s.reading.key == blocker.reading.key and s != blocker
         and not words(s) & held),
        None,
    )


def _particles(text: str, names: list[LatinCandidate]) -> list[LatinCandidate]:
    """Lower-case name particles right before a name (bin, ibn, b., bint): not capitalised,
    so not candidates, but the links of a chain."""
    before_name = {candidate.word - 1 for candidate in names}
    return [
        LatinCandidate(match.group(), match.group(), "", number, match.start(), match.end())
        for number, match in enumerate(LATIN_WORD.finditer(text))
        if number in before_name and match.group().islower() and _particle_class(latin=match.group())
    ]


def _is_candidate(candidate: LatinCandidate, vocabulary: frozenset[str]) -> bool:
    """A capitalised plain word that the item also uses in lower case is English (Do, Hour,
    Mosque), a single letter is no name, nor an article with no name after it (names.latin_candidates
    joins one to its name: Abu Al Tufail)."""
    folded = fold_latin(candidate.stem)
    if _particle_class(latin=candidate.stem):
        return True
    if len(folded) < 2 or DETACHED_ARTICLE.fullmatch(candidate.stem):
        return False
    return not (candidate.form.isascii() and candidate.form.lower() in vocabulary)


def _latin_side(paragraphs: Sequence[Paragraph], vocabulary: frozenset[str]) -> list[LatinName]:
    per_paragraph = []
    for paragraph in paragraphs:
        names = [c for c in latin_candidates(paragraph.text) if _is_candidate(c, vocabulary)]
        per_paragraph.append((paragraph, sorted(names + _particles(paragraph.text, names), key=lambda c: c.word)))
    total = max(sum(len(found) for _, found in per_paragraph), 1)
    flat = [(p, c) for p, found in per_paragraph for c in found]
    return [LatinName(p, c, rank / total) for rank, (p, c) in enumerate(flat)]


def _lower_case_words(paragraphs: Iterable[Paragraph]) -> frozenset[str]:
    """The plain lower-case words of English paragraphs (see :func:`_is_candidate`)."""
    return frozenset(word for p in paragraphs for word in _LOWER_WORD.findall(p.text))


def _article(clitics: str, candidate: LatinCandidate) -> str:
    if not _has_article(clitics):
        return ""
    return candidate.article or "none"


def _edges(name: LatinName, reading: Reading) -> tuple[str, str]:
    """The quote-like marks before and after a Latin name that write its ʿayn or hamza,
    because the Arabic has one there: `Abdullah for عبد الله, Nafi` for نافع, Bara' for
    براء; a quotation mark beside a name whose Arabic has none stays out ('Sahl' is Sahl)."""
    text, start, end = name.paragraph.text, name.candidate.start, name.candidate.end
    lead = not name.candidate.article and reading.stem.startswith("ع") and _edge_mark(text, start - 1, start - 2)
    trail = reading.stem[-1:] in _FINAL_AYN_HAMZA and _edge_mark(text, end, end + 1)
    return (text[start - 1] if lead else "", text[end] if trail else "")


def _rendered(name: LatinName, reading: Reading, form: str) -> str:
    """``form`` (the stem or the whole word of a candidate) with its marks (see :func:`_edges`)."""
    lead, trail = _edges(name, reading)
    return lead + form + trail


def _edge_mark(text: str, at: int, beyond: int) -> bool:
    """A mark at ``at`` with no letter at ``beyond`` (the far side of the mark)."""
    return (
        0 <= at < len(text) and text[at] in _EDGE_MARKS
        and not (0 <= beyond < len(text) and text[beyond].isalpha())
    )


@dataclass(frozen=True, slots=True)
class _Bead:
    """One bead ready to pair: its Arabic tokens, Latin candidates and scored matches."""

    tokens: list[ArabicToken]
    candidates: list[LatinName]
    scored: list[_Scored]
    path: str


def _prepare(arabic: Sequence[Paragraph], latin: Sequence[Paragraph], path: str, vocabulary: frozenset[str]) -> _Bead:
    """Tokens, candidates and scored matches of a bead, keeping only the tokens and
    candidates that some match refers to (learning holds every bead for its second round)."""
    tokens = arabic_tokens(arabic)
    candidates = _latin_side(latin, vocabulary)
    scored = _score_bead(tokens, candidates)
    token_index = {old: new for new, old in enumerate(sorted({s.arabic for s in scored}))}
    latin_index = {old: new for new, old in enumerate(sorted({s.latin for s in scored}))}
    return _Bead(
        [tokens[old] for old in token_index], [candidates[old] for old in latin_index],
        [_Scored(s.rank, s.score, token_index[s.arabic], latin_index[s.latin], s.reading) for s in scored], path,
    )


def _choose(bead: _Bead, partners: Mapping[tuple[str, str], float] | None = None) -> list[_Scored]:
    """The one-to-one matches of a bead; with ``partners`` (see :func:`_partner_shares`) a
    match gains rank by how often its Latin form had this Arabic partner elsewhere."""
    scored = bead.scored
    if partners:
        scored = [
            _Scored(s.rank + PARTNER_WEIGHT * partners.get(_partner_key(s, bead), 0.0),
                    s.score, s.arabic, s.latin, s.reading)
            for s in scored
        ]
    return _one_to_one(scored, bead.tokens)


def _partner_key(match: _Scored, bead: _Bead) -> tuple[str, str]:
    return match.reading.key, fold_latin(bead.candidates[match.latin].candidate.stem)


def _partner_shares(chosen: Iterable[tuple[_Bead, list[_Scored]]]) -> dict[tuple[str, str], float]:
    """For each (Arabic key, folded Latin form) matched, the share of that Latin form's
    matches that went to that Arabic key: 'Umar goes to عمر far more often than to عامر."""
    pairs = Counter(_partner_key(match, bead) for bead, matches in chosen for match in matches)
    forms: Counter[str] = Counter()
    for (_, form), count in pairs.items():
        forms[form] += count
    return {key: count / forms[key[1]] for key, count in pairs.items()}


def _pairs(bead: _Bead, chosen: list[_Scored]) -> list[Pair]:
    """Pairs of chosen matches: single names, then multiword names built from adjacent pairs."""
    pairs = []
    for match in chosen:
        name = bead.candidates[match.latin]
        line, _ = name.paragraph.norm_position(name.candidate.start)
        latin_form = _rendered(name, match.reading, name.candidate.stem)
        article = _article(match.reading.clitics, name.candidate)
        key = _without_accusative_alif(match.reading.key, latin_form)
        pairs.append(Pair(key, key, latin_form, article, match.score, f"{bead.path}:{line}"))
    return pairs + _multiword(chosen, bead.tokens, bead.candidates, pairs)


def _without_accusative_alif(key: str, latin: str) -> str:
    """The key of a one-word name without the alif of its accusative ending (نوحا, لوطا,
    محمدا, عثمانا: Nūḥan, Lūṭan, Muḥammadan, ʿUṯmānan), which its rendering does not write
    (Noah, Lot, Muhammad, Uthman); a final alif the rendering ends in is the name's own
    (سوريا Syria, رضا Riḍā), and an -an after another letter than ن renders the ending
    itself (مضطبعا mudtabi'an: a word, kept as written)."""
    folded = fold_latin(latin)
    if " " in key or not key.endswith("ا") or len(key) < 4 or folded[-1:] in "aeiou":
        return key
    if folded.endswith("an") and key[-2] != "ن":
        return key
    return key[:-1]


def _spaced(paragraph: Paragraph, start: int, end: int) -> bool:
    """Only white space between two words: no comma or full stop splits a name."""
    return start <= end and not paragraph.text[start:end].strip()


def _adjacent(first: _Scored, second: _Scored, tokens: list[ArabicToken], candidates: list[LatinName]) -> bool:
    """Whether two pairs continue one multiword name on both sides.  A name never continues
    after a word with the article (شمالي العراق مسرور is two names), nor before a word
    joined by و."""
    token_a, token_b = tokens[first.arabic], tokens[second.arabic]
    name_a, name_b = candidates[first.latin], candidates[second.latin]
    end = name_a.candidate.end + len(_edges(name_a, first.reading)[1])
    start = name_b.candidate.start - len(_edges(name_b, second.reading)[0])
    return (
        token_a.paragraph is token_b.paragraph and _spaced(token_a.paragraph, token_a.end, token_b.start)
        and name_a.paragraph is name_b.paragraph and name_b.candidate.word == name_a.candidate.last_word + 1
        and _spaced(name_a.paragraph, end, start)
        and not _has_article(first.reading.clitics) and not second.reading.clitics.startswith("و")
    )


def _multiword(
    chosen: list[_Scored], tokens: list[ArabicToken], candidates: list[LatinName], singles: list[Pair]
) -> list[Pair]:
    """Runs of adjacent Arabic names rendered by adjacent Latin words: مسرور بارزاني ->
    Masrūr Barazānī.  Later words keep their article (دير الزور -> Deir ez-Zor)."""
    runs: list[list[int]] = []
    for index in range(len(chosen)):
        if runs and _adjacent(chosen[runs[-1][-1]], chosen[index], tokens, candidates):
            runs[-1].append(index)
        else:
            runs.append([index])
    pairs = []
    for run in (whole for whole in (_whole_name(r, chosen) for r in runs) if len(whole) > 1):
        first = singles[run[0]]
        rest = [chosen[i] for i in run[1:]]
        arabic = " ".join([first.arabic, *(tokens[s.arabic].readings[0].key for s in rest)])
        later = (_rendered(candidates[s.latin], s.reading, candidates[s.latin].candidate.form) for s in rest)
        latin = " ".join([first.latin, *later])
        score = min(singles[i].score for i in run)
        pairs.append(Pair(arabic, arabic, latin, first.article, score, first.evidence))
    return pairs


def _whole_name(run: list[int], chosen: list[_Scored]) -> list[int]:
    """A run without the particles that only link it to words the translation left out: a
    name never ends in a particle (جرير بن), nor starts with the linking spelling بن or بنت
    (بن الخطاب is the tail of a name; ابن عباس, أبو بكر, أم سلمة start one)."""
    def particle(index: int) -> str | None:
        return _particle_class(arabic=chosen[index].reading.key)

    while run and particle(run[-1]):
        run = run[:-1]
    while run and chosen[run[0]].reading.key in _LINKING_PARTICLES:
        run = run[1:]
    return run


def filter_by_agreement(pairs: Iterable[Pair]) -> list[Pair]:
    """Keep strong pairs, and weak pairs only as spelling variants of a strong form of the
    same Arabic name (agreement across occurrences)."""
    pairs = list(pairs)
    strong: dict[str, set[str]] = defaultdict(set)
    for pair in pairs:
        if pair.score >= STRONG:
            strong[pair.arabic].add(fold_latin(pair.latin))
    return [
        pair for pair in pairs
        if pair.score >= STRONG or any(
            Levenshtein.normalized_similarity(fold_latin(pair.latin), form) >= VARIANT_SIMILARITY
            for form in strong.get(pair.arabic, ())
        )
    ]


# --- from pairs to table entries --------------------------------------------------------------


@dataclass
class _NameCounts:
    forms: Counter = field(default_factory=Counter)
    arabic_forms: Counter = field(default_factory=Counter)
    articles: Counter = field(default_factory=Counter)
    evidence: list[str] = field(default_factory=list)

    def add(self, other: "_NameCounts") -> None:
        self.forms.update(other.forms)
        self.arabic_forms.update(other.arabic_forms)
        self.articles.update(other.articles)
        self.evidence.extend(e for e in other.evidence if e not in self.evidence)


def _count_pairs(pairs: Iterable[Pair]) -> dict[str, _NameCounts]:
    names: dict[str, _NameCounts] = defaultdict(_NameCounts)
    for pair in pairs:
        counts = names[pair.arabic]
        counts.forms[pair.latin] += 1
        counts.arabic_forms[pair.arabic_form] += 1
        if pair.article:
            counts.articles[pair.article] += 1
        if pair.evidence not in counts.evidence:
            counts.evidence.append(pair.evidence)
    return names


def _merge_arabic_variants(names: dict[str, _NameCounts]) -> dict[str, _NameCounts]:
    """One entry for Arabic spellings of one name: same loose skeleton (كاگينز = كاكينز), or
    the same majority Latin form and at most two letters apart (برزاني / بارزاني)."""
    merged: dict[str, _NameCounts] = {}
    for key in sorted(names, key=lambda k: (-sum(names[k].forms.values()), k)):
        counts = names[key]
        top = fold_latin(counts.forms.most_common(1)[0][0])
        home = next(
            (
                other for other, kept in merged.items()
                if arabic_skeleton(other) == arabic_skeleton(key)
                or (fold_latin(kept.forms.most_common(1)[0][0]) == top
                    and Levenshtein.distance(other, key) <= 2 and (" " in other) == (" " in key))
            ),
            None,
        )
        if home is None:
            merged[key] = _NameCounts()
            home = key
        merged[home].add(counts)
    return merged


def build_table(pairs: Iterable[Pair], style: dict[str, str] | None = None) -> Table:
    """A table from learned pairs (the style only breaks ties between canonical forms)."""
    prefer = FormPreference(style) if style else None
    table = Table(style=dict(style or {}))
    for key, counts in _merge_arabic_variants(_count_pairs(pairs)).items():
        table.add(entry_from_counts(key, counts.forms, counts.arabic_forms, counts.articles, counts.evidence, prefer))
    return table


def _prepared_beads(alignment: Alignment) -> list[_Bead]:
    """Every bead of one aligned item that has text on both sides, ready to pair."""
    vocabulary = _lower_case_words(p for bead in alignment.beads for p in bead.latin)
    return [
        _prepare(bead.arabic, bead.latin, alignment.latin_path, vocabulary)
        for bead in alignment.beads if bead.arabic and bead.latin
    ]


def learn_pairs(items: Iterable[Sequence[Document]], meaning: MeaningModel | None = None) -> list[Pair]:
    """Aligned, paired and agreement-filtered pairs of bilingual items (each item one bilingual
    document, or an Arabic and an English document); ``meaning`` is the aligner's optional
    semantic signal (``embed.SentenceEncoder``).

    Two rounds: every bead is paired on its own, then again with each match ranked up by how
    often its Latin form went to the same Arabic word in the first round (agreement across
    occurrences: rivals that sound alike, عمر / عامر / عمرو for 'Umar, go the majority's
    way); then weak pairs are kept only as variants of strong ones."""
    beads = [bead for item in items for bead in _prepared_beads(align_documents(item, meaning))]
    partners = _partner_shares((bead, _choose(bead)) for bead in beads)
    return filter_by_agreement(pair for bead in beads for pair in _pairs(bead, _choose(bead, partners)))


def learn_table(
    items: Iterable[Sequence[Document]], base: Table | None = None,
    schemes: Mapping[str, "Scheme"] | None = None, meaning: MeaningModel | None = None,
) -> tuple[Table, HouseStyle, list[Pair]]:
    """The whole of ``translit learn``: pairs, a table (merged into ``base`` for --update, never
    touching curated rows), and the house style inferred from the resulting table, whose keys
    are stored in ``table.style`` and break ties between equally frequent forms."""
    pairs = learn_pairs(items, meaning)
    draft = build_table(pairs)
    style = infer_style(merge_tables(base, draft) if base else draft, schemes)
    learned = build_table(pairs, style.keys)
    table = merge_tables(base, learned) if base else learned
    table.style = dict(style.keys)
    return table, style, pairs
