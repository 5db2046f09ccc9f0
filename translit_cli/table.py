"""The house table: how this house writes each Arabic name.

A table is a UTF-8 TSV file with a header line, one row per name, sorted by Arabic key so that
diffs stay small.  Lines starting with ``#`` are comments (the learned house style is kept in
``# style:`` comment lines).  Columns:

``arabic``           the normalized Arabic key (see :func:`translit_cli.normalize.arabic_key`)
``latin``            the canonical Latin form
``status``           ``preferred`` | ``admitted`` | ``rejected`` (a rejected entry is never
                     applied and never re-learned)
``count``            how often the canonical form was seen
``arabic_variants``  other Arabic spellings of the name, ``|``-separated
``latin_variants``   other Latin forms as ``form:count:status`` (status ``admitted`` = accepted
                     without a finding, ``rejected`` = flagged and fixed), ``|``-separated
``distinct``         Latin forms that look similar but are *other* names, ``|``-separated
``evidence``         ``file:line`` places the pair was learned from, ``|``-separated
``curated``          ``yes`` when a person set the row: learning never overwrites it
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from pathlib import Path

from .errors import TableError
from .normalize import arabic_key, clean

COLUMNS = (
    "arabic", "latin", "status", "count", "arabic_variants", "latin_variants",
    "distinct", "evidence", "curated",
)
LIST_SEPARATOR = "|"


class Status(str, enum.Enum):
    PREFERRED = "preferred"
    ADMITTED = "admitted"
    REJECTED = "rejected"


@dataclass
class Variant:
    """A non-canonical Latin form of a name."""

    form: str
    count: int = 1
    status: Status = Status.REJECTED

    def serialize(self) -> str:
        return f"{self.form}:{self.count}:{self.status.value}"

    @classmethod
    def parse(cls, text: str) -> "Variant":
        form, _, rest = text.partition(":")
        count_text, _, status_text = rest.partition(":")
        try:
            return cls(clean(form), int(count_text or 1), Status(status_text or "rejected"))
        except ValueError:
            raise TableError(f"bad latin variant {text!r} (expected form:count:status)") from None


@dataclass
class Entry:
    """One name of the house table."""

    arabic: str
    latin: str
    status: Status = Status.PREFERRED
    count: int = 1
    arabic_variants: list[str] = field(default_factory=list)
    latin_variants: list[Variant] = field(default_factory=list)
    distinct: list[str] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    curated: bool = False

    def forms(self) -> list[str]:
        """Every Latin form of the name, canonical first."""
        return [self.latin, *(variant.form for variant in self.latin_variants)]

    def variant(self, form: str) -> Variant | None:
        return next((v for v in self.latin_variants if v.form == form), None)


@dataclass
class Table:
    """Entries by Arabic key, with lookups by Arabic variant and by Latin form."""

    entries: dict[str, Entry] = field(default_factory=dict)
    style: dict[str, str] = field(default_factory=dict)

    def add(self, entry: Entry) -> None:
        self.entries[entry.arabic] = entry

    def lookup(self, arabic: str) -> Entry | None:
        """The entry for an Arabic word or name, by key or by a recorded Arabic variant."""
        key = arabic_key(arabic)
        found = self.entries.get(key)
        if found is not None:
            return found
        return self._variant_index().get(key)

    def by_latin(self, form: str) -> list[Entry]:
        """Entries that list ``form`` as canonical or variant (exact, NFC)."""
        form = clean(form)
        return [e for e in self.entries.values() if form in e.forms()]

    def _variant_index(self) -> dict[str, Entry]:
        return {
            arabic_key(variant): entry
            for entry in self.entries.values()
            for variant in entry.arabic_variants
        }


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(LIST_SEPARATOR) if part.strip()]


def _parse_row(cells: list[str], where: str) -> Entry:
    if len(cells) < 2 or not cells[0].strip() or not cells[1].strip():
        raise TableError(f"{where}: a row needs at least an Arabic key and a Latin form")
    cells = cells + [""] * (len(COLUMNS) - len(cells))
    try:
        return Entry(
            arabic=arabic_key(cells[0].strip()),
            latin=clean(cells[1].strip()),
            status=Status(cells[2].strip() or "preferred"),
            count=int(cells[3].strip() or 1),
            arabic_variants=_split(cells[4]),
            latin_variants=[Variant.parse(v) for v in _split(cells[5])],
            distinct=[clean(d) for d in _split(cells[6])],
            evidence=_split(cells[7]),
            curated=cells[8].strip().lower() in {"yes", "true", "1"},
        )
    except (ValueError, TableError) as error:
        raise TableError(f"{where}: {error}") from None


def parse_table(text: str, name: str = "<table>") -> Table:
    """Parse table text; raise :class:`TableError` naming the line of any bad row."""
    table = Table()
    header_seen = False
    for number, line in enumerate(text.splitlines(), start=1):
        if line.startswith("# style:"):
            key, _, value = line[len("# style:"):].strip().partition("=")
            table.style[key.strip()] = value.strip()
            continue
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if not header_seen:
            header_seen = True
            if cells[0].strip().lower() == "arabic":
                continue
        table.add(_parse_row(cells, f"{name}:{number}"))
    return table


def load_table(path: str) -> Table:
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise TableError(f"{path}: no such table file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise TableError(f"{path}: cannot read table ({error})") from None
    return parse_table(text, path)


def format_table(table: Table) -> str:
    """TSV text in a stable order: style lines, header, rows sorted by Arabic key."""
    lines = [f"# style: {key} = {value}" for key, value in sorted(table.style.items())]
    lines.append("\t".join(COLUMNS))
    for key in sorted(table.entries):
        entry = table.entries[key]
        lines.append("\t".join([
            entry.arabic, entry.latin, entry.status.value, str(entry.count),
            LIST_SEPARATOR.join(entry.arabic_variants),
            LIST_SEPARATOR.join(v.serialize() for v in entry.latin_variants),
            LIST_SEPARATOR.join(entry.distinct),
            LIST_SEPARATOR.join(entry.evidence),
            "yes" if entry.curated else "",
        ]))
    return "\n".join(lines) + "\n"
