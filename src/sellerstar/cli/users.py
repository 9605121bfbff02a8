"""`sellerstar users`: create sign-in accounts and API tokens."""

from __future__ import annotations

import datetime as dt
import sys
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from sellerstar import clock
from sellerstar.config import get_settings
from sellerstar.services import accounts, tokens
from sellerstar.store import migrate
from sellerstar.store.db import create_engine, transaction

app = typer.Typer(
    help="Sign-in accounts (operators, merchant main and sub-accounts, buyers, talents) and API"
    " tokens."
)


def _password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    return str(typer.prompt("Password", hide_input=True, confirmation_prompt=True))


@app.command("create")
def create(
    login: Annotated[str, typer.Argument(help="Login name.")],
    role: Annotated[
        str, typer.Option(help="operator, merchant_main, merchant_sub, buyer or talent.")
    ],
    name: Annotated[str, typer.Option(help="Display name.")] = "",
    merchant: Annotated[str | None, typer.Option(help="Merchant id (merchant roles).")] = None,
    account: Annotated[
        str | None, typer.Option(help="Account id from the accounts table (sub-accounts).")
    ] = None,
    buyer: Annotated[
        str | None, typer.Option(help="Buyer id from the buyers table (role buyer).")
    ] = None,
    talent: Annotated[
        str | None, typer.Option(help="Talent id from the talents table (role talent).")
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
                buyer_id=buyer,
                talent_id=talent,
                now=clock.now(),
            )
    finally:
        engine.dispose()
    typer.echo(f"created {role} {login}")


token_app = typer.Typer(help="API tokens: create, list and revoke.")
app.add_typer(token_app, name="token")


@token_app.command("create")
def token_create(
    login: Annotated[str, typer.Argument(help="Login the token acts as.")],
    name: Annotated[str, typer.Option(help="What the token is for.")],
    scope: Annotated[
        str, typer.Option(help="read (GET only) or read_write (the API's writes too).")
    ] = "read",
    days: Annotated[
        int | None,
        typer.Option(min=1, max=3650, help="Days it lives (default SELLERSTAR_API_TOKEN_DAYS)."),
    ] = None,
) -> None:
    """Create an API token (printed once; send it as `Authorization: Bearer TOKEN`).

    It opens the JSON API under /api/ only, never the pages."""
    settings = get_settings()
    engine = create_engine(settings.database_url)
    try:
        migrate.require_head(engine)
        with transaction(engine) as connection:
            secret = tokens.create_api_token(
                connection,
                login,
                name,
                clock.now(),
                days=days or settings.api_token_days,
                scope=scope,
            )
    finally:
        engine.dispose()
    typer.echo(secret)


def _when(value: dt.datetime | None) -> str:
    return "" if value is None else value.strftime("%Y-%m-%d %H:%M")


@token_app.command("list")
def token_list(
    login: Annotated[str | None, typer.Argument(help="Only this login's tokens.")] = None,
) -> None:
    """API tokens (never their secret) with the id that names them, newest first per login."""
    engine = create_engine(get_settings().database_url)
    try:
        migrate.require_head(engine)
        with engine.connect() as connection:
            rows = tokens.list_tokens(connection, login)
    finally:
        engine.dispose()
    now = clock.now()
    table = Table("id", "login", "name", "scope", "created", "expires", "last used", "state")
    for row in rows:
        table.add_row(
            row.id,
            row.login,
            row.name,
            row.scope,
            _when(row.created_at),
            _when(row.expires_at),
            _when(row.last_used_at),
            row.state(now) + (f" {_when(row.revoked_at)}" if row.revoked_at else ""),
        )
    Console().print(table)


@token_app.command("revoke")
def token_revoke(
    login: Annotated[str | None, typer.Argument(help="The login whose tokens to revoke.")] = None,
    name: Annotated[str | None, typer.Option(help="Only the login's tokens of this name.")] = None,
    token_id: Annotated[
        str | None, typer.Option("--id", help="The token's id (from `users token list`).")
    ] = None,
) -> None:
    """Revoke a token by id, or a login's tokens (of one name); they stop working at once."""
    if (token_id is None) == (login is None):
        raise typer.BadParameter("give either LOGIN (and --name) or --id")
    engine = create_engine(get_settings().database_url)
    try:
        migrate.require_head(engine)
        with transaction(engine) as connection:
            if login is not None:
                accounts.login_exists(connection, login)
            revoked = tokens.revoke_tokens(
                connection,
                now=clock.now(),
                actor="cli",
                public_id=token_id,
                login=login,
                name=name,
            )
    finally:
        engine.dispose()
    typer.echo(f"revoked {revoked} token(s)")
    if not revoked:
        raise typer.Exit(1)


def _set_active(login: str, active: bool) -> None:
    engine = create_engine(get_settings().database_url)
    try:
        migrate.require_head(engine)
        with transaction(engine) as connection:
            changed = accounts.set_active(connection, login, active, clock.now())
    finally:
        engine.dispose()
    state = "active" if active else "deactivated"
    typer.echo(f"{login} is {state}" + ("" if changed else " (it was already)"))


@app.command("deactivate")
def deactivate(login: Annotated[str, typer.Argument(help="Login name.")]) -> None:
    """Stop a user signing in: its sessions end at once and its API tokens are revoked."""
    _set_active(login, False)


@app.command("activate")
def activate(login: Annotated[str, typer.Argument(help="Login name.")]) -> None:
    """Let a deactivated user sign in again (its revoked tokens stay revoked)."""
    _set_active(login, True)


@app.command("password")
def password(
    login: Annotated[str, typer.Argument(help="Login name.")],
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Read the password from standard input.")
    ] = False,
) -> None:
    """Set a user's password; every session of the user ends."""
    engine = create_engine(get_settings().database_url)
    try:
        migrate.require_head(engine)
        hashed = accounts.hash_password(_password(password_stdin))
        with transaction(engine) as connection:
            accounts.set_password_hash(connection, login, hashed, clock.now())
    finally:
        engine.dispose()
    typer.echo(f"password of {login} changed; its sessions have ended")


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
    table = Table("login", "role", "merchant", "account", "buyer", "talent", "active")
    for row in rows:
        table.add_row(
            row.login,
            row.role,
            row.merchant_id or "",
            row.account_id or "",
            row.buyer_id or "",
            row.talent_id or "",
            str(row.is_active),
        )
    Console().print(table)
