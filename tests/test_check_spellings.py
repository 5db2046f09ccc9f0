"""scheme-mix on spellings: one name written with DMG's ai / au / -a and with ALA-LC's
ay / aw / -ah in one document (constructed text; the hadith translations of the benchmark
do this for dozens of names: Zayd and Zaid, Khaybar and Khaibar)."""

from translit_cli.checks.corpus import Corpus, Source
from translit_cli.checks.runner import run_checks
from translit_cli.checks.spellings import SPELLINGS, respell


def text_of(counts: dict[str, int]) -> str:
    lines = [f"Report {n}: {name} came to the city." for name, times in counts.items() for n in range(times)]
    return "\n\n".join(lines) + "\n"


def mixes(text: str, rules=frozenset({"scheme-mix"})) -> dict[str, set]:
    found: dict[str, set] = {}
    for finding in run_checks(Corpus([Source("doc.txt", text)]), set(rules)):
        found.setdefault(finding.rule, set()).add((finding.text, finding.suggestion))
    return found


def test_the_minority_spelling_of_paired_names_is_reported_with_the_name_respelled():
    text = text_of({"Zayd": 6, "Zaid": 4, "Khaybar": 5, "Khaibar": 3, "Qays": 4, "Qais": 3,
                    "Fatimah": 6, "Fatima": 4})
    assert mixes(text) == {"scheme-mix": {("Zaid", "Zayd"), ("Khaibar", "Khaybar"), ("Qais", "Qays"),
                                          ("Fatima", "Fatimah")}}


def test_the_document_majority_decides_even_against_one_name():
    # ai is the document's (Zaid 6 + Qais 5 against Zayd 4 + Qays 4), so Zayd is reported
    # although Zaid is not its name's more frequent spelling everywhere.
    text = text_of({"Zaid": 6, "Zayd": 4, "Qais": 5, "Qays": 4})
    assert mixes(text)["scheme-mix"] == {("Zayd", "Zaid"), ("Qays", "Qais")}


def test_names_read_as_different_lexicon_names_are_no_pair():
    # وائل Wāʾil is a name, ويل wayl a word: Wail is no diphthong spelling of Wayl.
    text = text_of({"Wail": 5, "Wayl": 4, "Zayd": 6, "Zaid": 4})
    assert mixes(text)["scheme-mix"] == {("Zaid", "Zayd")}


def test_a_final_a_needs_a_name_the_lexicon_reads():
    # Hira / Hirah may be Ḥirāʾ and al-Ḥīra; Fatima / Fatimah is فاطمة either way.
    text = text_of({"Hirah": 6, "Hira": 4, "Fatimah": 6, "Fatima": 4})
    assert mixes(text)["scheme-mix"] == {("Fatima", "Fatimah")}


def test_english_words_and_hiatus_are_no_diphthongs():
    # "said" is English vocabulary; Sa'id has an ʿayn between a and i.
    text = text_of({"Sayd": 5, "Sa'id": 4}) + "He said so, and said it again.\n\nSaid the man, Sayd.\n"
    assert mixes(text) == {}


def test_a_doubled_yaa_of_iyya_is_a_convention_of_its_own():
    text = text_of({"Udhiyah": 6, "Udhiyyah": 3, "Jabiyah": 2, "Jabiyyah": 3, "Zakariyya": 4, "Zakariya": 3})
    # iy: Udhiyah 6 + Jabiyah 2 + Zakariya 3 = 11 against iyy 3 + 3 + 4 = 10
    assert mixes(text)["scheme-mix"] == {("Udhiyyah", "Udhiyah"), ("Jabiyyah", "Jabiyah"),
                                          ("Zakariyya", "Zakariya")}


def test_scholarly_spellings_with_macrons_pair_too():
    text = text_of({"ʿArabīya": 5, "ʿArabiyya": 3, "Ḥusain": 5, "Ḥusayn": 3})
    assert mixes(text)["scheme-mix"] == {("ʿArabiyya", "ʿArabīya"), ("Ḥusayn", "Ḥusain")}


def test_a_doubled_long_vowel_is_judged_per_name():
    # Sa'eed is this text's spelling of سعيد, Aziz (not Azeez) its spelling of عزيز.
    text = text_of({"Sa'eed": 9, "Sa'id": 3, "Aziz": 5, "Azeez": 3, "Ibrahim": 3, "Ibraheem": 4})
    assert mixes(text)["scheme-mix"] == {("Sa'id", "Sa'eed"), ("Azeez", "Aziz"), ("Ibrahim", "Ibraheem")}


def test_a_possible_typo_is_not_also_a_scheme_mix():
    text = text_of({"Zubayd": 9, "Zubaid": 1, "Zayd": 6, "Zaid": 4})
    found = mixes(text, {"scheme-mix", "possible-typo"})
    assert ("Zubaid", "Zubayd") in found["possible-typo"]
    assert found["scheme-mix"] == {("Zaid", "Zayd")}


def test_respelling_keeps_the_capital_and_the_glide():
    ai, au, final, *_ = SPELLINGS
    assert respell("Aisha", ai.first, ai.second) == "Aysha"
    assert respell("Sayyid", ai.second, ai.first) == "Saiyid"
    assert respell("Ḥusayn", ai.second, ai.first) == "Ḥusain"
    assert respell("Bayān", ai.second, ai.first) == "Bayān"  # y before a vowel is no diphthong
    assert respell("Tawbah", au.second, au.first) == "Taubah"
    assert respell("Fāṭima", final.first, final.second) == "Fāṭimah"


def test_the_house_tables_scheme_decides_over_the_document_majority():
    from translit_cli.table import parse_table
    text = text_of({"Zayd": 6, "Zaid": 4, "Fatimah": 6, "Fatima": 4})
    header = "arabic\tlatin\tstatus\tcount\tarabic_variants\tlatin_variants\tdistinct\tevidence\tcurated\tarticle\n"
    for scheme, expected in (("dmg", {("Zayd", "Zaid"), ("Fatimah", "Fatima")}),
                             ("ala-lc", {("Zaid", "Zayd"), ("Fatima", "Fatimah")})):
        table = parse_table(f"# style: scheme = {scheme}\n" + header)
        findings = run_checks(Corpus([Source("doc.txt", text)], table), {"scheme-mix"})
        assert {(f.text, f.suggestion) for f in findings} == expected
        assert all("house style" in f.message for f in findings)


def test_the_house_tables_scheme_decides_the_letters_too():
    from translit_cli.table import parse_table
    text = text_of({"Hāshim": 5, "Šawkat": 2, "Pešmarga": 2})
    header = "arabic\tlatin\tstatus\tcount\tarabic_variants\tlatin_variants\tdistinct\tevidence\tcurated\tarticle\n"
    flagged = {}
    for scheme in ("dmg", "ala-lc"):
        table = parse_table(f"# style: scheme = {scheme}\n" + header)
        flagged[scheme] = {f.text for f in run_checks(Corpus([Source("doc.txt", text)], table), {"scheme-mix"})}
    assert flagged == {"dmg": {"Hāshim"}, "ala-lc": {"Šawkat", "Pešmarga"}}
    plain = {f.text for f in run_checks(Corpus([Source("doc.txt", text)]), {"scheme-mix"})}
    assert plain == {"Šawkat", "Pešmarga"}  # the document writes sh 5 times, š 4 times


def test_abd_and_the_article_joined_in_a_text_that_writes_them_apart():
    apart = "\n\n".join(["'Abd al-Rahman narrated it."] * 4 + ["'Abd al-Malik narrated it."] * 2) + "\n\n"
    joined = "Abdur-Rahman said so.\n\nAbdul Malik said so.\n\nAbdurRahman said so.\n\n'Abd Allah said so.\n"
    found = mixes(apart + joined)
    assert found["scheme-mix"] == {("Abdur", None), ("Abdul", None), ("AbdurRahman", None)}
    # a text that mostly joins them is not marked (the ʿAbd of ʿAbd al- is also that of ʿAbd Allāh)
    assert mixes(joined * 3 + apart) == {}


def test_abd_allah_in_one_word_and_in_two():
    """ʿAbd Allāh written one way and the other: the minority way is reported, at the ʿAbd of
    each ʿAbd Allāh only when it is the two-word one (not at the ʿAbd of ʿAbd al-Malik)."""
    two = "'Abd Allah b. 'Umar narrated it.\n\n"
    one = "'Abdullah b. Mas'ud said so.\n\n"
    other = "'Abd al-Malik narrated it; ʿabd means slave.\n\n"
    mostly_two = run_checks(Corpus([Source("doc.txt", two * 3 + one + other)]), {"scheme-mix"})
    assert [(f.line, f.text, f.suggestion) for f in mostly_two] == [(7, "'Abdullah", "'Abd Allah")]
    mostly_one = run_checks(Corpus([Source("doc.txt", one * 3 + two + other)]), {"scheme-mix"})
    assert [(f.line, f.col, f.end_col) for f in mostly_one] == [(7, 1, 5)]
    assert "two words" in mostly_one[0].message and "'Abdullah, 3×" in mostly_one[0].message
    assert run_checks(Corpus([Source("doc.txt", (one + two) * 2 + other)]), {"scheme-mix"}) == []
    possessive = "Then 'Abd Allah’s son spoke.\n"  # the ’ after Allah is no letter of the next word
    found = run_checks(Corpus([Source("doc.txt", one * 3 + possessive)]), {"scheme-mix"})
    assert [(f.line, f.col, f.text) for f in found] == [(7, 6, "'Abd")]


def test_a_possible_typo_never_points_at_the_spelling_scheme_mix_reports():
    # The document writes ai (Zaid, Qais, Khaibar); Zubayr is its minority spelling.
    text = text_of({"Zaid": 8, "Zayd": 3, "Qais": 6, "Qays": 3, "Zubayr": 5, "Zubair": 2, "Zubbayr": 1})
    found = mixes(text, {"scheme-mix", "possible-typo"})
    assert ("Zubayr", "Zubair") in found["scheme-mix"]
    # Zubair (the document's way) is no typo of Zubayr; the slip Zubbayr is pointed at Zubair.
    assert found["possible-typo"] == {("Zubbayr", "Zubair")}


def test_a_mix_is_judged_per_document_of_a_corpus():
    one, other = text_of({"Zayd": 3, "Qays": 3}), text_of({"Zaid": 3, "Qais": 3})
    both = text_of({"Zayd": 4, "Zaid": 2})
    findings = run_checks(Corpus([Source("a.txt", one), Source("b.txt", other), Source("c.txt", both)]), {"scheme-mix"})
    assert {(f.path, f.text) for f in findings} == {("c.txt", "Zaid")}
