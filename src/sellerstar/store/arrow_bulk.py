"""Store tables in and out as Arrow, column-wise, without Python row objects.

The daily job hands whole contract tables to the metric engine and writes whole result
tables back. Row by row through SQLAlchemy that was most of its time (issue 21), so this
module speaks ADBC (Arrow Database Connectivity) to the same database, which gives and
takes Arrow record batches:

- **PostgreSQL**: the ADBC driver reads (one repeatable-read snapshot) and writes with
  binary ``COPY``. A write goes to a temporary staging table; the delete of the rows it
  replaces and one ``INSERT ... SELECT`` from the staging table commit in that
  connection's one transaction (all or nothing, as before).
- **SQLite**: the ADBC driver carries its own copy of the SQLite library, and two copies
  in one process release each other's file locks (sqlite.org/howtocorrupt.html, 2.2.1:
  it corrupted a test database). So it reads in a child process that imports nothing
  else and streams Arrow IPC back. Writes (the results: a few rows per merchant and
  order of the run's dates) go through the store's own connection, executemany of plain
  tuples in one transaction.

Without an ADBC driver installed, or on an in-memory SQLite database, reads go through
SQLAlchemy (:mod:`sellerstar.store.arrow_rows`): slower, same results.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import subprocess
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import sqlalchemy as sa

from sellerstar.store.arrow_rows import read_columns
from sellerstar.store.db import BATCH_LOCK_WAIT_SECONDS, transaction

_DRIVERS = {"postgresql": "adbc_driver_postgresql", "sqlite": "adbc_driver_sqlite"}
_STAGE_PREFIX = "sellerstar_stage_"
_INSERT_ROWS = 10_000
_Sink = Callable[[int, pa.RecordBatch], None]

# The SQLite reader: a child process with ADBC's SQLite and nothing else. argv: the
# database file and the lock wait (ms); stdin: a JSON list of SELECTs; stdout: one Arrow
# IPC stream per SELECT, in order, read in one transaction (one snapshot).
_SQLITE_CHILD = """
import json, sys
import adbc_driver_sqlite.dbapi as dbapi
import pyarrow.ipc as ipc
queries = json.load(sys.stdin)
with dbapi.connect(sys.argv[1]) as connection:
    cursor = connection.cursor()
    cursor.execute("PRAGMA busy_timeout=" + str(int(sys.argv[2])))
    for query in queries:
        cursor.adbc_statement.set_options(**{"adbc.sqlite.query.batch_rows": "65536"})
        cursor.execute(query)
        reader = cursor.fetch_record_batch()
        with ipc.new_stream(sys.stdout.buffer, reader.schema) as out:
            for batch in reader:
                out.write_batch(batch)
    connection.rollback()
"""


class _Cursor(Protocol):
    def execute(self, operation: str, parameters: Any = None) -> None: ...
    def fetch_record_batch(self) -> pa.RecordBatchReader: ...
    def adbc_ingest(
        self, table_name: str, data: pa.Table, mode: str = ..., *, temporary: bool = ...
    ) -> int: ...
    def close(self) -> None: ...


class _Connection(Protocol):
    def cursor(self) -> _Cursor: ...
    def commit(self) -> None: ...
    def rollback(self) -> None: ...
    def close(self) -> None: ...


@dataclass(frozen=True)
class Wanted:
    """What to read of one table: the columns ``schema`` names (as typed there) of the
    rows matching ``where`` (SQL the caller writes from trusted parts only; None: all)."""

    table: sa.Table
    schema: pa.Schema
    where: str | None = None


def reader_of(store: sa.Engine) -> str:
    """How :func:`read_tables` reads ``store``: ``adbc`` (in this process, PostgreSQL),
    ``adbc-child`` (SQLite, in a child process) or ``sqlalchemy`` (no driver installed,
    or in-memory SQLite).

    >>> from sellerstar.store.db import create_engine
    >>> reader_of(create_engine("sqlite://"))
    'sqlalchemy'
    """
    dialect = store.url.get_backend_name()
    module = _DRIVERS.get(dialect)
    if module is None or importlib.util.find_spec(module) is None:
        return "sqlalchemy"
    if dialect == "sqlite":
        return "sqlalchemy" if _sqlite_file(store) is None else "adbc-child"
    return "adbc"


def _sqlite_file(store: sa.Engine) -> str | None:
    database = store.url.database or ""
    if database in {"", ":memory:"} or database.startswith("file:"):
        return None
    return database


@contextmanager
def _postgres(store: sa.Engine) -> Iterator[_Connection]:
    # Imported by name: an optional dependency, typed here by the protocols above.
    dbapi: Any = importlib.import_module("adbc_driver_postgresql.dbapi")
    uri = store.url.set(drivername="postgresql").render_as_string(hide_password=False)
    connection: _Connection = dbapi.connect(uri)
    try:
        yield connection
    finally:
        connection.close()


def read_tables(store: sa.Engine, wanted: Mapping[str, Wanted]) -> dict[str, pa.Table]:
    """Each of ``wanted`` as a table of its schema (timestamps UTC, flags boolean, text
    text), all read in one transaction."""
    if reader_of(store) == "sqlalchemy":
        return _read_with_sqlalchemy(store, wanted)
    batches: list[list[pa.RecordBatch]] = [[] for _ in wanted]
    _stream_typed(store, wanted, lambda index, batch: batches[index].append(batch))
    return {
        name: pa.Table.from_batches(parts, schema=want.schema)
        for (name, want), parts in zip(wanted.items(), batches, strict=True)
    }


def spool_tables(store: sa.Engine, wanted: Mapping[str, Wanted], folder: Path) -> dict[str, Path]:
    """Each of ``wanted`` written to ``folder/<name>.parquet`` in its schema, as
    :func:`read_tables` reads them (one transaction), a record batch at a time: the
    memory held is one batch, not the tables, whatever the store's size (issue 21)."""
    paths = {name: folder / f"{name}.parquet" for name in wanted}
    if reader_of(store) == "sqlalchemy":
        for name, table in _read_with_sqlalchemy(store, wanted).items():
            pq.write_table(table, paths[name])
        return paths
    writers = [_spool_writer(paths[name], want.schema) for name, want in wanted.items()]
    try:
        _stream_typed(store, wanted, lambda index, batch: writers[index].write_batch(batch))
    finally:
        for writer in writers:
            writer.close()
    return paths


def _spool_writer(path: Path, schema: pa.Schema) -> pq.ParquetWriter:
    """A writer of plain, uncompressed pages, dictionary-encoding only the repeated texts
    (not ids, tracking numbers or times): the files live for one step, and this takes
    about half the CPU of Parquet's defaults at 10M orders while the engine's group-bys
    still see dictionaries (docs/metrics.md)."""
    repeated = [
        f.name
        for f in schema
        if pa.types.is_string(f.type) and not f.name.endswith(("_id", "_number"))
    ]
    return pq.ParquetWriter(path, schema, compression="none", use_dictionary=repeated)


def _stream_typed(
    store: sa.Engine, wanted: Mapping[str, Wanted], sink: Callable[[int, pa.RecordBatch], None]
) -> None:
    """Hand each table's batches, typed to its schema, to ``sink`` with the table's index
    in ``wanted``, in order, from one transaction (ADBC readers only)."""
    dialect = store.url.get_backend_name()
    wants = list(wanted.values())
    queries = [_select(want, dialect) for want in wants]
    read = _read_in_child if reader_of(store) == "adbc-child" else _read_postgres
    read(store, queries, lambda index, batch: sink(index, _typed(batch, wants[index], dialect)))


def _read_with_sqlalchemy(store: sa.Engine, wanted: Mapping[str, Wanted]) -> dict[str, pa.Table]:
    read = {}
    with store.connect() as connection:
        for name, want in wanted.items():
            query = sa.select(*(want.table.c[n] for n in want.schema.names))
            if want.where is not None:
                query = query.where(sa.text(want.where))
            read[name] = read_columns(connection, query, want.schema)
        connection.rollback()
    return read


def _read_postgres(store: sa.Engine, queries: list[str], sink: _Sink) -> None:
    with _postgres(store) as connection:
        cursor = connection.cursor()
        try:
            # One snapshot for every table, as SQLite's single read transaction gives.
            cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            for index, query in enumerate(queries):
                cursor.execute(query)
                for batch in cursor.fetch_record_batch():
                    sink(index, batch)
        finally:
            cursor.close()
        connection.rollback()


def _read_in_child(store: sa.Engine, queries: list[str], sink: _Sink) -> None:
    database = _sqlite_file(store)
    assert database is not None
    wait_ms = str(round(BATCH_LOCK_WAIT_SECONDS * 1000))
    child = subprocess.Popen(
        [sys.executable, "-c", _SQLITE_CHILD, database, wait_ms],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert child.stdin is not None and child.stdout is not None and child.stderr is not None
    try:
        child.stdin.write(json.dumps(queries).encode())
        child.stdin.close()
        for index in range(len(queries)):
            for batch in pa.ipc.open_stream(child.stdout):
                sink(index, batch)
    except (pa.ArrowInvalid, OSError) as exc:
        child.kill()
        child.wait()
        raise RuntimeError(f"reading the store failed: {child.stderr.read().decode()}") from exc
    finally:
        child.stdout.close()
    errors = child.stderr.read().decode()
    child.stderr.close()
    if child.wait() != 0:
        raise RuntimeError(f"reading the store failed: {errors}")


def _select(want: Wanted, dialect: str) -> str:
    columns = ", ".join(_column(want.table.c[f.name], f.type, dialect) for f in want.schema)
    where = f" WHERE {want.where}" if want.where else ""
    return f"SELECT {columns} FROM {want.table.name}{where}"


def _column(column: sa.Column[Any], arrow_type: pa.DataType, dialect: str) -> str:
    """A column as the SELECT list names it. SQLite's driver types a column by its first
    rows' values, so there every column is given one type whatever the row: text (empty
    for none) or, for flags, an integer (-1 for none)."""
    if dialect != "sqlite":
        return column.name
    if pa.types.is_boolean(arrow_type):
        return f"COALESCE({column.name}, -1) AS {column.name}"
    return f"COALESCE(CAST({column.name} AS TEXT), '') AS {column.name}"


def _typed(batch: pa.RecordBatch, want: Wanted, dialect: str) -> pa.RecordBatch:
    if dialect != "sqlite":
        return batch.cast(want.schema)
    arrays = []
    for field, values in zip(want.schema, batch.columns, strict=True):
        read = pc.not_equal(values, 0) if pa.types.is_boolean(field.type) else values
        # Empty text stays empty text in a column that cannot be empty (NOT NULL).
        if want.table.c[field.name].nullable:
            none = pc.equal(values, -1 if pa.types.is_boolean(field.type) else "")
            read = pc.if_else(none, pa.scalar(None, read.type), read)
        if pa.types.is_timestamp(field.type):
            # SQLite holds the UTC wall time (store/types.py): naive first, then UTC.
            read = read.cast(pa.timestamp(field.type.unit))
        arrays.append(read.cast(field.type))
    return pa.RecordBatch.from_arrays(arrays, schema=want.schema)


@dataclass(frozen=True)
class Replacement:
    """Rows of ``target`` to delete (``delete_where``: SQL the caller writes from trusted
    parts and quoted literals, with no bound parameters) and ``rows`` to insert in their
    place (columns named as ``target``'s)."""

    target: sa.Table
    rows: pa.Table
    delete_where: str


def replace_rows(
    store: sa.Engine,
    replacements: Sequence[Replacement],
    computed_at: dt.datetime | None = None,
    then: Sequence[str] = (),
) -> dict[str, int]:
    """In one transaction, make every replacement (``computed_at`` added to the rows when
    given), then run the statements ``then``. Returns the rows inserted per table."""
    staged = [(r.target, _with_stamp(r, computed_at), r.delete_where) for r in replacements]
    if reader_of(store) == "adbc":
        _replace_postgres(store, staged, then)
    else:
        _replace_with_sqlalchemy(store, staged, then)
    written: dict[str, int] = {}
    for target, rows, _where in staged:
        written[target.name] = written.get(target.name, 0) + rows.num_rows
    return written


def _with_stamp(replacement: Replacement, computed_at: dt.datetime | None) -> pa.Table:
    target, rows = replacement.target, replacement.rows
    rows = rows.select([c.name for c in target.columns if c.name in rows.column_names])
    if computed_at is None:
        return rows
    stamp = pa.scalar(computed_at.astimezone(dt.UTC), pa.timestamp("us", tz="UTC"))
    return rows.append_column("computed_at", pa.repeat(stamp, rows.num_rows))


_Staged = tuple[sa.Table, pa.Table, str]


def _replace_postgres(store: sa.Engine, staged: Sequence[_Staged], then: Sequence[str]) -> None:
    with _postgres(store) as connection:
        cursor = connection.cursor()
        try:
            cursor.execute(f"SET LOCAL lock_timeout = '{round(BATCH_LOCK_WAIT_SECONDS)}s'")
            for index, (target, rows, where) in enumerate(staged):
                stage = f"{_STAGE_PREFIX}{index}_{target.name}"
                names = ", ".join(rows.column_names)
                cursor.adbc_ingest(stage, rows, mode="create", temporary=True)
                cursor.execute(f"DELETE FROM {target.name} WHERE {where}")
                cursor.execute(f"INSERT INTO {target.name} ({names}) SELECT {names} FROM {stage}")
                cursor.execute(f"DROP TABLE {stage}")
            for statement in then:
                cursor.execute(statement)
            connection.commit()
        except BaseException:
            connection.rollback()
            raise
        finally:
            cursor.close()


def _replace_with_sqlalchemy(
    store: sa.Engine, staged: Sequence[_Staged], then: Sequence[str]
) -> None:
    with transaction(store) as connection:
        for target, rows, where in staged:
            # A colon inside a quoted literal is text, not a bound parameter.
            connection.execute(target.delete().where(sa.text(where.replace(":", "\\:"))))
            _insert(connection, target, rows)
        for statement in then:
            connection.execute(sa.text(statement))


def _insert(connection: sa.Connection, target: sa.Table, rows: pa.Table) -> None:
    if connection.dialect.name != "sqlite":
        for batch in rows.to_batches(max_chunksize=_INSERT_ROWS):
            connection.execute(target.insert(), batch.to_pylist())
        return
    # SQLite: plain tuples through the driver, in the store's text forms.
    names = ", ".join(rows.column_names)
    marks = ", ".join("?" * rows.num_columns)
    sql = f"INSERT INTO {target.name} ({names}) VALUES ({marks})"
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        for batch in rows.to_batches(max_chunksize=_INSERT_ROWS):
            columns = [_sqlite_values(column) for column in batch.columns]
            cursor.executemany(sql, zip(*columns, strict=True))
    finally:
        cursor.close()


def _sqlite_values(column: pa.Array) -> list[Any]:
    """A column as SQLAlchemy stores it on SQLite: dates and times as text, flags 0/1."""
    if pa.types.is_timestamp(column.type):
        naive = column.cast(pa.timestamp("us", tz="UTC")).cast(pa.timestamp("us"))
        # Arrow's %S carries the microseconds: "2022-11-09 10:00:00.000000".
        column = pc.strftime(naive, format="%Y-%m-%d %H:%M:%S")
    elif pa.types.is_date(column.type):
        column = pc.strftime(column, format="%Y-%m-%d")
    elif pa.types.is_boolean(column.type):
        column = column.cast(pa.int8())
    values: list[Any] = column.to_pylist()
    return values
