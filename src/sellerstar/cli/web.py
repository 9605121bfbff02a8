"""`sellerstar serve`: the web app (pages for merchants and operators, the JSON API)."""

from __future__ import annotations

from typing import Annotated

import typer

from sellerstar.config import get_settings
from sellerstar.services.demo_accounts import refuse_demo_accounts_outside_demo
from sellerstar.store import migrate
from sellerstar.store.db import create_engine


def serve_command(
    host: Annotated[
        str | None, typer.Option(help="Address (default: SELLERSTAR_WEB_HOST).")
    ] = None,
    port: Annotated[int | None, typer.Option(help="Port (default: SELLERSTAR_WEB_PORT).")] = None,
    workers: Annotated[int, typer.Option(min=1, help="Worker processes.")] = 1,
) -> None:
    """Serve the web app on the store of SELLERSTAR_DATABASE_URL (must be migrated)."""
    import uvicorn  # only `serve` pays for the server

    settings = get_settings()
    engine = create_engine(settings.database_url)
    try:
        migrate.require_head(engine)
        with engine.connect() as connection:
            refuse_demo_accounts_outside_demo(connection)
    finally:
        engine.dispose()
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
