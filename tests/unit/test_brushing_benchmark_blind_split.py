"""benchmarks/brushing_accuracy.py's ``blind``, ``blind2`` and ``blind3`` splits, without
generating or detecting: which marketplaces each split asks for (the detector is never run
here)."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

sys.path.append(str(Path(__file__).resolve().parents[2] / "benchmarks"))

import brushing_accuracy as bench

from sellerstar.demo.brushing_rings import (
    BLIND_SHAPES,
    SECOND_BLIND_SHAPES,
    SHAPES,
    THIRD_BLIND_SHAPES,
)
from sellerstar.demo.options import DEFAULT_AS_OF

Calls = list[tuple[int, tuple[str, ...] | None]]


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> Calls:
    made: Calls = []

    def fake(
        seed: int,
        orders: int = bench.ORDERS,
        as_of: dt.date = DEFAULT_AS_OF,
        ring_shapes: tuple[str, ...] | None = None,
    ) -> bench.Marketplace:
        made.append((seed, ring_shapes))
        return bench.Marketplace({}, {f"TR{seed}": "x"}, orders)

    monkeypatch.setattr(bench, "marketplace", fake)
    return made


def test_the_blind_split_plants_only_the_blind_shapes_on_its_own_seeds(calls: Calls) -> None:
    markets = bench.split_markets("blind", 1_000, {})
    assert calls == [(seed, BLIND_SHAPES) for seed in (201, 202, 203, 204)]
    assert [m.labels for m in markets] == [{f"TR{s}": "x"} for s in (201, 202, 203, 204)]
    assert bench.SEPARATE_SPLITS["blind"] == ((201, 202, 203, 204), BLIND_SHAPES)


def test_the_other_splits_still_generate_the_default_marketplaces(calls: Calls) -> None:
    cache: dict[tuple[int, tuple[str, ...]], bench.Marketplace] = {}
    for name in bench.SPLITS:
        bench.split_markets(name, 1_000, cache)
    # Each seed once, with the default shapes (not passed: the generator's default).
    assert calls == [(seed, None) for seed in (1, 2, 3, 4, 101, 102, 103, 104)]
    assert set(cache) == {(seed, SHAPES) for seed, _ in calls}
    # The cache keeps the two kinds apart.
    bench.split_markets("blind", 1_000, cache)
    assert calls[-4:] == [(seed, BLIND_SHAPES) for seed in (201, 202, 203, 204)]


def test_the_second_blind_split_plants_only_its_shapes_on_its_own_seeds(calls: Calls) -> None:
    cache: dict[tuple[int, tuple[str, ...]], bench.Marketplace] = {}
    markets = bench.split_markets("blind2", 1_000, cache)
    assert calls == [(seed, SECOND_BLIND_SHAPES) for seed in (301, 302, 303, 304)]
    assert [m.labels for m in markets] == [{f"TR{s}": "x"} for s in (301, 302, 303, 304)]
    assert bench.SEPARATE_SPLITS["blind2"] == ((301, 302, 303, 304), SECOND_BLIND_SHAPES)
    assert not set(SECOND_BLIND_SHAPES) & set(SHAPES + BLIND_SHAPES)
    # Same seeds as nothing else, and kept apart from the first blind round in the cache.
    bench.split_markets("blind", 1_000, cache)
    assert len(cache) == 8
    assert calls[-4:] == [(seed, BLIND_SHAPES) for seed in (201, 202, 203, 204)]


def test_the_third_blind_split_plants_only_its_shapes_on_its_own_seeds(calls: Calls) -> None:
    cache: dict[tuple[int, tuple[str, ...]], bench.Marketplace] = {}
    markets = bench.split_markets("blind3", 1_000, cache)
    assert calls == [(seed, THIRD_BLIND_SHAPES) for seed in (401, 402, 403, 404)]
    assert [m.labels for m in markets] == [{f"TR{s}": "x"} for s in (401, 402, 403, 404)]
    assert bench.SEPARATE_SPLITS["blind3"] == ((401, 402, 403, 404), THIRD_BLIND_SHAPES)
    assert not set(THIRD_BLIND_SHAPES) & set(SHAPES + BLIND_SHAPES + SECOND_BLIND_SHAPES)
    # Its own seeds, kept apart from the earlier rounds in the cache.
    bench.split_markets("blind2", 1_000, cache)
    bench.split_markets("blind", 1_000, cache)
    assert len(cache) == 12
    assert len({seed for seed, _ in cache}) == 12


def test_all_leaves_the_blind_splits_out() -> None:
    assert "blind" not in bench.SPLITS
    assert "blind2" not in bench.SPLITS
    assert "blind3" not in bench.SPLITS
    assert set(bench.SPLITS) == {"dev", "heldout-shapes", "heldout-seeds"}
