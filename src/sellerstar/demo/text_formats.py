"""CSV and JSON Lines encodings: ISO 8601 timestamps with offset, JSON objects per row.

Both are built column-wise with NumPy and Arrow compute (formatting a timestamp per row
in Python, or even Arrow's ``strftime`` with its time-zone look-ups, is far too slow for
tens of millions of events).

>>> instants = pa.array([1662603300_000000, None], pa.timestamp("us", tz="UTC"))
>>> iso_timestamps(instants, offset=8 * 3600_000_000).to_pylist()
['2022-09-08T10:15:00+08:00', None]
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from sellerstar.demo.clock import DAY, SECOND
from sellerstar.demo.text import constant, digits, join, to_arrow, with_nulls


def iso_timestamps(values: pa.Array | pa.ChunkedArray, offset: int) -> pa.Array:
    """``YYYY-MM-DDTHH:MM:SS±hh:mm`` of each instant at a fixed UTC ``offset`` (µs east);
    whole seconds; nulls stay null."""
    if isinstance(values, pa.ChunkedArray):
        values = values.combine_chunks()
    micros = values.cast(pa.int64()).fill_null(0).to_numpy(zero_copy_only=False)
    local = (micros + offset) // SECOND
    days, seconds = np.divmod(local, DAY // SECOND)
    year, month, day = _civil(days)
    rows = len(local)
    text = join(
        digits(year, 4), constant("-", rows), digits(month, 2), constant("-", rows),
        digits(day, 2), constant("T", rows), digits(seconds // 3600, 2), constant(":", rows),
        digits(seconds // 60 % 60, 2), constant(":", rows), digits(seconds % 60, 2),
        constant(_offset_text(offset), rows),
    )  # fmt: skip
    return with_nulls(to_arrow(text), np.asarray(values.is_null().to_numpy(zero_copy_only=False)))


def _offset_text(offset: int) -> str:
    minutes = abs(offset) // (60 * SECOND)
    return f"{'-' if offset < 0 else '+'}{minutes // 60:02d}:{minutes % 60:02d}"


def _civil(days: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Year, month, day of day numbers since 1970-01-01 (H. Hinnant's civil_from_days)."""
    z = days + 719_468
    era = np.floor_divide(z, 146_097)
    doe = z - era * 146_097
    yoe = (doe - doe // 1460 + doe // 36_524 - doe // 146_096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    day = doy - (153 * mp + 2) // 5 + 1
    month = np.where(mp < 10, mp + 3, mp - 9)
    year = yoe + era * 400 + (month <= 2)
    return year, month, day


def with_text_timestamps(data: pa.Table, offset: int) -> pa.Table:
    """The table with every timestamp column as ISO 8601 text."""
    columns = [
        iso_timestamps(column, offset) if pa.types.is_timestamp(column.type) else column
        for column in data.columns
    ]
    return pa.Table.from_arrays(columns, names=data.column_names)


def json_lines(data: pa.Table) -> pa.Buffer:
    """One JSON object per row (keys in column order, missing values null), as the bytes
    of the lines; ``data``'s timestamps must already be text."""
    if data.num_rows == 0:
        return pa.py_buffer(b"")
    parts: list[pa.Array | str] = []
    for index, (name, column) in enumerate(zip(data.column_names, data.columns, strict=True)):
        parts.append(("{" if index == 0 else ",") + f'"{name}":')
        parts.append(_json_values(column.combine_chunks()))
    lines = pc.binary_join_element_wise(*parts, "}\n", "")
    offsets = np.frombuffer(lines.buffers()[1], dtype=np.int32)[lines.offset :]
    start, end = int(offsets[0]), int(offsets[len(lines)])
    buffer = lines.buffers()[2]
    assert buffer is not None
    return buffer.slice(start, end - start)


def _json_values(column: pa.Array) -> pa.Array:
    if pa.types.is_date(column.type):
        column = pc.cast(column, pa.string())  # ISO 8601, a JSON string like a timestamp
    if pa.types.is_string(column.type):
        if pc.any(pc.match_substring_regex(column, r'["\\\x00-\x1f]')).as_py():
            column = pc.replace_substring(column, "\\", "\\\\")
            column = pc.replace_substring(column, '"', '\\"')
            for code in range(32):
                column = pc.replace_substring(column, chr(code), f"\\u{code:04x}")
        text = pc.binary_join_element_wise('"', column, '"', "")
    else:
        text = pc.cast(column, pa.string())
    return pc.fill_null(text, "null")
