"""Writing contract tables as Parquet (native types), CSV or JSON Lines, chunk by chunk.

Parquet: timestamps ``timestamp[us, tz=UTC]``, money ``decimal128(14, 2)``, booleans and
integers native. A table written in several chunks is a folder of parts
(``orders/part-00000.parquet`` ...), otherwise one file (``merchants.parquet``).
CSV and JSON Lines: one file per table, timestamps as ISO 8601 with the platform offset
(``2022-09-08T10:15:00+08:00``), booleans ``true``/``false``, empty = missing.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import IO

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from sellerstar.contract import TABLES, Kind, Table
from sellerstar.demo.options import FORMATS, Format
from sellerstar.errors import InputError

_TYPES: dict[Kind, pa.DataType] = {
    Kind.ID: pa.string(),
    Kind.STR: pa.string(),
    Kind.COUNTRY: pa.string(),
    Kind.TS: pa.timestamp("us", tz="UTC"),
    Kind.DATE: pa.date32(),
    Kind.BOOL: pa.bool_(),
    Kind.MONEY: pa.decimal128(14, 2),
    Kind.INT: pa.int64(),
}


def arrow_schema(table: Table) -> pa.Schema:
    """The Arrow schema the generator writes for a contract table."""
    return pa.schema(
        [pa.field(c.name, _TYPES[c.kind], nullable=not c.required) for c in table.columns]
    )


def prepare(out: Path, overwrite: bool) -> None:
    """Create ``out``; refuse (or with ``overwrite`` remove) earlier table files in it."""
    found = [path for name in TABLES for path in _table_paths(out, name) if path.exists()]
    if found and not overwrite:
        listed = ", ".join(path.name for path in found[:4])
        raise InputError(f"{out} already holds contract tables ({listed}); pass --overwrite")
    for path in found:
        if path.is_dir():
            strays = [p.name for p in path.iterdir() if not p.name.startswith("part-")]
            if strays:
                raise InputError(
                    f"{path} holds files that are not parts ({strays[0]}); not removed"
                )
            shutil.rmtree(path)
        else:
            path.unlink()
    out.mkdir(parents=True, exist_ok=True)


def _table_paths(out: Path, name: str) -> list[Path]:
    return [out / name, *(out / f"{name}.{suffix}" for suffix in FORMATS)]


class TableWriter:
    """Appends chunks of contract tables to the output folder; counts rows and bytes."""

    def __init__(self, out: Path, fmt: Format, zone: str, parts: dict[str, int]) -> None:
        self.out, self.format, self.zone, self.parts = out, fmt, zone, parts
        self.rows: dict[str, int] = dict.fromkeys(TABLES, 0)
        self._written: dict[str, int] = dict.fromkeys(TABLES, 0)
        self._files: dict[str, IO[bytes]] = {}
        self._csv: dict[str, pacsv.CSVWriter] = {}

    def write(self, name: str, columns: dict[str, pa.Array]) -> None:
        """Append one chunk of table ``name`` (columns by contract name)."""
        table = TABLES[name]
        data = pa.Table.from_arrays(
            [columns[column] for column in table.column_names], schema=arrow_schema(table)
        )
        self.rows[name] += data.num_rows
        part = self._written[name]
        self._written[name] += 1
        if self.format == "parquet":
            self._parquet(name, data, part)
        elif self.format == "csv":
            self._write_csv(name, data)
        else:
            self._stream(name).write(_jsonl(self._texts(data)))

    def close(self) -> None:
        """Finish every file."""
        for writer in self._csv.values():
            writer.close()
        for handle in self._files.values():
            handle.close()

    def bytes_written(self) -> int:
        """Total size of the written table files."""
        paths = [p for name in TABLES for p in _table_paths(self.out, name) if p.exists()]
        files = [f for p in paths for f in (p.rglob("*") if p.is_dir() else [p]) if f.is_file()]
        return sum(f.stat().st_size for f in files)

    def _parquet(self, name: str, data: pa.Table, part: int) -> None:
        if self.parts.get(name, 1) > 1:
            folder = self.out / name
            folder.mkdir(exist_ok=True)
            path = folder / f"part-{part:05d}.parquet"
        elif part == 0:
            path = self.out / f"{name}.parquet"
        else:
            raise RuntimeError(f"{name} is a single Parquet file but got a second chunk")
        pq.write_table(data, path, compression="zstd", use_dictionary=_dictionary_columns(data))

    def _stream(self, name: str) -> IO[bytes]:
        if name not in self._files:
            self._files[name] = (self.out / f"{name}.{self.format}").open("wb")
        return self._files[name]

    def _write_csv(self, name: str, data: pa.Table) -> None:
        text = self._texts(data)
        if name not in self._csv:
            self._csv[name] = pacsv.CSVWriter(
                self._stream(name),
                text.schema,
                write_options=pacsv.WriteOptions(quoting_style="needed"),
            )
        self._csv[name].write_table(text)

    def _texts(self, data: pa.Table) -> pa.Table:
        """Timestamps as ISO 8601 text with the platform offset; other columns unchanged."""
        columns = [
            iso_timestamps(col, self.zone) if pa.types.is_timestamp(col.type) else col
            for col in data.columns
        ]
        return pa.Table.from_arrays(columns, names=data.column_names)


# Nearly unique per row: dictionary encoding would only be tried and dropped (slow).
_UNIQUE = {
    "tracking_number",
    "order_id",
    "shipment_id",
    "replaced_by",
    "buyer_id",
    "appeal_id",
    "product_id",
}


def _dictionary_columns(data: pa.Table) -> list[str]:
    return [
        field.name
        for field in data.schema
        if pa.types.is_string(field.type) and field.name not in _UNIQUE
    ]


def iso_timestamps(values: pa.ChunkedArray | pa.Array, zone: str) -> pa.Array:
    """``2022-09-08T10:15:00+08:00`` for each instant, in ``zone``; nulls stay null."""
    local = pc.cast(values, pa.timestamp("s", tz=zone))
    text = pc.strftime(local, format="%Y-%m-%dT%H:%M:%S%z")
    return pc.replace_substring_regex(text, pattern=r"(\d\d)(\d\d)$", replacement=r"\1:\2")


def _jsonl(data: pa.Table) -> bytes:
    """One JSON object per row, keys in column order; missing values are null."""
    parts: list[pa.Array | str] = []
    for index, (name, column) in enumerate(zip(data.column_names, data.columns, strict=True)):
        parts.append(("{" if index == 0 else ",") + f'"{name}":')
        parts.append(_json_values(column))
    if data.num_rows == 0:
        return b""
    lines = pc.binary_join_element_wise(*parts, "}\n", "")
    joined = pa.concat_arrays(lines.chunks) if isinstance(lines, pa.ChunkedArray) else lines
    offsets = joined.buffers()[1]
    assert offsets is not None
    start, end = (
        pa.Array.from_buffers(pa.int32(), len(joined) + 1, [None, offsets], offset=joined.offset)
        .to_numpy()[[0, -1]]
        .tolist()
    )
    data_buffer = joined.buffers()[2]
    assert data_buffer is not None
    return bytes(data_buffer.to_pybytes()[start:end])


def _json_values(column: pa.ChunkedArray) -> pa.Array:
    kind = column.type
    if pa.types.is_string(kind):
        escaped = column
        for plain, escape in (("\\", "\\\\"), ('"', '\\"'), ("\n", "\\n"), ("\t", "\\t")):
            escaped = pc.replace_substring(escaped, plain, escape)
        text = pc.binary_join_element_wise('"', escaped, '"', "")
    else:
        text = pc.cast(column, pa.string())
    return pc.fill_null(text, "null")
