"""`sellerstar db upgrade` and `sellerstar db current` on SELLERSTAR_DATABASE_URL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sellerstar.cli.db import app
from sellerstar.config import get_settings
from sellerstar.store import migrate

DOC = Path(__file__).resolve().parents[2] / "docs" / "store.md"


@pytest.fixture
def database_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    path = tmp_path / "var" / "cli.db"
    monkeypatch.setenv("SELLERSTAR_DATABASE_URL", f"sqlite:///{path}")
    get_settings.cache_clear()
    yield path
    get_settings.cache_clear()


def test_upgrade_creates_the_database_and_says_from_and_to(database_file: Path) -> None:
    runner = CliRunner()

    first = runner.invoke(app, ["upgrade"])
    again = runner.invoke(app, ["upgrade", "--revision", "head"])

    assert first.exit_code == 0, first.output
    assert f"upgraded empty -> {migrate.head()}" in first.output
    assert again.exit_code == 0, again.output
    assert f"already at {migrate.head()}" in again.output
    assert database_file.exists()


def test_current_tells_whether_the_database_is_up_to_date(database_file: Path) -> None:
    runner = CliRunner()

    before = runner.invoke(app, ["current"])
    runner.invoke(app, ["upgrade"])
    after = runner.invoke(app, ["current"])

    assert before.exit_code == 0, before.output
    assert "empty" in before.output and "run `sellerstar db upgrade`" in before.output
    assert f"{migrate.head()} (up to date)" in after.output


def test_upgrade_to_an_unknown_revision_fails_with_a_message(database_file: Path) -> None:
    result = CliRunner().invoke(app, ["upgrade", "--revision", "9999"])

    assert result.exit_code != 0
    assert isinstance(result.exception, migrate.MigrationError)
    assert "9999" in str(result.exception)


def test_every_db_command_is_documented() -> None:
    text = DOC.read_text(encoding="utf-8")
    names = [c.name or c.callback.__name__ for c in app.registered_commands if c.callback]
    assert names
    for name in names:
        assert f"sellerstar db {name}" in text, f"`sellerstar db {name}` missing in docs/store.md"
