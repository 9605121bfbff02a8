"""The routes' dependencies: the app's rulebook, engine and page cache, the merchant a page
is about, and the other parts several route modules share.

A merchant's pages are served twice: to its own users under ``/m/...`` (the merchant of
the signed-in user) and to operators under ``/ops/merchants/{merchant_id}/...`` (as its
main account sees them). :func:`merchant_route` registers one handler at both paths and
:data:`MerchantScope` resolves the scope from the path form, so a handler is written once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Annotated, Any, TypeVar

import sqlalchemy as sa
from fastapi import APIRouter, Depends, HTTPException, Query, Request

from sellerstar.config import Settings
from sellerstar.domain.access import OutOfScope, Principal, Role, Scope, scope_for_merchant_user
from sellerstar.domain.calendar import platform_date
from sellerstar.queries.scope import scope_for_operator
from sellerstar.rules import RuleBook
from sellerstar.services import feed_sources, sign_in_throttle
from sellerstar.web import page_cache
from sellerstar.web.auth import Auth, MaybeAuth, ReadConnection, page_user
from sellerstar.web.auth import merchant_page as merchant_page_user
from sellerstar.web.i18n import N_

F = TypeVar("F", bound=Callable[..., Any])

OPERATOR_PREFIX = "/ops/merchants/{merchant_id}"
MERCHANT_PREFIX = "/m"


async def rulebook(request: Request) -> RuleBook:
    """The app's rulebook (loaded once at start)."""
    book: RuleBook = request.app.state.rulebook
    return book


async def engine(request: Request) -> sa.Engine:
    """The app's engine, for the requests that write (reads take a ``ReadConnection``)."""
    found: sa.Engine = request.app.state.engine
    return found


async def cache(request: Request) -> page_cache.PageCache:
    """The worker's page cache."""
    found: page_cache.PageCache = request.app.state.page_cache
    return found


Book = Annotated[RuleBook, Depends(rulebook)]
Engine = Annotated[sa.Engine, Depends(engine)]
PageCache = Annotated[page_cache.PageCache, Depends(cache)]
PageNumber = Annotated[int, Query(ge=1, le=1_000_000)]
_operator_page_user = page_user(Role.OPERATOR)


def today(book: RuleBook, at: dt.datetime) -> dt.date:
    """The platform date of ``at`` (the rule-set in force decides the time zone)."""
    return platform_date(at, book.in_force_at(at).calendar.timezone)


def merchant_route(router: APIRouter, path: str, **options: Any) -> Callable[[F], F]:
    """Decorator: serve the handler at ``/m{path}`` (merchant users) and at
    ``/ops/merchants/{merchant_id}{path}`` (operators); it takes a :data:`MerchantScope`."""

    def register(handler: F) -> F:
        router.get(MERCHANT_PREFIX + path, **options)(handler)
        router.get(OPERATOR_PREFIX + path, **options)(handler)
        return handler

    return register


async def merchant_viewer(request: Request, auth: MaybeAuth) -> Auth:
    """The signed-in user a merchant page may be shown to: a merchant user under ``/m``,
    an operator under ``/ops/merchants/{merchant_id}``."""
    if "merchant_id" in request.path_params:
        return await _operator_page_user(request, auth)
    return await merchant_page_user(request, auth)


MerchantViewer = Annotated[Auth, Depends(merchant_viewer)]


def merchant_scope(request: Request, viewer: MerchantViewer, connection: ReadConnection) -> Scope:
    """The scope of a merchant page: the signed-in merchant user's, or (for an operator)
    the merchant of the path, as its main account sees it (404 when there is none)."""
    merchant_id: str | None = request.path_params.get("merchant_id")
    if merchant_id is None:
        return scope_for_merchant_user(viewer.principal)
    return scope_for_operator(connection, merchant_id)


MerchantScope = Annotated[Scope, Depends(merchant_scope)]


def base_path(scope: Scope) -> str:
    """Where the scope's pages live: /m or /ops/merchants/{id}."""
    return f"/ops/merchants/{scope.merchant_id}" if scope.by_operator else MERCHANT_PREFIX


def api_scope(connection: sa.Connection, principal: Principal, merchant_id: str | None) -> Scope:
    """The scope of a JSON API call: an operator names the merchant (``merchant_id``); a
    merchant user sees its own, and any other merchant's id is answered as not found."""
    if principal.role == Role.OPERATOR:
        if not merchant_id:
            raise HTTPException(422, N_("an operator must name the merchant (merchant_id)"))
        return scope_for_operator(connection, merchant_id)
    scope = scope_for_merchant_user(principal)
    if merchant_id and merchant_id != scope.merchant_id:
        raise OutOfScope(f"merchant {merchant_id!r}")
    return scope


def feed_clients(request: Request) -> feed_sources.FeedClients:
    """The tracking sources of this app, made from its settings on first use."""
    clients: feed_sources.FeedClients | None = getattr(request.app.state, "feed_clients", None)
    if clients is None:
        clients = feed_sources.clients_from_settings(request.app.state.settings)
        request.app.state.feed_clients = clients
    return clients


Clients = Annotated[feed_sources.FeedClients, Depends(feed_clients)]


def throttle_of(settings: Settings) -> sign_in_throttle.Throttle:
    """The brute-force limit the settings ask for."""
    return sign_in_throttle.Throttle(
        settings.sign_in_max_failures, dt.timedelta(minutes=settings.sign_in_window_minutes)
    )
