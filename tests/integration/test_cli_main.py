"""The installed `sellerstar` command: routing to each group and errors without traces."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import typer.main

from sellerstar.cli import build_app
from sellerstar.cli.reference import leaf_commands


def _sellerstar(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sellerstar", *args], capture_output=True, text=True, check=False
    )


@pytest.mark.parametrize("name", ["db", "rules", "demo", "metrics", "import", "compute"])
def test_a_command_alone_still_sits_under_its_name(name: str) -> None:
    names = {path for path, _ in leaf_commands(typer.main.get_command(build_app(name)))}
    assert names and all(path.startswith(f"sellerstar {name}") for path in names)


def test_a_user_error_is_one_line_without_a_trace(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    done = _sellerstar("import", str(missing))
    assert done.returncode == 1
    assert done.stderr.strip() == f"error: {missing}: not a directory"
    assert "Traceback" not in done.stderr + done.stdout


def test_a_bad_rule_date_names_the_option() -> None:
    done = _sellerstar("rules", "show", "--date", "2022-13-01")
    assert done.returncode != 0
    assert "--date" in done.stderr and "Traceback" not in done.stderr
