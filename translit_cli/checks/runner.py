"""Running the rule families over a corpus and ordering the findings deterministically."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace

from ..latin import match_case
from ..normalize import fold_marks
from .arabic import check_arabic_variants
from .bilingual import check_missing_canonical
from .corpus import Corpus, Mark, Marks
from .evidence import arabic_evidence
from .findings import RULES, Finding
from .passes import passes_for
from .scheme import check_scheme_mix
from .spellings import check_spelling_mix
from .variants import check_variants

NAME_RULES = frozenset({"mark-variant", "diacritic-variant", "possible-typo", "rejected-form"})


def _name_marks(corpus: Corpus) -> list[Marks]:
    marks = check_variants(corpus, arabic_evidence(corpus), corpus.contexts)
    return [marks] * len(corpus.sources)


#: Families that decide on forms: marks per input, located by the second pass.
MARK_FAMILIES: tuple[tuple[frozenset[str], Callable[[Corpus], list[Marks]]], ...] = (
    (NAME_RULES, _name_marks),
    (frozenset({"scheme-mix"}), check_scheme_mix),
    (frozenset({"scheme-mix"}), check_spelling_mix),
)
#: Families that find their own places (repeated paragraphs are found by the first pass).
FINDING_FAMILIES: tuple[tuple[frozenset[str], Callable[[Corpus], list[Finding]]], ...] = (
    (frozenset({"arabic-variant"}), check_arabic_variants),
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
    return [_reconciled(marks) for marks in merged]


def _reconciled(marks: Marks) -> Marks:
    """One input's marks with the two rules that suggest spellings agreeing: a possible typo
    is not pointed at a spelling scheme-mix reports (:func:`_retargeted`), nor reported again
    as a scheme mix (:func:`_superseded_dropped`)."""
    respelled = {key[0].casefold(): mark.suggestion for key, found in marks.items() for mark in found
                 if mark.rule == "scheme-mix" and mark.suggestion}
    kept = {key: _superseded_dropped(_retargeted(key[0], found, respelled)) for key, found in marks.items()}
    return {key: found for key, found in kept.items() if found}


def _retargeted(form: str, found: list[Mark], respelled: dict[str, str]) -> list[Mark]:
    """A possible typo whose suggestion writes the document's minority spelling (Juwayriyyah,
    which scheme-mix respells Juwairiyyah) suggests the document's way instead; if that is
    the form itself, it is no typo but the spelling the document asks for."""
    kept = []
    for mark in found:
        better = respelled.get((mark.suggestion or "").casefold()) if mark.rule == "possible-typo" else None
        if better is None:
            kept.append(mark)
        elif fold_marks(better).casefold() != fold_marks(form).casefold():
            message = f"{form[mark.skip:]}: possible typo for {better}"
            kept.append(replace(mark, message=message, suggestion=match_case(form, better)))
    return kept


def _superseded_dropped(found: list[Mark]) -> list[Mark]:
    """A form flagged as a possible typo is not also reported as another scheme's spelling:
    the typo finding already names the form to write (Zubayd beside Zubaid)."""
    if any(mark.rule == "possible-typo" for mark in found):
        return [mark for mark in found if mark.rule != "scheme-mix"]
    return found


@contextmanager
def _no_cyclic_collection() -> Iterator[None]:
    """The passes allocate millions of small objects (tokens, form counts, places, findings)
    that live until the findings are out and are then freed by reference counting.  CPython's
    cyclic collector would traverse them again and again and free nothing: about a seventh of
    the CPU time on 50 MB.  It runs again once the check is done.  What is left alive then
    (the findings, the tables and caches) is first moved to the oldest generation, as if it
    had survived collections (``freeze`` then ``unfreeze``, without traversing it): else the
    first young collection after would traverse all of it at once (a few hundred thousand
    objects on 50 MB).  Unless something else froze objects, which must stay frozen."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            if not gc.get_freeze_count():
                gc.freeze()
                gc.unfreeze()
            gc.enable()


def run_checks(corpus: Corpus, rules: set[str] | None = None, jobs: int | None = None) -> list[Finding]:
    """Findings of the enabled rules, ordered by input file, line, column and rule.  ``jobs``:
    worker processes for the passes over the inputs (see :func:`.passes.passes_for`)."""
    with _no_cyclic_collection():
        return _run_checks(corpus, set(RULES) if rules is None else rules, jobs)


def _run_checks(corpus: Corpus, rules: set[str], jobs: int | None) -> list[Finding]:
    passes = passes_for(corpus, rules, jobs)
    passes.first()
    findings = [finding for summary in corpus.summaries for finding in summary.findings]
    findings.extend(passes.second(_marks(corpus, rules)))
    for owned, family in FINDING_FAMILIES:
        if owned & rules:
            findings.extend(f for f in family(corpus) if f.rule in rules)
    order = {source.path: number for number, source in enumerate(corpus.sources)}
    return sorted(findings, key=lambda f: (order[f.path], f.line, f.col, f.rule, f.text))
