"""What news sites add around a translated article, on one side only: furniture (pointers,
buttons, copyright, update times, dates, embedded posts), headlines and subheads, captions
that end in a credit.  Each is told from content, and seed 000 keeps its beads in every layout
when they are added."""

from __future__ import annotations

import pytest

from test_align_seed import ARABIC, ENGLISH, _gold, _identity, _join, _observed, _pieces
from translit_cli.align import align_documents, boilerplate_kind, headlines, is_boilerplate
from translit_cli.documents import parse_document

FURNITURE = [
    "Also read: Iraq and the coalition", "READ MORE: Erbil talks", "Share", "Share this article",
    "Subscribe to our newsletter", "Advertisement", "© 2025 Al Mayadeen English", "Updated 12:30 GMT",
    "Monday, 3 March 2025", "— @IraqiNews (Twitter)", "Sara Ali | Monday 3 March 2025",
    "Click here to read the full statement", "Tags: Iraq, Kurdistan", "18 January 16:45",
    "اقرأ أيضاً: التحالف الدولي في العراق", "اقرأ المزيد", "الميادين نت", "شارك", "إعلان",
    "آخر تحديث: 12:30 بتوقيت غرينتش", "الخميس 12 آذار 2023", "الإثنين 3 كانون الثاني 2025",
    "© 2025 جميع الحقوق محفوظة", "تابعونا على تويتر",
]
CREDITED_CAPTIONS = [
    "Iraqi forces in Mosul (Reuters)", "Peshmerga fighters near Erbil — AFP",
    "Masrour Barzani receives General Karl Harris (Photo: Kurdistan Region Presidency)",
    "مسرور برزاني يستقبل الجنرال كارل هاريس (رويترز)", "قوات البيشمركة قرب أربيل - أرشيف",
    "قوات البيشمركة قرب أربيل (تصوير: محمد علي)",
]
CONTENT = [
    "Shares in the company fell sharply on Monday", "In March 2017 the talks began.",
    "The talks began in May.", "The meeting ended at 10:30.", "The May 2018 elections",
    "Follow the money", "He met Barzani at 10:30 on Tuesday in Erbil and the two spoke.",
    "إعلان الحكومة عن الانتخابات في العراق", "شاركت القوات العراقية في العملية",
    "وقال إن المحادثات ستستمر في آذار",
    "The statement said the coalition forces would stay in Iraq and Syria, and that the "
    "Peshmerga would keep their positions in the disputed territories (Reuters reported "
    "this on Tuesday), as agreed in Erbil last year (AFP)",
]


def _paragraph(text: str):
    return parse_document(text + "\n", "x.txt").paragraphs[0]


@pytest.mark.parametrize("text", FURNITURE + CREDITED_CAPTIONS)
def test_furniture_and_credited_captions_are_boilerplate(text):
    assert is_boilerplate(_paragraph(text))


@pytest.mark.parametrize("text", CONTENT)
def test_sentences_with_dates_buttons_words_and_credits_stay_content(text):
    assert not is_boilerplate(_paragraph(text))


@pytest.mark.parametrize(("english", "arabic", "paired"), [
    ("Source: Agencies", "المصدر: وكالات", True),
    ("Thursday, 18 January 2024", "الخميس 18 كانون الثاني 2024", True),
    ("Updated 16:45 GMT", "آخر تحديث: 16:45 بتوقيت غرينتش", True),
    ("Updated 16:45 GMT", "الخميس 18 كانون الثاني 2024", False),
    ("© 2023 Al Mayadeen English", "© 2025 جميع الحقوق محفوظة", False),
    ("Also read: The coalition and the Peshmerga", "الميادين نت", False),
    ("Share", "الميادين نت", False),
])
def test_facing_boilerplate_pairs_only_with_its_own_kind(english, arabic, paired):
    """Two lines at the head of an item, one on each side: a source line, a date or an update
    time faces its translation; a pointer facing a site's name, an update time facing a date,
    or two copyright lines of other years are each alone, though cheaper paired by length."""
    english_keys, arabic_keys, texts = _pieces()
    texts[("en line",)], texts[("ar line",)] = english, arabic
    alignment = _align([_join([("en line",)] + english_keys + [("ar line",)] + arabic_keys, texts)])
    added = ({(frozenset({"en line"}), frozenset({"ar line"}))} if paired else
             {(frozenset({"en line"}), frozenset()), (frozenset(), frozenset({"ar line"}))})
    assert _observed(alignment, _identity(texts)) == _gold() | added


def test_boilerplate_kinds():
    assert [boilerplate_kind(_paragraph(text)) for text in (
        "Updated 16:45 GMT", "Monday, 3 March 2025", "Share", "— @IraqiNews (Twitter)", "الميادين نت",
        "Iraqi forces in Mosul (Reuters)", "Tags: Iraq, Kurdistan", "The talks began in May.",
    )] == ["time", "date", "button", "post", "site", "photo", "pointer", None]


def test_headlines_are_short_and_unterminated_where_sentences_end_in_punctuation():
    """A side whose sentences end in full stops: its subhead stands out.  Qur'anic Arabic
    writes no punctuation at all, so none of its short verses is taken for a headline."""
    sentence = "The statement said the coalition would keep supporting the Peshmerga forces in the region."
    english = parse_document("\n\n".join([sentence, "Support for the Peshmerga", sentence, "A short one."]) + "\n",
                             "en.txt").paragraphs
    assert headlines(english) == [False, True, False, False]
    verses = ["الم", "ذلك الكتاب لا ريب فيه هدى للمتقين الذين يؤمنون بالغيب ويقيمون الصلاة ومما رزقناهم ينفقون"]
    assert headlines(parse_document("\n\n".join(verses) + "\n", "ar.txt").paragraphs) == [False, False]


def _layouts(english: list, arabic: list, texts: dict) -> dict[str, list[str]]:
    """The item as English then Arabic, Arabic then English, interleaved, and two files."""
    interleaved = [key for pair in zip(english, arabic) for key in pair]
    interleaved += english[len(arabic):] + arabic[len(english):]
    return {
        "latin-then-arabic": [_join(english + arabic, texts)],
        "arabic-then-latin": [_join(arabic + english, texts)],
        "interleaved": [_join(interleaved, texts)],
        "two-files": [_join(arabic, texts), _join(english, texts)],
    }


def _align(texts: list[str]):
    return align_documents([parse_document(text, f"item{k}.txt") for k, text in enumerate(texts)])


LAYOUTS = ["latin-then-arabic", "arabic-then-latin", "interleaved", "two-files"]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_site_furniture_on_either_side_stays_unaligned(layout):
    """Seed 000 with a pointer, an update time and an embedded post amid the English, and a
    site name, a button and a date at the head and foot of the Arabic: the seed's beads are
    unchanged and each addition is a bead of its own (as content, each short line would be
    run into a neighbour's bead for next to nothing in length)."""
    english, arabic, texts = _pieces()
    added = {("read",): "Also read: The coalition and the Peshmerga", ("updated",): "Updated 16:45 GMT",
             ("post",): "— @KurdistanRG (Twitter)", ("site",): "الميادين نت", ("ad",): "إعلان",
             ("date",): "الخميس 18 كانون الثاني 2024"}
    texts.update(added)
    english = [("updated",)] + english[:4] + [("post",)] + english[4:] + [("read",)]
    arabic = [("site",)] + arabic[:5] + [("ad",)] + arabic[5:] + [("date",)]
    alignment = _align(_layouts(english, arabic, texts)[layout])
    unaligned = {(frozenset({key[0]}), frozenset()) for key in (("updated",), ("post",), ("read",))}
    unaligned |= {(frozenset(), frozenset({key[0]})) for key in (("site",), ("ad",), ("date",))}
    assert _observed(alignment, _identity(texts)) == _gold() | unaligned


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_subhead_on_one_side_stays_unaligned(layout):
    """A subhead of four words without a label between two English paragraphs: short, so
    cheap to leave unaligned (a paragraph's translation is never that short)."""
    english, arabic, texts = _pieces()
    texts[("subhead",)] = "Support for the Peshmerga"
    english.insert(6, ("subhead",))
    alignment = _align(_layouts(english, arabic, texts)[layout])
    assert _observed(alignment, _identity(texts)) == _gold() | {(frozenset({"subhead"}), frozenset())}


@pytest.mark.parametrize("line", [5, 28])
def test_a_caption_that_copies_a_paragraph_and_ends_in_a_credit_stays_unaligned(line):
    """The start of line 5 (or of its translation, line 28) with a credit after it, next to
    it: the credit makes it a caption, so the paragraph it copies keeps its partner."""
    english, arabic, texts = _pieces()
    source = ENGLISH.get(line) or ARABIC[line]
    credit = " (Reuters)" if line in ENGLISH else " (رويترز)"
    texts[("caption",)] = " ".join(source.split()[:10]) + credit
    side = english if line in ENGLISH else arabic
    side.insert(side.index((line,)) + 1, ("caption",))
    alignment = _align([_join(english + arabic, texts)])
    unaligned = (frozenset({"caption"}), frozenset()) if side is english else (frozenset(), frozenset({"caption"}))
    assert _observed(alignment, _identity(texts)) == _gold() | {unaligned}


def test_a_date_line_on_both_sides_pairs():
    """The same date on both sides is furniture of one kind, and pairs like a translation."""
    english, arabic, texts = _pieces()
    texts[("en date",)] = "Thursday, 18 January 2024"
    texts[("ar date",)] = "الخميس 18 كانون الثاني 2024"
    alignment = _align([_join([("en date",)] + english + [("ar date",)] + arabic, texts)])
    assert _observed(alignment, _identity(texts)) == _gold() | {
        (frozenset({"en date"}), frozenset({"ar date"}))}


@pytest.mark.parametrize("layout", LAYOUTS)
def test_one_paragraph_per_line_without_blank_lines(layout):
    """Text copied from a web page often has one paragraph per line and no blank lines: the
    beads are those of the same item with blank lines, furniture included."""
    english, arabic, texts = _pieces()
    texts[("share",)] = "Share"
    texts[("ad",)] = "إعلان"
    english.insert(3, ("share",))
    arabic.append(("ad",))
    documents = [text.replace("\n\n", "\n") for text in _layouts(english, arabic, texts)[layout]]
    alignment = _align(documents)
    assert _observed(alignment, _identity(texts)) == _gold() | {
        (frozenset({"share"}), frozenset()), (frozenset(), frozenset({"ad"}))}

