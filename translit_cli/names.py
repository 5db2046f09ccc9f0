"""Names across scripts: Arabic words stripped of clitics, and cheap consonant skeletons that
let an Arabic token be compared with a Latin word whatever the scheme.

Unvocalized Arabic writes consonants and long vowels only, so the fair ground for comparing
مسرور with "Masrūr", "Masroor" or "Masrur" is the consonant skeleton of both: ``msrr``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from .normalize import AYN_HAMZA_MARKS, LATIN_WORD, arabic_key, clean, fold_latin

#: One rough ASCII value per Arabic-script consonant, chosen to agree with the *folded* forms
#: of every scheme and of popular spellings (ش: š→s, sh→s+h, so both fold towards "s").
_CONSONANTS = {
    "ب": "b", "پ": "p", "ت": "t", "ث": "t", "ج": "j", "چ": "c", "ح": "h", "خ": "k",
    "د": "d", "ذ": "d", "ر": "r", "ڕ": "r", "ز": "z", "ژ": "z", "س": "s", "ش": "s",
    "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "", "غ": "g", "ف": "f", "ڤ": "v",
    "ق": "q", "ك": "k", "گ": "g", "ل": "l", "ڵ": "l", "م": "m", "ن": "n", "ه": "h",
    "ة": "", "ء": "", "ؤ": "", "ئ": "", "ە": "", "ا": "", "ى": "", "و": "w", "ۆ": "",
    "ي": "y", "ێ": "",
}
#: Latin letters folded to the consonant classes above (vowels dropped).
_LATIN_CONSONANT = str.maketrans({
    "c": "k", "x": "k", "g": "g", "j": "j", "q": "q", "v": "v", "w": "w", "y": "y",
    "a": None, "e": None, "i": None, "o": None, "u": None, "-": None, " ": None,
})
#: Proclitics that attach to Arabic words, longest first: the article, prepositions, "and".
PROCLITICS = ("وبال", "وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ك", "ل")
_MIN_STEM = 3


def clitic_splits(word: str, before_alif: bool = False) -> list[tuple[str, str]]:
    """Every plausible (proclitics, stem) reading of an Arabic word, the unsplit word first.

    Unvocalized Arabic cannot tell بغداد (Baghdad) from ب + غداد, so callers that have
    evidence (a table, a lexicon, the aligned English) choose among these readings.  A prefix
    is only offered when a stem of at least three letters remains and, unless ``before_alif``
    (for callers that weigh the readings, like the romanizer: واستئصال is و + استئصال), the
    stem does not start with a bare alif (واشنطن, بارزاني are not و/ب + a word)."""
    cleaned = clean(word)
    key = arabic_key(cleaned)
    readings = [("", key)]
    for clitic in PROCLITICS:
        rest = cleaned[len(clitic):]
        if (
            key.startswith(clitic)
            and len(key) - len(clitic) >= _MIN_STEM
            and (before_alif or not (len(clitic) == 1 and rest.startswith("ا")))
        ):
            readings.append((clitic, key[len(clitic):]))
    return readings


def split_clitics(word: str) -> tuple[str, str]:
    """The reading without evidence: the article and what precedes it are split off
    (والبيشمركة -> (وال, بيشمركة), للبيشمركة -> (لل, بيشمركة)); a bare one-letter prefix is
    not, since بغداد and برزاني begin with the same letters as ب + a word (see
    :func:`clitic_splits` for all readings)."""
    with_article = [r for r in clitic_splits(word) if r[0].endswith(("ال", "لل"))]
    return max(with_article, key=lambda r: len(r[0])) if with_article else clitic_splits(word)[0]


@lru_cache(maxsize=65536)
def arabic_consonants(word: str) -> str:
    """ASCII consonant skeleton of an Arabic word (clitics kept): مسرور -> msrwr -> msrr.

    و and ي are dropped between consonants because they usually write long vowels."""
    letters = [_CONSONANTS.get(char, "") for char in arabic_key(word)]
    return _squeeze("".join(letters))


@lru_cache(maxsize=65536)
def latin_consonants(word: str) -> str:
    """ASCII consonant skeleton of a Latin word: Masrūr -> msrr, Pešmarga -> psmrg,
    Peshmerga -> pshmrg -> psmrg (h after s/k/d/t/g/z is a digraph marker)."""
    folded = regex.sub(r"(?<=[sktdgz])h", "", fold_latin(word))
    return _squeeze(folded.translate(_LATIN_CONSONANT))


def _squeeze(skeleton: str) -> str:
    """Drop non-initial w/y (long vowels, not consonants, far more often than not) and
    collapse doubled letters (shadda is unwritten; Harris has rr)."""
    skeleton = regex.sub(r"(?<=.)[wy]", "", skeleton)
    return regex.sub(r"(.)\1+", r"\1", skeleton)


# --- Latin name candidates and name-matching skeletons (learn) ------------------------------

#: Scholarly letters whose folded form would hide the consonant they write (ḫ folds to h, ǧ
#: to g), spelled out before folding so that ḫ = kh = x and ǧ = j.
_SCHOLARLY_DIGRAPHS = str.maketrans({"ḫ": "kh", "Ḫ": "Kh", "ǧ": "j", "Ǧ": "J", "ḵ": "kh"})
#: Coarse consonant classes for sounds that houses and dialects write differently: ج is j, g,
#: ǧ or dj; ق is q, k or g; گ is written ك; پ is written ب; ڤ is written ف.
_SOUND_CLASSES = str.maketrans({"q": "k", "g": "k", "j": "k", "c": "k", "p": "b", "v": "f"})
#: An article written in Latin: al-, el-, il-, ul-, l- after a long vowel (DMG: Abū l-Qāsim)
#: or an assimilated form (ad-, ar-, aš-, ash-, ez-, …), lower or upper case, before a
#: capitalised or marked stem.
LATIN_ARTICLE = regex.compile(
    r"^(?:[aAeEiIuU]?[lL]|[aAeE](?:[tdrzsnṭḍṣẓšṯḏ]|sh|th|dh|t͟h|d͟h))-(?=\p{L}|[\u02bf\u02bb\u02be\u02bc\u2018\u2019'])"
)
_POSSESSIVE = regex.compile(r"['\u2019]s$")
#: The article written as a word of its own (Abu Al Tufail, Al Safa, el Sisi).
DETACHED_ARTICLE = regex.compile(r"[aAeE][lL]")
#: An English function word after a hyphen typed for a dash (the Turks-a people who …).
_DASHED_WORD = regex.compile(r"-(?:a|an|the|and|or|who|which|that|i\.e|he|she|they|it)$")
#: Capitalised English words that are not names: sentence starters, function words,
#: auxiliaries and the commonest verbs (a sentence opens with Shall, Did, Sell: صلي, دعي matched
#: them), titles, days and months.  Kept short on purpose: the Arabic side has to match a
#: candidate anyway.
ENGLISH_NON_NAMES = frozenset("""
a an the and or but if in on at of to for from by with as into onto upon over under after
before since during until yet so not no nor this that these those there here it its he she
they we you i his her their our your my me him them us who whom whose which what when where
why how all any some each every both many much more most other such only also than then
still even just now today tonight tomorrow yesterday meanwhile however moreover while though
although because according pic photo source sources agencies agency update updated read more
top news breaking home video watch
mr mrs ms dr sir general president prime minister deputy commander head chief king prince
sheikh emir colonel major lieutenant captain sergeant minister's spokesman ambassador
secretary governor mayor judge leader chairman director
monday tuesday wednesday thursday friday saturday sunday january february march april may
june july august september october november december
do does did done be is are was were been being has have had shall should will would can could
might must let go went come came give gave take took make made tell told ask asked see saw
look sell buy eat drink pray leave keep stop stay send sent bring brought call get got put
know knew think
""".split())


@dataclass(frozen=True)
class LatinCandidate:
    """A word of English text that may render an Arabic name.

    ``form`` is the word as written, without possessive 's; ``article`` is a Latin article
    prefix (``al-``, ``ez-``, or a detached ``Al `` as in Abu Al Tufail) split off ``form``
    into ``stem``; ``word`` is the index of its first word among all words of the text and
    ``words`` how many it spans (to find adjacent names); ``start``/``end`` are offsets of
    ``form`` in the text."""

    form: str
    stem: str
    article: str
    word: int
    start: int
    end: int
    words: int = 1

    @property
    def last_word(self) -> int:
        return self.word + self.words - 1


def _is_name_like(word: str, stem: str) -> bool:
    if fold_latin(word) in ENGLISH_NON_NAMES:
        return False
    if any(c in AYN_HAMZA_MARKS for c in word) or any(ord(c) > 0x7F for c in word):
        return True
    first = next((c for c in stem if c.isalpha()), "")
    return first.isupper()


def latin_candidates(text: str) -> list[LatinCandidate]:
    """Name candidates of an English text: capitalised words, words with diacritics or
    ʿayn/hamza marks, and al-/el- forms; "the", a possessive 's and a dash typed as a hyphen
    before a function word (Turks-a) are not part of them, and
    quotation marks around a word are not ʿayn (see :data:`normalize.LATIN_WORD`).  An
    article written as a word of its own belongs to the name after it (Al Tufail, el Sisi)."""
    words = list(LATIN_WORD.finditer(text))
    candidates = []
    for number, match in enumerate(words):
        form = _DASHED_WORD.sub("", _POSSESSIVE.sub("", match.group()))
        article_match = LATIN_ARTICLE.match(form)
        article = article_match.group() if article_match else ""
        stem = form[len(article):]
        if not (stem and _is_name_like(form, stem)):
            continue
        start = match.start()
        if not article and _detached_article(text, words, number):
            if candidates and candidates[-1].word == number - 1:
                candidates.pop()
            start = words[number - 1].start()
            article, form = text[start:match.start()], text[start:match.start()] + form
            candidates.append(LatinCandidate(form, stem, article, number - 1, start, start + len(form), 2))
        else:
            candidates.append(LatinCandidate(form, stem, article, number, start, start + len(form)))
    return _with_abd_compounds(text, candidates)


#: ʿAbd with the article of the name after it, as news English writes it apart from that name
#: (Abdel Fattah, Abdul Malik, Abdur Rahman).
_ABD_HEAD = regex.compile(rf"[{regex.escape(AYN_HAMZA_MARKS)}]?Abd(?:[aeiou]l|oul|[ua][rsdtnz]h?)", regex.I)


def _with_abd_compounds(text: str, candidates: list[LatinCandidate]) -> list[LatinCandidate]:
    """ʿAbd-and-article and the name after it as one candidate where English writes them as
    two words (Abdel Fattah, Abdul Malik: عبد الفتاح, عبد الملك), as it writes Abdullah as one:
    the Arabic compound is matched with it, and Abdel alone renders nothing.  (ʿAbd al-Malik
    needs no joining: ʿAbd and al-Malik each render their word.)"""
    joined: list[LatinCandidate] = []
    for candidate in candidates:
        head = joined[-1] if joined else None
        if (head is not None and head.words == 1 and candidate.word == head.word + 1
                and text[head.end:candidate.start] == " " and not candidate.article
                and _ABD_HEAD.fullmatch(head.form)):
            form = text[head.start:candidate.end]
            joined[-1] = LatinCandidate(form, form, "", head.word, head.start, candidate.end, 1 + candidate.words)
        else:
            joined.append(candidate)
    return joined


def _detached_article(text: str, words: list[regex.Match[str]], number: int) -> bool:
    """Whether the word before word ``number`` is an article of its own (al, el) followed by
    one space."""
    if number == 0:
        return False
    before = words[number - 1]
    return DETACHED_ARTICLE.fullmatch(before.group()) is not None and text[before.end():words[number].start()] == " "


@lru_cache(maxsize=65536)
def latin_sound_skeleton(word: str, coarse: bool = False) -> str:
    """Consonant skeleton of a Latin name that keeps scholarly letters apart from the plain
    letters they fold to (Ḫālid = Khalid = xld); with ``coarse`` the sound classes merge
    spellings of one Arabic letter across houses (Pešmarga ~ بيشمركة)."""
    skeleton = latin_consonants(word.translate(_SCHOLARLY_DIGRAPHS))
    return skeleton.translate(_SOUND_CLASSES) if coarse else skeleton


@lru_cache(maxsize=65536)
def arabic_sound_skeleton(word: str, coarse: bool = False) -> str:
    """The Arabic counterpart of :func:`latin_sound_skeleton`."""
    skeleton = arabic_consonants(word)
    return skeleton.translate(_SOUND_CLASSES) if coarse else skeleton


#: Long vowels and the letters that write no consonant, for :func:`arabic_vowelled`.
_ARABIC_VOWELS = {"ا": "a", "آ": "a", "ى": "i", "ي": "i", "و": "u", "ة": "a"}
_LATIN_VOWEL_CLASSES = str.maketrans({"e": "i", "o": "u", "y": "i", "w": "u"})


@lru_cache(maxsize=65536)
def arabic_vowelled(word: str) -> str:
    """Arabic letters with long vowels kept (سوريا -> suria): a second, finer view than the
    consonant skeleton, which cannot tell Syria from Sarah."""
    key = arabic_key(word)
    letters = [
        _ARABIC_VOWELS.get(char) if position and char in _ARABIC_VOWELS else _CONSONANTS.get(char, "")
        for position, char in enumerate(key)
    ]
    return "".join(letter or "" for letter in letters).translate(_SOUND_CLASSES).translate(
        _LATIN_VOWEL_CLASSES
    )


#: Harakat of a vocalized word (a lexicon reading) and the vowel each writes; a long-vowel
#: letter after its own short vowel writes nothing more (جَابِر is jabir, not jaabir).
_SHORT_VOWEL_MARKS = {"\u064e": "a", "\u064f": "u", "\u0650": "i", "\u0670": "a"}
_LONG_AFTER_SHORT = {"ا": "a", "ى": "a", "و": "u", "ي": "i", "ة": "a"}
_SHADDA, _SILENT_MARKS = "\u0651", frozenset("\u064b\u064c\u064d\u0652")
_MARKS = frozenset(_SHORT_VOWEL_MARKS) | _SILENT_MARKS | {_SHADDA}


@lru_cache(maxsize=65536)
def vocalized_vowelled(vocalized: str) -> str:
    """:func:`arabic_vowelled` of a fully vocalized word, short vowels included (عُمَر ->
    umar, عَمْرو -> amr, عَامِر -> amir): where the lexicon knows a name, its reading tells
    rivals apart that the unvocalized letters cannot ('Umar / ʿAmr / ʿĀmir).  A shadda
    doubles its consonant (Muhammad); the final short vowel is a case ending, which names in a
    translation do not write; the wāw that tells عَمْرو from عُمَر is not read."""
    word = clean(vocalized).rstrip("".join(_SHORT_VOWEL_MARKS) + "".join(_SILENT_MARKS))
    letters: list[str] = []
    last_vowel = ""
    for position, char in enumerate(word):
        if char in _SHORT_VOWEL_MARKS:
            letters.append(_SHORT_VOWEL_MARKS[char])
            last_vowel = _SHORT_VOWEL_MARKS[char]
        elif char == _SHADDA:
            _double_last_consonant(letters)
        elif char not in _SILENT_MARKS:
            vowel_letter = position and _LONG_AFTER_SHORT.get(char)
            if vowel_letter and vowel_letter == last_vowel:
                continue   # the long vowel continues its short one
            if char == "و" and position == len(word) - 1 and word[position - 1] not in _MARKS:
                continue   # the silent wāw of ʿAmr (عَمْرو), written after a bare consonant
            letters.append(_ARABIC_VOWELS.get(char, "") if position and char in "اىة" else _CONSONANTS.get(char, ""))
            last_vowel = ""
    return "".join(letters).translate(_SOUND_CLASSES).translate(_LATIN_VOWEL_CLASSES)


def _double_last_consonant(letters: list[str]) -> None:
    """Write a shadda's consonant twice.  NFC puts the shadda after the letter's vowel
    (مَّ is م, fatḥa, shadda), so the copy goes right after the consonant; a consonant
    already doubled by the article's lām (اللّٰه) is left alone."""
    at = max((i for i, c in enumerate(letters) if c and c not in "aiu"), default=-1)
    if at >= 0 and (at == 0 or letters[at - 1] != letters[at]):
        letters.insert(at + 1, letters[at])


@lru_cache(maxsize=65536)
def latin_vowelled(word: str) -> str:
    """The Latin counterpart of :func:`arabic_vowelled` (Syria -> siria)."""
    folded = regex.sub(r"(?<=[sktdgz])h", "", fold_latin(word.translate(_SCHOLARLY_DIGRAPHS)))
    return regex.sub(r"[^a-z]", "", folded).translate(_SOUND_CLASSES).translate(_LATIN_VOWEL_CLASSES)
