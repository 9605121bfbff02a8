"""PostgreSQL: lock an import's tables before writing, and fill empty tables in bulk.

Locks. Every table the import writes is locked against other writers in one statement
before the first row is written, instead of table by table as each is reached. The mode is
``EXCLUSIVE``: plain reads go on, but no other transaction may write those tables or lock
their rows (``SELECT ... FOR UPDATE``, as filing an appeal does with its shipment) until
the commit. So once it holds its locks the import never waits for anyone, and no cycle of
waits can form through it. A web writer that holds one of the tables makes the import
wait, not deadlock: the locks are taken with a short ``lock_timeout`` (below PostgreSQL's
``deadlock_timeout``, so the import gives way before a waiting writer would be cancelled)
inside a savepoint; if one is busy every lock is given back and the import tries again a
moment later, holding nothing the writer could be waiting for.

Filling from empty. A first import inserts millions of rows into empty tables; most of
PostgreSQL's time then goes on inserting each row into every B-tree (the tracking events'
64-character key in random order) and, at the commit, on one foreign-key check per row.
For a table that is empty when the import starts and receives at least
:data:`BULK_MIN_ROWS`, its secondary indexes, its primary key (when no foreign key points
at it) and its foreign keys to tables that were also empty are dropped, the rows are
written, and everything is created again: an index by one sort, a foreign key by one
anti-join. All of it runs in the import's transaction, so a failure rolls the definitions
back with the rows. Dropping needs ``ACCESS EXCLUSIVE`` on the table (and on the parent of
a dropped foreign key): readers of those tables wait until the commit instead of seeing
them empty. Nothing that already holds rows is locked against readers.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass, field

import sqlalchemy as sa

BULK_MIN_ROWS = 10_000
"""A table that receives fewer rows is written the ordinary way: not worth an exclusive lock."""

_LOCK_TIMEOUT = "200ms"  # PostgreSQL's deadlock_timeout is 1 s unless configured
_LOCK_PATIENCE = 300.0  # seconds of giving way before waiting as long as it takes
_RETRYABLE = {"55P03", "40P01"}  # lock_not_available, deadlock_detected
give_way = time.sleep  # how the import waits before trying its locks again
_SORT_MEMORY = "256MB"  # for the index builds; PostgreSQL's default 64 MB sorts on disk


@dataclass
class Rebuild:
    """What was dropped from one table, as the statements that create it again."""

    table: str
    statements: list[str] = field(default_factory=list)
    kept_deferred: list[str] = field(default_factory=list)
    """Deferred foreign keys the table keeps (to a parent that held rows): quoted names."""


@dataclass
class WritePlan:
    """Which tables an import fills from empty, and how to restore them afterwards."""

    rebuilds: dict[str, Rebuild] = field(default_factory=dict)

    def fills_empty(self, table: str) -> bool:
        """Whether ``table`` is filled in bulk (empty, without its indexes)."""
        return table in self.rebuilds

    def restore(self, connection: sa.Connection, table: str) -> None:
        """Create again what was dropped from ``table`` (once it is written)."""
        rebuild = self.rebuilds.pop(table, None)
        if rebuild is None:
            return
        connection.exec_driver_sql(f"SET LOCAL maintenance_work_mem = '{_SORT_MEMORY}'")
        kept = ", ".join(rebuild.kept_deferred)
        if kept:
            # Their checks of the copied rows are queued for the commit, and PostgreSQL
            # alters no table with queued checks: run them now (same cost), defer again.
            connection.exec_driver_sql(f"SET CONSTRAINTS {kept} IMMEDIATE")
        for statement in rebuild.statements:
            connection.exec_driver_sql(statement)
        if kept:
            connection.exec_driver_sql(f"SET CONSTRAINTS {kept} DEFERRED")
        # The table went from nothing to everything: without statistics, the planner
        # guesses the next import's joins (and anyone's queries) until autovacuum comes.
        connection.exec_driver_sql(f"ANALYZE {_quote(table)}")


def prepare_write(
    connection: sa.Connection, tables: list[str], totals: Mapping[str, int]
) -> WritePlan:
    """Lock ``tables`` (PostgreSQL) and strip the empty ones that receive many rows.

    ``tables`` in the order they are written, ``totals`` the rows each receives. SQLite
    holds its one write lock for the whole import already, and is left as it is.
    """
    if connection.dialect.name != "postgresql" or not tables:
        return WritePlan()
    default_timeout = connection.exec_driver_sql("SHOW lock_timeout").scalar_one()
    give_up = time.monotonic() + _LOCK_PATIENCE
    attempt = 0
    while True:
        last = time.monotonic() > give_up
        savepoint = connection.begin_nested()
        try:
            # The last attempt waits as long as it takes (PostgreSQL's deadlock detector
            # still guards it); the earlier ones give way to a writer within a moment.
            timeout = default_timeout if last else _LOCK_TIMEOUT
            connection.exec_driver_sql(f"SET LOCAL lock_timeout = '{timeout}'")
            plan = _lock_and_strip(connection, tables, totals)
            savepoint.commit()
            break
        except sa.exc.DBAPIError as exc:
            savepoint.rollback()  # gives back every lock taken in it
            if last or getattr(exc.orig, "sqlstate", None) not in _RETRYABLE:
                raise
            give_way(min(0.05 * 2**attempt, 1.0))
            attempt += 1
    connection.exec_driver_sql(f"SET LOCAL lock_timeout = '{default_timeout}'")
    return plan


def _lock_and_strip(
    connection: sa.Connection, tables: list[str], totals: Mapping[str, int]
) -> WritePlan:
    connection.exec_driver_sql(
        f"LOCK TABLE {', '.join(_quote(t) for t in tables)} IN EXCLUSIVE MODE"
    )
    # No other writer can add a row now, so what is empty stays empty.
    empty = {t for t in tables if _is_empty(connection, t)}
    bulk = [t for t in tables if t in empty and totals.get(t, 0) >= BULK_MIN_ROWS]
    if not bulk:
        return WritePlan()
    foreign = {t: _foreign_keys(connection, t, empty) for t in bulk}
    exclusive = sorted({*bulk, *(parent for keys in foreign.values() for parent, _, _ in keys)})
    connection.exec_driver_sql(
        f"LOCK TABLE {', '.join(_quote(t) for t in exclusive)} IN ACCESS EXCLUSIVE MODE"
    )
    plan = WritePlan()
    for table in bulk:
        plan.rebuilds[table] = _strip(connection, table, foreign[table])
    return plan


def _strip(connection: sa.Connection, table: str, foreign: list[tuple[str, str, str]]) -> Rebuild:
    """Drop the table's secondary indexes, its unreferenced primary key and ``foreign``."""
    rebuild = Rebuild(table)
    name = _quote(table)
    primary = connection.execute(
        sa.text(
            "SELECT quote_ident(conname), pg_get_constraintdef(oid) FROM pg_constraint p"
            " WHERE conrelid = CAST(:t AS regclass) AND contype = 'p' AND NOT EXISTS"
            " (SELECT 1 FROM pg_constraint f WHERE f.contype = 'f' AND f.confrelid = p.conrelid)"
        ),
        {"t": name},
    ).all()
    for constraint, definition in primary:
        connection.exec_driver_sql(f"ALTER TABLE {name} DROP CONSTRAINT {constraint}")
        rebuild.statements.append(f"ALTER TABLE {name} ADD CONSTRAINT {constraint} {definition}")
    indexes = connection.execute(
        sa.text(
            "SELECT CAST(i.indexrelid AS regclass)::text, pg_get_indexdef(i.indexrelid)"
            " FROM pg_index i WHERE i.indrelid = CAST(:t AS regclass) AND NOT EXISTS"
            " (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid"
            " AND c.conrelid = i.indrelid)"
        ),
        {"t": name},
    ).all()
    for index, definition in indexes:
        connection.exec_driver_sql(f"DROP INDEX {index}")
        rebuild.statements.append(definition)
    dropped = {constraint for _, constraint, _ in foreign}
    rebuild.kept_deferred = [
        str(constraint)
        for (constraint,) in connection.execute(
            sa.text(
                "SELECT quote_ident(conname) FROM pg_constraint WHERE contype = 'f'"
                " AND conrelid = CAST(:t AS regclass) AND condeferred ORDER BY conname"
            ),
            {"t": name},
        )
        if constraint not in dropped
    ]
    for _, constraint, definition in foreign:
        connection.exec_driver_sql(f"ALTER TABLE {name} DROP CONSTRAINT {constraint}")
        # Added back valid: PostgreSQL checks every row by one join, there and then.
        rebuild.statements.append(f"ALTER TABLE {name} ADD CONSTRAINT {constraint} {definition}")
    return rebuild


def _foreign_keys(
    connection: sa.Connection, table: str, empty: set[str]
) -> list[tuple[str, str, str]]:
    """(parent, quoted name, definition) of the table's foreign keys to empty tables."""
    rows = connection.execute(
        sa.text(
            "SELECT CAST(confrelid AS regclass)::text, quote_ident(conname),"
            " pg_get_constraintdef(oid) FROM pg_constraint"
            " WHERE conrelid = CAST(:t AS regclass) AND contype = 'f' ORDER BY conname"
        ),
        {"t": _quote(table)},
    ).all()
    # Dropping a foreign key locks its parent exclusively too: only an empty one, which
    # no reader can miss anything of.
    return [
        (str(parent).strip('"'), name, definition)
        for parent, name, definition in rows
        if str(parent).strip('"') in empty
    ]


def _is_empty(connection: sa.Connection, table: str) -> bool:
    found = connection.exec_driver_sql(f"SELECT EXISTS (SELECT FROM {_quote(table)})")
    return not found.scalar_one()


def _quote(table: str) -> str:
    return '"' + table.replace('"', '""') + '"'
