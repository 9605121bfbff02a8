"""DuckDB and Spark run the same expressions: their full outputs must be identical."""

from __future__ import annotations

import datetime as dt

import pytest
from metrics_backends import Backends, main_results
from metrics_market import Market

from sellerstar.metrics.runner import compute
from sellerstar.metrics.tables import from_arrow
from sellerstar.rules import RuleBook


@pytest.mark.spark
def test_duckdb_and_spark_outputs_are_identical(backends: Backends, book: RuleBook) -> None:
    duck = main_results(backends, book, "duckdb")
    spark = main_results(backends, book, "spark")
    assert duck.merchant_metrics.num_rows > 0 and duck.order_tracking.num_rows > 0
    assert spark.merchant_metrics.schema == duck.merchant_metrics.schema
    assert spark.order_tracking.schema == duck.order_tracking.schema
    assert spark.merchant_metrics.equals(duck.merchant_metrics)
    assert spark.order_tracking.equals(duck.order_tracking)


@pytest.mark.parametrize("engine", ["duckdb", pytest.param("spark", marks=pytest.mark.spark)])
def test_empty_tables_and_a_merchant_without_orders(
    backends: Backends, book: RuleBook, engine: str
) -> None:
    market = Market()
    market.merchant("alone")
    backend = backends.get(engine)
    stat = dt.date(2022, 12, 1)
    result = compute(backend, from_arrow(backend, market.arrow()), book, stat, stat)
    assert result.order_tracking.num_rows == 0
    (row,) = result.merchant_metrics.to_pylist()
    assert row == {
        "merchant_id": "alone",
        "stat_date": stat,
        "tv_orders": 0,
        "tv_passing": 0,
        "tv_rate": 1.0,
        "gd_enrolled": False,
        "gd_orders": 0,
        "gd_guaranteed": 0,
        "gd_rate": 0.0,  # not enrolled
        "gd_default_pass": False,  # not enrolled: no default pass (rulebook §2 revised)
        "ots_due": 0,
        "ots_on_time": 0,
        "ots_rate": None,
        "rule_set_id": "2022-11",
    }
