"""Contract files of a data-lake folder: find them and read them into Arrow, typed.

A table is ``<name>.parquet``, ``<name>.csv``, ``<name>.jsonl`` or a folder ``<name>/`` of
Parquet parts (data contract). Only the columns the metrics read are kept. Values are
normalised to what the engines expect: timestamps as UTC instants (an ISO text without an
offset is platform time), booleans from ``true``/``false``/``1``/``0``, everything else
text, empty text as null.

The metric engine reads no table through :func:`read_arrow`: it scans every source lazily
and parses text itself (:mod:`sellerstar.metrics.tables`); lake mode calls
:func:`read_arrow` only after the engine failed on a value, to name its line. The smaller
lake inputs of other modules (reviews, samples, recruitment, fairs) are read here.
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from sellerstar.contract import LAKE_ONLY_TABLES, TABLES, Kind
from sellerstar.errors import InputError

METRIC_COLUMNS: dict[str, tuple[str, ...]] = {
    "merchants": ("merchant_id",),
    "orders": (
        "order_id",
        "merchant_id",
        "owner_account_id",
        "trade_assurance",
        "destination_country",
        "trade_term",
        "export_mode",
        "transport",
        "payment_method",
        "status",
        "paid_at",
        "ship_by",
        "shipped_at",
        "all_items_rts",
        "delivery_promise",
    ),
    "shipments": (
        "shipment_id",
        "order_id",
        "carrier",
        "tracking_number",
        "uploaded_at",
        "replaced_by",
    ),
    "tracking_events": (
        "carrier",
        "tracking_number",
        "event_time",
        "received_at",
        "description",
        "source",
    ),
    "tracking_appeals": (
        "appeal_id",
        "order_id",
        "shipment_id",
        "submitted_at",
        "status",
        "decided_at",
    ),
    "guarantee_enrolments": ("merchant_id", "joined_at", "left_at"),
}
"""The tables and columns the metric engine reads."""

_OFFSET = re.compile(r"(Z|z|[+-]\d{2}(:?\d{2})?)$")
_INTEGER = re.compile(r"[+-]?\d{1,18}")
_TRUE = frozenset({"true", "1"})
_FALSE = frozenset({"false", "0"})


_SPECS = {**TABLES, **LAKE_ONLY_TABLES}
"""Every table a lake folder may hold: the contract's and the lake-only inputs."""


def kind_of(table: str, column: str) -> Kind:
    """The contract type of a column."""
    return _SPECS[table].column(column).kind


@dataclass(frozen=True)
class Source:
    """Where one table's data is: its files and their format."""

    table: str
    format: str  # parquet | csv | jsonl
    paths: tuple[Path, ...]

    @property
    def label(self) -> str:
        return str(self.paths[0]) if len(self.paths) == 1 else str(self.paths[0].parent)


def find_source(folder: Path, table: str) -> Source:
    """The one file (or Parquet folder) holding ``table`` in ``folder``."""
    found: list[Source] = []
    for suffix in ("parquet", "csv", "jsonl"):
        path = folder / f"{table}.{suffix}"
        if path.is_file():
            found.append(Source(table, suffix, (path,)))
    part_folder = folder / table
    if part_folder.is_dir():
        parts = tuple(sorted(part_folder.glob("*.parquet")))
        if not parts:
            raise InputError(f"{part_folder}: folder has no .parquet files")
        found.append(Source(table, "parquet", parts))
    if not found:
        raise InputError(
            f"{folder}: table {table!r} is missing (expected {table}.parquet, {table}.csv, "
            f"{table}.jsonl or a folder {table}/ of Parquet parts)"
        )
    if len(found) > 1:
        names = ", ".join(source.label for source in found)
        raise InputError(f"{folder}: table {table!r} is given more than once ({names})")
    return found[0]


def present_columns(source: Source) -> list[str]:
    """Column names the source's file has."""
    if source.format == "parquet":
        return list(pq.read_schema(source.paths[0]).names)
    if source.format == "csv":
        with source.paths[0].open(newline="", encoding="utf-8-sig") as handle:
            return next(csv.reader(handle), [])
    with source.paths[0].open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                return list(_json_row(line, source, 1).keys())
    # An empty file has no rows to name its columns: it lacks none.
    return list(_SPECS[source.table].column_names)


def check_required(
    source: Source, present: list[str], columns: tuple[str, ...] | None = None
) -> None:
    """Refuse a source that lacks a required contract column of ``columns`` (default: the
    ones the metrics read)."""
    spec = _SPECS[source.table]
    wanted = METRIC_COLUMNS[source.table] if columns is None else columns
    missing = [c for c in wanted if spec.column(c).required and c not in present]
    if missing:
        raise InputError(f"{source.label}: missing required column(s) {', '.join(missing)}")


def read_arrow(source: Source, timezone: str, columns: tuple[str, ...] | None = None) -> pa.Table:
    """Read ``columns`` (default: the metric columns) of a source into a typed Arrow table:
    timestamps UTC, flags boolean, whole numbers int64, the rest text (empty = null)."""
    columns = METRIC_COLUMNS[source.table] if columns is None else columns
    present = present_columns(source)
    check_required(source, present, columns)
    wanted = [c for c in columns if c in present]
    if source.format == "parquet":
        raw = pq.ParquetDataset([str(p) for p in source.paths]).read(columns=wanted)
    elif source.format == "csv":
        raw = _read_csv(source, wanted)
    else:
        raw = _read_jsonl(source, wanted)
    typed = {}
    for name in columns:
        kind = kind_of(source.table, name)
        if name in raw.column_names:
            typed[name] = _normalise(raw[name], kind, timezone, source, name)
        else:
            typed[name] = pa.nulls(raw.num_rows, arrow_type(kind))
    return pa.table(typed)


def arrow_type(kind: Kind) -> pa.DataType:
    """The Arrow type a column of the contract type is read as."""
    if kind is Kind.TS:
        return pa.timestamp("us", tz="UTC")
    if kind is Kind.BOOL:
        return pa.bool_()
    if kind is Kind.INT:
        return pa.int64()
    return pa.string()


def _read_csv(source: Source, wanted: list[str]) -> pa.Table:
    from pyarrow import csv as pacsv

    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in wanted},
        include_columns=wanted,
        strings_can_be_null=False,
        quoted_strings_can_be_null=False,
    )
    try:
        return pacsv.read_csv(source.paths[0], convert_options=convert)
    except pa.ArrowInvalid as exc:
        raise InputError(f"{source.label}: not a valid CSV file: {exc}") from None


def _json_row(line: str, source: Source, number: int) -> dict[str, object]:
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"{source.label} line {number}: not JSON: {exc.msg}") from None
    if not isinstance(row, dict):
        raise InputError(f"{source.label} line {number}: expected a JSON object")
    return row


def _read_jsonl(source: Source, wanted: list[str]) -> pa.Table:
    values: dict[str, list[str | None]] = {name: [] for name in wanted}
    with source.paths[0].open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            row = _json_row(line, source, number)
            for name in wanted:
                value = row.get(name)
                if isinstance(value, bool):
                    values[name].append("true" if value else "false")
                else:
                    values[name].append(None if value is None else str(value))
    return pa.table({name: pa.array(column, pa.string()) for name, column in values.items()})


def _normalise(
    column: pa.ChunkedArray, kind: Kind, timezone: str, source: Source, name: str
) -> pa.ChunkedArray:
    if kind is Kind.TS and pa.types.is_timestamp(column.type):
        if column.type.tz is None:
            column = pc.assume_timezone(
                column, timezone, ambiguous="earliest", nonexistent="earliest"
            )
        return column.cast(pa.timestamp("us", tz="UTC"))
    if kind is Kind.BOOL and pa.types.is_boolean(column.type):
        return column
    if kind is Kind.INT and pa.types.is_integer(column.type):
        return column.cast(pa.int64())
    text = pc.utf8_trim_whitespace(column.cast(pa.string()))
    text = pc.if_else(pc.equal(text, ""), pa.scalar(None, pa.string()), text)
    if kind is Kind.TS:
        return _parse_timestamps(text, timezone, source, name)
    if kind is Kind.BOOL:
        return _parse_bools(text, source, name)
    if kind is Kind.INT:
        return _parse_ints(text, source, name)
    return text


def _bad_value(source: Source, name: str, index: int, value: object, expected: str) -> InputError:
    where = f"line {index + 2}" if source.format == "csv" else f"row {index + 1}"
    return InputError(f"{source.label} {where}: {name}: {value!r} is not {expected}")


def _parse_timestamps(
    text: pa.ChunkedArray, timezone: str, source: Source, name: str
) -> pa.ChunkedArray:
    has_offset = pc.match_substring_regex(text, _OFFSET.pattern)
    with_offset = pc.if_else(has_offset, text, pa.scalar(None, pa.string()))
    without = pc.if_else(has_offset, pa.scalar(None, pa.string()), text)
    try:
        aware = with_offset.cast(pa.timestamp("us", tz="UTC"))
        wall = without.cast(pa.timestamp("us"))
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        for index, value in enumerate(text.to_pylist()):
            try:
                pa.array([value], pa.string()).cast(
                    pa.timestamp("us", tz="UTC")
                    if value and _OFFSET.search(value)
                    else pa.timestamp("us")
                )
            except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
                raise _bad_value(source, name, index, value, "an ISO 8601 timestamp") from None
        raise
    local = pc.assume_timezone(wall, timezone, ambiguous="earliest", nonexistent="earliest")
    return pc.if_else(has_offset, aware, local.cast(pa.timestamp("us", tz="UTC")))


def _parse_ints(text: pa.ChunkedArray, source: Source, name: str) -> pa.ChunkedArray:
    try:
        return text.cast(pa.int64())
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        for index, value in enumerate(text.to_pylist()):
            if value is not None and not _INTEGER.fullmatch(value):
                raise _bad_value(source, name, index, value, "a whole number") from None
        raise


def _parse_bools(text: pa.ChunkedArray, source: Source, name: str) -> pa.ChunkedArray:
    lowered = pc.utf8_lower(text)
    truthy = pc.is_in(lowered, pa.array(sorted(_TRUE)))
    falsy = pc.is_in(lowered, pa.array(sorted(_FALSE)))
    invalid = pc.and_(pc.is_valid(lowered), pc.invert(pc.or_(truthy, falsy)))
    if pc.any(invalid).as_py():
        index = pc.index(invalid, True).as_py()
        raise _bad_value(source, name, index, text[index].as_py(), "true, false, 1 or 0")
    return pc.if_else(pc.is_valid(lowered), truthy, pa.scalar(None, pa.bool_()))
