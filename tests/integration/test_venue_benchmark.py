"""benchmarks/venue_feeds.py on a tiny store: it loads what it says and times every case."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

sys.path.append(str(Path(__file__).resolve().parents[2] / "benchmarks"))

import venue_feeds as bench

from sellerstar.store.schema import contract_tables, sample_registrations


@pytest.mark.parametrize("database_url", ["postgres"], indirect=True)
def test_the_benchmark_loads_and_times_every_placement(database_url: str) -> None:
    figures = bench.main(["--postgres-url", database_url, "--products", "1000", "--runs", "3"])

    names = {case.name for case in bench.cases(bench.world_of(1000))}
    assert set(figures) == {f"{n} ({kind})" for n in names for kind in ("first", "deep")}
    for row in figures.values():
        assert row["runs"] == 3 and 0 < row["p50_ms"] <= row["p99_ms"] <= row["max_ms"]
    engine = sa.create_engine(database_url)
    try:
        with engine.connect() as connection:
            merchants = connection.scalar(
                sa.select(sa.func.count()).select_from(contract_tables["merchants"])
            )
            shown = connection.scalar(
                sa.select(sa.func.count()).where(sample_registrations.c.in_venue)
            )
            most = connection.scalar(
                sa.select(sa.func.count())
                .select_from(sample_registrations)
                .group_by(sample_registrations.c.merchant_id)
                .order_by(sa.func.count().desc())
                .limit(1)
            )
    finally:
        engine.dispose()
    assert merchants == 5 and most == bench.PER_MERCHANT
    assert 800 <= shown <= 900


@pytest.mark.parametrize(
    ("timings", "p50", "p99"),
    [([1.0], 1.0, 1.0), ([float(n) for n in range(1, 101)], 50.5, 99.0), ([2.0, 1.0], 1.5, 2.0)],
)
def test_the_percentiles(timings: list[float], p50: float, p99: float) -> None:
    found = bench.summary(timings)

    assert (found["p50_ms"], found["p99_ms"], found["max_ms"]) == (p50, p99, max(timings))
