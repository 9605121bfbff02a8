"""Fitting the pre-advice model: the corpus, the parameters, the artefact (shared by
``scripts/train_pre_advice_model.py``, ``benchmarks/pre_advice_accuracy.py`` and the tests).

The model is TF-IDF over the n-grams of :func:`sellerstar.domain.pre_advice_model.features`
(scikit-learn's counts and smoothed idf; each text divided by ``sqrt(sum(count * idf**2))``,
see :class:`Fitted`), then a logistic regression
(liblinear, balanced class weights: pre-advice is the rarer class), whose decision
threshold is calibrated at every fit on grouped cross-validated margins (:func:`choose`,
1 % false alarms), and so is the lower end of its review band (at most 3 % of the
pre-advice texts left to the model may fall below it, judged surely real). The artefact
keeps,
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
from sklearn.model_selection import GroupKFold

from sellerstar.domain.pre_advice import is_known_text, status_verdict, text_rule
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
SYNTHETIC = ROOT / "benchmarks" / "data" / "pre_advice" / "synthetic.csv"
SYNTHETIC_CARRIER = "synthetic"
ARTEFACT = ROOT / "src" / "sellerstar" / "domain" / "data" / "pre_advice_model.json.gz"
COLUMNS = ["carrier", "language", "text", "label", "status_code", "source_url", "licence"]
LABELS = ("pre_advice", "real_scan", "exception", "delivered")
POSITIVE = "pre_advice"
DIGITS = 6

# ``threshold`` ("calibrated") is chosen at every fit by grouped cross-validation on the
# texts it is given, carriers held out (``folds`` folds, :func:`choose`): the lowest whose
# out-of-fold false alarms stay within ``false_alarms``. ``C`` may be a list of
# candidates, searched the same way (the one that then finds the most pre-advice texts);
# one value is shipped because every candidate costs ``folds`` more fits at every fit
# (3 to 30 gave recalls within 0.03 of each other, docs/tracking-classifier.md). The
# benchmark's folds refit all of it, so its figures are nested. ``threshold`` is on the
# logistic margin (log-odds). ``review_from`` (the review band's lower end) is chosen on
# the same out-of-fold margins: the highest margin below which at most
# ``missed_pre_advice`` of all pre-advice texts lie among those the known texts, the
# statuses and the text rules leave to the model (:func:`review_point`).
PARAMS: dict[str, Any] = {
    "C": 10.0,
    "min_df": 2,
    "class_weight": "balanced",
    "cue_scale": 6.0,
    "threshold": "calibrated",
    "false_alarms": 0.01,
    "missed_pre_advice": 0.03,
    "folds": 4,
}

# Carriers held out together: one company's brands (DHL Paket, DHL Express and Deutsche
# Post share wordings), resellers that show another's texts (Stamps.com: USPS), and
# aggregators built on one status table (51tracking and Tracktry: TrackingMore's).
FAMILIES = {
    "dhl_paket": "dhl",
    "dhl_express": "dhl",
    "deutschepost": "dhl",
    "dpd_latvia": "dpd",
    "stamps_com": "usps",
    "51tracking": "trackingmore",
    "tracktry": "trackingmore",
    "dhl_parcel_pl": "dhl",
    "dpd_pl": "dpd",
    # Amazon's APIs and programmes share one vocabulary; so do Walmart's.
    "amazon_awd": "amazon",
    "amazon_easy_ship": "amazon",
    "amazon_external_fulfillment": "amazon",
    "amazon_fba_inbound": "amazon",
    "amazon_jp": "amazon",
    "amazon_mcf": "amazon",
    "amazon_shipping": "amazon",
    "buy_with_prime": "amazon",
    "walmart_golocal": "walmart",
    "walmart_marketplace": "walmart",
    # One company: Rozetka's marketplace and its delivery service; Instabee (Budbee and
    # Instabox).
    "rozetka_delivery": "rozetka",
    "budbee": "instabee",
}


def family(carrier: str) -> str:
    return FAMILIES.get(carrier, carrier)


def read_corpus(path: Path = CORPUS) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def read_written(
    path: Path | None = SYNTHETIC, corpus: Sequence[dict[str, str]] = ()
) -> list[dict[str, str]]:
    """The written examples (benchmarks/data/pre_advice/synthetic.csv, README beside it)
    as training rows of the carrier ``synthetic``, without those whose normalised text is
    a ``corpus`` text: a held-out corpus text must not be taught by its own copy."""
    if path is None or not path.exists():
        return []
    taken = {normalise(row["text"]) for row in corpus}
    return [
        dict(row, carrier=SYNTHETIC_CARRIER, status_code="")
        for row in read_corpus(path)
        if normalise(row["text"]) not in taken
    ]


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

    def __init__(
        self,
        texts: Sequence[str],
        y: Sequence[int] | np.ndarray[Any, np.dtype[np.int_]],
        params: dict[str, Any],
        labelled: int | None = None,
    ) -> None:
        """``labelled``: how many of the first texts are corpus texts, the ones the
        ``labelled_text`` stage may judge by their label (all when None); the rest are
        written examples, which only teach the model."""
        self.params = dict(params)
        corpus = len(texts) if labelled is None else labelled
        self.labelled = _labelled(texts[:corpus], y[:corpus])
        self.counter = CountVectorizer(analyzer=_features, min_df=params["min_df"])
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
            "threshold_rule": (
                f"out-of-fold false alarms <= {self.params['false_alarms']}"
                if "searched" in self.params
                else "fixed"
            ),
            "review_from": float(self.params.get("review_from", self.params["threshold"])),
            "review_rule": (
                "out-of-fold pre-advice judged surely real <= "
                f"{self.params.get('missed_pre_advice', 0.0)}"
                if "review_from" in self.params
                else "no band"
            ),
            "vocabulary": vocabulary,
            "labelled": self.labelled,
        }


_FEATURES: dict[str, list[str]] = {}


def _features(text: str) -> list[str]:
    # The cross-validations refit the model dozens of times on the same texts.
    found = _FEATURES.get(text)
    if found is None:
        found = _FEATURES[text] = features(text)
    return found


def _labelled(texts: Sequence[str], y: Sequence[int]) -> dict[str, int]:
    """The training texts by their normalised form, with their label (1: pre-advice);
    forms labelled both ways are left out."""
    seen: dict[str, set[int]] = {}
    for text, label in zip(texts, y, strict=True):
        seen.setdefault(normalise(text), set()).add(int(label))
    return {form: labels.pop() for form, labels in sorted(seen.items()) if len(labels) == 1}


def _round(value: float) -> float:
    return float(f"{value:.{DIGITS}g}")


def fit(
    rows: Sequence[dict[str, str]],
    params: dict[str, Any] = PARAMS,
    written: Sequence[dict[str, str]] = (),
) -> Fitted:
    """The model fitted on ``rows`` and the ``written`` examples, its C and threshold
    chosen first (:func:`choose`)."""
    every = [*rows, *written]
    return Fitted(
        [row["text"] for row in every],
        targets(every),
        choose(rows, params, written),
        labelled=len(rows),
    )


def operating_point(
    margins: np.ndarray[Any, np.dtype[np.float64]],
    y: np.ndarray[Any, np.dtype[np.int_]],
    rate: float,
) -> tuple[float, float]:
    """The lowest threshold whose false alarms (margin above it, not pre-advice) are at
    most ``rate`` of the real texts, and the recall it gives."""
    real = np.sort(margins[y == 0])[::-1]
    allowed = int(rate * len(real))
    if allowed >= len(real):
        return float("-inf"), 1.0
    threshold = float(real[allowed])
    return threshold, float(np.mean(margins[y == 1] > threshold)) if y.any() else 0.0


def review_point(
    margins: np.ndarray[Any, np.dtype[np.float64]],
    y: np.ndarray[Any, np.dtype[np.int_]],
    left_to_model: np.ndarray[Any, np.dtype[np.bool_]],
    rate: float,
    threshold: float,
) -> float:
    """The review band's lower end: the highest margin below which lie at most ``rate``
    of all pre-advice texts, counting only those ``left_to_model`` (the rest are caught
    before the model); never above ``threshold``.

    >>> y = np.array([1, 1, 1, 1, 0])
    >>> review_point(np.array([-3.0, -1.0, 2.0, -5.0, -4.0]), y, y == 1, 0.25, 0.0)
    -3.0
    """
    missed = np.sort(margins[(y == 1) & left_to_model])
    allowed = int(rate * int(np.sum(y == 1)))
    if allowed >= len(missed):
        return threshold
    return min(float(missed[allowed]), threshold)


def left_to_model(rows: Sequence[dict[str, str]]) -> np.ndarray[Any, np.dtype[np.bool_]]:
    """Whether each row's verdict falls to the model: no known text, no status the
    status rule knows, no hand-written text rule."""
    return np.array(
        [
            not is_known_text(row["text"])
            and status_verdict(row.get("status_code") or None) is None
            and text_rule(row["carrier"], row["text"]) is None
            for row in rows
        ]
    )


def out_of_fold(
    rows: Sequence[dict[str, str]],
    params: dict[str, Any],
    folds: int,
    written: Sequence[dict[str, str]] = (),
) -> np.ndarray[Any, np.dtype[np.float64]] | None:
    """Each text's margin from a model fitted without its carrier (``folds`` grouped
    folds; the ``written`` examples in every fold's training), or None when the rows
    have too few carriers to fold."""
    groups = np.array([family(row["carrier"]) for row in rows])
    if len(set(groups)) < 2:
        return None
    margins = np.zeros(len(rows))
    splitter = GroupKFold(n_splits=min(folds, len(set(groups))))
    for train, test in splitter.split(np.zeros(len(rows)), groups=groups):
        taught = [*(rows[i] for i in train), *written]
        fitted = Fitted([row["text"] for row in taught], targets(taught), params)
        margins[test] = fitted.margins([rows[i]["text"] for i in test])
    return margins


def choose(
    rows: Sequence[dict[str, str]],
    params: dict[str, Any],
    written: Sequence[dict[str, str]] = (),
) -> dict[str, Any]:
    """``params`` with one C, a numeric threshold and the review band's lower end, chosen
    by cross-validation on ``rows`` with carriers held out: for each candidate C, the
    threshold that keeps out-of-fold false alarms within ``false_alarms`` and the recall
    it gives; the C of the best recall wins (ties: the smaller C, the stronger
    regularisation); then :func:`review_point` on that C's margins."""
    candidates = params["C"] if isinstance(params["C"], list) else [params["C"]]
    calibrate = params["threshold"] == "calibrated"
    if len(candidates) == 1 and not calibrate:
        return dict(params, C=float(candidates[0]))
    y = targets(rows)
    best: tuple[float, float, float] | None = None  # (recall, -C, threshold)
    best_margins = np.zeros(len(rows))
    for c in sorted(float(c) for c in candidates):
        margins = out_of_fold(rows, dict(params, C=c, threshold=0.0), int(params["folds"]), written)
        if margins is None or not y.any() or y.all():
            return dict(params, C=float(max(candidates)), threshold=0.0)
        threshold, recall = operating_point(margins, y, float(params["false_alarms"]))
        if not calibrate:
            threshold = float(params["threshold"])
            recall = float(np.mean(margins[y == 1] > threshold))
        if best is None or (recall, -c) > best[:2]:
            best, best_margins = (recall, -c, threshold), margins
    assert best is not None
    threshold = _round(best[2])
    review_from = review_point(
        best_margins, y, left_to_model(rows), float(params["missed_pre_advice"]), threshold
    )
    return dict(
        params,
        C=-best[1],
        threshold=threshold,
        review_from=_round(review_from),
        searched=params["C"],
    )


def encode(artefact: dict[str, Any]) -> bytes:
    """Gzip-compressed JSON, with no time stamp in the gzip header: same model, same bytes."""
    text = json.dumps(artefact, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)


def train(
    corpus: Path = CORPUS, params: dict[str, Any] = PARAMS, written: Path | None = SYNTHETIC
) -> tuple[bytes, Model]:
    """The artefact's bytes for ``corpus`` and the ``written`` examples, and the model
    they load as."""
    rows = read_corpus(corpus)
    examples = read_written(written, rows)
    artefact = fit(rows, params, examples).artefact(corpus_sha256(corpus), len(rows))
    if examples:
        assert written is not None
        artefact["written_sha256"] = corpus_sha256(written)
        artefact["written_rows"] = len(examples)
    return encode(artefact), Model(artefact)
