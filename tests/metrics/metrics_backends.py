"""Engines for the metric tests, shared by the session: DuckDB and a local Spark.

Spark starts once per session (local[2], no UI, loopback only) and is stopped at the end.
"""

from __future__ import annotations

from ibis.backends import BaseBackend
from metrics_scenarios import MAIN_RANGE, Results, combined_market

from sellerstar import engines
from sellerstar.metrics.runner import compute
from sellerstar.metrics.tables import from_arrow
from sellerstar.rules import RuleBook


class Backends:
    """Open engines by name; a stopped Spark session is started again on demand."""

    def __init__(self) -> None:
        self.open: dict[str, BaseBackend] = {}

    def get(self, name: str) -> BaseBackend:
        backend = self.open.get(name)
        if backend is not None and name == "spark" and _stopped(backend):
            backend = None
        if backend is None:
            backend = self.open[name] = engines.connect(name)
        return backend

    def close(self) -> None:
        for backend in self.open.values():
            engines.disconnect(backend)
        self.open.clear()


def _stopped(backend: BaseBackend) -> bool:
    context = backend._session.sparkContext  # type: ignore[attr-defined]
    return bool(context._jsc is None or context._jsc.sc().isStopped())


_computed: dict[str, Results] = {}


def main_results(backends: Backends, book: RuleBook, name: str) -> Results:
    """Every registered scenario, computed once per engine over MAIN_RANGE."""
    if name not in _computed:
        backend = backends.get(name)
        tables = from_arrow(backend, combined_market().arrow())
        result = compute(backend, tables, book, *MAIN_RANGE, orders_all_dates=True)
        _computed[name] = Results(result.merchant_metrics, result.order_tracking)
    return _computed[name]
