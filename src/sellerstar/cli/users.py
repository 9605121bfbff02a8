"""`sellerstar users`: create sign-in accounts and API tokens."""

from __future__ import annotations

import datetime as dt
import sys
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from sellerstar.config import get_settings
from sellerstar.services import accounts
from sellerstar.store import migrate
from sellerstar.store.db import create_engine, transaction

app = typer.Typer(
    help="Sign-in accounts (operators, merchant main and sub-accounts) and API tokens."
)


def _password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    return str(typer.prompt("Password", hide_input=True, confirmation_prompt=True))


@app.command("create")
def create(
    login: Annotated[str, typer.Argument(help="Login name.")],
    role: Annotated[str, typer.Option(help="operator, merchant_main or merchant_sub.")],
    name: Annotated[str, typer.Option(help="Display name.")] = "",
    merchant: Annotated[str | None, typer.Option(help="Merchant id (merchant roles).")] = None,
    account: Annotated[
        str | None, typer.Option(help="Account id from the accounts table (sub-accounts).")
    ] = None,
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Read the password from standard input.")
    ] = False,
) -> None:
    """Create a user who signs in to the web app."""
    engine = create_engine(get_settings().database_url)
    try:
        migrate.require_head(engine)
        password = _password(password_stdin)
        with transaction(engine) as connection:
            accounts.create_user(
                connection,
                login=login,
                display_name=name or login,
                role=role,
                password=password,
                merchant_id=merchant,
                account_id=account,
                now=dt.datetime.now(dt.UTC),
            )
    finally:
        engine.dispose()
    typer.echo(f"created {role} {login}")


@app.command("token")
def token(
    login: Annotated[str, typer.Argument(help="Login the token acts as.")],
    name: Annotated[str, typer.Option(help="What the token is for.")],
) -> None:
    """Create an API token (printed once; send it as `Authorization: Bearer TOKEN`)."""
    engine = create_engine(get_settings().database_url)
    try:
        migrate.require_head(engine)
        with transaction(engine) as connection:
            secret = accounts.create_api_token(connection, login, name, dt.datetime.now(dt.UTC))
    finally:
        engine.dispose()
    typer.echo(secret)


@app.command("list")
def list_users() -> None:
    """The users of the store, with their role and scope."""
    engine = create_engine(get_settings().database_url)
    try:
        migrate.require_head(engine)
        with engine.connect() as connection:
            rows = accounts.list_users(connection)
    finally:
        engine.dispose()
    table = Table("login", "role", "merchant", "account", "active")
    for row in rows:
        table.add_row(
            row.login, row.role, row.merchant_id or "", row.account_id or "", str(row.is_active)
        )
    Console().print(table)
