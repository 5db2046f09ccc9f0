"""Scholarly romanization schemes, read from the TOML tables in ``mappings/``.

The tables are data, not code: one file per scheme (``dmg``, ``ala-lc``, ``ijmes``,
``iso233``, ``bgn-pcgn``) that inherits shared letters from ``base.toml`` and states its
letters, its ʿayn and hamza characters, and its conventions for the article, tāʾ marbūṭa,
nisba, alif maqṣūra, diphthongs and Kurdish.  Every entry carries examples that the test
suite renders, so a table tests itself.  A house style (``table.style``) is applied on top of
the nearest scheme as overrides (``letter:ج = j``, ``ayn = ‘``, ``long_vowels = plain``).
"""

from __future__ import annotations

import sys
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib.resources import files
from typing import Any, Mapping

from .errors import TableError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    import tomli as tomllib

SCHEME_NAMES = ("dmg", "ala-lc", "ijmes", "iso233", "bgn")
#: Scheme name -> TOML file stem, and the other names users type for a scheme.
_FILES = {"dmg": "dmg", "ala-lc": "ala-lc", "ijmes": "ijmes", "iso233": "iso233", "bgn": "bgn-pcgn"}
ALIASES = {
    "din": "dmg", "din31635": "dmg", "din-31635": "dmg", "alalc": "ala-lc", "lc": "ala-lc",
    "loc": "ala-lc", "iso": "iso233", "iso-233": "iso233", "bgn-pcgn": "bgn", "pcgn": "bgn",
}
#: Vowel letters a house may write without macrons (``long_vowels = plain``).
_MACRONS = str.maketrans({"ā": "a", "ī": "i", "ū": "u", "ē": "e", "ō": "o", "á": "a"})


@dataclass(frozen=True)
class Example:
    """A vocalized Arabic word or phrase and its expected romanization under one rule."""

    rule: str
    arabic: str
    latin: str


@dataclass(frozen=True)
class ArticleRules:
    """How the scheme writes the article ال (DIN 31635 §6, ALA-LC rule 18, BGN/PCGN §3)."""

    prefix: str = "al"
    separator: str = "-"
    assimilate: bool = False
    sun_letters: str = "تثدذرزسشصضطظلن"
    elide_after_clitic: bool = True
    elide_after_vowel: bool = False
    lil: str = "li-l-"
    capitalize: bool = False


@dataclass(frozen=True)
class TaMarbuta:
    """What follows the fatḥa of ة: in pausa, in construct, and after a long ā."""

    pausal: str = ""
    construct: str = "t"
    after_alif: str = "h"


@dataclass(frozen=True)
class Scheme:
    """One scheme's letters and conventions, ready for :mod:`translit_cli.romanize`."""

    name: str
    title: str
    letters: Mapping[str, str]
    ayn: str
    hamza: str
    vowels: Mapping[str, str]
    kurdish: Mapping[str, str]
    kurdish_latin: Mapping[str, str]
    article: ArticleRules
    clitics: Mapping[str, str]
    clitic_separator: str
    ta_marbuta: TaMarbuta
    plain_names: bool = False
    ibn: str = "ibn"
    join_allah: bool = False
    examples: tuple[Example, ...] = field(default=(), compare=False, repr=False)

    def letter(self, char: str) -> str:
        """The Latin value of an Arabic consonant (ʿayn and hamza included)."""
        if char == "ع":
            return self.ayn
        if char in "ءأإؤئ":
            return self.hamza
        return self.letters.get(char, "")

    def kurdish_value(self, value: str) -> str:
        """A DMG-style Kurdish value (š, č, ǧ, ž, ē) in this scheme's letters; a capital takes
        the capital of its value (Šērwān is Shērwān in ALA-LC)."""
        return "".join(self._kurdish_letter(char) for char in value)

    def _kurdish_letter(self, char: str) -> str:
        if char in self.kurdish_latin or not char.isupper():
            return self.kurdish_latin.get(char, char)
        lower = self.kurdish_latin.get(char.lower())
        return lower[:1].upper() + lower[1:] if lower else char


def _value(entry: Any) -> Any:
    return entry["latin"] if isinstance(entry, dict) and "latin" in entry else entry


def _merge(base: dict, override: dict) -> dict:
    """Deep merge of TOML tables; an entry with a ``latin`` value replaces the base entry whole
    (examples included), so every inherited example still holds for the scheme."""
    merged = dict(base)
    for key, value in override.items():
        old = merged.get(key)
        if isinstance(value, dict) and isinstance(old, dict) and "latin" not in value:
            merged[key] = _merge(old, value)
        else:
            merged[key] = value
    return merged


@lru_cache(maxsize=None)
def _raw(stem: str) -> dict:
    """A mapping file with its inheritance resolved."""
    resource = files("translit_cli.mappings").joinpath(f"{stem}.toml")
    try:
        data = tomllib.loads(resource.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise TableError(f"no scheme table mappings/{stem}.toml") from None
    except tomllib.TOMLDecodeError as error:
        raise TableError(f"mappings/{stem}.toml: {error}") from None
    parent = data.pop("inherits", None)
    return _merge(_raw(parent), data) if parent else data


def _examples(data: dict) -> tuple[Example, ...]:
    found: list[Example] = []
    for section, content in data.items():
        if not isinstance(content, dict):
            continue
        entries = content.items() if "latin" not in content else [("", content)]
        for key, entry in entries:
            if isinstance(entry, dict):
                found += [Example(f"{section}.{key}".rstrip("."), a, b) for a, b in entry.get("examples", [])]
        if "examples" in content and "latin" not in content:
            found += [Example(section, a, b) for a, b in content["examples"]]
    return tuple(found)


def _table(data: dict, section: str) -> dict[str, str]:
    content = data.get(section, {})
    return {key: _value(entry) for key, entry in content.items() if key not in ("examples", "separator")}


def _plain_fields(cls: type, content: dict) -> dict:
    return {key: value for key, value in content.items() if key in cls.__dataclass_fields__}


def _build(name: str, data: dict) -> Scheme:
    letters = _table(data, "letters")
    return Scheme(
        name=name,
        title=data.get("title", name),
        letters=letters,
        ayn=_value(data["ayn"]),
        hamza=_value(data["hamza"]),
        vowels=_table(data, "vowels"),
        kurdish=_table(data, "kurdish"),
        kurdish_latin=_table(data, "kurdish_latin"),
        article=ArticleRules(**_plain_fields(ArticleRules, data.get("article", {}))),
        clitics=_table(data, "clitics"),
        clitic_separator=data.get("clitics", {}).get("separator", "-"),
        ta_marbuta=TaMarbuta(**_plain_fields(TaMarbuta, data.get("ta_marbuta", {}))),
        plain_names=bool(data.get("names", {}).get("plain", False)),
        ibn=_value(data.get("names", {}).get("ibn", "ibn")),
        join_allah=bool(data.get("names", {}).get("join_allah", False)),
        examples=_examples(data),
    )


def canonical_name(name: str) -> str:
    """The scheme name for what a user typed (``DIN``, ``bgn-pcgn``, ``ALA-LC``)."""
    lowered = name.strip().lower()
    lowered = ALIASES.get(lowered, lowered)
    if lowered not in _FILES:
        raise TableError(f"unknown scheme {name!r} (choose from {', '.join(SCHEME_NAMES)})")
    return lowered


@lru_cache(maxsize=None)
def _scheme(name: str) -> Scheme:
    return _build(name, _raw(_FILES[name]))


def load_scheme(name: str, overrides: Mapping[str, str] | None = None) -> Scheme:
    """The scheme ``name``, with a house style's overrides applied (contract 3: ``ayn``,
    ``hamza``, ``long_vowels``, ``article``, ``letter:X``; other keys are ignored)."""
    scheme = _scheme(canonical_name(name))
    return apply_style(scheme, overrides) if overrides else scheme


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _article_rules(rules: ArticleRules, style: str) -> ArticleRules:
    """``al-``, ``el-`` (a prefix as written) or ``assimilated``."""
    if style == "assimilated":
        return replace(rules, assimilate=True)
    prefix, separator = (style[:-1], style[-1]) if style[-1:] in "- " else (style, rules.separator)
    if not prefix.isalpha():
        return rules
    return replace(rules, prefix=prefix.lower(), separator=separator, assimilate=False)


def apply_style(scheme: Scheme, style: Mapping[str, str]) -> Scheme:
    """The scheme as a house writes it."""
    letters = dict(scheme.letters)
    letters.update({key[len("letter:"):]: _nfc(value) for key, value in style.items() if key.startswith("letter:")})
    vowels = dict(scheme.vowels)
    if style.get("long_vowels") == "plain":
        vowels = {key: value.translate(_MACRONS) for key, value in vowels.items()}
        letters["ا"] = letters.get("ا", "ā").translate(_MACRONS)
    article = _article_rules(scheme.article, style["article"]) if style.get("article") else scheme.article
    return replace(
        scheme,
        letters=letters,
        vowels=vowels,
        ayn=style.get("ayn") or scheme.ayn,
        hamza=style.get("hamza") or scheme.hamza,
        article=article,
    )
