"""`sellerstar appeals`: upkeep of tracking appeals (the evidence folder).

Works on the store of SELLERSTAR_DATABASE_URL, which must be migrated, and the evidence
folder SELLERSTAR_EVIDENCE_DIR.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import typer

from sellerstar.config import get_settings
from sellerstar.jobs.evidence import sweep_evidence
from sellerstar.services.evidence import SWEEP_GRACE
from sellerstar.store import migrate
from sellerstar.store.db import create_engine

app = typer.Typer(help="Tracking appeals: upkeep of the evidence folder.", no_args_is_help=True)


@app.command("sweep-evidence")
def sweep_evidence_command(
    grace_hours: Annotated[
        float,
        typer.Option(
            "--grace-hours",
            min=1.0,
            help="Leave files younger than this alone (a filing may be about to commit).",
        ),
    ] = SWEEP_GRACE.total_seconds() / 3600,
) -> None:
    """Remove evidence files no appeal references, and half-written `.part` files, older
    than the grace period: what filings that crashed or failed before their commit left.
    The scheduler runs it on every pass."""
    settings = get_settings()
    engine = create_engine(settings.database_url)
    try:
        migrate.require_head(engine)
        swept = sweep_evidence(engine, settings.evidence_dir, dt.timedelta(hours=grace_hours))
    finally:
        engine.dispose()
    typer.echo(
        f"{settings.evidence_dir}: removed {swept.orphans} unreferenced file(s) and "
        f"{swept.parts} .part file(s); kept {swept.kept}"
    )
