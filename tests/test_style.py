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
