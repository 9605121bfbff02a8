"""The discount sample venue, the merchant's pages (rulebook §4, §4.1; marketing centre →
official activities): the products with every rule each one fails in words and numbers,
the places left, the right to register (and the sample order that lost it); many products
registered in one submission; the registrations and their withdrawal.

Served to merchant users under ``/m/samples`` (a sub-account: the products it owns) and
to operators under ``/ops/merchants/{id}/samples`` (read-only, with the restoration of the
right; suspending is on the operators' list, ``samples_ops``). A refusal shows the page
again with the reason in words (422: correct the form; 409: the rules refuse) and writes
nothing.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal
from urllib.parse import quote

import sqlalchemy as sa
from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.datastructures import FormData

from sellerstar.domain.access import Scope, scope_for_merchant_user
from sellerstar.domain.samples import RegistrationState
from sellerstar.queries import sample_registrations as registration_queries
from sellerstar.queries import samples as queries
from sellerstar.rules import RuleBook
from sellerstar.services import sample_registrations
from sellerstar.services.sample_errors import SampleRefused
from sellerstar.store.db import transaction
from sellerstar.web.auth import CsrfChecked, Merchant, Now, ReadConnection
from sellerstar.web.deps import MerchantScope, PageNumber, base_path, merchant_route
from sellerstar.web.templating import render
from sellerstar.web.words import samples as words
from sellerstar.web.words.logistics import Text

router = APIRouter(include_in_schema=False)
PRICE_FIELD = "price."  # + product id: one price input per product of the page
ProductId = Annotated[str, Form(min_length=1, max_length=128)]


async def offer_form(request: Request, _auth: Merchant) -> FormData:
    """The registration form, read once the caller is known to be a merchant user (the
    body is bounded by ``web.body_limits``)."""
    return await request.form(max_files=0, max_fields=1000)


def _page(
    request: Request,
    connection: sa.Connection,
    scope: Scope,
    at: dt.datetime,
    page: int = 1,
    *,
    select_eligible: bool = False,
    result: sample_registrations.Registered | None = None,
    error: Text | None = None,
    chosen: dict[str, str] | None = None,
    status_code: int = 200,
) -> HTMLResponse:
    book: RuleBook = request.app.state.rulebook
    head = queries.overview(connection, scope, book, at)
    found = queries.products(connection, scope, head.rules, page) if head.rules else None
    if chosen is None and select_eligible and found is not None:
        chosen = {row.product_id: str(row.max_discount_price or "") for row in found.rows
                  if row.eligible}  # fmt: skip
    context = {
        "head": head,
        "found": found,
        "base": base_path(scope),
        "scope": scope,
        "result": result,
        "error": error,
        "chosen": chosen or {},
        "price_field": PRICE_FIELD,
        "calendar": book.in_force_at(at).calendar,
        **words.TEMPLATE_WORDS,
    }
    return render(request, "samples.html", context, status_code)


@merchant_route(router, "/samples")
def samples_page(
    request: Request,
    scope: MerchantScope,
    connection: ReadConnection,
    at: Now,
    page: PageNumber = 1,
    select: Literal["eligible"] | None = None,
) -> HTMLResponse:
    """The products and their checks; ``select=eligible`` ticks every eligible one of the
    page with the highest discounted price allowed filled in."""
    return _page(request, connection, scope, at, page, select_eligible=select == "eligible")


@router.post("/m/samples/register", dependencies=[CsrfChecked])
def register(
    request: Request,
    auth: Merchant,
    connection: ReadConnection,
    at: Now,
    form: Annotated[FormData, Depends(offer_form)],
) -> HTMLResponse:
    """Register the ticked products at their discounted prices (one submission)."""
    principal = auth.principal
    scope = scope_for_merchant_user(principal)
    chosen = {
        str(key)[len(PRICE_FIELD) :]: str(value)
        for key, value in form.multi_items()
        if str(key).startswith(PRICE_FIELD) and isinstance(value, str)
    }
    ticked = [str(value) for value in form.getlist("product")]
    offers = {product_id: chosen.get(product_id, "") for product_id in ticked}
    book: RuleBook = request.app.state.rulebook
    try:
        with transaction(request.app.state.engine) as writing:
            result = sample_registrations.register(
                writing, book=book, actor_login=principal.login,
                merchant_id=scope.merchant_id, offers=offers, now=at,
                account_id=scope.account_id,
            )  # fmt: skip
    except SampleRefused as refused:
        connection.rollback()  # see what is committed now
        return _page(
            request, connection, scope, at,
            error=words.refusal_text(refused.code, refused.params),
            chosen={product_id: chosen.get(product_id, "") for product_id in ticked},
            status_code=words.refusal_status(refused.code),
        )  # fmt: skip
    connection.rollback()
    return _page(request, connection, scope, at, result=result)


def _registrations_page(
    request: Request,
    connection: sa.Connection,
    scope: Scope,
    at: dt.datetime,
    state: RegistrationState | None,
    page: int,
    *,
    done: Text | None = None,
    error: Text | None = None,
    status_code: int = 200,
) -> HTMLResponse:
    book: RuleBook = request.app.state.rulebook
    head = queries.overview(connection, scope, book, at)
    context = {
        "head": head,
        "found": registration_queries.registrations(
            connection, scope, head.rules, state=state, page=page
        ),
        "state": state,
        "states": list(RegistrationState),
        "base": base_path(scope),
        "scope": scope,
        "done": done,
        "error": error,
        "calendar": book.in_force_at(at).calendar,
        **words.TEMPLATE_WORDS,
    }
    return render(request, "samples_registrations.html", context, status_code)


@merchant_route(router, "/samples/registrations")
def registrations_page(
    request: Request,
    scope: MerchantScope,
    connection: ReadConnection,
    at: Now,
    state: RegistrationState | None = None,
    page: PageNumber = 1,
    withdrawn: Annotated[str | None, Query(max_length=128)] = None,
) -> HTMLResponse:
    """The registrations: state, prices, factor, in the venue or why not."""
    done = Text(words.WITHDRAWN, {"product_id": withdrawn}) if withdrawn else None
    return _registrations_page(request, connection, scope, at, state, page, done=done)


@router.post("/m/samples/withdraw", dependencies=[CsrfChecked])
def withdraw(
    request: Request, auth: Merchant, connection: ReadConnection, at: Now, product_id: ProductId
) -> Response:
    """Withdraw a product's registration: its place is freed."""
    principal = auth.principal
    scope = scope_for_merchant_user(principal)
    try:
        with transaction(request.app.state.engine) as writing:
            sample_registrations.withdraw(
                writing, actor_login=principal.login, merchant_id=scope.merchant_id,
                product_id=product_id, now=at, account_id=scope.account_id,
            )  # fmt: skip
    except SampleRefused as refused:
        connection.rollback()
        return _registrations_page(
            request, connection, scope, at, None, 1,
            error=words.refusal_text(refused.code, refused.params),
            status_code=words.refusal_status(refused.code),
        )  # fmt: skip
    return RedirectResponse(
        f"/m/samples/registrations?withdrawn={quote(product_id, safe='')}", status_code=303
    )
