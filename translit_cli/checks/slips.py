"""Is one edit between a rare and a frequent spelling a slip, or two names?

The evidence read on the spellings alone, as written (:mod:`translit_cli.checks.variants`
adds frequency, the table, the aligned Arabic and name company): where the edit falls
(:mod:`.edits`), whether the rare spelling can be a romanized Arabic word
(:mod:`.plausible`), whether it uses the corpus's letters, and what the lexicon reads
(:mod:`.known`).
"""

from __future__ import annotations

from enum import IntEnum

from ..latin import has_diacritics, is_capitalised
from ..normalize import fold_latin, fold_marks
from .edits import classify_edit, is_case_variant, is_safe_slip, next_keys
from .known import Precision, precision_of, reads_as_name, reads_as_written
from .plausible import is_plausible_written, written_fold, written_phonemes


class Slip(IntEnum):
    """How sure it is that a rare spelling is a slip for a frequent one."""

    NO = 0              # two names
    COMPANY = 1         # only if the two share a name context (:mod:`.context`)
    WRONG_SPELLING = 2  # the rare one is no Arabic word, or has a letter foreign to the corpus
    SAFE = 3            # an edit that is a slip whatever the spellings, or the Arabic says one name


#: How many times as frequent as a slip seen more than MAX_RARE times the other form must be:
#: a spelling no Arabic word can have (Tamīmīī, ʿbd) twice, a safe slip (Abbu beside Abū) ten
#: times; other slips are not taken when repeated.
UNPRONOUNCEABLE_RATIO = 2
SAFE_SLIP_RATIO = 10

def repeated_slip_ratio(slip: Slip, rare: str, frequent: str) -> int | None:
    if _implausible_beside(rare, frequent):
        return UNPRONOUNCEABLE_RATIO
    return SAFE_SLIP_RATIO if slip == Slip.SAFE else None


def is_slip(rare: str, frequent: str, letters: set[str] | None) -> Slip:
    """Without other evidence, is the edit from the spelling ``frequent`` to ``rare`` a slip
    rather than another name?  Edits are read on the written spellings, ʿayn and hamza as
    letters.  Safe edits are slips; two case endings of one word never are (but a doubled
    final letter is: ʿAlīi).  A risky edit (first or last letter, an inner consonant, any but
    a doubling in a short word) is a wrong spelling when the rare spelling cannot be a
    romanized Arabic word and the frequent one can (Takblr / Takbīr; Suhaim / Sulaim no), or
    has a letter no frequent name uses (a plain g in DMG, not a ṭ in an ASCII text); or, in a
    text that writes vowel length, is a name the lexicon does not read beside one it reads
    (Ġassā, Munīt beside Ġassān, Munīr), unless a letter before the last is replaced (where
    distinct names differ: Karīm / Ḥarīm) by one not on a neighbouring key (Muḥanmad is a
    slip); or is a name without its last letter that reads nothing, beside a lexicon name
    (Qasi, Hisha).  Else it takes a shared name context.  See :mod:`.edits`."""
    case_variant = is_case_variant(written(rare).casefold(), written(frequent).casefold())
    rare_written, frequent_written = rare, frequent
    rare, frequent = written_fold(rare), written_fold(frequent)
    edit = classify_edit(rare, frequent)
    if edit is None or edit.kind not in ("double", "undouble") and case_variant:
        return Slip.NO
    if is_safe_slip(edit, rare, frequent):
        return Slip.SAFE
    if _implausible_beside(rare_written, frequent_written) or letters and _foreign(rare_written, letters):
        return Slip.WRONG_SPELLING
    replaced_before_last = edit.kind == "substitute" and not edit.last
    mistyped = not replaced_before_last or edit.index > 0 and next_keys(edit.rare, edit.frequent)
    if mistyped and _unknown_beside_known(rare_written, frequent_written):
        return Slip.WRONG_SPELLING
    if _edge_deleted(rare_written, frequent_written) and _unknown_beside_name(rare_written, frequent_written):
        return Slip.WRONG_SPELLING
    return Slip.COMPANY


def _edge_deleted(rare: str, frequent: str) -> bool:
    """Is ``rare`` ``frequent`` without its last letter, as written (marks are letters)?
    Not its first: in three real translations, four of the five such pairs were two names
    (Arwān / Marwān, Udhayna / Muzayna, ʿĀbis / Ḥābis, ʿAwālī / Mawālī), and slips rarely
    touch the first letter."""
    edit = classify_edit(written(rare).casefold(), written(frequent).casefold())
    return edit is not None and edit.kind == "delete" and edit.last


def _unknown_beside_name(rare: str, frequent: str) -> bool:
    """Is ``frequent`` a name the lexicon reads, and the capitalised ``rare`` nothing it
    reads, even without vowel length?  A name that lost its last letter (Qasi beside
    Qasim) is then a slip; a frequent *word* is not enough (Shah beside
    shahr, the month, is a name of its own)."""
    folded = Precision.FOLDED
    return is_capitalised(rare) and reads_as_name(frequent, folded) and not reads_as_written(rare, folded)


def _unknown_beside_known(rare: str, frequent: str) -> bool:
    """In a text that writes vowel length, does the lexicon read the name
    ``frequent`` as written but not the name ``rare``?  Then ``rare`` is no name the house
    would write that way: Ġassā and Munīt beside Ġassān and Munīr (a real name such as Munīf
    or Salmā beside Salmān is read).  Names only: a word of a transliterated phrase in lower
    case takes case endings and liaisons the lexicon does not read (hādhad-duʿāʾu is hādhā
    ad-duʿāʾu).  A name with no long vowel counts as written with vowel length when it has a
    scholarly diacritic (Ḥusayn, Muḥammad: a house that dots ḥ marks ā)."""
    precise = Precision.LENGTH
    scholarly = precision_of(frequent) is precise or has_diacritics(frequent)
    return (scholarly and is_capitalised(rare) and reads_as_written(frequent, precise)
            and not reads_as_written(rare, precise))


def _foreign(spelling: str, letters: set[str]) -> bool:
    return any(p not in letters and fold_latin(p) not in letters for p in written_phonemes(spelling))


def _implausible_beside(rare: str, frequent: str) -> bool:
    """Is the written spelling ``rare`` no romanized Arabic word where ``frequent`` is one?"""
    return not is_plausible_written(rare) and is_plausible_written(frequent)


def written(spelling: str) -> str:
    """A spelling as written, but with every ʿayn/hamza look-alike as one character."""
    return fold_marks(spelling, "'")
