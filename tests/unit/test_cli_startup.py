"""`sellerstar --help` stays quick: the root lists every command without importing its module,
and so without the heavy libraries (docs/cli.md, "Start-up"). Checked by what is imported,
not by timing, so that a busy machine cannot make it flaky."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest
import typer.main
from typer.core import TyperGroup
from typer.testing import CliRunner

from sellerstar.cli import _COMMANDS, lazy_app, load_command

HEAVY = (
    "ibis",
    "duckdb",
    "pyspark",
    "pyarrow",
    "pandas",
    "numpy",
    "sqlalchemy",
    "alembic",
    "fastapi",
    "starlette",
    "jinja2",
    "jieba",
    "bm25s",
    "sklearn",
    "scipy",
    "httpx",
    "sellerstar.cli.metrics",
    "sellerstar.jobs",
    "sellerstar.store",
    "sellerstar.web",
)

_PROBE = """
import json, sys
from typer.testing import CliRunner
from sellerstar.cli import lazy_app
result = CliRunner().invoke(lazy_app(), {args!r})
loaded = sorted(
    name for name in sys.modules
    if any(name == heavy or name.startswith(heavy + ".") for heavy in {heavy!r})
)
print(json.dumps({{"exit": result.exit_code, "output": result.output, "loaded": loaded}}))
"""


def _probe(*args: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE.format(args=list(args), heavy=HEAVY)],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return result


@pytest.mark.parametrize("args", [["--help"], []])
def test_the_root_help_imports_no_heavy_library(args: list[str]) -> None:
    result = _probe(*args)
    assert result["loaded"] == []
    for name in _COMMANDS:
        assert f" {name} " in str(result["output"])


def test_the_heavy_probe_would_see_a_loaded_command() -> None:
    # The probe itself works: asking for a command's own help loads its module.
    result = _probe("compute", "--help")
    assert result["exit"] == 0
    assert "sellerstar.cli.metrics" in result["loaded"]
    assert "--view-date" in str(result["output"])


def test_the_scheduler_help_leaves_the_jobs_unloaded() -> None:
    result = _probe("scheduler", "--help")
    assert result["exit"] == 0
    assert not [name for name in result["loaded"] if name.startswith("sellerstar.jobs")]


@pytest.mark.parametrize("name", list(_COMMANDS))
def test_each_summary_is_the_commands_own_short_help(name: str) -> None:
    assert load_command(name).get_short_help_str(100) == _COMMANDS[name].summary


@pytest.mark.parametrize("name", ["rules", "import", "compute"])
def test_a_command_still_shows_its_options_through_the_lazy_root(name: str) -> None:
    eager = load_command(name)
    shown = CliRunner().invoke(lazy_app(), [name, "--help"], env={"COLUMNS": "200"})
    assert shown.exit_code == 0
    options = [
        param.opts[0]
        if param.param_type_name == "option"
        else str(param.metavar or param.name).upper()
        for param in eager.params
    ]
    commands = list(getattr(eager, "commands", {}))
    assert options or commands
    for word in [*options, *commands]:
        assert word in shown.output


def test_a_mistyped_command_is_suggested_without_loading_anything() -> None:
    shown = CliRunner().invoke(lazy_app(), ["comput"])
    assert shown.exit_code == 2
    assert "compute" in shown.output


def test_the_lazy_root_holds_the_same_commands_as_the_eager_one() -> None:
    from sellerstar.cli import build_app

    eager = typer.main.get_command(build_app())
    lazy = typer.main.get_command(lazy_app())
    assert isinstance(lazy, TyperGroup) and isinstance(eager, TyperGroup)
    context: Any = None
    assert lazy.list_commands(context) == list(_COMMANDS)
    assert set(lazy.list_commands(context)) == set(eager.list_commands(context))
