"""possible-typo evidence read on the spelling as written: vowel length, the corpus's letters
as written (digraphs and diacritics), the lexicon read as precisely as the text writes, and
slips repeated with the name they belong to."""

from __future__ import annotations

import pytest

from translit_cli.checks.corpus import Corpus, Source
from translit_cli.checks.known import Precision, reads_as_written, same_name, written_key
from translit_cli.checks.plausible import is_plausible_written
from translit_cli.checks.runner import run_checks

#: Names the lexicon reads, or written with marks, in DMG and in ASCII spelling: enough
#: frequent names for the corpus alphabet (variants.ALPHABET_NAMES).
DMG_NAMES = """Aḥmad Muḥammad Maḥmūd ʿAlī ʿUmar ʿUṯmān Ḥasan Ḥusain Ḫālid Ṭāriq Zaid Saʿd Saʿīd Masʿūd
Ǧalāl Ǧamāl Karīm Yūsuf Ibrāhīm Ismāʿīl Isḥāq Yaʿqūb Mūsā ʿĪsā Sulaimān Dāwūd Ṣāliḥ Hāšim Qāsim
Ǧaʿfar ʿAbbās Ḥamza Bilāl Salmān Anas Ǧābir Ṭalḥa Hišām Walīd Manṣūr Hārūn Badr Fahd Nāṣir Samīr
Bašīr Ṭāhir Ġassān Ġāzī Ṯābit Ḫadīǧa Fāṭima Zainab Maryam Hind""".split()
ASCII_NAMES = """Ahmad Muhammad Mahmud 'Ali 'Umar 'Uthman Hasan Husain Khalid Tariq Zaid Sa'd Sa'id Mas'ud
Jalal Jamal Karim Yusuf Ibrahim Isma'il Ishaq Ya'qub Musa 'Isa Sulaiman Dawud Salih Hashim Qasim
Ja'far 'Abbas Hamza Bilal Salman Anas Jabir Talha Hisham Walid Mansur Harun Badr Fahd Nasir Samir
Bashir Tahir Ghassan Ghazi Thabit Khadija Fatima Zainab Maryam Hind""".split()


def corpus_with(names: list[str], rare: list[str], times: int = 3) -> Corpus:
    """Each of ``names`` in ``times`` sentences, then each rare form once."""
    lines = [f"On day {day} {name} spoke to the council." for name in names for day in range(times)]
    lines += [f"Later {form} left the city." for form in rare]
    return Corpus([Source("doc.txt", "\n\n".join(lines) + "\n")])


def typos(corpus: Corpus) -> set[tuple[str, str]]:
    return {(f.text, f.suggestion or "") for f in run_checks(corpus, {"possible-typo"})}


@pytest.mark.parametrize("form, plausible", [
    ("Ǧaāl", False), ("Ġāī", False), ("Tamīmīī", False), ("Nāṣr", False), ("Sireān", False),
    ("Ǧalāl", True), ("Ġāzī", True), ("Tamīmī", True), ("Nāṣir", True), ("Naṣr", True),
    ("Ḥāǧǧ", True), ("ʿāmm", True), ("Muṣṭafá", True), ("Saʿeed", True), ("Qurʾān", True),
])
def test_a_long_vowel_counts_as_two_vowels(form, plausible):
    """aā, āī, īī and a long vowel before two different final consonants are no Arabic."""
    assert is_plausible_written(form) is plausible


def test_the_lexicon_is_read_with_vowel_length_where_the_text_writes_it():
    """Folded, Ǧaāl is jaal, a reading of جعل ǧaʿl (a word, so not a slip); written with its
    long ā it is no reading of anything.  A case ending on a pausal reading still reads."""
    assert same_name("jaal", "jalal") is False
    precise = Precision.LENGTH
    assert same_name(written_key("Ǧaāl", precise), written_key("Ǧalāl", precise), precise) is None
    assert reads_as_written("Ǧalāl", precise) and not reads_as_written("Ǧaāl", precise)
    assert reads_as_written("šaiṭāni", precise)  # šaiṭān + i


def test_unpronounceable_and_unread_slips_are_found_in_a_scholarly_text():
    found = typos(corpus_with(DMG_NAMES, ["Ǧaāl", "Ġāī", "Nāṣr", "Ġassā", "Hišā"]))
    assert found == {("Ǧaāl", "Ǧalāl"), ("Ġāī", "Ġāzī"), ("Nāṣr", "Nāṣir"), ("Ġassā", "Ġassān"),
                     ("Hišā", "Hišām")}


def test_real_names_one_letter_away_stay_apart():
    """Munīf and Salmā are names the lexicon reads; Ḥalīm (unread) differs from Karīm's
    neighbour Ḥakīm in an inner consonant, where distinct names differ: none is a slip."""
    found = typos(corpus_with(DMG_NAMES + ["Ḥakīm", "Munīr"], ["Munīf", "Salmā", "Ḥalīm"]))
    assert found == set()


def test_without_written_vowel_length_the_lexicon_silence_is_no_evidence():
    """An ASCII text does not say what its writer meant by a: Ghassa (beside Ghassan, which
    the lexicon does not read as a name), Jabil and Tarik (a letter replaced) stay guesses."""
    assert typos(corpus_with(ASCII_NAMES, ["Ghassa", "Jabil", "Tarik"])) == set()


def test_an_unread_name_without_its_last_letter_beside_a_read_name_is_a_slip():
    """Even without vowel length: Hisha is Hisham without its last letter and no word of the
    lexicon; Shah beside Shahr (the month: a word, not a name) is not taken, nor Usuf beside
    Yusuf: a name without its first letter is as often another name (Arwān / Marwān)."""
    found = typos(corpus_with(ASCII_NAMES + ["Shahr"], ["Usuf", "Hisha", "Shah"]))
    assert found == {("Hisha", "Hisham")}


def test_a_letter_foreign_to_the_corpus_makes_a_slip():
    """A DMG text writes ǧ and ġ, never a plain g: Sirwāg and Nawzāg are slips at the last
    letter (of names the lexicon does not read, so only the letter tells); Sirwāḥ is not."""
    found = typos(corpus_with(DMG_NAMES + ["Sirwān", "Nawzād"], ["Sirwāg", "Nawzāg", "Sirwāḥ"]))
    assert found == {("Sirwāg", "Sirwān"), ("Nawzāg", "Nawzād")}


def test_a_diacritic_is_not_a_foreign_letter_of_an_ascii_text():
    """ṭ in an ASCII text is its t with a dot, not a letter the text never uses."""
    assert typos(corpus_with(ASCII_NAMES, ["Ṭariq"])) == set()


def test_the_target_is_the_name_the_edit_explains_not_the_most_frequent():
    """Gurrah has a plain g, which an ASCII text that writes gh never has: it is wrong, and the
    inserted h of Ghurrah explains it better than the more frequent Murrah's first letter."""
    corpus = corpus_with(ASCII_NAMES + ["Murrah"] * 3 + ["Ghurrah"], ["Gurrah"])
    assert typos(corpus) == {("Gurrah", "Ghurrah")}


def test_a_slip_repeated_with_its_name_is_found_when_it_cannot_be_a_name():
    """Tamīmīī written four times (copied with the name) beside Tamīmī ten times; a
    pronounceable repeated form (Munīt three times) is a name of its own."""
    corpus = corpus_with(DMG_NAMES + ["Tamīmī", "Munīr"], ["Tamīmīī"] * 4 + ["Munīt"] * 3, times=10)
    assert typos(corpus) == {("Tamīmīī", "Tamīmī")}


def test_a_rare_name_beside_bin_or_bint_is_no_slip_of_a_term():
    """'Umrah is the pilgrimage (a lexicon word, never beside bin or bint here); 'Amrah bint
    'Abd al-Rahman is the narrator ʿAmra, a name of her own.  The same slip written where a
    term stands is still taken, and so is a slip of a term that is also a name (Rahman)."""
    lines = [f"On day {day} they performed 'Umrah together." for day in range(6)]
    lines += [f"On day {day} 'Abd al-Rahman bin Zaid prayed." for day in range(4)]
    lines += ["It was narrated from 'Amrah bint 'Abd al-Rahman that she prayed.",
              "Then they performed 'Umarh again."]
    found = typos(Corpus([Source("doc.txt", "\n\n".join(lines) + "\n")]))
    assert ("'Amrah", "'Umrah") not in found
    assert ("'Umarh", "'Umrah") in found


def test_a_term_written_beside_a_particle_somewhere_keeps_its_slips():
    """Once 'Umrah also stands beside bin (a man of that name), it is no longer taken for a
    term, and 'Amrah bint … is read as a slip of it again."""
    lines = [f"On day {day} they performed 'Umrah together." for day in range(6)]
    lines += ["Khalid bin 'Umrah said so.", "It was narrated from 'Amrah bint Zaid that she prayed."]
    assert ("'Amrah", "'Umrah") in typos(Corpus([Source("doc.txt", "\n\n".join(lines) + "\n")]))


@pytest.mark.parametrize("nisba, name", [
    ("Sulami", "Sulaim"), ("Hudhali", "Hudhail"), ("Qurashi", "Quraish"), ("Thaqafi", "Thaqif"),
    ("Hanafi", "Hanifah"), ("Juhani", "Juhainah"),
])
def test_the_nisba_of_a_fuayl_or_fail_name_is_no_slip_of_it(nisba, name):
    """Sulaym's nisba is Sulamī, Thaqīf's Thaqafī: the y or ī is dropped, a form of its own."""
    assert typos(corpus_with(ASCII_NAMES + [name], [nisba])) == set()


def test_a_letter_swap_that_makes_no_nisba_is_still_a_slip():
    assert typos(corpus_with(ASCII_NAMES + ["Sulaim"], ["Sluaim"])) == {("Sluaim", "Sulaim")}
    # the other way round: a rare name-shaped Isfahain beside the nisba Isfahani is its slip
    assert typos(corpus_with(ASCII_NAMES + ["Isfahani"], ["Isfahain"])) == {("Isfahain", "Isfahani")}


def test_a_slip_that_spells_a_lexicon_word_is_taken_in_the_frequent_forms_company():
    """Samil also reads شامل (shāmil, folded), so alone it is a word of its own; written in
    ʿUbāda bin aṣ-Ṣāmit's company it is a slip of Samit."""
    names = [f"On day {n} 'Ubadah bin As-Samit prayed." for n in range(6)]
    in_company = names + ["Then 'Ubadah bin As-Samil prayed."]
    alone = names + ["Then Hisham met Samil in the market."]
    assert ("Samil", "Samit") in typos(Corpus([Source("a.txt", "\n\n".join(in_company) + "\n")]))
    assert typos(Corpus([Source("b.txt", "\n\n".join(alone) + "\n")])) == set()
