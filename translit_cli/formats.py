"""Output formats for every command's results: beads, romanized tokens, findings.

Formatters take core values (dataclasses) and return text; they never compute anything the
core should.  Colour is the caller's decision (``colour=True`` only on a terminal without
NO_COLOR).
"""

from __future__ import annotations

# --- beads (align) -----------------------------------------------------------------------

# --- tokens (romanize) -------------------------------------------------------------------

# --- findings (check) --------------------------------------------------------------------
