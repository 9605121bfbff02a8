"""The service market in the JSON API (rulebook §6, §6.1): the catalogue with each tool's
coupons left, claiming a launch-day coupon, the caller's coupons, and (operators) who
claimed a tool's coupons.

``POST /api/v1/market/tools/{tool_id}/coupon`` answers 201 with the coupon, or 409 with
``{"detail", "reason"}``: ``sold_out``, ``already_claimed``, ``not_the_day``,
``not_eligible``; a tool that is not in the catalogue (or has no launch coupons) is 404.
Only merchant users claim (a sub-account for its main account); buyers and operators get
403. A session must send its X-CSRF-Token; an API token of scope ``read`` may only read.
The claim has no body (anything sent is not read; the web's body limit bounds it).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from sellerstar.domain.access import MERCHANT_ROLES, OutOfScope, scope_for_merchant_user
from sellerstar.domain.market import CouponRefusal, ToolCategory
from sellerstar.queries import market as queries
from sellerstar.services.market_coupons import CouponRefused
from sellerstar.web import market_views
from sellerstar.web.auth import (
    ApiOperator,
    ApiStaff,
    Auth,
    CsrfChecked,
    Now,
    ReadConnection,
    api_user,
)
from sellerstar.web.words import market as words
from sellerstar.web.words.samples import plain_text

router = APIRouter(prefix="/api/v1/market", tags=["market"])
ApiMerchant = Annotated[Auth, Depends(api_user(*MERCHANT_ROLES))]
ToolId = Annotated[str, Path(min_length=1, max_length=128)]


class Refusal(BaseModel):
    """Why the claim was refused: the reason code and the sentence (English)."""

    detail: str
    reason: CouponRefusal


class Coupon(BaseModel):
    coupon_id: int
    tool_id: str
    tool_name: str
    main_account_id: str | None
    claimed_by: str
    claimed_at: dt.datetime
    valid_on: dt.date
    valid_until: dt.date


class Claimed(Coupon):
    coupons_left: int


class Tool(BaseModel):
    tool_id: str
    category: ToolCategory
    sub_category: str
    name: str
    name_en: str
    provider: str
    price_cny: Decimal
    price_unit: str
    launch_price_cny: Decimal | None
    coupon_stock: int
    coupons_left: int
    my_coupon: Coupon | None


class Catalogue(BaseModel):
    today: dt.date
    launch_date: dt.date | None
    claimable_today: bool
    tools: list[Tool]


class Claim(BaseModel):
    coupon_id: int
    merchant_id: str
    country: str | None
    main_account_id: str | None
    claimed_by: str
    claimant_account_id: str | None
    claimed_at: dt.datetime


def _coupon(row: queries.CouponRow) -> Coupon:
    return Coupon(
        coupon_id=row.coupon_id, tool_id=row.tool_id, tool_name=row.tool_name,
        main_account_id=row.main_account_id, claimed_by=row.claimed_by,
        claimed_at=row.claimed_at, valid_on=row.valid_on, valid_until=row.valid_until,
    )  # fmt: skip


@router.get("/tools")
def tools(
    request: Request, auth: ApiStaff, connection: ReadConnection, at: Now,
    category: ToolCategory | None = None,
) -> Catalogue:  # fmt: skip
    """The listed tools with their coupons left and (merchant users) the coupon held."""
    principal = auth.principal
    scope = None if principal.is_operator else scope_for_merchant_user(principal)
    launch = market_views.launch(request.app.state.rulebook, at)
    rows = queries.catalogue(connection, scope, category)
    return Catalogue(
        today=launch.today,
        launch_date=launch.rules.launch_date if launch.rules else None,
        claimable_today=launch.is_the_day,
        tools=[
            Tool(
                tool_id=r.tool_id, category=r.category, sub_category=r.sub_category,
                name=r.name, name_en=r.name_en, provider=r.provider_name,
                price_cny=r.price_cny, price_unit=r.price_unit,
                launch_price_cny=r.launch_price_cny, coupon_stock=r.coupon_stock,
                coupons_left=r.coupons_left,
                my_coupon=_coupon(r.coupon) if r.coupon else None,
            )
            for r in rows
        ],
    )  # fmt: skip


@router.post(
    "/tools/{tool_id}/coupon",
    dependencies=[CsrfChecked],
    status_code=201,
    responses={409: {"model": Refusal, "description": "Refused (reason says why)."}},
    response_model=Claimed,
)
def claim(request: Request, tool_id: ToolId, auth: ApiMerchant, at: Now) -> Any:
    """Claim the tool's launch-day coupon for the caller's main account."""
    book = request.app.state.rulebook
    try:
        done = market_views.claim(request.app.state.engine, book, auth.principal, tool_id, at)
    except CouponRefused as refused:
        if refused.code is CouponRefusal.NO_SUCH_TOOL:
            raise OutOfScope(f"no tool {tool_id}") from None
        text = market_views.launch(book, at).refusal(refused.code)
        body = Refusal(detail=plain_text(text, "en"), reason=refused.code)
        status = words.CLAIM_REFUSALS.status(refused.code)
        return JSONResponse(body.model_dump(mode="json"), status_code=status)
    with request.app.state.engine.connect() as connection:
        name = queries.tool_name(connection, tool_id)
    return Claimed(
        coupon_id=done.coupon_id, tool_id=tool_id, tool_name=name,
        main_account_id=done.main_account_id, claimed_by=done.claimed_by,
        claimed_at=done.claimed_at, valid_on=done.valid_on, valid_until=done.valid_until,
        coupons_left=done.coupons_left,
    )  # fmt: skip


@router.get("/coupons")
def coupons(auth: ApiMerchant, connection: ReadConnection) -> list[Coupon]:
    """The coupons of the caller's main account (a sub-account sees them too)."""
    scope = scope_for_merchant_user(auth.principal)
    return [_coupon(row) for row in queries.coupons(connection, scope)]


@router.get("/tools/{tool_id}/claims")
def claims(tool_id: ToolId, _auth: ApiOperator, connection: ReadConnection) -> list[Claim]:
    """Operators: who claimed the tool's coupons, in order."""
    return [
        Claim(
            coupon_id=c.coupon_id, merchant_id=c.merchant_id, country=c.country,
            main_account_id=c.main_account_id, claimed_by=c.claimed_by,
            claimant_account_id=c.claimant_account_id, claimed_at=c.claimed_at,
        )
        for c in queries.claims(connection, tool_id)
    ]  # fmt: skip
