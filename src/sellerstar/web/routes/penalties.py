"""The merchant's active penalty points (rulebook §3.1), linked from the star page's risk
health score; merchant users and operators alike (``merchant_route``)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from sellerstar.queries.penalty_points import active_points
from sellerstar.web.auth import Now, ReadConnection
from sellerstar.web.deps import Book, MerchantScope, base_path, merchant_route, today
from sellerstar.web.templating import render
from sellerstar.web.words.penalties import KIND_LABELS

router = APIRouter(include_in_schema=False)


@merchant_route(router, "/penalty-points")
def penalty_points_page(
    request: Request, scope: MerchantScope, connection: ReadConnection, at: Now, book: Book
) -> HTMLResponse:
    """The points active on the merchant's newest predicted stat date, every source."""
    points = active_points(connection, scope, book, today(book, at))
    return render(
        request,
        "penalty_points.html",
        {
            "points": points,
            "scope": scope,
            "base": base_path(scope),
            "kind_labels": KIND_LABELS,
        },
    )
