"""Fuzzing translit check: arbitrary text never crashes, every finding points inside the
file, and fixes are idempotent."""

from hypothesis import given, settings, strategies as st

from translit_cli.checks.corpus import Corpus, Source
from translit_cli.checks.fixes import apply_fixes
from translit_cli.checks.runner import run_checks
from translit_cli.documents import split_lines

ALPHABET = st.sampled_from(
    list("aāiīuūDdšŠḥḤPeErgmkK ") + list("ʿʻ‘’'`ʾʼ“”\"-.,\n\r") + ["\u0301", "\u0304", "\ufeff"]
    + list("بارزنيشمكةگپێ") + ["\u0640", "\u200f", "\u064e"]
)
TEXTS = st.text(ALPHABET, min_size=1, max_size=300)


#: Words that the name rules read specially: ʿAbd Allāh one word or two, a word after an
#: article, English homographs, house characters, quotes around names.
WORDS = st.sampled_from([
    "Abd", "'Abd", "ʿAbd", "Allah", "Allāh", "Abdullah", "'Abdullah", "Abdallah", "al-Malik", "the", "an",
    "Amir", "'Amir", "Said", "said", "Sa'id", "´Umar", "'Umar", "Umar", "‘Umar’", "Abdel", "Fattah", "Ibn",
    "b.", "Pešmarga", "Peršmarga", "Dā'iš", "Dā‘iš", " ", "  ", "-", ".", ",", "\n", "\n\n", "عبد", "الله",
])
WORD_TEXTS = st.lists(WORDS, min_size=1, max_size=60).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(TEXTS, WORD_TEXTS), min_size=1, max_size=3))
def test_arbitrary_text_never_crashes_and_positions_are_in_the_file(texts):
    sources = [Source(f"f{n}", text) for n, text in enumerate(texts)]
    sources = [s for s in sources if s.document.paragraphs]
    if not sources:
        return
    findings = run_checks(Corpus(sources))
    for finding in findings:
        lines = split_lines(next(s.text for s in sources if s.path == finding.path))
        assert 1 <= finding.line <= finding.end_line <= len(lines)
        assert 1 <= finding.col <= len(lines[finding.line - 1]) + 1
        assert finding.end_col <= len(lines[finding.end_line - 1]) + 1
    for source in sources:
        mine = [f for f in findings if f.path == source.path]
        fixed, _ = apply_fixes(source.text, mine)
        assert len(split_lines(fixed)) == len(split_lines(source.text))
