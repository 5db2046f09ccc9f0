"""Benchmark `translit romanize` against uroman, aksharamukha and PyICU on the same inputs.

Run: python3 bench/romanize_bench.py   (peers: pip install -e '.[bench-romanize]'; PyICU needs
apt-get install libicu-dev pkg-config).  Data: bench/data/names_eval.tsv (news names, targets
in five schemes; seed and news subsets) and bench/data/alalc_eval.tsv (catalogue words).
Prints exact match, character error rate (CER) and characters per second, with ratios.
"""

from __future__ import annotations

import time
from pathlib import Path

from rapidfuzz.distance import Levenshtein

from translit_cli.lexicon import parse_lexicon
from translit_cli.romanize import romanize_text
from translit_cli.schemes import SCHEME_NAMES, load_scheme

DATA = Path(__file__).parent / "data"


def rows(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    table = [line.split("\t") for line in lines if line and not line.startswith("#")]
    return table[1:]


def peers() -> dict:
    found = {}
    try:
        import uroman

        engine = uroman.Uroman()
        found["uroman"] = lambda text: engine.romanize_string(text, lcode="ara")
    except Exception as error:  # noqa: BLE001 - a peer that fails to load is reported, not fatal
        print(f"uroman unavailable: {error}")
    try:
        from aksharamukha import transliterate

        found["aksharamukha"] = lambda text: transliterate.process("Arab", "Latn", text)
    except Exception as error:  # noqa: BLE001
        print(f"aksharamukha unavailable: {error}")
    try:
        import icu

        transform = icu.Transliterator.createInstance("Arabic-Latin")
        found["PyICU"] = transform.transliterate
    except Exception as error:  # noqa: BLE001
        print(f"PyICU unavailable (pip install PyICU needs libicu-dev): {error}")
    return found


def score(system, pairs, casefold=False) -> tuple[float, float, float]:
    """Exact share, CER and characters per second of ``system`` on (arabic, target) pairs."""
    system(pairs[0][0])  # warm up: lexicon and scheme loading are not per-item costs
    started = time.perf_counter()
    outputs = [system(arabic) for arabic, _ in pairs]
    elapsed = time.perf_counter() - started
    norm = (lambda s: s.casefold()) if casefold else (lambda s: s)
    exact = sum(norm(o.strip()) == norm(t) for o, (_, t) in zip(outputs, pairs)) / len(pairs)
    errors = sum(Levenshtein.distance(norm(o.strip()), norm(t)) for o, (_, t) in zip(outputs, pairs))
    chars = sum(len(a) for a, _ in pairs)
    return exact, errors / sum(len(t) for _, t in pairs), chars / elapsed


def translit(scheme: str, diacritize: bool = False, lexicon=None):
    loaded = load_scheme(scheme)
    return lambda text: romanize_text(text, loaded, diacritize=diacritize, lexicon=lexicon)[0]


#: Rules only: what translit does for names its lexicon lacks (the lists share names with it).
RULES_ONLY = parse_lexicon("arabic\tvocalized\tkind\tlatin\n")


def with_diacritizer(scheme: str) -> dict:
    """translit with the optional mishkal extra, when it is installed."""
    from translit_cli.romanize import mishkal_vocalizer

    return {"translit+mishkal": translit(scheme, diacritize=True)} if mishkal_vocalizer() else {}


def report(title: str, pairs, systems: dict, casefold=False) -> None:
    print(f"\n{title} ({len(pairs)} items)")
    results = {name: score(system, pairs, casefold) for name, system in systems.items()}
    ours = results["translit"]
    for name, (exact, cer, speed) in results.items():
        ratio = "" if name == "translit" else f"  translit CER ×{cer / max(ours[1], 1e-9):.1f} lower, speed ×{ours[2] / speed:.1f}"
        print(f"  {name:16} exact {exact:6.1%}  CER {cer:6.1%}  {speed:10,.0f} chars/s{ratio}")


def main() -> None:
    names = rows("names_eval.tsv")
    others = peers()
    for column, scheme in enumerate(SCHEME_NAMES, 2):
        pairs = [(row[0], row[column]) for row in names]
        systems = {"translit": translit(scheme), "translit rules": translit(scheme, lexicon=RULES_ONLY)}
        systems |= with_diacritizer(scheme) | (others if scheme == "dmg" else {})
        report(f"names, {scheme}", pairs, systems)
        if scheme == "dmg":
            for source in ("seed", "news"):
                subset = [(row[0], row[2]) for row in names if row[-1] == source]
                report(f"names, dmg, {source} subset", subset, {"translit": translit("dmg")} | with_diacritizer("dmg") | others)
    catalogue = [(row[0], row[1]) for row in rows("alalc_eval.tsv")]
    systems = {"translit": translit("ala-lc"), "translit rules": translit("ala-lc", lexicon=RULES_ONLY)}
    systems |= with_diacritizer("ala-lc") | others
    report("ALA-LC catalogue words, case aside", catalogue, systems, casefold=True)


if __name__ == "__main__":
    main()
