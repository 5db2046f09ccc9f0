"""Table merging (--update), curated rows, article fallback lookups, TBX round trips."""

from collections import Counter

import pytest

from translit_cli.errors import TableError
from translit_cli.table import (
    Entry, Status, Table, Variant, entry_from_counts, format_table, merge_tables, parse_table,
    parse_tbx, to_tbx,
)


def _learned(arabic: str, **forms: int) -> Entry:
    return entry_from_counts(arabic, Counter(forms), Counter({arabic: 1}), Counter(), [f"x.txt:{n}" for n in range(3)])


def test_majority_is_canonical_and_rare_forms_are_rejected():
    entry = entry_from_counts("بيشمركة", Counter({"Pešmarga": 3, "Pešmaga": 1}), Counter({"بيشمركة": 4}), Counter(), [])
    assert entry.latin == "Pešmarga"
    assert entry.latin_variants == [Variant("Pešmaga", 1, Status.REJECTED)]


def test_a_spelling_used_repeatedly_is_admitted_unless_it_only_changes_marks():
    """Abi (genitive, as in "Ali bin Abi Talib") beside Abu is the translator's choice, not a
    slip; Ibn 'Abbas beside Ibn Abbas is the inconsistency the table must catch."""
    abu = entry_from_counts("ابي", Counter({"Abu": 97, "Abi": 14, "AbI": 1}), Counter({"ابي": 112}), Counter(), [])
    assert abu.variant("Abi").status is Status.ADMITTED
    assert abu.variant("AbI").status is Status.REJECTED
    abbas = entry_from_counts("ابن عباس", Counter({"Ibn Abbas": 19, "Ibn 'Abbas": 3}), Counter({"ابن عباس": 22}), Counter(), [])
    assert abbas.variant("Ibn 'Abbas").status is Status.REJECTED


def test_update_adds_counts_and_can_change_the_canonical():
    base = Table()
    base.add(Entry("داعش", "Da'ish", count=1))
    merged = merge_tables(base, Table({"داعش": _learned("داعش", **{"Dā‘iš": 3})}))
    entry = merged.lookup("داعش")
    assert entry.latin == "Dā‘iš"
    assert entry.variant("Da'ish").count == 1


def test_update_never_overwrites_curated_or_rejected_rows():
    base = parse_table("arabic\tlatin\tstatus\tcount\n"
                       "داعش\tDāʿiš\tpreferred\t1\t\t\t\t\tyes\n"
                       "سوريا\tSuriya\trejected\t1\n")
    learned = Table()
    learned.add(_learned("داعش", **{"Dā‘iš": 9}))
    learned.add(_learned("سوريا", Syria=9))
    learned.add(_learned("بغداد", Baghdad=1))
    merged = merge_tables(base, learned)
    assert merged.lookup("داعش") == base.lookup("داعش")
    assert merged.lookup("سوريا") == base.lookup("سوريا")
    assert merged.lookup("بغداد").latin == "Baghdad"


def test_lookup_with_article_and_clitics_finds_the_stem():
    table = Table()
    table.add(Entry("بيشمركة", "Pešmarga", article="none"))
    for word in ("البيشمركة", "والبيشمركة", "للبيشمركة", "بالبيشمركة"):
        assert table.lookup(word).latin == "Pešmarga"
    assert table.lookup("ال") is None


def test_tsv_round_trip_keeps_article_and_order():
    table = Table(style={"scheme": "dmg", "ayn": "‘"})
    table.add(Entry("عراق", "Iraq", article="none", evidence=["a.txt:5"]))
    table.add(Entry("ميادين", "Mayadeen", article="al-"))
    text = format_table(table)
    again = parse_table(text)
    assert again.entries == table.entries and again.style == table.style
    assert format_table(again) == text


def test_old_tables_without_the_article_column_still_load():
    table = parse_table("arabic\tlatin\tstatus\tcount\tarabic_variants\tlatin_variants\tdistinct\tevidence\tcurated\n"
                        "كارل\tKarl\tpreferred\t3\t\t\t\t\t\n")
    assert table.lookup("كارل").article == ""


def test_tbx_round_trip():
    table = Table()
    table.add(Entry("بارزاني", "Barazānī", arabic_variants=["برزاني"],
                    latin_variants=[Variant("Barzani", 2, Status.ADMITTED), Variant("Barazani", 1, Status.REJECTED)]))
    tbx = to_tbx(table)
    assert 'xml:lang="ar"' in tbx and "deprecatedTerm-admn-sts" in tbx
    entry = parse_tbx(tbx).lookup("برزاني")
    assert entry.latin == "Barazānī" and entry.curated
    assert [(v.form, v.status) for v in entry.latin_variants] == [("Barzani", Status.ADMITTED), ("Barazani", Status.REJECTED)]


def test_tbx_v2_termentry_import():
    tbx = """<martif type="TBX"><text><body>
      <termEntry id="t1">
        <langSet xml:lang="ar"><tig><term>مسرور</term></tig></langSet>
        <langSet xml:lang="en-GB"><tig><term>Masrūr</term>
          <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig></langSet>
      </termEntry></body></text></martif>"""
    assert parse_tbx(tbx).lookup("مسرور").latin == "Masrūr"


def test_bad_tbx_is_a_table_error():
    with pytest.raises(TableError):
        parse_tbx("<tbx><unclosed></tbx>", "bad.tbx")
