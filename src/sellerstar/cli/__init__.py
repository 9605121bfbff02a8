"""The `sellerstar` command line. One module per command group; this one assembles them.

The groups pull in heavy libraries (Ibis, DuckDB, PyArrow, SQLAlchemy, FastAPI, jieba...),
so the root loads a group's module only when that group runs or shows its own help:
`sellerstar --help` lists every command from the one-line summaries below without
importing any of them (docs/cli.md, "Start-up"). A test checks that the summaries match
the commands' own help.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any, NamedTuple

import typer
from typer.core import TyperCommand, TyperGroup

from sellerstar.errors import SellerstarError


class _Entry(NamedTuple):
    module: str
    attribute: str
    is_group: bool
    summary: str  # what `sellerstar --help` shows; equals the command's own short help


_COMMANDS: dict[str, _Entry] = {
    "import": _Entry(
        "sellerstar.cli.importing",
        "import_command",
        False,
        "Load every contract table found in DIR into the store (SELLERSTAR_DATABASE_URL).",
    ),
    "compute": _Entry(
        "sellerstar.cli.metrics",
        "compute_command",
        False,
        "The daily job: compute the metrics from the store and write the results into it,"
        " then the...",
    ),
    "serve": _Entry(
        "sellerstar.cli.web",
        "serve_command",
        False,
        "Serve the web app on the store of SELLERSTAR_DATABASE_URL (must be migrated).",
    ),
    "db": _Entry(
        "sellerstar.cli.db",
        "app",
        True,
        "Create and migrate the system of record (SELLERSTAR_DATABASE_URL).",
    ),
    "rules": _Entry(
        "sellerstar.cli.rules",
        "app",
        True,
        "Versioned rule-sets: which one is in force on a date, and every value in it.",
    ),
    "demo": _Entry(
        "sellerstar.cli.demo",
        "app",
        True,
        "The synthetic marketplace for demos, tests and benchmarks.",
    ),
    "metrics": _Entry(
        "sellerstar.cli.metrics",
        "app",
        True,
        "Metric engine: tracking visibility, guaranteed-delivery coverage, on-time shipment.",
    ),
    "guarantee": _Entry(
        "sellerstar.cli.guarantee",
        "app",
        True,
        "Guaranteed upgrade service: join, leave, status, exemptions, the batch job.",
    ),
    "stars": _Entry(
        "sellerstar.cli.stars",
        "app",
        True,
        "Star levels: predicted daily, official monthly, with their explanations.",
    ),
    "users": _Entry(
        "sellerstar.cli.users",
        "app",
        True,
        "Sign-in accounts (operators, merchant main and sub-accounts, buyers, talents)"
        " and API tokens.",
    ),
    "scheduler": _Entry(
        "sellerstar.cli.scheduler",
        "app",
        True,
        "Run the daily job and the monthly official evaluation when due.",
    ),
    "tracking": _Entry(
        "sellerstar.cli.tracking",
        "app",
        True,
        "Tracking events: is an event pre-advice or a real scan?",
    ),
    "feeds": _Entry(
        "sellerstar.cli.feeds",
        "app",
        True,
        "Tracking feeds: replay a saved push, re-fetch a parcel, register uploaded parcels.",
    ),
    "appeals": _Entry(
        "sellerstar.cli.appeals",
        "app",
        True,
        "Tracking appeals: upkeep of the evidence folder.",
    ),
    "radar": _Entry(
        "sellerstar.cli.radar",
        "app",
        True,
        "Product radar: suspected IP infringements in product listings.",
    ),
    "reviews": _Entry(
        "sellerstar.cli.reviews",
        "app",
        True,
        "Reviews: ratings, pools, rankings, selected products and brushing suspects.",
    ),
    "samples": _Entry(
        "sellerstar.cli.samples",
        "app",
        True,
        "Discount sample venue: which offered products may register, and why not.",
    ),
    "market": _Entry(
        "sellerstar.cli.market",
        "app",
        True,
        "Service market: the catalogue of tools and services, the launch-day coupons.",
    ),
    "qa": _Entry(
        "sellerstar.cli.qa",
        "app",
        True,
        "Briefing question channels: list them, publish their answers.",
    ),
    "recruitment": _Entry(
        "sellerstar.cli.recruitment",
        "app",
        True,
        "Talent recruitment: ranked, explained candidates for jobs; selection fairs.",
    ),
    "notifications": _Entry(
        "sellerstar.cli.notifications",
        "app",
        True,
        "Notifications: deliver the outbox to inboxes, email and webhooks.",
    ),
}

_HELP = "Seller-performance platform: star levels, tracking visibility, guaranteed delivery."


def _root() -> None:
    """Seller-performance platform: star levels, tracking visibility, guaranteed delivery."""


def _new_root(cls: type[TyperGroup] = TyperGroup) -> typer.Typer:
    root = typer.Typer(
        name="sellerstar",
        help=_HELP,
        no_args_is_help=True,
        pretty_exceptions_enable=False,
        cls=cls,
    )
    # A callback keeps the root a group even when it holds one plain command.
    root.callback()(_root)
    return root


def _register(root: typer.Typer, name: str) -> None:
    entry = _COMMANDS[name]
    target = getattr(importlib.import_module(entry.module), entry.attribute)
    if entry.is_group:
        root.add_typer(target, name=name)
    else:
        root.command(name)(target)


# Typer vendors its own click in recent versions: the contexts and commands below are
# whichever click it builds on, hence `Any` rather than `click.*`.


def load_command(name: str) -> Any:
    """The click command of one top-level command, importing its module (and its libraries)."""
    holder = _new_root()
    _register(holder, name)
    group = typer.main.get_command(holder)
    assert isinstance(group, TyperGroup)
    return group.commands[name]


class LazyCommands(TyperGroup):
    """The root group: a command's module is imported when it runs or shows its own help;
    the root's help lists the summaries."""

    _listing = False

    def list_commands(self, ctx: Any) -> list[str]:
        return list(_COMMANDS)

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        if cmd_name in self.commands:
            return self.commands[cmd_name]
        entry = _COMMANDS.get(cmd_name)
        if entry is None:
            return None
        if self._listing:
            return TyperCommand(cmd_name, help=entry.summary, short_help=entry.summary)
        command = self.commands[cmd_name] = load_command(cmd_name)
        return command

    def format_help(self, ctx: Any, formatter: Any) -> None:
        self._listing = True
        try:
            super().format_help(ctx, formatter)
        finally:
            self._listing = False

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        # A typo is suggested from every command, loaded or not.
        if args and args[0] not in _COMMANDS:
            for name in _COMMANDS:
                self.commands.setdefault(name, TyperCommand(name, hidden=True))
        return super().resolve_command(ctx, args)


def build_app(only: str | None = None) -> typer.Typer:
    """The command line with every command loaded, or with just ``only`` when it names one."""
    root = _new_root()
    for name in [only] if only in _COMMANDS else list(_COMMANDS):
        _register(root, name)
    return root


def lazy_app() -> typer.Typer:
    """The command line that imports a command's module only when it is used."""
    return _new_root(LazyCommands)


def __getattr__(name: str) -> Any:
    # `from sellerstar.cli import app` (tests, docs) gets the complete command line.
    if name == "app":
        return build_app()
    raise AttributeError(name)


def main() -> None:
    """Run the CLI; a SellerstarError ends it with its message and exit code 1."""
    try:
        lazy_app()()
    except SellerstarError as exc:
        typer.secho(f"error: {exc}", err=True, fg=typer.colors.RED)
        sys.exit(1)
