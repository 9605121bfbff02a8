"""The guaranteed-delivery coverage page (rulebook §2): merchant users under /m, operators
under /ops/merchants/{id}, one template and one query."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from sellerstar.domain.access import Scope
from sellerstar.queries.guaranteed_delivery import coverage
from sellerstar.rules.book import RuleBook
from sellerstar.web.auth import Now, ReadConnection
from sellerstar.web.deps import MerchantScope, base_path, merchant_route
from sellerstar.web.templating import render
from sellerstar.web.words import logistics as words

router = APIRouter(include_in_schema=False)


def _page(
    request: Request, connection: sa.Connection, scope: Scope, at: dt.datetime
) -> HTMLResponse:
    book: RuleBook = request.app.state.rulebook
    return render(
        request,
        "guaranteed_delivery.html",
        {
            "scope": scope,
            "base": base_path(scope),
            "cov": coverage(connection, scope, book, at),
            "payment_methods": words.PAYMENT_METHODS,
            **words.TEMPLATE_WORDS,
        },
    )


@merchant_route(router, "/guaranteed-delivery")
def coverage_page(
    request: Request, scope: MerchantScope, connection: ReadConnection, at: Now
) -> HTMLResponse:
    """The merchant's guaranteed-delivery coverage, its scope and the seed's advice (for an
    operator, as its main account sees it)."""
    return _page(request, connection, scope, at)
