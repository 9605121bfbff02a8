"""The `sellerstar` command line. One module per command group; this one assembles them.

A command imports only its own group's module: the groups pull in heavy libraries (Ibis,
Alembic, NumPy) and a daily job should not pay for the ones it does not use.
"""

from __future__ import annotations

import importlib
import sys

import typer

from sellerstar.errors import SellerstarError

# Command name -> (module, attribute, is a sub-group).
_COMMANDS: dict[str, tuple[str, str, bool]] = {
    "db": ("sellerstar.cli.db", "app", True),
    "rules": ("sellerstar.cli.rules", "app", True),
    "demo": ("sellerstar.cli.demo", "app", True),
    "metrics": ("sellerstar.cli.metrics", "app", True),
    "import": ("sellerstar.cli.importing", "import_command", False),
    "compute": ("sellerstar.cli.metrics", "compute_command", False),
    "guarantee": ("sellerstar.cli.guarantee", "app", True),
    "stars": ("sellerstar.cli.stars", "app", True),
    "users": ("sellerstar.cli.users", "app", True),
    "serve": ("sellerstar.cli.web", "serve_command", False),
    "scheduler": ("sellerstar.cli.scheduler", "app", True),
    "tracking": ("sellerstar.cli.tracking", "app", True),
    "feeds": ("sellerstar.cli.feeds", "app", True),
    "appeals": ("sellerstar.cli.appeals", "app", True),
    "radar": ("sellerstar.cli.radar", "app", True),
    "reviews": ("sellerstar.cli.reviews", "app", True),
    "samples": ("sellerstar.cli.samples", "app", True),
    "market": ("sellerstar.cli.market", "app", True),
    "qa": ("sellerstar.cli.qa", "app", True),
    "recruitment": ("sellerstar.cli.recruitment", "app", True),
    "notifications": ("sellerstar.cli.notifications", "app", True),
}


def build_app(only: str | None = None) -> typer.Typer:
    """The command line with every command, or with just ``only`` when it names one."""
    root = typer.Typer(
        name="sellerstar",
        help="Seller-performance platform: star levels, tracking visibility, guaranteed delivery.",
        no_args_is_help=True,
        pretty_exceptions_enable=False,
    )
    # A callback keeps the root a group even when it holds one plain command.
    root.callback()(_root)
    names = [only] if only in _COMMANDS else list(_COMMANDS)
    for name in names:
        module, attribute, is_group = _COMMANDS[name]
        target = getattr(importlib.import_module(module), attribute)
        if is_group:
            root.add_typer(target, name=name)
        else:
            root.command(name)(target)
    return root


def _root() -> None:
    """Seller-performance platform: star levels, tracking visibility, guaranteed delivery."""


def __getattr__(name: str) -> typer.Typer:
    # `from sellerstar.cli import app` (tests, docs) gets the complete command line.
    if name == "app":
        return build_app()
    raise AttributeError(name)


def main() -> None:
    """Run the CLI; a SellerstarError ends it with its message and exit code 1."""
    try:
        build_app(sys.argv[1] if len(sys.argv) > 1 else None)()
    except SellerstarError as exc:
        typer.secho(f"error: {exc}", err=True, fg=typer.colors.RED)
        sys.exit(1)
