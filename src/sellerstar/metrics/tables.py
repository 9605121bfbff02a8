"""The contract tables inside an engine, in the one shape every metric reads.

Inside the engine every timestamp column is a naive UTC timestamp, every flag a boolean,
everything else text with empty text as null. Every source is scanned lazily by the
engine (only the columns and rows a query needs): Parquet with native timestamps and
booleans as it is (also store mode's spooled tables, :func:`from_parquet`), CSV, JSON
Lines and Parquet with text values through a view that parses the text
(:func:`sellerstar.engines.read_text_files`). Arrow tables (tests, Spark's store mode)
are registered as they are.

>>> from sellerstar import engines
>>> backend = engines.connect("duckdb")
>>> tables = from_arrow(backend, empty_arrow_tables())
>>> engines.to_arrow(backend, tables.orders).num_rows
0
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path

import ibis
import ibis.expr.types as ir
import pyarrow as pa
import pyarrow.parquet as pq
from ibis.backends import BaseBackend

from sellerstar import engines
from sellerstar.contract import TABLES, Kind
from sellerstar.metrics.dates import DayClock
from sellerstar.metrics.sources import (
    METRIC_COLUMNS,
    Source,
    check_required,
    find_source,
    kind_of,
    present_columns,
)

_PREFIX = "sellerstar_in_"


@dataclass(frozen=True)
class Tables:
    """The contract tables the metrics read, as engine tables."""

    merchants: ir.Table
    orders: ir.Table
    shipments: ir.Table
    tracking_events: ir.Table
    tracking_appeals: ir.Table
    guarantee_enrolments: ir.Table


TABLE_NAMES: tuple[str, ...] = tuple(f.name for f in fields(Tables))


def arrow_schema(table: str) -> pa.Schema:
    """The Arrow schema :func:`from_arrow` expects for one table."""
    types = {
        Kind.TS: pa.timestamp("us", tz="UTC"),
        Kind.BOOL: pa.bool_(),
    }
    return pa.schema(
        [(c, types.get(kind_of(table, c), pa.string())) for c in METRIC_COLUMNS[table]]
    )


def empty_arrow_tables() -> dict[str, pa.Table]:
    """Every table, empty: a start for tests and for stores with nothing in them."""
    return {name: arrow_schema(name).empty_table() for name in TABLE_NAMES}


def from_arrow(backend: BaseBackend, data: dict[str, pa.Table]) -> Tables:
    """Register typed Arrow tables (see :func:`arrow_schema`) in the engine."""
    loaded = {}
    for name in TABLE_NAMES:
        arrow = data[name].select(list(METRIC_COLUMNS[name])).cast(arrow_schema(name))
        raw = engines.register_arrow(backend, _PREFIX + name, arrow)
        loaded[name] = _shape(raw, name)
    return Tables(**loaded)


def from_parquet(backend: BaseBackend, files: dict[str, Path]) -> Tables:
    """Register Parquet files written in :func:`arrow_schema` (store mode's spooled
    tables) as lazy views: the engine reads them as it reads a data lake, spilling beyond
    its memory limit, where Arrow tables would sit whole in memory."""
    loaded = {}
    for name in TABLE_NAMES:
        utc = [f.name for f in arrow_schema(name) if pa.types.is_timestamp(f.type)]
        raw = engines.read_parquet(backend, _PREFIX + name, [files[name]], utc)
        loaded[name] = _shape(raw, name)
    return Tables(**loaded)


def from_folder(backend: BaseBackend, folder: Path, clock: DayClock) -> Tables:
    """Open a data-lake folder's contract files in the engine."""
    loaded = {}
    for name in TABLE_NAMES:
        source = find_source(folder, name)
        kinds = _timestamp_columns(source) if source.format == "parquet" else None
        if kinds is not None:
            aware, local = kinds
            raw = engines.read_parquet(backend, _PREFIX + name, source.paths, sorted(aware))
            loaded[name] = _shape(raw, name, clock, local)
        else:
            header, hows = _text_reading(source)
            raw = engines.read_text_files(
                backend, _PREFIX + name, source.format, source.paths, header, hows, source.label
            )
            loaded[name] = _shape_text(raw, name, clock, hows)
    return Tables(**loaded)


def _text_reading(source: Source) -> tuple[list[str], dict[str, str]]:
    """The source's columns and how the engine reads each metric column it has (see
    :data:`sellerstar.engines.text_views.HOWS`): Parquet columns of native types as they are,
    text parsed; text columns of CSV and JSON Lines trimmed, Parquet's kept as they are
    (as for native Parquet)."""
    present = present_columns(source)
    check_required(source, present)
    schema = pq.read_schema(source.paths[0]) if source.format == "parquet" else None
    hows: dict[str, str] = {}
    for column in METRIC_COLUMNS[source.table]:
        if column not in present:
            continue
        kind = kind_of(source.table, column)
        native = schema.field(column).type if schema is not None else pa.string()
        if kind is Kind.TS and pa.types.is_timestamp(native):
            hows[column] = "instant" if native.tz is not None else "wall"
        elif kind is Kind.TS:
            hows[column] = "time"
        elif kind is Kind.BOOL:
            hows[column] = "bool" if pa.types.is_boolean(native) else "flag"
        else:
            hows[column] = "text" if schema is not None else "trim"
    return present, hows


def _shape_text(raw: ir.Table, table: str, clock: DayClock, hows: dict[str, str]) -> ir.Table:
    """Project a text view (:func:`_text_reading`) to the metric columns: wall-clock
    times to UTC by the clock."""
    schema = raw.schema()
    columns: dict[str, ir.Value] = {}
    for name in METRIC_COLUMNS[table]:
        kind, how = kind_of(table, name), hows.get(name)
        if how is None:
            columns[name] = ibis.null(_ibis_type(kind))
            continue
        column = raw[name]
        if kind is Kind.TS:
            if schema[name].timezone is not None:
                column = column.cast("timestamp")
            columns[name] = ibis.ifelse(raw[f"{name}__wall"], clock.utc_from_local(column), column)
        elif how == "text":
            text = column if schema[name].is_string() else column.cast("string")
            columns[name] = text if TABLES[table].column(name).required else text.nullif("")
        else:
            columns[name] = column
    return raw.select(**columns)


def _timestamp_columns(source: Source) -> tuple[frozenset[str], frozenset[str]] | None:
    """The zone-aware and the naive (platform wall-clock) timestamp columns of a Parquet
    source the engine can scan as it is, or None when a timestamp or flag column is not
    native."""
    schema = pq.read_schema(source.paths[0])
    check_required(source, list(schema.names))
    aware: set[str] = set()
    local: set[str] = set()
    for column in METRIC_COLUMNS[source.table]:
        if column not in schema.names:
            continue
        kind, arrow_type = kind_of(source.table, column), schema.field(column).type
        if kind is Kind.TS:
            if not pa.types.is_timestamp(arrow_type):
                return None
            (aware if arrow_type.tz is not None else local).add(column)
        if kind is Kind.BOOL and not pa.types.is_boolean(arrow_type):
            return None
    return frozenset(aware), frozenset(local)


def _shape(
    raw: ir.Table,
    table: str,
    clock: DayClock | None = None,
    local: frozenset[str] = frozenset(),
) -> ir.Table:
    """Project to the metric columns with their engine types.

    ``local`` names timestamp columns holding platform wall-clock time (naive Parquet
    timestamps, data contract); ``clock`` turns them into UTC.
    """
    schema = raw.schema()
    columns: dict[str, ir.Value] = {}
    for name in METRIC_COLUMNS[table]:
        kind = kind_of(table, name)
        if name not in schema:
            columns[name] = ibis.null(_ibis_type(kind))
            continue
        column = raw[name]
        if kind is Kind.TS:
            if schema[name].timezone is not None:
                column = column.cast("timestamp")
            columns[name] = (
                clock.utc_from_local(column) if clock is not None and name in local else column
            )
        elif kind is Kind.BOOL:
            columns[name] = column
        else:
            text = column if schema[name].is_string() else column.cast("string")
            # Empty text means "none" only where the contract allows none.
            columns[name] = text if TABLES[table].column(name).required else text.nullif("")
    return raw.select(**columns)


def _ibis_type(kind: Kind) -> str:
    if kind is Kind.TS:
        return "timestamp"
    if kind is Kind.BOOL:
        return "boolean"
    return "string"
