"""translit check rules on real and constructed text (library level)."""

from pathlib import Path

import pytest

from translit_cli.checks.corpus import Corpus, Source, load_source, paired
from translit_cli.checks.edits import classify_edit, is_typo_edit
from translit_cli.checks.plausible import is_plausible
from translit_cli.checks.known import readings, same_name
from translit_cli.checks.runner import run_checks
from translit_cli.latin import tokens
from translit_cli.table import parse_table

ROOT = Path(__file__).resolve().parent.parent
SEED_000 = ROOT / "seeds" / "000_8806b24173207929.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "check"


def corpus_of(*texts: str, table: str | None = None) -> Corpus:
    sources = [Source(f"doc{n}.txt", text) for n, text in enumerate(texts)]
    return Corpus(sources, parse_table(table) if table else None)


def where(text: str, line: int, word: str, nth: int = 0) -> tuple[int, int]:
    """1-based (line, column) of the nth occurrence of ``word`` on a line of ``text``."""
    content = text.split("\n")[line - 1]
    col = -1
    for _ in range(nth + 1):
        col = content.index(word, col + 1)
    return line, col + 1


def summary(findings):
    return sorted((f.rule, f.line, f.col, f.text, f.suggestion) for f in findings)


def test_seed_000_acceptance():
    text = SEED_000.read_text(encoding="utf-8")
    findings = run_checks(Corpus([load_source(str(SEED_000))]))
    expected = [
        ("arabic-variant", *where(text, 28, "برزاني"), "برزاني", "بارزاني"),
        ("mark-variant", *where(text, 1, "Dā'iš"), "Dā'iš", "Dā‘iš"),
        ("possible-typo", *where(text, 1, "Pešmaga"), "Pešmaga", "Pešmarga"),
        ("possible-typo", *where(text, 11, "Peršmarga"), "Peršmarga", "Pešmarga"),
    ]
    assert summary(findings) == sorted(expected)
    assert {f.rule: f.fix for f in findings}["mark-variant"] == "Dā‘iš"


def test_seed_000_in_nfd_and_crlf_reports_original_columns():
    import unicodedata
    text = SEED_000.read_text(encoding="utf-8")
    nfd = unicodedata.normalize("NFD", text).replace("\n", "\r\n")
    findings = run_checks(corpus_of(nfd), {"mark-variant", "possible-typo"})
    nfd_line_1 = nfd.split("\r\n")[0]
    first = findings[0]
    assert (first.line, first.text) == (1, "Pešmaga")
    assert nfd_line_1[first.col - 1:first.end_col - 1] == unicodedata.normalize("NFD", "Pešmaga")


def test_distinct_names_are_never_merged():
    findings = run_checks(Corpus([load_source(str(FIXTURES / "distinct.txt"))]))
    assert findings == []


@pytest.mark.parametrize("rare, frequent", [
    ("masud", "masrur"), ("husayn", "hasan"), ("iraqi", "iraq"), ("kurdistani", "kurdistan"),
    ("iraqis", "iraqi"), ("ab", "abu"),
])
def test_differences_that_are_never_typo_edits(rare, frequent):
    assert not is_typo_edit(rare, frequent)


@pytest.mark.parametrize("rare, frequent", [
    ("persmarga", "pesmarga"), ("pesmaga", "pesmarga"), ("bagdhad", "baghdad"),
    ("barzani", "barazani"), ("peshmerga", "peshmarga"), ("zaynb", "zaynab"),
    ("tarik", "tariq"), ("hamaz", "hamza"), ("alii", "ali"), ("umarr", "umar"),
])
def test_typo_like_edits_in_short_and_long_names_and_at_word_ends(rare, frequent):
    assert is_typo_edit(rare, frequent)


@pytest.mark.parametrize("first, second", [
    ("sad", "said"), ("jamal", "jalal"), ("hassan", "hasan"), ("hamdi", "hamid"),
    ("masud", "masrur"), ("majid", "masjid"), ("iran", "iraq"),
    ("hudhafa", "hudhaifa"), ("utba", "utaiba"), ("hubaira", "huraira"), ("ubaid", "ubaida"),
    ("basir", "bashir"),  # basir also reads بشير, but it reads بصير Baṣīr, which bashir cannot
])
def test_lexicon_knows_distinct_names(first, second):
    assert same_name(first, second) is False


@pytest.mark.parametrize("first, second", [
    ("husayn", "husain"), ("fatima", "fatimah"), ("khalid", "halid"), ("jafar", "gafar"),
    ("huraira", "hurayrah"), ("hudhayfah", "hudaifa"),
])
def test_lexicon_knows_spellings_of_one_name(first, second):
    assert same_name(first, second) is True


def test_vocalized_readings():
    assert readings("حُسَيْن") == {"husayn", "husain"}
    assert readings("حَسَّان") == {"hassan"}
    assert "ibn" in readings("اِبْن") and "muhammad" in readings("مُحَمَّد")


@pytest.mark.parametrize("frequent, other, rare_count", [
    ("Masrūr", "Masʿūd", 1), ("Masrūr", "Masʿūd", 5), ("Saʿd", "Saʿīd", 1), ("Saʿīd", "Saʿd", 2),
    ("Jalāl", "Jamāl", 1), ("Jamāl", "Jalāl", 6), ("Ḥasan", "Ḥusayn", 1), ("Ḥasan", "Ḥassān", 1),
    ("Hassan", "Hasan", 2), ("Bashir", "Basir", 1),
])
def test_distinct_names_frequent_or_rare_are_never_merged(frequent, other, rare_count):
    text = "\n\n".join(
        [f"On Monday {frequent} met the council about item {n}." for n in range(6)]
        + [f"Later {other} answered question {n}." for n in range(rare_count)]
    )
    assert run_checks(corpus_of(text), {"possible-typo", "mark-variant", "diacritic-variant"}) == []


def test_typos_in_short_names_beside_frequent_forms_are_found():
    names = ["Zaynab", "Ṭāriq", "Ḥamza", "ʿAlī", "Bilāl"]
    typos = {"Zaynb": "Zaynab", "Ṭāriqq": "Ṭāriq", "Ḥamaz": "Ḥamza", "ʿAlīi": "ʿAlī", "Bliāl": "Bilāl"}
    lines = [f"{name} spoke on day {day}." for name in names for day in range(4)]
    lines += [f"Then {typo} left." for typo in typos]
    text = "\n\n".join(lines) + "\n"
    findings = run_checks(corpus_of(text), {"possible-typo"})
    assert {(f.text, f.suggestion) for f in findings} == set(typos.items())


def test_planted_variants_in_constructed_text():
    text = (FIXTURES / "planted.txt").read_text(encoding="utf-8")
    findings = run_checks(corpus_of(text))
    got = summary(findings)
    assert ("diacritic-variant", *where(text, 7, "Barazani"), "Barazani", "Barazānī") in got
    assert ("mark-variant", *where(text, 7, "Dā'iš"), "Dā'iš", "Dā‘iš") in got
    assert ("diacritic-variant", *where(text, 7, "Kirkuk"), "Kirkuk", "Kirkūk") in got
    assert ("scheme-mix", *where(text, 9, "Hāshim"), "Hāshim", None) in got
    kirkuk = next(f for f in findings if f.text == "Kirkuk")
    assert kirkuk.fix is None, "a 1:1 tie is not an unambiguous fix"
    flagged = {f.text for f in findings}
    assert not flagged & {"Pešmarga", "Barazānī", "Dā‘iš", "Masrūr", "Šawkat", "Irbil"}


def test_variants_are_found_across_files_and_reported_per_file():
    findings = run_checks(corpus_of("Dā‘iš, Dā‘iš and Dā‘iš.", "The Dā'iš."), {"mark-variant"})
    assert [(f.path, f.line, f.col, f.text) for f in findings] == [("doc1.txt", 1, 5, "Dā'iš")]


def test_quote_is_not_an_ayn():
    text = "‘Umar’ arrived. Later ʿUmar left, and ʿUmar returned. ‘Ali’ spoke."
    assert run_checks(corpus_of(text), {"mark-variant", "diacritic-variant"}) == []
    assert [t.form for t in tokens("“Dā‘iš” and Qur’ān")] == ["Dā‘iš", "and", "Qur’ān"]


def test_an_apostrophe_before_d_is_a_contraction_only_after_a_pronoun():
    """Sa'd is a name (written 'd like I'd): its mark variant is found; they'd is not a name."""
    assert [t.form for t in tokens("Sa'd said they'd go to Umar's house, and I'd not.")] == [
        "Sa'd", "said", "they", "go", "to", "Umar", "house", "and", "I", "not"]
    text = "Sa'd came. Sa'd left. Sa'd spoke. Then Sa`d wrote."
    findings = run_checks(corpus_of(text), {"mark-variant"})
    assert [(f.text, f.suggestion) for f in findings] == [("Sa`d", "Sa'd")]


def test_a_quote_after_a_final_arabic_vowel_is_an_ayn_or_hamza():
    """Nafi', Asma': the final mark is part of the name, so Nafi beside Nafi' is a mark variant;
    not after an English word (No') nor when it closes a quote the word opens (‘Ali’)."""
    assert [t.form for t in tokens("Asma' and Nafi' said No' to ‘Ali’.")] == [
        "Asma'", "and", "Nafi'", "said", "No", "to", "‘Ali"]
    text = "Nafi' came.\n\nNafi' left.\n\nNafi' spoke.\n\nThen Nafi wrote.\n"
    findings = run_checks(corpus_of(text), {"mark-variant"})
    assert [(f.text, f.suggestion) for f in findings] == [("Nafi", "Nafi'")]


def test_missing_ayn_is_a_mark_variant():
    text = "Ibn ʿUmar said it. Ibn ʿUmar wrote. Ibn ʿUmar left. Ibn Umar came back."
    findings = run_checks(corpus_of(text), {"mark-variant"})
    assert [(f.text, f.suggestion) for f in findings] == [("Umar", "ʿUmar")]


def test_an_ascii_ayn_is_the_majority_when_several_names_carry_it():
    """A text that writes ʿayn with ': Ibn 'Umar beside a later 'Umar in the same paragraph is
    no quotation, so the marked spelling votes, wins, and is never flagged itself."""
    text = ("Narrated Ibn 'Umar: 'Umar prayed, and 'Umar came.\n\nIbn Umar said that Umar met Umar.\n\n"
            "Narrated 'Umar bin Al-Khattab: Ibn 'Umar left.\n")
    findings = run_checks(corpus_of(text), {"mark-variant"})
    assert {(f.line, f.text, f.suggestion) for f in findings} == {(3, "Umar", "'Umar")}
    assert len(findings) == 3


def test_an_unmarked_slip_is_compared_with_the_unmarked_spelling_of_its_name():
    """Abdulla is one letter from Abdullah, two from the majority's 'Abdullah: still a typo of
    it, pointed at the spelling it is one letter from."""
    text = ("Ibn 'Abdullah came. 'Abdullah said it. Ibn 'Abdullah left. 'Abdullah wrote.\n\n"
            "Then Abdullah spoke. Abdullah came. Abdullah left.\n\nAnd Abdulla wrote.\n")
    findings = run_checks(corpus_of(text), {"possible-typo"})
    assert [(f.text, f.suggestion) for f in findings] == [("Abdulla", "Abdullah")]


def test_an_english_word_is_no_name_that_lost_its_mark():
    """"Said:" beside Sa'id in a text that writes "said" is the English word; Sad beside Sa'd
    is not on the list (Saʿd is the frequent name), and stays a variant."""
    text = ("Abu Sa'id said that Sa'd came. Sa'id and Sa'd left, he said.\n\n"
            "The Prophet Said: pray. Sa'd and Sa'id prayed.\n\nThen Sad wrote; it was sad.\n")
    findings = run_checks(corpus_of(text), {"mark-variant"})
    assert [(f.text, f.suggestion) for f in findings] == [("Sad", "Sa'd")]


def test_the_house_character_is_the_corpus_majority_across_names():
    """A text that writes ' for ʿayn in its names: ´Umar, more frequent than 'Umar, is the
    variant; a lower-case variant is suggested in lower case."""
    names = "Sa'd, Mu'adh, Ka'b, 'Ali, Mas'ud and Rabi'a came. "
    text = (names * 2 + "´Umar, ´Umar and ´Umar spoke.\n\n" + names + "'Umar and 'Umar left.\n\n"
            "They said As'aluka, then As'aluka, and as’aluka.\n")
    findings = run_checks(corpus_of(text), {"mark-variant"})
    assert {(f.text, f.suggestion) for f in findings} == {("´Umar", "'Umar"), ("as’aluka", "as'aluka")}
    assert all("with the ʿayn/hamza characters of the corpus" in f.message for f in findings if f.text == "´Umar")


def test_the_corpus_majority_never_turns_a_hamza_into_an_ayn():
    """DMG writes ʿ for ʿayn and ʾ for hamza: more ʿ in the names does not make Qurʿān the
    house spelling of Qurʾān."""
    text = "ʿAlī, ʿUmar, Saʿd, Kaʿb and Muʿāḏ read the Qurʾān. The Qurʾān was read. Then Qurʿān.\n"
    findings = run_checks(corpus_of(text), {"mark-variant"})
    assert [(f.text, f.suggestion) for f in findings] == [("Qurʿān", "Qurʾān")]


def test_a_word_after_an_english_article_is_no_name_without_its_ayn():
    """Amir is also amīr (أمير): "the Amir of the pilgrims" is that word, "b. Amir" the name
    ʿĀmir without its ʿayn.  Umar is no word: after an article it is still a variant."""
    text = ("Narrated 'Uqba b. 'Amir: he was the Amir of the pilgrims. 'Amir came.\n\n"
            "'Amir bin Sa'd and 'Amir left. 'Uqba b. Amir said it, and an Amir came.\n\n"
            "'Umar and 'Umar spoke; the Umar of the story left.\n")
    findings = run_checks(corpus_of(text), {"mark-variant"})
    assert [(f.line, f.text) for f in findings] == [(3, "Amir"), (5, "Umar")]
    assert findings[0].col == where(text, 3, "Amir", nth=2)[1]


def test_a_short_item_names_a_man_twice_and_a_safe_slip_beside_it_is_a_typo():
    """Pešmarga twice and Peršmarga once in one news item: a typo.  In a long text a form
    seen twice is a rare name of its own, and needs a third occurrence."""
    item = ("The Pešmarga forces advanced on Friday. Masrūr Barazānī praised the Pešmarga.\n\n"
            "Later, the Peršmarga commander said Barazānī would visit.\n")
    assert [(f.text, f.suggestion) for f in run_checks(corpus_of(item), {"possible-typo"})] == [
        ("Peršmarga", "Pešmarga")]
    filler = "The delegation met the minister, and the spokesman said the talks went on.\n\n" * 800
    assert run_checks(corpus_of(item + "\n" + filler), {"possible-typo"}) == []


def test_a_tie_between_a_marked_and_an_unmarked_spelling_goes_to_the_marked_one():
    """'Aqil twice beside Aqil twice: the ʿayn was more likely dropped than added (and a quote
    look-alike is no house style that an unmarked spelling keeps better)."""
    text = "Aqil came. Aqil left.\n\nThen 'Aqil spoke.\n\nThen 'Aqil wrote.\n"
    findings = run_checks(corpus_of(text), {"mark-variant"})
    assert {(f.text, f.suggestion) for f in findings} == {("Aqil", "'Aqil")}


def test_table_rejected_and_other_spellings():
    table = ("arabic\tlatin\tstatus\tcount\tarabic_variants\tlatin_variants\tdistinct\n"
             "بيشمركة\tPešmarga\tpreferred\t3\t\tPeshmerga:2:rejected|Peshmarga:1:admitted\t\n"
             "مسرور\tMasrūr\tpreferred\t3\t\t\tMasʿūd\n")
    text = "The Peshmerga and the Pesmarga and the Peshmarga. Masʿūd met Masrūr."
    findings = run_checks(corpus_of(text, table=table))
    got = [(f.rule, f.text, f.fix) for f in findings]
    assert ("rejected-form", "Peshmerga", "Pešmarga") in got
    assert ("rejected-form", "Pesmarga", "Pešmarga") in got
    assert not any(f.text in {"Peshmarga", "Masʿūd", "Masrūr"} for f in findings)


def test_duplicate_paragraphs_of_seed_001():
    seed = ROOT / "seeds" / "001_08e095c4806c388f.txt"
    findings = run_checks(Corpus([load_source(str(seed))]), {"duplicate-paragraph"})
    assert [(f.line, f.message) for f in findings] == [
        (line, f"paragraph repeats line {line - 7}") for line in range(11, 18)
    ]


def test_arabic_variants_of_kurdish_name_and_not_of_other_words():
    text = "وصل كاگينز إلى أربيل. قال كاگينز إن الپێشمهرگة مستعدة. ثم التقى كاكينز بقوات البيشمركة والبيشمركة.\n\nسعد وسعيد في أراضيه والأرضية."
    findings = run_checks(corpus_of(text), {"arabic-variant"})
    assert {f.text for f in findings} == {"كاكينز", "الپێشمهرگة"}


def test_a_common_word_is_no_spelling_of_a_name():
    """ملائكة (angels, a lexicon word) meets the name مليكة under one key: a word and a name;
    the name's own two spellings are still variants."""
    text = "نزلت الملائكة وقالت مليكة. ثم قالت مليكة إن الملائكة معها.\n\nوصل مسرور بارزاني. قال بارزاني ثم برزاني."
    findings = run_checks(corpus_of(text), {"arabic-variant"})
    assert [(f.text, f.suggestion) for f in findings] == [("برزاني", "بارزاني")]


def test_missing_canonical_in_bilingual_seed():
    table = ("arabic\tlatin\n" "بيشمركة\tPešmarga\n" "مسرور\tMasrūr\n")
    corpus = Corpus([load_source(str(SEED_000))], parse_table(table))
    findings = run_checks(corpus, {"missing-canonical"})
    assert {(f.line, f.text) for f in findings} == {(24, "البيشمركة"), (34, "للبيشمركة")}


def _bilingual(pairs: list[tuple[str, str]]) -> str:
    return "\n\n".join(f"{english}\n\n{arabic}" for english, arabic in pairs) + "\n"


_TOPICS = [("the budget of the region", "ميزانية الإقليم"), ("the oil exports", "صادرات النفط"),
           ("the border crossings", "المعابر الحدودية"), ("the coming elections", "الانتخابات المقبلة"),
           ("the water of the dam", "مياه السد")]


def test_aligned_arabic_keeps_apart_names_that_only_look_like_typos():
    pairs = [(f"On Monday Zahrūn spoke about {en}.", f"تحدث زهرون يوم الاثنين عن {ar}.")
             for en, ar in _TOPICS[:4]]
    pairs.append((f"Zarūn answered questions about {_TOPICS[4][0]}.", f"أجاب زرون عن أسئلة حول {_TOPICS[4][1]}."))
    text = _bilingual(pairs)
    assert run_checks(corpus_of(text), {"possible-typo"}) == []
    english_only = "\n\n".join(en for en, _ in pairs) + "\n"
    flagged = run_checks(corpus_of(english_only), {"possible-typo"})
    assert [(f.text, f.suggestion) for f in flagged] == [("Zarūn", "Zahrūn")]


def test_aligned_arabic_finds_a_typo_of_a_name_seen_only_twice():
    pairs = [(f"On Monday Kawzān spoke about {en}.", f"تحدث كوزان يوم الاثنين عن {ar}.")
             for en, ar in _TOPICS[:2]]
    pairs.append((f"Kawzāān answered questions about {_TOPICS[2][0]}.", f"أجاب كوزان عن أسئلة حول {_TOPICS[2][1]}."))
    # In a long text a name seen twice is no frequent form: only the aligned Arabic says the
    # doubled vowel is a slip (a short item takes a safe slip beside a name seen twice).
    filler = [(f"The spokesman talked about {en} again.", f"تحدث المتحدث مرة أخرى عن {ar}.")
              for en, ar in _TOPICS[:4]] * 300
    findings = run_checks(corpus_of(_bilingual(filler + pairs)), {"possible-typo"})
    assert [(f.text, f.suggestion) for f in findings] == [("Kawzāān", "Kawzān")]
    english_only = "\n\n".join(en for en, _ in filler + pairs) + "\n"
    assert len(english_only) > 60_000 and run_checks(corpus_of(english_only), {"possible-typo"}) == []
    # The same item as two files, ARABIC.txt+ENGLISH.txt: aligned together, the same evidence.
    arabic_only = "\n\n".join(ar for _, ar in filler + pairs) + "\n"
    two_files = Corpus(paired(Source("ar.txt", arabic_only), Source("en.txt", english_only)))
    assert [(f.path, f.text) for f in run_checks(two_files, {"possible-typo"})] == [("en.txt", "Kawzāān")]
    english_only = "\n\n".join(en for en, _ in pairs) + "\n"
    assert [f.text for f in run_checks(corpus_of(english_only), {"possible-typo"})] == ["Kawzāān"]


@pytest.mark.parametrize("form, plausible", [
    ("takbir", True), ("takblr", False), ("hadfth", False), ("smurah", False), ("sa'eed", True),
    ("sa'eeed", False), ("muhammad", True), ("khadlj", False), ("hudhaifah", True), ("brr", False),
])
def test_plausible_romanized_arabic(form, plausible):
    assert is_plausible(form) is plausible


def _frequent_and_rare(pairs: list[tuple[str, str]]) -> str:
    lines = [f"{frequent} spoke on day {day}." for frequent, _ in pairs for day in range(6)]
    lines += [f"Then {rare} left." for _, rare in pairs]
    return "\n\n".join(lines) + "\n"


def test_distinct_names_differing_at_risky_places_are_not_merged():
    """First letter, final letter, an inner consonant: where real distinct names differ."""
    pairs = [("Hammām", "Nammām"), ("Qais", "Wais"), ("Sulaim", "Suhaim"), ("Nadir", "Nakir"),
             ("Laila", "Laili"), ("Bukhārī", "Bukhārā"), ("Persian", "Persia"), ("Zubair", "Zubaid")]
    assert run_checks(corpus_of(_frequent_and_rare(pairs)), {"possible-typo"}) == []


def test_slips_that_no_scheme_spells_are_found_at_risky_places():
    pairs = [("Takbīr", "Takblr"), ("Yazīd", "Yazld"), ("Bilal", "BilaI"), ("Samurah", "Smurah"),
             ("Hamzah", "Hamza"), ("Khadīj", "Khadlj")]
    findings = run_checks(corpus_of(_frequent_and_rare(pairs)), {"possible-typo"})
    assert {(f.text, f.suggestion) for f in findings} == {(rare, frequent) for frequent, rare in pairs}


@pytest.mark.parametrize("rare, frequent, kind, index, last", [
    ("umarr", "umar", "double", 3, False), ("khabab", "khabbab", "undouble", 3, False),
    ("adbul", "abdul", "transpose", 1, False), ("nammam", "hammam", "substitute", 0, False),
    ("persia", "persian", "delete", 6, True), ("zaynb", "zaynab", "delete", 4, False),
])
def test_edit_classification(rare, frequent, kind, index, last):
    edit = classify_edit(rare, frequent)
    assert (edit.kind, edit.index, edit.last) == (kind, index, last)


def test_a_risky_slip_in_a_name_chain_is_found_by_its_company():
    """Sulṭām differs from Sulṭān in the last letter, where distinct names differ, but it keeps
    the company of Karīm ibn Sulṭān; Sulaim in other company stays apart from Suhaim."""
    lines = [f"On day {n} Karīm ibn Sulṭān met Suhaim bin Aswad." for n in range(6)]
    lines += ["Then Karīm ibn Sulṭām left.", "Then Sulaim bin Maʿbad spoke."]
    findings = run_checks(corpus_of("\n\n".join(lines) + "\n"), {"possible-typo"})
    assert {(f.text, f.suggestion) for f in findings} == {("Sulṭām", "Sulṭān")}


def test_a_slip_copied_into_several_names_is_found_in_their_company():
    """Ghasan, four times, in Ghasan al-Maghribi and alone, beside Ghassan ten times: more
    than twice, but the rarer spelling in the company they share.  Sabirah is the usual
    spelling in the company of Laqit, where Saburah is seen once: a name of its own."""
    lines = [f"On day {n} Ghassan al-Maghribi met Rabi ibn Saburah." for n in range(4)]
    lines += [f"and Ghassan spoke on day {n}." for n in range(6)]
    lines += ["and Ghasan al-Maghribi left.", "and Ghasan al-Maghribi came.", "and Ghasan spoke.", "and Ghasan wrote."]
    lines += ["Laqit ibn Sabirah came.", "Laqit ibn Sabirah left.", "Laqit ibn Sabirah spoke.", "Laqit ibn Saburah wrote."]
    findings = run_checks(corpus_of("\n\n".join(lines) + "\n"), {"possible-typo"})
    assert {(f.text, f.suggestion) for f in findings} == {("Ghasan", "Ghassan")}


def test_company_of_particles_english_words_and_busy_words_is_no_evidence():
    """bin, Narrated (also written in lower case) and a day name that stands beside many names
    say nothing of who a name is."""
    names = ["Ḥakīm", "Ḥalīm", "Ḥātim", "Karīm", "Salīm", "Ḥāzim", "Kāẓim", "Nāẓim", "Ḥāmid", "Rāšid",
             "Ḫālid", "Wāʾil", "Ǧābir", "Sāmir"]
    lines = [f"On Monday {name} spoke to the council, and {name} bin Zayd agreed." for name in names for _ in range(3)]
    lines += ["Later they narrated it.", "Narrated Ḥakīm bin Zayd.", "Narrated Ḥarīm bin Zayd."]
    lines += ["On Monday Ḥarīm spoke."]
    findings = run_checks(corpus_of("\n\n".join(lines) + "\n"), {"possible-typo"})
    assert findings == []


@pytest.mark.parametrize("rare, frequent", [("Zayd", "Zaid"), ("Kawthar", "Kauthar"), ("Maqbury", "Maqburi")])
def test_diphthongs_and_final_long_vowels_written_two_ways_are_one_name(rare, frequent):
    findings = run_checks(corpus_of(_frequent_and_rare([(frequent, rare)])), {"possible-typo"})
    assert [(f.text, f.suggestion) for f in findings] == [(rare, frequent)]


@pytest.mark.parametrize("frequent, rare", [
    ("Ka'b", "Kalb"), ("Ta'i", "Taqi"),          # an ʿayn/hamza is a letter: a consonant changed
    ("aḥadan", "aḥadun"), ("Qayyūm", "Qayyūmu"),  # case endings of one word
    ("Lut", "Lat"), ("Hujr", "Hijr"), ("Sham", "Sahm"),  # short words: dense with other words
])
def test_other_words_one_letter_away_are_not_slips(frequent, rare):
    assert run_checks(corpus_of(_frequent_and_rare([(frequent, rare)])), {"possible-typo"}) == []


def test_a_letter_that_no_frequent_name_uses_marks_a_slip():
    """In a corpus whose names never use x, Naxīr is a slip of Naḏīr at an inner consonant;
    Nakīr, with a letter the names use, may be another name."""
    given = ("Aḥmad Maḥmūd Muṣṭafā ʿAlī ʿUmar ʿUṯmān Ḥasan Ḥusayn Ḫālid Ṭāriq Zayd Saʿd Saʿīd Karīm Yūsuf "
             "Ibrāhīm Ismāʿīl Isḥāq Yaʿqūb Mūsā ʿĪsā Sulaymān Dāwūd Nūḥ Ṣāliḥ Hāšim Qāsim Ǧaʿfar ʿAbbās "
             "Ḥamza ʿAqīl Bilāl Salmān Anas Ǧābir Ṭalḥa Zubayr Muʿāwiya Yazīd Marwān Hišām Walīd Manṣūr "
             "Hārūn Maʾmūn Ṣalāḥ Nūr Šams Badr Fayṣal Fahd Sulṭān Nāṣir Munīr Samīr Bašīr Naḏīr").split()
    lines = [f"{name} spoke on day {day}." for name in given for day in range(3)]
    lines += ["Then Naxīr left.", "Then Nakīr left."]
    findings = run_checks(corpus_of("\n\n".join(lines) + "\n"), {"possible-typo"})
    assert {(f.text, f.suggestion) for f in findings} == {("Naxīr", "Naḏīr")}


def test_a_mark_written_elsewhere_is_a_possible_typo_not_a_mark_variant():
    """Qu'ran beside Qur'an moves the hamza: a slip to report, never to fix as a mark variant;
    Ma'shar and Mash'ar, once each, are two names (Abū Maʿšar, al-Mašʿar): nothing."""
    lines = [f"He recited the Qur'an on day {n}." for n in range(5)]
    lines += ["Then he recited the Qu'ran.", "Abu Ma'shar stood at al-Mash'ar."]
    findings = run_checks(corpus_of("\n\n".join(lines) + "\n"))
    assert [(f.rule, f.text, f.suggestion, f.fix) for f in findings] == [("possible-typo", "Qu'ran", "Qur'an", None)]


def test_a_moved_mark_that_the_lexicon_reads_as_another_word_is_no_typo():
    """aʿlā (highest, أعلى) beside ʿalā (on): the marks in place read two words."""
    lines = [f"wa huwa `alā kulli shai'in qadīr, number {n}." for n in range(5)] + ["bir-rafīqil a`lā."]
    assert run_checks(corpus_of("\n\n".join(lines) + "\n"), {"mark-variant", "possible-typo"}) == []


def test_spellings_that_each_keep_one_of_two_marks_are_mark_variants():
    """'Aishah and A'ishah each write one of the two marks of 'A'ishah (ʿĀʾiša)."""
    lines = [f"'Aishah spoke on day {n}." for n in range(4)] + ["'A'ishah said it.", "A'ishah agreed."]
    findings = run_checks(corpus_of("\n\n".join(lines) + "\n"), {"mark-variant", "possible-typo"})
    assert {(f.rule, f.text) for f in findings} == {("mark-variant", "'A'ishah"), ("mark-variant", "A'ishah")}


def test_a_slip_whose_target_is_itself_a_slip_is_pointed_at_the_name():
    """Ansiri (3x) is itself a slip of Ansari (40x): Ansirl is suggested Ansari, not Ansiri."""
    lines = [f"On day {n} Anas al-Ansari spoke." for n in range(40)]
    lines += [f"On night {n} Zaid al-Ansiri spoke." for n in range(3)]
    lines += ["Then Hisham al-Ansirl left."]
    findings = run_checks(corpus_of("\n\n".join(lines) + "\n"), {"possible-typo"})
    assert {(f.text, f.suggestion) for f in findings} >= {("Ansirl", "Ansari")}
    assert ("Ansirl", "Ansiri") not in {(f.text, f.suggestion) for f in findings}
