"""Captions, credits, bylines and pointers ("Read more") are told from content, and the
aligner leaves them unaligned when they have no counterpart."""

from __future__ import annotations

import pytest

from test_align_seed import ARABIC, _gold, _identity, _join, _observed, _pieces
from translit_cli.align import align_documents, is_boilerplate
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
