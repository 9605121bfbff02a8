"""A query's rows as a typed Arrow table, for the jobs that hand store tables to the
metric engine (the metrics, the reviews and the sample venue read the store this way)."""

from __future__ import annotations

from typing import Any

import pyarrow as pa
import sqlalchemy as sa

BATCH_ROWS = 10_000
"""Rows fetched and converted at a time: memory holds one batch of row objects."""


def arrow_table(result: sa.Result[Any], schema: pa.Schema) -> pa.Table:
    """The rows of ``result`` (columns named as ``schema``'s fields) as a table of
    ``schema``, converted a batch at a time."""
    batches = [
        pa.RecordBatch.from_pylist([row._asdict() for row in rows], schema=schema)
        for rows in result.partitions(BATCH_ROWS)
    ]
    return pa.Table.from_batches(batches, schema=schema)


def read_columns(connection: sa.Connection, query: sa.Select[Any], schema: pa.Schema) -> pa.Table:
    """``query`` streamed from the server (``yield_per``) into a table of ``schema``."""
    result = connection.execution_options(yield_per=BATCH_ROWS).execute(query)
    return arrow_table(result, schema)
