"""`sellerstar market`: the service market's catalogue (`catalogue`: import the seed's or a
JSON file's tools and give the launch tools the rule-set's coupon stock) and the coupons
claimed (`coupons`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import sqlalchemy as sa
import typer

from sellerstar import clock
from sellerstar.config import get_settings
from sellerstar.domain.access import OutOfScope
from sellerstar.errors import SellerstarError
from sellerstar.rules import RuleBook, load_rulebook
from sellerstar.store import migrate
from sellerstar.store.db import create_engine, transaction

app = typer.Typer(
    help="Service market: the catalogue of tools and services, the launch-day coupons.",
    no_args_is_help=True,
)


@app.callback()
def _group() -> None:
    """Service market: the catalogue of tools and services, the launch-day coupons."""


def _engine() -> sa.Engine:
    engine = create_engine(get_settings().database_url)
    migrate.require_head(engine)
    return engine


def launch_stock(book: RuleBook) -> int:
    """The coupon stock of the rule-set in force on the launch day (the latest set's)."""
    market = book.rule_sets[-1].service_market
    if market is None:
        raise SellerstarError("no rule-set has a service_market section")
    on_the_day = book.in_force(market.launch_date).service_market
    return (on_the_day or market).coupon_stock


@app.command("catalogue")
def catalogue_command(
    file: Annotated[
        Path | None,
        typer.Option(
            "--file", metavar="FILE", help="A catalogue in JSON (default: the seed's catalogue)."
        ),
    ] = None,
    actor: Annotated[str, typer.Option(help="Who makes the change (the audit log).")] = "cli",
) -> None:
    """Import the catalogue: add or update every provider and tool; every tool with a
    launch price gets the rule-set's coupon stock (the coupons claimed stay claimed)."""
    from sellerstar.services import market_catalogue

    if file is None:
        from sellerstar.demo.market_catalogue import PROVIDERS, TOOLS

        providers, tools = list(PROVIDERS), list(TOOLS)
    else:
        try:
            document = json.loads(file.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise SellerstarError(f"{file}: {exc}") from None
        if not isinstance(document, dict):
            raise SellerstarError(f"{file}: not a catalogue (a JSON object)")
        providers, tools = market_catalogue.read_catalogue(document)
    stock = launch_stock(load_rulebook(get_settings().rules_dir))
    engine = _engine()
    try:
        with transaction(engine) as connection:
            count = market_catalogue.import_catalogue(
                connection, providers, tools, launch_stock=stock, actor=actor, now=clock.now()
            )
    finally:
        engine.dispose()
    launch = sum(1 for tool in tools if tool.launch_price_cny is not None)
    typer.echo(f"{count} tools ({len(providers)} providers); {launch} launch tools with "
               f"{stock} coupons each")  # fmt: skip


@app.command("coupons")
def coupons_command(
    tool: Annotated[str | None, typer.Option(help="Only this tool's coupons.")] = None,
) -> None:
    """The tools' coupon stock, coupons left and claimed (with --tool: who claimed)."""
    from sellerstar.queries import market as queries

    engine = _engine()
    try:
        with engine.connect() as connection:
            if tool is None:
                for row in queries.ops_tools(connection):
                    typer.echo(f"{row.tool_id}\t{row.coupon_stock}\t{row.coupons_left}\t"
                               f"{row.claimed}")  # fmt: skip
                return
            try:
                claims = queries.claims(connection, tool)
            except OutOfScope:
                raise SellerstarError(f"no tool {tool}") from None
            for claim in claims:
                typer.echo(f"{claim.claimed_at.isoformat()}\t{claim.merchant_id}\t"
                           f"{claim.main_account_id or ''}\t{claim.claimed_by}")  # fmt: skip
    finally:
        engine.dispose()
