"""Captions, credits, bylines and pointers ("Read more") are told from content, and the
aligner leaves them unaligned when they have no counterpart."""

from __future__ import annotations

import pytest

from test_align_seed import ARABIC, ENGLISH, _gold, _identity, _join, _observed, _pieces
from translit_cli.align import align_documents, is_boilerplate, near_copies
from translit_cli.documents import parse_document

BOILERPLATE = [
    "Pic: Masrūr Barazānī welcoming General Karl Harris", "Photo credit: Reuters", "AFP photo",
    "(Reuters)", "Image via Twitter", "File photo of the meeting in Erbil",
    "Photo by Safin Hamed/AFP via Getty Images", "Reporting by Ahmed Rasheed; Editing by Alex Richardson",
    "Translated by Sara Ali", "By John Smith", "Read more: Iraq news", "Follow us on Twitter",
    "صورة أرشيفية لقوات البيشمركة", "صورة من الأرشيف", "الصورة: مسرور بارزاني", "المصدر: الميادين",
    "(أ ف ب)", "رويترز", "تصوير: أحمد حسن", "بقلم أحمد حسن", "ترجمة: سارة علي", "اقرأ أيضا: العراق",
]
CONTENT = [
    "By the end of 2017 Baghdad announced victory over the group in a long war that cost many lives.",
    "Photos of the victims were shown on television across the region on Tuesday.",
    "Related to this, the minister said the talks would go on.",
    "Reading the statement, the spokesman said the coalition would stay in Iraq and Syria.",
    "وأكد المصدر أن المحادثات ستستمر خلال الأسبوع المقبل في أربيل.",
    "صورت الكاميرات لحظة وصول الوفد إلى مطار أربيل الدولي.",
    "أفبعد كل هذه الوعود يصدق الناس الحكومة؟",
]


@pytest.mark.parametrize("text", BOILERPLATE)
def test_boilerplate_is_recognised(text):
    assert is_boilerplate(parse_document(text + "\n", "x.txt").paragraphs[0])


@pytest.mark.parametrize("text", CONTENT)
def test_content_is_not_boilerplate(text):
    assert not is_boilerplate(parse_document(text + "\n", "x.txt").paragraphs[0])


def test_one_sided_credits_stay_unaligned_in_the_seed():
    """Seed 000 with an English reporting credit amid the English paragraphs and an Arabic
    archive caption that near-copies the paragraph after it: the seed's beads are unchanged,
    the additions unaligned (as content, the caption would steal its neighbour's partner)."""
    english, arabic, texts = _pieces()
    texts[("credit",)] = "Reporting by Ahmed Rasheed; Editing by Alex Richardson"
    texts[("archive",)] = "صورة أرشيفية " + " ".join(ARABIC[28].split()[:12])
    arabic = arabic[:2] + [("archive",)] + arabic[2:]
    english = english[:5] + [("credit",)] + english[5:]
    alignment = align_documents([parse_document(_join(english + arabic, texts), "item.txt")])
    assert _observed(alignment, _identity(texts)) == _gold() | {
        (frozenset({"credit"}), frozenset()), (frozenset(), frozenset({"archive"}))}


def _paragraphs(texts: list[str]):
    return parse_document("\n\n".join(texts) + "\n", "side.txt").paragraphs


def test_unlabelled_caption_that_repeats_a_paragraph_is_a_near_copy():
    """The seed's caption without its "Pic:" label repeats 21 of its 25 word pairs from line 5
    (with "while welcoming" for "welcomes the"); a paragraph that only shares its subject
    with another is no copy, nor is the longer paragraph a copy of its caption."""
    caption = ENGLISH[21].split(maxsplit=1)[1]
    paragraphs = _paragraphs([ENGLISH[5], ENGLISH[7], caption])
    labelled = [is_boilerplate(p) for p in paragraphs]
    assert labelled == [False, False, False]
    assert near_copies(paragraphs, labelled) == [False, False, True]


def test_repeats_of_half_a_paragraph_are_not_near_copies():
    """Two reports that share a chain of narrators and a formula but say different things."""
    first = ("حدثنا قتيبة بن سعيد حدثنا الليث عن نافع عن ابن عمر قال قال رسول الله صلى الله عليه "
             "وسلم لا يبع بعضكم على بيع بعض")
    second = ("حدثنا قتيبة بن سعيد حدثنا الليث عن نافع عن ابن عمر قال نهى رسول الله صلى الله عليه "
              "وسلم عن الشغار في النكاح وعن بيع الثمر حتى يبدو صلاحه")
    paragraphs = _paragraphs([first, second])
    assert near_copies(paragraphs, [False, False]) == [False, False]


def test_equal_copies_are_both_near_copies_and_a_labelled_caption_is_no_original():
    """Either of two equal paragraphs may be the caption; a labelled caption that copies a
    whole short paragraph is longer than it by its label, yet the paragraph stays content."""
    sentence = "Baghdad announced the victory over the group at the end of 2017."
    assert near_copies(_paragraphs([sentence, sentence]), [False, False]) == [True, True]
    paragraphs = _paragraphs([sentence, "Photo: " + sentence])
    labelled = [is_boilerplate(p) for p in paragraphs]
    assert labelled == [False, True]
    assert near_copies(paragraphs, labelled) == [False, False]


@pytest.mark.parametrize(("english_at", "arabic_at"), [(2, 0), (2, 5), (6, 5), (7, 5), (4, 3), (2, 2), (5, 5), (9, 9)])
def test_unlabelled_captions_stay_unaligned_in_the_seed(english_at, arabic_at):
    """Seed 000 with its caption's label removed and the caption moved, and an Arabic caption
    without a label that repeats the start of an Arabic paragraph: the seed's beads are
    unchanged and both captions are unaligned (as content, each would be run into a
    neighbour's bead, a merge being cheaper than an unaligned paragraph).  Facing each other
    (2 and 2, 5 and 5, 9 and 9) the two captions are cheaper paired than apart, but they copy
    paragraphs that do not translate each other (lines 5 and 32), so they are no pair."""
    english, arabic, texts = _pieces()
    texts[(21,)] = texts[(21,)].split(maxsplit=1)[1]
    english.remove((21,))
    english.insert(english_at, (21,))
    texts[("caption",)] = " ".join(ARABIC[32].split()[:14])
    arabic.insert(arabic_at, ("caption",))
    alignment = align_documents([parse_document(_join(english + arabic, texts), "item.txt")])
    assert _observed(alignment, _identity(texts)) == _gold() | {(frozenset(), frozenset({"caption"}))}


@pytest.mark.parametrize("at", [2, 5, 9])
def test_facing_captions_of_paragraphs_that_translate_each_other_pair(at):
    """An English caption that repeats the start of line 5 facing an Arabic one that repeats
    the start of its translation, line 28: the captions translate each other too."""
    english, arabic, texts = _pieces()
    texts[("en caption",)] = " ".join(ENGLISH[5].split()[:12])
    texts[("ar caption",)] = " ".join(ARABIC[28].split()[:8])
    english.insert(at, ("en caption",))
    arabic.insert(at, ("ar caption",))
    alignment = align_documents([parse_document(_join(english + arabic, texts), "item.txt")])
    assert _observed(alignment, _identity(texts)) == _gold() | {
        (frozenset({"en caption"}), frozenset({"ar caption"}))}


def _all_but_the_last_word(text: str) -> str:
    return text.rsplit(maxsplit=1)[0]


def test_a_caption_of_all_but_the_end_of_a_paragraph_is_a_near_copy():
    """Line 13 without its last word is the start of line 13, 20 of its 21 word pairs: too
    long to be an excerpt of most of it (over four fifths of its length), still a copy."""
    paragraphs = _paragraphs([ENGLISH[13], ENGLISH[15], _all_but_the_last_word(ENGLISH[13])])
    assert near_copies(paragraphs, [False, False, False]) == [False, False, True]


def test_a_telling_inside_a_longer_one_is_no_near_copy():
    """The same report told again with one more narrator at the head of its chain holds every
    word pair of the shorter telling (16 of its 18), but the shorter is not its start: two
    tellings, both content."""
    shorter = "حدثنا الليث عن نافع عن ابن عمر قال نهى رسول الله صلى الله عليه وسلم عن الشغار"
    longer = "حدثنا قتيبة " + shorter
    assert near_copies(_paragraphs([shorter, longer]), [False, False]) == [False, False]


@pytest.mark.parametrize("at", [0, 5, 9])
@pytest.mark.parametrize("line", [11, 36])
def test_a_caption_of_all_but_the_end_of_a_paragraph_stays_unaligned(line, at):
    """English line 11 or Arabic line 36 without its last word, as a caption on its side: as
    content it would be run into a neighbour's bead."""
    english, arabic, texts = _pieces()
    text, side = (ENGLISH[line], english) if line in ENGLISH else (ARABIC[line], arabic)
    texts[("caption",)] = _all_but_the_last_word(text)
    side.insert(at, ("caption",))
    alignment = align_documents([parse_document(_join(english + arabic, texts), "item.txt")])
    unaligned = (frozenset({"caption"}), frozenset()) if side is english else (frozenset(), frozenset({"caption"}))
    assert _observed(alignment, _identity(texts)) == _gold() | {unaligned}
