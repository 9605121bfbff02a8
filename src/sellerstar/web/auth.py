"""Who is asking: a browser session cookie or an API token, and what each role may do.

Pages redirect a stranger to the sign-in page; the JSON API answers 401. A signed-in user
without the role gets 403 either way. Forms (and cookie-authenticated API writes) must
carry the session's CSRF token; API tokens need none, a browser never sends them by itself.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Annotated
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from fastapi import Depends, HTTPException, Request

from sellerstar.services import accounts
from sellerstar.services.accounts import Principal
from sellerstar.store.db import transaction
from sellerstar.web.i18n import N_

SESSION_COOKIE = "sellerstar_session"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"
_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


@dataclass(frozen=True)
class Auth:
    """The caller: its principal, how it signed in, and the CSRF token of its session."""

    principal: Principal
    via: str  # "session" or "token"
    csrf_token: str = ""


class SignInRequired(Exception):
    """A page needs a signed-in user; the handler sends the browser to the sign-in page."""


async def now(request: Request) -> dt.datetime:
    """The current instant; on a store served with a fixed platform date (the demo), that
    date at the current time of day. One place, so tests can override it.

    The dependencies that neither block nor take long are ``async``: FastAPI runs a plain
    function in its thread pool, a hop that costs more than they do."""
    instant = dt.datetime.now(dt.UTC)
    fixed: dt.date | None = request.app.state.settings.clock_date
    if fixed is None:
        return instant
    zone = ZoneInfo(request.app.state.rulebook.in_force(fixed).calendar.timezone)
    local = instant.astimezone(zone)
    return dt.datetime.combine(fixed, local.timetz()).astimezone(dt.UTC)


Now = Annotated[dt.datetime, Depends(now)]


def read_connection(request: Request) -> Iterator[sa.Connection]:
    """A connection for reading, closed (and its transaction rolled back) after the request."""
    with request.app.state.engine.connect() as connection:
        yield connection


ReadConnection = Annotated[sa.Connection, Depends(read_connection)]


def _bearer(request: Request) -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def resolve(request: Request, at: Now, reading: ReadConnection) -> Auth | None:
    """The caller of this request, or None; also kept on ``request.state.auth``.

    A session is looked up on the request's read connection (one checkout per request);
    a token's use is recorded in a short write transaction of its own.
    """
    token = _bearer(request)
    auth: Auth | None = None
    if token is not None:
        with transaction(request.app.state.engine) as connection:
            principal = accounts.principal_for_api_token(connection, token, at)
        auth = None if principal is None else Auth(principal, "token")
    elif cookie := request.cookies.get(SESSION_COOKIE):
        session = accounts.session_for(reading, cookie, at)
        if session is not None:
            auth = Auth(session.principal, "session", session.csrf_token)
    request.state.auth = auth
    return auth


MaybeAuth = Annotated[Auth | None, Depends(resolve)]


def _require(kind: str, roles: tuple[str, ...]) -> Callable[..., Awaitable[Auth]]:
    async def dependency(request: Request, auth: MaybeAuth) -> Auth:
        if auth is None:
            if kind == "page":
                raise SignInRequired
            raise HTTPException(
                401, N_("sign in or send an API token"), {"WWW-Authenticate": "Bearer"}
            )
        if roles and auth.principal.role not in roles:
            raise HTTPException(403, N_("your role may not use this"))
        return auth

    return dependency


def page_user(*roles: str) -> Callable[..., Awaitable[Auth]]:
    """Dependency: a signed-in user (with one of ``roles``) for a page."""
    return _require("page", roles)


def api_user(*roles: str) -> Callable[..., Awaitable[Auth]]:
    """Dependency: a signed-in user or an API token (with one of ``roles``) for the API."""
    return _require("api", roles)


async def verify_csrf(request: Request, auth: MaybeAuth) -> None:
    """Refuse a state-changing request from a session without its CSRF token."""
    if request.method in _SAFE_METHODS or auth is None or auth.via != "session":
        return
    sent = request.headers.get(CSRF_HEADER)
    if sent is None and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        value = (await request.form()).get(CSRF_FIELD)
        sent = value if isinstance(value, str) else None
    if not sent or not secrets.compare_digest(sent, auth.csrf_token):
        raise HTTPException(
            403, N_("the form has expired or did not come from this site; reload it")
        )


CsrfChecked = Depends(verify_csrf)

MERCHANT_ROLES = ("merchant_main", "merchant_sub")
merchant_page = page_user(*MERCHANT_ROLES)
Merchant = Annotated[Auth, Depends(merchant_page)]
Operator = Annotated[Auth, Depends(page_user("operator"))]
AnyUser = Annotated[Auth, Depends(page_user())]
ApiAnyUser = Annotated[Auth, Depends(api_user())]
ApiOperator = Annotated[Auth, Depends(api_user("operator"))]
