"""Who is asking: a browser session cookie or an API token, and what each role may do.

Pages redirect a stranger to the sign-in page; the JSON API answers 401. A signed-in user
without the role gets 403 either way. Forms (and cookie-authenticated API writes) must
carry the session's CSRF token. API tokens open the JSON API (``/api/...``) only, where
they need no CSRF token (a browser never sends them by itself); pages and their forms are
for sessions. A token of scope ``read`` may only use GET, HEAD and OPTIONS.

Resolving the caller writes nothing on a read: a token's last use is written at most once
per ``api_token_use_minutes``, and sessions are only read.
"""

from __future__ import annotations

import datetime as dt
import logging
import secrets
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Annotated

import sqlalchemy as sa
from fastapi import Depends, HTTPException, Request

from sellerstar import clock
from sellerstar.domain.access import MERCHANT_ROLES, STAFF_ROLES, Principal, Role
from sellerstar.services import sessions, tokens
from sellerstar.store.db import transaction
from sellerstar.web.i18n import N_

_LOG = logging.getLogger("sellerstar.web.auth")
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
    scope: str = "read_write"  # a token's scope; a session may do what its role may


class SignInRequired(Exception):
    """A page needs a signed-in user; the handler sends the browser to the sign-in page."""


async def now(request: Request) -> dt.datetime:
    """The current instant; on a store served with a fixed platform date (the demo), that
    date at the current time of day. One place, so tests can override it.

    The dependencies that neither block nor take long are ``async``: FastAPI runs a plain
    function in its thread pool, a hop that costs more than they do."""
    return clock.now(request.app.state.settings, request.app.state.rulebook)


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

    Sessions and tokens are looked up on the request's read connection (one checkout per
    request, no write lock); a token's use is written only when the last one written is
    older than ``api_token_use_minutes``.
    """
    # The request's instant, for what every page shows (the rule-change banner).
    request.state.now = at
    token = _bearer(request)
    auth: Auth | None = None
    if token is not None:
        use = tokens.principal_for_api_token(reading, token, at)
        if use is not None:
            auth = Auth(use.principal, "token", scope=use.scope)
            _record_use(request, use, at)
    elif cookie := request.cookies.get(SESSION_COOKIE):
        session = sessions.session_for(reading, cookie, at)
        if session is not None:
            auth = Auth(session.principal, "session", session.csrf_token)
    request.state.auth = auth
    return auth


def _record_use(request: Request, use: tokens.TokenUse, at: dt.datetime) -> None:
    every = dt.timedelta(minutes=request.app.state.settings.api_token_use_minutes)
    if use.last_used_at is not None and use.last_used_at > at - every:
        return
    try:
        with transaction(request.app.state.engine) as connection:
            tokens.record_token_use(connection, use.digest, at, every)
    except sa.exc.OperationalError:
        # Bookkeeping: a busy store must not fail the request it describes.
        _LOG.warning("could not record the use of API token %s", tokens.token_id(use.digest))


MaybeAuth = Annotated[Auth | None, Depends(resolve)]


def _require(kind: str, roles: tuple[str, ...]) -> Callable[..., Awaitable[Auth]]:
    async def dependency(request: Request, auth: MaybeAuth) -> Auth:
        if auth is None:
            if kind != "api":
                raise SignInRequired
            raise HTTPException(
                401, N_("sign in or send an API token"), {"WWW-Authenticate": "Bearer"}
            )
        if auth.via == "token":
            if kind == "page":
                raise HTTPException(
                    403, N_("API tokens open only the JSON API under /api/; sign in to use pages")
                )
            if auth.scope != "read_write" and request.method not in _SAFE_METHODS:
                raise HTTPException(
                    403,
                    N_("this API token may only read; changes need a token of scope read_write"),
                )
        if roles and auth.principal.role not in roles:
            raise HTTPException(403, N_("your role may not use this"))
        return auth

    return dependency


def page_user(*roles: str) -> Callable[..., Awaitable[Auth]]:
    """Dependency: a signed-in user (with one of ``roles``) for a page; sessions only."""
    return _require("page", roles)


def api_user(*roles: str) -> Callable[..., Awaitable[Auth]]:
    """Dependency: a signed-in user or an API token (with one of ``roles``) for the API."""
    return _require("api", roles)


def file_user(*roles: str) -> Callable[..., Awaitable[Auth]]:
    """Dependency: a file the API links to (GET only): a session or a token; strangers go
    to the sign-in page."""
    return _require("file", roles)


async def verify_csrf(request: Request, auth: MaybeAuth) -> None:
    """Refuse a state-changing request without the session's CSRF token; only an API
    token calling the JSON API goes without (a token holds no CSRF token: anywhere else
    it is refused)."""
    if request.method in _SAFE_METHODS or auth is None:
        return
    if auth.via == "token" and request.url.path.startswith("/api/"):
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

merchant_page = page_user(*MERCHANT_ROLES)
Merchant = Annotated[Auth, Depends(merchant_page)]
Operator = Annotated[Auth, Depends(page_user(Role.OPERATOR))]
# Every role, buyers too: one's own account, signing out, who am I, the public storefront.
AnyUser = Annotated[Auth, Depends(page_user())]
ApiAnyRole = Annotated[Auth, Depends(api_user())]
# Operators and merchant users: every file and API about a merchant's data (never buyers).
FileUser = Annotated[Auth, Depends(file_user(*STAFF_ROLES))]
ApiStaff = Annotated[Auth, Depends(api_user(*STAFF_ROLES))]
ApiOperator = Annotated[Auth, Depends(api_user(Role.OPERATOR))]
# The buyer-side venue: buyers (their tier decides) and operators checking it.
ApiVenueReader = Annotated[Auth, Depends(api_user(Role.BUYER, Role.OPERATOR))]
VenueViewer = Annotated[Auth, Depends(page_user(Role.BUYER, Role.OPERATOR))]
