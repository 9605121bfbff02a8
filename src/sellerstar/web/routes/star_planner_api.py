"""The star planner in the JSON API (docs/planner.md): the plan and the what-if.

Merchant users (main and sub-accounts) see their own merchant's plan, as the star page;
a sub-account's order lists hold only its own orders. Operators name the merchant
(``merchant_id``); another merchant's id is 404. Every input is bounded: the what-if
values must lie on their metric's scale, else 422.
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, HTTPException, Query
from pydantic import BaseModel

from sellerstar.queries.freshness import star_fingerprint
from sellerstar.queries.star_planner import star_plan, star_what_if
from sellerstar.stars.planner_model import Horizon, Plan
from sellerstar.stars.what_if import WhatIf
from sellerstar.web.auth import ApiStaff, ReadConnection
from sellerstar.web.deps import Book, PageCache, api_scope
from sellerstar.web.i18n import N_
from sellerstar.web.words import star_planner as words

router = APIRouter(prefix="/api/v1/stars", tags=["stars"])
Track = Literal["custom", "fast_trade"]
MerchantId = Annotated[
    str | None, Query(max_length=64, description="Operators: the merchant to plan for.")
]
Rate = Annotated[float | None, Query(ge=0, le=1, description="A rate, 0–1.")]
Hundred = Annotated[float | None, Query(ge=0, le=100, description="A score, 0–100.")]
Review = Annotated[float | None, Query(ge=0, le=5, description="A review score, 0–5.")]


class PlanAnswer(BaseModel):
    """The plan, with each horizon's advice as a sentence (English)."""

    plan: Plan | None
    advice: list[str]


def sentences(plan: Plan | None) -> list[str]:
    """The plan in English sentences, one per horizon."""
    if plan is None:
        return [words.NO_PLAN]
    if plan.target is None:
        return [words.AT_TOP]
    found = []
    for horizon, opening in (
        (plan.now, words.NOW),
        (plan.deadline, words.BY),
        (plan.earliest, words.EARLIEST),
    ):
        if horizon is None:
            continue
        date = horizon.evaluation_at.date() if horizon.evaluation_at else horizon.stat_date
        head = opening % {"stars": plan.target, "date": date, "stat": horizon.stat_date}
        found.append(f"{head} {_options(horizon)}")
    return found


def _options(horizon: Horizon) -> str:
    options = []
    for lever in horizon.levers:
        if lever.orders is None:
            continue
        if lever.orders == 0:
            return words.ALREADY
        options.append(
            words.LEVERS[lever.lever] % {"n": lever.orders, "available": lever.available or 0}
        )
    return f" {words.OR} ".join(options) if options else words.UNREACHABLE


@router.get("/plan")
def api_star_plan(
    auth: ApiStaff,
    connection: ReadConnection,
    book: Book,
    cache: PageCache,
    merchant_id: MerchantId = None,
    track: Track = "custom",
) -> PlanAnswer:
    """The smallest change per lever that reaches the next star on ``track``: on the
    newest stat date's figures, by the next official evaluation (orders leaving the
    window by then taken out) and, when that one is out of reach, the earliest
    reachable; with the capabilities' binding metrics and the order ids behind each
    figure."""
    scope = api_scope(connection, auth.principal, merchant_id)
    fingerprint = star_fingerprint(connection, scope.merchant_id)
    found = cache.get_or_make(
        ("star-plan", scope.merchant_id, scope.account_id, track, *fingerprint),
        lambda: star_plan(connection, scope, book, track),
    )
    return PlanAnswer(plan=found, advice=sentences(found))


@router.get("/what-if")
def api_star_what_if(
    auth: ApiStaff,
    connection: ReadConnection,
    book: Book,
    merchant_id: MerchantId = None,
    track: Track = "custom",
    on_time_shipment_rate: Rate = None,
    tracking_visibility_rate: Rate = None,
    guaranteed_delivery_coverage: Rate = None,
    risk_health_score: Hundred = None,
    buyer_review_score: Review = None,
    merchant_score: Hundred = None,
    marketing_score: Hundred = None,
    transaction_score: Hundred = None,
) -> WhatIf:
    """The star on ``track`` with the given metric values instead of the newest stat
    date's, scored by the star job's own code (nothing is saved)."""
    changes = {
        name: value
        for name, value in {
            "on_time_shipment_rate": on_time_shipment_rate,
            "tracking_visibility_rate": tracking_visibility_rate,
            "guaranteed_delivery_coverage": guaranteed_delivery_coverage,
            "risk_health_score": risk_health_score,
            "buyer_review_score": buyer_review_score,
            "merchant_score": merchant_score,
            "marketing_score": marketing_score,
            "transaction_score": transaction_score,
        }.items()
        if value is not None
    }
    if not changes:
        raise HTTPException(422, N_("Enter at least one value."))
    scope = api_scope(connection, auth.principal, merchant_id)
    found = star_what_if(connection, scope, book, track, changes)
    if found is None:
        raise HTTPException(404, words.NO_PLAN)
    return found
