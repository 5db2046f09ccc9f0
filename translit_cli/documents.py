"""Reading input into documents: paragraphs with their source lines, exact text and script.

Paragraph rule (documented in the README):

* Lines are separated by LF, CRLF or CR.  A paragraph is a block of non-blank lines; blocks are
  separated by blank lines (lines of only white space, no-break spaces, zero-width characters
  and bidi controls: :data:`BLANK_CHARS`).
* A block of several lines is *one* paragraph only when it looks hard-wrapped: every line but
  the last is at least 60 % as long as the block's longest line, that longest line is at
  most 100 code points (the width of text wrapped for e-mail or a terminal), and no line is in
  the other script than the rest (Arabic and Latin).  Otherwise each
  line of the block is a paragraph of its own: news sites and copy-pasted feeds (seed 001) put
  one paragraph on each line without blank lines between them.
"""

from __future__ import annotations

import codecs
import enum
import os
import re
import sys
import tempfile
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate, compress, count, repeat
from pathlib import Path
from typing import BinaryIO, NamedTuple

import regex

from .errors import InputError
from .normalize import NormText, normalize

NUL = b"\x00"
WRAP_WIDTH = 100
WRAP_MIN_FILL = 0.6
#: Share of letters from the other script above which a paragraph counts as mixed.
MIXED_SHARE = 0.25
#: A side with less than this share of all letters is boilerplate (a site name, "Top"), not a
#: translation: such a document is one-sided.  Translations run at roughly 1:1 letters.
ONE_SIDED_SHARE = 0.1

#: Runs, not single letters: counting run lengths is several times faster than one match
#: per letter on long inputs.
_ARABIC_LETTERS = regex.compile(r"[\p{Arabic}&&\p{L}]+", regex.V1)
_LATIN_LETTERS = regex.compile(r"\p{Latin}+")
_ASCII_LETTERS = bytes(range(65, 91)) + bytes(range(97, 123))
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
#: What makes a line blank: white space (as the ``regex`` module's ``\s`` reads it: not the
#: information separators U+001C-U+001F that ``str.isspace`` adds), no-break spaces, zero-width
#: characters and bidi controls (marks, embeddings, overrides, isolates).  Tested against that
#: definition for every code point.
BLANK_CHARS = (
    "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
    "\u2009\u200a\u2028\u2029\u202f\u205f\u3000\u200b\u200c\u200d\u200e\u200f\u2060\ufeff"
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)


class Script(str, enum.Enum):
    """The script of a paragraph, decided by counting letters (not bytes)."""

    ARABIC = "arabic"
    LATIN = "latin"
    MIXED = "mixed"
    NONE = "none"


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of a document.

    ``raw`` is the exact text of the source lines (joined with ``\\n``, CR removed), so that
    positions can always be reported against the file; ``norm`` is its normalized form with a
    map back into ``raw``.  The script and letter counts are computed on first use: a linter
    that only reports positions in a few paragraphs of a large input never needs them.
    """

    index: int
    line: int
    end_line: int
    raw: str
    norm: NormText

    @cached_property
    def _classified(self) -> tuple[Script, int, int]:
        return classify(self.norm.text)

    @property
    def script(self) -> Script:
        return self._classified[0]

    @property
    def arabic_letters(self) -> int:
        return self._classified[1]

    @property
    def latin_letters(self) -> int:
        return self._classified[2]

    @property
    def text(self) -> str:
        """Normalized text: what every comparison uses."""
        return self.norm.text

    @property
    def lines(self) -> list[int]:
        return list(range(self.line, self.end_line + 1))

    def position(self, raw_offset: int) -> tuple[int, int]:
        """1-based (line, column in code points) of an offset into ``raw``."""
        if self.line == self.end_line:  # one line (most paragraphs): nothing to count
            return self.line, raw_offset + 1
        before = self.raw[:raw_offset]
        newlines = before.count("\n")
        column = raw_offset - (before.rfind("\n") + 1) + 1
        return self.line + newlines, column

    def norm_position(self, norm_offset: int) -> tuple[int, int]:
        """1-based (line, column) in the source of an offset into the normalized text."""
        return self.position(self.norm.original_index(norm_offset))


@dataclass
class Document:
    """A decoded input: its display name and its paragraphs in order."""

    path: str
    paragraphs: list[Paragraph] = field(default_factory=list)

    def by_script(self, script: Script) -> list[Paragraph]:
        return [p for p in self.paragraphs if p.script is script]


def letter_counts(text: str) -> tuple[int, int]:
    """(Arabic letters, Latin letters) of a text.  The ASCII letters are counted on the bytes
    and only the non-ASCII characters go through the script classes: English paragraphs are
    mostly ASCII, so this is several times faster than matching the whole text."""
    data = text.encode("utf-8", "surrogatepass")
    ascii_letters = len(data) - len(data.translate(None, _ASCII_LETTERS))
    if text.isascii():
        return 0, ascii_letters
    others = "".join(_NON_ASCII.findall(text))
    arabic = sum(map(len, _ARABIC_LETTERS.findall(others)))
    return arabic, ascii_letters + sum(map(len, _LATIN_LETTERS.findall(others)))


def classify(text: str) -> tuple[Script, int, int]:
    """Script of a text from its letter counts: Arabic, Latin, mixed, or none (no letters)."""
    arabic, latin = letter_counts(text)
    total = arabic + latin
    if total == 0:
        return Script.NONE, 0, 0
    if latin <= MIXED_SHARE * total:
        return Script.ARABIC, arabic, latin
    if arabic <= MIXED_SHARE * total:
        return Script.LATIN, arabic, latin
    return Script.MIXED, arabic, latin


def display_name(path: str) -> str:
    return "<stdin>" if path == "-" else path


def read_bytes(path: str, stdin: BinaryIO | None = None) -> bytes:
    """Read a file, or standard input for ``-``, turning OS errors into one-line messages."""
    if path == "-":
        return (stdin or sys.stdin.buffer).read()
    target = Path(path)
    if target.is_dir():
        raise InputError(f"{path}: is a directory, not a text file")
    try:
        return target.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror or error})") from None


def decode(data: bytes, name: str) -> str:
    """Decode UTF-8 (BOM allowed) or BOM-marked UTF-16; refuse binary data and bad bytes."""
    for bom, encoding in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding)
            except UnicodeDecodeError as error:
                raise InputError(f"{name}: invalid UTF-16 at byte offset {error.start + len(bom)}") from None
    if NUL in data:
        raise InputError(f"{name}: binary data (NUL byte at offset {data.index(NUL)}), not text")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
        offset = len(codecs.BOM_UTF8)
    else:
        offset = 0
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(
            f"{name}: invalid UTF-8 at byte offset {error.start + offset} (byte 0x{data[error.start]:02x})"
        ) from None


def to_lf(text: str) -> str:
    """The text with every line end (CRLF, lone CR) written as LF: line numbers and columns are
    the same as in the original."""
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def split_lines(text: str) -> list[str]:
    """Lines as editors number them: LF, CRLF and lone CR end a line; nothing else does."""
    return to_lf(text).split("\n")


def _looks_hard_wrapped(lines: list[str]) -> bool:
    """Short, evenly filled lines of one script: wrapping never switches script, so an Arabic
    line and its English translation, one under the other, stay two paragraphs."""
    longest = max(len(line.rstrip()) for line in lines)
    if longest > WRAP_WIDTH:
        return False
    if not all(len(line.rstrip()) >= WRAP_MIN_FILL * longest for line in lines[:-1]):
        return False
    scripts = {classify(line)[0] for line in lines} - {Script.NONE, Script.MIXED}
    return len(scripts) <= 1


class Span(NamedTuple):
    """Where a paragraph is: its first and last line (1-based) and its offsets in the LF text
    (:func:`to_lf`), so that ``lf_text[start:end]`` is its ``raw`` text."""

    line: int
    end_line: int
    start: int
    end: int


def _block_spans(first: int, start: int, block: list[str]) -> list[Span]:
    """The paragraphs of one block of non-blank lines that starts at line ``first``, offset
    ``start``: one when the block looks hard-wrapped, else one per line."""
    if _looks_hard_wrapped(block):
        end = start + sum(map(len, block)) + len(block) - 1
        return [Span(first, first + len(block) - 1, start, end)]
    spans = []
    for number, line in enumerate(block, start=first):
        spans.append(Span(number, number, start, start + len(line)))
        start += len(line) + 1
    return spans


def paragraph_spans(lf_text: str) -> list[Span]:
    """The paragraphs of an LF text (:func:`to_lf`) by the rule in the module docstring, as
    spans: cheap enough for inputs of many megabytes.  Nothing is normalized or counted;
    blank lines are told apart and line offsets summed at C speed (``str.strip`` returns a
    line unchanged, without a copy, when there is nothing to strip), so Python work is done
    only per non-blank line, and a block of one line, the usual case, becomes a span at once."""
    lines = lf_text.split("\n")
    before = list(accumulate(map(len, lines), initial=0))  # characters before a line, but LFs
    kept = list(compress(count(), map(str.strip, lines, repeat(BLANK_CHARS))))
    spans: list[Span] = []
    first = None
    for index, following in zip(kept, [*kept[1:], -1]):
        first = index if first is None else first
        if following == index + 1:
            continue  # the block goes on
        start = before[first] + first
        if first == index:
            spans.append(Span(index + 1, index + 1, start, start + len(lines[index])))
        else:
            spans.extend(_block_spans(first + 1, start, lines[first:index + 1]))
        first = None
    return spans


def make_paragraph(index: int, line: int, raw: str) -> Paragraph:
    return Paragraph(index, line, line + raw.count("\n"), raw, normalize(raw))


def paragraphs_from_text(text: str) -> list[Paragraph]:
    """Split decoded text into paragraphs by the rule in the module docstring."""
    lf_text = to_lf(text)
    return [
        make_paragraph(index, span.line, lf_text[span.start:span.end])
        for index, span in enumerate(paragraph_spans(lf_text))
    ]


def parse_document(text: str, path: str = "-") -> Document:
    """A document from already-decoded text (the library entry point for strings)."""
    return Document(display_name(path), paragraphs_from_text(text))


def read_input(path: str, stdin: BinaryIO | None = None) -> tuple[bytes, str]:
    """The bytes and the decoded text of one input; raise :class:`InputError` on anything
    unusable, empty input included (nothing but white space and format characters such as
    bidi marks, :data:`BLANK_CHARS`: every command needs some text to work on)."""
    name = display_name(path)
    data = read_bytes(path, stdin)
    text = decode(data, name)
    if not text.strip(BLANK_CHARS):
        raise InputError(f"{name}: empty input (no text to work on)")
    return data, text


def load_text(path: str, stdin: BinaryIO | None = None) -> str:
    """Read and decode one input (see :func:`read_input`)."""
    return read_input(path, stdin)[1]


def load_document(path: str, stdin: BinaryIO | None = None) -> Document:
    """Read, decode and split one input; raise :class:`InputError` on anything unusable (a
    text of format characters only, such as bidi marks, has no paragraph either)."""
    document = parse_document(load_text(path, stdin), path)
    if not document.paragraphs:
        raise InputError(f"{display_name(path)}: empty input (no text to work on)")
    return document


class Layout(str, enum.Enum):
    """How the two languages of a bilingual item are arranged."""

    LATIN_THEN_ARABIC = "latin-then-arabic"
    ARABIC_THEN_LATIN = "arabic-then-latin"
    INTERLEAVED = "interleaved"
    ARABIC_ONLY = "arabic-only"
    LATIN_ONLY = "latin-only"


def is_arabic_side(paragraph: Paragraph) -> bool:
    """Mixed paragraphs go to the side of their majority script."""
    return paragraph.script is Script.ARABIC or (
        paragraph.script is Script.MIXED and paragraph.arabic_letters >= paragraph.latin_letters
    )


def sides(paragraphs: list[Paragraph]) -> tuple[list[Paragraph], list[Paragraph]]:
    """(Arabic, Latin) paragraphs in document order.  A paragraph without letters (a date, a
    bullet) joins the side of the paragraph before it, or after it when it comes first, so
    that every paragraph is accounted for."""
    flags: list[bool | None] = [
        None if p.script is Script.NONE else is_arabic_side(p) for p in paragraphs
    ]
    known = [flag for flag in flags if flag is not None]
    previous = known[0] if known else False
    for position, flag in enumerate(flags):
        if flag is None:
            flags[position] = previous
        else:
            previous = flag
    arabic = [p for p, flag in zip(paragraphs, flags) if flag]
    latin = [p for p, flag in zip(paragraphs, flags) if not flag]
    return arabic, latin


def detect_layout(paragraphs: list[Paragraph]) -> Layout:
    """Blocks when the script changes once, interleaved when it changes more often."""
    arabic, latin = sides(paragraphs)
    arabic_letters = sum(p.arabic_letters + p.latin_letters for p in arabic)
    latin_letters = sum(p.arabic_letters + p.latin_letters for p in latin)
    if latin_letters <= ONE_SIDED_SHARE * (arabic_letters + latin_letters):
        return Layout.ARABIC_ONLY
    if arabic_letters <= ONE_SIDED_SHARE * (arabic_letters + latin_letters):
        return Layout.LATIN_ONLY
    arabic_ids = {p.index for p in arabic}
    sequence = [p.index in arabic_ids for p in paragraphs]
    switches = sum(1 for a, b in zip(sequence, sequence[1:]) if a != b)
    if switches <= 2 and sequence[0] != sequence[-1]:
        return Layout.ARABIC_THEN_LATIN if sequence[0] else Layout.LATIN_THEN_ARABIC
    return Layout.INTERLEAVED


def write_atomic(path: str, text: str) -> None:
    """Replace a file's content all at once (temporary file in the same folder, then rename),
    keeping its permissions, so that an interrupted write never leaves half a file."""
    target = Path(path)
    mode = target.stat().st_mode if target.exists() else None
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
        if mode is not None:
            os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
