"""`translit learn` and `translit table` through the command line."""

from pathlib import Path

from click.testing import CliRunner

from translit_cli.cli import main
from translit_cli.table import format_table, load_table, parse_tbx

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED_000 = str(SEEDS / "000_8806b24173207929.txt")


def test_learn_writes_a_table_and_update_keeps_curated_rows(tmp_path):
    target = tmp_path / "house.tsv"
    result = CliRunner().invoke(main, ["learn", SEED_000, "-o", str(target)])
    assert result.exit_code == 0, result.output
    table = load_table(str(target))
    assert table.lookup("مسرور").latin == "Masrūr"
    edited = load_table(str(target))
    edited.lookup("داعش").latin, edited.lookup("داعش").curated = "Dāʿiš", True
    target.write_text(format_table(edited), encoding="utf-8")
    curated = load_table(str(target)).lookup("داعش")
    result = CliRunner().invoke(main, ["learn", SEED_000, "--update", str(target)])
    assert result.exit_code == 0, result.output
    assert load_table(str(target)).lookup("داعش") == curated


def test_style_report_names_the_ayn_character():
    result = CliRunner().invoke(main, ["learn", SEED_000, "--style"])
    assert result.exit_code == 0
    assert "U+2018" in result.stdout and "nearest scheme" in result.stdout


def test_table_export_to_tbx_and_back(tmp_path):
    tsv, tbx = tmp_path / "t.tsv", tmp_path / "t.tbx"
    CliRunner().invoke(main, ["learn", SEED_000, "-o", str(tsv)])
    assert CliRunner().invoke(main, ["table", str(tsv), "--to", "tbx", "-o", str(tbx)]).exit_code == 0
    assert parse_tbx(tbx.read_text(encoding="utf-8")).lookup("كارل").latin == "Karl"
    back = CliRunner().invoke(main, ["table", str(tbx), "--to", "tsv"])
    assert back.exit_code == 0 and "Karl" in back.stdout


def test_errors_are_one_line_with_exit_2(tmp_path):
    missing = CliRunner().invoke(main, ["learn", str(tmp_path / "nope.txt")])
    assert missing.exit_code == 2 and missing.stderr.count("\n") == 1
    bad = tmp_path / "bad.tbx"
    bad.write_text("<tbx><oops></tbx>", encoding="utf-8")
    result = CliRunner().invoke(main, ["table", str(bad), "--to", "tsv"])
    assert result.exit_code == 2 and "not valid TBX" in result.stderr
