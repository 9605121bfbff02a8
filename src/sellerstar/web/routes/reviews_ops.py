"""Reviews, the operators' pages (rulebook §5.3): the brushing queue — pending suspects
grouped by merchant with the review each is about and its signals in words — and the
decisions: confirm chosen suspects of one merchant as one case (with a note; the case
costs the merchant the rule-set's points), or dismiss them; the decided history.

Two operators deciding the same suspect at once: the service lets exactly one change it;
the other gets the queue again, 409, saying so, and nothing of its decision is written.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import sqlalchemy as sa
from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from sellerstar.domain.reviews import SuspectState
from sellerstar.queries import review_brushing, reviews
from sellerstar.rules import RuleBook
from sellerstar.services.review_errors import ReviewsRefused
from sellerstar.store.base import ID_LENGTH
from sellerstar.web import reviews_filing
from sellerstar.web.auth import CsrfChecked, Now, Operator, ReadConnection
from sellerstar.web.deps import PageNumber
from sellerstar.web.templating import render
from sellerstar.web.words import reviews as words
from sellerstar.web.words.logistics import Text

router = APIRouter(include_in_schema=False)
QUEUE = "/ops/reviews/brushing"
MerchantFilter = Annotated[str | None, Query(max_length=ID_LENGTH)]
ReviewIds = Annotated[list[str], Form(max_length=500)]
Note = Annotated[str, Form(max_length=4000)]


def _queue_page(
    request: Request,
    connection: sa.Connection,
    at: dt.datetime,
    state: SuspectState,
    page: int,
    merchant_id: str | None,
    *,
    done: str | None = None,
    error: Text | None = None,
    status_code: int = 200,
) -> HTMLResponse:
    book: RuleBook = request.app.state.rulebook
    rule_set, section = reviews.reviews_section(book, at)
    cases = review_brushing.cases(connection, page) if state is SuspectState.CONFIRMED else None
    context = {
        "found": review_brushing.queue(connection, state, page, merchant_id),
        "cases": cases,
        "state": state,
        "states": list(SuspectState),
        "merchant_id": merchant_id or "",
        "done": done,
        "error": error,
        "points": section.brushing_case_points,
        "calendar": rule_set.calendar,
        **words.TEMPLATE_WORDS,
    }
    return render(request, "ops_reviews_brushing.html", context, status_code)


@router.get(QUEUE)
def queue_page(
    request: Request,
    _auth: Operator,
    connection: ReadConnection,
    at: Now,
    state: SuspectState = SuspectState.PENDING,
    page: PageNumber = 1,
    merchant_id: MerchantFilter = None,
    done: Annotated[str | None, Query(max_length=128)] = None,
) -> HTMLResponse:
    """The queue: pending suspects by merchant (strongest first), or a decided state."""
    return _queue_page(request, connection, at, state, page, merchant_id, done=done)


def _decided(
    request: Request,
    connection: sa.Connection,
    at: dt.datetime,
    merchant_id: str | None,
    refused: ReviewsRefused,
) -> HTMLResponse:
    connection.rollback()  # read what the other operator committed
    text = words.refusal_text(refused.code, refused.params)
    return _queue_page(
        request, connection, at, SuspectState.PENDING, 1, merchant_id or None,
        error=text, status_code=words.refusal_status(refused.code),
    )  # fmt: skip


@router.post(QUEUE + "/confirm", dependencies=[CsrfChecked])
def confirm(
    request: Request,
    auth: Operator,
    connection: ReadConnection,
    at: Now,
    review_id: ReviewIds = [],  # noqa: B006 - FastAPI copies the default
    note: Note = "",
    merchant_id: Annotated[str, Form(max_length=ID_LENGTH)] = "",
) -> Response:
    """Confirm the chosen suspects (of one merchant) as one brushing case."""
    try:
        case = reviews_filing.confirm(request, auth.principal, review_id, note, at)
    except ReviewsRefused as refused:
        return _decided(request, connection, at, merchant_id, refused)
    return RedirectResponse(f"{QUEUE}?done=case-{case.case_id}", status_code=303)


@router.post(QUEUE + "/dismiss", dependencies=[CsrfChecked])
def dismiss(
    request: Request,
    auth: Operator,
    connection: ReadConnection,
    at: Now,
    review_id: ReviewIds = [],  # noqa: B006 - FastAPI copies the default
    note: Note = "",
    merchant_id: Annotated[str, Form(max_length=ID_LENGTH)] = "",
) -> Response:
    """Dismiss the chosen suspects (not brushing)."""
    try:
        dismissed = reviews_filing.dismiss(request, auth.principal, review_id, note, at)
    except ReviewsRefused as refused:
        return _decided(request, connection, at, merchant_id, refused)
    return RedirectResponse(f"{QUEUE}?done=dismissed-{len(dismissed)}", status_code=303)
