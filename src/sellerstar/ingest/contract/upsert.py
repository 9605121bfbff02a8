"""The upsert of one contract table, and the two ways of sending it batches of rows.

The statement is ``INSERT ... ON CONFLICT (key) DO UPDATE SET ... WHERE <a column
differs>`` (SQLite and PostgreSQL both), so an unchanged row is not touched. Tracking
events keep the copy received first. SQLite gets the compiled statement with
``executemany`` on parameter tuples, converted column by column into exactly what
SQLAlchemy's own bind processing would send (checked on sample values). PostgreSQL gets
each batch by ``COPY`` (CSV written by Arrow) into a temporary table, then one
``INSERT ... SELECT ... ON CONFLICT``: a per-row round trip would cost several times more.
"""

from __future__ import annotations

import datetime as dt
import decimal
import io
from collections.abc import Callable, Sequence
from typing import Any, Protocol

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pa_csv
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Dialect

from sellerstar.ingest.contract.kinds import MONEY, TIMESTAMP
from sellerstar.store.types import UtcDateTime

Converter = Callable[[pa.Array], list[Any]]


class Sink(Protocol):
    """Upserts batches of typed columns into one table; says how many rows it changed."""

    def write(self, columns: dict[str, pa.Array]) -> int: ...


def upsert_statement(
    stored: sa.Table, dialect: Dialect, earliest: str | None, rows: sa.Select[Any] | None = None
) -> sa.Insert:
    """The upsert of ``stored``: of bound rows, or of the rows ``rows`` selects."""
    insert = sqlite.insert if dialect.name == "sqlite" else postgresql.insert
    statement = insert(stored)
    if rows is not None:
        statement = statement.from_select([c.name for c in stored.columns], rows)
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


class ExecuteManySink:
    """The compiled upsert, run with ``executemany`` on plain parameter tuples."""

    def __init__(self, connection: sa.Connection, stored: sa.Table, earliest: str | None) -> None:
        self._connection = connection
        dialect = connection.dialect
        compiled = upsert_statement(stored, dialect, earliest).compile(dialect=dialect)
        self._sql = str(compiled)
        self._positional = compiled.positional
        self._names: Sequence[str] = (
            list(compiled.positiontup or ()) if compiled.positional else list(compiled.params)
        )
        self._converters = {c.name: _converter(c, dialect) for c in stored.columns}

    def write(self, columns: dict[str, pa.Array]) -> int:
        values = [self._converters[name](columns[name]) for name in self._names]
        params: list[Any] = list(zip(*values, strict=True))
        if not self._positional:
            params = [dict(zip(self._names, row, strict=True)) for row in params]
        return max(self._connection.exec_driver_sql(self._sql, params).rowcount, 0)


class PostgresCopySink:
    """``COPY`` into a temporary twin of the table, then one upsert from it."""

    def __init__(self, connection: sa.Connection, stored: sa.Table, earliest: str | None) -> None:
        self._connection = connection
        self._names = [c.name for c in stored.columns]
        name = f"_import_{stored.name}"
        staging = sa.Table(name, sa.MetaData(), *(sa.Column(c.name, c.type) for c in stored.c))
        connection.exec_driver_sql(
            f'CREATE TEMPORARY TABLE "{name}" (LIKE "{stored.name}") ON COMMIT DROP'
        )
        rows = sa.select(*staging.c)
        if earliest is not None:
            # One statement may not change a row twice: keep each event's earliest copy.
            keys = [staging.c[c.name] for c in stored.primary_key.columns]
            rows = rows.ext(postgresql.distinct_on(*keys)).order_by(*keys, staging.c[earliest])
        statement = upsert_statement(stored, connection.dialect, earliest, rows)
        # SQLAlchemy memoises an INSERT's row count only when asked to.
        self._upsert = statement.execution_options(preserve_rowcount=True)
        self._copy = f'COPY "{name}" ({", ".join(self._names)}) FROM STDIN (FORMAT csv)'
        self._truncate = f'TRUNCATE "{name}"'

    def write(self, columns: dict[str, pa.Array]) -> int:
        batch = pa.record_batch([columns[n] for n in self._names], names=self._names)
        buffer = io.BytesIO()
        # Arrow quotes every text value and leaves nulls bare: PostgreSQL reads bare as NULL.
        pa_csv.write_csv(batch, buffer, pa_csv.WriteOptions(include_header=False))
        self._connection.exec_driver_sql(self._truncate)
        driver: Any = self._connection.connection.driver_connection  # psycopg's own
        with driver.cursor() as cursor, cursor.copy(self._copy) as copy:
            copy.write(buffer.getvalue())
        return max(self._connection.execute(self._upsert).rowcount, 0)


def python_values(array: pa.Array) -> list[Any]:
    """The values of ``array`` as Python objects; timestamps as aware UTC datetimes."""
    if pa.types.is_timestamp(array.type):
        # Naive values convert several times faster than zone-aware ones.
        naive = pc.cast(array, pa.timestamp("us")).to_pylist()
        return [None if v is None else v.replace(tzinfo=dt.UTC) for v in naive]
    return list(array.to_pylist())


def _converter(column: sa.Column[Any], dialect: Dialect) -> Converter:
    """Batch conversion of a column into DB-API values, as SQLAlchemy would bind them."""
    process = column.type.dialect_impl(dialect).bind_processor(dialect)

    def generic(array: pa.Array) -> list[Any]:
        values = python_values(array)
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
