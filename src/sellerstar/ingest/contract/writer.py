"""Write checked batches into the store: batched upserts, and counts of what changed.

Each table gets one ``INSERT ... ON CONFLICT (key) DO UPDATE SET ... WHERE <a column
differs>`` (SQLite and PostgreSQL both), so an unchanged row is not touched and
re-importing the same files changes nothing. Tracking events keep the copy received
first. The statement is compiled once and run with ``executemany`` on plain parameter
tuples; each column's values are converted batch-wise into exactly what SQLAlchemy's own
bind processing would send (checked on sample values when the writer starts).
"""

from __future__ import annotations

import datetime as dt
import decimal
import hashlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from json.encoder import encode_basestring_ascii as _quote  # what json.dumps uses
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Dialect

from sellerstar.contract import Table
from sellerstar.ingest.contract.kinds import MONEY, TIMESTAMP
from sellerstar.ingest.contract.rowrules import KEEP_EARLIEST
from sellerstar.ingest.contract.validate import CheckedBatch
from sellerstar.store.schema import contract_tables, event_key
from sellerstar.store.types import UtcDateTime

Converter = Callable[[pa.Array], list[Any]]

_SQLITE_CACHE_KIB = 128 * 1024
"""SQLite page cache while an import writes: with SQLite's default 2 MiB, inserting 1M
orders into their indexes took about twice as long."""


@dataclass
class TableCounts:
    """What an import did to one table. ``unchanged`` rows matched the store already."""

    read: int = 0
    inserted: int = 0
    updated: int = 0

    @property
    def unchanged(self) -> int:
        return self.read - self.inserted - self.updated

    def as_dict(self) -> dict[str, int]:
        return {
            "read": self.read,
            "inserted": self.inserted,
            "updated": self.updated,
            "unchanged": self.unchanged,
        }


@contextmanager
def bulk_writing(connection: sa.Connection) -> Iterator[None]:
    """Settings for a large write on ``connection``, restored afterwards."""
    if connection.dialect.name != "sqlite":
        yield
        return
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size=-{_SQLITE_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size={int(before or 0)}")


class TableWriter:
    """Upserts the batches of one contract table over one connection (one transaction)."""

    def __init__(self, connection: sa.Connection, table: Table) -> None:
        self._connection = connection
        self._table = table
        self._stored = contract_tables[table.name]
        dialect = connection.dialect
        compiled = _upsert(self._stored, dialect, KEEP_EARLIEST.get(table.name)).compile(
            dialect=dialect
        )
        self._sql = str(compiled)
        self._names: Sequence[str] = (
            list(compiled.positiontup or ()) if compiled.positional else list(compiled.params)
        )
        self._positional = compiled.positional
        self._converters = {c.name: _converter(c, dialect) for c in self._stored.columns}
        self.counts = TableCounts()
        self._before = self._row_count()
        self._written = 0

    def write(self, batch: CheckedBatch) -> None:
        """Upsert one batch (every row of it valid)."""
        if not batch.num_rows:
            return
        columns = dict(batch.columns)
        if "event_key" in self._stored.c:
            columns["event_key"] = _event_keys(columns)
        values = [self._converters[name](columns[name]) for name in self._names]
        params: list[Any] = list(zip(*values, strict=True))
        if not self._positional:
            params = [dict(zip(self._names, row, strict=True)) for row in params]
        result = self._connection.exec_driver_sql(self._sql, params)
        self._written += max(result.rowcount, 0)
        self.counts.read += batch.num_rows

    def finish(self) -> TableCounts:
        """Work out inserted and updated rows; the row count only grows by inserts."""
        self.counts.inserted = self._row_count() - self._before
        self.counts.updated = self._written - self.counts.inserted
        return self.counts

    def _row_count(self) -> int:
        count = self._connection.execute(sa.select(sa.func.count()).select_from(self._stored))
        return int(count.scalar_one())


def _upsert(stored: sa.Table, dialect: Dialect, earliest: str | None) -> sa.Insert:
    insert = sqlite.insert if dialect.name == "sqlite" else postgresql.insert
    statement = insert(stored)
    excluded = statement.excluded
    keys = [c.name for c in stored.primary_key.columns]
    data = [c for c in stored.columns if c.name not in keys]
    differs = sa.or_(*(c.is_distinct_from(excluded[c.name]) for c in data))
    if earliest is not None:
        # The copy received first wins; a later copy of the same event changes nothing.
        current, incoming = stored.c[earliest], excluded[earliest]
        differs = sa.or_(incoming < current, sa.and_(incoming == current, differs))
    return statement.on_conflict_do_update(
        index_elements=keys, set_={c.name: excluded[c.name] for c in data}, where=differs
    )


def _event_keys(columns: dict[str, pa.Array]) -> pa.Array:
    """``event_key`` of every row, computed in bulk; the first row is checked against it."""
    names = ("carrier", "tracking_number", "source", "description")
    texts = [columns[n].to_pylist() for n in names]
    instants = _isoformat_utc(columns["event_time"])
    keys = [
        hashlib.sha256(
            f"[{_quote(c)}, {_quote(t)}, {_quote(s)}, {_quote(i)}, {_quote(d)}]".encode()
        ).hexdigest()
        for c, t, s, d, i in zip(*texts, instants, strict=True)
    ]
    if keys:
        first = (texts[0][0], texts[1][0], texts[2][0], columns["event_time"][0].as_py())
        if keys[0] != event_key(*first, texts[3][0]):
            # The store changed how it keys events: follow it, slowly but correctly.
            values = [_python_values(columns[n]) for n in (*names[:3], "event_time", names[3])]
            keys = [event_key(*row) for row in zip(*values, strict=True)]
    return pa.array(keys, type=pa.string())


def _isoformat_utc(times: pa.Array) -> list[str]:
    """``datetime.isoformat()`` of UTC instants: microseconds only when not zero."""
    text = pc.cast(pc.cast(times, pa.timestamp("us")), pa.string())
    text = pc.replace_substring_regex(text, pattern=r"\.000000$", replacement="")
    text = pc.replace_substring(text, pattern=" ", replacement="T")
    return list(pc.binary_join_element_wise(text, "+00:00", "").to_pylist())


def _python_values(array: pa.Array) -> list[Any]:
    if pa.types.is_timestamp(array.type):
        # Naive values convert several times faster than zone-aware ones.
        naive = pc.cast(array, pa.timestamp("us")).to_pylist()
        return [None if v is None else v.replace(tzinfo=dt.UTC) for v in naive]
    return list(array.to_pylist())


def _converter(column: sa.Column[Any], dialect: Dialect) -> Converter:
    """Batch conversion of a column into DB-API values, as SQLAlchemy would bind them."""
    process = column.type.dialect_impl(dialect).bind_processor(dialect)

    def generic(array: pa.Array) -> list[Any]:
        values = _python_values(array)
        return values if process is None else [process(v) for v in values]

    fast = _fast_converter(column, dialect)
    if fast is None:
        return generic
    sample = _SAMPLES.get(type(column.type))
    if sample is not None and fast(sample) == generic(sample):
        return fast
    return generic


def _fast_converter(column: sa.Column[Any], dialect: Dialect) -> Converter | None:
    if dialect.name != "sqlite":
        return None
    if isinstance(column.type, UtcDateTime):
        return lambda a: pc.cast(pc.cast(a, pa.timestamp("us")), pa.string()).to_pylist()
    if isinstance(column.type, sa.Numeric):
        return lambda a: pc.cast(a, pa.float64()).to_pylist()
    if isinstance(column.type, sa.Boolean):
        return lambda a: pc.cast(a, pa.int64()).to_pylist()
    return None


_SAMPLES: dict[type, pa.Array] = {
    UtcDateTime: pa.array(
        [
            dt.datetime(2022, 9, 8, 2, 15, 0, 123456, tzinfo=dt.UTC),
            dt.datetime(1999, 12, 31, 23, 59, tzinfo=dt.UTC),
            None,
        ],
        type=TIMESTAMP,
    ),
    sa.Numeric: pa.array([decimal.Decimal("12.50"), decimal.Decimal("-0.01"), None], type=MONEY),
    sa.Boolean: pa.array([True, False, None]),
}
