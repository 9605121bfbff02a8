"""The service market, the operators' view (rulebook §6): every tool with its launch
coupons' stock, how many are left and claimed, the stock set by hand (never below the
coupons claimed), and who claimed each tool's coupons.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated
from urllib.parse import quote

import sqlalchemy as sa
from fastapi import APIRouter, Form, Path, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from sellerstar.queries import market as queries
from sellerstar.services import market_catalogue
from sellerstar.services.market_catalogue import CatalogueRefused
from sellerstar.store.db import transaction
from sellerstar.web import market_views
from sellerstar.web.auth import CsrfChecked, Now, Operator, ReadConnection
from sellerstar.web.templating import render
from sellerstar.web.words import market as words
from sellerstar.web.words.logistics import Text

router = APIRouter(include_in_schema=False)
ToolId = Annotated[str, Path(min_length=1, max_length=128)]
MAX_STOCK = 100_000


def _tools_page(
    request: Request, connection: sa.Connection, at: dt.datetime, *,
    done: Text | None = None, error: Text | None = None, status_code: int = 200,
) -> HTMLResponse:  # fmt: skip
    context = {
        "launch": market_views.launch(request.app.state.rulebook, at),
        "tools": queries.ops_tools(connection),
        "done": done,
        "error": error,
        **words.TEMPLATE_WORDS,
    }
    return render(request, "ops_market.html", context, status_code)


@router.get("/ops/market")
def tools_page(
    request: Request,
    _auth: Operator,
    connection: ReadConnection,
    at: Now,
    stocked: Annotated[str | None, Query(max_length=128)] = None,
) -> HTMLResponse:
    """Every tool, its stock, coupons left and claimed."""
    done = None
    if stocked:
        row = next((t for t in queries.ops_tools(connection) if t.tool_id == stocked), None)
        if row is not None:
            done = Text(words.STOCK_SET, {"tool": row.name, "stock": row.coupon_stock})
    return _tools_page(request, connection, at, done=done)


@router.post("/ops/market/tools/{tool_id}/stock", dependencies=[CsrfChecked])
def set_stock(
    request: Request,
    tool_id: ToolId,
    auth: Operator,
    connection: ReadConnection,
    at: Now,
    stock: Annotated[str, Form(max_length=12)],
) -> Response:
    """Set the tool's launch coupons in all (the coupons claimed stay claimed)."""
    queries.tool_name(connection, tool_id)  # 404 for a tool that is not there
    if not stock.strip().isdigit() or int(stock) > MAX_STOCK:
        return _tools_page(
            request, connection, at, status_code=words.CATALOGUE_REFUSALS.status("stock_invalid"),
            error=words.CATALOGUE_REFUSALS.text("stock_invalid", {"limit": MAX_STOCK}),
        )  # fmt: skip
    try:
        with transaction(request.app.state.engine) as writing:
            market_catalogue.set_stock(
                writing, tool_id, int(stock), actor=auth.principal.login, now=at
            )
    except CatalogueRefused as refused:
        connection.rollback()
        return _tools_page(
            request, connection, at, status_code=words.CATALOGUE_REFUSALS.status(refused.code),
            error=words.CATALOGUE_REFUSALS.text(refused.code, refused.params),
        )  # fmt: skip
    return RedirectResponse(f"/ops/market?stocked={quote(tool_id, safe='')}", status_code=303)


@router.get("/ops/market/tools/{tool_id}")
def claims_page(
    request: Request, tool_id: ToolId, _auth: Operator, connection: ReadConnection, at: Now
) -> HTMLResponse:
    """Who claimed the tool's coupons, in order."""
    name = queries.tool_name(connection, tool_id)
    context = {
        "tool_id": tool_id,
        "tool_name": name,
        "claims": queries.claims(connection, tool_id),
        "calendar": request.app.state.rulebook.in_force_at(at).calendar,
    }
    return render(request, "ops_market_claims.html", context)
