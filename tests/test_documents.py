"""Documents: decoding, paragraphs with their source lines, script classification."""

from pathlib import Path

import pytest

from translit_cli.documents import (
    Layout, Script, detect_layout, load_document, parse_document, sides,
)
from translit_cli.errors import InputError

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED_000 = SEEDS / "000_8806b24173207929.txt"


def test_seed_000_paragraph_lines_and_scripts():
    document = load_document(str(SEED_000))
    latin = [p.line for p in document.paragraphs if p.script is Script.LATIN]
    arabic = [p.line for p in document.paragraphs if p.script is Script.ARABIC]
    assert latin == [1, 3, 5, 7, 9, 11, 13, 15, 17, 21]
    assert arabic == [24, 26, 28, 30, 32, 34, 36, 38, 40]
    assert detect_layout(document.paragraphs) is Layout.LATIN_THEN_ARABIC


def test_one_paragraph_per_line_without_blank_lines():
    document = load_document(str(SEEDS / "001_08e095c4806c388f.txt"))
    assert [p.line for p in document.paragraphs] == list(range(1, 18))
    assert detect_layout(document.paragraphs) is Layout.ARABIC_ONLY


def test_hard_wrapped_block_is_one_paragraph():
    text = (
        "The statement issued by the regional government\n"
        "mentioned that the Deputy Commander General of\n"
        "the Coalition Forces confirmed the support.\n\nNext paragraph.\n"
    )
    paragraphs = parse_document(text).paragraphs
    assert [(p.line, p.end_line) for p in paragraphs] == [(1, 3), (5, 5)]
    assert paragraphs[0].position(paragraphs[0].raw.index("mentioned")) == (2, 1)


def test_a_line_and_its_translation_under_it_are_two_paragraphs():
    """Short lines of about one length look hard-wrapped, but wrapping never switches script:
    an Arabic headline with its English one under it (interleaved, one per line) is two."""
    text = "التحالف الدولي يعلن دعم البيشمركة في مواجهة داعش\nThe coalition backs the Peshmerga against IS\n"
    paragraphs = parse_document(text).paragraphs
    assert [(p.line, p.script) for p in paragraphs] == [(1, Script.ARABIC), (2, Script.LATIN)]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_numbers_survive_any_newline(newline):
    text = newline.join(["English one.", "", "مسرور بارزاني", "", "two"])
    assert [p.line for p in parse_document(text).paragraphs] == [1, 3, 5]


def test_nfd_tatweel_bidi_and_digits_are_normalized_with_original_columns():
    import unicodedata

    raw = "\u200fمســرور ١٢ " + unicodedata.normalize("NFD", "Barazānī")
    paragraph = parse_document(raw).paragraphs[0]
    assert paragraph.text == "مسرور 12 Barazānī"
    start = paragraph.text.index("Barazānī")
    # column of "B" in the original: RLM + 7 letters (with tatweel x2) + space + 2 digits + space
    assert paragraph.norm_position(start) == (1, raw.index("B") + 1)


def test_presentation_forms_unfold():
    paragraph = parse_document("\ufefb\ufe8e").paragraphs[0]  # lam-alef ligature, alef final
    assert paragraph.text == "لاا"
    assert paragraph.script is Script.ARABIC


def test_letterless_paragraph_joins_previous_side():
    paragraphs = parse_document("English text.\n\n2024\n\nنص عربي").paragraphs
    arabic, latin = sides(paragraphs)
    assert [p.line for p in latin] == [1, 3]
    assert [p.line for p in arabic] == [5]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty input"),
        (b"  \n\n \n", "empty input"),
        (b"abc\x00def", "binary data"),
        (b"abc \xff\xfe def", "invalid UTF-8 at byte offset 4"),
    ],
)
def test_bad_input_is_a_one_line_error(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        load_document(str(path))


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_document(str(tmp_path / "missing.txt"))
    with pytest.raises(InputError, match="is a directory"):
        load_document(str(tmp_path))


def test_bom_and_utf16(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfHello")
    assert load_document(str(path)).paragraphs[0].raw == "Hello"
    path.write_bytes("\ufeffمرحبا".encode("utf-16-le"))
    assert load_document(str(path)).paragraphs[0].raw == "مرحبا"
