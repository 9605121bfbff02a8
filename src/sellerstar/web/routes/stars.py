"""The star-level page (merchant and operator) and its JSON API (rulebook §2A, §1.5)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

import sqlalchemy as sa
from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from sellerstar.domain.access import OutOfScope, Principal, Role, Scope, scope_for_merchant_user
from sellerstar.domain.calendar import platform_date
from sellerstar.queries.freshness import Fingerprint, star_fingerprint
from sellerstar.queries.scope import scope_for_operator
from sellerstar.queries.stars import RATE_METRICS, StarOverview, star_overview
from sellerstar.rules import RuleBook
from sellerstar.web.auth import ApiAnyUser, Merchant, Now, Operator, ReadConnection
from sellerstar.web.i18n import N_
from sellerstar.web.page_cache import PageCache
from sellerstar.web.templating import render, render_part

router = APIRouter()

Track = Literal["custom", "fast_trade"]
TRACK_LABELS = {"custom": N_("Custom"), "fast_trade": N_("Fast trade")}
CAPABILITY_LABELS = {
    "merchant": N_("Merchant capability"),
    "marketing": N_("Marketing capability"),
    "transaction": N_("Transaction capability"),
    "assurance": N_("Assurance capability"),
}
METRIC_LABELS = {
    "assurance_score": N_("Assurance capability score"),
    "risk_health_score": N_("Risk health score"),
    "on_time_shipment_rate": N_("On-time shipment rate"),
    "buyer_review_score": N_("Buyer review score"),
    "tracking_visibility_rate": N_("Tracking visibility rate"),
    "guaranteed_delivery_coverage": N_("Guaranteed-delivery coverage"),
}
# The scale each trend is drawn on (the metric's own range, so a flat line reads honestly).
METRIC_SCALES = {
    "assurance_score": (0.0, 100.0),
    "risk_health_score": (0.0, 100.0),
    "on_time_shipment_rate": (0.0, 1.0),
    "buyer_review_score": (0.0, 5.0),
    "tracking_visibility_rate": (0.0, 1.0),
    "guaranteed_delivery_coverage": (0.0, 1.0),
}
# Seed: clicking a metric's value on the star page opens its detail page.
METRIC_LINKS = {
    "tracking_visibility_rate": "logistics",
    "guaranteed_delivery_coverage": "guaranteed-delivery",
}
# The rule-sets' benefit names, so the catalogue translates them (seed: 专享权益).
BENEFIT_LABELS = (
    N_("Search ranking"),
    N_("Industry campaign registration"),
    N_("Weekly Deals"),
    N_("Online trade show admission"),
    N_("Business loan interest discount"),
    N_("MYbank loan interest discount"),
    N_("Super Star Factory registration"),
    N_("Priority in finance campaigns"),
    N_("Dedicated online customer service"),
)


def today(book: RuleBook, at: dt.datetime) -> dt.date:
    """The platform date of ``at`` (the rule-set in force decides the time zone)."""
    return platform_date(at, book.in_force_at(at).calendar.timezone)


def _overview(
    request: Request, connection: sa.Connection, scope: Scope, day: dt.date
) -> tuple[Fingerprint, StarOverview]:
    """The merchant's star overview, kept until a job writes its figures again."""
    fingerprint = star_fingerprint(connection, scope.merchant_id)
    cache: PageCache = request.app.state.page_cache
    book: RuleBook = request.app.state.rulebook
    overview = cache.get_or_make(
        ("star-overview", scope.merchant_id, day, fingerprint),
        lambda: star_overview(connection, scope, book, day),
    )
    return fingerprint, overview


def _page(
    request: Request, connection: sa.Connection, scope: Scope, at: dt.datetime, track: Track
) -> HTMLResponse:
    book: RuleBook = request.app.state.rulebook
    day = today(book, at)
    fingerprint, overview = _overview(request, connection, scope, day)
    base = f"/ops/merchants/{scope.merchant_id}" if scope.by_operator else "/m"
    context = {
        "overview": overview,
        "track": track,
        "shown": overview.predicted.get(track),
        "base": base,
        "by_operator": scope.by_operator,
        "max_stars": book.in_force(day).star_level.max_stars,
        "track_labels": TRACK_LABELS,
        "capability_labels": CAPABILITY_LABELS,
        "metric_labels": METRIC_LABELS,
        "metric_scales": METRIC_SCALES,
        "rate_metrics": RATE_METRICS,
        "metric_links": METRIC_LINKS,
    }
    cache: PageCache = request.app.state.page_cache
    key = ("stars", scope.merchant_id, scope.by_operator, day, track, request.state.locale)
    content = cache.get_or_make(
        key + fingerprint, lambda: render_part(request, "_stars_content.html", context)
    )
    return render(request, "stars.html", {"content": content})


@router.get("/m/stars", include_in_schema=False)
def merchant_stars(
    request: Request,
    auth: Merchant,
    connection: ReadConnection,
    at: Now,
    track: Track = "custom",
) -> HTMLResponse:
    """The merchant's star level (a sub-account sees its merchant's)."""
    return _page(request, connection, scope_for_merchant_user(auth.principal), at, track)


@router.get("/ops/merchants/{merchant_id}/stars", include_in_schema=False)
def operator_stars(
    request: Request,
    merchant_id: str,
    _auth: Operator,
    connection: ReadConnection,
    at: Now,
    track: Track = "custom",
) -> HTMLResponse:
    """Any merchant's star level, as its main account sees it."""
    return _page(request, connection, scope_for_operator(connection, merchant_id), at, track)


def _api_scope(connection: sa.Connection, principal: Principal, merchant_id: str | None) -> Scope:
    if principal.role == Role.OPERATOR:
        if not merchant_id:
            raise HTTPException(422, N_("an operator must name the merchant (merchant_id)"))
        return scope_for_operator(connection, merchant_id)
    scope = scope_for_merchant_user(principal)
    if merchant_id and merchant_id != scope.merchant_id:
        # Answered as "not found", like every other merchant's id.
        raise OutOfScope(f"merchant {merchant_id!r}")
    return scope


@router.get("/api/v1/stars", tags=["stars"])
def api_stars(
    request: Request,
    auth: ApiAnyUser,
    connection: ReadConnection,
    at: Now,
    merchant_id: Annotated[
        str | None, Query(max_length=64, description="Operators: the merchant to show.")
    ] = None,
) -> StarOverview:
    """The merchant's predicted stars (newest stat date, both tracks, with the 1-star
    averages, the explanation and a 30-day trend) and official stars (newest published
    month, with its benefits). Merchant users see their own merchant; operators pass
    ``merchant_id``."""
    book: RuleBook = request.app.state.rulebook
    scope = _api_scope(connection, auth.principal, merchant_id)
    return _overview(request, connection, scope, today(book, at))[1]
