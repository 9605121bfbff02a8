"""`--engine spark` on a Spark standalone cluster (a master and two workers started by the
`spark_cluster` fixture), not only local[2]: lake mode and store mode give the same numbers
as DuckDB, and the executors run the driver's Python.

Each run is its own driver process, as in production (the test session may already hold a
local Spark context, and a process has at most one), configured only through the
environment: ``SELLERSTAR_SPARK_MASTER=spark://…`` and ``SPARK_CONF_DIR``.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from metrics_backends import Backends
from metrics_market import Market
from metrics_scenarios import combined_market
from spark_cluster import WORKERS, SparkCluster
from test_metrics_store import NOW, _imported, _same, _stored

from sellerstar.metrics.output import MERCHANT_METRICS_SCHEMA, ORDER_TRACKING_SCHEMA
from sellerstar.metrics.runner import Result, compute
from sellerstar.metrics.tables import from_arrow
from sellerstar.rules import RuleBook
from sellerstar.store.schema import merchant_metrics, order_tracking

pytestmark = [pytest.mark.spark, pytest.mark.slow]

FIRST, LAST = dt.date(2022, 11, 20), dt.date(2022, 11, 24)
DRIVER_TIMEOUT_S = 300

# The store-mode driver: the metric job of `sellerstar compute`, plus a look at the Python
# the executors run (a two-partition job, so both workers' executors can answer).
STORE_DRIVER = """
import datetime as dt, json, sys
from sellerstar import engines
from sellerstar.jobs.metrics import run_store_job
from sellerstar.rules import load_rulebook
from sellerstar.store.db import opened

url, first, last, now = sys.argv[1:]
backend = engines.connect("spark")
context = backend._session.sparkContext
python = lambda _=None: f"{sys.executable} {sys.version.split()[0]}"
seen = sorted(set(context.parallelize(range(4), 2).map(python).collect()))
with opened(url) as store:
    _, counts = run_store_job(
        store, load_rulebook(), dt.date.fromisoformat(first), dt.date.fromisoformat(last),
        backend="spark", now=dt.datetime.fromisoformat(now),
    )
print(json.dumps({
    "master": context.master,
    "driver": python(),
    "executors": seen,
    "counts": counts,
}))
"""


@pytest.fixture(scope="module")
def market() -> Market:
    return combined_market()


@pytest.fixture(scope="module")
def expected(backends: Backends, book: RuleBook, market: Market) -> Result:
    backend = backends.get("duckdb")
    return compute(backend, from_arrow(backend, market.arrow()), book, FIRST, LAST, True)


def _drive(cluster: SparkCluster, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, *args],
        env=cluster.driver_env(),
        capture_output=True,
        text=True,
        timeout=DRIVER_TIMEOUT_S,
    )
    assert done.returncode == 0, done.stderr[-4000:]
    return done.stdout


def _applications(cluster: SparkCluster) -> list[dict[str, object]]:
    state = cluster.state()
    found = [*state.get("activeapps", []), *state.get("completedapps", [])]  # type: ignore[misc]
    return found


def test_lake_mode_on_the_cluster_gives_duckdbs_files(
    tmp_path: Path, market: Market, expected: Result, spark_cluster: SparkCluster
) -> None:
    folder = market.write(tmp_path / "in", "parts")
    out = tmp_path / "out"
    before = len(_applications(spark_cluster))
    printed = _drive(
        spark_cluster,
        "-m",
        "sellerstar",
        "metrics",
        "run",
        "--input",
        str(folder),
        "--from",
        FIRST.isoformat(),
        "--to",
        LAST.isoformat(),
        "--output",
        str(out),
        "--orders-all-dates",
        "--engine",
        "spark",
        "--quiet",
    )
    assert "tracking visibility" in printed
    assert pq.read_table(out / "merchant_metrics.parquet").equals(expected.merchant_metrics)
    assert pq.read_table(out / "order_tracking.parquet").equals(expected.order_tracking)
    # The run was an application of the cluster, with an executor on each worker (a
    # worker keeps a folder per application it ran executors for).
    applications = _applications(spark_cluster)
    assert len(applications) == before + 1
    assert applications[-1]["name"] == "sellerstar-metrics"
    assert spark_cluster.workers_that_ran(str(applications[-1]["id"])) == WORKERS


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_store_mode_on_the_cluster_stores_duckdbs_numbers(
    database_url: str,
    tmp_path: Path,
    market: Market,
    expected: Result,
    spark_cluster: SparkCluster,
) -> None:
    _imported(database_url, market, tmp_path / "in")
    printed = _drive(
        spark_cluster,
        "-c",
        STORE_DRIVER,
        database_url,
        FIRST.isoformat(),
        LAST.isoformat(),
        NOW.isoformat(),
    )
    report = json.loads(printed.splitlines()[-1])
    assert report["master"] == spark_cluster.url
    assert report["executors"] == [report["driver"]]
    assert report["counts"] == {
        "merchant_metrics": expected.merchant_metrics.num_rows,
        "order_tracking": expected.order_tracking.num_rows,
    }
    _same(
        _stored(database_url, merchant_metrics, MERCHANT_METRICS_SCHEMA), expected.merchant_metrics
    )
    _same(_stored(database_url, order_tracking, ORDER_TRACKING_SCHEMA), expected.order_tracking)
