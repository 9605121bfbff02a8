"""The product radar, the operators' pages (rulebook §3): the three review queues (product
edits, IP qualifications, appeals) with their SLAs and overdue marks, one review, and the
decision (approve, or reject with a reason the merchant reads).

Two operators deciding the same review at once: the service lets exactly one change it;
the other gets the review page again, 409, saying how it was decided.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

import sqlalchemy as sa
from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from sellerstar.domain.radar import ReviewKind, ReviewState
from sellerstar.queries import radar_queues, radar_tasks
from sellerstar.rules import RuleBook
from sellerstar.services.radar_errors import RadarRefused
from sellerstar.services.radar_tasks import radar_section
from sellerstar.web import radar_filing
from sellerstar.web.auth import CsrfChecked, Now, Operator, ReadConnection
from sellerstar.web.deps import PageNumber
from sellerstar.web.templating import render
from sellerstar.web.words import radar as words
from sellerstar.web.words.logistics import Text

router = APIRouter(include_in_schema=False)


@router.get("/ops/radar/queues")
def queues_page(
    request: Request,
    _auth: Operator,
    connection: ReadConnection,
    at: Now,
    kind: ReviewKind = ReviewKind.EDIT,
    state: ReviewState | None = None,
    page: PageNumber = 1,
    done: Annotated[str | None, Query(max_length=128)] = None,
) -> HTMLResponse:
    """One queue: pending first (earliest due first, overdue flagged), then decided."""
    book: RuleBook = request.app.state.rulebook
    rule_set = book.in_force_at(at)
    context = {
        "found": radar_queues.queue(connection, kind, at, page, state),
        "kind": kind,
        "state": state,
        "kinds": list(ReviewKind),
        "done": done,
        "sla_hours": radar_section(rule_set).workflow().review_hours(kind),
        "calendar": rule_set.calendar,
        **words.TEMPLATE_WORDS,
    }
    return render(request, "ops_radar_queues.html", context)


def _review_page(
    request: Request,
    connection: sa.Connection,
    review_id: str,
    at: dt.datetime,
    error: Text | None = None,
    status_code: int = 200,
    reason: str = "",
) -> HTMLResponse:
    book: RuleBook = request.app.state.rulebook
    found = radar_queues.review(connection, review_id, at)
    task = None
    if found.review.task_id is not None:
        task = radar_tasks.task(connection, None, found.review.task_id, book, at).row
    context = {
        "item": found,
        "review": found.review,
        "task": task,
        "error": error,
        "reason": reason,
        "calendar": book.in_force_at(at).calendar,
        **words.TEMPLATE_WORDS,
    }
    return render(request, "ops_radar_review.html", context, status_code)


@router.get("/ops/radar/reviews/{review_id}")
def review_page(
    request: Request, review_id: str, _auth: Operator, connection: ReadConnection, at: Now
) -> HTMLResponse:
    """One review: the task, the edit's before and after, the statement, the document."""
    return _review_page(request, connection, review_id, at)


@router.post("/ops/radar/reviews/{review_id}/decision", dependencies=[CsrfChecked])
def decide_page(
    request: Request,
    review_id: str,
    auth: Operator,
    connection: ReadConnection,
    at: Now,
    decision: Annotated[Literal["approve", "reject"], Form()],
    reason: Annotated[str, Form(max_length=4000)] = "",
) -> Response:
    """Approve, or reject with a reason; then back to the queue."""
    try:
        decided = radar_filing.decide(
            request, auth.principal, review_id, approve=decision == "approve", reason=reason,
            now=at,
        )  # fmt: skip
    except RadarRefused as refused:
        connection.rollback()  # read what the other operator committed
        text = words.refusal_text(refused.code, refused.params)
        status = 409 if refused.code == "already_decided" else words.refusal_status(refused.code)
        return _review_page(request, connection, review_id, at, text, status, reason)
    kind = radar_queues.review(connection, review_id, at).review.kind
    return RedirectResponse(
        f"/ops/radar/queues?kind={kind.value}&done={decided.review_id}", status_code=303
    )
