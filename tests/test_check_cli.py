"""translit check on the command line: golden stdout and exit status for every format, the
error paths, suppression, baseline, --fix and --diff.  Expected outputs are written by hand
from the input text, not copied from the program."""

import codecs
import json
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner

from translit_cli.cli import main

SEED_000 = Path(__file__).resolve().parent.parent / "seeds" / "000_8806b24173207929.txt"

#: Two lines: the house writes Dā‘iš twice, then once with an ASCII apostrophe at line 2 col 6.
TEXT = "Dā‘iš and Dā‘iš again.\nThen Dā'iš.\n"
MESSAGE = "Dā'iš: ʿayn/hamza written differently from Dā‘iš (2×)"


@pytest.fixture
def sample(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "g.txt").write_text(TEXT, encoding="utf-8")
    return tmp_path / "g.txt"


def run(*args, input=None):
    return CliRunner().invoke(main, ["check", *args], input=input)


def test_line_format(sample):
    result = run("--format", "line", "g.txt")
    assert result.stdout == f"g.txt:2:6: error: mark-variant: {MESSAGE}\n"
    assert result.exit_code == 1


def test_text_format_grouped_without_colour(sample):
    result = run("g.txt")
    assert result.stdout == f"g.txt\n  2:6  error    mark-variant  {MESSAGE} [fix]\n"
    assert "\x1b[" not in result.stdout


def test_github_format(sample):
    result = run("--format", "github", "g.txt")
    assert result.stdout == (
        "::error file=g.txt,line=2,col=6,endLine=2,endColumn=11,title=mark-variant::"
        f"{MESSAGE}\n"
    )


def test_jsonl_and_json_formats(sample):
    record = json.loads(run("--format", "jsonl", "g.txt").stdout)
    assert {k: record[k] for k in (
        "path", "line", "col", "end_line", "end_col", "rule", "severity", "text", "suggestion",
    )} == {
        "path": "g.txt", "line": 2, "col": 6, "end_line": 2, "end_col": 11,
        "rule": "mark-variant", "severity": "error", "text": "Dā'iš", "suggestion": "Dā‘iš",
    }
    assert json.loads(run("--format", "json", "g.txt").stdout) == [record]


def test_sarif_format(sample):
    sarif = json.loads(run("--format", "sarif", "g.txt").stdout)
    assert sarif["version"] == "2.1.0"
    run_ = sarif["runs"][0]
    assert run_["columnKind"] == "unicodeCodePoints"
    (result,) = run_["results"]
    assert result["ruleId"] == "mark-variant" and result["level"] == "error"
    assert result["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 2, "startColumn": 6, "endLine": 2, "endColumn": 11,
    }
    rules = [rule["id"] for rule in run_["tool"]["driver"]["rules"]]
    assert rules[result["ruleIndex"]] == "mark-variant"


def test_clean_input_exits_zero_with_empty_stdout(tmp_path):
    (tmp_path / "c.txt").write_text("Dā‘iš and Dā‘iš again.\n", encoding="utf-8")
    result = run(str(tmp_path / "c.txt"))
    assert (result.exit_code, result.stdout) == (0, "")


def test_fail_level_and_exit_zero(tmp_path):
    path = tmp_path / "w.txt"
    path.write_text("Barazānī, Barazānī and Barazani.\n", encoding="utf-8")  # one warning
    assert run(str(path)).exit_code == 1
    assert run("--fail-level", "error", str(path)).exit_code == 0
    assert run("--exit-zero", str(path)).exit_code == 0


def test_stdin(sample):
    result = run("--format", "line", "-", input=TEXT.encode("utf-8"))
    assert result.stdout == f"<stdin>:2:6: error: mark-variant: {MESSAGE}\n"


@pytest.mark.parametrize("args, content, message", [
    (["missing.txt"], None, "missing.txt: no such file"),
    (["bad.txt"], b"ok \xff\n", "bad.txt: invalid UTF-8 at byte offset 3 (byte 0xff)"),
    (["bad.txt"], b"", "bad.txt: empty input (no text to work on)"),
    (["--select", "no-such-rule", "g.txt"], None, "unknown rule no-such-rule"),
    (["--table", "nope.tsv", "g.txt"], None, "nope.tsv: no such table file"),
    (["--baseline", "nope.json", "g.txt"], None, "nope.json: no such baseline file"),
])
def test_error_paths_exit_2_with_one_line(sample, args, content, message):
    if content is not None:
        (sample.parent / "bad.txt").write_bytes(content)
    result = run(*args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and message in result.stderr
    assert "Traceback" not in result.stderr


def test_fix_and_diff_together_is_a_usage_error(sample):
    assert run("--fix", "--diff", "g.txt").exit_code == 2


def test_inline_marker_ignore_file_and_select(sample):
    sample.write_text(TEXT.replace("Then Dā'iš.", "Then Dā'iš. translit: ignore[mark-variant]"),
                      encoding="utf-8")
    assert (run("g.txt").exit_code, run("g.txt").stdout) == (0, "")
    sample.write_text(TEXT, encoding="utf-8")
    fingerprint = json.loads(run("--format", "jsonl", "g.txt").stdout)["fingerprint"]
    (sample.parent / ".translit-ignore").write_text(f"{fingerprint}  # Dā'iš\n", encoding="utf-8")
    assert run("g.txt").exit_code == 0
    assert run("--ignore-file", "/dev/null", "g.txt").exit_code == 1
    assert run("--ignore-file", "/dev/null", "--ignore", "mark-variant", "g.txt").exit_code == 0


def test_baseline_reports_all_but_fails_only_on_new(sample):
    (sample.parent / "base.json").write_text(run("--format", "json", "g.txt").stdout, encoding="utf-8")
    result = run("--baseline", "base.json", "--format", "line", "g.txt")
    assert (result.exit_code, result.stdout) == (0, f"g.txt:2:6: error: mark-variant: {MESSAGE}\n")
    sample.write_text(TEXT + "\nMore Dā‘iš. And Dā'iš once more.\n", encoding="utf-8")
    assert run("--baseline", "base.json", "g.txt").exit_code == 1
    # the fingerprint ignores line numbers: moving the finding keeps it known
    sample.write_text("\n\n" + TEXT, encoding="utf-8")
    assert run("--baseline", "base.json", "g.txt").exit_code == 0


def test_diff_changes_nothing(sample):
    result = run("--diff", "g.txt")
    assert result.exit_code == 1
    assert result.stdout == (
        "--- a/g.txt\n+++ b/g.txt\n@@ -1,2 +1,2 @@\n Dā‘iš and Dā‘iš again.\n"
        "-Then Dā'iš.\n+Then Dā‘iš.\n"
    )
    assert sample.read_text(encoding="utf-8") == TEXT


def test_fix_touches_only_the_flagged_span(tmp_path):
    nfd_rest = unicodedata.normalize("NFD", "Barazānī was there.")
    original = "Dā‘iš and Dā‘iš again.\r\nThen Dā'iš; " + nfd_rest + "\r\n"
    path = tmp_path / "f.txt"
    path.write_bytes(codecs.BOM_UTF8 + original.encode("utf-8"))
    result = CliRunner().invoke(main, ["check", "--fix", str(path)])
    expected = original.replace("Dā'iš", "Dā‘iš")
    assert path.read_bytes() == codecs.BOM_UTF8 + expected.encode("utf-8")
    assert result.exit_code == 0 and result.stdout == ""


def test_fix_on_stdin_prints_the_fixed_text():
    result = run("--fix", "-", input=TEXT.encode("utf-8"))
    assert result.stdout == TEXT.replace("Dā'iš", "Dā‘iš")


def test_jobs_gives_the_same_report_and_must_be_positive(sample, tmp_path):
    (tmp_path / "h.txt").write_text("Dā‘iš came.\n", encoding="utf-8")
    alone = run("--format", "line", "--jobs", "1", "g.txt", "h.txt")
    assert run("--format", "line", "--jobs", "2", "g.txt", "h.txt").stdout == alone.stdout
    assert alone.stdout == f"g.txt:2:6: error: mark-variant: {MESSAGE.replace('(2×)', '(3×)')}\n"
    assert run("--jobs", "0", "g.txt").exit_code == 2


def test_a_bilingual_item_in_two_files(tmp_path, monkeypatch):
    """ARABIC.txt+ENGLISH.txt is one item (as for learn): its two files are aligned together,
    so missing-canonical reports the Arabic file's lines and names the English file's; given
    apart, the files are two one-sided inputs and have no beads to compare."""
    monkeypatch.chdir(tmp_path)
    lines = open(SEED_000, encoding="utf-8").read().splitlines(keepends=True)
    (tmp_path / "en.txt").write_text("".join(lines[:22]), encoding="utf-8")
    (tmp_path / "ar.txt").write_text("".join(lines[22:]), encoding="utf-8")
    (tmp_path / "t.tsv").write_text("arabic\tlatin\nبيشمركة\tPešmarga\n", encoding="utf-8")
    args = ["--table", "t.tsv", "--format", "line", "--select", "missing-canonical"]
    for item in ("ar.txt+en.txt", "en.txt+ar.txt"):
        result = run(*args, item)
        assert result.exit_code == 1
        found = [line.split(": ")[0] for line in result.output.splitlines() if not line.startswith("translit:")]
        assert found == ["ar.txt:2:27", "ar.txt:12:112"]
        assert "the aligned English (en.txt, line 1) lacks the table's Pešmarga" in result.output
    assert run(*args, "ar.txt", "en.txt").exit_code == 0
    missing = run(*args, "ar.txt+none.txt")
    assert missing.exit_code == 2 and "none.txt: no such file" in missing.output
