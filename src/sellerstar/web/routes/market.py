"""The service market, the merchant's page (外贸服务市场, rulebook §6, §6.1): the catalogue
by category with providers and prices, each launch tool's coupons left and a button to
claim one, the merchant's coupons (我的优惠券), and every refusal in words.

Served to merchant users under ``/m/market`` (a sub-account sees and claims its main
account's coupons) and to operators under ``/ops/merchants/{id}/market`` (read-only). A
claim refused shows the page again with the reason (409) and writes nothing.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated
from urllib.parse import quote

import sqlalchemy as sa
from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from sellerstar.domain.access import Scope, scope_for_merchant_user
from sellerstar.domain.market import ToolCategory
from sellerstar.queries import market as queries
from sellerstar.services.market_coupons import CouponRefused
from sellerstar.web import market_views
from sellerstar.web.auth import CsrfChecked, Merchant, Now, ReadConnection
from sellerstar.web.deps import MerchantScope, base_path, merchant_route
from sellerstar.web.templating import render
from sellerstar.web.words import market as words
from sellerstar.web.words.logistics import Text

router = APIRouter(include_in_schema=False)
ToolId = Annotated[str, Path(min_length=1, max_length=128)]


def _page(
    request: Request,
    connection: sa.Connection,
    scope: Scope,
    at: dt.datetime,
    *,
    category: ToolCategory | None = None,
    done: Text | None = None,
    error: Text | None = None,
    status_code: int = 200,
) -> HTMLResponse:
    launch = market_views.launch(request.app.state.rulebook, at)
    tools = queries.catalogue(connection, scope, category)
    context = {
        "launch": launch,
        "country_note": launch.country_note(
            queries.merchant_country(connection, scope.merchant_id)
        ),
        "tools": tools,
        "coupons": queries.coupons(connection, scope),
        "categories": list(ToolCategory),
        "category": category,
        "base": base_path(scope),
        "scope": scope,
        "done": done,
        "error": error,
        "calendar": request.app.state.rulebook.in_force_at(at).calendar,
        **words.TEMPLATE_WORDS,
    }
    return render(request, "market.html", context, status_code)


@merchant_route(router, "/market")
def market_page(
    request: Request,
    scope: MerchantScope,
    connection: ReadConnection,
    at: Now,
    category: ToolCategory | None = None,
    claimed: Annotated[str | None, Query(max_length=128)] = None,
) -> HTMLResponse:
    """The catalogue, the coupons left and the merchant's coupons."""
    done = None
    if claimed and not scope.by_operator:
        mine = {row.tool_id: row for row in queries.coupons(connection, scope)}
        if claimed in mine:
            row = mine[claimed]
            done = Text(words.CLAIMED, {"tool": row.tool_name, "valid_on": row.valid_on})
    return _page(request, connection, scope, at, category=category, done=done)


@router.post("/m/market/tools/{tool_id}/coupon", dependencies=[CsrfChecked])
def claim(
    request: Request, tool_id: ToolId, auth: Merchant, connection: ReadConnection, at: Now
) -> Response:
    """Claim the tool's launch-day coupon for the main account."""
    scope = scope_for_merchant_user(auth.principal)
    book = request.app.state.rulebook
    try:
        market_views.claim(request.app.state.engine, book, auth.principal, tool_id, at)
    except CouponRefused as refused:
        connection.rollback()  # see what is committed now
        return _page(
            request, connection, scope, at,
            error=market_views.launch(book, at).refusal(refused.code),
            status_code=words.CLAIM_REFUSALS.status(refused.code),
        )  # fmt: skip
    return RedirectResponse(f"/m/market?claimed={quote(tool_id, safe='')}", status_code=303)
