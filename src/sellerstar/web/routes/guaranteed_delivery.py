"""The guaranteed-delivery coverage page (rulebook §2): merchant users under /m, operators
under /ops/merchants/{id}, one template and one query."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from sellerstar.domain.access import Scope, scope_for_merchant_user
from sellerstar.queries.guaranteed_delivery import coverage
from sellerstar.queries.scope import scope_for_operator
from sellerstar.rules.book import RuleBook
from sellerstar.web import logistics_text as words
from sellerstar.web.auth import Merchant, Now, Operator, ReadConnection
from sellerstar.web.routes.logistics import base_path
from sellerstar.web.templating import render

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


@router.get("/m/guaranteed-delivery")
def merchant_coverage(
    request: Request, auth: Merchant, connection: ReadConnection, at: Now
) -> HTMLResponse:
    """The merchant's guaranteed-delivery coverage, its scope and the seed's advice."""
    return _page(request, connection, scope_for_merchant_user(auth.principal), at)


@router.get("/ops/merchants/{merchant_id}/guaranteed-delivery")
def operator_coverage(
    request: Request, merchant_id: str, _auth: Operator, connection: ReadConnection, at: Now
) -> HTMLResponse:
    """A merchant's guaranteed-delivery coverage as its main account sees it."""
    return _page(request, connection, scope_for_operator(connection, merchant_id), at)
