"""Reviews, the merchant's pages (rulebook §5; MA→评价→评价管理): review management with
its three tabs — orders awaiting a review with their invitation links and the advice, the
reviews received with their state, the store rating — and the page of the merchant's
pools, selected products and ranks.

Served to merchant users under ``/m/reviews`` and to operators under
``/ops/merchants/{id}/reviews`` (read-only; operators decide brushing in ``reviews_ops``).
"""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from sellerstar.queries import review_pools, reviews
from sellerstar.rules import RuleBook
from sellerstar.web.auth import Now, ReadConnection
from sellerstar.web.deps import MerchantScope, PageNumber, base_path, merchant_route
from sellerstar.web.reviews_filing import invitation_keys
from sellerstar.web.templating import render
from sellerstar.web.words import reviews as words

router = APIRouter(include_in_schema=False)
Tab = Literal["awaiting", "received", "rating"]


@merchant_route(router, "/reviews")
def reviews_page(
    request: Request,
    scope: MerchantScope,
    connection: ReadConnection,
    at: Now,
    tab: Tab = "awaiting",
    page: PageNumber = 1,
    direct_page: PageNumber = 1,
) -> HTMLResponse:
    """Review management (评价管理): awaiting review, reviews received, store rating."""
    book: RuleBook = request.app.state.rulebook
    rule_set, section = reviews.reviews_section(book, at)
    template, secret = invitation_keys(request)
    context: dict[str, object] = {
        "tab": tab,
        "base": base_path(scope),
        "scope": scope,
        "rating": review_pools.store_rating(connection, scope.merchant_id),
        "section": section,
        "calendar": rule_set.calendar,
        **words.TEMPLATE_WORDS,
    }
    if tab == "awaiting":
        context["awaiting"] = reviews.awaiting(
            connection, scope, book, at, page, template=template, secret=secret
        )
    elif tab == "received":
        context["received"] = reviews.received(connection, scope, book, at, page, direct_page)
    return render(request, "reviews.html", context)


@merchant_route(router, "/reviews/pools")
def pools_page(
    request: Request, scope: MerchantScope, connection: ReadConnection, at: Now
) -> HTMLResponse:
    """The merchant's well-reviewed products, selected products and ranks."""
    book: RuleBook = request.app.state.rulebook
    context = {
        "base": base_path(scope),
        "scope": scope,
        "pools": review_pools.pools(connection, scope, book, at),
        **words.TEMPLATE_WORDS,
    }
    return render(request, "reviews_pools.html", context)
