"""Suppressing findings: inline markers, an ignore file, and a baseline.

* Inline, like ``# noqa``: ``translit: ignore`` anywhere on a line silences every finding that
  starts on it; ``translit: ignore[mark-variant,possible-typo]`` only those rules.
* Ignore file (``--ignore-file``, default ``.translit-ignore``): one fingerprint per line,
  ``#`` comments allowed.  A fingerprint is rule + path + flagged text, so edits elsewhere in
  the file do not invalidate it.
* Baseline (``--baseline``): the JSON or JSONL output of an earlier run.  Every finding is
  still reported, but only findings beyond the baseline's count of the same fingerprint make
  the run fail, so a legacy corpus can adopt the linter without fixing everything first.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import regex

from ..documents import split_lines
from ..errors import TranslitError
from .corpus import Source
from .findings import Finding

_INLINE = regex.compile(r"translit:\s*ignore(?:\[([^\]]*)\])?")
DEFAULT_IGNORE_FILE = ".translit-ignore"


def _inline_markers(text: str) -> dict[int, set[str] | None]:
    """line -> rules silenced on it (None: all rules)."""
    markers: dict[int, set[str] | None] = {}
    if "translit:" not in text:
        return markers
    for number, line in enumerate(split_lines(text), start=1):
        for match in _INLINE.finditer(line):
            if match.group(1) is None:
                markers[number] = None
            elif markers.get(number, set()) is not None:
                rules = {r.strip() for r in match.group(1).split(",") if r.strip()}
                markers[number] = markers.get(number, set()) | rules
    return markers


def drop_inline_suppressed(findings: list[Finding], sources: list[Source]) -> list[Finding]:
    markers = {source.path: _inline_markers(source.text) for source in sources}
    kept = []
    for finding in findings:
        silenced = markers.get(finding.path, {})
        if finding.line in silenced and (silenced[finding.line] is None
                                         or finding.rule in silenced[finding.line]):
            continue
        kept.append(finding)
    return kept


def read_ignore_file(path: str) -> set[str]:
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise TranslitError(f"{path}: no such ignore file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise TranslitError(f"{path}: cannot read ignore file ({error})") from None
    return {line.split("#", 1)[0].strip() for line in text.splitlines()} - {""}


def read_baseline(path: str) -> Counter[str]:
    """Fingerprint counts from a ``--format json`` or ``jsonl`` output."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise TranslitError(f"{path}: no such baseline file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise TranslitError(f"{path}: cannot read baseline ({error})") from None
    try:
        stripped = text.strip()
        if stripped.startswith("["):
            records = json.loads(stripped)
        else:
            records = [json.loads(line) for line in stripped.splitlines() if line.strip()]
        return Counter(str(record["fingerprint"]) for record in records)
    except (ValueError, KeyError, TypeError):
        raise TranslitError(
            f"{path}: not a baseline (expected the output of --format json or jsonl)"
        ) from None


def new_findings(findings: list[Finding], baseline: Counter[str]) -> list[Finding]:
    """Findings beyond what the baseline recorded for their fingerprint."""
    remaining = Counter(baseline)
    fresh = []
    for finding in findings:
        if remaining[finding.fingerprint] > 0:
            remaining[finding.fingerprint] -= 1
        else:
            fresh.append(finding)
    return fresh
