"""`sellerstar db`: create and migrate the system of record.

The database is the one named by SELLERSTAR_DATABASE_URL (default: sqlite:///var/sellerstar.db).
"""

from __future__ import annotations

import typer
from sqlalchemy import make_url

from sellerstar.config import get_settings
from sellerstar.store import migrate

app = typer.Typer(
    help="Create and migrate the system of record (SELLERSTAR_DATABASE_URL).",
    no_args_is_help=True,
)


def _shown(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)


@app.command()
def upgrade(
    revision: str = typer.Option("head", "--revision", help="Target revision; default newest."),
) -> None:
    """Create the tables, or migrate them to REVISION; safe to run again."""
    url = get_settings().database_url
    before, after = migrate.upgrade(url, revision)
    if before == after:
        typer.echo(f"{_shown(url)}: already at {after or 'no revision'}")
    else:
        typer.echo(f"{_shown(url)}: upgraded {before or 'empty'} -> {after}")


@app.command()
def current() -> None:
    """Print the database's revision and whether it is the newest."""
    url = get_settings().database_url
    found = migrate.current(url)
    head = migrate.head()
    if found == head:
        typer.echo(f"{_shown(url)}: {found} (up to date)")
    else:
        typer.echo(
            f"{_shown(url)}: {found or 'empty'}, newest is {head}: run `sellerstar db upgrade`"
        )
