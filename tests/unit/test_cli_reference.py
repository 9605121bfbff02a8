"""The CLI and settings references in docs/ are generated from the code and must be current."""

from __future__ import annotations

from pathlib import Path

import typer.main

from sellerstar.cli import app
from sellerstar.cli.reference import cli_reference, leaf_commands, settings_reference
from sellerstar.config import Settings

DOCS = Path(__file__).resolve().parents[2] / "docs"
REGENERATE = "run `.venv/bin/python -m sellerstar.cli.reference docs`"


def test_docs_cli_md_is_current() -> None:
    assert (DOCS / "cli.md").read_text(encoding="utf-8") == cli_reference(), REGENERATE


def test_docs_settings_md_is_current() -> None:
    assert (DOCS / "settings.md").read_text(encoding="utf-8") == settings_reference(), REGENERATE


def test_every_command_and_option_is_explained() -> None:
    commands = leaf_commands(typer.main.get_command(app))
    assert {"sellerstar import", "sellerstar compute", "sellerstar db upgrade"} <= {
        name for name, _ in commands
    }
    for path, command in commands:
        assert command.help, f"{path} has no help text"
        for param in command.params:
            assert param.help, f"{path} {param.opts[0]} has no help text"


def test_every_setting_is_described() -> None:
    for name, field in Settings.model_fields.items():
        assert field.description, f"setting {name} has no description"
