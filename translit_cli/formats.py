"""Output formats for every command's results: beads, romanized tokens, findings.

Formatters take core values (dataclasses) and return text; they never compute anything the
core should.  Colour is the caller's decision (``colour=True`` only on a terminal without
NO_COLOR).
"""

from __future__ import annotations

# --- beads (align) -----------------------------------------------------------------------

import json
import textwrap
from typing import TYPE_CHECKING

import regex as _regex

from . import __version__
from .align import Alignment, Bead, low_confidence
from .documents import Paragraph

BEAD_FORMATS = ("text", "tsv", "jsonl", "tmx")
TSV_HEADER = "ar_lines\ten_lines\tscore\tar_text\ten_text"
_TSV_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})
#: Code points that XML 1.0 forbids even when escaped (C0 controls but tab, LF, CR).
_XML_ILLEGAL = _regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_GUTTER = " │ "


def _bead_lines(paragraphs: tuple[Paragraph, ...]) -> list[int]:
    return [p.line for p in paragraphs]


def _bead_text(paragraphs: tuple[Paragraph, ...]) -> str:
    """The original text of a bead's paragraphs, joined with a space."""
    return " ".join(p.raw for p in paragraphs)


def _line_list(lines: list[int]) -> str:
    return ",".join(map(str, lines)) or "-"


def beads_tsv(alignment: Alignment) -> str:
    """Header, then one record per bead; tabs, newlines and backslashes are escaped
    (``\\t``, ``\\n``, ``\\\\``) so that every record is exactly one line."""
    rows = [TSV_HEADER]
    for bead in alignment.beads:
        rows.append("\t".join((
            _line_list(_bead_lines(bead.arabic)), _line_list(_bead_lines(bead.latin)),
            f"{bead.score:.3f}",
            _bead_text(bead.arabic).translate(_TSV_ESCAPES), _bead_text(bead.latin).translate(_TSV_ESCAPES),
        )))
    return "\n".join(rows) + "\n"


def beads_jsonl(alignment: Alignment) -> str:
    """One JSON object per bead in document order; file names when the sides are two files."""
    two_files = alignment.arabic_path != alignment.latin_path
    records = []
    for bead in alignment.beads:
        record = {
            "ar": _bead_lines(bead.arabic), "en": _bead_lines(bead.latin), "score": bead.score,
            "ar_text": _bead_text(bead.arabic), "en_text": _bead_text(bead.latin),
        }
        if two_files:
            record.update(ar_file=alignment.arabic_path, en_file=alignment.latin_path)
        records.append(json.dumps(record, ensure_ascii=False))
    return "".join(record + "\n" for record in records)


def _tmx_segment(text: str) -> str:
    from xml.sax.saxutils import escape as _xml_escape  # its import takes urllib and http.client: 30 ms

    return _xml_escape(_XML_ILLEGAL.sub("", text), {'"': "&quot;"})


def beads_tmx(alignment: Alignment) -> str:
    """TMX 1.4b for CAT tools: one translation unit per bead that has both sides."""
    units = []
    for number, bead in enumerate(alignment.beads, start=1):
        if not bead.arabic or not bead.latin:
            continue
        units.append(
            f'    <tu tuid="{number}">\n'
            f'      <prop type="x-score">{bead.score:.3f}</prop>\n'
            f'      <prop type="x-lines">ar {_line_list(_bead_lines(bead.arabic))}; en {_line_list(_bead_lines(bead.latin))}</prop>\n'
            f'      <tuv xml:lang="ar"><seg>{_tmx_segment(_bead_text(bead.arabic))}</seg></tuv>\n'
            f'      <tuv xml:lang="en"><seg>{_tmx_segment(_bead_text(bead.latin))}</seg></tuv>\n'
            "    </tu>\n"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<tmx version="1.4">\n'
        f'  <header creationtool="translit" creationtoolversion="{__version__}" segtype="paragraph"'
        ' o-tmf="translit" adminlang="en" srclang="ar" datatype="plaintext"/>\n'
        "  <body>\n" + "".join(units) + "  </body>\n</tmx>\n"
    )


def _wrap(text: str, width: int) -> list[str]:
    return textwrap.wrap(" ".join(text.split()), width) or [""]


def _bead_block(bead: Bead, column: int, colour: bool) -> list[str]:
    flag = "?" if low_confidence(bead) else " "
    header = (
        f"{flag} ar {_line_list(_bead_lines(bead.arabic))}  en {_line_list(_bead_lines(bead.latin))}"
        f"  score {bead.score:.2f}" + ("  LOW CONFIDENCE" if low_confidence(bead) else "")
    )
    if colour:
        header = f"\x1b[{'33' if low_confidence(bead) else '2'}m{header}\x1b[0m"
    left, right = _wrap(_bead_text(bead.arabic), column), _wrap(_bead_text(bead.latin), column)
    height = max(len(left), len(right))
    left += [""] * (height - len(left))
    right += [""] * (height - len(right))
    return [header] + [f"  {a:<{column}}{_GUTTER}{e}".rstrip() for a, e in zip(left, right)]


def beads_text(alignment: Alignment, width: int = 100, colour: bool = False) -> str:
    """Side by side for reading: Arabic left, English right, a header per bead with its
    lines and score; low-confidence beads are marked with ``?`` and LOW CONFIDENCE."""
    column = max(20, (width - len(_GUTTER) - 2) // 2)
    blocks = ["\n".join(_bead_block(bead, column, colour)) for bead in alignment.beads]
    return "\n\n".join(blocks) + "\n"


def format_beads(alignment: Alignment, fmt: str, width: int = 100, colour: bool = False) -> str:
    """Dispatch on ``--format``."""
    if fmt == "text":
        return beads_text(alignment, width, colour)
    return {"tsv": beads_tsv, "jsonl": beads_jsonl, "tmx": beads_tmx}[fmt](alignment)


# --- tokens (romanize) -------------------------------------------------------------------

from bisect import bisect_right as _bisect_right  # noqa: E402

if TYPE_CHECKING:  # romanize is not imported by the commands that format no tokens
    from .romanize import Token

TOKEN_FORMATS = ("text", "jsonl")


def _line_starts(text: str) -> list[int]:
    starts = [0]
    starts += [match.end() for match in _regex.finditer(r"\r\n|\r|\n", text)]
    return starts


def format_tokens(tokens: list[Token], text: str) -> str:
    """One JSON object per Arabic token, with 1-based line and column (code points)."""
    starts = _line_starts(text)
    lines = []
    for token in tokens:
        line = _bisect_right(starts, token.start)
        lines.append(json.dumps({
            "line": line, "col": token.start - starts[line - 1] + 1,
            "arabic": token.arabic, "latin": token.latin, "source": token.source,
            "confidence": token.confidence,
        }, ensure_ascii=False))
    return "".join(line + "\n" for line in lines)


# --- findings (check) --------------------------------------------------------------------

from .checks.findings import RULES as _RULES, Finding, Severity  # noqa: E402

FINDING_FORMATS = ("text", "line", "jsonl", "json", "sarif", "github")
_SEVERITY_COLOUR = {Severity.ERROR: "31", Severity.WARNING: "33", Severity.INFO: "36"}
_SARIF_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
_GITHUB_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _ansi(text: str, code: str, colour: bool) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if colour else text


def findings_text(findings: list[Finding], colour: bool = False) -> str:
    """Grouped per file, like ruff's full output: the path, then one line per finding with
    its position, severity, rule and message; ``[fix]`` marks what ``--fix`` would change."""
    blocks: list[str] = []
    for path in dict.fromkeys(f.path for f in findings):
        lines = [_ansi(path, "1", colour)]
        mine = [f for f in findings if f.path == path]
        width = max(len(f"{f.line}:{f.col}") for f in mine)
        rule_width = max(len(f.rule) for f in mine)
        for finding in mine:
            severity = _ansi(f"{finding.severity.value:<7}", _SEVERITY_COLOUR[finding.severity], colour)
            rule = _ansi(f"{finding.rule:<{rule_width}}", "2", colour)
            fixable = " [fix]" if finding.fix is not None else ""
            lines.append(
                f"  {f'{finding.line}:{finding.col}':<{width}}  {severity}  {rule}"
                f"  {finding.message}{fixable}"
            )
        blocks.append("\n".join(lines) + "\n")
    return "\n".join(blocks)


def findings_line(findings: list[Finding]) -> str:
    return "".join(
        f"{f.path}:{f.line}:{f.col}: {f.severity.value}: {f.rule}: {f.message}\n" for f in findings
    )


def findings_jsonl(findings: list[Finding]) -> str:
    return "".join(json.dumps(f.as_dict(), ensure_ascii=False) + "\n" for f in findings)


def findings_json(findings: list[Finding]) -> str:
    return json.dumps([f.as_dict() for f in findings], ensure_ascii=False, indent=2) + "\n"


def _sarif_rule(rule_id: str) -> dict[str, object]:
    rule = _RULES[rule_id]
    return {
        "id": rule.id,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.why},
        "help": {"text": f"{rule.why} Example: {rule.example}"},
        "defaultConfiguration": {"level": _SARIF_LEVEL[rule.severity]},
        "properties": {"fixable": rule.fixable},
    }


def _sarif_result(finding: Finding, rule_index: dict[str, int]) -> dict[str, object]:
    region = {
        "startLine": finding.line, "startColumn": finding.col,
        "endLine": finding.end_line, "endColumn": finding.end_col,
    }
    location = {"physicalLocation": {"artifactLocation": {"uri": finding.path}, "region": region}}
    result: dict[str, object] = {
        "ruleId": finding.rule, "ruleIndex": rule_index[finding.rule],
        "level": _SARIF_LEVEL[finding.severity], "message": {"text": finding.message},
        "locations": [location], "partialFingerprints": {"translit/v1": finding.fingerprint},
    }
    if finding.fix is not None:
        result["fixes"] = [{
            "description": {"text": f"replace with {finding.fix}"},
            "artifactChanges": [{
                "artifactLocation": {"uri": finding.path},
                "replacements": [{"deletedRegion": region, "insertedContent": {"text": finding.fix}}],
            }],
        }]
    return result


def findings_sarif(findings: list[Finding]) -> str:
    """SARIF 2.1.0 with columns in Unicode code points, as every translit position is."""
    rule_index = {rule_id: number for number, rule_id in enumerate(_RULES)}
    run = {
        "tool": {"driver": {
            "name": "translit", "version": __version__,
            "rules": [_sarif_rule(rule_id) for rule_id in _RULES],
        }},
        "columnKind": "unicodeCodePoints",
        "results": [_sarif_result(f, rule_index) for f in findings],
    }
    document = {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _github_escape(text: str, property_value: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if property_value else text


def findings_github(findings: list[Finding]) -> str:
    """GitHub Actions workflow commands: annotations on the pull request's files."""
    lines = []
    for f in findings:
        properties = ",".join(
            f"{key}={_github_escape(str(value), True)}" for key, value in (
                ("file", f.path), ("line", f.line), ("col", f.col), ("endLine", f.end_line),
                ("endColumn", f.end_col), ("title", f.rule),
            )
        )
        lines.append(f"::{_GITHUB_LEVEL[f.severity]} {properties}::{_github_escape(f.message)}\n")
    return "".join(lines)


def format_findings(findings: list[Finding], fmt: str, colour: bool = False) -> str:
    """Dispatch on ``--format``."""
    if fmt == "text":
        return findings_text(findings, colour)
    return {
        "line": findings_line, "jsonl": findings_jsonl, "json": findings_json,
        "sarif": findings_sarif, "github": findings_github,
    }[fmt](findings)
