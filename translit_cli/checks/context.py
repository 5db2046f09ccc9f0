"""Name contexts: the name words written next to a name, as evidence that two spellings are
one name.

A slip is made in a name the text writes many times, and the rest of the name usually comes
with it: Karīm ibn Sulṭām beside Karīm ibn Sulṭān, Iylas bin Salamah beside Iyas bin Salamah,
al-Miqad bin al-Aswad beside al-Miqdad bin al-Aswad.  Two distinct names that differ by one
letter keep different company (Sulaim bin Aswad, Suhaim bin Ma'bad).  So a rare spelling that
shares a neighbouring name word with the frequent one, on the same side, is a slip of it even
where the edit alone could make another name (a first, last or inner consonant).

The neighbour is the nearest name-like word separated only by spaces or hyphens, past the
particles of Arabic names (bin, ibn, bint, Abū, Umm, the article al- and its assimilated
forms: their company says nothing of the person).  English words the text also writes in
lower case (Narrated, Forces) are not names, and neither are words that stand next to many
different names (a day of the week, the Prophet): both say nothing of the person either.
"""

from __future__ import annotations

from collections import Counter

#: (side, folded neighbour): -1 the word before, +1 the word after.
Context = tuple[int, str]
#: The contexts of one name, each with how many of its occurrences have it.
Contexts = Counter[Context]

#: Particles and articles that a name's company is looked for past.
PARTICLES = frozenset(
    "bin ibn bint b banu bani abu abi umm ibnat dhu dhi al el an ar as at ad az ash adh ath".split()
)
#: The particles that make the word beside them a person's name: ʿAmra bint ʿAbd al-Raḥmān,
#: Zayd bin Ṣūḥān, Abū Hurayra.
PATRONYMICS = frozenset("bin ibn bint b abu abi umm ibnat".split())
#: Counted among a name's contexts for every occurrence next to a patronymic particle; says
#: nothing of who the person is, so it is never informative.
BESIDE_PATRONYMIC: Context = (0, "")
#: A neighbour next to more distinct names than this is generic, not part of a name.
MAX_COMPANY = 12


def informative(context: Context, vocabulary: set[str], company: dict[str, Contexts]) -> bool:
    """Can this context say who a name is?  Not when its word is English vocabulary, nor
    when the word has more than :data:`MAX_COMPANY` different names on that side of it
    (``company``: the contexts of the context words themselves)."""
    side, word = context
    if context == BESIDE_PATRONYMIC or word in vocabulary:
        return False
    return sum(1 for other_side, _ in company.get(word, ()) if other_side == -side) <= MAX_COMPANY


def copied(rare: Contexts, frequent: Contexts, useful: set[Context]) -> bool:
    """Was a slip seen more than twice copied with the names it is part of, rather than
    written on purpose?  Then it shares informative contexts (``useful``) with the frequent
    spelling, and in each of them the frequent spelling is the usual one: Ghasan al-Maghribi
    ×2 beside Ghassan al-Maghribi ×3, Hind ibn Jall beside Hind ibn Jalal.  In the company
    that a name of its own keeps, it is the usual spelling: Laqit ibn Sabirah ×3 beside one
    Laqit ibn Saburah is Ṣabira, not the Sabra of Rabiʿ ibn Saburah."""
    shared = [context for context in rare if context in useful and context in frequent]
    return bool(shared) and all(frequent[context] > rare[context] for context in shared)
