"""missing-canonical: a table name in an aligned Arabic paragraph whose canonical Latin form
is absent from the English paragraph(s) it is aligned with.

Each input is aligned on its own (translit_cli.align), or with its partner file when an item
is given as two files; one-sided inputs have no beads with two sides and give no finding.  An
Arabic word is looked up in the table under every clitic reading (والبيشمركة: و + ال +
بيشمركة), and two-word names (مسرور بارزاني) before single words.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..documents import Paragraph
from ..names import clitic_splits
from ..normalize import ARABIC_WORD
from ..table import Entry, Status, Table
from .corpus import Corpus
from .findings import Finding, finding_at


def _lookup(table: Table, words: list[str]) -> Entry | None:
    """The entry for a word or phrase under any clitic reading of its first word."""
    for _, stem in clitic_splits(words[0]):
        entry = table.lookup(" ".join([stem, *words[1:]]))
        if entry is not None and entry.status is not Status.REJECTED:
            return entry
    return None


def _names(table: Table, paragraph: Paragraph) -> Iterator[tuple[int, int, Entry]]:
    """(start, end, entry) of the table names in an Arabic paragraph, longest match first."""
    matches = list(ARABIC_WORD.finditer(paragraph.text))
    index = 0
    while index < len(matches):
        for size in (2, 1):
            words = [m.group() for m in matches[index:index + size]]
            entry = _lookup(table, words) if len(words) == size else None
            if entry is not None:
                yield matches[index].start(), matches[index + size - 1].end(), entry
                index += size
                break
        else:
            index += 1


def check_missing_canonical(corpus: Corpus) -> list[Finding]:
    if corpus.table is None:
        return []
    findings = []
    for source, summary in zip(corpus.sources, corpus.summaries):
        if not summary.has_arabic or not source.aligns_item:
            continue  # no Arabic word, no table name to miss
        alignment = source.alignment
        where = "line" if alignment.latin_path == source.path else f"{alignment.latin_path}, line"
        for bead in alignment.beads:
            if not bead.arabic or not bead.latin:
                continue
            english = " ".join(p.text for p in bead.latin).casefold()
            lines = f"{where} " + ", ".join(str(p.line) for p in bead.latin)
            for paragraph in bead.arabic:
                for start, end, entry in _names(corpus.table, paragraph):
                    if entry.latin.casefold() in english:
                        continue
                    findings.append(finding_at(
                        source.path, paragraph, start, end, "missing-canonical",
                        f"{paragraph.text[start:end]}: the aligned English ({lines}) lacks "
                        f"the table's {entry.latin}",
                        suggestion=entry.latin,
                    ))
    return findings
