"""The metric engines: the only package that names DuckDB or Spark.

Metrics are Ibis expressions; this module opens a backend for them and moves data in and
out of it. Both sessions run in UTC, so timestamps inside an engine are UTC instants and
the metrics take platform dates explicitly (see :mod:`sellerstar.metrics.dates`).

>>> backend = connect("duckdb")
>>> import pyarrow as pa
>>> t = register_arrow(backend, "numbers", pa.table({"n": [1, 2, 3]}))
>>> to_arrow(backend, t.n.sum().name("total").as_table()).to_pylist()
[{'total': 6}]
>>> disconnect(backend)
"""

from __future__ import annotations

import gc
import os
import warnings
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import ibis
import ibis.expr.types as ir
import pyarrow as pa
from ibis.backends import BaseBackend

from sellerstar.config import Settings, get_settings
from sellerstar.engines import text_views
from sellerstar.errors import ConfigurationError

BACKENDS: tuple[str, ...] = ("duckdb", "spark")

# DuckDB spills to disk beyond this; keeps one stat date of 10M orders under 3 GB RSS.
_DUCKDB_MEMORY_LIMIT = "1500MB"
_SPARK_LOCAL_SHUFFLE_PARTITIONS = "4"
# Local mode runs everything in the driver's JVM; Spark's 1 GB default makes it collect
# garbage most of the time on a million orders.
_SPARK_LOCAL_DRIVER_MEMORY = "2g"


@contextmanager
def _quiet_engine_deprecations() -> Iterator[None]:
    # ibis 12 still calls DuckDB's fetch_arrow_table()/fetch_record_batch(), deprecated
    # by duckdb 1.4+; the call works, only the name changed. Scoped to calls made here.
    with warnings.catch_warnings():
        warnings.filterwarnings(
            "ignore",
            message=r"fetch_(arrow_table|record_batch)\(\) is deprecated",
            category=DeprecationWarning,
        )
        yield


def connect(backend: str | None = None, settings: Settings | None = None) -> BaseBackend:
    """An Ibis backend named ``backend`` (``duckdb`` or ``spark``; default from settings).

    >>> connect("oracle")
    Traceback (most recent call last):
    ...
    sellerstar.errors.ConfigurationError: unknown metric backend 'oracle' (use duckdb or spark)
    """
    settings = settings or get_settings()
    name = backend or settings.backend
    if name == "duckdb":
        return _connect_duckdb()
    if name == "spark":
        return _connect_spark(settings.spark_master)
    raise ConfigurationError(f"unknown metric backend {name!r} (use {' or '.join(BACKENDS)})")


def _connect_duckdb() -> BaseBackend:
    backend = ibis.duckdb.connect()
    backend.raw_sql("SET TimeZone = 'UTC'")
    backend.raw_sql(f"SET memory_limit = '{_DUCKDB_MEMORY_LIMIT}'")
    # Row order is restored by explicit sorts; not keeping it lets DuckDB stream more.
    backend.raw_sql("SET preserve_insertion_order = false")
    # The same Parquet files are scanned by several metrics: read their footers once.
    backend.raw_sql("SET parquet_metadata_cache = true")
    return backend


def _connect_spark(master: str) -> BaseBackend:
    from pyspark.sql import SparkSession

    builder = (
        SparkSession.builder.master(master)
        .appName("sellerstar-metrics")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .config("spark.sql.ansi.enabled", "false")
    )
    if master.startswith("local"):
        # A laptop or CI runner: stay off the network and keep the shuffle small.
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        builder = (
            builder.config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.sql.shuffle.partitions", _SPARK_LOCAL_SHUFFLE_PARTITIONS)
            .config("spark.driver.memory", _SPARK_LOCAL_DRIVER_MEMORY)
        )
    session = builder.getOrCreate()
    session.sparkContext.setLogLevel("ERROR")
    return ibis.pyspark.connect(session)


def backend_name(backend: BaseBackend) -> str:
    """``duckdb`` or ``spark``."""
    return "spark" if backend.name == "pyspark" else str(backend.name)


def _session(backend: BaseBackend) -> Any:
    return backend._session


def disconnect(backend: BaseBackend) -> None:
    """Close the backend (stops the Spark session)."""
    if backend_name(backend) == "spark":
        _session(backend).stop()
    else:
        backend.disconnect()


def _table(backend: BaseBackend, name: str) -> ir.Table:
    with _quiet_engine_deprecations():
        return backend.table(name)


def register_arrow(backend: BaseBackend, name: str, table: pa.Table) -> ir.Table:
    """Make an Arrow table available to the engine under ``name``.

    Zone-aware timestamps arrive as naive UTC timestamps (see :func:`read_parquet`).
    """
    if backend_name(backend) == "spark":
        session = _session(backend)
        frame = session.createDataFrame(table)
        frame.createOrReplaceTempView(name)
    else:
        naive = pa.schema(
            [
                field.with_type(pa.timestamp(field.type.unit))
                if pa.types.is_timestamp(field.type)
                else field
                for field in table.schema
            ]
        )
        # Same UTC values, no zone: the cast only relabels the column.
        backend.con.register(name, table.cast(naive))
    return _table(backend, name)


def read_parquet(
    backend: BaseBackend, name: str, paths: Sequence[Path], utc_columns: Sequence[str] = ()
) -> ir.Table:
    """A lazy view over Parquet files (one table split in parts is several paths).

    ``utc_columns`` are zone-aware timestamp columns; they are seen as naive UTC
    timestamps. Spark's timestamps are instants already (the session runs in UTC); DuckDB
    would turn zone-aware ones into local times through ICU, row by row, so the view
    rebuilds them from their epoch microseconds instead.
    """
    files = [str(path) for path in paths]
    if backend_name(backend) == "spark":
        _session(backend).read.parquet(*files).createOrReplaceTempView(name)
    else:
        listing = ", ".join("'" + f.replace("'", "''") + "'" for f in files)
        replaced = ", ".join(f'make_timestamp(epoch_us("{c}")) AS "{c}"' for c in utc_columns)
        columns = f"* REPLACE ({replaced})" if utc_columns else "*"
        backend.raw_sql(
            f'CREATE OR REPLACE TEMP VIEW "{name}" AS '
            f"SELECT {columns} FROM read_parquet([{listing}])"
        )
    return _table(backend, name)


def read_text_files(
    backend: BaseBackend,
    name: str,
    file_format: str,
    paths: Sequence[Path],
    header: Sequence[str],
    columns: Mapping[str, str],
    label: str,
) -> ir.Table:
    """A lazy view over CSV, JSON Lines or Parquet files whose values may be text: the
    engine reads the files and parses the values itself, only where a query needs them.

    ``header`` lists the CSV columns in file order; ``columns`` says how each wanted column
    is read (:data:`text_views.HOWS`). Every timestamp column ``c`` comes with ``c__wall``: true
    where the value is platform wall-clock time (ISO text without an offset, or a naive
    timestamp), false where it is an instant; ``c`` itself is a naive timestamp either way
    (the instant in UTC, or the wall-clock reading). A value that cannot be read fails the
    query with an error starting :data:`text_views.BAD_VALUE` and naming ``label`` and the column.
    """
    files = [str(path) for path in paths]
    if backend_name(backend) == "spark":
        text_views.spark_view(_session(backend), name, file_format, files, header, columns, label)
    else:
        sql = text_views.duckdb_view(name, file_format, files, header, columns, label)
        backend.raw_sql(sql)
    return _table(backend, name)


def failed_on_input(error: BaseException) -> bool:
    """Whether an engine's error may come from the input files: a value a text view could
    not read, or a file the reader could not parse (worth locating; not a lack of memory
    or a bug)."""
    import duckdb

    if isinstance(error, (duckdb.ConversionException, duckdb.InvalidInputException)):
        return True
    message = str(error)
    return text_views.BAD_VALUE in message or "Malformed" in message or "FAILFAST" in message


def materialize(backend: BaseBackend, name: str, expr: ir.Table) -> ir.Table:
    """Compute ``expr`` once and keep it under ``name`` for several later reads."""
    sql = str(backend.compile(expr))
    if backend_name(backend) == "spark":
        frame = _session(backend).sql(sql).cache()
        # Computed now, once: later plans read the cached rows instead of inlining it.
        frame.count()
        frame.createOrReplaceTempView(name)
    else:
        backend.raw_sql(f'CREATE OR REPLACE TEMP TABLE "{name}" AS {sql}')
    return _table(backend, name)


def drop(backend: BaseBackend, name: str) -> None:
    """Forget a table made by :func:`materialize` or :func:`register_arrow`."""
    if backend_name(backend) == "spark":
        session = _session(backend)
        if session.catalog.tableExists(name):
            session.catalog.dropTempView(name)
        return
    connection = backend.con
    found = connection.execute(
        "SELECT table_type FROM information_schema.tables WHERE table_name = ?", [name]
    ).fetchall()
    for (kind,) in found:
        if kind == "VIEW":
            # A registered Arrow table is a view too; unregister drops either.
            connection.unregister(name)
        else:
            connection.execute(f'DROP TABLE IF EXISTS "{name}"')


def to_arrow(backend: BaseBackend, expr: ir.Table) -> pa.Table:
    """Run ``expr`` and return its rows as an Arrow table."""
    if backend_name(backend) == "spark":
        # Through Arrow directly: ibis' own path goes through pandas.
        frame = _session(backend).sql(str(backend.compile(expr)))
        with warnings.catch_warnings():
            # pyspark's toArrow() leaves its local result socket to the garbage collector.
            warnings.filterwarnings(
                "ignore", message=r"unclosed <socket\.socket", category=ResourceWarning
            )
            result: pa.Table = frame.toArrow()
            gc.collect()
        return result
    with _quiet_engine_deprecations():
        return backend.to_pyarrow(expr)
