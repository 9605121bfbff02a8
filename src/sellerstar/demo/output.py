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
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from sellerstar.contract import TABLES, Kind, Table
from sellerstar.demo.options import FORMATS, Format
from sellerstar.demo.text_formats import json_lines, with_text_timestamps
from sellerstar.errors import InputError

_TYPES: dict[Kind, pa.DataType] = {
    Kind.ID: pa.string(),
    Kind.STR: pa.string(),
    Kind.COUNTRY: pa.string(),
    Kind.TS: pa.timestamp("us", tz="UTC"),
    Kind.DATE: pa.date32(),
    Kind.BOOL: pa.bool_(),
    Kind.MONEY: pa.decimal128(14, 2),
    Kind.DECIMAL: pa.decimal128(14, 2),
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
    """Writes chunks of contract tables into the output folder; counts rows."""

    def __init__(self, out: Path, fmt: Format, offset: int, parts: dict[str, int]) -> None:
        """``offset``: the platform's UTC offset (µs) for text timestamps; ``parts``: how
        many chunks each table comes in (more than one makes a Parquet folder)."""
        self.out, self.format, self.offset, self.parts = out, fmt, offset, parts
        self.rows: dict[str, int] = dict.fromkeys(TABLES, 0)
        self._files: dict[str, IO[bytes]] = {}
        self._csv: dict[str, pacsv.CSVWriter] = {}

    def write(self, name: str, columns: dict[str, pa.Array], part: int = 0) -> None:
        """Write chunk number ``part`` of table ``name`` (columns by contract name); text
        formats append, so their chunks must come in order."""
        table = TABLES[name]
        data = pa.Table.from_arrays(
            [columns[column] for column in table.column_names], schema=arrow_schema(table)
        )
        self.rows[name] += data.num_rows
        if self.format == "parquet":
            self._parquet(name, data, part)
            return
        # Text is several times larger than the columns: encode in slices.
        for start in range(0, max(data.num_rows, 1), _TEXT_SLICE):
            text = with_text_timestamps(data.slice(start, _TEXT_SLICE), self.offset)
            if self.format == "csv":
                self._csv_writer(name, text.schema).write_table(text)
            else:
                self._stream(name).write(memoryview(json_lines(text)))

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

    def _csv_writer(self, name: str, schema: pa.Schema) -> pacsv.CSVWriter:
        if name not in self._csv:
            options = pacsv.WriteOptions(quoting_style="needed")
            self._csv[name] = pacsv.CSVWriter(self._stream(name), schema, write_options=options)
        return self._csv[name]


_TEXT_SLICE = 100_000
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
