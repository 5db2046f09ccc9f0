"""Hypothesis properties of documents and the aligner, for arbitrary input: every paragraph is
in exactly one bead, both sides stay in document order, scores stay in [0, 1]."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from translit_cli.align import align, align_documents
from translit_cli.documents import make_paragraph, parse_document, split_lines

ARABIC_WORDS = ["بغداد", "أربيل", "الحكومة", "قال", "في", "2017", "٢٠١٩", "“داعش”", "(كونا)", "مسرور"]
LATIN_WORDS = ["Baghdad", "Erbil", "government", "said", "in", "2017", "2019", "“Dā‘iš”", "(KUNA)", "Pic:"]
SETTINGS = settings(max_examples=60, deadline=None)

paragraph_texts = st.one_of(
    st.lists(st.sampled_from(ARABIC_WORDS), min_size=1, max_size=40).map(" ".join),
    st.lists(st.sampled_from(LATIN_WORDS), min_size=1, max_size=60).map(" ".join),
)


def _paragraphs(texts: list[str]):
    return [make_paragraph(index, 2 * index + 1, text) for index, text in enumerate(texts)]


def _check_partition(beads, arabic, latin) -> None:
    arabic_seen = [p.index for bead in beads for p in bead.arabic]
    latin_seen = [p.index for bead in beads for p in bead.latin]
    assert arabic_seen == [p.index for p in arabic]
    assert latin_seen == [p.index for p in latin]
    assert all(0.0 <= bead.score <= 1.0 for bead in beads)
    assert all(bead.arabic or bead.latin for bead in beads)
    assert all(len(bead.arabic) <= 3 and len(bead.latin) <= 3 for bead in beads)


@SETTINGS
@given(st.lists(paragraph_texts, max_size=25), st.lists(paragraph_texts, max_size=25))
def test_align_partitions_both_sides_in_order(arabic_texts, latin_texts):
    arabic, latin = _paragraphs(arabic_texts), _paragraphs(latin_texts)
    _check_partition(align(arabic, latin), arabic, latin)


@SETTINGS
@given(st.lists(paragraph_texts, min_size=1, max_size=30))
def test_align_documents_accounts_for_every_paragraph(texts):
    document = parse_document("\n\n".join(texts) + "\n")
    alignment = align_documents([document])
    listed = sorted(p.index for bead in alignment.beads for p in bead.arabic + bead.latin)
    assert listed == [p.index for p in document.paragraphs]
    for side in ("arabic", "latin"):
        order = [p.index for bead in alignment.beads for p in getattr(bead, side)]
        assert order == sorted(order)


@SETTINGS
@given(st.text(alphabet=st.sampled_from("ab ج\u064e\n\r\t\u00a0٣."), max_size=200))
def test_documents_keep_every_non_blank_line_exactly_once(text):
    document = parse_document(text)
    covered = [line for p in document.paragraphs for line in p.lines]
    lines = split_lines(text)
    non_blank = [number for number, line in enumerate(lines, start=1) if line.strip(" \t\u00a0")]
    assert covered == non_blank
    for paragraph in document.paragraphs:
        assert paragraph.raw == "\n".join(lines[paragraph.line - 1:paragraph.end_line])


class _HashedMeaning:
    """A stand-in meaning model: an arbitrary but deterministic bonus in [0, 1] per bead."""

    def bead_similarity(self, arabic, latin):
        return lambda i0, i1, j0, j1: (hash((i0, i1, j0, j1)) % 1000) / 999


class _DiagonalMeaning:
    """A meaning model that knows the answer: paragraph k translates paragraph k."""

    def bead_similarity(self, arabic, latin):
        return lambda i0, i1, j0, j1: 1.0 if (i0, i1) == (j0, j1) and i1 - i0 == 1 else 0.0


@SETTINGS
@given(st.lists(paragraph_texts, max_size=25), st.lists(paragraph_texts, max_size=25))
def test_align_with_a_meaning_model_partitions_both_sides_in_order(arabic_texts, latin_texts):
    arabic, latin = _paragraphs(arabic_texts), _paragraphs(latin_texts)
    _check_partition(align(arabic, latin, _HashedMeaning()), arabic, latin)


@SETTINGS
@given(st.lists(st.lists(st.sampled_from(ARABIC_WORDS[:5]), min_size=3, max_size=30).map(" ".join),
                min_size=2, max_size=12))
def test_meaning_recovers_the_pairing_that_lengths_cannot_see(arabic_texts):
    """English paragraphs all of one length, Arabic of any: only meaning tells the pairs."""
    arabic = _paragraphs(arabic_texts)
    latin = _paragraphs(["Baghdad said the government in Erbil"] * len(arabic_texts))
    beads = align(arabic, latin, _DiagonalMeaning())
    assert [(tuple(p.index for p in b.arabic), tuple(p.index for p in b.latin)) for b in beads] == [
        ((k,), (k,)) for k in range(len(arabic))]
