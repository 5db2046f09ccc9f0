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
``article``          how the house writes the Arabic article with this name: empty (no
                     evidence: the style decides), ``none`` (dropped: العراق -> Iraq), or the
                     prefix as written (``al-``, ``el-``, ``ez-``)

Older tables without the last columns are read as if those cells were empty.
"""

from __future__ import annotations

import enum
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError, SubElement, fromstring, indent, tostring

from .errors import TableError
from .normalize import AYN_HAMZA_MARKS, arabic_key, clean, fold_latin

COLUMNS = (
    "arabic", "latin", "status", "count", "arabic_variants", "latin_variants",
    "distinct", "evidence", "curated", "article",
)
LIST_SEPARATOR = "|"
#: The article with the proclitics that can precede it, longest first.
_ARTICLE_FORMS = ("وبال", "وال", "فال", "بال", "كال", "لل", "ال")


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
    article: str = ""

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
        """The entry for an Arabic word or name, by key or by a recorded Arabic variant; a word
        with the article (and و, ب, ك, ف before it) falls back to its stem: entries are keyed
        without the article (العراق finds عراق, والبيشمركة finds بيشمركة)."""
        key = arabic_key(arabic)
        found = self.entries.get(key) or self._variant_index().get(key)
        if found is not None or " " in key:
            return found
        return next((self.lookup(key[len(a):]) for a in _ARTICLE_FORMS if key.startswith(a) and len(key) - len(a) >= 2), None)

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
            article=cells[9].strip(),
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


def _read_text(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise TableError(f"{path}: no such table file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise TableError(f"{path}: cannot read table ({error})") from None


def load_table(path: str) -> Table:
    return parse_table(_read_text(path), path)


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
            entry.article,
        ]))
    return "\n".join(lines) + "\n"


# --- building and merging entries (learn) ----------------------------------------------------

#: How many file:line places an entry keeps: enough to check a pair, few enough for diffs.
MAX_EVIDENCE = 5


class FormPreference:
    """Scores a Latin form by how well it follows the house style (the ʿayn/hamza characters
    and long-vowel marking the house uses): the tie-breaker between equally frequent forms."""

    def __init__(self, style: dict[str, str]) -> None:
        self.marks = {style.get("ayn", ""), style.get("hamza", "")} - {""}
        self.marked_vowels = style.get("long_vowels") == "marked"

    def __call__(self, form: str) -> int:
        used_marks = {c for c in form if c in AYN_HAMZA_MARKS}
        score = 2 * len(used_marks & self.marks) - 2 * len(used_marks - self.marks)
        has_macron = any(c in "āīūĀĪŪ" for c in form)
        return score + (1 if has_macron == self.marked_vowels else 0)


def _canonical(forms: Counter[str], prefer: FormPreference | None) -> str:
    """The majority form; ties go to the form closest to the house style, then the first in
    code-point order (so that the result never depends on input order)."""
    best = max(forms.values())
    tied = sorted(form for form, count in forms.items() if count == best)
    if prefer is not None and len(tied) > 1:
        return max(tied, key=prefer)
    return tied[0]


#: A spelling written this often is a choice (or another grammatical form: Abi in "Ali bin
#: Abi Talib" beside Abu), not a slip, unless it differs from the canonical form only in its
#: marks and diacritics, the inconsistency a house table exists to catch.
REPEATED_USE = 3


def variant_status(form: str, count: int, canonical: str, canonical_count: int) -> Status:
    """Forms the house uses about as often as the canonical one are admitted, and so are
    other spellings it uses repeatedly; rare ones are taken for slips (rejected: `translit
    check` flags them and suggests the canonical)."""
    if count >= 2 and 2 * count >= canonical_count:
        return Status.ADMITTED
    if count >= REPEATED_USE and fold_latin(form) != fold_latin(canonical):
        return Status.ADMITTED
    return Status.REJECTED


def _evidence_order(place: str) -> tuple[str, int]:
    path, _, line = place.rpartition(":")
    return (path, int(line)) if line.isdigit() else (place, 0)


def _by_count(counts: Counter[str]) -> list[str]:
    return [form for form, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]


def entry_from_counts(
    arabic: str, forms: Counter[str], arabic_forms: Counter[str], articles: Counter[str],
    evidence: list[str], prefer: FormPreference | None = None,
) -> Entry:
    """One entry from the counts of everything seen for one Arabic name: the majority Latin
    form is canonical, the most frequent Arabic spelling is the key."""
    latin = _canonical(forms, prefer)
    spelled = _by_count(arabic_forms)
    key = arabic_key(spelled[0]) if spelled else arabic_key(arabic)
    return Entry(
        arabic=key, latin=latin, status=Status.PREFERRED, count=forms[latin],
        arabic_variants=[form for form in spelled if arabic_key(form) != key],
        latin_variants=[
            Variant(form, forms[form], variant_status(form, forms[form], latin, forms[latin]))
            for form in _by_count(forms) if form != latin
        ],
        evidence=sorted(set(evidence), key=_evidence_order)[:MAX_EVIDENCE],
        article=_by_count(articles)[0] if articles else "",
    )


def _form_counts(entry: Entry) -> Counter[str]:
    counts = Counter({entry.latin: entry.count})
    counts.update({variant.form: variant.count for variant in entry.latin_variants})
    return counts


def merge_entry(old: Entry, new: Entry, prefer: FormPreference | None = None) -> Entry:
    """Counts of both added up and the canonical form chosen again; ``old`` when it is curated
    or rejected (a person's decision is never overwritten by learning)."""
    if old.curated or old.status is Status.REJECTED:
        return old
    arabic_forms = Counter({old.arabic: old.count, new.arabic: new.count})
    arabic_forms.update({form: 1 for form in [*old.arabic_variants, *new.arabic_variants]})
    articles = Counter([a for a in (old.article, new.article) if a])
    merged = entry_from_counts(
        old.arabic, _form_counts(old) + _form_counts(new), arabic_forms, articles,
        old.evidence + new.evidence, prefer,
    )
    merged.distinct = old.distinct
    return merged


def merge_tables(base: Table, learned: Table) -> Table:
    """``base`` updated with what was learned (``--update``): new names are added, known names
    have their counts merged, curated and rejected rows stay exactly as they are.  The style is
    the learned one when learning produced one."""
    merged = Table(dict(base.entries), dict(base.style))
    merged.style.update(learned.style)
    prefer = FormPreference(merged.style) if merged.style else None
    for entry in learned.entries.values():
        old = merged.lookup(entry.arabic) or next(
            (merged.lookup(variant) for variant in entry.arabic_variants if merged.lookup(variant)), None
        )
        if old is None:
            merged.add(entry)
        else:
            updated = merge_entry(old, entry, prefer)
            del merged.entries[old.arabic]
            merged.add(updated)
    return merged


# --- TBX (the termbase exchange format of CAT tools) ------------------------------------------

TBX_NAMESPACE = "urn:iso:std:iso:30042:ed-2"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
#: administrativeStatus values of TBX-Basic for our statuses, and back.
TBX_STATUS = {
    Status.PREFERRED: "preferredTerm-admn-sts",
    Status.ADMITTED: "admittedTerm-admn-sts",
    Status.REJECTED: "deprecatedTerm-admn-sts",
}
_STATUS_FROM_TBX = {value: status for status, value in TBX_STATUS.items()} | {
    "supersededTerm-admn-sts": Status.REJECTED, "notRecommendedTerm-admn-sts": Status.REJECTED,
}


def _term_sec(parent, term: str, status: Status) -> None:
    section = SubElement(parent, "termSec")
    SubElement(section, "term").text = term
    note = SubElement(section, "termNote", type="administrativeStatus")
    note.text = TBX_STATUS[status]


def to_tbx(table: Table) -> str:
    """TBX v3 (ISO 30042:2019), TBX-Basic dialect: one conceptEntry per name, an ``ar``
    langSec with the key and its spelling variants, an ``en`` langSec with the canonical form
    (the entry's status) and the other forms (their statuses)."""
    root = Element("tbx", {"type": "TBX-Basic", "style": "dca", _XML_LANG: "en", "xmlns": TBX_NAMESPACE})
    header = SubElement(SubElement(SubElement(root, "tbxHeader"), "fileDesc"), "sourceDesc")
    SubElement(header, "p").text = "translit house table"
    body = SubElement(SubElement(root, "text"), "body")
    for number, key in enumerate(sorted(table.entries), start=1):
        entry = table.entries[key]
        concept = SubElement(body, "conceptEntry", id=f"c{number}")
        arabic = SubElement(concept, "langSec", {_XML_LANG: "ar"})
        for form in [entry.arabic, *entry.arabic_variants]:
            _term_sec(arabic, form, entry.status if form == entry.arabic else Status.ADMITTED)
        latin = SubElement(concept, "langSec", {_XML_LANG: "en"})
        _term_sec(latin, entry.latin, entry.status)
        for variant in entry.latin_variants:
            _term_sec(latin, variant.form, variant.status)
    indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + tostring(root, encoding="unicode") + "\n"


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _terms(lang_section) -> list[tuple[str, Status]]:
    """(term, status) of a langSec (TBX v3) or langSet (TBX v2: tig/ntig), in order."""
    found = []
    for section in lang_section:
        if _local(section.tag) not in ("termSec", "tig", "ntig"):
            continue
        term = next((e for e in section.iter() if _local(e.tag) == "term"), None)
        status = next(
            (e.text for e in section.iter()
             if _local(e.tag) == "termNote" and e.get("type") == "administrativeStatus"), None,
        )
        if term is not None and term.text and term.text.strip():
            found.append((clean(term.text.strip()), _STATUS_FROM_TBX.get((status or "").strip(), Status.PREFERRED)))
    return found


def _lang(section) -> str:
    return (section.get(_XML_LANG) or section.get("lang") or "").lower().split("-")[0]


def _entry_from_concept(concept, where: str) -> Entry | None:
    by_lang: dict[str, list[tuple[str, Status]]] = {}
    for section in concept:
        if _local(section.tag) in ("langSec", "langSet"):
            by_lang.setdefault(_lang(section), []).extend(_terms(section))
    arabic, latin = by_lang.get("ar", []), by_lang.get("en", [])
    if not arabic or not latin:
        return None
    canonical = next((t for t in latin if t[1] is not Status.REJECTED), latin[0])
    return Entry(
        arabic=arabic_key(arabic[0][0]), latin=canonical[0], status=canonical[1],
        arabic_variants=[form for form, _ in arabic[1:]],
        latin_variants=[Variant(form, 1, status) for form, status in latin if form != canonical[0]],
        evidence=[where], curated=True,
    )


def parse_tbx(text: str, name: str = "<tbx>") -> Table:
    """A table from TBX v3 (conceptEntry/langSec/termSec) or v2 (termEntry/langSet/tig).
    Entries come from a person's termbase, so they are curated; concepts without both an
    Arabic and an English term are skipped."""
    try:
        root = fromstring(text)
    except ParseError as error:
        raise TableError(f"{name}: not valid TBX/XML ({error})") from None
    table = Table()
    for concept in root.iter():
        if _local(concept.tag) in ("conceptEntry", "termEntry"):
            entry = _entry_from_concept(concept, f"{name}#{concept.get('id', '')}")
            if entry is not None:
                table.add(entry)
    return table


def read_table(path: str) -> Table:
    """A table from a TSV or a TBX file (told apart by content: TBX starts with ``<``)."""
    text = _read_text(path)
    return parse_tbx(text, path) if text.lstrip().startswith("<") else parse_table(text, path)
