"""Benchmark `translit romanize` against uroman, aksharamukha and PyICU on the same inputs.

Run: python3 bench/romanize_bench.py   (peers: pip install -e '.[bench-romanize]'; PyICU needs
apt-get install libicu-dev pkg-config).  Data: bench/data/names_eval.tsv (news names, targets
in five schemes; seed and news subsets) and bench/data/alalc_eval.tsv (catalogue words).
Prints exact match, character error rate (CER) and characters per second, with ratios; the
lists split into items the lexicon covers and items it does not; and a leave-one-out test of
the rules path on the lexicon itself (each sampled entry hidden, its unvocalized spelling
romanized, compared with the romanization of its vocalized form).
"""

from __future__ import annotations

import gc
import hashlib
import time
from collections import Counter, defaultdict
from pathlib import Path

from rapidfuzz.distance import Levenshtein

from translit_cli.lexicon import ARABIC_KINDS, NAME_KINDS, default_lexicon, parse_lexicon
from translit_cli.normalize import arabic_key
from translit_cli.patterns import PatternModel, pattern_words
from translit_cli.romanize import Romanizer, romanize_text
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


#: Passes over a list per system; the fastest is the speed reported (a list of 242 names takes
#: a tenth of a second, less than the machine's hiccups).
TIMED_PASSES = 3


def score(system, pairs, casefold=False) -> tuple[float, float, float]:
    """Exact share, CER and characters per second of ``system`` on (arabic, target) pairs."""
    system(pairs[0][0])  # warm up: lexicon and scheme loading are not per-item costs
    elapsed = float("inf")
    gc.collect()
    gc.disable()  # no collection of the leave-one-out's garbage inside a timed pass
    try:
        for _ in range(TIMED_PASSES):  # the lists are small: the best of a few passes, every system alike
            started = time.perf_counter()
            outputs = [system(arabic) for arabic, _ in pairs]
            elapsed = min(elapsed, time.perf_counter() - started)
    finally:
        gc.enable()
    norm = (lambda s: s.casefold()) if casefold else (lambda s: s)
    exact = sum(norm(o.strip()) == norm(t) for o, (_, t) in zip(outputs, pairs)) / len(pairs)
    errors = sum(Levenshtein.distance(norm(o.strip()), norm(t)) for o, (_, t) in zip(outputs, pairs))
    chars = sum(len(a) for a, _ in pairs)
    return exact, errors / sum(len(t) for _, t in pairs), chars / elapsed


def translit(scheme: str, diacritize: bool = False, lexicon=None):
    loaded = load_scheme(scheme)
    (lexicon or default_lexicon()).patterns  # learned once per process, not per item: not timed
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
        lower = f"×{cer / ours[1]:.1f} lower" if ours[1] else "0 (none)"
        ratio = "" if name == "translit" else f"  translit CER {lower}, speed ×{ours[2] / speed:.1f}"
        print(f"  {name:16} exact {exact:6.1%}  CER {cer:6.1%}  {speed:10,.0f} chars/s{ratio}")


def covered(arabic: str, scheme: str) -> bool:
    """Every token of the item comes from the lexicon."""
    return all(t.source == "lexicon" for t in romanize_text(arabic, load_scheme(scheme))[1])


def report_coverage(title: str, pairs, scheme: str, casefold=False) -> None:
    """translit on the items the lexicon covers and on those it does not."""
    for label, wanted in (("covered by the lexicon", True), ("not covered", False)):
        subset = [pair for pair in pairs if covered(pair[0], scheme) == wanted]
        if subset:
            report(f"{title}, {label}", subset, {"translit": translit(scheme)}, casefold)


#: Share (per mille) of the single-word entries hidden in turn: about 2,000 of 5,500.  The
#: sample is drawn by a hash of the spelling, so adding rows to the lexicon adds their share
#: and keeps every entry sampled before (a random draw would change them all).
LOO_PER_MILLE = 365


def _in_sample(arabic: str) -> bool:
    return int(hashlib.md5(arabic.encode("utf-8")).hexdigest(), 16) % 1000 < LOO_PER_MILLE


def leave_one_out(scheme_name: str) -> None:
    """Hide each sampled single-word lexicon entry (and its patterns) in turn, romanize its
    spelling, and compare with the romanization of its vocalized form, per kind (names and
    places as a names list's lines, words as words of running text); once with the learned
    patterns and once without (the letter rules alone, as before patterns)."""
    lexicon = parse_lexicon((Path(__file__).parent.parent / "translit_cli/data/lexicon.tsv").read_text(encoding="utf-8"))
    entries = sorted((e for e in lexicon.exact.values() if e.kind in ("name", "place", "word") and " " not in e.arabic),
                     key=lambda e: e.arabic)
    sample = [e for e in entries if _in_sample(e.arabic)]
    scheme = load_scheme(scheme_name)
    romanizer = Romanizer(scheme, lexicon=lexicon)
    targets = [_romanized(romanizer, entry) for entry in sample]
    print(f"\nleave-one-out on the lexicon, {scheme_name}: {len(sample)} of {len(entries)} single-word entries "
          f"({LOO_PER_MILLE / 10:g}% by a hash of the spelling)")
    learned, occurrences = lexicon.patterns, _occurrences(lexicon)
    for label, patterns in (("translit rules (patterns)", learned), ("translit rules (no patterns)", PatternModel())):
        lexicon._patterns = patterns
        outputs = [_hidden(lexicon, romanizer, entry, occurrences) for entry in sample]
        for kind in ("name", "place", "word", "all"):
            pairs = [(o, t) for o, t, e in zip(outputs, targets, sample) if kind in (e.kind, "all")]
            exact = sum(o == t for o, t in pairs) / len(pairs)
            cer = sum(Levenshtein.distance(o, t) for o, t in pairs) / sum(len(t) for _, t in pairs)
            print(f"  {label:29} {kind:5} {len(pairs):5} items  exact {exact:6.1%}  CER {cer:6.1%}")
    lexicon._patterns = learned


def _romanized(romanizer: Romanizer, entry) -> str:
    """A name or place as a line of a names list reads it (a name line); a word as running
    text does (no name line: a names list is no context for a word)."""
    if entry.kind in NAME_KINDS:
        return romanizer.text(entry.arabic)[0]
    return romanizer.assemble(romanizer.choose(entry.arabic, False))


def _hidden(lexicon, romanizer: Romanizer, entry, occurrences: dict[str, Counter]) -> str:
    """``entry`` romanized with it removed from the lexicon and its template from the
    patterns, as often as the patterns counted it (multiword entries hold it too: عمر in
    عمر بن الخطاب would otherwise still vote for its own template)."""
    key = arabic_key(entry.arabic)
    folded = lexicon.folded.get(key)
    del lexicon.exact[entry.arabic]
    if folded is entry:
        del lexicon.folded[key]
    counted = occurrences.get(entry.vocalized, Counter()).items()
    for name, count in counted:
        lexicon.patterns.learn(entry.vocalized, -count, name=name)
    try:  # a fresh romanizer: one remembers the evidence it found for each word
        return _romanized(Romanizer(romanizer.scheme, lexicon=lexicon), entry)
    finally:
        for name, count in counted:
            lexicon.patterns.learn(entry.vocalized, count, name=name)
        lexicon.exact[entry.arabic] = entry
        if folded is entry:
            lexicon.folded[key] = entry


def _occurrences(lexicon) -> dict[str, Counter]:
    """How often the patterns counted each vocalized word, as a name's (True) or not."""
    counted: dict[str, Counter] = defaultdict(Counter)
    for entry in lexicon.exact.values():
        if entry.vocalized and entry.kind in ARABIC_KINDS:
            for word in pattern_words(entry.vocalized):
                counted[word][entry.kind in NAME_KINDS] += 1
    return counted


def main() -> None:
    leave_one_out("dmg")
    leave_one_out("ala-lc")
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
            report_coverage("names, dmg", pairs, "dmg")
    catalogue = [(row[0], row[1]) for row in rows("alalc_eval.tsv")]
    systems = {"translit": translit("ala-lc"), "translit rules": translit("ala-lc", lexicon=RULES_ONLY)}
    systems |= with_diacritizer("ala-lc") | others
    report("ALA-LC catalogue words, case aside", catalogue, systems, casefold=True)
    report_coverage("ALA-LC catalogue words, case aside", catalogue, "ala-lc", casefold=True)


if __name__ == "__main__":
    main()
