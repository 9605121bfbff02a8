"""Schema migrations of the store (Alembic, run from Python; no alembic.ini).

>>> import tempfile, pathlib
>>> url = f"sqlite:///{pathlib.Path(tempfile.mkdtemp()) / 'doc.db'}"
>>> upgrade(url) == (None, head())
True
>>> current(url) == head()
True
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError

from sellerstar.errors import SellerstarError
from sellerstar.store.db import WRITE_OPTION, create_engine

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_LOCK_ID = 0x5E11E257A2  # any constant; names the migration lock on PostgreSQL


class MigrationError(SellerstarError):
    """The database cannot be migrated, or is not at the revision the code expects."""


def _config(connection: sa.Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("file_template", "%%(rev)s_%%(slug)s")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head() -> str:
    """The newest revision the code knows."""
    head_revision = ScriptDirectory.from_config(_config()).get_current_head()
    if head_revision is None:
        raise MigrationError(f"no migration found in {MIGRATIONS_DIR}")
    return head_revision


def _revision_of(connection: sa.Connection) -> str | None:
    revision = MigrationContext.configure(connection).get_current_revision()
    if connection.in_transaction():
        connection.rollback()
    return revision


@contextmanager
def _connect(url: str) -> Iterator[sa.Connection]:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            yield connection
    except sa.exc.OperationalError as exc:
        shown = engine.url.render_as_string(hide_password=True)
        raise MigrationError(f"database {shown}: {exc.orig or exc}") from exc
    finally:
        engine.dispose()


def current(url: str) -> str | None:
    """The revision the database at ``url`` is at; ``None`` for an empty database."""
    with _connect(url) as connection:
        return _revision_of(connection)


def upgrade(url: str, revision: str = "head") -> tuple[str | None, str | None]:
    """Migrate the database at ``url`` up to ``revision``; returns (revision before, after).

    All steps run in one transaction. On SQLite, foreign keys are off while tables are
    copied (batch mode) and checked in full before the commit.
    """
    return _migrate(url, revision, command.upgrade)


def downgrade(url: str, revision: str) -> tuple[str | None, str | None]:
    """Migrate the database at ``url`` down to ``revision`` (``base``: drop every table)."""
    return _migrate(url, revision, command.downgrade)


def _migrate(
    url: str, revision: str, step: Callable[[Config, str], None]
) -> tuple[str | None, str | None]:
    with _connect(url) as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            _sqlite_pragma(connection, "foreign_keys=OFF")
        connection.execution_options(**{WRITE_OPTION: True})
        try:
            with connection.begin():
                if connection.dialect.name == "postgresql":
                    # Processes starting together migrate one after the other.
                    connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_LOCK_ID})")
                before = MigrationContext.configure(connection).get_current_revision()
                step(_config(connection), revision)
                if sqlite:
                    _check_sqlite_foreign_keys(connection)
        except CommandError as exc:
            raise MigrationError(f"cannot migrate to revision {revision!r}: {exc}") from exc
        finally:
            if sqlite:
                _sqlite_pragma(connection, "foreign_keys=ON")
        return before, _revision_of(connection)


def require_head(engine: sa.Engine) -> None:
    """Refuse to work on a database that is not migrated to the code's revision."""
    with engine.connect() as connection:
        found = _revision_of(connection)
    expected = head()
    if found != expected:
        raise MigrationError(
            f"database is at revision {found or 'none (empty)'}, the code needs {expected}: "
            "run `sellerstar db upgrade`"
        )


def autogenerate(message: str, rev_id: str) -> Path:
    """Write a new revision with the difference between the migrations and ``metadata``.

    For developers: review the generated file before committing it.
    """
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'autogenerate.db'}"
        upgrade(url)
        with _connect(url) as connection, connection.begin():
            script = command.revision(
                _config(connection), message=message, autogenerate=True, rev_id=rev_id
            )
    if script is None or isinstance(script, list):
        raise MigrationError(f"autogenerate made no single revision for {message!r}")
    return Path(script.path)


def _sqlite_pragma(connection: sa.Connection, pragma: str) -> None:
    # PRAGMA foreign_keys is ignored inside a transaction; go below SQLAlchemy's BEGIN.
    driver = connection.connection.driver_connection
    assert driver is not None
    driver.execute(f"PRAGMA {pragma}")


def _check_sqlite_foreign_keys(connection: sa.Connection) -> None:
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
    if broken:
        sample = ", ".join(f"{row[0]} row {row[1]} -> {row[2]}" for row in broken[:5])
        raise MigrationError(f"migration leaves dangling foreign keys: {sample}")
