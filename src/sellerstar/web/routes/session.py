"""Signing in and out, the language switch, and the home page of each role."""

from __future__ import annotations

import datetime as dt
import math
import secrets
from typing import Annotated
from urllib.parse import urlsplit

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response

from sellerstar.domain.access import Role
from sellerstar.services import accounts, sessions, sign_in_throttle
from sellerstar.store.db import transaction
from sellerstar.web.auth import (
    SESSION_COOKIE,
    AnyUser,
    CsrfChecked,
    MaybeAuth,
    Now,
)
from sellerstar.web.deps import throttle_of
from sellerstar.web.i18n import LOCALE_COOKIE, LOCALES, N_
from sellerstar.web.templating import render
from sellerstar.web.words.accounts import TOO_MANY_FAILURES

router = APIRouter(include_in_schema=False)

LOGIN_CSRF_COOKIE = "sellerstar_login_csrf"
# A buyer sees none of the merchants' pages: its home is the discount sample venue.
# A talent sees none either.
_HOME = {
    Role.OPERATOR: "/ops",
    Role.MERCHANT_MAIN: "/m/stars",
    Role.MERCHANT_SUB: "/m/stars",
    Role.BUYER: "/venue",
    # A talent's home is its own recruitment profile (certificates, interviews).
    Role.TALENT: "/recruitment/me",
}
_YEAR = 365 * 24 * 3600


def safe_next(target: str | None, default: str = "/") -> str:
    """A redirect target on this site only (an open redirect would help phishing).

    >>> safe_next("/m/logistics?x=1"), safe_next("https://evil.example/"), safe_next("//x")
    ('/m/logistics?x=1', '/', '/')
    """
    if not target:
        return default
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return default
    return target


def _secure(request: Request) -> bool:
    configured: bool | None = request.app.state.settings.cookie_secure
    return request.url.scheme == "https" if configured is None else configured


@router.get("/")
def home(auth: MaybeAuth) -> RedirectResponse:
    """Each role's first page; strangers go to the sign-in page."""
    target = "/login" if auth is None else _HOME[auth.principal.role]
    return RedirectResponse(target, status_code=303)


def _login_page(
    request: Request,
    next_url: str,
    error: str | None,
    status: int,
    params: dict[str, int] | None = None,
) -> Response:
    token = secrets.token_urlsafe(32)
    response = render(
        request,
        "login.html",
        {"next_url": next_url, "error": error, "params": params or {}, "login_csrf": token},
        status_code=status,
    )
    response.set_cookie(
        LOGIN_CSRF_COOKIE,
        token,
        httponly=True,
        samesite="strict",
        secure=_secure(request),
        path="/login",
    )
    return response


@router.get("/login")
def login_form(request: Request, next: str | None = None) -> Response:
    """The sign-in form."""
    return _login_page(request, safe_next(next), None, 200)


@router.post("/login")
def login(
    request: Request,
    at: Now,
    login: Annotated[str, Form(max_length=128)],
    password: Annotated[str, Form(max_length=1024)],
    csrf_token: Annotated[str, Form()] = "",
    next_url: Annotated[str, Form()] = "/",
) -> Response:
    """Check the password, start a session, and go where the user was heading.

    The password is checked with no connection held, outside any write transaction (argon2
    takes a fraction of a second: under SQLite's write lock it stalled every writer); the
    session, or the failure, is written in a short transaction afterwards. Past the
    brute-force limit the password is not checked at all."""
    expected = request.cookies.get(LOGIN_CSRF_COOKIE, "")
    if not expected or not secrets.compare_digest(expected, csrf_token):
        raise HTTPException(
            403, N_("the form has expired or did not come from this site; reload it")
        )
    engine = request.app.state.engine
    settings = request.app.state.settings
    throttle = throttle_of(settings)
    login = login.strip()
    client = sign_in_throttle.client_key(request.client.host if request.client else None)
    # A short read, closed before argon2 runs: fifty sign-ins at once must not hold fifty
    # connections for the hashing's fraction of a second.
    with engine.connect() as reading:
        refused = sign_in_throttle.refusal(reading, throttle, login, client, at)
        found = accounts.credentials(reading, login)
    if refused is not None:
        with transaction(engine) as connection:
            sign_in_throttle.record_refusal(connection, login, client, refused, at)
        response = _login_page(
            request,
            safe_next(next_url),
            TOO_MANY_FAILURES,
            status=429,
            params={"minutes": math.ceil(refused.seconds / 60)},
        )
        response.headers["Retry-After"] = str(refused.seconds)
        return response
    principal = accounts.check_password(found, password)
    if principal is None:
        with transaction(engine) as connection:
            sign_in_throttle.record_failure(connection, throttle, login, client, at)
        return _login_page(request, safe_next(next_url), N_("Wrong login or password."), status=401)
    lifetime = dt.timedelta(hours=settings.session_hours)
    with transaction(engine) as connection:
        token, _session = sessions.start_session(connection, principal, at, lifetime)
        sign_in_throttle.clear_login(connection, login)
    response = RedirectResponse(safe_next(next_url, _HOME[principal.role]), status_code=303)
    response.set_cookie(
        SESSION_COOKIE,
        token,
        max_age=int(lifetime.total_seconds()),
        httponly=True,
        samesite="lax",
        secure=_secure(request),
    )
    response.delete_cookie(LOGIN_CSRF_COOKIE, path="/login")
    return response


@router.post("/logout", dependencies=[CsrfChecked])
def logout(request: Request, _auth: AnyUser) -> RedirectResponse:
    """End the session at once (the cookie stops working even if kept)."""
    token = request.cookies.get(SESSION_COOKIE, "")
    with transaction(request.app.state.engine) as connection:
        sessions.end_session(connection, token)
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE)
    return response


@router.get("/lang/{locale}")
def switch_language(request: Request, locale: str, next: str | None = None) -> RedirectResponse:
    """Remember the chosen UI language and go back to the page."""
    if locale not in LOCALES:
        raise HTTPException(404, N_("no such language"))
    response = RedirectResponse(safe_next(next), status_code=303)
    response.set_cookie(
        LOCALE_COOKIE, locale, max_age=_YEAR, samesite="lax", secure=_secure(request)
    )
    return response
