"""Seed 000 and variants derived from it programmatically: every layout and every damage an
editor's copy-paste does must give the same beads.

Paragraphs are identified by their NFC text, so a variant's beads are compared with the gold
beads of the original file whatever line numbers the variant gives them.
"""

from __future__ import annotations

import unicodedata
from itertools import combinations
from pathlib import Path

import pytest

from translit_cli import align as aligner
from translit_cli.align import Alignment, align_documents
from translit_cli.documents import Layout, load_document, parse_document, sides

SEED_000 = Path(__file__).resolve().parent.parent / "seeds" / "000_8806b24173207929.txt"
#: (English line, Arabic line) as given in issue 2; English line 21 (a caption) is unaligned.
GOLD = [(1, 24), (3, 26), (5, 28), (7, 30), (9, 32), (11, 34), (13, 36), (15, 38), (17, 40)]
CAPTION = 21

Key = tuple[frozenset[int], frozenset[int]]


def _seed_sides() -> tuple[dict[int, str], dict[int, str]]:
    """Source line → raw text of each English and each Arabic paragraph of the seed."""
    arabic, latin = sides(load_document(str(SEED_000)).paragraphs)
    return {p.line: p.raw for p in latin}, {p.line: p.raw for p in arabic}


ENGLISH, ARABIC = _seed_sides()


def _gold(drop: set[int] = frozenset(), merge: tuple[int, ...] = ()) -> set[Key]:
    """Gold beads after dropping source lines and merging source lines into one paragraph."""
    beads: set[Key] = set()
    for en, ar in GOLD:
        en_side = frozenset({en} - drop)
        ar_side = frozenset({ar} - drop)
        if en_side or ar_side:
            beads.add((en_side, ar_side))
    beads.add((frozenset({CAPTION}), frozenset()))
    merged = [bead for bead in beads if bead[0] & set(merge) or bead[1] & set(merge)]
    if merged:
        beads -= set(merged)
        beads.add((frozenset().union(*(b[0] for b in merged)), frozenset().union(*(b[1] for b in merged))))
    return beads


def _identity(texts: dict[tuple[int, ...], str]) -> dict[str, tuple[int, ...]]:
    return {unicodedata.normalize("NFC", text).strip(): lines for lines, text in texts.items()}


def _observed(alignment: Alignment, identity: dict[str, tuple[int, ...]]) -> set[Key]:
    def source(paragraphs) -> frozenset[int]:
        return frozenset(
            line for p in paragraphs for line in identity[unicodedata.normalize("NFC", p.raw).strip()]
        )

    return {(source(bead.latin), source(bead.arabic)) for bead in alignment.beads}


def _pieces(drop: set[int] = frozenset(), merge: tuple[int, ...] = ()) -> tuple[list[tuple[int, ...]], list[tuple[int, ...]], dict]:
    """English and Arabic paragraphs (as tuples of source lines) and their texts."""
    texts: dict[tuple[int, ...], str] = {}
    english: list[tuple[int, ...]] = []
    arabic: list[tuple[int, ...]] = []
    for source, target in ((ENGLISH, english), (ARABIC, arabic)):
        pending: list[int] = []
        for line, text in source.items():
            if line in drop:
                continue
            if line in merge:
                pending.append(line)
                if len(pending) < len([m for m in merge if m in source]):
                    continue
                key = tuple(pending)
                texts[key] = " ".join(source[m] for m in pending)
            else:
                key = (line,)
                texts[key] = text
            target.append(key)
    return english, arabic, texts


def _join(keys: list[tuple[int, ...]], texts: dict) -> str:
    return "\n\n".join(texts[key] for key in keys) + "\n"


def _align_text(text: str) -> Alignment:
    return align_documents([parse_document(text, "variant.txt")])


def test_seed_000_gives_the_issue_beads_and_leaves_the_caption_unaligned():
    alignment = align_documents([load_document(str(SEED_000))])
    observed = {
        (tuple(p.line for p in b.latin), tuple(p.line for p in b.arabic)) for b in alignment.beads
    }
    assert observed == {((en,), (ar,)) for en, ar in GOLD} | {((CAPTION,), ())}
    assert alignment.layout is Layout.LATIN_THEN_ARABIC
    caption = next(b for b in alignment.beads if not b.arabic)
    assert caption.latin[0].raw.startswith("Pic:")


@pytest.mark.parametrize("order", ["english-first", "arabic-first"])
def test_blocks_in_either_order(order):
    english, arabic, texts = _pieces()
    blocks = [_join(english, texts), _join(arabic, texts)]
    if order == "arabic-first":
        blocks.reverse()
    alignment = _align_text("\n\n".join(blocks))
    assert _observed(alignment, _identity(texts)) == _gold()
    expected = Layout.ARABIC_THEN_LATIN if order == "arabic-first" else Layout.LATIN_THEN_ARABIC
    assert alignment.layout is expected


def test_interleaved_paragraphs():
    english, arabic, texts = _pieces()
    keys = [key for pair in zip(english, arabic) for key in pair] + english[len(arabic):]
    alignment = _align_text(_join(keys, texts))
    assert alignment.layout is Layout.INTERLEAVED
    assert _observed(alignment, _identity(texts)) == _gold()


@pytest.mark.parametrize("arabic_first", [False, True])
def test_two_files_in_either_order(tmp_path, arabic_first):
    english, arabic, texts = _pieces()
    en_file, ar_file = tmp_path / "en.txt", tmp_path / "ar.txt"
    en_file.write_text(_join(english, texts), encoding="utf-8")
    ar_file.write_text(_join(arabic, texts), encoding="utf-8")
    files = [str(ar_file), str(en_file)] if arabic_first else [str(en_file), str(ar_file)]
    alignment = align_documents([load_document(f) for f in files])
    assert (alignment.arabic_path, alignment.latin_path) == (str(ar_file), str(en_file))
    assert _observed(alignment, _identity(texts)) == _gold()


@pytest.mark.parametrize("transform", [
    lambda text: unicodedata.normalize("NFD", text),
    lambda text: text.replace("\n", "\r\n"),
], ids=["nfd", "crlf"])
def test_encoding_variants(tmp_path, transform):
    english, arabic, texts = _pieces()
    path = tmp_path / "variant.txt"
    path.write_bytes(transform(_join(english + arabic, texts)).encode("utf-8"))
    alignment = align_documents([load_document(str(path))])
    assert _observed(alignment, _identity(texts)) == _gold()


@pytest.mark.parametrize("dropped", [32, 9, 24, 40])
def test_a_dropped_paragraph_leaves_its_partner_alone(dropped):
    english, arabic, texts = _pieces(drop={dropped})
    alignment = _align_text(_join(english + arabic, texts))
    assert _observed(alignment, _identity(texts)) == _gold(drop={dropped})


#: The Arabic paragraphs of more than 140 characters (all but the title, the source line and
#: line 36, whose English partner is short enough to pass for part of a merge).
LONG_ARABIC = [line for line, text in ARABIC.items() if len(text) > 140]


@pytest.mark.parametrize("dropped", list(combinations(LONG_ARABIC, 2)))
def test_two_dropped_long_paragraphs_leave_their_partners_alone(dropped):
    """Two long Arabic paragraphs lost take a quarter to two fifths of the Arabic letters out
    of the item's totals: at the totals' ratio, English paragraphs look too long for their
    partners and are run into their neighbours' beads.  The aligner tries ratios around the
    totals' and keeps the cheapest path, which leaves the two orphans unaligned."""
    english, arabic, texts = _pieces(drop=set(dropped))
    alignment = _align_text(_join(english + arabic, texts))
    assert _observed(alignment, _identity(texts)) == _gold(drop=set(dropped))


def _count_searches(monkeypatch) -> list:
    """Record every run of the banded search."""
    searches = []
    search = aligner._best_path

    def counted(*args):
        searches.append(args)
        return search(*args)

    monkeypatch.setattr(aligner, "_best_path", counted)
    return searches


@pytest.mark.parametrize("copies", [1, 60])
def test_the_ratio_is_searched_only_where_the_totals_leave_doubt(monkeypatch, copies):
    """The seed's longest paragraph holds a fifth of its side's letters, so its ratio is
    searched as far as the search goes; sixty copies of it in a row (540 paragraphs a side)
    have totals that no paragraph can move, and are aligned at one ratio, as fast as before
    the search existed."""
    searches = _count_searches(monkeypatch)
    english, arabic, texts = _pieces()
    alignment = _align_text(_join(english * copies + arabic * copies, texts))
    assert len(alignment.beads) == len(_gold()) * copies
    assert _observed(alignment, _identity(texts)) == _gold()
    assert len(searches) == (2 * aligner.MAX_RATIO_STEPS + 1 if copies == 1 else 1)


class _BlindMeaning:
    """A meaning model that finds no two paragraphs alike: only its presence counts here."""

    def bead_similarity(self, arabic, latin):
        return lambda i0, i1, j0, j1: 0.0


def test_the_ratio_is_not_searched_with_a_meaning_model(monkeypatch):
    """Meaning pins the pairs a wrong ratio would move, and a searched ratio lets a free
    translation trade a pair's meaning for length: with a meaning model the seed is aligned
    at its estimated ratio alone, and still right."""
    searches = _count_searches(monkeypatch)
    english, arabic, texts = _pieces()
    document = parse_document(_join(english + arabic, texts), "item.txt")
    alignment = align_documents([document], _BlindMeaning())
    assert len(searches) == 1
    assert _observed(alignment, _identity(texts)) == _gold()


@pytest.mark.parametrize("merged", [(9, 11), (30, 32), (13, 15), (1, 3)])
def test_two_merged_paragraphs_make_one_bead(merged):
    english, arabic, texts = _pieces(merge=merged)
    alignment = _align_text(_join(english + arabic, texts))
    assert _observed(alignment, _identity(texts)) == _gold(merge=merged)
    bead = next(b for b in alignment.beads if len(b.arabic) + len(b.latin) == 3)
    assert bead.score > 0


def test_arabic_only_seeds_keep_every_paragraph_unaligned():
    for seed in sorted(SEED_000.parent.glob("00[1-4]_*.txt")):
        document = load_document(str(seed))
        alignment = align_documents([document])
        assert alignment.layout is Layout.ARABIC_ONLY
        listed = [p for b in alignment.beads for p in b.arabic + b.latin]
        assert listed == document.paragraphs
        assert all(not (b.arabic and b.latin) for b in alignment.beads)
