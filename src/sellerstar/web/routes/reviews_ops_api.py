"""The brushing queue in the JSON API (rulebook §5.3), for operators: the queue (pending
suspects grouped by merchant, or a decided state), the confirmed cases, and the decisions.

A refusal answers ``{"detail": ..., "code": ...}``: 409 when the state refuses (a suspect
decided already, by another operator or before), 422 when the input needs correcting (no
suspect, too many, suspects of several merchants, a note too long). A suspect that does
not exist is 404. A session must send its X-CSRF-Token on writes; an API token of scope
``read`` may only read.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel, Field

from sellerstar.domain.reviews import SuspectState
from sellerstar.queries import review_brushing
from sellerstar.services.review_brushing import MAX_NOTE, MAX_SUSPECTS
from sellerstar.services.review_errors import ReviewsRefused
from sellerstar.store.base import ID_LENGTH
from sellerstar.web import reviews_filing
from sellerstar.web.auth import ApiOperator, CsrfChecked, Now, ReadConnection
from sellerstar.web.deps import PageNumber
from sellerstar.web.reviews_filing import REFUSED, refusal
from sellerstar.web.words import reviews as words

router = APIRouter(prefix="/api/v1/reviews/brushing", tags=["reviews"])
ReviewId = Annotated[str, Field(min_length=1, max_length=ID_LENGTH)]


class Suspect(BaseModel):
    """A suspected review with the review itself."""

    review_id: str
    merchant_id: str
    score: float
    signals: list[str]
    signals_text: list[str] = Field(description="The signals in words (English).")
    detected_at: dt.datetime
    state: SuspectState
    decided_by: str | None
    decided_at: dt.datetime | None
    case_id: int | None
    order_id: str | None
    product_id: str | None
    product_title: str | None
    buyer_tier: str | None
    received_at: dt.datetime | None
    submitted_at: dt.datetime | None
    product_quality: int | None
    supplier_service: int | None
    on_time_shipment: int | None
    text: str


class MerchantGroup(BaseModel):
    merchant_id: str
    merchant_name: str
    suspects: list[Suspect]


class Queue(BaseModel):
    state: SuspectState
    total: int
    page: int
    pages: int
    pending: int
    merchants_pending: int
    merchants: list[MerchantGroup]


class Case(BaseModel):
    case_id: int
    merchant_id: str
    merchant_name: str
    confirmed_by: str
    confirmed_at: dt.datetime
    review_count: int
    points: float
    note: str | None


class Cases(BaseModel):
    total: int
    page: int
    pages: int
    cases: list[Case]


class DecisionRequest(BaseModel):
    """Suspects to decide (confirm: all of one merchant) and an optional note."""

    review_ids: list[ReviewId] = Field(min_length=1, max_length=MAX_SUSPECTS)
    note: str = Field(default="", max_length=MAX_NOTE)


class Confirmed(BaseModel):
    case_id: int
    merchant_id: str
    review_ids: list[str]
    points: float


class Dismissed(BaseModel):
    review_ids: list[str]


def _suspect(s: review_brushing.Suspect) -> Suspect:
    fields = {
        k: getattr(s, k) for k in Suspect.model_fields if k not in ("signals", "signals_text")
    }
    return Suspect(
        **fields,
        signals=list(s.signals),
        signals_text=[words.signal_text(code).render("en") for code in s.signals],
    )


@router.get("")
def queue(
    _auth: ApiOperator,
    connection: ReadConnection,
    state: SuspectState = SuspectState.PENDING,
    page: PageNumber = 1,
    merchant_id: Annotated[str | None, Query(max_length=ID_LENGTH)] = None,
) -> Queue:
    """The queue: pending suspects grouped by merchant (strongest first), or a decided
    state (newest decision first)."""
    found = review_brushing.queue(connection, state, page, merchant_id)
    return Queue(
        state=state,
        total=found.paging.total,
        page=found.paging.page,
        pages=found.paging.pages,
        pending=found.pending,
        merchants_pending=found.merchants_pending,
        merchants=[
            MerchantGroup(
                merchant_id=g.merchant_id,
                merchant_name=g.merchant_name,
                suspects=[_suspect(s) for s in g.suspects],
            )
            for g in found.groups
        ],
    )


@router.get("/cases")
def cases(_auth: ApiOperator, connection: ReadConnection, page: PageNumber = 1) -> Cases:
    """Confirmed brushing cases, newest first."""
    rows, paging = review_brushing.cases(connection, page)
    return Cases(
        total=paging.total,
        page=paging.page,
        pages=paging.pages,
        cases=[Case(**row.__dict__) for row in rows],
    )


@router.post(
    "/confirm",
    dependencies=[CsrfChecked],
    status_code=201,
    responses=REFUSED,
    response_model=Confirmed,
)
def confirm(request: Request, body: DecisionRequest, auth: ApiOperator, at: Now) -> Any:
    """Confirm pending suspects of one merchant as one brushing case: the case's points go
    to the penalty ledger and the merchant is told."""
    try:
        case = reviews_filing.confirm(request, auth.principal, body.review_ids, body.note, at)
    except ReviewsRefused as refused:
        return refusal(refused)
    return Confirmed(
        case_id=case.case_id,
        merchant_id=case.merchant_id,
        review_ids=list(case.review_ids),
        points=case.points,
    )


@router.post("/dismiss", dependencies=[CsrfChecked], responses=REFUSED, response_model=Dismissed)
def dismiss(request: Request, body: DecisionRequest, auth: ApiOperator, at: Now) -> Any:
    """Dismiss pending suspects (not brushing)."""
    try:
        done = reviews_filing.dismiss(request, auth.principal, body.review_ids, body.note, at)
    except ReviewsRefused as refused:
        return refusal(refused)
    return Dismissed(review_ids=done)
