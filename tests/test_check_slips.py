"""Slips the typo and mark rules find on the spelling as written, and the look-alikes they
leave alone: ambiguous leading quotes, doubled marks, sibilant clusters, neighbouring keys,
and the forms of one word (case endings before a suffix, a liaison, the diminutive)."""

from __future__ import annotations

import pytest

from translit_cli.checks.corpus import Corpus, Source
from translit_cli.checks.edits import classify_edit, is_case_variant, is_safe_slip, next_keys
from translit_cli.checks.plausible import is_plausible_written
from translit_cli.checks.runner import run_checks
from test_check_written_evidence import ASCII_NAMES, DMG_NAMES, corpus_with


def findings(corpus: Corpus, rules: set[str]) -> set[tuple[str, str, str]]:
    return {(f.rule, f.text, f.suggestion or "") for f in run_checks(corpus, rules)}


def test_a_quoted_looking_ayn_name_is_read_with_its_ayn_for_typos():
    """'Utthman and 'Abdulah sit before a closing quote later in the paragraph, so the quote
    may open a quotation: such tokens do not vote on spellings, but they are read as slips
    of ʿUthman and ʿAbdullah, compared with (and corrected to) the marked spellings."""
    lines = [f"Narrated {name} {day}: 'He said so.'" for name in ("'Uthman", "'Abdullah") for day in range(4)]
    lines += ["Narrated 'Utthman: 'He said so.'", "Salim bin 'Abdulah said: 'Indeed.'"]
    corpus = Corpus([Source("hadith.txt", "\n\n".join(lines) + "\n")])
    found = findings(corpus, {"possible-typo"})
    assert found == {("possible-typo", "'Utthman", "'Uthman"), ("possible-typo", "'Abdulah", "'Abdullah")}


@pytest.mark.parametrize("slip, canonical", [("Asmāʾʾ", "Asmāʾ"), ("ʿʿAbd", "ʿAbd")])
def test_a_doubled_mark_is_a_mark_variant(slip, canonical):
    text = f"{canonical} met Zayd. " * 3 + f"Then {slip} spoke.\n"
    found = findings(Corpus([Source("a.txt", text)]), {"mark-variant"})
    assert found == {("mark-variant", slip, canonical)}


@pytest.mark.parametrize("form, plausible", [
    ("ʿIzsa", False), ("Mussṣa", False), ("Nietzsche", False),
    ("ʿĪsā", True), ("Šams", True), ("Mustafā", True), ("Ḥassān", True),
])
def test_two_different_sibilants_side_by_side_are_no_arabic(form, plausible):
    assert is_plausible_written(form) is plausible


def test_a_sibilant_cluster_is_a_slip_even_in_an_ascii_text():
    assert findings(corpus_with(ASCII_NAMES, ["'Izsa"]), {"possible-typo"}) == {
        ("possible-typo", "'Izsa", "'Isa")}


def test_a_neighbouring_key_inside_an_unread_name_beside_a_read_one_is_a_slip():
    """Muḥanmad, Ḥuzain: n and m, z and s are neighbours; ḥ says the house marks length, so
    Muḥammad and Ḥusain (no long vowel) are read as precisely as Ǧalāl.  Ḥalīm beside Ḥakīm
    (also neighbours) is read by the lexicon (from ʿAbd al-Ḥalīm), a name of its own; Nammām
    beside Hammām is a first letter, where names differ."""
    found = findings(corpus_with(DMG_NAMES + ["Ḥakīm", "Hammām"], ["Muḥanmad", "Ḥuzain", "Ḥalīm", "Nammām"]),
                     {"possible-typo"})
    assert found == {("possible-typo", "Muḥanmad", "Muḥammad"), ("possible-typo", "Ḥuzain", "Ḥusain")}


def test_neighbouring_keys_follow_a_staggered_keyboard():
    assert next_keys("g", "t") and next_keys("g", "b") and next_keys("m", "k") and next_keys("h", "y")
    assert not next_keys("l", "m") and not next_keys("g", "n") and not next_keys("ḥ", "y")


@pytest.mark.parametrize("rare, frequent, same_word", [
    ("ʿabdaka", "ʿabduka", True),     # case ending before a pronoun suffix
    ("ḥayyul", "ḥayyu", True),        # the next word's article joined (al-Ḥayyul-Qayyūm)
    ("aḥadan", "aḥadun", True),
    ("ʿabdakum", "ʿabduka", False),
    ("ḥasanul", "ḥusain", False),
])
def test_forms_of_one_word_are_case_variants(rare, frequent, same_word):
    assert is_case_variant(rare, frequent) is same_word


def test_the_diminutive_diphthong_is_no_safe_slip():
    """ʿUmaira / ʿUmara are two names (fuʿaila, fuʿāla); Umaiyya / Umayya one."""
    assert not is_safe_slip(classify_edit("umairah", "umarah"), "umairah", "umarah")
    assert is_safe_slip(classify_edit("umaiyyah", "umayyah"), "umaiyyah", "umayyah")


def test_marks_inside_a_quoted_looking_name_are_its_own():
    """'A`isha's leading quote may open a quotation, but its ` is an inner mark: a mark
    variant of 'A'isha, reported with the quote kept in the suggestion."""
    text = "\n\n".join(["Narrated 'A'isha: 'Yes.'"] * 3 + ["So 'A`isha said: 'Indeed.'"]) + "\n"
    found = findings(Corpus([Source("a.txt", text)]), {"mark-variant"})
    assert found == {("mark-variant", "'A`isha", "'A'isha")}


def test_kurdish_names_read_in_english_digraphs_too():
    """The lexicon's Nēčīrvān is also Nechirvan, so Necirvan beside it is one name (a dropped
    h), not the lexicon's reading of another word."""
    from translit_cli.checks.known import same_name
    assert same_name("necirvan", "nechirvan") and same_name("dilsad", "dilshad")
    found = findings(corpus_with(ASCII_NAMES + ["Nechirvan"], ["Necirvan"]), {"possible-typo"})
    assert found == {("possible-typo", "Necirvan", "Nechirvan")}


def test_a_name_that_folds_onto_an_english_word_still_attracts_its_slips():
    """Sa'id folds to said, an English word of the text; its marked, capitalised spelling is
    a name all the same, and Sqa'id beside it a slip."""
    lines = [f"He said that Sa'id {n} was there." for n in range(4)] + ["Then Sqa'id left, they said."]
    found = findings(Corpus([Source("a.txt", "\n\n".join(lines) + "\n")]), {"possible-typo"})
    assert found == {("possible-typo", "Sqa'id", "Sa'id")}
