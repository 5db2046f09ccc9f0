"""The vocalized lexicon (``translit_cli/data/lexicon.tsv``): evidence for the short vowels
that unvocalized news Arabic leaves out.

Rows give a word or name as news writes it (without proclitics or the leading article), its
fully vocalized form, its kind and, for foreign and Kurdish names, a Latin form (team contract
5).  Lookups try the exact spelling first and then the folded key
(:func:`translit_cli.normalize.arabic_key`), because spellings the key folds together are
kept as separate rows on purpose (على ʿalā / علي ʿAlī).

``data/exonyms.tsv`` beside it lists the English names that do not render an Arabic name's
sounds (مصر Egypt, يوسف Joseph), for learning pairs that no similarity finds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from .errors import TableError
from .normalize import arabic_key, clean, fold_latin, strip_arabic_diacritics
from .patterns import PatternModel, learn_words

KINDS = frozenset({"name", "place", "org", "word", "foreign", "kurdish"})
#: Kinds written with a capital letter: everything but general vocabulary.
PROPER_KINDS = KINDS - {"word"}
#: Kinds whose vocalizations teach the names' own patterns (patterns.PatternModel.name_counts).
NAME_KINDS = frozenset({"name", "place"})
#: Kinds vocalized as Arabic (foreign and Kurdish names are not Arabic patterns).
ARABIC_KINDS = KINDS - {"foreign", "kurdish"}
HEADER = ("arabic", "vocalized", "kind", "latin")
_HAMZA_SEATS = "أإآؤئء"
#: Alif seats that spell different vowels (a or u, i, ʾā): a word that writes one is not an
#: entry that writes another, whatever the folded key says.
_ALIF_SEATS = "أإآ"
FATHA, DAMMA = "\u064e", "\u064f"
_FINAL_MARKS = re.compile("[\u064b-\u0652]+$")
#: Particles whose last letter carries a fatḥa, as a perfect verb's does (inna, lākinna,
#: kaʾanna, laʿalla, ṯumma, laita): their rows end like verbs, but they take no subject ending.
FATHA_PARTICLES = frozenset("إن أن لأن لكن كأن لعل ثم ليت".split())
#: An imperfect row: ي with a or u (not yaCāC, a noun: يَنَايِر; not yū-, a month: يُونْيُو),
#: ending in a consonant after a short vowel, doubled or not (يَعْمَل, يُشَكِّل, يَتِمّ), or in a
#: weak letter after its vowel (يَرَى, يَدْعُو, يَعْنِي), or a hollow verb of form IV, VIII or X
#: (يُرِيد, يَحْتَاج, يَسْتَطِيع).  The hollow yaCūC and yaCīC of the simple verb (يَقُول, يَكُون) are
#: left out: nouns have the same shape (يَهُود, يَقِين, يَمِين).
_IMPERFECT = re.compile(
    "(?!ي\u064e.\u064eا|ي\u064fو[^\u064b-\u0652])"
    "(?:ي[\u064e\u064f].*(?:[\u064e\u064f\u0650]\u0651?[^\u064b-\u0652اويى]\u0651?|\u064eى|\u064fو|\u0650ي)"
    "|ي\u064f.\u0650ي[^\u064b-\u0652]|ي\u064e(?:سْتَ|.ْتَا).*)$")


@dataclass(frozen=True)
class LexiconEntry:
    arabic: str
    vocalized: str
    kind: str
    latin: str = ""

    @property
    def proper(self) -> bool:
        """A name (capitalised) rather than a word."""
        return self.kind in PROPER_KINDS

    @property
    def tense(self) -> str:
        """``"perfect"`` or ``"imperfect"`` for a one-word verb of the general vocabulary, else
        ``""``.  The rows tell: a perfect (3rd person masculine singular) keeps its final fatḥa
        (قَالَ, and اِسْتَمَرَّ under its shadda; particles aside); an imperfect opens with يَ or
        يُ, ends in a consonant after a short vowel, with no case vowel (يُمْكِن, يَشْمَل,
        يُشَكِّل), and is no yaCāC noun: يَوْم, يَمِين, يَنْبُوع, يَنَايِر, يُونْيُو, يَأْس are nouns."""
        if self.kind != "word" or " " in self.vocalized or len(self.arabic) < 2:
            return ""
        final = _FINAL_MARKS.search(self.vocalized)
        if final and FATHA in final.group() and self.arabic not in FATHA_PARTICLES:
            return "perfect"
        if _IMPERFECT.match(self.vocalized) and not self.arabic.endswith(("ة", "ات")):
            return "imperfect"
        return ""


@dataclass
class Lexicon:
    """Entries by exact unvocalized spelling and by folded key (first row wins)."""

    exact: dict[str, LexiconEntry]
    folded: dict[str, LexiconEntry]
    longest: int = 1
    firsts: frozenset[str] = frozenset()  # folded first words of the multiword entries
    _patterns: PatternModel | None = field(default=None, repr=False, compare=False)

    def lookup(self, unvocalized: str) -> LexiconEntry | None:
        """The entry of this exact spelling, else of its folded key, unless the word writes a
        hamza inside where the entry has a bare letter (رأيت raʾaitu is not the name رايت),
        writes an alif seat where the entry writes another (آتى ātā is not أتى atā, أمامة
        Umāma not إمامة imāma; a bare alif matches any), or opens with the article where the
        entry opens with آ (الدار is al-dār, not the name آلدار)."""
        word = strip_arabic_diacritics(clean(unvocalized))
        entry = self.exact.get(word)
        if entry is not None:
            return entry
        entry = self.folded.get(arabic_key(word))
        if entry is None or any(a in _HAMZA_SEATS and b not in _HAMZA_SEATS for a, b in zip(word[1:], entry.arabic[1:])):
            return None
        if any(a != b and a in _ALIF_SEATS and b in _ALIF_SEATS for a, b in zip(word, entry.arabic)):
            return None
        if word.startswith("ال") and entry.arabic.startswith("آ"):
            return None
        return entry

    @property
    def patterns(self) -> PatternModel:
        """The morphological patterns of the Arabic entries (learned once, on first use)."""
        if self._patterns is None:
            arabic = [e for e in self.exact.values() if e.vocalized and e.kind in ARABIC_KINDS]
            self._patterns = learn_words((e.vocalized for e in arabic), (e.vocalized for e in arabic if e.kind in NAME_KINDS))
        return self._patterns


def parse_lexicon(text: str, name: str = "<lexicon>") -> Lexicon:
    """Parse lexicon TSV text; a malformed row is a :class:`TableError` naming its line."""
    exact: dict[str, LexiconEntry] = {}
    folded: dict[str, LexiconEntry] = {}
    longest, firsts = 1, set()
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if tuple(cells[:3]) == HEADER[:3]:
            continue
        if len(cells) < 3 or cells[2] not in KINDS:
            raise TableError(f"{name}:{number}: expected arabic, vocalized, kind (one of {', '.join(sorted(KINDS))}), latin")
        entry = LexiconEntry(clean(cells[0]), clean(cells[1]), cells[2], clean(cells[3]) if len(cells) > 3 else "")
        exact.setdefault(entry.arabic, entry)
        folded.setdefault(arabic_key(entry.arabic), entry)
        longest = max(longest, entry.arabic.count(" ") + 1)
        if " " in entry.arabic:
            firsts.add(arabic_key(entry.arabic.split(" ")[0]))
    return Lexicon(exact, folded, longest, frozenset(firsts))


def load_lexicon(path: str) -> Lexicon:
    try:
        return parse_lexicon(Path(path).read_text(encoding="utf-8"), path)
    except (OSError, UnicodeDecodeError) as error:
        raise TableError(f"{path}: cannot read lexicon ({error})") from None


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The lexicon shipped with translit (empty when a build leaves it out)."""
    resource = files("translit_cli.data").joinpath("lexicon.tsv")
    try:
        return parse_lexicon(resource.read_text(encoding="utf-8"), "lexicon.tsv")
    except FileNotFoundError:
        return Lexicon({}, {})


@dataclass(frozen=True)
class Exonym:
    """The English names of an Arabic name that do not render its sounds (مصر Egypt, يوسف
    Joseph): a pair that no similarity finds, so learning looks them up."""

    english: frozenset[str]   # folded (normalize.fold_latin)
    with_article: bool        # news writes it with the article, and only then is it this name


def parse_exonyms(text: str, name: str = "<exonyms>") -> dict[str, Exonym]:
    """Exonyms by the Arabic key of the name without its article; a malformed row is a
    :class:`TableError` naming its line."""
    found: dict[str, Exonym] = {}
    for number, line in enumerate(text.splitlines(), 1):
        cells = line.split("\t")
        if not line.strip() or line.startswith("#") or cells == ["arabic", "english"]:
            continue
        if len(cells) != 2 or not all(cell.strip() for cell in cells):
            raise TableError(f"{name}:{number}: expected arabic, english (|-separated)")
        key = arabic_key(clean(cells[0]))
        article = key.startswith("ال")
        found[key[2:] if article else key] = Exonym(
            frozenset(fold_latin(form) for form in cells[1].split("|")), article)
    return found


@lru_cache(maxsize=1)
def default_exonyms() -> dict[str, Exonym]:
    """The exonym list shipped with translit (``data/exonyms.tsv``; empty when a build leaves
    it out)."""
    resource = files("translit_cli.data").joinpath("exonyms.tsv")
    try:
        return parse_exonyms(resource.read_text(encoding="utf-8"), "exonyms.tsv")
    except FileNotFoundError:
        return {}
