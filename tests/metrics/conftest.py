"""Fixtures of the metric tests: engines (DuckDB, local Spark), a Spark standalone cluster
and the computed scenarios.

Tests that need Spark are marked ``spark``; Spark starts once per session, and so does the
cluster (only in a session that runs a test asking for it).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from metrics_backends import Backends, main_results
from metrics_scenarios import Results
from spark_cluster import SparkCluster, remove

from sellerstar.rules import RuleBook, load_rulebook

ENGINE_PARAMS = ["duckdb", pytest.param("spark", marks=pytest.mark.spark)]


@pytest.fixture(scope="session")
def backends() -> Iterator[Backends]:
    held = Backends()
    yield held
    held.close()


@pytest.fixture(scope="session")
def spark_cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SparkCluster]:
    """A master and two one-core workers on 127.0.0.1, stopped at the end of the session."""
    cluster = SparkCluster(tmp_path_factory.mktemp("spark-cluster"))
    try:
        yield cluster.start()
    finally:
        remove(cluster)


@pytest.fixture(scope="session")
def book() -> RuleBook:
    return load_rulebook()


@pytest.fixture(scope="session", params=ENGINE_PARAMS)
def engine_name(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="session")
def results(backends: Backends, book: RuleBook, engine_name: str) -> Results:
    """Every registered scenario, computed over MAIN_RANGE on one engine."""
    return main_results(backends, book, engine_name)
