"""The CLI and settings references in docs/ are generated from the code and must be current."""

from __future__ import annotations

from pathlib import Path

import click
import typer.main

from sellerstar.cli import app
from sellerstar.cli.reference import cli_reference, settings_reference
from sellerstar.config import Settings

DOCS = Path(__file__).resolve().parents[2] / "docs"
REGENERATE = "run `.venv/bin/python -m sellerstar.cli.reference docs`"


def test_docs_cli_md_is_current() -> None:
    assert (DOCS / "cli.md").read_text(encoding="utf-8") == cli_reference(), REGENERATE


def test_docs_settings_md_is_current() -> None:
    assert (DOCS / "settings.md").read_text(encoding="utf-8") == settings_reference(), REGENERATE


def _leaf_commands(command: click.Command, path: str) -> list[tuple[str, click.Command]]:
    if isinstance(command, click.Group):
        return [
            leaf
            for name, sub in command.commands.items()
            for leaf in _leaf_commands(sub, f"{path} {name}")
        ]
    return [(path, command)]


def test_every_command_and_option_is_explained() -> None:
    for path, command in _leaf_commands(typer.main.get_command(app), "sellerstar"):
        assert command.help, f"{path} has no help text"
        for param in command.params:
            if isinstance(param, click.Option) and param.name != "help":
                assert param.help, f"{path} {param.opts[0]} has no help text"


def test_every_setting_is_described() -> None:
    for name, field in Settings.model_fields.items():
        assert field.description, f"setting {name} has no description"
