"""The star-level page (merchant and operator) and its JSON API (rulebook §2A, §1.5)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

import sqlalchemy as sa
from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from sellerstar.domain.access import Scope
from sellerstar.queries.freshness import Fingerprint, star_fingerprint
from sellerstar.queries.star_planner import EVALUATIONS_AHEAD, star_plan, star_what_if
from sellerstar.queries.stars import RATE_METRICS, TREND_CHOICES, StarOverview, star_overview
from sellerstar.rules import RuleBook
from sellerstar.services.guarantee_status import live_enrolment
from sellerstar.stars.what_if import WHAT_IF_SCALES, parse_changes
from sellerstar.web.auth import ApiStaff, Now, ReadConnection
from sellerstar.web.deps import (
    Book,
    MerchantScope,
    PageCache,
    api_scope,
    base_path,
    merchant_route,
    today,
)
from sellerstar.web.templating import render, render_part
from sellerstar.web.words import star_planner as planner_words
from sellerstar.web.words.stars import (
    CAPABILITY_LABELS,
    METRIC_LABELS,
    MISSING_INPUTS,
    PENALTY_POINTS_LINK,
    RISK_HEALTH_SOURCES,
    TRACK_LABELS,
)

router = APIRouter()

Track = Literal["custom", "fast_trade"]
# The bounds of each trend's y axis (the metric's own scale): the axis is scaled to the data
# inside them (web/charts.py).
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


TrendDays = Literal["30", "90"]
Benchmark = Annotated[
    int, Query(ge=1, le=10, description="The star level whose merchants' averages are shown.")
]


def _overview(
    connection: sa.Connection,
    cache: PageCache,
    book: RuleBook,
    scope: Scope,
    day: dt.date,
    benchmark: int,
    days: int,
) -> tuple[Fingerprint, StarOverview]:
    """The merchant's star overview, kept until a job writes its figures again."""
    if benchmark > book.in_force(day).star_level.max_stars:
        raise HTTPException(422, f"benchmark {benchmark} is above the ladder's top")
    fingerprint = star_fingerprint(connection, scope.merchant_id)
    overview = cache.get_or_make(
        ("star-overview", scope.merchant_id, day, benchmark, days, fingerprint),
        lambda: star_overview(connection, scope, book, day, benchmark, days),
    )
    return fingerprint, overview


@merchant_route(router, "/stars", include_in_schema=False)
def stars_page(
    request: Request,
    scope: MerchantScope,
    connection: ReadConnection,
    at: Now,
    book: Book,
    cache: PageCache,
    track: Track = "custom",
    benchmark: Benchmark = 1,
    days: TrendDays = "30",
) -> HTMLResponse:
    """The merchant's star level (a sub-account sees its merchant's; an operator sees any
    merchant's as its main account does), against the averages of the merchants at
    ``benchmark`` stars (the seed's tabs 1星平均 … 5星平均), with a trend of ``days``."""
    day = today(book, at)
    fingerprint, overview = _overview(connection, cache, book, scope, day, benchmark, int(days))
    # The merchant's own action (joining the service) shows at once, not after the lag.
    live = live_enrolment(connection, book, scope.merchant_id, at)
    context = {
        "overview": overview,
        "live": live,
        "lag_days": book.in_force(day).calendar.data_lag_days,
        "track": track,
        "shown": overview.predicted.get(track),
        "base": base_path(scope),
        "by_operator": scope.by_operator,
        "max_stars": book.in_force(day).star_level.max_stars,
        "track_labels": TRACK_LABELS,
        "capability_labels": CAPABILITY_LABELS,
        "metric_labels": METRIC_LABELS,
        "missing_inputs": MISSING_INPUTS,
        "metric_scales": METRIC_SCALES,
        "rate_metrics": RATE_METRICS,
        "metric_links": METRIC_LINKS,
        "trend_choices": TREND_CHOICES,
        "risk_health_words": {**RISK_HEALTH_SOURCES, "link": PENALTY_POINTS_LINK},
    }
    key = (
        "stars",
        scope.merchant_id,
        scope.by_operator,
        day,
        track,
        benchmark,
        days,
        live.since,
        request.state.locale,
    )
    content = cache.get_or_make(
        key + fingerprint, lambda: render_part(request, "_stars_content.html", context)
    )
    return render(
        request,
        "stars.html",
        {
            "content": content,
            "plan": _plan_part(request, connection, scope, book, track, cache, fingerprint),
        },
    )


def _plan_part(
    request: Request,
    connection: sa.Connection,
    scope: Scope,
    book: RuleBook,
    track: str,
    cache: PageCache,
    fingerprint: Fingerprint,
) -> str:
    """The star planner's section: the plan and the what-if form (a GET form: nothing is
    saved; its values are checked against each metric's scale, docs/planner.md)."""
    changes, bad = parse_changes(request.query_params)
    # The plan reads the stat date's inputs of every merchant: kept until a job runs again.
    plan = cache.get_or_make(
        ("star-plan", scope.merchant_id, scope.account_id, track, *fingerprint),
        lambda: star_plan(connection, scope, book, track),
    )
    result = star_what_if(connection, scope, book, track, changes) if changes and not bad else None
    context = {
        "plan": plan,
        "track": track,
        "base": base_path(scope),
        "words": planner_words,
        "capability_labels": CAPABILITY_LABELS,
        "metric_labels": {**METRIC_LABELS, **planner_words.SCORE_LABELS},
        "scales": WHAT_IF_SCALES,
        "fields": {name: request.query_params.get(name, "")[:32] for name in WHAT_IF_SCALES},
        "bad": bad,
        "what_if": result,
        "evaluations": EVALUATIONS_AHEAD,
    }
    return render_part(request, "_star_plan.html", context)


@router.get("/api/v1/stars", tags=["stars"])
def api_stars(
    auth: ApiStaff,
    connection: ReadConnection,
    at: Now,
    book: Book,
    cache: PageCache,
    merchant_id: Annotated[
        str | None, Query(max_length=64, description="Operators: the merchant to show.")
    ] = None,
    benchmark: Benchmark = 1,
    days: TrendDays = "30",
) -> StarOverview:
    """The merchant's predicted stars (newest stat date, both tracks, with the averages of
    the merchants at ``benchmark`` stars, the explanation and a trend of ``days`` days) and
    official stars (newest published month, with its benefits). Merchant users see their
    own merchant; operators pass ``merchant_id``."""
    scope = api_scope(connection, auth.principal, merchant_id)
    day = today(book, at)
    return _overview(connection, cache, book, scope, day, benchmark, int(days))[1]
