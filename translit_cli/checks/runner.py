"""Running the rule families over a corpus and ordering the findings deterministically."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from .arabic import check_arabic_variants
from .bilingual import check_missing_canonical
from .corpus import Corpus, Marks, mark_findings
from .evidence import arabic_evidence
from .findings import RULES, Finding
from .paragraphs import check_duplicates
from .scheme import check_scheme_mix
from .variants import check_variants

NAME_RULES = frozenset({"mark-variant", "diacritic-variant", "possible-typo", "rejected-form"})


def _name_marks(corpus: Corpus) -> list[Marks]:
    marks = check_variants(corpus, arabic_evidence(corpus))
    return [marks] * len(corpus.sources)


#: Families that decide on forms: marks per input, located by the second pass.
MARK_FAMILIES: tuple[tuple[frozenset[str], Callable[[Corpus], list[Marks]]], ...] = (
    (NAME_RULES, _name_marks),
    (frozenset({"scheme-mix"}), check_scheme_mix),
)
#: Families that find their own places.
FINDING_FAMILIES: tuple[tuple[frozenset[str], Callable[[Corpus], list[Finding]]], ...] = (
    (frozenset({"arabic-variant"}), check_arabic_variants),
    (frozenset({"duplicate-paragraph"}), check_duplicates),
    (frozenset({"missing-canonical"}), check_missing_canonical),
)


def enabled_rules(select: Iterable[str] | None = None, ignore: Iterable[str] = ()) -> set[str]:
    chosen = set(select) if select else set(RULES)
    return chosen - set(ignore)


def _marks(corpus: Corpus, rules: set[str]) -> list[Marks]:
    """The enabled marks of every family, merged per input."""
    merged: list[Marks] = [{} for _ in corpus.sources]
    for owned, family in MARK_FAMILIES:
        if not owned & rules:
            continue
        for number, marks in enumerate(family(corpus)):
            for key, found in marks.items():
                enabled = [mark for mark in found if mark.rule in rules]
                if enabled:
                    merged[number].setdefault(key, []).extend(enabled)
    return merged


def run_checks(corpus: Corpus, rules: set[str] | None = None) -> list[Finding]:
    """Findings of the enabled rules, ordered by input file, line, column and rule."""
    rules = set(RULES) if rules is None else rules
    findings: list[Finding] = []
    for number, marks in enumerate(_marks(corpus, rules)):
        findings.extend(mark_findings(corpus, number, marks))
    for owned, family in FINDING_FAMILIES:
        if owned & rules:
            findings.extend(f for f in family(corpus) if f.rule in rules)
    order = {source.path: number for number, source in enumerate(corpus.sources)}
    return sorted(findings, key=lambda f: (order[f.path], f.line, f.col, f.rule, f.text))
