"""The combined scenario dataset: every scenario adds its own merchant and orders.

Test modules register scenario builders with :func:`scenario`; the session fixture
``results`` builds one marketplace from all of them and computes it once per engine over
:data:`MAIN_RANGE` (real rule book), so Spark starts and runs once.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa
from metrics_market import Market

MAIN_RANGE = (dt.date(2022, 11, 1), dt.date(2023, 1, 16))

Builder = Callable[[Market], None]
SCENARIOS: dict[str, Builder] = {}
# The modules that define scenarios: all of them make the dataset, whichever tests run.
SCENARIO_MODULES = (
    "test_metrics_tv_timeline",
    "test_metrics_tv_reasons",
    "test_metrics_tv_scope",
    "test_metrics_gd",
    "test_metrics_ots",
)


def scenario(builder: Builder) -> Builder:
    """Register a scenario builder for the combined dataset."""
    SCENARIOS[f"{builder.__module__}.{builder.__name__}"] = builder
    return builder


def combined_market() -> Market:
    for module in SCENARIO_MODULES:
        importlib.import_module(module)
    market = Market()
    for key in sorted(SCENARIOS):
        SCENARIOS[key](market)
    return market


@dataclass
class Results:
    """Computed outputs with lookups by merchant/order and stat date."""

    merchant_metrics: pa.Table
    order_tracking: pa.Table
    _merchants: dict[tuple[str, dt.date], dict[str, Any]] = field(default_factory=dict)
    _orders: dict[tuple[str, dt.date], dict[str, Any]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for row in self.merchant_metrics.to_pylist():
            self._merchants[(row["merchant_id"], row["stat_date"])] = row
        for row in self.order_tracking.to_pylist():
            self._orders[(row["order_id"], row["stat_date"])] = row

    def merchant(self, merchant_id: str, stat: str | dt.date) -> dict[str, Any]:
        return self._merchants[(merchant_id, _date(stat))]

    def order(self, order_id: str, stat: str | dt.date) -> dict[str, Any] | None:
        """The order's row on ``stat``, or None when it is not in scope that day."""
        return self._orders.get((order_id, _date(stat)))

    def reason(self, order_id: str, stat: str | dt.date) -> str | None:
        row = self.order(order_id, stat)
        return None if row is None else str(row["reason"])

    def in_scope_days(self, order_id: str) -> list[dt.date]:
        return sorted(d for (o, d) in self._orders if o == order_id)


def _date(value: str | dt.date) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)
