"""House style: which scheme a house's Latin forms follow, and where it departs from it.

Every learned name is evidence of how the house writes some letters: Pešmarga says ش = š,
Dā‘iš says ʿayn = ‘ and long vowels are marked.  Votes are counted per letter, the scheme
that agrees with most votes is the nearest, and every letter where the house differs from it
becomes an override (``letter:غ = gh``), so that ``load_scheme(style["scheme"],
overrides=style)`` renders unseen names the way the house would.

Conventional English spellings (Baghdad, Washington, Iraq) say nothing about the house's
scholarly style, so when a house writes enough names with diacritics or ʿayn/hamza marks, only
those are counted; a house that writes plain ASCII everywhere is judged on all its names.
"""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable, Mapping

from .normalize import AYN_HAMZA_MARKS, arabic_key
from .table import Entry, Table

if TYPE_CHECKING:
    from .schemes import Scheme

#: The ways houses write the letters that tell schemes apart, most specific first.
LETTER_VALUES: dict[str, tuple[str, ...]] = {
    "ش": ("š", "ş", "sch", "sh", "ch"),
    "ج": ("ǧ", "dsch", "dj", "j", "g"),
    "خ": ("ḫ", "ḵ", "kh", "ch", "x"),
    "ث": ("ṯ", "th", "t", "s"),
    "ذ": ("ḏ", "dh", "d", "z"),
    "غ": ("ġ", "ḡ", "gh", "g"),
    "ح": ("ḥ", "ḩ", "h"),
    "ص": ("ṣ", "ş", "s"),
    "ض": ("ḍ", "ḑ", "dh", "d"),
    "ط": ("ṭ", "ţ", "t"),
    "ظ": ("ẓ", "z̧", "ẕ", "dh", "z"),
    "ق": ("q", "k", "g"),
}
#: Letters that share plain Latin values: a plain value (s, h, g, t, d, z) is only evidence
#: for a letter when no other letter of its group is in the word.
CONFUSABLE = ("شسصث", "حهخ", "جغكقگ", "تطث", "دضذ", "زظذ")
LONG_VOWEL_LETTERS = "اوي"
MARKED_VOWELS = "āīūâîûēōĀĪŪÂÎÛĒŌ"
HAMZA_LETTERS = "ءئؤ"
#: Letters that every scholarly scheme writes with a mark or a diacritic.
MARKED_LETTERS = "عءئؤحصضطظ"
#: Share of names with diacritics or marks above which only those are evidence of the style.
SCHOLARLY_SHARE = 0.25
MIN_SCHOLARLY = 3


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def is_scholarly(form: str) -> bool:
    """A form with a non-ASCII letter or an ʿayn/hamza mark (not a conventional spelling)."""
    return any(ord(c) > 0x7F or c in AYN_HAMZA_MARKS for c in form)


def is_conventional(entry: Entry) -> bool:
    """A plain form where every scholarly scheme writes a mark (ā for a medial alif, ʿ, ḥ,
    ṣ …): Baghdad, Washington, Iraq.  Shaykh is not: ALA-LC itself writes it so."""
    arabic = arabic_key(entry.arabic)
    return not is_scholarly(entry.latin) and (
        any(c in MARKED_LETTERS for c in arabic) or "ا" in arabic[1:]
    )


def _is_plain(value: str) -> bool:
    return len(value) == 1 and value.isascii()


def _alone_in_group(letter: str, arabic: str) -> bool:
    group = next((g for g in CONFUSABLE if letter in g), letter)
    return not any(other in arabic for other in group if other != letter)


def letter_value(letter: str, arabic: str, latin: str) -> str | None:
    """The value the Latin form uses for an Arabic letter of the word, when it can tell."""
    lowered = _nfc(latin).lower()
    for value in LETTER_VALUES[letter]:
        if _nfc(value) in lowered:
            if _is_plain(value) and not _alone_in_group(letter, arabic):
                return None
            return value
    return None


@dataclass
class StyleEvidence:
    """Votes counted over a table's names."""

    letters: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    ayn: Counter = field(default_factory=Counter)
    hamza: Counter = field(default_factory=Counter)
    long_vowels: Counter = field(default_factory=Counter)
    articles: Counter = field(default_factory=Counter)
    conventional: list[str] = field(default_factory=list)
    names: int = 0

    def add(self, arabic: str, latin: str, count: int) -> None:
        self.names += 1
        for letter in LETTER_VALUES:
            if letter in arabic:
                value = letter_value(letter, arabic, latin)
                if value is not None:
                    self.letters[letter][value] += count
        marks = [c for c in latin if c in AYN_HAMZA_MARKS]
        has_ayn, has_hamza = "ع" in arabic, any(c in arabic for c in HAMZA_LETTERS)
        if marks and has_ayn and not has_hamza:
            self.ayn.update({mark: count for mark in marks})
        if marks and has_hamza and not has_ayn:
            self.hamza.update({mark: count for mark in marks})
        if any(c in LONG_VOWEL_LETTERS for c in arabic[1:]):
            marked = any(c in MARKED_VOWELS for c in latin)
            self.long_vowels["marked" if marked else "plain"] += count


#: The letters the article assimilates to, where a scheme assimilates (DIN 31635 §6).
SUN_LETTERS = frozenset("تثدذرزسشصضطظلن")
#: Suffix of an article vote before a moon letter: it shows the prefix a house writes, but
#: not whether the house assimilates (every scheme writes al-Qāhira).
BEFORE_MOON = " before a moon letter"


#: Article prefixes written without their vowel after a long one, and the prefix they elide.
ELIDED_ARTICLES = {"l-": "al-"}
#: The article as written before any letter, with a hyphen or as a word of its own (Al Safa).
UNASSIMILATED_ARTICLES = frozenset({"al-", "el-", "al ", "el "})


def _article_kind(prefix: str, arabic: str) -> str:
    """What one name says of the house's article: ``assimilated`` (ez-Zor, aš-Šarq), the
    prefix as written before a sun letter (al-Šarq: never assimilated), or the prefix before
    a moon letter (al-Qāhira: the prefix only).  DMG's l- after a long vowel (Abū l-Qāsim)
    is its al- elided."""
    lowered = ELIDED_ARTICLES.get(prefix.lower(), prefix.lower())
    if lowered not in UNASSIMILATED_ARTICLES:
        return "assimilated"
    return lowered if arabic[:1] in SUN_LETTERS else lowered + BEFORE_MOON


def collect_evidence(entries: Iterable[Entry]) -> StyleEvidence:
    """Votes from every single-word name (multiword names repeat their words' evidence)."""
    names = [e for e in entries if " " not in e.arabic and " " not in e.latin]
    scholarly = [e for e in names if is_scholarly(e.latin)]
    use_scholarly = len(scholarly) >= MIN_SCHOLARLY and len(scholarly) >= SCHOLARLY_SHARE * len(names)
    evidence = StyleEvidence()
    for entry in names:
        if entry.article not in ("", "none"):
            evidence.articles[_article_kind(entry.article, arabic_key(entry.arabic))] += entry.count
        if use_scholarly and is_conventional(entry):
            evidence.conventional.append(entry.latin)
            continue
        evidence.add(arabic_key(entry.arabic), entry.latin, entry.count)
    return evidence


def _majority(counter: Counter) -> str | None:
    return min(counter, key=lambda k: (-counter[k], k)) if counter else None


def default_schemes() -> dict[str, "Scheme"]:
    """Every scheme of mappings/, in the contract's order (imported here, not at module load,
    so that reading and writing tables never needs the scheme tables)."""
    try:
        from .schemes import SCHEME_NAMES, load_scheme
    except ImportError:  # a build without mappings/: report the house's values only
        return {}
    return {name: load_scheme(name) for name in SCHEME_NAMES}


def _scheme_long_vowels(scheme: "Scheme") -> str:
    return "marked" if any(c in MARKED_VOWELS for c in scheme.letters.get("ا", "")) else "plain"


def agreement(scheme: "Scheme", evidence: StyleEvidence) -> int:
    """How many votes a scheme agrees with."""
    score = sum(
        votes[_majority(votes)] for letter, votes in evidence.letters.items()
        if _nfc(scheme.letters.get(letter, "")).lower() == _majority(votes)
    )
    if evidence.ayn and scheme.ayn == _majority(evidence.ayn):
        score += evidence.ayn[scheme.ayn]
    if evidence.hamza and scheme.hamza == _majority(evidence.hamza):
        score += evidence.hamza[scheme.hamza]
    vowels = _majority(evidence.long_vowels)
    if vowels and _scheme_long_vowels(scheme) == vowels:
        score += evidence.long_vowels[vowels]
    return score


@dataclass
class HouseStyle:
    """The inferred style: the table's ``style`` keys plus what they were inferred from."""

    keys: dict[str, str]
    evidence: StyleEvidence
    scores: dict[str, int]


def infer_style(table: Table, schemes: Mapping[str, "Scheme"] | None = None) -> HouseStyle:
    """The nearest scheme and the house's departures from it (contract: ``scheme``, ``ayn``,
    ``hamza``, ``long_vowels``, ``article``, ``letter:X``)."""
    schemes = schemes or default_schemes()
    evidence = collect_evidence(table.entries.values())
    if not evidence.names:
        return HouseStyle({}, evidence, {})
    scores = {name: agreement(scheme, evidence) for name, scheme in schemes.items()}
    keys: dict[str, str] = {}
    letters: Mapping[str, str] = {}
    if scores:
        nearest = min(scores, key=lambda name: (-scores[name], list(schemes).index(name)))
        keys["scheme"], letters = nearest, schemes[nearest].letters
    for name, votes in (("ayn", evidence.ayn), ("hamza", evidence.hamza), ("long_vowels", evidence.long_vowels)):
        if votes:
            keys[name] = _majority(votes)
    article = _article_key(evidence.articles, schemes.get(keys.get("scheme", "")))
    if article:
        keys["article"] = article
    for letter, votes in sorted(evidence.letters.items()):
        value = _majority(votes)
        if _nfc(letters.get(letter, "")).lower() != value:
            keys[f"letter:{letter}"] = value
    return HouseStyle(keys, evidence, scores)


def _article_key(votes: Counter, scheme: "Scheme | None") -> str | None:
    """The ``article`` style key: decided by names with a sun letter when there are any;
    names with moon letters only set the prefix, and only where it is not the nearest
    scheme's, whose rule for sun letters then stands."""
    sun = Counter({kind: n for kind, n in votes.items() if not kind.endswith(BEFORE_MOON)})
    if sun:
        return _majority(sun)
    moon = _majority(votes)
    if moon is None:
        return None
    prefix = moon[: -len(BEFORE_MOON)]
    if scheme is not None and f"{scheme.article.prefix}{scheme.article.separator}" == prefix:
        return None
    return prefix


def _votes(counter: Counter) -> str:
    return ", ".join(f"{_show(value)} {count}×" for value, count in sorted(counter.items(), key=lambda i: (-i[1], i[0])))


def _show(value: str) -> str:
    if len(value) == 1 and not value.isalnum():
        return f"{value} (U+{ord(value):04X})"
    return value


def format_report(style: HouseStyle) -> str:
    """A plain-text report: the nearest scheme, the votes behind every key, the overrides."""
    evidence = style.evidence
    if not style.keys:
        return "no names learned: no house style to infer\n"
    ranking = ", ".join(f"{name} {score}" for name, score in sorted(style.scores.items(), key=lambda i: (-i[1], i[0])))
    lines = [
        f"names: {evidence.names} counted, {len(evidence.conventional)} conventional spellings left out"
        + (f" ({', '.join(sorted(evidence.conventional)[:8])})" if evidence.conventional else ""),
        f"nearest scheme: {style.keys.get('scheme', 'none (no scheme tables installed)')} (votes agreeing: {ranking})",
        f"ʿayn: {_votes(evidence.ayn) or 'not seen'}",
        f"hamza: {_votes(evidence.hamza) or 'not seen'}",
        f"long vowels: {_votes(evidence.long_vowels) or 'not seen'}",
        f"article: {_votes(evidence.articles) or 'not seen'}",
    ]
    lines += [f"letter {letter}: {_votes(votes)}" for letter, votes in sorted(evidence.letters.items())]
    lines.append("style keys (stored in the table):")
    lines += [f"  {key} = {value}" for key, value in style.keys.items()]
    return "\n".join(lines) + "\n"
