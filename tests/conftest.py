"""Shared fixtures: an isolated, migrated, empty store per test, on SQLite and PostgreSQL.

- ``database_url``: parametrized ``sqlite`` (a file in tmp_path) and ``postgres`` (marked
  ``postgres``; a fresh database on the server in SELLERSTAR_TEST_POSTGRES_URL). Without
  that variable the PostgreSQL case is skipped, except under CI, where it fails.
  One backend only: ``@pytest.mark.parametrize("database_url", ["postgres"], indirect=True)``.
- ``store_engine``: an engine on ``database_url``.
- ``sqlite_engine``: an engine on a migrated SQLite file, for tests that need no PostgreSQL.

Migrations run once per session into a template (a file copied per test on SQLite,
``CREATE DATABASE ... TEMPLATE`` on PostgreSQL), so a test pays only for the copy.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from sellerstar.store.db import create_engine, normalise_url
from sellerstar.store.migrate import upgrade

POSTGRES_URL_VARIABLE = "SELLERSTAR_TEST_POSTGRES_URL"


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("store-template") / "template.db"
    upgrade(f"sqlite:///{path}")
    return path


def _sqlite_copy(template: Path, target: Path) -> str:
    shutil.copyfile(template, target)
    return f"sqlite:///{target}"


class _PostgresServer:
    """The test server: creates databases from a migrated template, drops them after."""

    def __init__(self, url: sa.URL) -> None:
        self.url = url
        self.template = f"sellerstar_template_{uuid.uuid4().hex[:12]}"
        self._engine = create_engine(url.render_as_string(hide_password=False))
        # CREATE and DROP DATABASE cannot run inside a transaction.
        self._admin = self._engine.execution_options(isolation_level="AUTOCOMMIT")

    def url_of(self, database: str) -> str:
        return self.url.set(database=database).render_as_string(hide_password=False)

    def create(self, database: str, template: str | None = None) -> str:
        with self._admin.connect() as connection:
            clause = f" TEMPLATE {template}" if template else ""
            # Copying the files is ~30% faster than WAL-logging them (PostgreSQL 15+).
            if template and connection.dialect.server_version_info >= (15,):
                clause += " STRATEGY FILE_COPY"
            connection.exec_driver_sql(f"CREATE DATABASE {database}{clause}")
        return self.url_of(database)

    def drop(self, database: str) -> None:
        with self._admin.connect() as connection:
            connection.exec_driver_sql(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")

    def close(self) -> None:
        self._engine.dispose()


@pytest.fixture(scope="session")
def _postgres_server() -> Iterator[_PostgresServer]:
    raw = os.environ.get(POSTGRES_URL_VARIABLE)
    if not raw:
        message = (
            f"{POSTGRES_URL_VARIABLE} is not set; start PostgreSQL with "
            '`eval "$(bash scripts/test-services.sh start)"`'
        )
        if os.environ.get("CI"):
            pytest.fail(f"CI must test on PostgreSQL: {message}")
        pytest.skip(message)
    server = _PostgresServer(normalise_url(raw))
    upgrade(server.create(server.template))
    try:
        yield server
    finally:
        server.drop(server.template)
        server.close()


@pytest.fixture(
    params=[pytest.param("sqlite"), pytest.param("postgres", marks=pytest.mark.postgres)]
)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """URL of an empty database migrated to head, private to this test."""
    if request.param == "sqlite":
        yield _sqlite_copy(request.getfixturevalue("_sqlite_template"), tmp_path / "store.db")
        return
    server: _PostgresServer = request.getfixturevalue("_postgres_server")
    database = f"sellerstar_test_{uuid.uuid4().hex[:12]}"
    url = server.create(database, template=server.template)
    try:
        yield url
    finally:
        server.drop(database)


@pytest.fixture
def store_engine(database_url: str) -> Iterator[sa.Engine]:
    """An engine on this test's migrated database (SQLite and PostgreSQL)."""
    engine = create_engine(database_url)
    try:
        yield engine
    finally:
        engine.dispose()


@pytest.fixture
def sqlite_engine(_sqlite_template: Path, tmp_path: Path) -> Iterator[sa.Engine]:
    """An engine on a migrated SQLite file private to this test."""
    engine = create_engine(_sqlite_copy(_sqlite_template, tmp_path / "sqlite-store.db"))
    try:
        yield engine
    finally:
        engine.dispose()
