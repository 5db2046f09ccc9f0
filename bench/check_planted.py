"""Planted-variant evaluation text for `translit check` (used by bench/check_bench.py).

Reproducible from a seed.  Names are real Arabic given names, kunyas, nisbas and places
(hand-written list below, DMG/DIN 31635 spelling; 3 to 12 letters), or, with
``names_from="pattern"``, names made from random roots in the patterns of Arabic names (faʿīl,
faʿʿāl, fuʿail, mufaʿʿal ...) that the shipped lexicon does not read: they measure the check
without its lexicon.  They are rendered in one scheme per
corpus (DMG; ALA-LC/IJMES with sh/kh/th/dh/gh/j and the ʻ ʼ modifier letters; or "ascii", the
ALA-LC letters without diacritics and with ' for ʿayn and hamza, as in most English
translations: 'Umar, Mu'adh), combined into
one-word and multiword names (al-, ibn, Abū, ʿAbd al-, Umm), with Zipf-like frequencies: every
planted name appears at least ``MIN_USES`` times correctly, and some names appear only once or
twice *unplanted* (rare distinct names, which must not be flagged).  The distinct look-alike
pairs of the issue (Masrūr / Masʿūd, Saʿd / Saʿīd, Jalāl / Jamāl, Ḥasan / Ḥusayn) appear both
frequent / frequent and frequent / rare.

Planted variants, each once or twice beside the correct form:
* mark: an ʿayn or hamza written with another look-alike (ʿ ʻ ‘ ’ ' ` ʾ ʼ ´) or dropped;
* diacritic: one macron or underdot dropped, or a macron added;
* typo: one letter inserted, deleted, substituted, two letters transposed, or one doubled, at
  any position (the kind and whether it hit the first or last letter are recorded, so the
  benchmark reports recall per kind); a typo that happens to spell another name of the list
  is drawn again.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from string import Formatter

GIVEN = """Aḥmad Muḥammad Maḥmūd Muṣṭafā ʿAlī ʿUmar ʿUṯmān Ḥasan Ḥusayn Ḥassān Ḫālid Ṭāriq Zayd
Saʿd Saʿīd Masʿūd Masrūr Ǧalāl Ǧamāl Karīm Raḥīm Yūsuf Ibrāhīm Ismāʿīl Isḥāq Yaʿqūb Mūsā ʿĪsā
Sulaymān Dāwūd Nūḥ Ṣāliḥ Hāšim Qāsim Ǧaʿfar ʿAbbās Ḥamza ʿAqīl Bilāl Salmān Anas Ǧābir Ṭalḥa
Zubayr Muʿāwiya Yazīd Marwān Hišām Walīd Manṣūr Hārūn Maʾmūn Muʿtaṣim Ṣalāḥ Nūr Šams Badr
Fayṣal Fahd Sulṭān Nāṣir Munīr Samīr Bašīr Naḏīr Ṭāhir Ẓāfir Ġassān Luʾay Ḏakwān Šuʿayb Ṯābit
Ḫadīǧa Fāṭima ʿĀʾiša Zaynab Maryam Asmāʾ Ruqayya Ḥafṣa Sumayya Ḥalīma Laylā Salmā Hind Nāʾila
Muqtadā Haydar Nawzād Kākaʾī Ǧawād Riḍā Kāẓim Mahdī ʿAbd Raʾūf Ḍiyāʾ Iḥsān Wiṣāl Taḥsīn
Sirwān Dilšād Hūšyār Barham Nēčīrvān Maʿṣūm Fuʾād Nizār Muʾayyad Muḫtār Ġāzī Ḏiyāb Qutayba
""".split()
DIVINE = "Raḥmān Raḥīm Karīm Wahhāb Razzāq Ǧabbār Laṭīf Ḥamīd Maǧīd ʿAzīz Ḥakīm Salām".split()
NISBAS = """Bārzānī Ṭālabānī Ṣadr Ḥakīm Ǧubūrī Dulaymī Šammarī Tamīmī Kubaysī Ḫafāǧī Ṭāʾī
Baġdādī Mawṣilī Baṣrī Kūfī Ḥalabī Dimašqī Miṣrī Maġribī Anṣārī Qurašī Hāšimī Ṭabarī Buḫārī
Tirmiḏī Nasāʾī Šāfiʿī Ḥanbalī Ḫawārizmī Isfahānī Kurdī Sulaymānī Zaydī Sistānī""".split()
PLACES = """Baġdād Mawṣil Arbīl Kirkūk Duhūk Ḥalabǧa Sulaymāniyya Baṣra Naǧaf Karbalāʾ Fallūǧa
Ramādī Tikrīt Sāmarrāʾ Dimašq Ḥalab Ḥimṣ Ḥamā Raqqa Dayr Qāmišlī ʿAfrīn Kūbānī Bayrūt ʿAmmān
Qudṣ Ġazza Ṣanʿāʾ ʿAdan Riyāḍ Ǧidda Makka Madīna Dawḥa Kuwayt Manāma Masqaṭ Ṭahrān Anqara""".split()
DISTINCT_PAIRS = [("Masrūr", "Masʿūd"), ("Saʿd", "Saʿīd"), ("Ǧalāl", "Ǧamāl"), ("Ḥasan", "Ḥusayn")]

NEWS = [
    "On {day} {a} met {b} in {p} to discuss the budget and the border crossings.",
    "According to {a}, the talks with {b} will continue next week in {p}.",
    "{a} told reporters in {p} that {b} had not been informed of the decision.",
    "The delegation led by {a} arrived in {p} after {b} had already left.",
    "Officials close to {a} said that {b} would visit {p} before the elections.",
    "In a statement, the office of {a} welcomed the agreement reached with {b}.",
    "Forces loyal to {a} entered {p} on {day}, a spokesman for {b} said.",
]
SCHOLARLY = [
    "{a} transmitted the report from {b}, who heard it in {p}.",
    "The manuscript copied by {a} in {p} preserves the commentary of {b}.",
    "According to {a}, {b} taught in {p} until the end of his life.",
    "{b} cites {a} twice in the chapter on inheritance, both times with approval.",
    "The biography of {a} mentions a journey to {p} in the company of {b}.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

#: ʿayn/hamza look-alikes a writer may type.
MARKS = ["ʿ", "ʻ", "‘", "’", "'", "`", "ʾ", "ʼ", "´"]
#: The characters a scheme writes ʿayn and hamza with (ASCII: the apostrophe).
_MARKED = "ʿʾʻʼ'"
_ALA_LC = {"š": "sh", "ḫ": "kh", "ṯ": "th", "ḏ": "dh", "ġ": "gh", "ǧ": "j", "Š": "Sh", "Ḫ": "Kh",
           "Ṯ": "Th", "Ḏ": "Dh", "Ġ": "Gh", "Ǧ": "J", "ʿ": "ʻ", "ʾ": "ʼ", "č": "ch", "Č": "Ch"}
_LETTERS = "abdfhijklmnqrstuwyzāīūḥṣḍṭẓ"
MIN_USES = 3


@dataclass
class Planted:
    text: str
    truth: dict[tuple[int, int], str]   # (line, col) of each planted variant -> kind
    words: int


def in_scheme(name: str, scheme: str) -> str:
    if scheme == "dmg":
        return name
    ala_lc = "".join(_ALA_LC.get(c, c) for c in name)
    if scheme == "ala-lc":
        return ala_lc
    plain = unicodedata.normalize("NFD", ala_lc.replace("ʻ", "'").replace("ʼ", "'"))
    return unicodedata.normalize("NFC", "".join(c for c in plain if not unicodedata.combining(c)))


#: Consonants of pattern names (DMG), and the patterns of Arabic given names and nisbas (1 2 3:
#: the root's letters).
_ROOT_LETTERS = "bdfhklmnqrstwyzḥṣḍṭẓʿǧḫġšṯḏ"
_PATTERNS = ("1a2ī3", "1a22ā3", "1u2ai3", "1ā2i3", "ma12ū3", "1a23ān", "1a2ā3", "1i2ā3", "mu1a22a3",
             "mu12i3", "1u2ū3", "1a2ī3a", "1ā2ī3", "1a23ī", "1u2ai3ī")


def pattern_names(rng: random.Random, count: int) -> list[str]:
    """Pronounceable Arabic-like names from random roots that the shipped lexicon does not
    read (so it cannot vouch for them)."""
    from translit_cli.checks.known import Precision, reads_as_written
    from translit_cli.checks.plausible import is_plausible_written
    from translit_cli.normalize import fold_latin

    names: dict[str, str] = {}  # by folded form: Maḥīd and Mahīd would be one name's variants
    while len(names) < count:
        root = rng.sample(_ROOT_LETTERS, 3)
        form = "".join(root[int(c) - 1] if c.isdigit() else c for c in rng.choice(_PATTERNS))
        if form[0] in "wy" or not is_plausible_written(form) or reads_as_written(form, Precision.LENGTH):
            continue
        names.setdefault(fold_latin(form), form[0] + form[1].upper() + form[2:] if form[0] == "ʿ"
                         else form[0].upper() + form[1:])
    return sorted(names.values())


def _capital(word: str) -> str:
    index = next(i for i, c in enumerate(word) if c.isalpha())
    return word[:index] + word[index].upper() + word[index + 1:]


def make_names(rng: random.Random, count: int, names_from: str = "real") -> list[str]:
    """Varied one-word and multiword names (with al-, ibn, Abū, ʿAbd al-, Umm) of real
    names, or of ``pattern`` names (:func:`pattern_names`)."""
    given_names = GIVEN if names_from == "real" else pattern_names(rng, len(GIVEN))
    nisbas = NISBAS if names_from == "real" else pattern_names(rng, len(NISBAS))
    names: set[str] = set(given_names[:40])
    while len(names) < count:
        shape = rng.random()
        given, other = rng.choice(given_names), rng.choice(given_names)
        if shape < 0.3:
            names.add(given)
        elif shape < 0.5:
            names.add(f"{given} al-{rng.choice(nisbas)}")
        elif shape < 0.65:
            names.add(f"{given} ibn {other}")
        elif shape < 0.75:
            names.add(f"Abū {given}")
        elif shape < 0.85:
            names.add(f"ʿAbd al-{rng.choice(DIVINE)}")
        elif shape < 0.9:
            names.add(f"Umm {given}")
        else:
            names.add(f"{given} {rng.choice(nisbas)}")
    return sorted(names)


def _mark_variant(word: str, rng: random.Random) -> str | None:
    places = [i for i, c in enumerate(word) if c in _MARKED]
    if not places:
        return None
    i = rng.choice(places)
    choices = [m for m in MARKS if m != word[i]] + [""]
    replacement = rng.choice(choices)
    if replacement == "" and i == 0:
        return _capital(word[1:])
    return word[:i] + replacement + word[i + 1:]


def _diacritic_variant(word: str, rng: random.Random) -> str | None:
    decomposed = [unicodedata.normalize("NFD", c) for c in word]
    marked = [i for i, d in enumerate(decomposed) if len(d) > 1 and d[0] not in "ʿʾ"]
    plain_vowels = [i for i, c in enumerate(word) if c in "aiu"]
    if marked and (not plain_vowels or rng.random() < 0.7):
        i = rng.choice(marked)
        return word[:i] + decomposed[i][0] + word[i + 1:]
    if plain_vowels:
        i = rng.choice(plain_vowels)
        return word[:i] + {"a": "ā", "i": "ī", "u": "ū"}[word[i]] + word[i + 1:]
    return None


#: QWERTY neighbours: a typist's wrong key is usually next to the right one.
_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
#: Share of real misspellings that get the first letter wrong: small (Pollock & Zamora 1983,
#: Kukich 1992 survey, "Techniques for automatically correcting words in text").
FIRST_LETTER_SHARE = 0.07
#: Vowel-for-vowel substitutions lead real confusion matrices (Kernighan, Church & Gale 1990).
VOWEL_FOR_VOWEL_SHARE = 0.6
_VOWEL_LETTERS = "aiuāīū"


def _keyboard_neighbours(letter: str) -> str:
    base = unicodedata.normalize("NFD", letter)[0]
    for row_index, row in enumerate(_KEYBOARD_ROWS):
        if base in row:
            column = row.index(base)
            near = [row[max(0, column - 1):column], row[column + 1:column + 2]]
            for other in (row_index - 1, row_index + 1):
                if 0 <= other < len(_KEYBOARD_ROWS):
                    near.append(_KEYBOARD_ROWS[other][max(0, column - 1):column + 1])
            return "".join(near)
    return _LETTERS


def _slip_letter(near: str, rng: random.Random, realistic: bool) -> str:
    """The letter typed by mistake instead of (or beside) ``near``."""
    if not realistic:
        return rng.choice(_LETTERS)
    if near in _VOWEL_LETTERS and rng.random() < VOWEL_FOR_VOWEL_SHARE:
        return rng.choice([v for v in _VOWEL_LETTERS if v != near])
    return rng.choice(_keyboard_neighbours(near))


def _slip_position(letters: list[int], rng: random.Random, realistic: bool) -> int:
    if not realistic or len(letters) < 2:
        return rng.choice(letters)
    return letters[0] if rng.random() < FIRST_LETTER_SHARE else rng.choice(letters[1:])


def _typo(written: str, rng: random.Random, realistic: bool = True) -> tuple[str, str]:
    """(the word with one slip, the kind of slip: insert, delete, substitute, transpose or
    double, with ``-first`` or ``-last`` when it touches the first or the last letter).
    ``realistic`` draws positions and letters as real typists err (rarely the first letter;
    vowels for vowels, neighbouring keys); otherwise uniformly (a stress test)."""
    word = written.lower()
    letters = [i for i, c in enumerate(word) if c.isalpha()]
    i = _slip_position(letters, rng, realistic)
    kind = rng.choice(["insert", "delete", "substitute", "transpose", "double"])
    letter = _slip_letter(word[i], rng, realistic)
    if kind == "insert":
        typo = word[:i] + letter + word[i:]
    elif kind == "delete" and len(letters) > 3:
        typo = word[:i] + word[i + 1:]
    elif kind == "substitute" and letter != word[i]:
        typo = word[:i] + letter + word[i + 1:]
    elif kind == "transpose" and i + 1 < len(word) and word[i + 1].isalpha():
        typo = word[:i] + word[i + 1] + word[i] + word[i + 2:]
    else:
        kind, typo = "double", word[:i] + word[i] + word[i:]
    where = "-first" if i == letters[0] else "-last" if i == letters[-1] else ""
    return (_capital(typo) if written != word else typo), kind + where


def plant(name: str, rng: random.Random, known: set[str], realistic: bool = True,
          ) -> tuple[str, str, int] | None:
    """(kind, variant name, offset of the changed word in it): one word of the name changed
    one way; None if it cannot be."""
    words = name.split(" ")
    positions = [i for i, w in enumerate(words) if w not in ("ibn", "Abū", "Umm", "al-")]
    for _ in range(20):
        i = rng.choice(positions)
        prefix, word = ("al-", words[i][3:]) if words[i].startswith("al-") else ("", words[i])
        kinds = ["diacritic", "typo", "typo"] + ["mark"] * 2 * any(c in _MARKED for c in word)
        kind = rng.choice(kinds)
        if kind == "typo":
            variant, slip = _typo(word, rng, realistic)
            kind = f"typo:{slip}"
        else:
            variant = {"mark": _mark_variant, "diacritic": _diacritic_variant}[kind](word, rng)
        if variant and variant != word and variant.casefold() not in known and len(variant) > 1:
            offset = sum(len(w) + 1 for w in words[:i]) + len(prefix)
            return kind, " ".join(words[:i] + [prefix + variant] + words[i + 1:]), offset
    return None


def planted_corpus(seed: int, names: int = 220, scheme: str = "dmg", realistic: bool = True,
                   names_from: str = "real") -> Planted:
    rng = random.Random(seed)
    pool = [in_scheme(n, scheme) for n in make_names(rng, names, names_from)]
    rng.shuffle(pool)
    known = {w.casefold() for n in pool for w in n.replace("al-", "").split(" ")}
    known |= {in_scheme(w, scheme).casefold() for pair in DISTINCT_PAIRS for w in pair}
    uses = [n for rank, n in enumerate(pool) for _ in range(MIN_USES + 30 // (rank + 3))]
    rare = [in_scheme(n, scheme) for n in rng.sample(NISBAS + PLACES, 12)]
    uses += rare  # rare distinct names, never planted
    for first, second in DISTINCT_PAIRS:
        first, second = in_scheme(first, scheme), in_scheme(second, scheme)
        uses += [first] * 6 + [second] * rng.choice([1, 5])
    targets = [n for n in pool if rng.random() < 0.45]
    slots: list[tuple[str, str, int]] = [("", n, 0) for n in uses]
    for name in targets:
        variant = plant(name, rng, known, realistic)
        if variant:
            slots += [variant] * rng.choice([1, 1, 2])
    rng.shuffle(slots)
    lines, truth = [], {}
    templates = NEWS + SCHOLARLY
    places = [in_scheme(p, scheme) for p in PLACES]
    for number in range(0, len(slots) - 1, 2):
        values = {"a": slots[number], "b": slots[number + 1],
                  "p": ("", rng.choice(places), 0), "day": ("", rng.choice(DAYS), 0)}
        line = ""
        for literal, field, _, _ in Formatter().parse(rng.choice(templates)):
            line += literal
            if field:
                kind, form, offset = values[field]
                if kind:
                    truth[(2 * len(lines) + 1, len(line) + offset + 1)] = kind
                line += form
        lines.append(line)
    text = "\n\n".join(lines) + "\n"
    return Planted(text, truth, len(text.split()))
