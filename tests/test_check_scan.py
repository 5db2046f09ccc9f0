"""The fast paths of `translit check` (checks/scan.py and the helpers it relies on) give what
the plain definitions give: checked on the seeds, on constructed text and on every code point
where a table of characters stands in for a property."""

import gc
import os
import random
import signal
import unicodedata
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings, strategies as st

from translit_cli.checks.corpus import Corpus, Source
from translit_cli.checks.findings import place_in
from translit_cli.checks.paragraphs import FOLD_TARGETS, SIGNATURE_LETTERS
from translit_cli.checks.passes import WorkerPasses
from translit_cli.checks.runner import run_checks
from translit_cli.checks.scan import ChunkTable, SourceScan
from translit_cli.documents import (
    BLANK_CHARS, Layout, Script, Span, _looks_hard_wrapped, detect_layout, paragraph_spans,
    paragraphs_from_text, parse_document,
)
from translit_cli.errors import TranslitError
from translit_cli.latin import QUOTE_MARKS, closing_follows, is_name_like, tokens
from translit_cli.normalize import clean, normalize, normalize_together

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
EVERY_CHARACTER = "".join(map(chr, range(0x110000)))


def test_blank_characters_are_the_blank_line_rule_for_every_code_point():
    blank = regex.compile(r"^[\s\u00a0\u200b-\u200f\u202a-\u202f\u2060\u2066-\u2069\ufeff]*$")
    assert {c for c in EVERY_CHARACTER if blank.match(c)} == set(BLANK_CHARS)


def test_fold_targets_are_every_ascii_letter_a_character_case_folds_to():
    targets = {f for c in EVERY_CHARACTER[128:] for f in c.casefold() if f.isascii()}
    assert targets == set(FOLD_TARGETS) and not targets & set(SIGNATURE_LETTERS)
    assert not any(f.isspace() for c in EVERY_CHARACTER if not c.isspace() for f in c.casefold())


def test_no_character_above_the_bmp_folds_or_combines():
    assert not any(unicodedata.combining(c) for c in EVERY_CHARACTER[0x20000:])


FOLDABLE = ["a", "ā", "a\u0304", "\u0304", "\u200e", "\u0640", "ﷺ", "\ufefb", "٣", "\u200d", "ا",
            " ", "\n", "\u212b", "\ufe71", "\ufeff", "x"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(FOLDABLE), max_size=12).map("".join), min_size=1, max_size=4))
def test_clean_is_the_normalized_text(texts):
    for text in texts:
        assert clean(text) == normalize(text).text
    together = normalize_together(texts, "\r")
    assert together.text == "\r".join(normalize(text).text for text in texts)
    for text in texts:
        norm = together.norm(text, clean(text))
        assert norm.text == normalize(text).text
        assert [norm.original_index(i) for i in range(len(text) + 1)] == [
            normalize(text).original_index(i) for i in range(len(text) + 1)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([c for c in FOLDABLE if not unicodedata.combining(c[-1])]),
                max_size=20).map("".join))
def test_positions_map_back_through_folded_characters(text):
    """Each normalized character comes from the original character it is mapped to: itself,
    or part of that character's folding (one ﷺ gives eighteen characters)."""
    norm = normalize(text)
    for index, char in enumerate(norm.text):
        source = text[norm.original_index(index)]
        assert char == source or char in normalize(source).text
    if norm.text:
        assert norm.original_index(len(norm.text)) == norm.original_index(len(norm.text) - 1) + 1


LINES = ["", " ", "\t\u00a0", "\u200b", "\u2028", "x", "ʿUmar said.", "word " * 12, "word " * 19,
         "a longer line of a paragraph that was wrapped at about seventy columns by a mailer"]


def _plain_spans(lf_text: str) -> list[Span]:
    """The paragraph rule read line by line: blocks of non-blank lines, one paragraph when
    hard-wrapped, else one per line."""
    spans, block, offset = [], [], 0
    for number, line in enumerate([*lf_text.split("\n"), ""], start=1):
        if line.strip(BLANK_CHARS):
            block.append((number, offset, line))
        elif block:
            if len(block) > 1 and _looks_hard_wrapped([line for _, _, line in block]):
                spans.append(Span(block[0][0], block[-1][0], block[0][1], block[-1][1] + len(block[-1][2])))
            else:
                spans.extend(Span(number, number, start, start + len(line)) for number, start, line in block)
            block = []
        offset += len(line) + 1
    return spans


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(LINES), max_size=14).map("\n".join))
def test_paragraph_spans_are_the_blocks_of_non_blank_lines(text):
    assert paragraph_spans(text) == _plain_spans(text)


def test_paragraphs_of_the_seeds_in_every_line_ending_and_with_invisible_lines():
    for seed in SEEDS:
        text = seed.read_text(encoding="utf-8")
        for variant in (text, text.replace("\n", "\r\n"), text.replace("\n\n", "\n\u200b\u00a0\n")):
            paragraphs = paragraphs_from_text(variant)
            lines = variant.replace("\r\n", "\n").split("\n")
            assert [p.raw for p in paragraphs] == ["\n".join(lines[p.line - 1:p.end_line]) for p in paragraphs]
            assert all(line.strip(BLANK_CHARS) for p in paragraphs for line in p.raw.split("\n"))


REPEATABLE = ["The envoy of Dā‘iš met the elders in Mosul today.",
              "The envoy of Dā‘iš met the elders in Mosul todai.",  # y / i: not in a signature
              "Die Straße nach Erbil war am Morgen gesperrt.",
              "DIE STRASSE NACH ERBIL WAR AM MORGEN GESPERRT.",  # ß case-folds to ss
              "Peace be upon him ﷺ and his family, he said."]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(REPEATABLE), st.sampled_from([str, str.upper, str.lower]),
                          st.sampled_from([" ", "  ", "\u00a0", " \t"])), min_size=1, max_size=10))
def test_repeated_paragraphs_are_the_paragraphs_with_equal_keys(parts):
    """Grouping by signature finds what comparing every paragraph's key would find."""
    text = "\n\n".join(case(sentence).replace(" ", space) for sentence, case, space in parts) + "\n"
    found = [(f.line, f.message) for f in run_checks(Corpus([Source("t", text)]), {"duplicate-paragraph"})]
    first_line: dict[str, int] = {}
    expected = []
    for paragraph in parse_document(text).paragraphs:
        key = " ".join(paragraph.text.split()).casefold()
        if key in first_line:
            expected.append((paragraph.line, f"paragraph repeats line {first_line[key]}"))
        first_line.setdefault(key, paragraph.line)
    assert found == expected


def test_letter_bounds_never_miss_an_arabic_paragraph_nor_call_a_bilingual_item_latin():
    for seed in SEEDS:
        text = seed.read_text(encoding="utf-8")
        scan = SourceScan(text, ChunkTable())
        document = parse_document(text)
        arabic = [p.index for p in document.paragraphs if p.script in (Script.ARABIC, Script.MIXED)]
        assert set(arabic) <= set(scan.arabic_candidates())
        if scan.surely_latin_only():
            assert detect_layout(document.paragraphs) is Layout.LATIN_ONLY
    english = "The delegation met the minister in Erbil, the spokesman said. " * 10
    assert SourceScan(english + "\n\nﷺ\n", ChunkTable()).surely_latin_only()
    bilingual = SEEDS[0].read_text(encoding="utf-8")
    assert not SourceScan(bilingual, ChunkTable()).surely_latin_only()


def test_quoted_names_are_read_in_their_paragraph_not_their_chunk():
    """‘Umar’ in one paragraph and ‘Umar said in the next: the quote closes in the first
    only, whatever comes after in the file."""
    text = "They said ‘Umar’ wrote.\n\n‘Umar said it.\n\n‘Umar wrote again.\n"
    ambiguous = [token.ambiguous for token in SourceScan(text, ChunkTable()).quoted]
    paragraphs = parse_document(text).paragraphs
    expected = [t.ambiguous for p in paragraphs for t in tokens(p.text) if t.form.startswith("‘")]
    assert ambiguous == expected == [True, False, False]
    assert closing_follows("‘Umar’ wrote", 5, "‘") and not closing_follows("‘Umar wrote", 5, "‘")


def test_a_quote_that_opens_a_word_closes_no_quotation():
    """An ASCII text writes ʿayn with ': the ' of a later 'Umar opens a word and cannot
    close a quote opened before Ibn 'Umar; a ' after a word can (Nafi' or a quotation)."""
    text = "Ibn 'Umar said that 'Umar came.\n\nIbn 'Umar heard it from Nafi' then.\n"
    ambiguous = [token.ambiguous for token in SourceScan(text, ChunkTable()).quoted]
    assert ambiguous == [False, False, True]
    assert not closing_follows("'Umar met 'Ali", 5, "'") and closing_follows("'Umar met 'Ali'", 5, "'")


def test_several_inputs_are_one_corpus_in_input_order():
    """A variant in one file is found against the majority of the others; ties go to the form
    seen first in corpus order, whichever file it is in."""
    rng = random.Random(4)
    sentences = ["Dā‘iš entered the town.", "Fighters of Dā‘iš left.", "The Dā'iš attack failed."]
    texts = ["\n\n".join(rng.choice(sentences) for _ in range(6)) + "\n" for _ in range(3)]
    corpus = Corpus([Source(f"f{n}.txt", text) for n, text in enumerate(texts)])
    findings = run_checks(corpus, {"mark-variant"})
    flagged = {(f.path, f.line) for f in findings}
    for n, text in enumerate(texts):
        for number, line in enumerate(text.split("\n"), start=1):
            assert ((f"f{n}.txt", number) in flagged) == ("Dā'iš" in line)


def test_worker_processes_give_the_findings_of_one_process():
    texts = [seed.read_text(encoding="utf-8") for seed in SEEDS]
    texts.append("Karīm ibn Sulṭān met him. " * 4 + "\n\nKarīm ibn Sulṭām left, and Dā'iš with him.\n")
    def findings(jobs):
        return run_checks(Corpus([Source(f"f{n}.txt", text) for n, text in enumerate(texts)]), jobs=jobs)
    alone = findings(1)
    assert alone and findings(2) == alone


def test_a_worker_that_dies_is_a_one_line_error():
    corpus = Corpus([Source(f"f{n}.txt", seed.read_text(encoding="utf-8")) for n, seed in enumerate(SEEDS)])
    passes = WorkerPasses(corpus, {"mark-variant"}, 2)
    os.kill(passes._processes[0].pid, signal.SIGKILL)
    passes._processes[0].join()
    with pytest.raises(TranslitError, match="worker process ended"):
        passes.first()
        passes.second([{} for _ in corpus.sources])


PLACED = ["ʿUmar", "Dā‘iš", " ", "\n", "ﷺ", "\u200e", "\u0640", "\ufefb", "٣", "q\u0307", "a\u0304",
          "Ḥasan", "said", "\u212b", "\n\n", "x", "Mas`ud"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PLACED), min_size=1, max_size=24).map("".join),
       st.sampled_from(["\n", "\r\n"]))
def test_places_of_the_scan_are_those_of_the_paragraphs(text, line_end):
    """SourceScan.place (read off the offsets where nothing before a span was folded) gives
    what positioning in the paragraph object gives, for every span of every paragraph."""
    text = text.replace("\n", line_end)
    scan = SourceScan(text, ChunkTable())
    paragraphs = paragraphs_from_text(text)
    assert len(paragraphs) == len(scan.starts)
    for paragraph, start in zip(paragraphs, scan.starts):
        offsets = [start + len(paragraph.text[:i].encode()) for i in range(len(paragraph.text) + 1)]
        for first in range(len(paragraph.text)):
            for last in range(first + 1, len(paragraph.text) + 1):
                assert scan.place(offsets[first], offsets[last]) == place_in(paragraph, first, last)


QUOTING = ["‘Umar", "’", "'Ali", "'", "`Uthman", "`", "Ibn", "wa", "’s", "don't", " ", " ", "\n\n", "ʿ", ".",
           "é", "\u00b4Abd", "ﷺ"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(QUOTING), min_size=1, max_size=30).map("".join))
def test_quoted_tokens_are_read_as_the_tokenizer_reads_their_paragraph(text):
    """The first pass's reading of a quote before a name (ambiguous when a closing quote
    follows in the paragraph, one closing quote looked for per paragraph and mark) is the
    tokenizer's on the paragraph's text."""
    found = [(token.form, token.ambiguous) for token in SourceScan(text, ChunkTable()).quoted]
    expected = [(t.form, t.ambiguous) for p in paragraphs_from_text(text) for t in tokens(p.text)
                if t.form[:1] in QUOTE_MARKS and is_name_like(t.form)]
    assert found == expected


def test_the_check_leaves_the_cyclic_collector_as_it_found_it():
    """Collection is off during the passes and on again after, with what was left alive
    moved to the oldest generation; objects someone else froze stay frozen."""
    corpus = lambda: Corpus([Source("t", "Dā‘iš met the elders. The Dā'iš envoy left.\n")])
    assert gc.isenabled()
    run_checks(corpus())
    assert gc.isenabled() and gc.get_freeze_count() == 0 and gc.get_count()[0] < 100
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        run_checks(corpus())
        assert gc.isenabled() and gc.get_freeze_count() >= frozen - 100 > 0
    finally:
        gc.unfreeze()
    gc.disable()
    try:
        run_checks(corpus())
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_name_contexts_walk_past_the_dot_of_b_but_not_a_full_stop():
    from translit_cli.checks.context import BESIDE_PATRONYMIC
    text = "Mughira b. Shu'ba said so. Shu'ba. Ali came, and 'Amrah bint Zaid, and Hisham.\n"
    scan = SourceScan(text, ChunkTable())
    found = scan.contexts({"Shu'ba", "Ali", "Zaid", "'Amrah", "Hisham"}, frozenset())
    assert found["Shu'ba"] == {(-1, "mughira"): 1, BESIDE_PATRONYMIC: 1}  # the second Shu'ba ends a sentence
    assert (-1, "shu'ba") not in found["Ali"]
    assert found["'Amrah"] == {(1, "zaid"): 1, BESIDE_PATRONYMIC: 1}
    assert BESIDE_PATRONYMIC not in found["Hisham"]
