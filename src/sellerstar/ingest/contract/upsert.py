"""The upsert of one contract table, and the two ways of sending it batches of rows.

The statement is ``INSERT ... ON CONFLICT (key) DO UPDATE SET ... WHERE <a column
differs>`` (SQLite and PostgreSQL both), so an unchanged row is not touched. Tracking
events keep the copy received first. SQLite gets the compiled statement with
``executemany`` on parameter tuples, converted column by column into exactly what
SQLAlchemy's own bind processing would send (checked on sample values). PostgreSQL gets
every batch of a table by ``COPY`` (CSV written by Arrow) into a temporary staging table,
then one ``MERGE`` that updates the changed rows and inserts the new ones (PostgreSQL 15
or later; before 15, one ``UPDATE ... FROM`` and one ``INSERT ... SELECT``): a per-row
round trip would cost several times more. A table filled from empty (``bulkload``) gets
its batches by ``COPY`` straight into it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import decimal
import io
from collections.abc import Callable, Sequence
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pa_csv
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Dialect

from sellerstar.ingest.contract.kinds import MONEY, TIMESTAMP
from sellerstar.ingest.contract.references import key_hashes
from sellerstar.store.types import UtcDateTime

Converter = Callable[[pa.Array], list[Any]]

# For the staged write's join of every staged row with its stored row: PostgreSQL's default
# 4 MB splits a million-row hash into a hundred batches on disk (a third of the time).
_JOIN_MEMORY = "256MB"
_MERGE_SINCE = (15,)  # the first PostgreSQL version with MERGE


class Sink(Protocol):
    """Upserts batches of typed columns into one table; says how many rows it changed."""

    def write(self, columns: dict[str, pa.Array]) -> int: ...

    def finish(self) -> int:
        """Write what is still held back; the rows it changed."""
        ...

    def abort(self, error: BaseException) -> None:
        """Give up half-way (the transaction is about to roll back)."""
        ...


def upsert_statement(stored: sa.Table, dialect: Dialect, earliest: str | None) -> sa.Insert:
    """The upsert of ``stored``, of bound rows."""
    insert = sqlite.insert if dialect.name == "sqlite" else postgresql.insert
    statement = insert(stored)
    excluded = statement.excluded
    keys = [c.name for c in stored.primary_key.columns]
    data = [c.name for c in stored.columns if c.name not in keys]
    return statement.on_conflict_do_update(
        index_elements=keys,
        set_={n: excluded[n] for n in data},
        where=_differs(stored.c, excluded, data, earliest),
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

    def finish(self) -> int:
        return 0  # every batch was written as it came

    def abort(self, error: BaseException) -> None:
        return None  # nothing held open


class PostgresCopySink:
    """``COPY`` every batch into a temporary twin of the table, then one update and one insert.

    The whole table is staged before anything touches the stored table. The stored table
    is locked against other writers (readers go on) from before the import's first write
    until the commit (``bulkload.prepare_write``), as SQLite's import holds its write lock,
    so that which keys exist cannot change under the import: one ``MERGE`` (one hash join)
    updates the changed rows and inserts the new ones; before PostgreSQL 15, one ``UPDATE
    ... FROM`` and one ``INSERT ... SELECT ... WHERE NOT EXISTS`` (two hash joins). Rows
    identical to the stored ones are not touched; ``INSERT ... ON CONFLICT`` cost half as
    much again per row, and locked (so rewrote) every unchanged row it met.

    Keys are unique (checked), except tracking events, which may come twice: if the key
    hashes show a repeated key, the later copies are deleted from the staging table (or,
    with ``fill_empty``, from the table) by one statement, keeping each key's earliest
    (then first-read) copy; without repeats, no statement and no sort at all.

    ``fill_empty``: the table was empty and is filled in bulk (``bulkload``): every batch
    is copied straight into it.
    """

    def __init__(
        self,
        connection: sa.Connection,
        stored: sa.Table,
        earliest: str | None,
        *,
        fill_empty: bool = False,
    ) -> None:
        self._connection = connection
        self._stored = stored
        self._earliest = earliest
        self._keys = [c.name for c in stored.primary_key.columns]
        self._names = [c.name for c in stored.columns]
        self._staging_name = name = f"_import_{stored.name}"
        self._direct = fill_empty
        self._copied = 0
        self._key_hashes: list[npt.NDArray[np.int64]] = []
        self._hex_keys = True  # every key so far hexadecimal: hashed by its first 16 digits
        # One COPY for the whole table, open across batches: PostgreSQL takes in one batch
        # while Python reads and checks the next, on the other core.
        self._copying = contextlib.ExitStack()
        self._copy_stream: Any = None
        target = stored.name if self._direct else name
        self._copy = f'COPY "{target}" ({", ".join(self._names)}) FROM STDIN (FORMAT csv)'
        if self._direct:
            return
        # Dropped at the commit, and with everything else on a rollback.
        connection.exec_driver_sql(
            f'CREATE TEMPORARY TABLE "{name}" (LIKE "{stored.name}") ON COMMIT DROP'
        )

    def write(self, columns: dict[str, pa.Array]) -> int:
        """Stage one batch (or copy it in, filling an empty table); counted at :meth:`finish`."""
        arrays = [_copy_text(columns[n]) for n in self._names]
        batch = pa.record_batch(arrays, names=self._names)
        buffer = io.BytesIO()
        # Arrow quotes every text value and leaves nulls bare: PostgreSQL reads bare as NULL.
        pa_csv.write_csv(batch, buffer, pa_csv.WriteOptions(include_header=False))
        if self._copy_stream is None:
            driver: Any = self._connection.connection.driver_connection  # psycopg's own
            cursor = self._copying.enter_context(driver.cursor())
            self._copy_stream = self._copying.enter_context(cursor.copy(self._copy))
        self._copy_stream.write(buffer.getvalue())
        self._copied += batch.num_rows
        if self._earliest is not None:
            prefixes = _hex_prefixes(columns[self._keys[0]]) if len(self._keys) == 1 else None
            self._hex_keys = self._hex_keys and prefixes is not None
            if prefixes is None:
                prefixes = key_hashes([columns[k] for k in self._keys])
            self._key_hashes.append(prefixes)
        return 0

    def abort(self, error: BaseException) -> None:
        """End an open ``COPY`` with the error, so that the connection can roll back."""
        if self._copy_stream is not None:
            self._copy_stream = None
            self._copying.__exit__(type(error), error, error.__traceback__)

    def finish(self) -> int:
        """Write the staged rows; the rows inserted or changed."""
        if self._copy_stream is not None:
            self._copy_stream = None
            self._copying.close()  # the COPY ends: every row is in
        connection = self._connection
        if self._direct:
            return self._copied - self._delete_later_copies(self._stored.name)
        staging = self._staging_name
        self._delete_later_copies(staging)  # one statement may not change a row twice
        # Temporary tables are never analysed automatically: the join would be guessed.
        connection.exec_driver_sql(f'ANALYZE "{staging}"')
        connection.exec_driver_sql(f"SET LOCAL work_mem = '{_JOIN_MEMORY}'")  # till the commit
        # The import locked the table against other writers before writing anything
        # (bulkload.prepare_write): which keys exist cannot change meanwhile.
        version = connection.dialect.server_version_info or (0,)
        writes = staged_merge if version >= _MERGE_SINCE else staged_writes
        changed = 0
        for statement in writes(self._stored, staging, self._earliest):
            changed += max(connection.execute(statement).rowcount, 0)
        connection.exec_driver_sql(f'DROP TABLE "{staging}"')
        return changed

    def _delete_later_copies(self, name: str) -> int:
        """Of rows copied into table ``name`` twice, delete all but the earliest copy;
        how many went."""
        if not self._key_hashes:
            return 0
        hashes = np.sort(np.concatenate(self._key_hashes))
        self._key_hashes = []
        if not (hashes[1:] == hashes[:-1]).any():
            return 0  # the common case: no key came twice, no statement at all
        table, keys = f'"{name}"', ", ".join(f'"{k}"' for k in self._keys)
        repeated = np.unique(hashes[1:][hashes[1:] == hashes[:-1]])
        if self._hex_keys:
            # The repeated keys are known by their first 16 hex digits: one scan finds them.
            which = f"left({keys}, 16) = ANY(%(repeated)s)"
            params = {"repeated": [f"{int(h) & (2**64 - 1):016x}" for h in repeated]}
        else:
            which = f"({keys}) IN (SELECT {keys} FROM {table} GROUP BY {keys} HAVING count(*) > 1)"
            params = {}
        deleted = self._connection.exec_driver_sql(
            f"DELETE FROM {table} WHERE ctid IN (SELECT ctid FROM ("
            f"SELECT ctid, row_number() OVER (PARTITION BY {keys}"
            f' ORDER BY "{self._earliest}", ctid) AS copy FROM {table}'
            f" WHERE {which}) AS copies WHERE copy > 1)",
            params,
        )
        return max(deleted.rowcount, 0)


_HEX_DIGITS = np.full(256, 255, dtype=np.uint64)
_HEX_DIGITS[np.frombuffer(b"0123456789abcdef", dtype=np.uint8)] = np.arange(16, dtype=np.uint64)
_NIBBLE_SHIFTS = np.arange(60, -1, -4, dtype=np.uint64)


def _hex_prefixes(keys: pa.Array) -> npt.NDArray[np.int64] | None:
    """The first 16 hex digits of every key as a 64-bit number (the tracking events'
    SHA-256 keys), or None when a key is not that long a lower-case hex string."""
    if keys.null_count or not pa.types.is_string(keys.type):
        return None
    head = pc.utf8_slice_codeunits(keys, 0, 16)
    offsets = np.frombuffer(head.buffers()[1], dtype=np.int32)[head.offset :][: len(head) + 1]
    if len(head) == 0 or not (np.diff(offsets) == 16).all():
        return None
    data = np.frombuffer(head.buffers()[2], dtype=np.uint8)[offsets[0] : offsets[-1]]
    digits = _HEX_DIGITS[data].reshape(len(head), 16)
    if (digits == 255).any():
        return None
    return np.asarray((digits << _NIBBLE_SHIFTS).sum(axis=1, dtype=np.uint64).view(np.int64))


def _copy_text(array: pa.Array) -> pa.Array:
    """Timestamps as UTC text with an explicit offset: Arrow's CSV writer formats a
    zone-aware timestamp five times slower than it casts a naive one to text."""
    if not pa.types.is_timestamp(array.type):
        return array
    text = pc.cast(pc.cast(array, pa.timestamp("us")), pa.string())
    return pc.binary_join_element_wise(text, "+00", "")  # a null stays null


def staged_writes(stored: sa.Table, staging_name: str, earliest: str | None) -> list[Any]:
    """Before PostgreSQL 15: the update of the changed rows of table ``staging_name``
    (each key once), then the insert of its new rows."""
    keys, data = _key_and_data(stored)
    staged = _twin(stored, staging_name)
    same_key = sa.and_(*(stored.c[k] == staged.c[k] for k in keys))
    update = (
        stored.update()
        .where(same_key, _differs(stored.c, staged.c, data, earliest))
        .values({n: staged.c[n] for n in data})
        .execution_options(preserve_rowcount=True)
    )
    new = sa.select(*staged.c).where(~sa.exists().where(same_key))
    insert = (
        stored.insert()
        .from_select([c.name for c in staged.c], new)
        .execution_options(preserve_rowcount=True)
    )
    return [update, insert] if data else [insert]


def staged_merge(stored: sa.Table, staging_name: str, earliest: str | None) -> list[Any]:
    """The ``MERGE`` of the rows of table ``staging_name`` (each key once) into ``stored``:
    the update of the changed rows and the insert of the new ones, in one join."""
    keys, data = _key_and_data(stored)
    target, staged = stored.alias("t"), _twin(stored, staging_name).alias("s")
    dialect = postgresql.dialect()  # type: ignore[no-untyped-call]

    def sql(clause: sa.ColumnElement[bool]) -> str:
        return str(clause.compile(dialect=dialect))

    on = sql(sa.and_(*(target.c[k] == staged.c[k] for k in keys)))
    names = [f'"{c.name}"' for c in stored.columns]
    matched = (
        f" WHEN MATCHED AND ({sql(_differs(target.c, staged.c, data, earliest))})"
        f" THEN UPDATE SET {', '.join(f'{q} = s.{q}' for q in names if q[1:-1] in data)}"
        if data
        else ""
    )
    return [
        sa.text(
            f'MERGE INTO "{stored.name}" AS t USING "{staging_name}" AS s ON {on}{matched}'
            f" WHEN NOT MATCHED THEN INSERT ({', '.join(names)})"
            f" VALUES ({', '.join(f's.{q}' for q in names)})"
        )
    ]


def _key_and_data(stored: sa.Table) -> tuple[list[str], list[str]]:
    keys = [c.name for c in stored.primary_key.columns]
    return keys, [c.name for c in stored.columns if c.name not in keys]


def _twin(stored: sa.Table, name: str) -> sa.Table:
    """Table ``name`` with the columns of ``stored`` (the staging table)."""
    return sa.Table(name, sa.MetaData(), *(sa.Column(c.name, c.type) for c in stored.c))


def _differs(
    current: Any, incoming: Any, data: list[str], earliest: str | None
) -> sa.ColumnElement[bool]:
    """Whether the incoming row changes the current one (see :func:`upsert_statement`)."""
    differs = sa.or_(*(current[n].is_distinct_from(incoming[n]) for n in data))
    if earliest is None:
        return differs
    # The copy received first wins; a later copy of the same event changes nothing.
    first, then = incoming[earliest], current[earliest]
    return sa.or_(first < then, sa.and_(first == then, differs))


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
