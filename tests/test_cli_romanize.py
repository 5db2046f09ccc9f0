"""`translit romanize` end to end: formats, options, stdin, bad input."""

import json

from click.testing import CliRunner

from translit_cli.cli import main

SEED = "seeds/000_8806b24173207929.txt"


def run(*args, input=None):
    return CliRunner().invoke(main, ["romanize", *args], input=input)


def test_text_keeps_layout_of_the_seed():
    result = run(SEED)
    assert result.exit_code == 0
    original = open(SEED, encoding="utf-8").read()
    assert result.output.count("\n") == original.replace("\r\n", "\n").count("\n")
    assert "Bārzānī" in result.output


def test_jsonl_tokens_have_positions_and_sources():
    result = run("--format", "jsonl", "--scheme", "ala-lc", "-", input="Erbil\nقال مسرور بارزاني\n")
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert result.exit_code == 0
    assert [(r["line"], r["col"]) for r in rows] == [(2, 1), (2, 5), (2, 11)]
    assert {r["source"] for r in rows} <= {"table", "lexicon", "diacritizer", "rules"}
    assert all(0 <= r["confidence"] <= 1 for r in rows)


def test_ayn_and_hamza_overrides():
    result = run("--ayn", "'", "--hamza", "`", "-", input="العراق سَأَلَ\n")
    assert result.output == "al-'Irāq sa`ala\n"


def test_table_style_and_names(tmp_path):
    table = tmp_path / "house.tsv"
    table.write_text("# style: scheme = ala-lc\n# style: ayn = ‘\narabic\tlatin\tstatus\tcount\nسامر\tSamer\tpreferred\t2\n", encoding="utf-8")
    result = run("--table", str(table), "-", input="سامر العراق\n")
    assert result.exit_code == 0
    assert result.output == "Samer al-‘Irāq\n"


def test_bad_input_exits_2_without_traceback(tmp_path):
    missing = run(str(tmp_path / "missing.txt"))
    assert missing.exit_code == 2 and "Traceback" not in missing.output
    binary = tmp_path / "b.bin"
    binary.write_bytes(b"\x00\xff")
    assert run(str(binary)).exit_code == 2
    assert run("--scheme", "nope", SEED).exit_code == 2


def test_empty_and_blank_input_is_an_error_like_in_every_command(tmp_path):
    """Nothing to romanize is bad input (exit 2, one line on stderr), as for align and check."""
    for content in (b"", b"  \n\n\t\n", "\u200f\u200e\n\u2066\u2069".encode()):
        empty = tmp_path / "empty.txt"
        empty.write_bytes(content)
        result = CliRunner().invoke(main, ["romanize", str(empty)])
        assert result.exit_code == 2 and "empty input" in result.output and "Traceback" not in result.output
    assert run("-", input="").exit_code == 2
