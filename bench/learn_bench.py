"""Benchmark of `translit learn`: pair precision/recall and learning throughput.

    python3 -m pip install -e '.[bench-learn]'   # the hadith collections (real text)
    python3 bench/learn_bench.py                 # full run (10,000 generated items)
    python3 bench/learn_bench.py --items 500

Evaluation sets (reproducible, built here): bilingual items generated from the hand-written
name list below (Arabic spelling, house Latin form) in varied templates, with clitics and the
article on the Arabic side, "the" and possessives on the English side; seed 000 with its
hand-labelled pairs; and real translated text, items of consecutive hadith from five
collections in four layouts: 50 development items with 728 hand-labelled pairs and 20
held-out items (labelled after tuning) with 301 (``learn_hadith.py``,
``data/learn_hadith_*.tsv``).  A pair is an (Arabic key, Latin form) of an item; pairs whose
Latin side is one word are scored, multiword names apart.  The peer is the obvious baseline
(no name-matching package exists on PyPI): every capitalised English word paired with the
Arabic token of the most similar consonant skeleton (rapidfuzz ratio >= 70 on
names.arabic_consonants / latin_consonants).
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from hadith_data import COLLECTIONS, installed_collections  # noqa: E402
from learn_hadith import (  # noqa: E402
    GOLD, HELD_OUT, Pairs, context_items, corpus_pairs, fold_pairs, gold_items, held_out_items, item_gold,
    load_gold, multiword_score,
)

from translit_cli.align import align_documents  # noqa: E402
from translit_cli.documents import Document, load_document, parse_document  # noqa: E402
from translit_cli.learn import learn_pairs  # noqa: E402
from translit_cli.names import arabic_consonants, latin_candidates, latin_consonants, split_clitics  # noqa: E402
from translit_cli.normalize import ARABIC_WORD, arabic_key  # noqa: E402

#: (Arabic as news writes it, the house's Latin form): persons, places, organisations.
NAMES = [
    ("خالد", "Ḫālid"), ("جمال", "Ǧamāl"), ("كمال", "Kamāl"), ("سعيد", "Saʿīd"), ("سعد", "Saʿd"),
    ("حسن", "Ḥasan"), ("حسين", "Ḥusain"), ("عمر", "ʿUmar"), ("يوسف", "Yūsuf"), ("مصطفى", "Muṣṭafā"),
    ("نيجيرفان", "Nēčīrvān"), ("مسرور", "Masrūr"), ("بارزاني", "Barazānī"), ("طالباني", "Ṭālabānī"),
    ("شيخ", "Šaiḫ"), ("فاطمة", "Fāṭima"), ("زينب", "Zainab"), ("محمود", "Maḥmūd"), ("إبراهيم", "Ibrāhīm"),
    ("دمشق", "Dimašq"), ("بيروت", "Bairūt"), ("حلب", "Ḥalab"), ("الموصل", "Mōṣul"), ("كركوك", "Kirkūk"),
    ("أربيل", "Irbil"), ("السليمانية", "Sulaimānīya"), ("البصرة", "Baṣra"), ("عمان", "ʿAmmān"),
    ("القاهرة", "Qāhira"), ("طرابلس", "Ṭarābulus"), ("داعش", "Dāʿiš"), ("البيشمركة", "Pēšmerga"),
    ("حماس", "Ḥamās"), ("الحشد", "Ḥašd"), ("كارل", "Karl"), ("هاريس", "Harris"), ("جونسون", "Johnson"),
]
PERSONS = NAMES[:20]
PLACES = NAMES[20:30]
ORGS = NAMES[30:34]
TEMPLATES = [
    ("{p1} {p2} met the Minister of Interior in {c1} on Monday.",
     "التقى {p1} {p2} وزير الداخلية في {c1} يوم الاثنين."),
    ("The spokesman of the {o1} said that {p1} arrived in {c1} from {c2}.",
     "وقال المتحدث باسم {o1} إن {p1} وصل إلى {c1} قادما من {c2}."),
    ("{p1}'s office announced support for the {o1} forces near {c1}.",
     "أعلن مكتب {p1} دعمه لقوات {o1} قرب {c1}."),
    ("According to the Ministry, the attack by {o1} killed three people in {c1}.",
     "وبحسب الوزارة، أسفر هجوم {o1} عن مقتل ثلاثة أشخاص في {c1}."),
    ("President {p1} received {p2} and discussed the situation in {c1} and {c2}.",
     "استقبل الرئيس {p1} {p2} وبحث معه الوضع في {c1} و{c2}."),
]
#: Seed 000 by hand: (Arabic stem, Latin form) pairs a reader finds in the aligned paragraphs.
SEED_000_GOLD = {
    ("مسرور", "Masrūr"), ("برزاني", "Barazānī"), ("بارزاني", "Barazānī"), ("داعش", "Dā‘iš"),
    ("داعش", "Dā'iš"), ("بيشمركة", "Pešmarga"), ("بيشمركة", "Peršmarga"), ("بيشمركة", "Pešmaga"),
    ("كارل", "Karl"), ("هاريس", "Harris"), ("اربيل", "Irbil"), ("واشنطن", "Washington"),
    ("بغداد", "Baghdad"), ("عراق", "Iraq"), ("سوريا", "Syria"), ("كردستان", "Kurdistan"),
    ("عراقي", "Iraqi"), ("ميادين", "Mayadeen"), ("كردستانية", "Kurdistani"),
    ("مسرور برزاني", "Masrūr Barazānī"), ("مسرور بارزاني", "Masrūr Barazānī"), ("كارل هاريس", "Karl Harris"),
}


def _stem(arabic: str) -> str:
    return arabic_key(split_clitics(arabic)[1])


def generate(count: int, seed: int = 4) -> list[tuple[str, set[tuple[str, str]]]]:
    """Bilingual items (English paragraph, blank line, Arabic paragraph; 3 sentences each)
    with the set of (Arabic stem, Latin form) pairs they contain."""
    rng = random.Random(seed)
    items = []
    for _ in range(count):
        english, arabic, gold = [], [], set()
        for _ in range(3):
            en, ar = rng.choice(TEMPLATES)
            slots = {"p1": rng.choice(PERSONS), "p2": rng.choice(PERSONS), "c1": rng.choice(PLACES),
                     "c2": rng.choice(PLACES), "o1": rng.choice(ORGS)}
            while slots["p2"] == slots["p1"]:
                slots["p2"] = rng.choice(PERSONS)
            while slots["c2"] == slots["c1"]:
                slots["c2"] = rng.choice(PLACES)
            used = {k: v for k, v in slots.items() if "{" + k + "}" in ar}
            english.append(en.format(**{k: v[1] for k, v in slots.items()}))
            arabic.append(ar.format(**{k: v[0] for k, v in slots.items()}))
            gold |= {(_stem(v[0]), v[1]) for v in used.values()}
        items.append(("\n\n".join(english) + "\n\n" + "\n\n".join(arabic) + "\n", gold))
    return items


def baseline_pairs(documents: Sequence[Document]) -> set[tuple[str, str]]:
    """The peer: best skeleton match for each capitalised word, no clitic readings beyond the
    default split, no one-to-one constraint, no agreement."""
    found = set()
    for bead in align_documents(documents).beads:
        words = [_stem(m.group()) for p in bead.arabic for m in ARABIC_WORD.finditer(p.text)]
        for paragraph in bead.latin:
            for candidate in latin_candidates(paragraph.text):
                scored = [(fuzz.ratio(arabic_consonants(w), latin_consonants(candidate.stem)), w) for w in words]
                if scored and max(scored)[0] >= 70:
                    found.add((max(scored)[1], candidate.stem))
    return found


def translit_pairs(documents: Sequence[Document]) -> Pairs:
    return {(p.arabic, p.latin) for p in learn_pairs([documents])}


def word_pairs(pairs: Iterable[tuple[str, str]]) -> Pairs:
    """Pairs whose Latin side is one word: a name, or a compound the translation writes as one
    word (`Abdullah for عبد الله).  Multiword names (Masrūr Barazānī) are scored apart."""
    return {(arabic, latin) for arabic, latin in pairs if " " not in latin}


def score(found: Sequence[Pairs], gold: Sequence[Pairs]) -> tuple[int, int, int]:
    """(right, found, gold) word pairs summed over items."""
    found = [word_pairs(f) for f in found]
    return (sum(len(f & g) for f, g in zip(found, gold)), sum(map(len, found)), sum(map(len, gold)))


def report(name: str, found: Sequence[Pairs], gold: Sequence[Pairs]) -> tuple[float, float]:
    right, count, wanted = score(found, gold)
    precision, recall = right / max(count, 1), right / max(wanted, 1)
    print(f"  {name:10s} precision {precision:.3f}  recall {recall:.3f}  "
          f"({right} right of {count} found, {wanted} gold)")
    return precision, recall


def compare(items: Sequence[tuple[Sequence[Document], Pairs]]) -> None:
    """translit and the baseline on the same items, each item learned on its own."""
    gold = [g for _, g in items]
    ours = report("translit", [translit_pairs(documents) for documents, _ in items], gold)
    peer = report("baseline", [baseline_pairs(documents) for documents, _ in items], gold)
    print(f"  ratio translit/baseline: precision {ours[0] / max(peer[0], 1e-9):.2f}x, "
          f"recall {ours[1] / max(peer[1], 1e-9):.2f}x")


def hadith_quality(context_count: int) -> None:
    """The real-text sets: hand-labelled hadith items (the development set, and a held-out set
    labelled after tuning), learned one by one (as the other sets) and all together with
    unlabelled context items (agreement across items, as `translit learn` is used); word
    pairs, marks folded for a second view, and multiword names."""
    development, held_out = gold_items(), held_out_items()
    context = context_items(context_count, development + held_out)
    for title, items, path in (("development", development, GOLD), ("held out", held_out, HELD_OUT)):
        gold = item_gold(items, load_gold(path))
        print(f"pair quality on hadith items, {title} ({len(items)} items, {sum(map(len, gold))} hand-labelled pairs, "
              f"{len({h.collection for i in items for h in i.hadith})} collections):")
        compare([(item.documents(), g) for item, g in zip(items, gold)])
        together = corpus_pairs(items, context)
        report("corpus", together, gold)
        print(f"    (corpus: learned together with {len(context)} unlabelled items)")
        right, count, wanted = score([fold_pairs(f) for f in together], [fold_pairs(g) for g in gold])
        print(f"  corpus, ʿayn/hamza marks folded: precision {right / max(count, 1):.3f}  "
              f"recall {right / max(wanted, 1):.3f}")
        right, count = multiword_score(together, gold)
        print(f"  corpus, multiword names: {right} of {count} found are runs of hand-labelled pairs")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--context", type=int, default=500, help="unlabelled hadith items learned with the gold ones")
    args = parser.parse_args()
    evaluation = [([parse_document(text, f"gen{i}.txt")], gold) for i, (text, gold) in enumerate(generate(300, seed=7))]
    seed = load_document(str(ROOT / "seeds" / "000_8806b24173207929.txt"))
    seed_gold = {pair for pair in SEED_000_GOLD if " " not in pair[0]}
    for title, items in (("generated items (300)", evaluation), ("seed 000 (hand-labelled)", [([seed], seed_gold)])):
        print(f"pair quality on {title}:")
        compare(items)
    if set(installed_collections()) == set(COLLECTIONS):
        hadith_quality(args.context)
    else:
        print("hadith items: skipped (pip install -e '.[bench-learn]' installs the five collections)")
    documents = [[parse_document(text, f"t{i}.txt")] for i, (text, _) in enumerate(generate(args.items, seed=11))]
    start = time.perf_counter()
    pairs = learn_pairs(documents)
    ours = time.perf_counter() - start
    start = time.perf_counter()
    for item in documents:
        baseline_pairs(item)
    peer = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"throughput on {args.items} generated items: translit {args.items / ours:,.0f} items/s "
          f"({len(pairs)} pairs), baseline {args.items / peer:,.0f} items/s, ratio {peer / ours:.2f}x; "
          f"peak RSS {peak:.0f} MiB (documents included)")


if __name__ == "__main__":
    main()
