"""Engines and transactions for the system of record (SQLite file or PostgreSQL).

>>> engine = create_engine("sqlite://")
>>> with transaction(engine) as conn:
...     conn.exec_driver_sql("PRAGMA foreign_keys").scalar()
1
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import URL

from sellerstar.errors import ConfigurationError

BATCH_LOCK_WAIT_SECONDS = 60.0
"""How long a connection waits for SQLite's write lock before failing: batch work (an
import, a job) waits behind the web's short writes; the web app waits less (a setting)."""
_POSTGRES_DRIVERS = {"postgres", "postgresql", "postgresql+psycopg"}
# As many connections as a web worker has threads (anyio's default 40), so a request
# never waits for a connection behind requests that wait for something else. SQLite too:
# its default pool (15) ran out under 50 users.
_POOL: dict[str, Any] = {"pool_size": 10, "max_overflow": 30}
WRITE_OPTION = "sellerstar_write"
"""Execution option: this connection will write; SQLite takes the write lock at BEGIN."""


def normalise_url(url: str) -> URL:
    """Parse a database URL; ``postgresql://`` (and ``postgres://``) use psycopg 3.

    >>> normalise_url("postgresql://u@localhost/db").drivername
    'postgresql+psycopg'
    """
    try:
        parsed = sa.make_url(url)
    except sa.exc.ArgumentError as exc:
        # The text may hold a password: describe it, do not repeat it.
        raise ConfigurationError(
            "database URL is not a valid URL; expected sqlite:///PATH or "
            "postgresql://USER:PASSWORD@HOST/DB"
        ) from exc
    if parsed.drivername in _POSTGRES_DRIVERS:
        return parsed.set(drivername="postgresql+psycopg")
    if parsed.drivername in {"sqlite", "sqlite+pysqlite"}:
        return parsed
    raise ConfigurationError(
        f"database URL {parsed.render_as_string()!r}: unsupported database "
        f"{parsed.drivername!r}; use sqlite:///PATH or postgresql://USER@HOST/DB"
    )


def create_engine(url: str, *, lock_wait_seconds: float = BATCH_LOCK_WAIT_SECONDS) -> sa.Engine:
    """An engine for ``url`` with the store's connection settings applied.

    SQLite: the file's folder is created; every connection enforces foreign keys, uses WAL
    and waits for locks; SQLAlchemy (not the sqlite3 driver) emits BEGIN, so DDL,
    savepoints and deferred foreign keys behave as on PostgreSQL. PostgreSQL: sessions
    run in UTC.
    """
    parsed = normalise_url(url)
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_engine(parsed, lock_wait_seconds)
    connect_args: dict[str, Any] = {}
    if "options" not in parsed.query:
        connect_args["options"] = "-c TimeZone=UTC"
    return sa.create_engine(parsed, connect_args=connect_args, pool_pre_ping=True, **_POOL)


def _sqlite_engine(url: URL, lock_wait_seconds: float) -> sa.Engine:
    database = url.database or ""
    in_memory = database in {"", ":memory:"} or url.query.get("mode") == "memory"
    if not in_memory and not database.startswith("file:"):
        Path(database).parent.mkdir(parents=True, exist_ok=True)
    engine = sa.create_engine(url, **({} if in_memory else _POOL))

    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Hand transaction control to SQLAlchemy; the driver's legacy mode skips BEGIN
        # for DDL and SAVEPOINT.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={round(lock_wait_seconds * 1000)}")
            if not in_memory:
                cursor.execute("PRAGMA journal_mode=WAL")
                cursor.execute("PRAGMA synchronous=NORMAL")
        finally:
            cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _on_begin(connection: sa.Connection) -> None:
        immediate = connection.get_execution_options().get(WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


@contextmanager
def opened(url: str) -> Iterator[sa.Engine]:
    """An engine on the store at ``url``, disposed of when the block ends: how a command,
    the scheduler or the demo owns the one engine that its jobs and services share."""
    engine = create_engine(url)
    try:
        yield engine
    finally:
        engine.dispose()


@contextmanager
def transaction(engine: sa.Engine) -> Iterator[sa.Connection]:
    """One transaction: committed when the block ends, rolled back if it raises.

    Deferred foreign keys are checked at the commit, so a dangling reference raises
    ``sqlalchemy.exc.IntegrityError`` when the block ends. On SQLite the write lock is taken
    at the start: two writers queue (up to the busy timeout) instead of the later one
    failing when it first writes after reading.
    """
    with engine.connect() as connection:
        connection.execution_options(**{WRITE_OPTION: True})
        with connection.begin():
            yield connection


def upsert(
    connection: sa.Connection,
    table: sa.Table,
    rows: Sequence[Mapping[str, Any]],
    *,
    on_conflict: Literal["update", "ignore"] = "update",
) -> None:
    """Insert ``rows``; a row whose primary key exists replaces it (or is skipped).

    Rows carry every column: on update, a column missing from the row becomes empty.

    >>> from sellerstar.store.schema import contract_tables
    >>> engine = create_engine("sqlite://")
    >>> _ = contract_tables["merchants"].create(engine)
    >>> row = {"merchant_id": "m1", "name": "A", "membership": "none", "ta_status": "active"}
    >>> with transaction(engine) as conn:
    ...     upsert(conn, contract_tables["merchants"], [row])
    ...     upsert(conn, contract_tables["merchants"], [row | {"name": "B"}])
    ...     conn.scalar(sa.select(contract_tables["merchants"].c.name))
    'B'
    """
    if not rows:
        return
    insert = postgresql.insert if connection.dialect.name == "postgresql" else sqlite.insert
    statement = insert(table)
    key = [column.name for column in table.primary_key]
    others = [column.name for column in table.columns if column.name not in key]
    if on_conflict == "ignore" or not others:
        statement = statement.on_conflict_do_nothing(index_elements=key)
    else:
        excluded = statement.excluded
        statement = statement.on_conflict_do_update(
            index_elements=key, set_={name: excluded[name] for name in others}
        )
    connection.execute(statement, list(rows))
