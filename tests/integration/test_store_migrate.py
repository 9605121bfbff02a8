"""Migrations and engines: what `sellerstar db` relies on."""

from __future__ import annotations

import datetime as dt
import hashlib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import sqlalchemy as sa

from sellerstar.errors import ConfigurationError
from sellerstar.store import migrate
from sellerstar.store.db import create_engine, normalise_url
from sellerstar.store.schema import metadata


def test_upgrade_of_an_empty_database_reports_from_and_to(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'fresh.db'}"

    assert migrate.current(url) is None
    assert migrate.upgrade(url) == (None, migrate.head())
    assert migrate.upgrade(url) == (migrate.head(), migrate.head())
    assert migrate.current(url) == migrate.head()


def test_downgrade_to_base_drops_every_table_and_upgrade_restores_them(
    database_url: str,
) -> None:
    engine = create_engine(database_url)
    try:
        assert migrate.downgrade(database_url, "base") == (migrate.head(), None)
        assert set(sa.inspect(engine).get_table_names()) <= {"alembic_version"}

        assert migrate.upgrade(database_url) == (None, migrate.head())
        tables = set(sa.inspect(engine).get_table_names())
        assert tables == set(metadata.tables) | {"alembic_version"}
    finally:
        engine.dispose()


def test_an_unknown_revision_is_reported_to_the_user(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'fresh.db'}"
    with pytest.raises(migrate.MigrationError, match="'nope'"):
        migrate.upgrade(url, "nope")
    assert migrate.current(url) is None


def test_an_unreachable_server_is_reported_without_the_password() -> None:
    url = "postgresql://ann:secret@127.0.0.1:1/nothing"
    with pytest.raises(migrate.MigrationError, match=r"127\.0\.0\.1:1") as caught:
        migrate.current(url)
    assert "secret" not in str(caught.value)


def test_require_head_refuses_an_unmigrated_database(
    tmp_path: Path, sqlite_engine: sa.Engine
) -> None:
    migrate.require_head(sqlite_engine)
    empty = create_engine(f"sqlite:///{tmp_path / 'empty.db'}")
    try:
        with pytest.raises(migrate.MigrationError, match="sellerstar db upgrade"):
            migrate.require_head(empty)
    finally:
        empty.dispose()


@pytest.mark.parametrize(
    "url",
    ["postgresql://u@h/db", "postgres://u@h/db", "postgresql+psycopg://u@h/db"],
)
def test_postgresql_urls_use_psycopg_3(url: str) -> None:
    assert normalise_url(url).drivername == "postgresql+psycopg"


@pytest.mark.parametrize("url", ["mysql://u@h/db", "postgresql+psycopg2://u@h/db", "nonsense"])
def test_other_databases_are_refused_with_the_url_named(url: str) -> None:
    with pytest.raises(ConfigurationError, match="database URL"):
        normalise_url(url)


def test_sqlite_engine_creates_the_folder_and_sets_its_pragmas(tmp_path: Path) -> None:
    path = tmp_path / "var" / "nested" / "store.db"
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as conn:
            pragmas = {
                name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
                for name in ("foreign_keys", "journal_mode", "busy_timeout")
            }
    finally:
        engine.dispose()
    assert path.exists()
    # Batch work waits a minute for the write lock; the web app says how long it waits.
    assert pragmas == {"foreign_keys": 1, "journal_mode": "wal", "busy_timeout": 60000}
    web = create_engine(f"sqlite:///{path}", lock_wait_seconds=2.5)
    try:
        with web.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 2500
    finally:
        web.dispose()


@pytest.mark.parametrize("database_url", ["postgres"], indirect=True)
def test_postgresql_sessions_run_in_utc(store_engine: sa.Engine) -> None:
    with store_engine.connect() as conn:
        assert conn.exec_driver_sql("SHOW TimeZone").scalar() == "UTC"


def test_processes_upgrading_together_migrate_once(database_url: str) -> None:
    migrate.downgrade(database_url, "base")
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = sorted(pool.map(migrate.upgrade, [database_url, database_url]), key=str)

    head = migrate.head()
    assert sorted(results, key=str) == sorted([(None, head), (head, head)], key=str)


def test_0006_moves_stored_webhook_bodies_out_once_per_content(database_url: str) -> None:
    migrate.downgrade(database_url, "0005")
    engine = create_engine(database_url)
    insert = sa.text(
        "INSERT INTO webhook_deliveries (feed, channel, received_at, body, outcome, events, "
        "new_events) VALUES ('17track', 'webhook', :at, :body, 'ignored', 0, 0)"
    )
    at = dt.datetime(2022, 11, 20, tzinfo=dt.UTC)
    try:
        with engine.begin() as connection:
            for body in ('{"a": 1}', '{"a": 1}', '{"a": 1}', '{"b": "二"}'):
                connection.execute(insert, {"at": at, "body": body})
        migrate.upgrade(database_url)
        with engine.connect() as connection:
            assert connection.scalar(sa.text("SELECT count(*) FROM webhook_bodies")) == 2
            rows = connection.execute(
                sa.text(
                    "SELECT d.body_sha256, b.body FROM webhook_deliveries d "
                    "JOIN webhook_bodies b ON b.sha256 = d.body_sha256 ORDER BY d.id"
                )
            ).all()
        assert [body for _digest, body in rows] == ['{"a": 1}'] * 3 + ['{"b": "二"}']
        assert rows[0][0] == hashlib.sha256(b'{"a": 1}').hexdigest()

        migrate.downgrade(database_url, "0005")
        with engine.connect() as connection:
            bodies = connection.scalars(
                sa.text("SELECT body FROM webhook_deliveries ORDER BY id")
            ).all()
        assert bodies == ['{"a": 1}'] * 3 + ['{"b": "二"}']
    finally:
        migrate.upgrade(database_url)
        engine.dispose()
