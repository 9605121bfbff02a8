"""The long commands' progress (issue 18, item 7): on stderr, only at a terminal, never
with --quiet; stdout keeps the results alone. The daily job and the demo tell each step."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from sellerstar.cli import build_app
from sellerstar.cli.progress import step_progress, working
from sellerstar.config import get_settings
from sellerstar.jobs import daily as daily_job
from sellerstar.rules import load_rulebook

BOOK = load_rulebook()
DAY = dt.date(2022, 12, 4)


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """rich treats stderr as a terminal (FORCE_COLOR, https://force-color.org/)."""
    monkeypatch.delenv("TTY_COMPATIBLE", raising=False)
    monkeypatch.setenv("FORCE_COLOR", "1")


@pytest.fixture
def pipe(monkeypatch: pytest.MonkeyPatch) -> None:
    """stderr is what it is under pytest: not a terminal."""
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.setenv("TTY_COMPATIBLE", "0")


@pytest.fixture
def compute(database_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[CliRunner]:
    monkeypatch.setenv("SELLERSTAR_DATABASE_URL", database_url)
    get_settings.cache_clear()
    yield CliRunner()
    get_settings.cache_clear()


def test_the_daily_job_tells_each_step_in_order(store_engine: sa.Engine) -> None:
    told: list[str] = []
    daily_job.run_daily_job(
        store_engine, BOOK, DAY, DAY, now=dt.datetime.now(dt.UTC), on_step=told.append
    )
    assert tuple(told) == daily_job.STEPS


@pytest.mark.usefixtures("terminal")
def test_compute_at_a_terminal_shows_each_step_on_stderr(compute: CliRunner) -> None:
    result = compute.invoke(build_app("compute"), ["compute", "--stat-date", str(DAY)])
    assert result.exit_code == 0, result.output
    for step in daily_job.STEPS:
        assert f"✓ {step} " in _plain(result.stderr), step
    assert "\x1b" not in result.stdout and "✓" not in result.stdout
    assert "stored 0 merchant_metrics" in result.stdout


@pytest.mark.usefixtures("terminal")
def test_compute_quiet_shows_nothing_even_at_a_terminal(compute: CliRunner) -> None:
    result = compute.invoke(build_app("compute"), ["compute", "--stat-date", str(DAY), "-q"])
    assert result.exit_code == 0, result.output
    assert result.stderr == ""


@pytest.mark.usefixtures("pipe")
def test_compute_into_a_pipe_shows_nothing(compute: CliRunner) -> None:
    result = compute.invoke(build_app("compute"), ["compute", "--stat-date", str(DAY)])
    assert result.exit_code == 0, result.output
    assert result.stderr == "" and "\x1b" not in result.stdout


@pytest.mark.usefixtures("terminal")
def test_the_bar_ends_each_step_once_and_the_last_on_leaving(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with step_progress(3, quiet=False, label="job") as report:
        report("one")
        report("two")
    with working("lake", quiet=False):
        pass
    captured = capsys.readouterr()
    plain = _plain(captured.err)
    assert plain.count("✓ one ") == 1 and plain.count("✓ two ") == 1
    assert "✓ lake " in plain
    assert captured.out == ""


@pytest.mark.usefixtures("terminal")
def test_quiet_reporters_ignore_the_steps(capsys: pytest.CaptureFixture[str]) -> None:
    with step_progress(2, quiet=True, label="job") as report:
        report("one")
        report(None)
    with working("lake", quiet=True):
        pass
    assert capsys.readouterr().err == ""


def _plain(text: str) -> str:
    """``text`` without its terminal control sequences."""
    import re

    return re.sub(r"\x1b\[[0-9;?]*[a-zA-Z]", "", text)


@pytest.mark.usefixtures("terminal")
def test_demo_generate_draws_its_bar_on_stderr_unless_quiet(tmp_path: Path) -> None:
    runner = CliRunner()
    args = ["demo", "generate", "--orders", "200", "--format", "csv"]
    shown = runner.invoke(build_app("demo"), [*args, "--out", str(tmp_path / "a")])
    assert shown.exit_code == 0, shown.output
    assert "orders" in _plain(shown.stderr) and "Synthetic marketplace" in shown.stdout
    quiet = runner.invoke(build_app("demo"), [*args, "--out", str(tmp_path / "b"), "--quiet"])
    assert quiet.exit_code == 0, quiet.output
    assert quiet.stderr == "" and "Synthetic marketplace" in quiet.stdout
