"""Write checked batches into the store table by table, and count what changed.

Counting works the same on SQLite and PostgreSQL: the upserts report the rows they
inserted or changed (an unchanged row is not touched), and the table's row count before
and after tells how many of those were inserts.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from json.encoder import encode_basestring_ascii as _quote  # what json.dumps uses
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import sqlalchemy as sa

from sellerstar.contract import Table
from sellerstar.ingest.contract.rowrules import KEEP_EARLIEST
from sellerstar.ingest.contract.upsert import (
    ExecuteManySink,
    PostgresCopySink,
    Sink,
    python_values,
)
from sellerstar.ingest.contract.validate import CheckedBatch
from sellerstar.store.db import WRITE_OPTION, transaction
from sellerstar.store.schema import contract_tables, event_key

_JSON_AS_IS = r"^[ !#-\[\]-~]*$"  # what json.dumps writes unchanged between its quotes
_SQLITE_CACHE_KIB = 128 * 1024  # with SQLite's default 2 MiB, 1M orders took twice as long


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
def write_transaction(engine: sa.Engine, tables: list[str]) -> Iterator[sa.Connection]:
    """One transaction for a large write of ``tables``: committed at the end, or rolled back.

    On SQLite, foreign keys are not enforced row by row during the write but checked for
    the written tables before the commit: once one row points ahead (a shipment before
    the shipment replacing it), SQLite rescans child tables on every later insert, and
    ``shipments.replaced_by`` has no index, so the write grew quadratically. The page
    cache is enlarged meanwhile. PostgreSQL checks its deferred keys at commit anyway.
    """
    if engine.dialect.name != "sqlite":
        with transaction(engine) as connection:
            yield connection
        return
    with engine.connect() as connection:
        # The driver is in autocommit mode: these run before SQLAlchemy's BEGIN, as they must.
        driver: Any = connection.connection.driver_connection
        cache = driver.execute("PRAGMA cache_size").fetchone()[0]
        driver.execute("PRAGMA foreign_keys=OFF")
        driver.execute(f"PRAGMA cache_size=-{_SQLITE_CACHE_KIB}")
        # BEGIN IMMEDIATE, as `transaction` does: a deferred transaction that read first
        # fails at once ("database is locked") when a web write committed meanwhile.
        connection.execution_options(**{WRITE_OPTION: True})
        try:
            with connection.begin():
                yield connection
                _check_foreign_keys(connection, tables)
        finally:
            driver.execute("PRAGMA foreign_keys=ON")
            driver.execute(f"PRAGMA cache_size={int(cache)}")


def _check_foreign_keys(connection: sa.Connection, tables: list[str]) -> None:
    for table in tables:
        broken = connection.exec_driver_sql(f'PRAGMA foreign_key_check("{table}")').all()
        if broken:
            _, rowid, parent, _ = broken[0]
            raise sa.exc.IntegrityError(
                f"PRAGMA foreign_key_check({table})",
                None,
                Exception(
                    f"{len(broken)} row(s) of {table} point at missing {parent} rows "
                    f"(first: rowid {rowid})"
                ),
            )


class TableWriter:
    """Upserts the batches of one contract table over one connection (one transaction).

    Used as a context manager: if the block raises, what the sink holds open (a
    PostgreSQL ``COPY``) is ended with the error, so that the transaction can roll back.
    """

    def __init__(
        self, connection: sa.Connection, table: Table, *, fill_empty: bool = False
    ) -> None:
        self._connection = connection
        self._stored = contract_tables[table.name]
        earliest = KEEP_EARLIEST.get(table.name)
        self._sink: Sink
        if connection.dialect.name == "postgresql":
            self._sink = PostgresCopySink(connection, self._stored, earliest, fill_empty=fill_empty)
        else:
            self._sink = ExecuteManySink(connection, self._stored, earliest)
        self.counts = TableCounts()
        self._before = self._row_count()
        self._written = 0

    def __enter__(self) -> TableWriter:
        return self

    def __exit__(self, kind: object, error: BaseException | None, trace: object) -> None:
        if error is not None:
            self._sink.abort(error)

    def write(self, batch: CheckedBatch) -> None:
        """Upsert one batch (every row of it valid)."""
        if not batch.num_rows:
            return
        columns = dict(batch.columns)
        if "event_key" in self._stored.c:
            columns["event_key"] = bulk_event_keys(columns)
        self._written += self._sink.write(columns)
        self.counts.read += batch.num_rows

    def finish(self) -> TableCounts:
        """Work out inserted and updated rows; the row count only grows by inserts."""
        self._written += self._sink.finish()
        self.counts.inserted = self._row_count() - self._before
        self.counts.updated = self._written - self.counts.inserted
        return self.counts

    def _row_count(self) -> int:
        count = self._connection.execute(sa.select(sa.func.count()).select_from(self._stored))
        return int(count.scalar_one())


def bulk_event_keys(columns: dict[str, pa.Array]) -> pa.Array:
    """``event_key`` of every row, computed in bulk; the first row is checked against it.

    The JSON text hashed is put together by Arrow; where a value is not written by JSON as
    it is (anything but printable ASCII without quotes or backslashes: a Chinese
    description, say), that row's text comes from ``json``'s own encoder instead.
    """
    names = ("carrier", "tracking_number", "source", "description")
    fields = [columns[n] for n in names[:3]]
    fields += [_isoformat_utc(columns["event_time"]), columns["description"]]
    text = pc.binary_join_element_wise(*fields, '", "')
    text = pc.binary_join_element_wise('["', text, '"]', "")
    # As is when printable ASCII with no quote but the 10 around the values, no backslash.
    plain = pc.and_(pc.string_is_ascii(text), pc.ascii_is_printable(text))
    plain = pc.and_(plain, pc.equal(pc.count_substring(text, '"'), 10))
    plain = pc.fill_null(pc.and_(plain, pc.invert(pc.match_substring(text, "\\"))), False)
    payloads: list[bytes | None] = pc.cast(text, pa.binary()).to_pylist()
    for row in np.flatnonzero(~np.asarray(plain.to_numpy(zero_copy_only=False), dtype=bool)):
        c, t, s, i, d = (f[int(row)].as_py() for f in fields)
        quoted = f"[{_quote(c)}, {_quote(t)}, {_quote(s)}, {_quote(i)}, {_quote(d)}]"
        payloads[int(row)] = quoted.encode()
    sha256 = hashlib.sha256
    keys = [sha256(p).hexdigest() for p in payloads]  # type: ignore[arg-type]
    if keys:
        first = [columns[n][0].as_py() for n in (*names[:3], "event_time", names[3])]
        if keys[0] != event_key(*first):
            # The store changed how it keys events: follow it, slowly but correctly.
            values = [python_values(columns[n]) for n in (*names[:3], "event_time", names[3])]
            keys = [event_key(*row) for row in zip(*values, strict=True)]
    return pa.array(keys, type=pa.string())


def _isoformat_utc(times: pa.Array) -> pa.Array:
    """``datetime.isoformat()`` of UTC instants: microseconds only when not zero."""
    text = pc.cast(pc.cast(times, pa.timestamp("us")), pa.string())
    text = pc.replace_substring_regex(text, pattern=r"\.000000$", replacement="")
    text = pc.replace_substring(text, pattern=" ", replacement="T")
    return pc.binary_join_element_wise(text, "+00:00", "")
