"""The metric engine's outputs: their Arrow schemas and the files they are written to.

Columns are the data contract's (``MERCHANT_METRICS_COLUMNS``, ``ORDER_TRACKING_COLUMNS``)
in that order, followed by explanatory ones: the rule-set each row was computed under
and, per order, its current and failing shipment counts.

>>> MERCHANT_METRICS_SCHEMA.names[:3]
['merchant_id', 'stat_date', 'tv_orders']
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from pyarrow import csv as pacsv

from sellerstar.contract import MERCHANT_METRICS_COLUMNS, ORDER_TRACKING_COLUMNS
from sellerstar.errors import InputError

FORMATS: tuple[str, ...] = ("parquet", "csv", "jsonl")

_TYPES: dict[str, pa.DataType] = {
    "merchant_id": pa.string(),
    "order_id": pa.string(),
    "owner_account_id": pa.string(),
    "stat_date": pa.date32(),
    "ship_date": pa.date32(),
    "reason": pa.string(),
    "rule_set_id": pa.string(),
    **{
        name: pa.int64()
        for name in (
            "tv_orders",
            "tv_passing",
            "gd_orders",
            "gd_guaranteed",
            "ots_due",
            "ots_on_time",
            "shipments",
            "failing_shipments",
        )
    },
    **{name: pa.float64() for name in ("tv_rate", "gd_rate", "ots_rate")},
    **{
        name: pa.bool_()
        for name in (
            "gd_enrolled",
            "gd_default_pass",
            "counted_pass",
            "shown_pass",
            "appeal_window_open",
        )
    },
}

MERCHANT_METRICS_SCHEMA = pa.schema(
    [(n, _TYPES[n]) for n in (*MERCHANT_METRICS_COLUMNS, "rule_set_id")]
)
ORDER_TRACKING_SCHEMA = pa.schema(
    [
        (n, _TYPES[n])
        for n in (*ORDER_TRACKING_COLUMNS, "rule_set_id", "shipments", "failing_shipments")
    ]
)
MERCHANT_METRICS_ORDER = [("stat_date", "ascending"), ("merchant_id", "ascending")]
ORDER_TRACKING_ORDER = [
    ("stat_date", "ascending"),
    ("merchant_id", "ascending"),
    ("order_id", "ascending"),
]


def conform(table: pa.Table, schema: pa.Schema) -> pa.Table:
    """Cast to ``schema``: day numbers become dates, engine-specific types the same."""
    columns = []
    for field in schema:
        column = table[field.name]
        if pa.types.is_date32(field.type) and pa.types.is_integer(column.type):
            column = pc.cast(column, pa.int32()).cast(pa.date32())
        columns.append(pc.cast(column, field.type))
    return pa.Table.from_arrays(columns, schema=schema)


def write(table: pa.Table, folder: Path, name: str, fmt: str) -> Path:
    """Write ``table`` as ``folder/name.<fmt>``; returns the path."""
    if fmt not in FORMATS:
        raise InputError(f"unknown output format {fmt!r} (use {', '.join(FORMATS)})")
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.{fmt}"
    if fmt == "parquet":
        pq.write_table(table, path)
    elif fmt == "csv":
        pacsv.write_csv(table, path, pacsv.WriteOptions(quoting_style="needed"))
    else:
        with path.open("w", encoding="utf-8") as handle:
            for batch in table.to_batches(max_chunksize=65536):
                for row in batch.to_pylist():
                    handle.write(json.dumps(row, default=_json_value, ensure_ascii=False))
                    handle.write("\n")
    return path


def _json_value(value: object) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"cannot write {value!r} as JSON")
