"""`sellerstar serve` says which store it serves, and points at the demo store when the
default store is empty (issue 18, item 7). The server itself is not started here."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from sellerstar.cli import build_app
from sellerstar.config import get_settings
from sellerstar.store import migrate
from sellerstar.store.db import create_engine, transaction
from sellerstar.store.web_tables import store_meta


@pytest.fixture
def served(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[dict[str, Any]]]:
    """A clean working folder and no database URL (the default), and uvicorn replaced by
    a recorder of its calls."""
    import uvicorn

    calls: list[dict[str, Any]] = []
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SELLERSTAR_DATABASE_URL", raising=False)
    monkeypatch.delenv("SELLERSTAR_CLOCK_DATE", raising=False)
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: calls.append(options))
    get_settings.cache_clear()
    yield calls
    get_settings.cache_clear()


def _serve() -> Any:
    return CliRunner().invoke(build_app("serve"), ["serve"])


def test_the_empty_default_store_points_at_make_demo(served: list[dict[str, Any]]) -> None:
    result = _serve()
    assert result.exit_code == 1 and not served
    message = str(result.exception)
    assert "the default store sqlite:///var/sellerstar.db is empty" in message
    assert "`make demo` builds the demo store" in message


def test_the_empty_default_store_points_at_a_built_demo_store(
    served: list[dict[str, Any]],
) -> None:
    migrate.upgrade("sqlite:///var/demo.db")
    result = _serve()
    assert result.exit_code == 1 and not served
    assert (
        "SELLERSTAR_DATABASE_URL=sqlite:///var/demo.db SELLERSTAR_CLOCK_DATE=2022-12-06 "
        "sellerstar serve" in str(result.exception)
    )


def test_a_migrated_store_without_merchants_is_served_with_a_note(
    served: list[dict[str, Any]],
) -> None:
    migrate.upgrade("sqlite:///var/sellerstar.db")
    result = _serve()
    assert result.exit_code == 0, result.output
    assert "store sqlite:///var/sellerstar.db: 0 merchants, 0 orders" in result.stdout
    assert "note: this store has no merchants yet; `make demo`" in result.stderr
    assert len(served) == 1


def test_the_demo_store_is_named_and_its_date_suggested(
    served: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite:///{Path.cwd()}/var/demo.db"
    migrate.upgrade(url)
    engine = create_engine(url)
    with transaction(engine) as connection:
        connection.execute(sa.insert(store_meta).values(key="demo", value="true"))
    engine.dispose()
    monkeypatch.setenv("SELLERSTAR_DATABASE_URL", url)
    get_settings.cache_clear()
    result = _serve()
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"the demo store {url}: 0 merchants, 0 orders")
    assert "SELLERSTAR_CLOCK_DATE=2022-12-06" in result.stderr
    monkeypatch.setenv("SELLERSTAR_CLOCK_DATE", "2022-12-06")
    get_settings.cache_clear()
    assert "SELLERSTAR_CLOCK_DATE" not in _serve().stderr
