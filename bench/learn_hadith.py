"""Bilingual items from real translated text for `translit learn`: consecutive hadith.

Each item is two to four consecutive hadith of one collection (see ``hadith_data``), one
paragraph per hadith on each side, with the harakat stripped from the Arabic so that it reads
like unvocalized news.  The layouts of real items are all used: the English block then the
Arabic block, the reverse, paragraphs interleaved, and two files.  The translation is free:
the Arabic carries the whole chain of narrators where the English keeps one or two, the
English adds honorifics and glosses, and names are written in each translator's own way
(Abu Hurairah, AbuHurayrah, 'Aishah, `Abdur-Rahman bin `Auf).

The gold pairs of two samples of items are in ``bench/data/learn_hadith_gold.tsv`` (the
development set) and ``learn_hadith_heldout.tsv`` (labelled after tuning); they were written by
hand (see ``bench/data/README.md``), not derived from translit's output.
"""

from __future__ import annotations

import csv
import random
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from hadith_data import Hadith, installed_collections, load_collection

from translit_cli.documents import Document, parse_document
from translit_cli.learn import learn_pairs
from translit_cli.names import LATIN_ARTICLE, split_clitics
from translit_cli.normalize import AYN_HAMZA_MARKS, strip_arabic_diacritics

#: (Arabic key, Latin form) pairs of one item.
Pairs = set[tuple[str, str]]

DATA = Path(__file__).resolve().parent / "data"
GOLD, HELD_OUT = DATA / "learn_hadith_gold.tsv", DATA / "learn_hadith_heldout.tsv"
LAYOUTS = ("en-ar", "ar-en", "interleaved", "two-files")
#: Hadith longer than this (English characters) are left out: news paragraphs are shorter,
#: and a hand-labelled item must stay readable.
MAX_ENGLISH = 900
SAMPLE_SEED = 20261201


@dataclass(frozen=True)
class Item:
    """A bilingual item built from consecutive hadith, in one layout."""

    name: str
    layout: str
    hadith: tuple[Hadith, ...]

    def documents(self) -> list[Document]:
        """The item as translit reads it: one document, or two for the two-file layout."""
        english = [h.english for h in self.hadith]
        arabic = [strip_arabic_diacritics(h.arabic) for h in self.hadith]
        if self.layout == "two-files":
            return [parse_document("\n\n".join(arabic) + "\n", f"{self.name}.ar.txt"),
                    parse_document("\n\n".join(english) + "\n", f"{self.name}.en.txt")]
        if self.layout == "interleaved":
            blocks = [part for pair in zip(english, arabic) for part in pair]
        elif self.layout == "ar-en":
            blocks = arabic + english
        else:
            blocks = english + arabic
        return [parse_document("\n\n".join(blocks) + "\n", f"{self.name}.txt")]

    def keys(self) -> set[tuple[str, int]]:
        return {(h.collection, h.number) for h in self.hadith}


def _short_runs(hadith: list[Hadith], size: int) -> list[int]:
    """Start indices of runs of ``size`` consecutive short hadith."""
    short = [len(h.english) <= MAX_ENGLISH for h in hadith]
    return [i for i in range(len(hadith) - size + 1) if all(short[i:i + size])]


def sample_items(
    per_collection: int, seed: int = SAMPLE_SEED, exclude: set[tuple[str, int]] | None = None
) -> list[Item]:
    """``per_collection`` items from every installed collection, reproducible for a seed; no
    two items share a hadith, and hadith in ``exclude`` are never used."""
    rng = random.Random(seed)
    items = []
    taken = set(exclude or ())
    for collection in installed_collections():
        hadith = load_collection(collection)
        for _ in range(per_collection):
            size = rng.choice((2, 3, 4))
            starts = [i for i in _short_runs(hadith, size)
                      if not {(h.collection, h.number) for h in hadith[i:i + size]} & taken]
            start = rng.choice(starts)
            run = tuple(hadith[start:start + size])
            taken |= {(h.collection, h.number) for h in run}
            name = f"{collection}-{run[0].number}"
            items.append(Item(name, LAYOUTS[len(items) % len(LAYOUTS)], run))
    return items


def gold_items() -> list[Item]:
    """The hand-labelled sample: ten items per collection (all five installed: the draw
    depends on which are)."""
    return sample_items(10)


def held_out_items() -> list[Item]:
    """A second hand-labelled sample, four items per collection, labelled after the learner
    was tuned on the first: an estimate on text it was not tuned on."""
    return sample_items(4, seed=SAMPLE_SEED + 2, exclude=_keys(gold_items()))


def context_items(count: int, labelled: list[Item]) -> list[Item]:
    """``count`` unlabelled items (none sharing a hadith with ``labelled``) to learn with."""
    return sample_items(count // 5, seed=SAMPLE_SEED + 1, exclude=_keys(labelled))


def _keys(items: list[Item]) -> set[tuple[str, int]]:
    return set().union(*(item.keys() for item in items))


def load_gold(path: Path = GOLD) -> dict[tuple[str, int], set[tuple[str, str]]]:
    """Gold (Arabic key, English form) pairs per (collection, hadith number)."""
    gold: dict[tuple[str, int], set[tuple[str, str]]] = defaultdict(set)
    with path.open(encoding="utf-8") as stream:
        rows = csv.DictReader((line for line in stream if not line.startswith("#")), delimiter="\t")
        for row in rows:
            gold[(row["collection"], int(row["hadith"]))].add((row["arabic"], row["english"]))
    return gold


def item_gold(items: list[Item], gold: dict[tuple[str, int], Pairs]) -> list[Pairs]:
    """The gold pairs of each item: those of its hadith."""
    return [set().union(*(gold.get(key, set()) for key in item.keys())) for item in items]


def corpus_pairs(items: list[Item], context: list[Item]) -> list[Pairs]:
    """Pairs learned from ``items`` and ``context`` in one run (so that agreement across items
    counts), kept for each of ``items`` by where their evidence is."""
    owner = {document.path: k for k, item in enumerate(items) for document in item.documents()}
    found: list[Pairs] = [set() for _ in items]
    for pair in learn_pairs(item.documents() for item in items + context):
        k = owner.get(pair.evidence.rsplit(":", 1)[0])
        if k is not None:
            found[k].add((pair.arabic, pair.latin))
    return found


_NO_MARKS = str.maketrans("", "", AYN_HAMZA_MARKS)


def fold_pairs(pairs: Pairs) -> Pairs:
    """Pairs with the ʿayn/hamza marks of the Latin side removed (`Abdullah = Abdullah)."""
    return {(arabic, latin.translate(_NO_MARKS)) for arabic, latin in pairs}


def _decomposes(arabic: list[str], latin: list[str], gold: Pairs) -> bool:
    """Whether consecutive Arabic words and Latin words split into gold pairs, each Latin word
    rendering one or more Arabic words (عبد الرحمن بن عوف = `Abdur-Rahman bin `Auf).  Later
    words of a multiword name keep their article (Khalid bin al-Walid), gold pairs have none."""
    if not latin:
        return not arabic
    return any(
        (_without_article(arabic[:size]), LATIN_ARTICLE.sub("", latin[0])) in gold
        and _decomposes(arabic[size:], latin[1:], gold)
        for size in range(1, len(arabic) - len(latin) + 2)
    )


def _without_article(words: list[str]) -> str:
    """The gold key of Arabic words: the article of the first word removed (الوليد -> وليد)."""
    return " ".join([split_clitics(words[0])[1], *words[1:]])


def multiword_score(found: list[Pairs], gold: list[Pairs]) -> tuple[int, int]:
    """(right, found) multiword pairs: right when made of gold pairs in order."""
    multi = [[(a, l) for a, l in f if " " in l] for f in found]
    right = sum(_decomposes(a.split(), l.split(), g) for pairs, g in zip(multi, gold) for a, l in pairs)
    return right, sum(map(len, multi))
