"""Running the rule families over a corpus and ordering the findings deterministically."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from .arabic import check_arabic_variants
from .bilingual import check_missing_canonical
from .corpus import Corpus
from .evidence import arabic_evidence
from .findings import RULES, Finding
from .paragraphs import check_duplicates
from .scheme import check_scheme_mix
from .variants import check_variants

def _name_variants(corpus: Corpus) -> list[Finding]:
    return check_variants(corpus, arabic_evidence(corpus))


#: Rule families in the order they run; each returns findings of the rules it owns.
FAMILIES: tuple[tuple[frozenset[str], Callable[[Corpus], list[Finding]]], ...] = (
    (frozenset({"mark-variant", "diacritic-variant", "possible-typo", "rejected-form"}),
     _name_variants),
    (frozenset({"scheme-mix"}), check_scheme_mix),
    (frozenset({"arabic-variant"}), check_arabic_variants),
    (frozenset({"duplicate-paragraph"}), check_duplicates),
    (frozenset({"missing-canonical"}), check_missing_canonical),
)


def enabled_rules(select: Iterable[str] | None = None, ignore: Iterable[str] = ()) -> set[str]:
    chosen = set(select) if select else set(RULES)
    return chosen - set(ignore)


def run_checks(corpus: Corpus, rules: set[str] | None = None) -> list[Finding]:
    """Findings of the enabled rules, ordered by input file, line, column and rule."""
    rules = set(RULES) if rules is None else rules
    findings: list[Finding] = []
    for owned, family in FAMILIES:
        if owned & rules:
            findings.extend(f for f in family(corpus) if f.rule in rules)
    order = {source.path: number for number, source in enumerate(corpus.sources)}
    return sorted(findings, key=lambda f: (order[f.path], f.line, f.col, f.rule, f.text))
