"""`translit align` end to end: formats, files in either order, stdin, one-sided input, errors."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from click.testing import CliRunner

from translit_cli.cli import main
from translit_cli.documents import load_document, sides

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED_000 = str(SEEDS / "000_8806b24173207929.txt")
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def run(*args: str, stdin: str | bytes | None = None):
    return CliRunner().invoke(main, ["align", *args], input=stdin)


def test_tsv_is_the_default_when_piped_and_lists_every_paragraph_once():
    result = run(SEED_000)
    assert result.exit_code == 0, result.output
    header, *rows = result.stdout.splitlines()
    assert header.split("\t") == ["ar_lines", "en_lines", "score", "ar_text", "en_text"]
    document = load_document(SEED_000)
    listed = []
    for row in rows:
        ar_lines, en_lines, score, ar_text, en_text = row.split("\t")
        assert 0.0 <= float(score) <= 1.0
        listed += [int(n) for n in (ar_lines + "," + en_lines).split(",") if n != "-"]
    assert sorted(listed) == [p.line for p in document.paragraphs]
    assert "-\t21\t" in result.stdout  # the caption has no Arabic


def test_tsv_escapes_tabs_and_keeps_one_record_per_line(tmp_path):
    english = "First\tparagraph with a tab about Baghdad in 2017.\n\nSecond paragraph on Erbil, 2019.\n"
    arabic = "الفقرة الأولى عن بغداد في عام 2017.\n\nالفقرة الثانية عن أربيل، 2019.\n"
    path = tmp_path / "item.txt"
    path.write_text(english + "\n" + arabic, encoding="utf-8")
    result = run(str(path))
    rows = result.stdout.splitlines()[1:]
    assert len(rows) == 2 and all(len(row.split("\t")) == 5 for row in rows)
    assert "First\\tparagraph" in rows[0]


def test_jsonl_with_two_files_in_either_order(tmp_path):
    arabic, latin = sides(load_document(SEED_000).paragraphs)
    en_file, ar_file = tmp_path / "en.txt", tmp_path / "ar.txt"
    en_file.write_text("\n\n".join(p.raw for p in latin) + "\n", encoding="utf-8")
    ar_file.write_text("\n\n".join(p.raw for p in arabic) + "\n", encoding="utf-8")
    outputs = []
    for files in ((str(ar_file), str(en_file)), (str(en_file), str(ar_file))):
        result = run("--format", "jsonl", *files)
        assert result.exit_code == 0
        records = [json.loads(line) for line in result.stdout.splitlines()]
        assert {r["ar_file"] for r in records} == {str(ar_file)}
        assert {r["en_file"] for r in records} == {str(en_file)}
        outputs.append([(r["ar"], r["en"]) for r in records])
    assert outputs[0] == outputs[1]
    assert ([1], [1]) in outputs[0] and ([], [19]) in outputs[0]
    first = json.loads(run("--format", "jsonl", str(ar_file), str(en_file)).stdout.splitlines()[0])
    assert first["ar_text"] == arabic[0].raw and first["en_text"] == latin[0].raw


def test_tmx_is_well_formed_with_both_languages(tmp_path):
    path = tmp_path / "item.txt"
    path.write_text(
        'Talks in "Erbil" & <Baghdad> on 12 May 2021.\n\nمحادثات في "أربيل" و<بغداد> في 12 أيار 2021.\n',
        encoding="utf-8",
    )
    result = run("--format", "tmx", str(path))
    assert result.exit_code == 0
    root = ElementTree.fromstring(result.stdout.encode("utf-8"))
    assert root.get("version") == "1.4"
    units = root.findall("./body/tu")
    assert len(units) == 1
    languages = {tuv.get(XML_LANG): tuv.findtext("seg") for tuv in units[0].findall("tuv")}
    assert languages["en"] == 'Talks in "Erbil" & <Baghdad> on 12 May 2021.'
    assert languages["ar"].startswith("محادثات")


def test_text_format_is_side_by_side_and_flags_low_confidence(tmp_path):
    path = tmp_path / "item.txt"
    path.write_text(
        "A long English paragraph that says far more " * 4 + "\n\n" + "نص عربي قصير " * 3 + "\n",
        encoding="utf-8",
    )
    result = run("--format", "text", str(path))
    assert result.exit_code == 0
    assert "│" in result.stdout
    assert "LOW CONFIDENCE" in result.stdout
    good = run("--format", "text", SEED_000).stdout
    assert "ar 24  en 1" in good


def test_stdin_dash():
    data = Path(SEED_000).read_bytes()
    result = run("-", stdin=data)
    assert result.exit_code == 0
    assert result.stdout.splitlines()[1].startswith("24\t1\t")


def test_arabic_only_input_is_noted_not_an_error():
    seed = str(SEEDS / "001_08e095c4806c388f.txt")
    result = run("--format", "jsonl", seed)
    assert result.exit_code == 0
    assert "Arabic only" in result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["ar"] for r in records] == [[p.line] for p in load_document(seed).paragraphs]
    assert all(r["en"] == [] for r in records)


def test_input_without_letters_is_not_called_arabic(tmp_path):
    numbers = tmp_path / "numbers.txt"
    numbers.write_text("12345\n\n2024-08-22 19:36\n", encoding="utf-8")
    result = run(str(numbers))
    assert result.exit_code == 0
    assert "no Arabic or Latin letters" in result.stderr and "Arabic only" not in result.stderr
    assert len(result.stdout.splitlines()) == 3  # header and both paragraphs


def test_errors_are_one_line_with_exit_2(tmp_path):
    missing = run(str(tmp_path / "missing.txt"))
    assert missing.exit_code == 2
    assert missing.stderr.count("\n") == 1 and "no such file" in missing.stderr
    english = tmp_path / "a.txt"
    english.write_text("Only English here.\n", encoding="utf-8")
    same = run(str(english), str(english))
    assert same.exit_code == 2 and "both" in same.stderr
    assert "Traceback" not in same.stderr + missing.stderr
    assert run(SEED_000, SEED_000, SEED_000).exit_code == 2
