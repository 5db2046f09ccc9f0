"""The scheme tables test themselves: every example of every entry renders as written."""

import pytest

from translit_cli.errors import TranslitError
from translit_cli.romanize import Romanizer
from translit_cli.lexicon import parse_lexicon
from translit_cli.schemes import SCHEME_NAMES, load_scheme

#: Examples are rendered from their own harakat; the lexicon only confirms a proclitic split.
EMPTY = parse_lexicon("arabic\tvocalized\tkind\tlatin\n")


def _cases():
    for name in SCHEME_NAMES:
        for example in load_scheme(name).examples:
            yield pytest.param(name, example, id=f"{name}:{example.rule}:{example.latin}")


@pytest.mark.parametrize("name, example", list(_cases()))
def test_example(name, example):
    romanizer = Romanizer(load_scheme(name))
    assert romanizer.text(example.arabic)[0] == example.latin


@pytest.mark.parametrize("name", SCHEME_NAMES)
def test_every_letter_has_an_example(name):
    scheme = load_scheme(name)
    rules = {example.rule.split(".", 1)[-1] for example in scheme.examples}
    missing = [letter for letter in scheme.letters if letter not in rules]
    assert not missing


@pytest.mark.parametrize("name, ayn, hamza", [
    ("dmg", "\u02bf", "\u02be"), ("ala-lc", "\u02bb", "\u02bc"), ("ijmes", "\u02bf", "\u02be"),
    ("iso233", "\u02bf", "\u02be"), ("bgn", "\u2018", "\u2019"),
])
def test_ayn_and_hamza_characters(name, ayn, hamza):
    scheme = load_scheme(name)
    assert (scheme.ayn, scheme.hamza) == (ayn, hamza)


def test_aliases_and_unknown_scheme():
    assert load_scheme("DIN").name == "dmg"
    assert load_scheme("bgn-pcgn").name == "bgn"
    with pytest.raises(TranslitError):
        load_scheme("pinyin")


def test_house_style_overrides():
    house = load_scheme("dmg", overrides={"letter:ج": "j", "ayn": "‘", "long_vowels": "plain", "article": "el-"})
    romanizer = Romanizer(house, lexicon=EMPTY)
    assert romanizer.text("الجَمَاعَة")[0] == "el-jamaʿa".replace("ʿ", "‘")
    assert load_scheme("dmg").letters["ج"] == "ǧ"  # the cached scheme is untouched
