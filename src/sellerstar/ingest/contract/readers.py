"""Stream one file of a contract table as batches of raw column values.

Nothing is loaded whole: CSV goes through pyarrow's streaming reader, Parquet through
``ParquetFile.iter_batches``, JSONL line by line. Every batch carries each row's position
(CSV record number, JSONL line, Parquet row) so a problem can name its line. Problems of
the file itself (a missing required column, a malformed line) go to ``report``.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.csv as pa_csv
import pyarrow.parquet as pq

from sellerstar.contract import Table
from sellerstar.ingest import bounded_json
from sellerstar.ingest.contract.csvlines import locate_unreadable_line
from sellerstar.ingest.contract.problems import Anchor, Problem, SourceFile

Report = Callable[[Problem], None]

BATCH_ROWS = 20_000
_CSV_BLOCK_BYTES = 1 << 20  # bigger blocks only add read-ahead memory, not speed


@dataclass(frozen=True)
class RawBatch:
    """Rows of one file as read: every contract column, absent optional ones all null."""

    source: SourceFile
    anchor: Anchor
    positions: npt.NDArray[np.int64]
    columns: dict[str, pa.Array]

    @property
    def num_rows(self) -> int:
        return len(self.positions)


def read_batches(table: Table, source: SourceFile, report: Report) -> Iterator[RawBatch]:
    """The rows of ``source`` in batches of at most about 20,000 rows."""
    readers = {"csv": _read_csv, "jsonl": _read_jsonl, "parquet": _read_parquet}
    yield from readers[source.format](table, source, report)


def _present_columns(
    table: Table, names: list[str], source: SourceFile, anchor: Anchor, report: Report
) -> list[str] | None:
    """The contract columns the file has, or None when it cannot be read (problems sent)."""
    position = 1 if anchor is Anchor.LINE else 0
    seen: set[str] = set()
    usable = True
    for name in names:
        if name in seen and name in table.column_names:
            report(Problem.at(source, anchor, position, name, "column appears twice in the header"))
            usable = False
        seen.add(name)
    for name in table.required_columns:
        if name not in seen:
            report(Problem.at(source, anchor, position, name, "missing required column"))
            usable = False
    return [n for n in table.column_names if n in seen] if usable else None


def _complete(table: Table, columns: dict[str, pa.Array], rows: int) -> dict[str, pa.Array]:
    return {
        name: columns[name] if name in columns else pa.nulls(rows, pa.string())
        for name in table.column_names
    }


def _read_csv(table: Table, source: SourceFile, report: Report) -> Iterator[RawBatch]:
    with source.path.open("rb") as handle:
        first_line = handle.readline()
    try:
        header = next(csv.reader([first_line.decode("utf-8-sig")]), None)
    except UnicodeDecodeError:
        report(Problem.at(source, Anchor.LINE, 1, None, "header is not valid UTF-8"))
        return
    if not header:
        report(Problem.at(source, Anchor.LINE, 1, None, "empty file: no header row"))
        return
    present = _present_columns(table, header, source, Anchor.LINE, report)
    if present is None:
        return
    bad_records = 0

    def on_invalid_row(row: pa_csv.InvalidRow) -> str:
        nonlocal bad_records
        bad_records += 1
        reason = f"expected {row.expected_columns} fields, found {row.actual_columns}"
        report(Problem.at(source, Anchor.BAD_RECORD, bad_records, None, reason))
        return "skip"

    record = 0
    try:
        # Opening reads the first block already, so it may fail like any later block.
        reader = pa_csv.open_csv(
            source.path,
            read_options=pa_csv.ReadOptions(block_size=_CSV_BLOCK_BYTES),
            parse_options=pa_csv.ParseOptions(
                newlines_in_values=True, invalid_row_handler=on_invalid_row
            ),
            convert_options=pa_csv.ConvertOptions(
                include_columns=present,
                column_types=dict.fromkeys(present, pa.string()),
                strings_can_be_null=False,
                quoted_strings_can_be_null=False,
            ),
        )
        for batch in reader:
            rows = batch.num_rows
            positions = np.arange(record + 1, record + rows + 1, dtype=np.int64)
            record += rows
            columns = {name: batch.column(name) for name in present}
            yield RawBatch(source, Anchor.RECORD, positions, _complete(table, columns, rows))
    except pa.ArrowInvalid as exc:
        line, reason = locate_unreadable_line(source.path, str(exc))
        report(Problem.at(source, Anchor.LINE if line else Anchor.FILE, line, None, reason))


def _read_jsonl(table: Table, source: SourceFile, report: Report) -> Iterator[RawBatch]:
    names = table.column_names
    present: list[str] | None = None
    values: dict[str, list[str | None]] = {n: [] for n in names}
    lines: list[int] = []
    with source.path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            obj = _json_object(raw, number, source, report)
            if obj is None:
                continue
            if present is None:
                # The first object stands in for a header: it must have every required key.
                present = _present_columns(table, list(obj), source, Anchor.LINE, report)
                if present is None:
                    return
            row = _json_row(obj, names, number, source, report)
            if row is None:
                continue
            for name, value in zip(names, row, strict=True):
                values[name].append(value)
            lines.append(number)
            if len(lines) >= BATCH_ROWS:
                yield _jsonl_batch(source, lines, values)
                values = {n: [] for n in names}
                lines = []
    if lines:
        yield _jsonl_batch(source, lines, values)


def _json_object(
    raw: bytes, number: int, source: SourceFile, report: Report
) -> dict[str, object] | None:
    text = raw.strip()
    if not text:
        return None
    try:
        obj = bounded_json.loads(text.removeprefix(b"\xef\xbb\xbf") if number == 1 else text)
    except UnicodeDecodeError:
        report(Problem.at(source, Anchor.LINE, number, None, "not valid UTF-8"))
        return None
    except json.JSONDecodeError as exc:
        report(Problem.at(source, Anchor.LINE, number, None, f"not valid JSON: {exc.msg}"))
        return None
    if not isinstance(obj, dict):
        report(Problem.at(source, Anchor.LINE, number, None, "expected a JSON object"))
        return None
    return obj


def _json_row(
    obj: dict[str, object], names: tuple[str, ...], number: int, source: SourceFile, report: Report
) -> list[str | None] | None:
    row: list[str | None] = []
    for name in names:
        value = obj.get(name)
        if value is None or isinstance(value, str):
            row.append(value)
        elif isinstance(value, bool):
            row.append("true" if value else "false")
        elif isinstance(value, int | float):
            row.append(repr(value))
        else:
            kind = "an array" if isinstance(value, list) else "an object"
            report(Problem.at(source, Anchor.LINE, number, name, f"expected a value, found {kind}"))
            return None
    return row


def _jsonl_batch(
    source: SourceFile, lines: list[int], values: dict[str, list[str | None]]
) -> RawBatch:
    columns = {name: pa.array(column, type=pa.string()) for name, column in values.items()}
    return RawBatch(source, Anchor.LINE, np.asarray(lines, dtype=np.int64), columns)


def _read_parquet(table: Table, source: SourceFile, report: Report) -> Iterator[RawBatch]:
    try:
        parquet = pq.ParquetFile(source.path)
    except (pa.ArrowException, OSError) as exc:
        report(Problem.at(source, Anchor.FILE, 0, None, f"not a readable Parquet file: {exc}"))
        return
    with parquet:
        present = _present_columns(table, parquet.schema_arrow.names, source, Anchor.SCHEMA, report)
        if present is None:
            return
        row = 0
        try:
            for batch in parquet.iter_batches(batch_size=BATCH_ROWS, columns=present):
                rows = batch.num_rows
                positions = np.arange(row + 1, row + rows + 1, dtype=np.int64)
                row += rows
                columns = {name: batch.column(name) for name in present}
                yield RawBatch(source, Anchor.ROW, positions, _complete(table, columns, rows))
        except (pa.ArrowException, OSError) as exc:
            reason = f"unreadable after row {row}: {exc}"
            report(Problem.at(source, Anchor.ROW, row + 1, None, reason))
