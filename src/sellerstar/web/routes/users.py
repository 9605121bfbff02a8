"""Accounts on the web: the operators' user page and each user's own account page.

Operators list users with their state and API tokens, deactivate and activate them, set a
new password and revoke a token; a signed-in user changes their own password (with the
current one) and sees and revokes their own tokens. Every change is a CSRF-checked form
and lands in the audit log with the acting user. Tokens are created with the CLI only.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Annotated, Any

import sqlalchemy as sa
from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from sellerstar.services import accounts, sign_in_throttle, tokens
from sellerstar.services.accounts import AccountError
from sellerstar.store.db import transaction
from sellerstar.web.auth import (
    SESSION_COOKIE,
    AnyUser,
    CsrfChecked,
    Now,
    Operator,
    ReadConnection,
)
from sellerstar.web.deps import throttle_of
from sellerstar.web.i18n import N_
from sellerstar.web.templating import render
from sellerstar.web.words.accounts import (
    ACCOUNT_DONE,
    OPS_DONE,
    SCOPE_LABELS,
    TOKEN_STATE_LABELS,
    TOO_MANY_FAILURES,
)

router = APIRouter(include_in_schema=False)

Password = Annotated[str, Form(max_length=1024)]
_LABELS = {"token_state_labels": TOKEN_STATE_LABELS, "scope_labels": SCOPE_LABELS}


class _Invalid(Exception):
    """A form that cannot be done as sent: a catalogue message and its values."""

    def __init__(self, message: str, **values: Any) -> None:
        super().__init__(message)
        self.message = message
        self.values = values


def _new_password_hash(password: str, confirm: str) -> str:
    if password != confirm:
        raise _Invalid(N_("The two new passwords differ."))
    if len(password) < accounts.MIN_PASSWORD_LENGTH:
        raise _Invalid(
            N_("The new password needs at least %(count)s characters."),
            count=accounts.MIN_PASSWORD_LENGTH,
        )
    return accounts.hash_password(password)


def _tokens(connection: sa.Connection, at: dt.datetime, login: str | None) -> list[Any]:
    return [{"row": row, "state": row.state(at)} for row in tokens.list_tokens(connection, login)]


def _ops_page(
    request: Request,
    connection: sa.Connection,
    at: dt.datetime,
    status: int = 200,
    done: str | None = None,
    error: _Invalid | None = None,
) -> HTMLResponse:
    context = {
        "users": accounts.list_users(connection),
        "tokens": _tokens(connection, at, None),
        "done": OPS_DONE.get(done or ""),
        "error": _shown(error),
        **_LABELS,
    }
    return render(request, "ops_users.html", context, status_code=status)


def _shown(error: _Invalid | None) -> dict[str, object] | None:
    return None if error is None else {"message": error.message, "params": error.values}


@router.get("/ops/users")
def users_page(
    request: Request, _auth: Operator, connection: ReadConnection, at: Now, done: str = ""
) -> HTMLResponse:
    """Every user with their state, and every API token (never its secret)."""
    return _ops_page(request, connection, at, done=done)


def _done(path: str, what: str) -> RedirectResponse:
    return RedirectResponse(f"{path}?done={what}", status_code=303)


def _set_active(
    request: Request, auth: Operator, login: str, active: bool, at: dt.datetime
) -> None:
    if not active and login == auth.principal.login:
        raise _Invalid(N_("You cannot deactivate your own account."))
    try:
        with transaction(request.app.state.engine) as connection:
            accounts.set_active(connection, login, active, at, actor=auth.principal.login)
    except AccountError:
        raise HTTPException(404, N_("no such user")) from None


@router.post("/ops/users/{login}/deactivate", dependencies=[CsrfChecked])
def deactivate(
    request: Request, login: str, auth: Operator, connection: ReadConnection, at: Now
) -> Response:
    """Deactivate a user: their sessions end and their tokens are revoked at once."""
    try:
        _set_active(request, auth, login, False, at)
    except _Invalid as invalid:
        return _ops_page(request, connection, at, 409, error=invalid)
    return _done("/ops/users", "deactivated")


@router.post("/ops/users/{login}/activate", dependencies=[CsrfChecked])
def activate(request: Request, login: str, auth: Operator, at: Now) -> Response:
    """Let a deactivated user sign in again."""
    _set_active(request, auth, login, True, at)
    return _done("/ops/users", "activated")


@router.post("/ops/users/{login}/password", dependencies=[CsrfChecked])
def set_password(
    request: Request,
    login: str,
    auth: Operator,
    connection: ReadConnection,
    at: Now,
    password: Password,
    confirm: Password,
) -> Response:
    """Set a user's password; every session of that user ends."""
    try:
        hashed = _new_password_hash(password, confirm)
    except _Invalid as invalid:
        return _ops_page(request, connection, at, 422, error=invalid)
    try:
        # Hashed above, outside the write transaction: argon2 is slow on purpose.
        with transaction(request.app.state.engine) as writing:
            accounts.set_password_hash(writing, login, hashed, at, actor=auth.principal.login)
    except AccountError:
        raise HTTPException(404, N_("no such user")) from None
    return _done("/ops/users", "password")


def _revoke(
    request: Request, actor: str, token_id: str, at: dt.datetime, owner: str | None
) -> None:
    try:
        with transaction(request.app.state.engine) as connection:
            revoked = tokens.revoke_tokens(
                connection, now=at, actor=actor, public_id=token_id, login=owner
            )
    except AccountError:
        revoked = 0
    if not revoked:
        raise HTTPException(404, N_("no such live API token"))


@router.post("/ops/tokens/{token_id}/revoke", dependencies=[CsrfChecked])
def revoke_token(request: Request, token_id: str, auth: Operator, at: Now) -> Response:
    """Revoke any user's API token; it stops working at once."""
    _revoke(request, auth.principal.login, token_id, at, None)
    return _done("/ops/users", "revoked")


def _account_page(
    request: Request,
    connection: sa.Connection,
    auth: AnyUser,
    at: dt.datetime,
    status: int = 200,
    done: str | None = None,
    error: _Invalid | None = None,
) -> HTMLResponse:
    context = {
        "tokens": _tokens(connection, at, auth.principal.login),
        "done": ACCOUNT_DONE.get(done or ""),
        "error": _shown(error),
        **_LABELS,
    }
    return render(request, "account.html", context, status_code=status)


@router.get("/account")
def account_page(
    request: Request, auth: AnyUser, connection: ReadConnection, at: Now, done: str = ""
) -> HTMLResponse:
    """The signed-in user's own account: their password and API tokens."""
    return _account_page(request, connection, auth, at, done=done)


@router.post("/account/password", dependencies=[CsrfChecked])
def change_own_password(
    request: Request,
    auth: AnyUser,
    connection: ReadConnection,
    at: Now,
    current: Password,
    password: Password,
    confirm: Password,
) -> Response:
    """Change one's own password (the current one is needed); other sessions end.

    Wrong current passwords count towards the sign-in limit of the login and address: a
    stolen session must not become a way round it."""
    login = auth.principal.login
    throttle = throttle_of(request.app.state.settings)
    client = sign_in_throttle.client_key(request.client.host if request.client else None)
    try:
        refused = sign_in_throttle.refusal(connection, throttle, login, client, at)
        if refused is not None:
            raise _Invalid(TOO_MANY_FAILURES, minutes=math.ceil(refused.seconds / 60))
        # Checked and hashed on the read connection: no write lock while argon2 works.
        if accounts.authenticate(connection, login, current) is None:
            with transaction(request.app.state.engine) as writing:
                sign_in_throttle.record_failure(writing, throttle, login, client, at)
            raise _Invalid(N_("The current password is wrong."))
        hashed = _new_password_hash(password, confirm)
    except _Invalid as invalid:
        status = 429 if invalid.message == TOO_MANY_FAILURES else 422
        return _account_page(request, connection, auth, at, status, error=invalid)
    with transaction(request.app.state.engine) as writing:
        accounts.set_password_hash(
            writing,
            login,
            hashed,
            at,
            actor=login,
            keep_session=request.cookies.get(SESSION_COOKIE),
        )
    return _done("/account", "password")


@router.post("/account/tokens/{token_id}/revoke", dependencies=[CsrfChecked])
def revoke_own_token(request: Request, token_id: str, auth: AnyUser, at: Now) -> Response:
    """Revoke one of one's own API tokens."""
    login = auth.principal.login
    _revoke(request, login, token_id, at, login)
    return _done("/account", "revoked")
