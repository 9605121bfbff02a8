"""Fitting the pre-advice model: the corpus, the parameters, the artefact (shared by
``scripts/train_pre_advice_model.py``, ``benchmarks/pre_advice_accuracy.py`` and the tests).

The model is TF-IDF over the n-grams of :func:`sellerstar.domain.pre_advice_model.features`
(scikit-learn's counts and smoothed idf; each text divided by ``sqrt(sum(count * idf**2))``,
see :class:`Fitted`), then a logistic regression
(liblinear, balanced class weights: pre-advice is the rarer class). The artefact keeps,
for each n-gram of the vocabulary, its inverse document frequency and its coefficient,
rounded to ``DIGITS`` significant digits, so the same corpus and parameters always give
the same bytes.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer
from sklearn.linear_model import LogisticRegression

from sellerstar.domain.pre_advice_cues import CUE_PREFIX
from sellerstar.domain.pre_advice_model import (
    CHAR_SIZES,
    FORMAT,
    WORD_SIZES,
    Model,
    features,
    normalise,
)

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "benchmarks" / "data" / "pre_advice" / "corpus.csv"
ARTEFACT = ROOT / "src" / "sellerstar" / "domain" / "data" / "pre_advice_model.json.gz"
COLUMNS = ["carrier", "language", "text", "label", "status_code", "source_url", "licence"]
LABELS = ("pre_advice", "real_scan", "exception", "delivered")
POSITIVE = "pre_advice"
DIGITS = 6

# Chosen by grouped cross-validation (carriers held out) on the corpus; see
# docs/tracking-classifier.md. ``threshold`` is on the logistic margin (log-odds).
PARAMS: dict[str, Any] = {
    "C": 10.0,
    "min_df": 2,
    "class_weight": "balanced",
    "cue_scale": 6.0,
    "threshold": 0.0,
}


def read_corpus(path: Path = CORPUS) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def corpus_sha256(path: Path = CORPUS) -> str:
    """The hash the artefact records; line endings do not change it."""
    return hashlib.sha256(path.read_bytes().replace(b"\r\n", b"\n")).hexdigest()


def targets(rows: Sequence[dict[str, str]]) -> np.ndarray[Any, np.dtype[np.int_]]:
    return np.array([row["label"] == POSITIVE for row in rows], dtype=int)


class Fitted:
    """A fitted vectoriser and regression; ``margins`` is scikit-learn's decision function.

    A text's vector: each n-gram's count times its idf, divided by
    ``sqrt(sum(count * idf ** 2))`` - the L2 norm when no n-gram repeats, and a sum the
    loader can take word by word (the words' parts are cached), so scoring a text never
    has to gather its n-grams across words.
    """

    def __init__(self, texts: Sequence[str], y: Sequence[int], params: dict[str, Any]) -> None:
        self.params = dict(params)
        self.labelled = _labelled(texts, y)
        self.counter = CountVectorizer(analyzer=features, min_df=params["min_df"])
        counts = self.counter.fit_transform(texts)
        idf = TfidfTransformer(smooth_idf=True, norm=None).fit(counts).idf_.copy()
        # The concept cues are few among a text's hundred n-grams: their weight is raised
        # by ``cue_scale`` (through their idf, so the artefact and the loader need nothing
        # else).
        grams = self.counter.get_feature_names_out()
        is_cue = np.array([str(g).startswith(CUE_PREFIX) for g in grams])
        idf[is_cue] *= float(params.get("cue_scale", 1.0))
        self.idf: np.ndarray[Any, np.dtype[np.float64]] = idf
        self.regression = LogisticRegression(
            C=params["C"],
            class_weight=params["class_weight"],
            solver="liblinear",
            max_iter=1000,
            random_state=0,
        )
        self.regression.fit(self._vectors(counts), np.asarray(y))

    def _vectors(self, counts: Any) -> Any:
        counts = sparse.csr_matrix(counts, dtype=np.float64)
        norms = np.sqrt(np.asarray(counts @ (self.idf**2)).ravel())
        scale = np.divide(1.0, norms, out=np.zeros_like(norms), where=norms > 0)
        return sparse.diags(scale) @ counts @ sparse.diags(self.idf)

    def margins(self, texts: Sequence[str]) -> np.ndarray[Any, np.dtype[np.float64]]:
        result: np.ndarray[Any, np.dtype[np.float64]] = self.regression.decision_function(
            self._vectors(self.counter.transform(texts))
        )
        return result

    def predict(self, texts: Sequence[str]) -> np.ndarray[Any, np.dtype[np.bool_]]:
        result: np.ndarray[Any, np.dtype[np.bool_]] = self.margins(texts) > float(
            self.params["threshold"]
        )
        return result

    def artefact(self, corpus_hash: str, rows: int) -> dict[str, Any]:
        grams = self.counter.get_feature_names_out()
        idf = self.idf
        weights = self.regression.coef_[0]
        vocabulary = {
            str(gram): [_round(float(i)), _round(float(w))]
            for gram, i, w in sorted(zip(grams, idf, weights, strict=True))
        }
        return {
            "format": FORMAT,
            "corpus_sha256": corpus_hash,
            "corpus_rows": rows,
            "features": {
                "char_wb": list(CHAR_SIZES),
                "word": list(WORD_SIZES),
                "cues": "sellerstar.domain.pre_advice_cues",
            },
            "tfidf": {"tf": "count", "norm": "sqrt(sum(count * idf**2))", "smooth_idf": True},
            "model": "sklearn LogisticRegression (liblinear)",
            "params": {k: self.params[k] for k in sorted(self.params)},
            "intercept": _round(float(self.regression.intercept_[0])),
            "threshold": float(self.params["threshold"]),
            "vocabulary": vocabulary,
            "labelled": self.labelled,
        }


def _labelled(texts: Sequence[str], y: Sequence[int]) -> dict[str, int]:
    """The training texts by their normalised form, with their label (1: pre-advice);
    forms labelled both ways are left out."""
    seen: dict[str, set[int]] = {}
    for text, label in zip(texts, y, strict=True):
        seen.setdefault(normalise(text), set()).add(int(label))
    return {form: labels.pop() for form, labels in sorted(seen.items()) if len(labels) == 1}


def _round(value: float) -> float:
    return float(f"{value:.{DIGITS}g}")


def fit(rows: Sequence[dict[str, str]], params: dict[str, Any] = PARAMS) -> Fitted:
    return Fitted([row["text"] for row in rows], targets(rows), params)


def encode(artefact: dict[str, Any]) -> bytes:
    """Gzip-compressed JSON, with no time stamp in the gzip header: same model, same bytes."""
    text = json.dumps(artefact, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)


def train(corpus: Path = CORPUS, params: dict[str, Any] = PARAMS) -> tuple[bytes, Model]:
    """The artefact's bytes for ``corpus``, and the model they load as."""
    rows = read_corpus(corpus)
    artefact = fit(rows, params).artefact(corpus_sha256(corpus), len(rows))
    return encode(artefact), Model(artefact)
