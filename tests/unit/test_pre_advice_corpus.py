"""The labelled corpus: shape, provenance, and the classifier's published figures on it."""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

import pytest

from sellerstar.domain.pre_advice import TEXT_RULES, classify

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "benchmarks" / "data" / "pre_advice_corpus.csv"
DOCS = ROOT / "docs" / "tracking-classifier.md"
COLUMNS = ["carrier", "language", "text", "label", "source_url"]


def _rows() -> list[dict[str, str]]:
    with CORPUS.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == COLUMNS
        return list(reader)


ROWS = _rows()


def _published(label: str) -> tuple[float, float, float]:
    # The line of the figures block in the docs, e.g. "classifier   41  0 179  0  1.000 ..."
    text = DOCS.read_text(encoding="utf-8")
    match = re.search(
        rf"^{re.escape(label)}\s+\d+\s+\d+\s+\d+\s+\d+\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)$",
        text,
        re.MULTILINE,
    )
    assert match is not None, f"no figures line {label!r} in docs/tracking-classifier.md"
    accuracy, precision, recall = (float(value) for value in match.groups())
    return accuracy, precision, recall


def _figures(rows: list[dict[str, str]]) -> tuple[float, float, float]:
    counts = Counter(
        (row["label"] == "pre_advice", classify(row["carrier"], row["text"]).pre_advice)
        for row in rows
    )
    tp, fp, fn = counts[True, True], counts[False, True], counts[True, False]
    accuracy = (counts[True, True] + counts[False, False]) / len(rows)
    return accuracy, tp / max(1, tp + fp), tp / max(1, tp + fn)


def test_corpus_shape_and_provenance() -> None:
    assert len(ROWS) >= 200
    assert {row["label"] for row in ROWS} == {"pre_advice", "real"}
    assert {row["language"] for row in ROWS} <= {"en", "de", "zh"}
    assert all(row["text"].strip() and row["carrier"].strip() for row in ROWS)
    assert all(re.match(r"https?://\S+$", row["source_url"]) for row in ROWS)
    keys = [(row["carrier"], row["text"]) for row in ROWS]
    assert len(keys) == len(set(keys))
    assert sum(row["label"] == "pre_advice" for row in ROWS) >= 30


def test_corpus_holds_hard_negatives() -> None:
    real = {row["text"] for row in ROWS if row["label"] == "real"}
    for text in (
        "Picked Up",
        "Origin Scan",
        "Pickup Scan",
        "Accepted",
        "USPS in possession of item",
    ):
        assert text in real, text
    assert any("已揽收" in text for text in real)


@pytest.mark.parametrize(
    "row", [row for row in ROWS if row["label"] == "pre_advice"], ids=lambda row: row["text"][:40]
)
def test_every_pre_advice_row_is_judged_pre_advice(row: dict[str, str]) -> None:
    assert classify(row["carrier"], row["text"]).pre_advice


def test_figures_do_not_fall_below_the_published_ones() -> None:
    now, before = _figures(ROWS), _published("classifier")
    assert all(n >= b for n, b in zip(now, before, strict=True)), (now, before)
    for language in ("de", "en", "zh"):
        subset = [row for row in ROWS if row["language"] == language]
        now = _figures(subset)
        before = _published(f"classifier, {language}")
        assert all(n >= b for n, b in zip(now, before, strict=True)), language


def test_docs_describe_the_current_corpus_and_every_rule() -> None:
    text = DOCS.read_text(encoding="utf-8")
    labels = Counter(row["label"] for row in ROWS)
    assert f"rows {len(ROWS)} (pre_advice {labels['pre_advice']}, real {labels['real']};" in text
    for rule in TEXT_RULES:
        assert f"| `{rule.name}` |" in text, rule.name
