"""The labelled corpus the sentiment classifier learns from, and its held-out split.

The benchmark and the tests read the corpus and split it without training a model; the
split must stay where it was drawn, whatever later changes the model's reading of a text.
"""

from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import dataclass
from importlib.resources import files

from sellerstar.reviews.sentiment_text import fold

CORPUS_FILE = "sentiment_train.csv"
POSITIVE = "positive"
NOT_POSITIVE = "not_positive"
# One text in five (by a hash of its text, so the split never depends on file order) is
# held out: the benchmark and the regression test measure a model that never saw it.
HELD_OUT_SHARE = 5


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
    # The split keeps the folding it was drawn with, so later changes to normalise() do not
    # move texts between the splits.
    digest = hashlib.sha256(fold(text).encode("utf-8")).digest()
    return digest[0] % HELD_OUT_SHARE == 0


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
