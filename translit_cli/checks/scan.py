"""The first and second pass of ``translit check`` over one input: names are counted at C
speed, and only the flagged ones are located.

A 50 MB translation has millions of words but a few thousand distinct names, so the first pass
does no Python work per word.  The normalized text (its paragraphs joined by CR, which no
paragraph contains) is cut into *chunks* at ASCII separators (``bytes.translate`` and
``split``); each distinct chunk is tokenized once (:func:`chunk_words`, cached), and only the
chunks that hold a name are kept, in order, and counted.  The rules then decide on distinct
forms, and the second pass (:meth:`SourceScan.locate`) finds only the chunks of the flagged
forms, by their place among the kept chunks, and reports them at their line and column in the
original file.

A separator is any ASCII character but a letter, ``'`` and `````: none is a letter, a
combining mark or an ʿayn/hamza look-alike, so a token never crosses one and the tokens of a
chunk are those of its paragraph at that place.  One reading depends on more than the chunk:
whether a quote before a vowel (‘Umar) is an ʿayn or a quotation mark that closes later in the
paragraph (:func:`~translit_cli.latin.closing_follows`).  Those *quoted* tokens are few; the
first pass locates them and reads each in its paragraph.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache, partial
from itertools import compress, count
from typing import NamedTuple

import regex

from ..documents import Paragraph, Span, paragraph_spans, to_lf
from ..latin import QUOTE_MARKS, closing_quote, is_name_like, other_tokens, plain_words
from ..normalize import fold_latin, folding, normalize_together
from .context import BESIDE_PATRONYMIC, PARTICLES, PATRONYMICS, Contexts
from .findings import Place, place_in

#: Joins the paragraphs of the normalized text: line ends are LF in the LF text, so no
#: paragraph contains a CR.
PARAGRAPH_SEPARATOR = "\r"
_DOT = ord(".")
_SEPARATOR_BYTE = ord(PARAGRAPH_SEPARATOR)
_SEPARATORS = bytes(b for b in range(128) if not (chr(b).isalpha() or chr(b) in "'`"))
_TO_SPACE = bytes.maketrans(_SEPARATORS, b" " * len(_SEPARATORS))
#: UTF-8 lead bytes of U+0600-U+0FFF, U+F000-U+FFFF and U+10000-U+3FFFF: every character of
#: the Arabic script has one of them.
_ARABIC_LEADS = bytes(range(0xD8, 0xE1)) + b"\xef\xf0"
_ASCII_LETTERS = bytes(range(65, 91)) + bytes(range(97, 123))
#: An English article before a word, at the start of a short window (the text's start, or a
#: space before the article).
_ARTICLE_BEFORE = re.compile(rb"(?:^|\s)(?:[Tt]he|[Aa]n?) +$")
#: The word after a token: one space or hyphen, then letters and their combining marks (read
#: on a few decoded characters: in UTF-8 bytes a ’ would look like a letter).
_WORD_AFTER = regex.compile(r"[ -](\p{L}[\p{L}\p{M}]*)")
#: How many bytes after a token :meth:`SourceScan.word_after` decodes (a long name word).
_WORD_AFTER_BYTES = 64
#: The closing quote of each quote-like mark, in UTF-8.
_CLOSING_BYTES = {mark: closing_quote(mark).encode() for mark in QUOTE_MARKS}


@dataclass(frozen=True, slots=True)
class NameToken:
    """A name-like token of a chunk; ``start`` and ``end`` are byte offsets in the chunk."""

    form: str
    start: int
    end: int


@dataclass(frozen=True, slots=True, eq=False)
class ChunkWords:
    """The words of one chunk: its name tokens, apart those that begin with a quote-like mark
    (``quoted``: whether that is an ʿayn depends on the paragraph), and its vocabulary (plain
    and lower-case words).  One object per distinct chunk of a corpus, compared and hashed
    by identity: counting millions of them is then cheap."""

    chunk: bytes
    plain: tuple[NameToken, ...]
    quoted: tuple[NameToken, ...]
    vocabulary: tuple[str, ...]


@lru_cache(maxsize=1 << 18)
def chunk_words(chunk: bytes) -> ChunkWords:
    """The words of a chunk as the rules read a paragraph: plain words and tokens that start
    with a lower-case ASCII letter are English vocabulary; name-like tokens are names."""
    text = chunk.decode("utf-8", "surrogatepass")
    if chunk.isalpha():  # ASCII letters only, most chunks: one word, no marks, no quote
        if text[0].islower():
            return ChunkWords(chunk, (), (), (text.casefold(),))
        name = (NameToken(text, 0, len(chunk)),) if is_name_like(text) else ()
        return ChunkWords(chunk, name, (), ())
    vocabulary = plain_words(text)
    plain, quoted = [], []
    for token in other_tokens(text):
        if token.form[:1].islower() and token.form.isascii():
            vocabulary.append(token.form.casefold())
        elif is_name_like(token.form):
            start = byte_length(text[:token.start])
            name = NameToken(token.form, start, start + byte_length(token.form))
            (quoted if token.form[:1] in QUOTE_MARKS else plain).append(name)
    return ChunkWords(chunk, tuple(plain), tuple(quoted), tuple(vocabulary))


def byte_length(text: str) -> int:
    """Length in UTF-8 bytes: offsets in the normalized text are byte offsets."""
    return len(text.encode("utf-8", "surrogatepass"))


class QuotedToken(NamedTuple):
    """A quoted name token, located and read in its paragraph by the first pass.  ``start``
    and ``end`` are byte offsets in the normalized text; ``order`` is (chunk number among
    the name chunks, offset in the chunk): where it comes in the input."""

    form: str
    start: int
    end: int
    order: tuple[int, int]
    ambiguous: bool


#: A QuotedToken built in C from its fields (the NamedTuple constructor is a Python function:
#: a third of the time spent per quoted token).
_quoted_token = partial(tuple.__new__, QuotedToken)


@dataclass(slots=True)
class FormCount:
    """How often a form occurs and where first, as (name chunk number, offset in it)."""

    count: int
    first: tuple[int, ...]

    def add(self, count: int, place: tuple[int, ...]) -> None:
        self.count += count
        if place < self.first:
            self.first = place


def count_form(forms: dict, key: object, count: int, place: tuple[int, ...]) -> None:
    """Add ``count`` occurrences of ``key``, the first of them at ``place``."""
    counted = forms.get(key)
    if counted is None:
        forms[key] = FormCount(count, place)
    else:
        counted.add(count, place)


class ChunkTable(dict):
    """Chunk -> its words when it holds a name, else None: the distinct chunks of a corpus,
    each tokenized on first sight (``__missing__``), so that mapping every chunk of a text
    through the table is one pass at C speed.  The vocabulary of every chunk seen is gathered
    on the way."""

    def __init__(self) -> None:
        super().__init__()
        self.vocabulary: set[str] = set()

    def __missing__(self, chunk: bytes) -> ChunkWords | None:
        words = chunk_words(chunk)
        self.vocabulary.update(words.vocabulary)
        self[chunk] = words if words.plain or words.quoted else None
        return self[chunk]


class SourceScan:
    """One input after the first pass: its paragraphs (as spans, built into
    :class:`~translit_cli.documents.Paragraph` objects only where a finding needs one), its
    normalized text and its name forms with their counts and first places."""

    def __init__(self, text: str, chunks: ChunkTable) -> None:
        self.lf_text = to_lf(text)
        self.spans: list[Span] = paragraph_spans(self.lf_text)
        raw = [self.lf_text[span.start:span.end] for span in self.spans]
        self._normalization = normalize_together(raw, PARAGRAPH_SEPARATOR)
        self.normalized = self._normalization.utf8
        self.starts = _paragraph_starts(self.normalized) if self.spans else []
        self._words = b" " + self.normalized.translate(_TO_SPACE) + b" "
        self._chunks = chunks
        self._paragraphs: dict[int, Paragraph] = {}
        #: The chunks that hold a name, in order, one object per distinct chunk.
        self.name_chunks: list[ChunkWords] = list(filter(None, map(chunks.__getitem__, self._words.split())))
        self.chunk_counts = Counter(self.name_chunks)
        #: Form of an unquoted token -> the chunks that hold it.
        self._chunks_of: dict[str, list[ChunkWords]] = {}
        self.plain_forms = self._plain_forms()
        self.quoted = self._quoted_tokens()
        #: (form, ambiguous) of the quoted tokens -> count and first place.
        self.quoted_forms: dict[tuple[str, bool], FormCount] = {}
        for token in self.quoted:
            counted = self.quoted_forms.get((token.form, token.ambiguous))
            if counted is None:
                self.quoted_forms[token.form, token.ambiguous] = FormCount(1, token.order)
            else:
                counted.count += 1

    def _plain_forms(self) -> dict[str, FormCount]:
        """Name forms read the same in every paragraph: form -> count and first place.
        Chunks come in order of first occurrence (``Counter`` keeps it), so the first place
        of a form is where it is first met, and each chunk is first met after the one before
        (``list.index`` from there compares identities at C speed)."""
        forms: dict[str, FormCount] = {}
        first = 0
        for chunk, times in self.chunk_counts.items():
            if chunk.plain:
                first = self.name_chunks.index(chunk, first)
            for token in chunk.plain:
                counted = forms.get(token.form)
                if counted is None:
                    forms[token.form] = FormCount(times, (first, token.start))
                    self._chunks_of[token.form] = [chunk]
                else:
                    counted.count += times
                    self._chunks_of[token.form].append(chunk)
        return forms

    def _quoted_tokens(self) -> list[QuotedToken]:
        """The quoted tokens in order, each read in its paragraph: ambiguous when a closing
        quote for its mark follows it there, that is when the paragraph's last one
        (:func:`_last_closing`, looked for once per paragraph and mark) comes after it."""
        found = []
        text, chunks, paragraph_end = self.normalized, self.name_chunks, -1
        last_closing: dict[str, int] = {}
        for number, position in self.locate({chunk for chunk in self.chunk_counts if chunk.quoted}):
            if position >= paragraph_end:  # quoted tokens come in order: a new paragraph
                index = self.paragraph_index(position)
                paragraph_start, paragraph_end = self.starts[index], self.paragraph_end(index)
                last_closing = {}
            for token in chunks[number].quoted:
                opening, end = token.form[0], position + token.end
                closing = last_closing.get(opening)
                if closing is None:
                    closing = last_closing[opening] = _last_closing(text, opening, paragraph_start, paragraph_end)
                found.append(_quoted_token((token.form, position + token.start, end, (number, token.start), closing >= end)))
        return found

    def locate(self, chunks: set[ChunkWords]) -> Iterator[tuple[int, int]]:
        """(number among the name chunks, byte offset in the normalized text) of every
        occurrence of these chunks, in order.  Each is searched from the one before: an
        occurrence in between would be one of them too, so none is skipped and the text is
        scanned once."""
        words, position = self._words, 0
        needles = {chunk: b" " + chunk.chunk + b" " for chunk in chunks}
        for number in compress(count(), map(chunks.__contains__, self.name_chunks)):
            needle = needles[self.name_chunks[number]]
            position = words.find(needle, position)
            yield number, position
            position += len(needle) - 1

    def after_article(self, start: int) -> bool:
        """Does an English article (the, a, an) come right before the word at this byte offset?"""
        return _ARTICLE_BEFORE.search(self.normalized, max(0, start - 8), start) is not None

    def word_after(self, end: int) -> str:
        """The word after the token that ends at this byte offset, past one space or hyphen
        ("" when something else follows)."""
        following = self.normalized[end:end + _WORD_AFTER_BYTES].decode("utf-8", "ignore")
        match = _WORD_AFTER.match(following)
        return match.group(1) if match else ""

    def locate_forms(self, forms: Iterable[str]) -> Iterator[tuple[str, int, int]]:
        """(form, start, end) in bytes of every unquoted token with one of these forms."""
        wanted = {form for form in forms if form in self._chunks_of}
        chunks = {chunk for form in wanted for chunk in self._chunks_of[form]}
        for number, position in self.locate(chunks):
            for token in self.name_chunks[number].plain:
                if token.form in wanted:
                    yield token.form, position + token.start, position + token.end

    def contexts(self, forms: set[str], unquoted: frozenset[str]) -> dict[str, Contexts]:
        """The name contexts (:mod:`.context`) of every occurrence of these forms, counted,
        quoted tokens taken as read (``unquoted``: quoted forms whose quote is a quotation mark)."""
        found: dict[str, Contexts] = defaultdict(Counter)
        places = list(self.locate_forms(forms))
        for token in self.quoted:
            form = token.form[1:] if token.form in unquoted else token.form
            if form in forms:
                places.append((form, token.start, token.end))
        for form, start, end in places:
            patronymic = False
            for side, offset in ((-1, start), (1, end)):
                neighbour, after = self._neighbour(offset, side)
                patronymic = patronymic or after in PATRONYMICS
                if neighbour:
                    found[form][side, neighbour] += 1
            if patronymic:
                found[form][BESIDE_PATRONYMIC] += 1
        return found

    def _neighbour(self, offset: int, side: int) -> tuple[str | None, str | None]:
        """The folded name word next to a token that starts (``side`` -1) or ends (+1) at a
        byte offset: separated only by spaces or hyphens, past particles (and the dot of b.,
        the scholarly abbreviation of ibn: Mughīra b. Shuʿba); None if there is none, or if
        the token does not end its chunk there.  Second, the word right next to the token,
        the particle if it is one."""
        words, text = self._words, self.normalized
        first = walked_from = None
        for _ in range(3):
            # words[i + 1] is the byte at offset i of the normalized text (words is padded)
            position = offset - 1 if side < 0 else offset
            if words[position + 1] != 32:
                return None, first
            dotted = False
            while 0 <= position < len(text) and words[position + 1] == 32:
                if text[position] == _DOT:
                    dotted = True
                elif text[position] not in b" -":
                    return None, first
                position += side
            if not 0 <= position < len(text):
                return None, first
            if side < 0:
                start, end = words.rfind(b" ", 0, position + 1), position + 1
            else:
                start, end = position, words.find(b" ", position + 1) - 1
            word = self._name_at(start, end, side)
            if dotted and (word if side < 0 else walked_from) != "b":
                return None, first  # a full stop, not the dot of the abbreviation b. (ibn)
            first = word if first is None else first
            if word not in PARTICLES:
                return word, first
            offset, walked_from = (start if side < 0 else end), word
        return None, first

    def _name_at(self, start: int, end: int, side: int) -> str | None:
        """The folded name word of the chunk at [start, end) next to the token looked from
        (its last token for a chunk before, its first for one after); a particle written in
        lower case (bin, ibn, al) is returned too, to be walked past."""
        chunk = self._words[start + 1:end + 1]
        words = self._chunks.get(chunk)
        if words is None:
            plain = fold_latin(chunk.decode("utf-8", "surrogatepass"))
            return plain if plain in PARTICLES else None
        tokens = sorted(words.plain + words.quoted, key=lambda token: token.start)
        token = tokens[-1] if side < 0 else tokens[0]
        if (token.end if side < 0 else token.start) != (len(chunk) if side < 0 else 0):
            return None
        return fold_latin(token.form)

    def paragraph_index(self, offset: int) -> int:
        """The paragraph of a byte offset of the normalized text."""
        return bisect_right(self.starts, offset) - 1

    def paragraph_end(self, index: int) -> int:
        return self.starts[index + 1] - 1 if index + 1 < len(self.starts) else len(self.normalized)

    @cached_property
    def _letter_bounds(self) -> tuple[list[int], list[int]]:
        """Per paragraph, at least as many as its Arabic letters (characters with an Arabic
        lead byte) and at most as many as its Latin letters (ASCII letters), on the bytes."""
        return self._kept(_ARABIC_LEADS), self._kept(_ASCII_LETTERS)

    def _kept(self, kept: bytes) -> list[int]:
        """How many bytes of each paragraph are among ``kept``."""
        dropped = bytes(b for b in range(256) if b not in kept and b != _SEPARATOR_BYTE)
        return list(map(len, self.normalized.translate(None, dropped).split(PARAGRAPH_SEPARATOR.encode())))

    def arabic_candidates(self) -> list[int]:
        """The paragraphs that may be Arabic or mixed (documents.classify): all but those
        with three times fewer Arabic letters, at most, than Latin ones, at least."""
        arabic, latin = self._letter_bounds
        return [index for index, (a, b) in enumerate(zip(arabic, latin)) if 3 * a > b]

    def has_arabic(self) -> bool:
        return any(self._letter_bounds[0])

    def surely_latin_only(self) -> bool:
        """Is the document one-sided Latin (documents.detect_layout) whatever its exact
        letter counts?  Its Arabic side has at most twice the Arabic letters (each Arabic
        side paragraph has at least as many Arabic as Latin letters), so it is when 20
        times the Arabic letters are fewer than all the letters."""
        arabic, latin = (sum(counts) for counts in self._letter_bounds)
        return latin > 0 and 20 * arabic < latin

    def paragraph_text(self, index: int) -> str:
        """The normalized text of a paragraph (what ``paragraph(index).text`` is)."""
        return self._decode(self.starts[index], self.paragraph_end(index))

    def paragraph(self, index: int) -> Paragraph:
        """The paragraph object (normalized text with its map back to the file), built once."""
        if index not in self._paragraphs:
            line, end_line, start, end = self.spans[index]
            raw = self.lf_text[start:end]
            norm = self._normalization.norm(raw, self.paragraph_text(index), self._folds_in(start, end))
            self._paragraphs[index] = Paragraph(index, line, end_line, raw, norm)
        return self._paragraphs[index]

    def place(self, start: int, end: int) -> Place:
        """Where a byte span of the normalized text is in the file
        (:func:`~.findings.place_in` of its paragraph).  When the text was normalized
        character by character (NFC, no combining mark after the span: the usual case), the
        offsets are those of the file up to the paragraph's first folded character and are
        mapped past the folded ones after it, with no paragraph object built."""
        index = bisect_right(self.starts, start) - 1
        first = len(self._decode(self.starts[index], start))
        text = self._decode(start, end)
        last = first + len(text)
        line, end_line, raw_start, raw_end = self.spans[index]
        if self._normalization.how == "general" or _combining_at(self.normalized, end):
            return place_in(self.paragraph(index), first, last)
        folds = self._folds_in(raw_start, raw_end)
        if folds and folds[0] < last:
            first, last = self._unfolded(raw_start, folds, first), self._unfolded(raw_start, folds, last - 1) + 1
        if line == end_line:
            return line, first + 1, line, last + 1, text
        return (*self._line_column(line, raw_start, first), *self._line_column(line, raw_start, last), text)

    def _unfolded(self, raw_start: int, folds: tuple[int, ...], index: int) -> int:
        """The offset in the file's paragraph at ``raw_start`` of the character that gives the
        one at ``index`` of its normalized text, normalized character by character with
        foldable characters at ``folds`` (what :class:`~translit_cli.normalize.Runs` maps)."""
        shift = 0  # characters the foldings before have added
        for fold in folds:
            if index < fold + shift:
                break
            length = len(folding(self.lf_text[raw_start + fold]))
            if index < fold + shift + length:
                return fold
            shift += length - 1
        return index - shift

    @cached_property
    def _folds(self) -> list[int]:
        """The offsets in the LF text of the characters that normalization folded, in order
        (none when it changed nothing, nor when it was not character by character)."""
        return self._normalization.fold_indices(self.lf_text) if self._normalization.how == "folded" else []

    def _folds_in(self, start: int, end: int) -> tuple[int, ...]:
        """The offsets from ``start`` of the folded characters in ``lf_text[start:end]``."""
        folds = self._folds
        first = bisect_left(folds, start)
        if first == len(folds) or folds[first] >= end:
            return ()
        return tuple(fold - start for fold in folds[first:bisect_left(folds, end, first)])

    def _line_column(self, line: int, raw_start: int, offset: int) -> tuple[int, int]:
        """(line, column) of an offset into the paragraph that starts at ``raw_start`` and
        ``line`` (:meth:`~translit_cli.documents.Paragraph.position`)."""
        before = self.lf_text[raw_start:raw_start + offset]
        return line + before.count("\n"), offset - before.rfind("\n")

    def _decode(self, start: int, end: int) -> str:
        return self.normalized[start:end].decode("utf-8", "surrogatepass")


def _last_closing(text: bytes, opening: str, start: int, end: int) -> int:
    """Where the last closing quote for ``opening`` in ``text[start:end]`` (UTF-8) is, not
    counting one before a letter; -1 when there is none.  The rule of
    :func:`~translit_cli.latin.last_closing`, read on the bytes of a paragraph without
    decoding it."""
    closing = _CLOSING_BYTES[opening]
    position = text.rfind(closing, start, end)
    while position != -1:
        if not _letter_starts(text, position + len(closing)):
            return position
        position = text.rfind(closing, start, position)
    return -1


def _combining_at(text: bytes, position: int) -> bool:
    """Does a combining mark start at this byte offset of a UTF-8 text?  (No ASCII
    character is one.)"""
    if position >= len(text) or text[position] < 0x80:
        return False
    return unicodedata.combining(_character_at(text, position)) != 0


def _character_at(text: bytes, position: int) -> str:
    """The character that starts at this byte offset of a UTF-8 text."""
    lead = text[position]
    size = 1 if lead < 0x80 else 2 if lead < 0xE0 else 3 if lead < 0xF0 else 4
    return text[position:position + size].decode("utf-8", "surrogatepass")


def _letter_starts(text: bytes, position: int) -> bool:
    """Is the character that starts at this byte offset of a UTF-8 text a letter?"""
    return position < len(text) and _character_at(text, position).isalpha()


def _paragraph_starts(normalized: bytes) -> list[int]:
    separator = PARAGRAPH_SEPARATOR.encode()
    starts = [0]
    position = normalized.find(separator)
    while position != -1:
        starts.append(position + 1)
        position = normalized.find(separator, position + 1)
    return starts
