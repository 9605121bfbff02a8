"""`sellerstar serve`: the web app (pages for merchants and operators, the JSON API)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

import sqlalchemy as sa
import typer

from sellerstar.config import Settings, get_settings
from sellerstar.errors import SellerstarError
from sellerstar.services.demo_accounts import is_demo_store, refuse_demo_accounts_outside_demo
from sellerstar.store import migrate
from sellerstar.store.contract_tables import contract_tables
from sellerstar.store.db import create_engine

DEMO_STORE = Path("var/demo.db")
"""Where `make demo` builds the demo store (the Makefile's DEMO_DB)."""
DEMO_VIEW_DATE = "2022-12-06"
"""The demo's view date, which `make demo` serves as today (the Makefile's DEMO_VIEW_DATE)."""
SERVE_DEMO = (
    f"SELLERSTAR_DATABASE_URL=sqlite:///{DEMO_STORE} SELLERSTAR_CLOCK_DATE={DEMO_VIEW_DATE} "
    "sellerstar serve"
)


@dataclass(frozen=True)
class ServedStore:
    """What `serve` tells about the store before it starts."""

    url: str  # without its password
    revision: str | None
    merchants: int
    orders: int
    demo: bool


def describe_store(engine: sa.Engine) -> ServedStore:
    """The store behind ``engine``: its revision, how many merchants and orders it holds,
    and whether `sellerstar demo run` built it."""
    url = engine.url.render_as_string(hide_password=True)
    revision = migrate.current(engine.url.render_as_string(hide_password=False))
    if revision is None:
        return ServedStore(url, None, 0, 0, demo=False)
    with engine.connect() as connection:
        merchants = connection.scalar(sa.select(sa.func.count()).select_from(_table("merchants")))
        orders = connection.scalar(sa.select(sa.func.count()).select_from(_table("orders")))
        demo = is_demo_store(connection)
    return ServedStore(url, revision, merchants or 0, orders or 0, demo)


def _table(name: str) -> sa.Table:
    return contract_tables[name]


def demo_hint() -> str:
    """How to serve the demo instead: its store if it was built, else how to build it."""
    if DEMO_STORE.is_file():
        return f"the demo store is {DEMO_STORE}: serve it with\n  {SERVE_DEMO}"
    return "`make demo` builds the demo store (var/demo.db) and serves it"


def _is_default(settings: Settings) -> bool:
    default = Settings.model_fields["database_url"].default
    return bool(settings.database_url == default)


def serve_command(
    host: Annotated[
        str | None, typer.Option(help="Address (default: SELLERSTAR_WEB_HOST).")
    ] = None,
    port: Annotated[int | None, typer.Option(help="Port (default: SELLERSTAR_WEB_PORT).")] = None,
    workers: Annotated[int, typer.Option(min=1, help="Worker processes.")] = 1,
) -> None:
    """Serve the web app on the store of SELLERSTAR_DATABASE_URL (must be migrated).

    Says which store it serves, and how to serve the demo store when the default one is
    empty.
    """
    import uvicorn  # only `serve` pays for the server

    settings = get_settings()
    engine = create_engine(settings.database_url)
    try:
        served = describe_store(engine)
        if served.revision is None and _is_default(settings):
            raise SellerstarError(
                f"the default store {served.url} is empty (not migrated); "
                f"{demo_hint()}; or `sellerstar db upgrade` and `sellerstar import` "
                "your own data (README, Using it)"
            )
        migrate.require_head(engine)
        with engine.connect() as connection:
            refuse_demo_accounts_outside_demo(connection)
    finally:
        engine.dispose()
    kind = "the demo store" if served.demo else "store"
    typer.echo(f"{kind} {served.url}: {served.merchants:,} merchants, {served.orders:,} orders")
    if served.merchants == 0 and not served.demo:
        typer.echo(f"note: this store has no merchants yet; {demo_hint()}", err=True)
    if served.demo and settings.clock_date is None:
        typer.echo(
            f"note: the demo's data ends on {DEMO_VIEW_DATE}; set "
            f"SELLERSTAR_CLOCK_DATE={DEMO_VIEW_DATE} to see it as of that day",
            err=True,
        )
    if workers > 1 and engine.dialect.name == "sqlite":
        typer.echo(
            f"warning: {workers} workers on SQLite share one writer; use PostgreSQL for "
            "several workers (docs/operations.md)",
            err=True,
        )
    host = host or settings.web_host
    port = port or settings.web_port
    typer.echo(f"sellerstar is serving on http://{host}:{port}/ (Ctrl-C stops it)")
    uvicorn.run(
        "sellerstar.web.asgi:app",
        host=host,
        port=port,
        workers=workers,
        log_level="warning",
        proxy_headers=True,
        forwarded_allow_ips=settings.forwarded_allow_ips,
        timeout_worker_healthcheck=settings.worker_healthcheck_seconds,
    )
