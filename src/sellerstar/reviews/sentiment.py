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

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

import numpy as np
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion

from sellerstar.reviews.sentiment_corpus import Example, load_corpus
from sellerstar.reviews.sentiment_lexicon import load_lexicon
from sellerstar.reviews.sentiment_text import CLAUSE_END, NEGATORS, WORD, normalise

EVIDENCE_SIZE = 3
# Chosen by cross-validation on the training split only (benchmarks/sentiment_accuracy.py).
REGULARISATION = 10.0
RANDOM_STATE = 0
CALIBRATION_FOLDS = 3


@dataclass(frozen=True)
class Sentiment:
    """The verdict on one text: positive when the probability reaches the threshold.

    ``evidence`` holds the few n-grams that pushed the decision most, for operators.
    """

    positive: bool
    probability: float
    evidence: tuple[str, ...]


def _word_tokens(text: str) -> list[str]:
    tokens: list[str] = []
    for clause in CLAUSE_END.split(text):
        negated = False
        for word in WORD.findall(clause):
            tokens.append(f"not_{word}" if negated else word)
            if word in NEGATORS:
                negated = True
    return tokens


def _lexicon_features(text: str) -> list[str]:
    return [cue.feature for cue in load_lexicon().cues(normalise(text))]


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
        regression = LogisticRegression(
            C=regularisation,
            class_weight="balanced",
            solver="liblinear",
            random_state=RANDOM_STATE,
        )
        # Platt scaling fitted on out-of-fold scores: the raw regression, balanced and
        # lightly regularised, is overconfident and errs towards "not positive" (the
        # accuracy-best threshold of its raw probability was 0.35-0.45 in every grouped
        # cross-validation), so 0.5 on the calibrated probability is the better default.
        self._classifier = CalibratedClassifierCV(
            regression, method="sigmoid", cv=CALIBRATION_FOLDS, ensemble=False
        )
        self._classifier.fit(matrix, [example.positive for example in chosen])
        regression = self._classifier.calibrated_classifiers_[0].estimator
        raw = list(self._features.get_feature_names_out())
        self._raw = raw
        self._names = {name: _readable(name) for name in raw}
        self._weights = np.asarray(regression.coef_[0], dtype=np.float64)

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
        if word != token and not (shown and shown[-1] in NEGATORS):
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
    return next((word for word in WORD.findall(text) if core in word), core)


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
