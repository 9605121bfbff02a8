"""DuckDB and Spark run the same expressions: their full outputs must be identical."""

from __future__ import annotations

import pytest
from metrics_backends import Backends, main_results

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
