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
@handle_errors
def align(files: tuple[str, ...], fmt: str | None) -> None:
    """Pair each Arabic paragraph with its English paragraph(s).

    FILE is one bilingual item (English block then Arabic block, the reverse, or interleaved
    paragraphs) or two files, one per language, in either order.  Use - for standard input.
    """
    if len(files) > 2:
        raise click.UsageError("give one bilingual file or two files (one per language)")
    if files.count("-") > 1:
        raise click.UsageError("standard input (-) can be read only once")
    alignment = align_documents([load_document(path) for path in files])
    if alignment.layout in _ONE_SIDED_NOTES:
        note(f"{alignment.arabic_path}: {_ONE_SIDED_NOTES[alignment.layout]}")
    fmt = fmt or ("text" if stdout_is_terminal() else "tsv")
    width = shutil.get_terminal_size((100, 24)).columns
    click.echo(format_beads(alignment, fmt, width=width, colour=use_colour()), nl=False)


# --- romanize (issue 3) ------------------------------------------------------------------

# --- learn (issue 4) ---------------------------------------------------------------------

# --- check (issue 5) ---------------------------------------------------------------------
