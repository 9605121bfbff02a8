"""The product radar's review queues in the JSON API (rulebook §3), for operators: one
queue (edits, qualifications or appeals), one review, and the decision.

A refusal answers ``{"detail": ..., "code": ...}``: 409 when the rules refuse (decided
already), 422 when the input needs correcting (a rejection without its reason). A review
that does not exist is 404. A session must send its X-CSRF-Token on writes; an API token
of scope ``read`` may only read. The merchants' side is ``routes/radar_api.py``.
"""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field

from sellerstar.domain.radar import ReviewKind, ReviewState
from sellerstar.queries import radar_queues
from sellerstar.services.radar_errors import RadarRefused
from sellerstar.web import radar_filing
from sellerstar.web.auth import ApiOperator, CsrfChecked, Now, ReadConnection
from sellerstar.web.deps import PageNumber
from sellerstar.web.radar_api_shapes import REFUSED, Review, refusal, review_model

router = APIRouter(prefix="/api/v1/radar", tags=["radar"])


class QueueItem(Review):
    """A review in an operator queue."""

    merchant_id: str
    merchant_name: str
    product_id: str | None
    product_title: str | None
    right_id: str | None
    overdue: bool
    decided_by: str | None
    edit_before: dict[str, Any] | None = Field(description="Edits: the product before.")
    edit_after: dict[str, Any] | None = Field(description="Edits: the product after.")
    statement: str | None = Field(description="Appeals: the merchant's statement.")
    note: str | None = Field(description="Qualifications: the merchant's note.")


class Queue(BaseModel):
    """One page of a queue, with every queue's pending and overdue counts."""

    kind: ReviewKind
    total: int
    page: int
    pages: int
    pending: dict[ReviewKind, int]
    overdue: dict[ReviewKind, int]
    reviews: list[QueueItem]


class RadarDecisionRequest(BaseModel):
    """An operator's decision; a rejection needs the reason the merchant reads."""

    decision: Literal["approve", "reject"]
    reason: str = Field(default="", max_length=4000)


class DecisionResult(BaseModel):
    """What a decision did: the review and the tasks it closed."""

    review: QueueItem
    closed_tasks: list[str]


def _queue_item(item: radar_queues.QueueRow) -> QueueItem:
    review = item.review
    edit = review.kind is ReviewKind.EDIT
    payload = review.payload
    return QueueItem(
        **review_model(review).model_dump(),
        merchant_id=item.merchant_id,
        merchant_name=item.merchant_name,
        product_id=item.product_id,
        product_title=item.product_title,
        right_id=item.right_id,
        overdue=item.overdue,
        decided_by=review.decided_by,
        edit_before=dict(item.before) if edit else None,
        edit_after={k: payload.get(k) for k in ("title", "description", "brand")} if edit else None,
        statement=payload.get("statement") if review.kind is ReviewKind.APPEAL else None,
        note=payload.get("note") if review.kind is ReviewKind.QUALIFICATION else None,
    )


@router.get("/reviews")
def reviews(
    _auth: ApiOperator,
    connection: ReadConnection,
    at: Now,
    kind: ReviewKind = ReviewKind.EDIT,
    state: ReviewState | None = None,
    page: PageNumber = 1,
) -> Queue:
    """One review queue (operators): pending first, the earliest due first."""
    found = radar_queues.queue(connection, kind, at, page, state)
    return Queue(
        kind=kind,
        total=found.total,
        page=found.page,
        pages=found.pages,
        pending=found.pending,
        overdue=found.overdue,
        reviews=[_queue_item(item) for item in found.rows],
    )


@router.get("/reviews/{review_id}")
def review(review_id: str, _auth: ApiOperator, connection: ReadConnection, at: Now) -> QueueItem:
    """One review (operators)."""
    return _queue_item(radar_queues.review(connection, review_id, at))


@router.post(
    "/reviews/{review_id}/decision",
    dependencies=[CsrfChecked],
    responses=REFUSED,
    response_model=DecisionResult,
)
def decision(
    request: Request, review_id: str, body: RadarDecisionRequest, auth: ApiOperator, at: Now
) -> Any:
    """Approve or reject a pending review (operators); decided already: 409,
    ``already_decided``."""
    try:
        decided = radar_filing.decide(
            request, auth.principal, review_id, approve=body.decision == "approve",
            reason=body.reason, now=at,
        )  # fmt: skip
    except RadarRefused as refused:
        return refusal(refused)
    with request.app.state.engine.connect() as connection:
        item = _queue_item(radar_queues.review(connection, review_id, at))
    return DecisionResult(review=item, closed_tasks=list(decided.closed_tasks))
