"""The `sellerstar` command line. One module per command group; this one assembles them."""

from __future__ import annotations

import sys

import typer

from sellerstar.cli import db, demo, importing, metrics, rules
from sellerstar.errors import SellerstarError

app = typer.Typer(
    name="sellerstar",
    help="Seller-performance platform: star levels, tracking visibility, guaranteed delivery.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
app.add_typer(db.app, name="db")
app.add_typer(rules.app, name="rules")
app.add_typer(demo.app, name="demo")
app.add_typer(metrics.app, name="metrics")
app.command("import")(importing.import_command)
app.command("compute")(metrics.compute_command)


def main() -> None:
    """Run the CLI; a SellerstarError ends it with its message and exit code 1."""
    try:
        app()
    except SellerstarError as exc:
        typer.secho(f"error: {exc}", err=True, fg=typer.colors.RED)
        sys.exit(1)
