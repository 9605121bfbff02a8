"""The guaranteed-delivery coverage page (rulebook §2): merchant users under /m, operators
under /ops/merchants/{id}, one template and one query."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from sellerstar.domain.access import Scope
from sellerstar.queries.guaranteed_delivery import coverage
from sellerstar.queries.guaranteed_orders import Shown, guaranteed_orders
from sellerstar.rules.book import RuleBook
from sellerstar.services.guarantee_status import live_enrolment
from sellerstar.web.auth import Now, ReadConnection
from sellerstar.web.deps import MerchantScope, PageNumber, base_path, merchant_route
from sellerstar.web.templating import render
from sellerstar.web.words import guarantee as guarantee_words
from sellerstar.web.words import logistics as words

ORDERS_PER_PAGE = 50

router = APIRouter(include_in_schema=False)


def _page(
    request: Request,
    connection: sa.Connection,
    scope: Scope,
    at: dt.datetime,
    shown: Shown,
    page: int,
) -> HTMLResponse:
    book: RuleBook = request.app.state.rulebook
    cov = coverage(connection, scope, book, at)
    orders = None
    if cov.stat_date is not None and cov.rules is not None:
        rule_set = book.for_stat_date(cov.stat_date)
        orders = guaranteed_orders(
            connection, scope, rule_set, cov.stat_date, shown, page, ORDERS_PER_PAGE
        )
    return render(
        request,
        "guaranteed_delivery.html",
        {
            "scope": scope,
            "base": base_path(scope),
            "cov": cov,
            # The merchant's own action shows at once; the figures follow the data lag.
            "live": live_enrolment(connection, book, scope.merchant_id, at),
            "orders": orders,
            "shown": shown,
            "order_reasons": guarantee_words.ORDER_REASONS,
            "order_views": guarantee_words.ORDER_VIEWS,
            "payment_methods": words.PAYMENT_METHODS,
            **words.TEMPLATE_WORDS,
        },
    )


@merchant_route(router, "/guaranteed-delivery")
def coverage_page(
    request: Request,
    scope: MerchantScope,
    connection: ReadConnection,
    at: Now,
    shown: Shown = "all",
    page: PageNumber = 1,
) -> HTMLResponse:
    """The merchant's guaranteed-delivery coverage, its scope, the seed's advice and the
    orders in scope (for an operator, as its main account sees it)."""
    return _page(request, connection, scope, at, shown, page)
