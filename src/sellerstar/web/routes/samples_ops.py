"""The discount sample venue, the operators' pages (rulebook §4, §4.1; issue 16 item 3):
registrations across merchants (filtered by merchant and state, paged), suspending one
with a reason the merchant reads, reinstating it, and restoring a merchant's right to
register after a failed sample order.

Two operators acting on the same registration at once: the service lets one change it;
the other gets the list again, 409, saying it changed meanwhile.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated
from urllib.parse import quote

import sqlalchemy as sa
from fastapi import APIRouter, Form, Path, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from sellerstar.domain.samples import RegistrationState
from sellerstar.queries import sample_registrations as queries
from sellerstar.queries.samples import rules_at
from sellerstar.queries.scope import scope_for_operator
from sellerstar.rules import RuleBook
from sellerstar.services import sample_rights, sample_suspensions
from sellerstar.services.sample_errors import SampleRefused
from sellerstar.store.db import transaction
from sellerstar.web.auth import CsrfChecked, Now, Operator, ReadConnection
from sellerstar.web.deps import PageNumber
from sellerstar.web.templating import render
from sellerstar.web.words import samples as words
from sellerstar.web.words.logistics import Text

router = APIRouter(include_in_schema=False)
MerchantFilter = Annotated[str | None, Query(max_length=128)]
ROW_ID_MAX = 2**31 - 1  # what the store's integer key holds
RegistrationId = Annotated[int, Path(ge=1, le=ROW_ID_MAX)]
LONG_TEXT = 4000  # the form's bound; the service allows sample_registrations.MAX_REASON


def _list_page(
    request: Request,
    connection: sa.Connection,
    at: dt.datetime,
    *,
    merchant: str | None = None,
    state: RegistrationState | None = None,
    page: int = 1,
    done: Text | None = None,
    error: Text | None = None,
    outside: tuple[Text, ...] = (),
    status_code: int = 200,
) -> HTMLResponse:
    book: RuleBook = request.app.state.rulebook
    rules = rules_at(book, at)
    context = {
        "found": queries.all_registrations(
            connection, rules, merchant_id=merchant or None, state=state, page=page
        ),
        "merchant": merchant or "",
        "state": state,
        "states": list(RegistrationState),
        "done": done,
        "error": error,
        "outside": outside,
        "calendar": book.in_force_at(at).calendar,
        **words.TEMPLATE_WORDS,
    }
    return render(request, "ops_samples.html", context, status_code)


@router.get("/ops/samples")
def registrations_page(
    request: Request,
    _auth: Operator,
    connection: ReadConnection,
    at: Now,
    merchant: MerchantFilter = None,
    state: RegistrationState | None = None,
    page: PageNumber = 1,
    suspended: Annotated[int | None, Query(ge=1, le=ROW_ID_MAX)] = None,
    restored: bool = False,
) -> HTMLResponse:
    """Registrations across merchants, latest change first; after an action, what it did."""
    done = None
    if suspended is not None:
        done = Text(words.SUSPENDED_DONE, {"registration_id": suspended})
    elif restored and merchant:
        done = Text(words.RESTORED, {"merchant_id": merchant})
    return _list_page(request, connection, at, merchant=merchant, state=state, page=page, done=done)


def _refused(
    request: Request, connection: sa.Connection, at: dt.datetime, refused: SampleRefused
) -> HTMLResponse:
    connection.rollback()  # read what the other operator committed
    return _list_page(
        request, connection, at,
        error=words.refusal_text(refused.code, refused.params),
        status_code=words.refusal_status(refused.code),
    )  # fmt: skip


@router.post("/ops/samples/registrations/{registration_id}/suspend", dependencies=[CsrfChecked])
def suspend(
    request: Request,
    registration_id: RegistrationId,
    auth: Operator,
    connection: ReadConnection,
    at: Now,
    reason: Annotated[str, Form(max_length=LONG_TEXT)] = "",
) -> Response:
    """Suspend a registration: it keeps its place but leaves the venue."""
    try:
        with transaction(request.app.state.engine) as writing:
            sample_suspensions.suspend(
                writing, actor_login=auth.principal.login, registration_id=registration_id,
                reason=reason, now=at,
            )  # fmt: skip
    except SampleRefused as refused:
        return _refused(request, connection, at, refused)
    return RedirectResponse(f"/ops/samples?suspended={registration_id}", status_code=303)


@router.post("/ops/samples/registrations/{registration_id}/reinstate", dependencies=[CsrfChecked])
def reinstate(
    request: Request,
    registration_id: RegistrationId,
    auth: Operator,
    connection: ReadConnection,
    at: Now,
) -> Response:
    """Reinstate a suspended registration: back in the venue if it passes the rules now."""
    try:
        with transaction(request.app.state.engine) as writing:
            done = sample_suspensions.reinstate(
                writing, book=request.app.state.rulebook, actor_login=auth.principal.login,
                registration_id=registration_id, now=at,
            )  # fmt: skip
    except SampleRefused as refused:
        return _refused(request, connection, at, refused)
    connection.rollback()
    params: dict[str, object] = {"registration_id": registration_id}
    if done.in_venue:
        return _list_page(request, connection, at, done=Text(words.REINSTATED_IN, params))
    outside = tuple(words.rule_text(failure) for failure in done.failures)
    return _list_page(
        request, connection, at, done=Text(words.REINSTATED_OUT, params), outside=outside
    )


@router.post("/ops/samples/merchants/{merchant_id}/restore", dependencies=[CsrfChecked])
def restore_right(
    request: Request,
    merchant_id: str,
    auth: Operator,
    connection: ReadConnection,
    at: Now,
    note: Annotated[str, Form(max_length=LONG_TEXT)] = "",
) -> Response:
    """Give the merchant back the right to register (it then registers its products anew)."""
    scope_for_operator(connection, merchant_id)  # 404 for an unknown merchant
    try:
        text = sample_suspensions.checked_reason(note, "note")
        with transaction(request.app.state.engine) as writing:
            sample_rights.restore(
                writing, actor_login=auth.principal.login, merchant_id=merchant_id, note=text,
                now=at,
            )  # fmt: skip
    except SampleRefused as refused:
        return _refused(request, connection, at, refused)
    return RedirectResponse(
        f"/ops/samples?merchant={quote(merchant_id, safe='')}&restored=1", status_code=303
    )
