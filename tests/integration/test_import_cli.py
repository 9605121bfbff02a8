"""`sellerstar import DIR` end to end through the command-line function."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
import typer
from test_import_support import valid_feed, write_feed
from typer.testing import CliRunner

from sellerstar.cli.importing import import_command
from sellerstar.config import get_settings
from sellerstar.ingest.contract import ImportRejected
from sellerstar.store.schema import contract_tables

app = typer.Typer()
app.command("import")(import_command)
app.command("noop", hidden=True)(lambda: None)  # keeps `import` a named sub-command


@pytest.fixture
def database(sqlite_engine: sa.Engine, monkeypatch: pytest.MonkeyPatch) -> Iterator[sa.Engine]:
    monkeypatch.setenv("SELLERSTAR_DATABASE_URL", sqlite_engine.url.render_as_string())
    get_settings.cache_clear()
    yield sqlite_engine
    get_settings.cache_clear()


def order_count(engine: sa.Engine) -> int:
    with engine.connect() as connection:
        query = sa.select(sa.func.count()).select_from(contract_tables["orders"])
        return int(connection.execute(query).scalar_one())


def test_import_prints_what_it_did(database: sa.Engine, tmp_path: Path) -> None:
    directory = write_feed(tmp_path / "feed", valid_feed())
    first = CliRunner().invoke(app, ["import", str(directory)])
    assert first.exit_code == 0, first.output
    assert f"imported {directory}:" in first.output
    assert re.search(r"orders +2 read, 2 inserted, 0 updated, 0 unchanged", first.output)
    second = CliRunner().invoke(app, ["import", str(directory)])
    assert re.search(r"orders +2 read, 0 inserted, 0 updated, 2 unchanged", second.output)
    assert order_count(database) == 2


def test_a_malformed_file_is_rejected_with_line_precise_messages(
    database: sa.Engine, tmp_path: Path
) -> None:
    feed = valid_feed()
    feed["orders"][1]["destination_country"] = "Germany"
    feed["orders"][0]["paid_at"] = "yesterday"
    result = CliRunner().invoke(app, ["import", str(write_feed(tmp_path / "feed", feed))])
    assert result.exit_code == 1
    assert isinstance(result.exception, ImportRejected)
    # What `sellerstar` prints (cli.main shows a SellerstarError's message).
    assert str(result.exception).splitlines()[1:] == [
        "orders.csv:2: paid_at: not an ISO 8601 timestamp: 'yesterday'",
        "orders.csv:3: destination_country: unknown country 'Germany' "
        "(ISO 3166-1 alpha-2, upper case)",
    ]
    assert order_count(database) == 0


def test_only_the_first_hundred_problems_are_shown(database: sa.Engine, tmp_path: Path) -> None:
    feed = {k: v for k, v in valid_feed().items() if k in ("merchants", "accounts", "orders")}
    template = feed["orders"][1]
    feed["orders"] = [template | {"order_id": f"X{n}", "transport": "rocket"} for n in range(130)]
    result = CliRunner().invoke(app, ["import", str(write_feed(tmp_path / "feed", feed))])
    lines = str(result.exception).splitlines()
    assert lines[0].endswith("rejected (130 errors); nothing was written")
    assert lines[1].startswith("orders.csv:2: transport: unknown code 'rocket'")
    assert lines[100].startswith("orders.csv:101: transport: unknown code 'rocket'")
    assert lines[101:] == ["... and 30 more errors"]


def test_a_database_without_the_schema_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SELLERSTAR_DATABASE_URL", f"sqlite:///{tmp_path / 'empty.db'}")
    get_settings.cache_clear()
    try:
        result = CliRunner().invoke(app, ["import", str(write_feed(tmp_path / "f", valid_feed()))])
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 1
    assert "create the schema first (sellerstar db upgrade)" in str(result.exception)
