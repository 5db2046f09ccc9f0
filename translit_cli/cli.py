"""The ``translit`` command line: options in, core calls, formatted output, exit codes.

Exit codes follow ruff and ripgrep: 0 success / nothing to report, 1 findings at or above the
fail level, 2 usage, input or table errors (2 wins).  Errors are one line on stderr, never a
traceback.  No algorithm lives here.
"""

from __future__ import annotations

import functools
import os
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

# --- romanize (issue 3) ------------------------------------------------------------------

# --- learn (issue 4) ---------------------------------------------------------------------

# --- check (issue 5) ---------------------------------------------------------------------
