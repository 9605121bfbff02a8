"""Fixtures of the metric tests: engines (DuckDB, local Spark) and the computed scenarios.

Spark starts once per session (local[2], no UI, loopback only) and is stopped at the end;
tests that need it are marked ``spark``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from ibis.backends import BaseBackend
from metrics_scenarios import MAIN_RANGE, Results, combined_market

from sellerstar import engines
from sellerstar.metrics.runner import compute
from sellerstar.metrics.tables import from_arrow
from sellerstar.rules import RuleBook, load_rulebook

ENGINE_PARAMS = ["duckdb", pytest.param("spark", marks=pytest.mark.spark)]


class _Backends:
    def __init__(self) -> None:
        self.open: dict[str, BaseBackend] = {}

    def get(self, name: str) -> BaseBackend:
        if name not in self.open:
            self.open[name] = engines.connect(name)
        return self.open[name]

    def close(self) -> None:
        for backend in self.open.values():
            engines.disconnect(backend)
        self.open.clear()


@pytest.fixture(scope="session")
def backends() -> Iterator[_Backends]:
    held = _Backends()
    yield held
    held.close()


@pytest.fixture(scope="session")
def book() -> RuleBook:
    return load_rulebook()


@pytest.fixture(scope="session", params=ENGINE_PARAMS)
def engine_name(request: pytest.FixtureRequest) -> str:
    return str(request.param)


_computed: dict[str, Results] = {}


def main_results(backends: _Backends, book: RuleBook, name: str) -> Results:
    if name not in _computed:
        backend = backends.get(name)
        tables = from_arrow(backend, combined_market().arrow())
        result = compute(backend, tables, book, *MAIN_RANGE, orders_all_dates=True)
        _computed[name] = Results(result.merchant_metrics, result.order_tracking)
    return _computed[name]


@pytest.fixture(scope="session")
def results(backends: _Backends, book: RuleBook, engine_name: str) -> Results:
    """Every registered scenario, computed over MAIN_RANGE on one engine."""
    return main_results(backends, book, engine_name)
