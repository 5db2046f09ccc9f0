"""Name variants in Latin text: mark-variant, diacritic-variant, rejected-form, possible-typo.

Occurrences are grouped by their folded form (no case, diacritics or ʿayn/hamza marks), so one
group holds Dā‘iš, Dā'iš and Daiš.  Within a group the canonical spelling is the table's,
else the majority's; every other spelling is a variant whose kind (marks only, or diacritics)
decides the rule.  Typos are found *between* groups: a group one typo-like edit
(:mod:`translit_cli.checks.edits`) from a frequent group or a table name, unless the evidence
says they are two names.  Evidence, strongest first: the table's ``distinct`` list; aligned
Arabic (both Latin forms translate the same Arabic word, or different words); the lexicon of
known names (both forms are readings of different Arabic words: Saʿd / Saʿīd).  Without it, an
edit where distinct names differ is a slip only if the rare spelling is unpronounceable, has a
letter the corpus's names never use, or keeps the frequent one's company
(:mod:`translit_cli.checks.context`: asked of the inputs only for the pairs that need it).

The rules see forms, not occurrences: counts and first places per form (ties go to the form
seen first, as when the occurrences were read in order), and they answer with marks that the
second pass (:mod:`translit_cli.checks.passes`) places.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from ..latin import (
    MODIFIER_MARKS, adds_diacritics_only, has_marks, is_capitalised, mark_key, mark_places, match_case,
)
from ..normalize import fold_latin
from ..table import Entry, Status, Table
from .context import BESIDE_PATRONYMIC, Contexts, copied, informative
from .corpus import Corpus, FormKey, Mark, Marks, add_mark
from .edits import NeighbourIndex, is_typo_edit
from .known import Precision, known_readings, name_words, precision_of, same_name, written_key
from .plausible import written_phonemes
from .scan import FormCount
from .scheme import is_transliterated
from .slips import SAFE_SLIP_RATIO, Slip, is_slip, repeated_slip_ratio, written

#: A form is "frequent" enough to attract typo findings from this many occurrences on ...
MIN_FREQUENT = 3
#: ... or from two, for a safe slip (:class:`.slips.Slip`) seen once in a short corpus (fewer
#: than SHORT_CORPUS characters, a few news items): Peršmarga beside Pešmarga twice.  In a long
#: text a form seen twice is a rare name, and one close to it as often another one.
MIN_FREQUENT_SAFE = 2
SHORT_CORPUS = 60_000
#: ... from forms seen at most this often: a typo is made once or twice; a form seen more
#: often is a name of its own (Jarīr beside Jābir, ʿUmayr beside ʿUmar) unless the aligned
#: Arabic says otherwise, the other is many times as frequent (:func:`outnumbers`) or the
#: slip was copied with its names (:data:`MAX_COPIED`).
MAX_RARE = 2
#: How often a frequent form must be seen, never beside bin, ibn or Abū, to count as a term.
MIN_TERM = 5
#: A slip seen more often, but at most this often, may have been copied with the names it is
#: part of (Ghasan in Umm Ghasan and Ghasan al-Maghribi): taken when it keeps their company
#: (:func:`.context.copied`).
MAX_COPIED = 5
#: Frequent names needed before the letters they use are taken as the corpus's alphabet.
ALPHABET_NAMES = 50


#: Optional evidence from aligned Arabic: ``(rare fold, frequent fold) -> True`` (same Arabic
#: name), ``False`` (different Arabic names) or ``None`` (no evidence).
ArabicEvidence = Callable[[str, str], "bool | None"]


@dataclass
class Spelling:
    """One case-insensitive spelling inside a group: its cased forms with their counts, and
    the forms (as read, with their ambiguity) whose occurrences it holds."""

    key: str
    count: int = 0
    seen: int = 0  # occurrences, the ambiguous ones too (which do not vote on the spelling)
    forms: Counter[str] = field(default_factory=Counter)
    members: list[FormKey] = field(default_factory=list)

    @property
    def display(self) -> str:
        return self.forms.most_common(1)[0][0]


@dataclass
class Group:
    fold: str
    spellings: dict[str, Spelling] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(s.count for s in self.spellings.values())

    @property
    def occurrences(self) -> int:
        """How often the folded name occurs, however its marks are read: what the typo rule
        counts, since a quote or an ʿayn before it does not change which name it is."""
        return sum(s.seen for s in self.spellings.values())

    def written_spellings(self) -> set[str]:
        """The spellings, and the marked readings of its tokens read without their quote."""
        return set(self.spellings).union(*(spellings for _, spellings in self.readings()))

    def readings(self) -> list[tuple[str, list[str]]]:
        """The spellings the typo rule reads the group as, each with the written spellings it
        stands for: the display form of the spellings read unambiguously, and the marked
        reading of tokens read without their leading quote ('Izsa: ʿIzsa or a quoted Izsa; a
        group of such tokens alone is read with its marks, as a text that writes ʿayn with '
        would mean it: 'Abis is ʿĀbis, not Abis one letter from Habis)."""
        marked = {form: [form.casefold()] for spelling in self.spellings.values()
                  for form, ambiguous in spelling.members if ambiguous and spelling.key != form.casefold()}
        voted = [s for s in self.spellings.values() if s.count]
        if not voted and marked:
            return list(marked.items())
        display = max(voted or self.spellings.values(), key=lambda s: s.count).display
        return [(display, list(self.spellings)), *marked.items()]


@dataclass
class TableIndex:
    """The table's Latin forms by folded form and by exact (case-folded) spelling."""

    by_fold: dict[str, list[Entry]] = field(default_factory=lambda: defaultdict(list))
    rejected: dict[str, Entry] = field(default_factory=dict)
    known: set[str] = field(default_factory=set)
    distinct_pairs: set[frozenset[str]] = field(default_factory=set)
    style: dict[str, str] = field(default_factory=dict)
    #: How often the corpus's names write each ʿayn/hamza character (set by
    #: :func:`check_variants`): the house characters where the table gives none.
    written_marks: Counter[str] = field(default_factory=Counter)

    @classmethod
    def build(cls, table: Table | None) -> "TableIndex":
        index = cls()
        if table is None:
            return index
        index.style = dict(table.style)
        for entry in table.entries.values():
            if entry.status is Status.REJECTED:
                continue
            index.by_fold[fold_latin(entry.latin)].append(entry)
            for variant in entry.latin_variants:
                if variant.status is Status.REJECTED:
                    index.rejected[variant.form.casefold()] = entry
                else:
                    index.known.add(fold_latin(variant.form))
            index.known.add(fold_latin(entry.latin))
            for other in entry.distinct:
                index.known.add(fold_latin(other))
                index.distinct_pairs.add(frozenset((fold_latin(entry.latin), fold_latin(other))))
        return index

    def entry_for(self, fold: str) -> Entry | None:
        """The one table name with this folded form (None when none or several)."""
        entries = self.by_fold.get(fold, [])
        return entries[0] if len({e.latin for e in entries}) == 1 else None


def build_groups(forms: dict[FormKey, FormCount], skip: set[FormKey]) -> dict[str, Group]:
    """Groups by folded form, filled in corpus order (ties go to the form seen first).  An
    ambiguous token (‘Umar’: quote or ʿayn?) takes the reading that the unambiguous tokens
    of its group use, and does not vote."""
    groups: dict[str, Group] = {}
    ordered = sorted((key for key in forms if key not in skip), key=lambda key: forms[key].first)
    for form, ambiguous in ordered:
        if not ambiguous:
            _add(groups, (form, False), form, forms[form, False].count, vote=True)
    for form, ambiguous in ordered:
        if ambiguous:
            group = groups.get(fold_latin(form))
            marked_known = group is not None and form.casefold() in group.spellings
            _add(groups, (form, True), form if marked_known else form[1:], forms[form, True].count,
                 vote=False)
    return groups


def _add(groups: dict[str, Group], member: FormKey, form: str, count: int, vote: bool) -> None:
    fold = fold_latin(form)
    group = groups.setdefault(fold, Group(fold))
    spelling = group.spellings.setdefault(form.casefold(), Spelling(form.casefold()))
    spelling.seen += count
    if vote:
        spelling.count += count
        spelling.forms[form] += count
    elif not spelling.forms:
        spelling.forms[form] += 0
    spelling.members.append(member)


def _house_characters(style: dict[str, str]) -> set[str]:
    """The ʿayn and hamza characters a house table's style names (none without a table)."""
    return {style[k] for k in ("ayn", "hamza") if style.get(k)}


def _style_score(form: str, style: dict[str, str]) -> tuple[int, int]:
    """House-style preference for breaking ties: the table's ʿayn/hamza characters, else
    modifier letters over quote look-alikes; marked over unmarked."""
    marks = [c for c in form if has_marks(c)]
    house = _house_characters(style)
    in_style = bool(marks) and (all(c in house for c in marks) if house else all(c in MODIFIER_MARKS for c in marks))
    return int(in_style), len(form.encode("utf-8"))


def _canonical(group: Group, entry: Entry | None, index: TableIndex) -> tuple[str, bool]:
    """(display form of the canonical spelling, whether it is unambiguous enough to fix):
    the table's, else the group's majority, written with the house characters (:func:`_in_house_marks`)."""
    if entry is not None:
        return entry.latin, True
    ranked = sorted(
        (s for s in group.spellings.values() if s.count),
        key=lambda s: (s.count, _style_score(s.display, index.style)), reverse=True,
    )
    if not ranked:
        return next(iter(group.spellings.values())).display, False
    house = next((s for s in ranked[1:] if _in_house_marks(s.key, ranked[0].key, index)), None)
    if house is not None:
        return house.display, True
    clear = len(ranked) == 1 or ranked[0].count > ranked[1].count
    return ranked[0].display, clear


#: Look-alikes that write only ʿayn, or only hamza, in the schemes that use them (DMG, ALA-LC,
#: BGN): one is never the house character for the other (Qurʾān beside Qurʿān is no choice of
#: character), while ' ` ´ write either.
_AYN_ONLY, _HAMZA_ONLY = frozenset("\u02bf\u02bb\u2018"), frozenset("\u02be\u02bc\u2019")
#: How many times as often the corpus must write a character for it to be the house's.
HOUSE_MARK_RATIO = 2


def _in_house_marks(spelling: str, majority: str, index: TableIndex) -> bool:
    """Does ``spelling`` write the marks of the group's ``majority`` spelling, in the same
    places, with the house's characters where the majority does not?  "The house character
    comes from the table, else the document's majority": ´Umar ×5 beside 'Umar ×2, in a text
    that writes ' in its other names, is the variant."""
    if len(spelling) != len(majority) or mark_key(spelling) != mark_key(majority):
        return False
    changed = [(ours, theirs) for ours, theirs in zip(spelling, majority) if ours != theirs]
    house = _house_characters(index.style)
    counts = index.written_marks
    return bool(changed) and all(
        has_marks(ours) and has_marks(theirs) and not _one_for_the_other(ours, theirs)
        and (ours in house if house else counts[ours] >= HOUSE_MARK_RATIO * counts[theirs])
        for ours, theirs in changed
    )


def _one_for_the_other(one: str, other: str) -> bool:
    return {one, other} & _AYN_ONLY and {one, other} & _HAMZA_ONLY


def _count_written_marks(groups: dict[str, Group]) -> Counter[str]:
    """How often the names' voting spellings write each ʿayn/hamza character."""
    counts: Counter[str] = Counter()
    for group in groups.values():
        for spelling in group.spellings.values():
            for char in spelling.key:
                if spelling.count and has_marks(char):
                    counts[char] += spelling.count
    return counts


def _count_note(group: Group, canonical: str, entry: Entry | None) -> str:
    if entry is not None:
        return " (house table)"
    spelling = group.spellings.get(canonical.casefold())
    if not spelling or not spelling.count:
        return ""
    if spelling.count < max(s.count for s in group.spellings.values()):
        return f" ({spelling.count}×, with the ʿayn/hamza characters of the corpus's names)"
    return f" ({spelling.count}×)"


def _variant_marks(group: Group, index: TableIndex, vocabulary: set[str], marks: Marks) -> None:
    entry = index.entry_for(group.fold)
    canonical, fixable = _canonical(group, entry, index)
    admitted = {v.form.casefold() for v in entry.latin_variants} if entry else set()
    admitted |= {d.casefold() for d in entry.distinct} if entry else set()
    for spelling in group.spellings.values():
        if spelling.key == canonical.casefold() or spelling.key in admitted:
            continue
        if spelling.key in vocabulary and spelling.key in english_homographs():
            continue  # "Said:" beside Sa'id, in a text that writes "said": the English word
        if entry is None and _marks_elsewhere(group, spelling.key, canonical):
            _moved_mark(group, spelling, canonical, marks)
            continue
        marks_only = mark_key(spelling.key) == mark_key(canonical)
        if not (marks_only or entry or adds_diacritics_only(spelling.key, canonical)
                or adds_diacritics_only(canonical, spelling.key)):
            continue  # different dotted letters (ḥ / ḫ): another name, not a variant
        rule = "rejected-form" if entry else "mark-variant" if marks_only else "diacritic-variant"
        names_only = (rule == "mark-variant" and not has_marks(spelling.key) and mark_places(canonical) == {0}
                      and _reads_a_word_unmarked(group.fold))
        for form, ambiguous in spelling.members:
            skip = 0 if spelling.key == form.casefold() else 1
            suggestion = match_case(form, canonical)
            if ambiguous and marks_only:
                # Its leading quote may open a quotation, but marks inside the word are its own
                # ('A`isha beside 'A'isha): reported past the quote.
                inner = canonical[1:] if has_marks(canonical[:1]) else canonical
                if form[1:].casefold() == inner.casefold():
                    continue
                skip, suggestion = 0, form[0] + match_case(form[1:], inner)
            shown = suggestion if ambiguous and marks_only else canonical
            message = _variant_message(rule, form[skip:], shown) + _count_note(group, canonical, entry)
            add_mark(marks, (form, ambiguous), Mark(
                rule, message, suggestion, suggestion if fixable else None, skip, after_article=not names_only))


#: Arabic letters that an unmarked Latin spelling may have lost: ʿayn and the hamzas not on alif.
_AYN_HAMZA_LETTERS = frozenset("عءئؤ")


def _reads_a_word_unmarked(fold: str) -> bool:
    """Is the folded form also a lexicon word that starts with alif (whose initial hamza
    every scheme drops) and has no ʿayn or hamza (أمير amīr beside the name عامر ʿĀmir)?
    Then its spelling without an initial mark, after an English article, is that word (the
    Amir of the pilgrims), not the name without its ʿayn (ʿUqba b. Amir)."""
    folded = Precision.FOLDED
    words = known_readings(folded).get(fold, frozenset()) - name_words(folded).get(fold, frozenset())
    return any(word.startswith("ا") and not _AYN_HAMZA_LETTERS.intersection(word) for word in words)


@cache
def english_homographs() -> frozenset[str]:
    """English words that a name becomes without its ʿayn or hamza (said, man, as): the
    shipped list ``data/english_homographs.txt``."""
    text = resources.files("translit_cli.data").joinpath("english_homographs.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def _marks_elsewhere(group: Group, key: str, canonical: str) -> bool:
    """Does a spelling write ʿayn or hamza where the canonical one does not, and the other way
    round (not merely with other characters, or one without it: Dā'iš, Dā‘iš, Dāiš), with no
    spelling of the group writing both?  'Aishah and A'ishah each keep one of the two marks of
    'A'ishah: a mark variant; Ma'shar and Mash'ar are two names."""
    one, other = mark_places(key), mark_places(canonical)
    if one <= other or other <= one:
        return False
    return not any(mark_places(spelling) >= one | other for spelling in group.spellings)


def _moved_mark(group: Group, spelling: Spelling, canonical: str, marks: Marks) -> None:
    """A spelling that writes ʿayn or hamza elsewhere than the canonical one is no mark
    variant (Abū Maʿšar and al-Mašʿar are two names, and no fix may turn one into the other):
    it is a possible typo when the canonical spelling outnumbers it (Quʾrān beside Qurʾān),
    as a safe slip does (a mark is moved as letters are swapped: Ai'shah ×12 beside 'Aishah
    ×221).  Not when its letters differ too (aʿẓim, make great, beside ʿaẓīm, great, is two
    edits, another word), nor when the lexicon reads it, marks in place, as a word the
    canonical spelling is not (aʿlā beside ʿalā, as-Samīʿ beside samʿī, Maʿšar)."""
    frequent = group.spellings[canonical.casefold()].count
    if mark_key(spelling.key) != mark_key(canonical) or not outnumbers(frequent, spelling.seen, SAFE_SLIP_RATIO):
        return
    precise = Precision.LENGTH
    if same_name(written_key(spelling.key, precise), written_key(canonical, precise), precise) is False:
        return
    for form, ambiguous in spelling.members:
        skip = 0 if spelling.key == form.casefold() else 1
        suggestion = match_case(form, canonical)
        add_mark(marks, (form, ambiguous), Mark(
            "possible-typo", f"{form[skip:]}: possible typo for {canonical} ({frequent}×)", suggestion, skip=skip))


def _variant_message(rule: str, form: str, canonical: str) -> str:
    if rule == "rejected-form":
        return f"{form}: the house table writes {canonical}"
    if rule == "mark-variant":
        return f"{form}: ʿayn/hamza written differently from {canonical}"
    return f"{form}: diacritics differ from {canonical}"


def _rejected_marks(forms: dict[FormKey, FormCount], index: TableIndex, marks: Marks) -> set[FormKey]:
    """Forms the table lists as rejected, whatever their folded group; returns their keys."""
    used = set()
    for key in forms:
        entry = index.rejected.get(key[0].casefold())
        if entry is None:
            continue
        used.add(key)
        suggestion = match_case(key[0], entry.latin)
        add_mark(marks, key, Mark(
            "rejected-form", f"{key[0]}: rejected by the house table, write {entry.latin}",
            suggestion, suggestion,
        ))
    return used


#: Asks the inputs for the name contexts of some forms (passes.LocalPasses.contexts).
ContextSource = Callable[[set[str]], "dict[str, Contexts]"]


@dataclass
class _Candidate:
    """A frequent group or table name that a rare group may be a typo of, and how sure the
    edit between them is a slip."""

    fold: str
    weight: int
    slip: Slip
    copied: bool = False  # a slip seen more than MAX_RARE times: taken if copied with its names

    @property
    def needs_company(self) -> bool:
        return self.copied or self.slip == Slip.COMPANY


def _typo_marks(
    corpus: Corpus, groups: dict[str, Group], index: TableIndex, evidence: ArabicEvidence | None,
    contexts: ContextSource | None, marks: Marks,
) -> None:
    targets = _name_groups(groups, corpus.vocabulary)
    neighbours = NeighbourIndex(set(targets) | set(index.by_fold))
    letters = _name_letters(groups, corpus.vocabulary)
    short = sum(len(source.text) for source in corpus.sources) < SHORT_CORPUS
    candidates = {
        fold: _typo_candidates(group, targets, neighbours, index, evidence, letters, short)
        for fold, group in sorted(groups.items())
        if fold not in index.known and fold not in corpus.vocabulary and group.occurrences
    }
    groups = targets
    terms = [(fold, c) for fold, found in candidates.items() for c in found if _reads_a_word_only(c.fold)]
    needy = [(fold, c) for fold, found in candidates.items() for c in found if c.needs_company]
    asked = {f for fold, c in terms + needy for f in (fold, c.fold)}
    # One pass over the inputs for every pair that needs its contexts: each ask reads them all.
    found = _contexts_by_fold(groups, asked, contexts) if contexts and asked else defaultdict(Counter)
    _drop_terms_beside_names(candidates, terms, found, groups)
    company = _company(groups, [pair for pair in needy if pair[1] in candidates[pair[0]]], found, contexts,
                       corpus.vocabulary)
    targets_of = {}
    for fold, options in candidates.items():
        accepted = [c for c in options if not c.needs_company or company(fold, c)]
        if accepted:
            # An edit that is a slip, or shares company, names the target; a spelling that is no
            # Arabic word only says it is wrong (Gurrah: Ghurrah, not the more frequent Murrah).
            targets_of[fold] = max(accepted, key=lambda c: (c.slip != Slip.WRONG_SPELLING, c.weight)).fold
    for fold in targets_of:
        target = _final_target(fold, targets_of)
        entry = index.entry_for(target)
        canonical = entry.latin if entry else _canonical(groups[target], None, index)[0]
        for spelling in groups[fold].spellings.values():
            for form, ambiguous in spelling.members:
                suggestion = _nearest_spelling(form, canonical, None if entry else groups[target])
                add_mark(marks, (form, ambiguous), Mark(
                    "possible-typo",
                    f"{form}: possible typo for {suggestion}{_typo_note(groups, target)}",
                    match_case(form, suggestion),
                ))


def _final_target(fold: str, targets_of: dict[str, str]) -> str:
    """The form to suggest for a slip: its target, or, where the target is itself a slip of
    another form, that form's (Ansirl: Ansiri is itself a slip of Ansari, so Ansari)."""
    seen, target = {fold}, targets_of[fold]
    while target in targets_of and targets_of[target] not in seen:
        seen.add(target)
        target = targets_of[target]
    return target


def _name_groups(groups: dict[str, Group], vocabulary: set[str]) -> dict[str, Group]:
    """The groups a typo may be of: every group but those of English words, of which only
    the capitalised spellings with an ʿayn or hamza count (Sa'id and Sa'd fold to said and
    sad, but are names: Sqa'id is a slip of Sa'id)."""
    names = {fold: group for fold, group in groups.items() if fold not in vocabulary}
    for fold in vocabulary.intersection(groups):
        marked = {key: spelling for key, spelling in groups[fold].spellings.items()
                  if has_marks(key) and is_capitalised(spelling.display)}
        if marked:
            names[fold] = Group(fold, marked)
    return names


def _drop_terms_beside_names(
    candidates: dict[str, list[_Candidate]], terms: list[tuple[str, _Candidate]], found: dict[str, Contexts],
    groups: dict[str, Group],
) -> None:
    """A rare form written next to bin, ibn, bint, Abū or Umm is a person's name: not a slip of
    a frequent form that is a term, read by the lexicon as a word only and never written next
    to one in :data:`MIN_TERM` occurrences or more (ʿAmra bint ʿAbd al-Raḥmān beside ʿUmrah,
    Zayd bin Ṣūḥān beside Subḥān).  A frequent form that is a name as well as a word (Karīm,
    Nāṣir) stands next to them somewhere, and keeps its slips."""
    for fold, candidate in terms:
        if (found[fold][BESIDE_PATRONYMIC] and groups[candidate.fold].occurrences >= MIN_TERM
                and not found[candidate.fold][BESIDE_PATRONYMIC]):
            candidates[fold].remove(candidate)


def _reads_a_word_only(fold: str) -> bool:
    return fold in known_readings(Precision.FOLDED) and fold not in name_words(Precision.FOLDED)


def _company(
    groups: dict[str, Group], pairs: list[tuple[str, _Candidate]], found: dict[str, Contexts],
    contexts: ContextSource | None, vocabulary: set[str],
) -> Callable[[str, _Candidate], bool]:
    """Does a folded rare name keep the company a candidate needs: an informative name
    context (:mod:`.context`) shared with it, where a repeated slip must be the rarer
    spelling (:func:`.context.copied`)?  ``found``: the contexts of the pairs that need
    them; the words of the shared ones are asked for here (how many names stand beside a
    word)."""
    if contexts is None or not pairs:
        return lambda rare, candidate: False
    shared = {context for fold, candidate in pairs for context in found[fold] if context in found[candidate.fold]}
    company = _contexts_by_fold(groups, {word for _, word in shared}, contexts)
    useful = {context for context in shared if informative(context, vocabulary, company)}

    def keeps(rare: str, candidate: _Candidate) -> bool:
        if candidate.copied:
            return copied(found[rare], found[candidate.fold], useful)
        return bool(found[rare].keys() & found[candidate.fold].keys() & useful)
    return keeps


def _contexts_by_fold(
    groups: dict[str, Group], folds: set[str], contexts: ContextSource,
) -> dict[str, Contexts]:
    forms = {form: fold for fold in folds if fold in groups
             for spelling in groups[fold].spellings.values() for form, _ in spelling.members}
    by_fold: dict[str, Contexts] = defaultdict(Counter)
    for form, found in (contexts(set(forms)) if forms else {}).items():
        by_fold[forms[form]].update(found)
    return by_fold


def _name_letters(groups: dict[str, Group], vocabulary: set[str]) -> set[str] | None:
    """The letters of the frequent names as written (:func:`.plausible.written_phonemes`): a
    rare form with another letter (x in a corpus of Arabic names, a plain g in a DMG one) was
    not written that way on purpose.  None (unknown) when the corpus has too few frequent
    names to tell its alphabet (:data:`ALPHABET_NAMES`).  Only spellings frequent on their own
    count (a slip repeated in a frequent group is not the alphabet), and no English words."""
    frequent = [
        key for fold, group in groups.items() if fold not in vocabulary
        for key, spelling in group.spellings.items()
        if spelling.count >= MIN_FREQUENT and (is_transliterated(key) or fold in known_readings(Precision.FOLDED))
    ]
    if len(frequent) < ALPHABET_NAMES:
        return None
    return {letter for spelling in frequent for letter in written_phonemes(spelling)}


def _typo_note(groups: dict[str, Group], target: str) -> str:
    group = groups.get(target)
    return f" ({group.occurrences}×)" if group else " (house table)"


def outnumbers(frequent: int, rare: int, ratio: int | None = None, safe: bool = False) -> bool:
    """Is a form seen ``frequent`` times common enough beside one seen ``rare`` times for the
    rare one to be a typo of it?  A slip repeated more often than :data:`MAX_RARE` (copied
    with its name) is one when the other form is ``ratio`` times as frequent.  A ``safe``
    slip seen once needs only :data:`MIN_FREQUENT_SAFE` (a news item names a man twice)."""
    if frequent < (MIN_FREQUENT_SAFE if safe and rare == 1 else MIN_FREQUENT):
        return False
    return rare <= MAX_RARE or ratio is not None and frequent >= ratio * rare


def _two_names(rare: str, frequent: str, evidence: ArabicEvidence | None) -> tuple[bool | None, bool]:
    """(False: one name, a typo allowed without frequency; True: two names; None: unknown,
    and whether the aligned Arabic says so).  ``rare`` and ``frequent`` are written
    spellings; the lexicon reads them as precisely as the frequent one is written
    (:class:`.known.Precision`)."""
    fold, candidate = fold_latin(rare), fold_latin(frequent)
    arabic = evidence(fold, candidate) if evidence else None
    if arabic is not None:
        return not arabic, True
    precision = precision_of(frequent)
    keys = written_key(rare, precision), written_key(frequent, precision)
    return (True if same_name(*keys, precision) is False else None), False


def _written_close(spellings: list[str], target: Group | None) -> bool:
    """Is some of these spellings one typo-like edit from a spelling of ``target`` with
    marks and diacritics counted as letters?  ʿImāma beside Umāma is two edits (a mark and a
    vowel): two names, not a slip."""
    if target is None:
        return True
    return any(
        is_typo_edit(written(rare), written(frequent))
        for rare in spellings for frequent in target.written_spellings()
    )


def _display(group: Group) -> str:
    return max(group.spellings.values(), key=lambda s: s.count).display


def _target_form(fold: str, groups: dict[str, Group], index: TableIndex) -> str:
    entry = index.entry_for(fold)
    return entry.latin if entry else _display(groups[fold]) if fold in groups else fold


def _reading_slip(
    reading: str, spellings: list[str], target: str, target_group: Group | None,
    evidence: ArabicEvidence | None, letters: set[str] | None,
) -> tuple[bool | None, Slip]:
    """(two names, one, or unknown; how sure the edit is a slip) for the rare name read as
    ``reading``, its written ``spellings`` beside the frequent ``target``."""
    two_names, from_arabic = _two_names(reading, target, evidence)
    if two_names is False:
        return False, Slip.SAFE
    if not _written_close(spellings, target_group):
        return two_names, Slip.NO
    slip = is_slip(reading, _nearest_spelling(reading, target, target_group), letters)
    if two_names:
        # The aligned Arabic is final; the lexicon only says the slip spells another word,
        # which a slip copied in the frequent form's company still is not (Ubadah bin
        # As-Samil beside As-Samit, Hisham bin Halim bin Hizam beside Hakim).
        return True, Slip.COMPANY if slip != Slip.NO and not from_arabic else Slip.NO
    return None, slip


def _nearest_spelling(reading: str, target: str, target_group: Group | None) -> str:
    """The spelling of the target that a rare name is compared with and pointed at, when
    the display form is more than one typo-like edit from it as written only for the mark
    before it: for a rare name read with a leading mark, the target's marked spelling one
    edit from it ('Utthman is compared with 'Uthman, not with Uthman); for one without, the
    target's spelling without the display form's leading mark (Abdulla with Abdullah, not
    with the majority's 'Abdullah)."""
    as_written = written(reading).casefold()
    if target_group is None or is_typo_edit(as_written, written(target).casefold()):
        return target
    if not has_marks(reading[0]):
        unmarked = target[1:].casefold()
        return match_case(target[1:], unmarked) if has_marks(target[0]) and unmarked in target_group.spellings else target
    close = sorted(key for key in target_group.written_spellings()
                   if has_marks(key[0]) and is_typo_edit(as_written, written(key)))
    return match_case(target, close[0]) if close else target


def _typo_candidates(
    group: Group, groups: dict[str, Group], neighbours: NeighbourIndex, index: TableIndex,
    evidence: ArabicEvidence | None, letters: set[str] | None, short: bool = False,
) -> list[_Candidate]:
    """The frequent groups or table names (folded) that ``group`` may be a typo of, in the
    reading of the group most like a slip (:meth:`Group.readings`); in a ``short`` corpus a
    safe slip needs a target seen only twice."""
    found = []
    fold, total, readings = group.fold, group.occurrences, group.readings()
    for candidate in sorted(neighbours.neighbours(fold)):
        target_group, in_table = groups.get(candidate), candidate in index.by_fold
        count = target_group.occurrences if target_group else 0
        if frozenset((fold, candidate)) in index.distinct_pairs or not in_table and count <= total:
            continue  # a group is a typo of a more frequent one only, or of a table name
        target = _target_form(candidate, groups, index)
        (two_names, slip), reading = max(
            ((_reading_slip(reading, spellings, target, target_group, evidence, letters), reading)
             for reading, spellings in readings),
            key=lambda option: option[0][1],
        )
        if slip != Slip.NO and (in_table and total <= MAX_RARE or two_names is False and count > total
                                or outnumbers(count, total, repeated_slip_ratio(slip, reading, target),
                                              safe=short and slip == Slip.SAFE)):
            found.append(_Candidate(candidate, (1 << 30) if in_table else count, slip))
        elif slip >= Slip.WRONG_SPELLING and MAX_RARE < total <= MAX_COPIED and count > total:
            found.append(_Candidate(candidate, count, slip, copied=True))
    return found


def check_variants(
    corpus: Corpus, evidence: ArabicEvidence | None = None, contexts: ContextSource | None = None,
) -> Marks:
    """The marks of the four name-variant rules for the whole corpus.  ``evidence``: the
    aligned Arabic; ``contexts``: the inputs' name contexts (:mod:`.context`)."""
    index = TableIndex.build(corpus.table)
    marks: Marks = {}
    used = _rejected_marks(corpus.all_forms, index, marks) if index.rejected else set()
    groups = build_groups(corpus.all_forms, used)
    index.written_marks = _count_written_marks(groups)
    for group in groups.values():
        if len(group.spellings) > 1 or index.entry_for(group.fold):
            _variant_marks(group, index, corpus.vocabulary, marks)
    _typo_marks(corpus, groups, index, evidence, contexts, marks)
    return marks
