"""House-style inference: letter votes, nearest scheme, overrides (constructed tables)."""

from dataclasses import dataclass, field

from translit_cli.style import format_report, infer_style, letter_value
from translit_cli.table import Entry, Table


@dataclass(frozen=True)
class FakeScheme:
    """The fields of contract 2 that style inference reads, with hand-written values."""

    name: str
    letters: dict = field(default_factory=dict)
    ayn: str = "\u02bf"
    hamza: str = "\u02be"


VOWELS = {"ا": "ā", "و": "ū", "ي": "ī"}
SCHEMES = {
    "dmg": FakeScheme("dmg", {**VOWELS, "ش": "š", "ج": "ǧ", "خ": "ḫ", "غ": "ġ"}),
    "ala-lc": FakeScheme("ala-lc", {**VOWELS, "ش": "sh", "ج": "j", "خ": "kh", "غ": "gh"}, "\u02bb", "\u02bc"),
}


def _table(pairs: dict[str, str]) -> Table:
    table = Table()
    for arabic, latin in pairs.items():
        table.add(Entry(arabic, latin, count=2))
    return table


def test_dmg_house_with_its_own_ayn_character():
    table = _table({"داعش": "Dā‘iš", "شيخ": "Šayḫ", "جمال": "Ǧamāl", "عمر": "‘Umar", "بغداد": "Baghdad",
                    "واشنطن": "Washington", "غزة": "Ġazza"})
    style = infer_style(table, SCHEMES)
    assert style.keys["scheme"] == "dmg"
    assert style.keys["ayn"] == "‘"
    assert style.keys["long_vowels"] == "marked"
    assert not any(key.startswith("letter:") for key in style.keys)  # Baghdad is conventional
    assert "Baghdad" in style.evidence.conventional


def test_ala_lc_house_with_a_dmg_letter_gives_an_override():
    table = _table({"شيخ": "Shaykh", "خالد": "Khālid", "جمال": "Ǧamāl", "جميل": "Ǧamīl", "شريف": "Sharīf",
                    "غزة": "Ghazza"})
    style = infer_style(table, SCHEMES)
    assert style.keys["scheme"] == "ala-lc"
    assert style.keys["letter:ج"] == "ǧ"
    assert "letter:ش" not in style.keys
    assert "ala-lc" in format_report(style)


def test_plain_ascii_house_counts_every_name():
    table = _table({"شيخ": "Sheikh", "خالد": "Khalid", "جمال": "Jamal", "شريف": "Sharif"})
    style = infer_style(table, SCHEMES)
    assert style.keys["scheme"] == "ala-lc"
    assert style.keys["long_vowels"] == "plain"


def test_plain_letter_is_no_evidence_when_another_letter_could_write_it():
    assert letter_value("ح", "حسن", "Hasan") == "h"
    assert letter_value("ح", "محمود هاشم", "Mahmud Hashim") is None
    assert letter_value("ش", "شيخ", "Šayḫ") == "š"


def test_no_names_no_style():
    assert infer_style(Table(), SCHEMES).keys == {}


def _dmg_house(article_names: dict[str, tuple[str, str]]) -> Table:
    table = _table({"داعش": "Dā‘iš", "شيخ": "Šayḫ", "جمال": "Ǧamāl"})
    for arabic, (latin, article) in article_names.items():
        table.add(Entry(arabic, latin, count=2, article=article))
    return table


def test_the_article_before_moon_letters_leaves_assimilation_to_the_scheme():
    """al-Qāhira is written so by every scheme: it must not turn off DMG's aš-Šams."""
    from translit_cli.schemes import load_scheme
    from translit_cli.style import default_schemes

    schemes = default_schemes()
    moon_only = infer_style(_dmg_house({"قاهرة": ("al-Qāhira", "al-")}), schemes)
    assert moon_only.keys["scheme"] == "dmg" and "article" not in moon_only.keys
    assert load_scheme("dmg", overrides=moon_only.keys).article.assimilate
    never = infer_style(_dmg_house({"قاهرة": ("al-Qāhira", "al-"), "شرق": ("al-Šarq", "al-")}), schemes)
    assert never.keys["article"] == "al-"
    assert not load_scheme("dmg", overrides=never.keys).article.assimilate
    assimilated = infer_style(_dmg_house({"شرق": ("aš-Šarq", "aš-")}), schemes)
    assert assimilated.keys["article"] == "assimilated"
    el = infer_style(_dmg_house({"قاهرة": ("el-Qāhira", "el-")}), schemes)
    assert el.keys["article"] == "el-"


def test_an_elided_or_detached_article_is_no_assimilation():
    """DMG's l- after a long vowel (Abū l-Šaiḫ) is al- unassimilated; Al Safa writes the
    article as a word of its own, which the style keeps as its prefix."""
    from translit_cli.schemes import load_scheme
    from translit_cli.style import default_schemes

    schemes = default_schemes()
    elided = infer_style(_dmg_house({"شمس": ("Šams", "l-")}), schemes)
    assert elided.keys["article"] == "al-"
    detached = infer_style(_dmg_house({"صفا": ("Safa", "Al "), "سيسي": ("Sisi", "El ")}), schemes)
    assert detached.keys["article"] in {"al ", "el "}
    assert load_scheme("dmg", overrides=detached.keys).article.separator == " "
