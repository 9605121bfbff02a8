"""The guaranteed upgrade service page (rulebook §2.1): status, join and leave.

Main accounts join and leave; sub-accounts and operators (under /ops) see the status.
Every refusal is shown with its reason and, where waiting helps, the date it lifts.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import sqlalchemy as sa
from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from sellerstar.domain.access import Scope, scope_for_merchant_user
from sellerstar.queries.scope import scope_for_operator
from sellerstar.rules.book import RuleBook
from sellerstar.services import guarantee
from sellerstar.services.refusal import Refused
from sellerstar.store.db import transaction
from sellerstar.web import guarantee_text as words
from sellerstar.web.auth import CsrfChecked, Merchant, Now, Operator, ReadConnection
from sellerstar.web.templating import render

router = APIRouter(include_in_schema=False)
PAGE = "/m/guarantee-service"


def _page(
    request: Request,
    connection: sa.Connection,
    scope: Scope,
    at: dt.datetime,
    *,
    may_act: bool,
    refused: Refused | None = None,
    status_code: int = 200,
) -> HTMLResponse:
    book: RuleBook = request.app.state.rulebook
    status = guarantee.guarantee_status(connection, book, scope.merchant_id, at)
    return render(
        request,
        "guarantee_service.html",
        {
            "status": status,
            "scope": scope,
            "may_act": may_act,
            "refused": refused,
            "refusal_words": words.REFUSALS,
            "fast_trade_words": words.FAST_TRADE,
        },
        status_code=status_code,
    )


@router.get(PAGE)
def merchant_page(
    request: Request, auth: Merchant, connection: ReadConnection, at: Now
) -> HTMLResponse:
    """The merchant's enrolment and what it may do now."""
    scope = scope_for_merchant_user(auth.principal)
    return _page(request, connection, scope, at, may_act=auth.principal.is_main_account)


@router.post(PAGE, dependencies=[CsrfChecked])
def change(
    request: Request,
    auth: Merchant,
    at: Now,
    action: Annotated[str, Form(pattern="^(join|leave)$")],
) -> Response:
    """Join or leave; a refusal shows the page again with its reasons, nothing written."""
    scope = scope_for_merchant_user(auth.principal)
    book: RuleBook = request.app.state.rulebook
    act = guarantee.join if action == "join" else guarantee.leave
    try:
        with transaction(request.app.state.engine) as connection:
            act(connection, book, scope.merchant_id, actor=auth.principal, now=at)
    except Refused as refused:
        with request.app.state.engine.connect() as connection:
            return _page(
                request,
                connection,
                scope,
                at,
                may_act=auth.principal.is_main_account,
                refused=refused,
                status_code=409,
            )
    return RedirectResponse(PAGE, status_code=303)


@router.get("/ops/merchants/{merchant_id}/guarantee-service")
def operator_page(
    request: Request, merchant_id: str, _auth: Operator, connection: ReadConnection, at: Now
) -> HTMLResponse:
    """A merchant's enrolment as an operator sees it (no actions)."""
    scope = scope_for_operator(connection, merchant_id)
    return _page(request, connection, scope, at, may_act=False)
