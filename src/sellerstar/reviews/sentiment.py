"""Is a review's content positive? (rulebook §5.8: the well-reviewed pool's direct-review branch)

A linear classifier over character n-grams (any script, no segmentation needed) and word
n-grams (negation: "not bad" against "not good"), trained at first use from the labelled
corpus shipped with the package (``reviews/data/sentiment_train.csv``). Neutral texts
("ok", "一般般", "received") are *not* positive: the pool wants content that speaks for
the product. docs/reviews-text.md gives the corpus, the method and the measured accuracy.

>>> [s.positive for s in classify(["Good quality, fast shipping", "质量太差了", "  "])]
[True, False, False]
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

import ahocorasick
import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion

CORPUS_FILE = "sentiment_train.csv"
LEXICON_FILE = "sentiment_lexicon.csv"
POSITIVE = "positive"
NOT_POSITIVE = "not_positive"
# One text in five (by a hash of its text, so the split never depends on file order) is
# held out: the benchmark and the regression test measure a model that never saw it.
HELD_OUT_SHARE = 5
EVIDENCE_SIZE = 3
# Chosen by cross-validation on the training split only (benchmarks/sentiment_accuracy.py).
REGULARISATION = 10.0
RANDOM_STATE = 0


def _words(listed: str) -> frozenset[str]:
    """The words of a space-separated list (long word lists read best as text)."""
    return frozenset(listed.split())


# Words that turn the meaning of what follows; the words after one, up to the next
# punctuation, get a "not_" twin so "not very good" learns apart from "very good".
_NEGATORS = _words(
    "not no never nothing nobody don't doesn't didn't isn't wasn't aren't weren't won't "
    "can't couldn't wouldn't haven't hasn't hadn't without neither nor dont doesnt didnt "
    "isnt wasnt cant wont"
)
_CLAUSE_END = re.compile(r"[.,;:!?，。；：！？、()（）\"“”]+")
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")

# The lexicon (reviews/data/sentiment_lexicon.csv) gives the classifier prior knowledge
# that a corpus of a thousand texts cannot: each cue found adds one shared feature per
# polarity, so a rare word ("flawless", "偷工减料") weighs like the common ones. Cues of these
# languages are matched inside words (no spaces between words, or particles glued on).
_UNSPACED_LANGUAGES = frozenset({"zh", "ja", "ko", "ar"})
# Negators of the spaced languages, looked for in the three words before a cue.
_LEXICON_NEGATORS = _NEGATORS | _words(
    "no nunca sin pas ne jamais sans nicht kein keine keinen keiner nie ohne não nao sem "
    "non mai senza не нет без ни لا ليس لم لن غير بدون"
)
# Characters that negate the CJK cue they stand (up to two characters) before: 不太满意.
_CJK_NEGATORS = frozenset("不没沒无無未")
# What follows one of these usually carries the verdict: "good price but broken".
_CONTRAST = re.compile(
    r"\b(?:but|however|yet|pero|mais|aber|leider|mas|porém|ma|però|но|однако|ama|fakat)\b"
    r"|但是|但|可惜|不过|就是|لكن|けど|が、|지만|는데"
)
_POLARITY_CODES = {"positive": "+", "negative": "-", "neutral": "0"}


@dataclass(frozen=True)
class Sentiment:
    """The verdict on one text: positive when the probability reaches the threshold.

    ``evidence`` holds the few n-grams that pushed the decision most, for operators.
    """

    positive: bool
    probability: float
    evidence: tuple[str, ...]


@dataclass(frozen=True)
class Example:
    """One labelled text of the corpus."""

    text: str
    positive: bool
    language: str
    source: str

    @property
    def held_out(self) -> bool:
        return is_held_out(self.text)


def is_held_out(text: str) -> bool:
    """Whether a corpus text belongs to the held-out test split (stable across runs)."""
    digest = hashlib.sha256(normalise(text).encode("utf-8")).digest()
    return digest[0] % HELD_OUT_SHARE == 0


def normalise(text: str) -> str:
    """NFKC (full-width forms, compatibility characters), lower case, single spaces."""
    folded = unicodedata.normalize("NFKC", text).casefold().replace("’", "'")
    return " ".join(folded.split())


def _word_tokens(text: str) -> list[str]:
    tokens: list[str] = []
    for clause in _CLAUSE_END.split(text):
        negated = False
        for word in _WORD.findall(clause):
            tokens.append(f"not_{word}" if negated else word)
            if word in _NEGATORS:
                negated = True
    return tokens


@dataclass(frozen=True)
class Cue:
    """A lexicon cue found in a text: its feature (polarity, negated, after a contrast)."""

    feature: str
    surface: str


class Lexicon:
    """Finds the cues of the lexicon in a normalised text, leftmost longest first."""

    def __init__(self, rows: Iterable[tuple[str, str, str]]):
        self._polarity: dict[str, str] = {}
        self._automaton = ahocorasick.Automaton()
        for cue, polarity, language in rows:
            prefix = cue.endswith("*")
            word = normalise(cue.removesuffix("*"))
            if not word or word in self._polarity:
                continue
            self._polarity[word] = _POLARITY_CODES[polarity]
            bounded = language not in _UNSPACED_LANGUAGES
            self._automaton.add_word(word, (word, bounded, prefix))
        self._automaton.make_automaton()

    def _matches(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, cue) of the cues in text: leftmost first, then longest, no overlap."""
        if not self._polarity:
            return []
        candidates = []
        for last, (word, bounded, prefix) in self._automaton.iter(text):
            start, end = last + 1 - len(word), last + 1
            if bounded:
                if start > 0 and _is_word_char(text[start - 1]):
                    continue
                if prefix:
                    while end < len(text) and _is_word_char(text[end]):
                        end += 1
                elif end < len(text) and _is_word_char(text[end]):
                    continue
            candidates.append((start, -(end - start), end, word))
        chosen: list[tuple[int, int, str]] = []
        for start, _, end, word in sorted(candidates):
            if not chosen or start >= chosen[-1][1]:
                chosen.append((start, end, word))
        return chosen

    def cues(self, text: str) -> list[Cue]:
        found: list[Cue] = []
        previous_end = 0
        for start, end, word in self._matches(text):
            clause_start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, start)), default=0)
            # A negator belonging to the cue before ("不错" in "不错好") negates nothing.
            before = text[max(clause_start, previous_end) : start]
            previous_end = end
            negator = self._negator(before, word)
            feature = ("not" if negator is not None else "") + self._polarity[word]
            surface = f"{negator or ''}{text[start:end]}"
            found.append(Cue(feature, surface))
            if _CONTRAST.search(text, 0, start) is not None:
                found.append(Cue("but" + feature, surface))
        return found

    @staticmethod
    def _negator(before: str, word: str) -> str | None:
        """The negating words before a cue, as shown in evidence, or None."""
        if word[:1] >= "\u2e80":  # CJK, kana, hangul: a negating character just before
            window = before[-5:]
            for at, char in enumerate(window):
                if char in _CJK_NEGATORS:
                    return window[at:]
            return None
        words = _WORD.findall(before)[-3:]
        for at, candidate in enumerate(words):
            if candidate in _LEXICON_NEGATORS or candidate.endswith("n't"):
                return " ".join(words[at:]) + " "
        return None


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char in "_'"


def read_lexicon(data: str) -> Lexicon:
    """A lexicon from CSV text with the columns cue, polarity, language."""
    rows = [
        (row["cue"], row["polarity"], row["language"]) for row in csv.DictReader(io.StringIO(data))
    ]
    return Lexicon(rows)


@cache
def load_lexicon() -> Lexicon:
    """The cue lexicon shipped as package data."""
    return read_lexicon(
        files("sellerstar.reviews").joinpath("data", LEXICON_FILE).read_text("utf-8")
    )


def _lexicon_features(text: str) -> list[str]:
    return [cue.feature for cue in load_lexicon().cues(normalise(text))]


def read_corpus(data: str) -> tuple[Example, ...]:
    """Examples from CSV text with the columns text, label, language, source."""
    reader = csv.DictReader(io.StringIO(data))
    examples = []
    for row in reader:
        if row["label"] not in (POSITIVE, NOT_POSITIVE):
            raise ValueError(f"unknown label {row['label']!r} for {row['text']!r}")
        examples.append(
            Example(row["text"], row["label"] == POSITIVE, row["language"], row["source"])
        )
    return tuple(examples)


def load_corpus() -> tuple[Example, ...]:
    """The labelled corpus shipped as package data."""
    data = files("sellerstar.reviews").joinpath("data", CORPUS_FILE).read_text("utf-8")
    return read_corpus(data)


class Model:
    """Vectoriser and logistic regression, trained on the examples given."""

    def __init__(self, examples: Iterable[Example], regularisation: float = REGULARISATION):
        chosen = list(examples)
        if len({example.positive for example in chosen}) < 2:
            raise ValueError("training needs positive and not-positive examples")
        self._features = FeatureUnion(
            [
                (
                    "char",
                    TfidfVectorizer(
                        analyzer="char_wb",
                        ngram_range=(1, 4),
                        preprocessor=normalise,
                        sublinear_tf=True,
                        dtype=np.float64,
                    ),
                ),
                (
                    "word",
                    TfidfVectorizer(
                        analyzer="word",
                        tokenizer=_word_tokens,
                        token_pattern=None,
                        preprocessor=normalise,
                        lowercase=False,
                        ngram_range=(1, 2),
                        sublinear_tf=True,
                        dtype=np.float64,
                    ),
                ),
                (
                    "lexicon",
                    TfidfVectorizer(
                        analyzer=_lexicon_features, sublinear_tf=True, dtype=np.float64
                    ),
                ),
            ]
        )
        matrix = self._features.fit_transform([example.text for example in chosen])
        self._classifier = LogisticRegression(
            C=regularisation,
            class_weight="balanced",
            solver="liblinear",
            random_state=RANDOM_STATE,
        )
        self._classifier.fit(matrix, [example.positive for example in chosen])
        raw = list(self._features.get_feature_names_out())
        self._raw = raw
        self._names = {name: _readable(name) for name in raw}
        self._weights = np.asarray(self._classifier.coef_[0], dtype=np.float64)

    def classify(self, texts: Sequence[str], threshold: float = 0.5) -> list[Sentiment]:
        verdicts: list[Sentiment | None] = [None] * len(texts)
        todo = [i for i, text in enumerate(texts) if text.strip()]
        if todo:
            # A SciPy CSR matrix: one row per text, its stored entries the text's features.
            matrix = self._features.transform([texts[i] for i in todo]).tocsr()
            probabilities = self._classifier.predict_proba(matrix)[:, 1]
            for row, i in enumerate(todo):
                probability = float(probabilities[row])
                positive = probability >= threshold
                evidence = self._evidence(texts[i], matrix.getrow(row), positive)
                verdicts[i] = Sentiment(positive, probability, evidence)
        return [verdict or Sentiment(False, 0.0, ()) for verdict in verdicts]

    def _evidence(self, text: str, row: Any, positive: bool) -> tuple[str, ...]:
        contributions = row.data * self._weights[row.indices]
        cues = load_lexicon().cues(normalise(text))
        sign = 1.0 if positive else -1.0
        # Largest push in the decided direction first; the name breaks ties.
        ranked = sorted(
            (
                (-sign * value, self._raw[index])
                for value, index in zip(contributions, row.indices, strict=True)
                if sign * value > 0
            ),
        )
        chosen: list[str] = []
        for _, feature in ranked:
            # A lexicon feature is shown as the cue (or cues) of the text that gave it.
            shown = [cue.surface for cue in cues if f"lexicon__{cue.feature}" == feature]
            name = ", ".join(dict.fromkeys(shown)) if shown else self._names[feature]
            if feature.startswith("char__") and name:
                name = _whole_word(normalise(text), name)
            key = _plain(name)
            if not key or any(key in _plain(other) or _plain(other) in key for other in chosen):
                continue
            chosen.append(name)
            if len(chosen) == EVIDENCE_SIZE:
                break
        return tuple(chosen)


def _readable(feature: str) -> str:
    kind, _, gram = feature.partition("__")
    if kind == "lexicon":
        return ""
    if kind != "word":
        # Character n-grams too short to mean anything to a reader are left out.
        gram = gram.strip()
        cjk = any(char >= "\u2e80" for char in gram)
        meaningful = sum(char.isalnum() for char in gram) >= (2 if cjk else 3)
        return gram if meaningful else ""
    shown: list[str] = []
    for token in gram.split():
        word = token.removeprefix("not_")
        if word != token and not (shown and shown[-1] in _NEGATORS):
            # A negated word whose negator is outside the n-gram.
            shown.append(f"not … {word}")
        else:
            shown.append(word)
    return " ".join(shown)


def _whole_word(text: str, gram: str) -> str:
    """A spaced-script character n-gram shown as the word of the text it comes from."""
    if any(char >= "\u2e80" for char in gram):
        return gram
    core = "".join(char for char in gram if char.isalnum() or char == "'")
    return next((word for word in _WORD.findall(text) if core in word), core)


def _plain(name: str) -> str:
    return " ".join(name.replace("…", " ").split())


@cache
def default_model() -> Model:
    """The model trained on the whole shipped corpus, once per process."""
    return Model(load_corpus())


def classify(texts: Sequence[str], threshold: float = 0.5) -> list[Sentiment]:
    """One verdict per text, in order; empty or blank text is not positive (probability 0)."""
    if isinstance(texts, str):
        raise TypeError("classify takes a sequence of texts, not one string")
    return default_model().classify(texts, threshold)
