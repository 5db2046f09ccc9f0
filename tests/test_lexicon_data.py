"""The shipped data files validate themselves: the lexicon (contract 5 in the team brief) and
the evaluation lists under bench/data/.

These files are written by hand, so the checks look for the mistakes hands make: a harakah left
out, a hamza seat that differs between the two Arabic columns, a foreign name without its Latin
spelling, the same word entered twice, a stray character from another script.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pytest
import regex

from translit_cli.learn import match_score
from translit_cli.lexicon import default_exonyms
from translit_cli.normalize import arabic_key, clean, strip_arabic_diacritics
from translit_cli.romanize import romanize_text
from translit_cli.schemes import load_scheme

ROOT = Path(__file__).resolve().parent.parent
LEXICON = ROOT / "translit_cli" / "data" / "lexicon.tsv"
NAMES_EVAL = ROOT / "bench" / "data" / "names_eval.tsv"
ALALC_EVAL = ROOT / "bench" / "data" / "alalc_eval.tsv"
SEEDS = ROOT / "seeds"

LEXICON_HEADER = ["arabic", "vocalized", "kind", "latin"]
KINDS = {"name", "place", "org", "word", "foreign", "kurdish"}
SCHEMES = ["dmg", "ala-lc", "ijmes", "iso233", "bgn"]
NAMES_HEADER = ["arabic", "kind", *SCHEMES, "source"]

SHORT_VOWELS = set("\u064e\u064f\u0650")          # fatḥa, ḍamma, kasra
TANWIN = set("\u064b\u064c\u064d")
SHADDA, SUKUN, DAGGER_ALIF = "\u0651", "\u0652", "\u0670"
HARAKAT = SHORT_VOWELS | TANWIN | {SHADDA, SUKUN, DAGGER_ALIF}
#: Letters that may stand without a harakah: alif and its seats, alif maqṣūra, tāʾ marbūṭa, and
#: wāw/yāʾ, which in unmarked position write long vowels (the harakah is on the letter before).
VOWEL_LETTERS = set("اآٱىةوي")
ARABIC_LETTER = regex.compile(r"[\p{Arabic}&&\p{L}]", regex.V1)
#: Nothing but Arabic-script letters and single spaces between words.
ARABIC_ENTRY = regex.compile(r"[\p{Arabic}&&\p{L}]+(?: [\p{Arabic}&&\p{L}]+)*", regex.V1)
LATIN_ENTRY = regex.compile(r"[\p{Latin}\p{M}\u02bf\u02be\u02bb\u02bc\u2018\u2019'\- .]+")
#: Letters that DMG-style Kurdish values use beyond plain Latin.
KURDISH_EXTRA = set("šžčǧēōūīāḥḫʿʾ")  # خ is ḫ in DMG style (Baḫtiyār, Ḫōšnāw)
#: An article written assimilated (ash-Shams, ad-Dīn), which ALA-LC never does.
ASSIMILATED_ARTICLE = regex.compile(r"\b[Aa](?:t|th|d|dh|r|z|s|sh|ṣ|ḍ|ṭ|ẓ|n)-")


@dataclass(frozen=True)
class Row:
    line: int
    fields: dict[str, str]


def read_tsv(path: Path, header: list[str]) -> list[Row]:
    """Rows of a hand-written TSV with '#' comments; the header must be exactly ``header``."""
    rows: list[Row] = []
    seen_header = False
    with path.open(encoding="utf-8", newline="") as handle:
        for number, line in enumerate(handle, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if not seen_header:
                assert cells == header, f"{path.name}:{number}: header {cells}"
                seen_header = True
                continue
            assert len(cells) == len(header), f"{path.name}:{number}: {len(cells)} columns"
            rows.append(Row(number, dict(zip(header, cells))))
    return rows


@lru_cache(maxsize=None)
def lexicon_rows() -> tuple[Row, ...]:
    return tuple(read_tsv(LEXICON, LEXICON_HEADER))


def entry_key(arabic: str) -> str:
    return " ".join(arabic_key(word) for word in arabic.split(" "))


def letters_with_marks(word: str) -> list[tuple[str, set[str]]]:
    """The letters of a vocalized word, each with the set of marks it carries."""
    letters: list[tuple[str, set[str]]] = []
    for char in word:
        if ARABIC_LETTER.match(char):
            letters.append((char, set()))
        elif letters:
            letters[-1][1].add(char)
    return letters


def unvocalized_gaps(word: str) -> list[int]:
    """Positions where a vocalized word leaves a consonant without any harakah although the
    next letter is a consonant too (sukūn may be left implicit only once in a row) or the word
    begins with a bare consonant.  The article's ال and the last letter (pausal) are exempt."""
    letters = letters_with_marks(word)
    start = 2 if word.startswith("ال") else 0
    gaps = []
    if start < len(letters) - 1:
        first, marks = letters[start]
        if first not in VOWEL_LETTERS and not marks & HARAKAT:
            gaps.append(start)
    for index in range(start, len(letters) - 2):
        (this, marks), (nxt, next_marks) = letters[index], letters[index + 1]
        if (
            this not in VOWEL_LETTERS and not marks
            and nxt not in VOWEL_LETTERS and not next_marks
        ):
            gaps.append(index)
    return gaps


# --- lexicon -----------------------------------------------------------------------------


def test_lexicon_is_large_and_covers_every_kind():
    rows = lexicon_rows()
    kinds = {row.fields["kind"] for row in rows}
    assert len(rows) >= 5000
    assert kinds == KINDS


def test_lexicon_is_nfc_and_tab_clean():
    text = LEXICON.read_text(encoding="utf-8")
    assert unicodedata.is_normalized("NFC", text)
    assert "\r" not in text and "\u0640" not in text  # no CR, no tatweel


@pytest.mark.parametrize("column", ["arabic", "vocalized"])
def test_arabic_columns_hold_arabic_words_separated_by_single_spaces(column):
    bad = [
        (row.line, row.fields[column]) for row in lexicon_rows()
        if row.fields[column] and not ARABIC_ENTRY.fullmatch(
            strip_arabic_diacritics(row.fields[column])
        )
    ]
    assert not bad


def test_kinds_are_known():
    assert not [row.line for row in lexicon_rows() if row.fields["kind"] not in KINDS]


def test_arabic_column_is_unvocalized_and_normalized():
    bad = [
        row.line for row in lexicon_rows()
        if strip_arabic_diacritics(row.fields["arabic"]) != row.fields["arabic"]
        or clean(row.fields["arabic"]) != row.fields["arabic"]
    ]
    assert not bad


def test_vocalized_without_harakat_is_exactly_the_arabic_spelling():
    bad = [
        (row.line, row.fields["arabic"], row.fields["vocalized"]) for row in lexicon_rows()
        if row.fields["vocalized"]
        and strip_arabic_diacritics(clean(row.fields["vocalized"])) != row.fields["arabic"]
    ]
    assert not bad


def test_arabic_kinds_are_vocalized_and_have_no_latin():
    bad = [
        row.line for row in lexicon_rows()
        if row.fields["kind"] in {"name", "place", "org", "word"}
        and (not row.fields["vocalized"] or row.fields["latin"])
    ]
    assert not bad


def test_vocalized_forms_carry_harakat_on_every_syllable():
    bad = [
        (row.line, word) for row in lexicon_rows() if row.fields["vocalized"]
        for word in row.fields["vocalized"].split(" ") if unvocalized_gaps(word)
    ]
    assert not bad


def seat_disagreements(word: str) -> list[str]:
    """Hamza seats that contradict the vowels (the romanizer reads unknown words by the seat):
    a medial ؤ needs a ḍamma on it or on the letter before, an initial أ a or u, إ i."""
    letters = letters_with_marks(word)
    found = []
    for index, (letter, marks) in enumerate(letters):
        before = letters[index - 1] if index else ("", set())
        if letter == "ؤ" and index and "\u064f" not in marks | before[1] and before[0] != "و":
            found.append("ؤ")
        if index == 0 and (letter == "أ" and "\u0650" in marks or letter == "إ" and marks & set("\u064e\u064f")):
            found.append(letter)
    return found


def test_hamza_seats_agree_with_the_vowels():
    bad = [
        (row.line, word) for row in lexicon_rows() if row.fields["vocalized"]
        for word in row.fields["vocalized"].split(" ") if seat_disagreements(word)
    ]
    assert not bad
    assert seat_disagreements("فَؤَاد") == ["ؤ"] and not seat_disagreements("فُؤَاد")


def bare_final_glide(word: str) -> bool:
    """A final و or ي without a mark after a consonant without a vowel (نَحْو, رَأْي): the
    rules read a bare final و/ي as a long vowel (naḥū, raʾī), so the consonant must carry its
    sukūn (نَحْوْ naḥw, رَأْيْ raʾy).  ʿAmr's wāw is silent (عَمْرو)."""
    letters = letters_with_marks(word)
    if len(letters) < 2 or letters[-1][0] not in "وي" or letters[-1][1] or word == "عَمْرو":
        return False
    before, marks = letters[-2]
    return before not in VOWEL_LETTERS and not marks & (SHORT_VOWELS | TANWIN | {SHADDA})


def test_a_final_glide_after_a_vowelless_consonant_carries_its_sukun():
    bad = [
        (row.line, word) for row in lexicon_rows() if row.fields["vocalized"]
        for word in row.fields["vocalized"].split(" ") if bare_final_glide(word)
    ]
    assert not bad
    assert bare_final_glide("نَحْو") and not bare_final_glide("نَحْوْ") and not bare_final_glide("عَرَبِي")


def test_foreign_entries_have_latin_and_no_vocalization():
    bad = [
        row.line for row in lexicon_rows()
        if row.fields["kind"] == "foreign"
        and (row.fields["vocalized"] or not LATIN_ENTRY.fullmatch(row.fields["latin"]))
    ]
    assert not bad


def test_kurdish_entries_have_dmg_style_latin():
    bad = [
        (row.line, row.fields["latin"]) for row in lexicon_rows()
        if row.fields["kind"] == "kurdish" and (
            not LATIN_ENTRY.fullmatch(row.fields["latin"])
            or set(row.fields["latin"].lower()) - set("abcdefghijklmnopqrstuvwxyz -'") - KURDISH_EXTRA
        )
    ]
    assert not bad


def test_no_duplicate_spellings():
    """One entry per spelling.  Spellings that only :func:`arabic_key` folds together stay
    apart on purpose: على (ʿalā) and علي (ʿAlī), أن and إن are different words."""
    lines: dict[str, int] = {}
    duplicates = []
    for row in lexicon_rows():
        spelling = row.fields["arabic"]
        if spelling in lines:
            duplicates.append((lines[spelling], row.line, spelling))
        lines[spelling] = row.line
    assert not duplicates


def test_entries_carry_no_article_or_clitic_except_where_it_belongs_to_the_word():
    """Contract 5: عراق, not العراق.  Only a few words own their article (الله, الذي…); a
    word that merely begins with ا + ل (اِلْتَقَى) carries a vowel on its alif."""
    owned = {"الله", "الذي", "التي", "الذين", "اللاتي", "اللواتي", "اللذان", "اللتان", "الآن"}
    bad = [
        row.fields["arabic"] for row in lexicon_rows()
        if row.fields["kind"] != "foreign"
        and has_article(row.fields["vocalized"] or row.fields["arabic"])
        and row.fields["arabic"].split(" ")[0] not in owned
    ]
    assert not bad


def has_article(vocalized: str) -> bool:
    """True when the first word starts with the article: a bare alif, then lām."""
    return vocalized.startswith("ال")


def test_spellings_that_fold_together_are_different_words():
    """Rows kept apart although :func:`arabic_key` folds their spellings together (على ʿalā /
    علي ʿAlī) must really be different words: their vocalizations or Latin forms differ.  The
    same word under two hamza seats or with ى for ي is a duplicate in disguise."""
    first: dict[str, Row] = {}
    disguised = []
    for row in lexicon_rows():
        key = entry_key(row.fields["arabic"])
        earlier = first.setdefault(key, row)
        if earlier is not row and reading(earlier) == reading(row):
            disguised.append((earlier.line, row.line, row.fields["arabic"]))
    assert not disguised


def reading(row: Row) -> tuple[str, str]:
    """What a row tells the romanizer, with hamza seats and alif forms folded as keys are."""
    words = row.fields["vocalized"].split(" ")
    return " ".join(arabic_key(word) + marks(word) for word in words), row.fields["latin"]


def marks(word: str) -> str:
    """The harakat of a vocalized word in order, which distinguish readings of one skeleton."""
    return "".join(char for char in word if char in HARAKAT)


def test_fold_check_catches_a_hamza_seat_variant():
    """The disguised-duplicate check must be able to fail: أثر and إثر vocalized alike."""
    one = Row(1, {"arabic": "أثر", "vocalized": "أَثَر", "kind": "word", "latin": ""})
    two = Row(2, {"arabic": "إثر", "vocalized": "إَثَر", "kind": "word", "latin": ""})
    other = Row(3, {"arabic": "إثر", "vocalized": "إِثْر", "kind": "word", "latin": ""})
    assert reading(one) == reading(two)
    assert reading(one) != reading(other)


def test_seed_names_are_covered():
    """The names an editor meets in the seeds are in the lexicon (checked word by word)."""
    keys = {entry_key(row.fields["arabic"]) for row in lexicon_rows()}
    for word in ["مسرور", "بارزاني", "نيجيرفان", "داعش", "بيشمركة", "أربيل", "كارل", "هاريس",
                 "ديالى", "موصل", "أنبار", "كردستان", "تحسين", "خفاجي", "قاسم", "أعرجي",
                 "مصطفى", "كاظمي", "واشنطن", "بغداد", "عراق", "سوريا"]:
        assert arabic_key(word) in keys, word
    assert entry_key("دير الزور") in keys


def test_classical_names_are_read_from_the_lexicon():
    """Third pass: the names of an isnād (written here) are lexicon readings, with the
    diminutives fuʿail (Qutaiba, Ḥuṣain, Huraira, ʿUbaid, Ḥuḏaifa) that patterns learned
    from modern faʿīl names would miss."""
    line = "حدثنا قتيبة عن أبي عوانة عن حصين عن أبي هريرة وعبيد الله بن عمر عن حذيفة بن اليمان"
    latin, tokens = romanize_text(line, load_scheme("dmg"))
    assert all(t.source == "lexicon" for t in tokens[1:])
    for name in ("Qutaiba", "Abī ʿAwāna", "Ḥuṣain", "Abī Huraira", "wa-ʿUbaidallāh", "Ḥuḏaifa ibn al-Yamān"):
        assert name in latin


def test_unvocalized_gap_detector_catches_a_missing_harakah():
    """The completeness check must be able to fail: كتاب with only one mark is caught."""
    assert unvocalized_gaps("كتَاب") == [0]
    assert unvocalized_gaps("مسْرُور") == [0]
    assert unvocalized_gaps("مَسْرُور") == []
    assert unvocalized_gaps("اللّٰه") == []
# --- evaluation lists --------------------------------------------------------------------


def test_names_eval_is_complete_and_marks_seed_names_honestly():
    rows = read_tsv(NAMES_EVAL, NAMES_HEADER)
    assert len(rows) >= 150
    seed_text = clean(" ".join(path.read_text(encoding="utf-8") for path in SEEDS.glob("*.txt")))
    keys = [row.fields["arabic"] for row in rows]
    assert len(keys) == len(set(keys))
    for row in rows:
        assert row.fields["kind"] in KINDS - {"word"}, row.line
        assert all(row.fields[scheme] and LATIN_ENTRY.fullmatch(row.fields[scheme])
                   for scheme in SCHEMES), row.line
        in_seed = row.fields["arabic"] in seed_text
        assert row.fields["source"] == ("seed" if in_seed else "news"), row.line


def test_names_eval_uses_each_scheme_s_own_ayn_and_hamza_characters():
    """DMG ʿ ʾ, ALA-LC ʻ ʼ, IJMES ʿ ʾ, ISO 233 ʿ ʾ, BGN ‘ ’; never an ASCII apostrophe."""
    allowed = {"dmg": "ʿʾ", "ala-lc": "ʻʼ", "ijmes": "ʿʾ", "iso233": "ʿʾ", "bgn": "‘’"}
    marks = set("ʿʾʻʼ‘’'`")
    for row in read_tsv(NAMES_EVAL, NAMES_HEADER):
        for scheme in SCHEMES:
            used = set(row.fields[scheme]) & marks
            assert used <= set(allowed[scheme]), (row.line, scheme, row.fields[scheme])


def test_alalc_eval_follows_ala_lc_conventions():
    rows = read_tsv(ALALC_EVAL, ["arabic", "ala-lc"])
    assert len(rows) >= 600
    keys = [row.fields["arabic"] for row in rows]
    assert len(keys) == len(set(keys))
    for row in rows:
        arabic, latin = row.fields["arabic"], row.fields["ala-lc"]
        assert ARABIC_ENTRY.fullmatch(strip_arabic_diacritics(arabic)), row.line
        assert LATIN_ENTRY.fullmatch(latin), row.line
        assert not set(latin) & set("ʿʾ‘’'`"), row.line          # ʻ U+02BB and ʼ U+02BC only
        assert not ASSIMILATED_ARTICLE.search(latin), row.line            # al- never assimilated
        if arabic.endswith("ى"):
            assert "á" in latin, row.line                                  # alif maqṣūra


EXONYMS = ROOT / "translit_cli" / "data" / "exonyms.tsv"


def test_exonyms_are_arabic_names_with_english_names_that_do_not_sound_like_them():
    rows = read_tsv(EXONYMS, ["arabic", "english"])
    assert len(rows) == len(default_exonyms()) >= 50   # one row per name
    for row in rows:
        arabic, english = row.fields["arabic"], row.fields["english"].split("|")
        assert ARABIC_ENTRY.fullmatch(arabic) and unicodedata.is_normalized("NFC", arabic), row.line
        assert all(LATIN_ENTRY.fullmatch(form) and form[0].isupper() for form in english), row.line
        # a form that sounds like the Arabic is found by matching: listing it would hide that
        assert all(match_score(arabic, form) < 0.8 for form in english), (row.line, arabic)
