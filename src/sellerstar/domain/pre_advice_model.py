"""The learned part of the pre-advice classifier: a linear model over n-grams, standard library.

``scripts/train_pre_advice_model.py`` fits a logistic regression (scikit-learn) on the
labelled corpus (``benchmarks/data/pre_advice/corpus.csv``) over the features that
:func:`features` gives, and writes the artefact this module reads
(``domain/data/pre_advice_model.json.gz``): the vocabulary with each n-gram's inverse
document frequency and weight, the intercept, the decision threshold, the training
parameters and the SHA-256 of the corpus it was fitted on. Loading is plain JSON (no
pickle); scoring is arithmetic on that table, so it is deterministic and needs neither
numpy nor scikit-learn at run time.

The features are language-independent: character n-grams of 2 to 5 inside word
boundaries (scikit-learn's ``char_wb``), which need no segmentation and work for Chinese,
Japanese and Korean as for Latin scripts, word unigrams and bigrams, and the
cross-language concept cues of :mod:`sellerstar.domain.pre_advice_cues` ("announced",
"label", "not yet", "arrived", ... in any of the platform's languages). The text is
normalised first (NFKC, case folded, typographic apostrophes, digits as ``0``, spacing,
carriers' names as the word "carrier").

>>> features("Label created")[:6]
[' l', 'la', 'ab', 'be', 'el', 'l ']
>>> [f for f in features("Label created") if f.startswith(WORD_PREFIX)]
['\\x01label', '\\x01created', '\\x01label created']
"""

from __future__ import annotations

import gzip
import json
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from itertools import pairwise
from typing import Any, NamedTuple

from sellerstar.domain.pre_advice_cues import (
    CUE_PREFIX,
    cues,
    marked_cues,
    mask_carriers,
    token_marks,
)

ARTEFACT = "pre_advice_model.json.gz"
FORMAT = 5
WORD_PREFIX = "\x01"  # marks word n-grams apart from character n-grams
CHAR_SIZES = (2, 5)
WORD_SIZES = (1, 2)
_DIGITS = re.compile(r"\d")
_WORDS = re.compile(r"\w+")
_WORD_CACHE = 200_000  # distinct words whose n-grams are kept
_EVIDENCE = 3  # the most n-grams an explanation names


def normalise(text: str) -> str:
    """The text the features are taken from: the same event written by different feeds
    differs in case, width, spacing, apostrophes and numbers (dates, depots, counts).

    >>> normalise("  Shipment  Information   RECEIVED by DHL 12.03.")
    'shipment information received by carrier 00.00.'
    """
    return form(fold(text))


def fold(text: str) -> str:
    """Width, case and apostrophes folded (the first step of :func:`normalise`)."""
    return unicodedata.normalize("NFKC", text).casefold().replace("\u2019", "'")


def form(folded: str) -> str:
    """:func:`normalise` of a text already :func:`fold`-ed."""
    return mask_carriers(" ".join(_DIGITS.sub("0", folded).split()))


def _char_grams(word: str) -> list[str]:
    # scikit-learn's char_wb: n-grams of the word padded with one space each side.
    padded = f" {word} "
    size = len(padded)
    grams: list[str] = []
    low, high = CHAR_SIZES
    for n in range(low, min(high, size) + 1):
        grams.extend(padded[i : i + n] for i in range(size - n + 1))
    return grams


def _word_grams(clean: str) -> list[str]:
    words = _WORDS.findall(clean)
    first, last = WORD_SIZES
    return [
        WORD_PREFIX + " ".join(words[i : i + n])
        for n in range(first, last + 1)
        for i in range(len(words) - n + 1)
    ]


def features(text: str) -> list[str]:
    """The n-grams of a text (normalised here), in order, repeats kept."""
    clean = normalise(text)
    grams = [gram for word in clean.split() for gram in _char_grams(word)]
    return grams + _word_grams(clean) + cues(clean)


def shown(gram: str) -> str:
    """An n-gram as an explanation prints it: word n-grams bare, character n-grams in
    single quotes with their word-boundary spaces, concept cues as ``cue:<concept>``.

    >>> shown(WORD_PREFIX + "label created"), shown(" lab"), shown(CUE_PREFIX + "label")
    ('label created', "' lab'", 'cue:label')
    """
    if gram.startswith(WORD_PREFIX):
        return gram[len(WORD_PREFIX) :]
    if gram.startswith(CUE_PREFIX):
        return f"cue:{gram[len(CUE_PREFIX) :]}"
    return f"'{gram}'"


@dataclass(frozen=True)
class Score:
    """The model's margin (log-odds of pre-advice, before the threshold) and the n-grams
    that pushed it most toward the verdict, strongest first. ``uncertain``: a real-scan
    verdict inside the review band (margin from ``Model.review_from`` up to the
    threshold), where too many pre-advice texts of unseen carriers fall for a machine to
    let it pass alone."""

    margin: float
    pre_advice: bool
    evidence: tuple[str, ...]
    uncertain: bool = False


class _Word(NamedTuple):
    """A word's part of the sums, and its strongest n-grams each way (explanations)."""

    pull: float  # sum of weight * idf over its known character n-grams and word unigrams
    square: float  # sum of idf ** 2 over them
    top: tuple[tuple[float, str], ...]  # (-pull, gram), strongest toward pre-advice first
    bottom: tuple[tuple[float, str], ...]  # (pull, gram), strongest toward real first
    tokens: tuple[str, ...]  # its \w+ tokens (word n-grams are made of them)
    marks: tuple[str | None, ...]  # its tokens' concept marks (pre_advice_cues)


class Model:
    """A loaded artefact: ``margin(text)`` is the sum the training script's fitted pipeline
    computes: ``intercept + sum(count * idf * weight) / sqrt(sum(count * idf ** 2))`` over
    the text's known n-grams (see ``benchmarks/pre_advice_training.py``).

    Both sums add up word by word, and a word's part is computed once and cached: words
    repeat far more than texts do. The order of the sums is the text's, so a verdict is
    the same on every run.
    """

    def __init__(self, artefact: dict[str, Any]) -> None:
        if artefact.get("format") != FORMAT:
            raise ValueError(f"pre-advice model format {artefact.get('format')!r} is not {FORMAT}")
        self.meta: dict[str, Any] = {
            k: v for k, v in artefact.items() if k not in ("vocabulary", "labelled")
        }
        # The training texts' labels, by normalised text: a text the corpus holds is
        # judged as it was labelled, not as the model would guess.
        self._labelled: dict[str, bool] = {
            form: bool(label) for form, label in artefact.get("labelled", {}).items()
        }
        self.intercept = float(artefact["intercept"])
        self.threshold = float(artefact["threshold"])
        self.review_from = float(artefact["review_from"])
        # gram -> (weight * idf: its pull on the margin before the norm, idf squared).
        self._table: dict[str, tuple[float, float]] = {
            gram: (float(idf) * float(weight), float(idf) * float(idf))
            for gram, (idf, weight) in artefact["vocabulary"].items()
        }
        self._words: dict[str, _Word] = {}

    @property
    def corpus_sha256(self) -> str:
        return str(self.meta["corpus_sha256"])

    def __len__(self) -> int:
        return len(self._table)

    def labelled(self, text: str) -> bool | None:
        """The corpus's label of the text (normalised), if the model was trained on it."""
        return self._labelled.get(normalise(text))

    def labelled_form(self, clean: str) -> bool | None:
        """``labelled`` of a text already normalised (:func:`normalise`)."""
        return self._labelled.get(clean)

    def _word(self, word: str) -> _Word:
        found = self._words.get(word)
        if found is None:
            get = self._table.get
            tokens = tuple(_WORDS.findall(word))
            grams = _char_grams(word) + [WORD_PREFIX + token for token in tokens]
            known = [(entry, gram) for gram in grams if (entry := get(gram))]
            pulls = {gram: entry[0] for entry, gram in known}
            found = _Word(
                sum([entry[0] for entry, _ in known]),
                sum([entry[1] for entry, _ in known]),
                tuple(sorted([(-pull, gram) for gram, pull in pulls.items()])[:_EVIDENCE]),
                tuple(sorted([(pull, gram) for gram, pull in pulls.items()])[:_EVIDENCE]),
                tokens,
                token_marks(word),
            )
            if len(self._words) < _WORD_CACHE:
                self._words[word] = found
        return found

    def contributions(self, text: str) -> dict[str, float]:
        """Each known n-gram's share of the margin (the intercept aside)."""
        table = self._table
        counts: dict[str, int] = {}
        for gram in features(text):
            if gram in table:
                counts[gram] = counts.get(gram, 0) + 1
        norm = math.sqrt(sum(count * table[gram][1] for gram, count in counts.items()))
        return {g: c * table[g][0] / norm for g, c in sorted(counts.items())} if norm else {}

    def margin(self, text: str) -> float:
        return self.score(text).margin

    def score(self, text: str, evidence: int = 3) -> Score:
        return self.score_form(normalise(text), evidence)

    def score_form(self, clean: str, evidence: int = 3) -> Score:
        """``score`` of a text already normalised (:func:`normalise`).

        The sums of :func:`features`'s n-grams, taken word by word from the words' cached
        parts (character n-grams and word unigrams), then the word n-grams that span
        tokens and the cues.
        """
        cache = self._words
        get = self._table.get
        parts = [cache.get(word) or self._word(word) for word in clean.split()]
        spanning: list[tuple[tuple[float, float], str]] = []
        tokens = [token for part in parts for token in part.tokens]
        if WORD_SIZES == (1, 2):  # the shipped features: pairs, without slicing
            for gram in [f"{WORD_PREFIX}{a} {b}" for a, b in pairwise(tokens)]:
                if entry := get(gram):
                    spanning.append((entry, gram))
        else:
            for size in range(2, WORD_SIZES[1] + 1):
                for i in range(len(tokens) - size + 1):
                    gram = WORD_PREFIX + " ".join(tokens[i : i + size])
                    if entry := get(gram):
                        spanning.append((entry, gram))
        for gram in marked_cues([mark for part in parts for mark in part.marks], clean):
            if entry := get(gram):
                spanning.append((entry, gram))
        dot = sum([part.pull for part in parts]) + sum([entry[0] for entry, _ in spanning])
        square = sum([part.square for part in parts]) + sum([e[1] for e, _ in spanning])
        margin = self.intercept + (dot / math.sqrt(square) if square else 0.0)
        verdict = margin > self.threshold
        uncertain = not verdict and margin >= self.review_from
        # The n-grams that pushed toward the verdict, strongest first: a text's strongest
        # are among its words' strongest (cached) and its spanning n-grams and cues.
        # Candidates are (-pull toward the verdict, gram): the smallest are the strongest,
        # ties broken by the gram, so an explanation is the same on every run.
        if verdict:
            candidates = [(-entry[0], gram) for entry, gram in spanning]
            for part in parts:
                candidates += part.top
        else:
            candidates = [(entry[0], gram) for entry, gram in spanning]
            for part in parts:
                candidates += part.bottom
        candidates.sort()
        named: list[str] = []
        wanted = min(evidence, _EVIDENCE)
        for value, gram in candidates:
            if len(named) == wanted or value >= 0:
                break
            if not named or named[-1] != gram:  # sorted: a repeated gram is adjacent
                named.append(gram)
        return Score(margin, verdict, tuple(named), uncertain)


def load(data: bytes) -> Model:
    """A model from an artefact's bytes (gzip-compressed JSON)."""
    return Model(json.loads(gzip.decompress(data).decode("utf-8")))


@cache
def shipped() -> Model:
    """The artefact shipped in the package (read once)."""
    return load(files("sellerstar.domain").joinpath("data", ARTEFACT).read_bytes())
