"""benchmarks/sentiment_accuracy.py: its figures and its reading of a blind file."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.append(str(Path(__file__).resolve().parents[2] / "benchmarks"))

import sentiment_accuracy as bench

from sellerstar.reviews.sentiment import default_model


def test_figures() -> None:
    figures = bench.Figures(tp=8, fp=2, tn=6, fn=4)
    assert figures.total == 20
    assert figures.accuracy == pytest.approx(0.7)
    assert figures.precision == pytest.approx(0.8)
    assert figures.recall == pytest.approx(8 / 12)
    assert figures.f1 == pytest.approx(2 * 0.8 * (8 / 12) / (0.8 + 8 / 12))
    assert figures + figures == bench.Figures(16, 4, 12, 8)
    assert bench.Figures().accuracy == 0.0


def test_a_blind_file_is_read_and_scored(tmp_path: Path) -> None:
    blind = tmp_path / "blind.csv"
    blind.write_text(
        "text,label,language,source\n"
        "Excellent quality,positive,en,test\n"
        "质量太差了,not_positive,zh,test\n"
        "Supplier never answered,positive,en,test\n",
        encoding="utf-8",
    )
    examples = bench.read_blind(blind)
    assert [example.positive for example in examples] == [True, False, True]
    assert bench.score(default_model(), examples) == bench.Figures(tp=1, fp=0, tn=1, fn=1)


def test_an_unknown_label_stops_the_benchmark(tmp_path: Path) -> None:
    blind = tmp_path / "blind.csv"
    blind.write_text("text,label,language,source\nok,neutral,en,test\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="unknown label"):
        bench.read_blind(blind)


def test_folds_cover_the_training_split_once() -> None:
    training = [e for e in bench.load_corpus() if not e.held_out]
    folds = bench.stratified_folds(training)
    assert sorted(id(e) for fold in folds for e in fold) == sorted(id(e) for e in training)
    shares = [sum(e.positive for e in fold) / len(fold) for fold in folds]
    assert max(shares) - min(shares) < 0.02
