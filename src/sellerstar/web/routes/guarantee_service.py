"""The guaranteed upgrade service page (rulebook §2.1): status, join and leave.

Main accounts join and leave; sub-accounts and operators (under /ops) see the status.
Every refusal is shown with its reason and, where waiting helps, the date it lifts.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

import sqlalchemy as sa
from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from sellerstar.domain.access import Scope, scope_for_merchant_user
from sellerstar.rules.book import RuleBook
from sellerstar.services import guarantee, guarantee_status
from sellerstar.services.refusal import Refused
from sellerstar.store.db import transaction
from sellerstar.web.auth import CsrfChecked, Merchant, Now, ReadConnection
from sellerstar.web.deps import Book, Engine, MerchantScope, MerchantViewer, merchant_route
from sellerstar.web.templating import render
from sellerstar.web.words import guarantee as words

router = APIRouter(include_in_schema=False)
PAGE = "/m/guarantee-service"


def _page(
    request: Request,
    connection: sa.Connection,
    scope: Scope,
    at: dt.datetime,
    *,
    may_act: bool,
    confirming: bool = False,
    refused: Refused | None = None,
    status_code: int = 200,
) -> HTMLResponse:
    book: RuleBook = request.app.state.rulebook
    status = guarantee_status.guarantee_status(connection, book, scope.merchant_id, at)
    return render(
        request,
        "guarantee_service.html",
        {
            "status": status,
            "scope": scope,
            "may_act": may_act,
            # The seed's dialog before 确认加入: only when joining is possible now.
            "confirming": confirming and may_act and not status.enrolled and status.join.allowed,
            # The numbers the dialog states are the rule-set's (rulebook §2.1, §2.3).
            "service": book.in_force_at(at).guarantee_service,
            "refused": refused,
            "refusal_words": words.REFUSALS,
            "fast_trade_words": words.FAST_TRADE,
        },
        status_code=status_code,
    )


@merchant_route(router, "/guarantee-service")
def status_page(
    request: Request,
    scope: MerchantScope,
    viewer: MerchantViewer,
    connection: ReadConnection,
    at: Now,
    confirm: Literal["join"] | None = None,
) -> HTMLResponse:
    """The merchant's enrolment and what it may do now (an operator sees it, no actions);
    ``confirm=join`` opens the dialog whose 确认加入 joins."""
    may_act = not scope.by_operator and viewer.principal.is_main_account
    return _page(request, connection, scope, at, may_act=may_act, confirming=confirm == "join")


@router.post(PAGE, dependencies=[CsrfChecked])
def change(
    request: Request,
    auth: Merchant,
    at: Now,
    book: Book,
    engine: Engine,
    action: Annotated[str, Form(pattern="^(join|leave)$")],
    confirmed: Annotated[str, Form(max_length=8)] = "",
) -> Response:
    """Join or leave; a refusal shows the page again with its reasons, nothing written.
    Joining needs the dialog's 确认加入 (``confirmed=yes``): without it, the dialog."""
    if action == "join" and confirmed != "yes":
        return RedirectResponse(f"{PAGE}?confirm=join", status_code=303)
    scope = scope_for_merchant_user(auth.principal)
    act = guarantee.join if action == "join" else guarantee.leave
    try:
        with transaction(engine) as connection:
            act(connection, book, scope.merchant_id, actor=auth.principal, now=at)
    except Refused as refused:
        with engine.connect() as connection:
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
