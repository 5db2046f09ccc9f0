"""What ``translit check`` reports: findings, severities and the rule registry.

Rule ids are stable (users put them in suppressions and CI configs); each rule documents what
it flags, why, and an example, as ruff documents its rules.
"""

from __future__ import annotations

import enum
import hashlib
import unicodedata
from dataclasses import dataclass

from ..documents import Paragraph
from ..errors import TranslitError


class Severity(str, enum.Enum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return list(Severity).index(self)


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    fixable: bool
    summary: str
    why: str
    example: str


RULES: dict[str, Rule] = {rule.id: rule for rule in (
    Rule("mark-variant", Severity.ERROR, True,
         "the same name written with different ʿayn/hamza characters (or without one)",
         "ʿ ʻ ‘ ’ ' ` ʾ ʼ look alike but are different characters: search, sorting and indexes "
         "treat Dā'iš and Dā‘iš as two names.  The house character comes from the table, else "
         "from the majority of the corpus.",
         "Dā'iš beside Dā‘iš (7×) → Dā‘iš"),
    Rule("diacritic-variant", Severity.WARNING, True,
         "the same name with and without macrons or dots",
         "A house marks long vowels and emphatics consistently or not at all; Barazani beside "
         "Barazānī reads as carelessness and splits the index.",
         "Barazani beside Barazānī (3×) → Barazānī"),
    Rule("possible-typo", Severity.WARNING, False,
         "a rare form one typo-like edit away from a frequent form or a table name",
         "One slip beside a much more frequent form (or a table name).  An edit at the first "
         "or last letter or of an inner consonant counts only when the rare form is not "
         "pronounceable as romanized Arabic (Takblr), since distinct names differ there "
         "(Jalāl / Jamāl, Sulaim / Suhaim).  A suggestion, never an automatic fix.",
         "Peršmarga, Pešmaga beside Pešmarga (3×) → Pešmarga?"),
    Rule("rejected-form", Severity.ERROR, True,
         "a form the house table rejects, or a table name written another way",
         "The table is the house's decision: a rejected or unlisted spelling of a table name is "
         "wrong by definition.",
         "Peshmerga where the table says Pešmarga → Pešmarga"),
    Rule("scheme-mix", Severity.WARNING, False,
         "one document mixes transliteration conventions (š and sh, ǧ and j, ḫ and kh, …; "
         "one name written with ai and ay, -a and -ah, -iyya and -iya, ʿAbd al- and Abdul-)",
         "A text follows one scheme (DMG writes š ǧ ḫ, ai, au and a final -a; ALA-LC and IJMES sh "
         "j kh, ay, aw and -ah); a mix means that names were copied from different sources.",
         "Hāshim in a text that writes Pešmarga, Šarīʿa; Zaid in a text that mostly writes Zayd, Qays"),
    Rule("missing-canonical", Severity.WARNING, False,
         "an aligned Arabic paragraph names a table entry whose canonical form is missing "
         "from its English paragraph(s)",
         "A name dropped or re-spelt in translation is the most common review finding in "
         "bilingual news.",
         "مسرور بارزاني in the Arabic, no Masrūr Barazānī in the English"),
    Rule("arabic-variant", Severity.INFO, False,
         "Arabic spellings of one name (with and without a long-vowel alif, Kurdish letters "
         "or their Arabic substitutes)",
         "Different Arabic spellings of one name often hide one person or place: worth a look, "
         "not always wrong.",
         "برزاني beside بارزاني (2×)"),
    Rule("duplicate-paragraph", Severity.WARNING, False,
         "a paragraph repeated word for word within one document",
         "Copy-paste accidents in feeds and CMS exports repeat whole blocks (seed 001 repeats "
         "lines 4-10 as 11-17).",
         "line 11 repeats line 4"),
)}


@dataclass(frozen=True)
class Finding:
    """One problem at one place.  Lines and columns are 1-based, columns in code points of the
    original file; ``end_col`` is exclusive.  ``fix`` is the replacement for the span when the
    fix is unambiguous, else ``None``."""

    path: str
    line: int
    col: int
    end_line: int
    end_col: int
    rule: str
    severity: Severity
    message: str
    text: str
    suggestion: str | None = None
    fix: str | None = None

    @property
    def fingerprint(self) -> str:
        """Stable across edits elsewhere in the file: rule, path and flagged text only."""
        key = "\0".join((self.rule, self.path, self.text))
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    def as_dict(self) -> dict[str, object]:
        return {
            "path": self.path, "line": self.line, "col": self.col,
            "end_line": self.end_line, "end_col": self.end_col, "rule": self.rule,
            "severity": self.severity.value, "message": self.message, "text": self.text,
            "suggestion": self.suggestion, "fix": self.fix, "fingerprint": self.fingerprint,
        }


def raw_span(paragraph: Paragraph, start: int, end: int) -> tuple[int, int]:
    """Offsets into ``paragraph.raw`` of a span of its normalized text.  The end is taken
    after the last character *with its combining marks* (NFD input keeps them separate)."""
    raw_start = paragraph.norm.original_index(start)
    raw_end = paragraph.norm.original_index(end - 1) + 1 if end > start else raw_start
    raw = paragraph.raw
    while raw_end < len(raw) and unicodedata.combining(raw[raw_end]):
        raw_end += 1
    return raw_start, raw_end


#: Where a finding is: line, column, end line, end column (exclusive), and the flagged text.
Place = tuple[int, int, int, int, str]


def place_in(paragraph: Paragraph, start: int, end: int) -> Place:
    """The place of a span of a paragraph's normalized text, positioned in the original."""
    raw_start, raw_end = raw_span(paragraph, start, end)
    return (*paragraph.position(raw_start), *paragraph.position(raw_end), paragraph.text[start:end])


def finding_from(
    path: str, place: Place, rule: str, message: str, suggestion: str | None = None,
    fix: str | None = None,
) -> Finding:
    line, col, end_line, end_col, text = place
    return Finding(
        path=path, line=line, col=col, end_line=end_line, end_col=end_col, rule=rule,
        severity=RULES[rule].severity, message=message, text=text, suggestion=suggestion, fix=fix,
    )


def finding_at(
    path: str, paragraph: Paragraph, start: int, end: int,
    rule: str, message: str, suggestion: str | None = None, fix: str | None = None,
) -> Finding:
    """A finding for a span of a paragraph's normalized text, positioned in the original."""
    return finding_from(path, place_in(paragraph, start, end), rule, message, suggestion, fix)


def parse_rule_list(text: str) -> set[str]:
    """Comma-separated rule ids (``--select``/``--ignore``); unknown ids are a usage error."""
    ids = {part.strip() for part in text.split(",") if part.strip()}
    unknown = sorted(ids - RULES.keys())
    if unknown:
        raise TranslitError(
            f"unknown rule {', '.join(unknown)} (rules: {', '.join(RULES)})"
        )
    return ids


def parse_severity(text: str) -> Severity:
    try:
        return Severity(text)
    except ValueError:
        raise TranslitError(f"unknown severity {text!r} (info, warning, error)") from None
