"""The merchant's side of reviews in the JSON API (rulebook §5).

Merchant users read their own (a sub-account the orders it owns and the direct reviews of
the products it owns); operators the merchant they name with ``merchant_id``: orders
awaiting a review with their invitation links, the reviews received with their state, the
store rating, the pools and ranks. The storefront's public side is
``routes/reviews_storefront_api.py``; the operators' brushing queue is
``routes/reviews_ops_api.py``.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel, Field

from sellerstar.domain.reviews import Badge
from sellerstar.queries import review_pools, reviews
from sellerstar.store.base import ID_LENGTH
from sellerstar.web.auth import ApiStaff, Now, ReadConnection
from sellerstar.web.deps import PageNumber, api_scope
from sellerstar.web.reviews_api_shapes import StoreRating, rating_model
from sellerstar.web.reviews_filing import invitation_keys
from sellerstar.web.words import reviews as words

router = APIRouter(prefix="/api/v1/reviews", tags=["reviews"])
MerchantId = Annotated[
    str | None, Query(max_length=ID_LENGTH, description="Operators: the merchant to read.")
]


class Paging(BaseModel):
    total: int
    page: int
    pages: int


def _paging(found: reviews.Page) -> Paging:
    return Paging(total=found.total, page=found.page, pages=found.pages)


class AwaitingOrder(BaseModel):
    """An order received and not yet reviewed, inside its review window."""

    order_id: str
    buyer_id: str
    owner_name: str | None
    received_at: dt.datetime
    days_since_receipt: int
    review_window_ends: dt.date = Field(description="Last platform day a review counts.")
    best_now: bool = Field(description="Inside the advised days after receipt.")
    invitation_link: str | None = Field(description="Empty when links are not configured.")


class Awaiting(BaseModel):
    """A page of orders awaiting a review, and the advice."""

    advice: str = Field(description="The advice in words (English).")
    best_within_days: int
    window_days: int
    paging: Paging
    orders: list[AwaitingOrder]


class ReviewState(BaseModel):
    """A review's state on the newest stat date."""

    computed: bool = Field(description="False: newer than the last computed stat date.")
    counts: bool = Field(description="Transaction: counts; direct: shown.")
    reasons: list[str] = Field(description="Exclusion codes when it does not count.")
    reasons_text: list[str] = Field(description="The reasons in words (English).")
    stat_date: dt.date | None
    update_on: dt.date | None = Field(description="Not computed: when the figures will say.")


def _state(state: reviews.ReviewState) -> ReviewState:
    return ReviewState(
        computed=state.computed,
        counts=state.counts,
        reasons=list(state.reasons),
        reasons_text=[words.exclusion_text(code).render("en") for code in state.reasons],
        stat_date=state.stat_date,
        update_on=state.update_on,
    )


class TransactionReview(BaseModel):
    review_id: str
    order_id: str
    product_id: str
    product_title: str | None
    buyer_id: str
    badge: Badge | None = Field(description="Shown for Platinum (L3) and Pro (L4) only.")
    received_at: dt.datetime
    submitted_at: dt.datetime
    product_quality: int
    supplier_service: int
    on_time_shipment: int
    text: str
    state: ReviewState


class DirectReview(BaseModel):
    """A direct review's content; its scores are never shown."""

    review_id: str
    product_id: str | None
    product_title: str | None
    buyer_id: str
    badge: Badge | None
    submitted_at: dt.datetime
    text: str
    state: ReviewState


class Received(BaseModel):
    stat_date: dt.date | None
    transaction_paging: Paging
    transaction_reviews: list[TransactionReview]
    direct_paging: Paging
    direct_reviews: list[DirectReview]


class Rating(BaseModel):
    rating: StoreRating | None


class PoolProduct(BaseModel):
    product_id: str
    title: str
    leaf_category: str
    review_count: int
    rating: float | None
    keyword: str | None
    well_reviewed: bool
    selected: bool
    ranks: list[tuple[str, int]] = Field(description="(leaf category, rank)")


class MerchantRank(BaseModel):
    list_name: str = Field(description="`all` or `industry:<name>`.")
    rank: int
    score: float


class Pools(BaseModel):
    stat_date: dt.date | None
    products: list[PoolProduct]
    merchant_ranks: list[MerchantRank]


@router.get("/awaiting")
def awaiting(
    request: Request,
    auth: ApiStaff,
    connection: ReadConnection,
    at: Now,
    merchant_id: MerchantId = None,
    page: PageNumber = 1,
) -> Awaiting:
    """Orders awaiting a review (newest receipt first), each with its invitation link."""
    scope = api_scope(connection, auth.principal, merchant_id)
    template, secret = invitation_keys(request)
    book = request.app.state.rulebook
    found = reviews.awaiting(connection, scope, book, at, page, template=template, secret=secret)
    return Awaiting(
        advice=words.advice_text(found.best_within_days, found.ideal_within_days).render("en"),
        best_within_days=found.best_within_days,
        window_days=found.window_days,
        paging=_paging(found.paging),
        orders=[
            AwaitingOrder(
                order_id=row.order_id,
                buyer_id=row.buyer_id,
                owner_name=row.owner_name,
                received_at=row.received_at,
                days_since_receipt=row.days_since_receipt,
                review_window_ends=row.last_day,
                best_now=row.best_now,
                invitation_link=row.link,
            )
            for row in found.rows
        ],
    )


@router.get("/received")
def received(
    request: Request,
    auth: ApiStaff,
    connection: ReadConnection,
    at: Now,
    merchant_id: MerchantId = None,
    page: PageNumber = 1,
    direct_page: PageNumber = 1,
) -> Received:
    """Reviews received, newest first, with their state on the newest stat date."""
    scope = api_scope(connection, auth.principal, merchant_id)
    book = request.app.state.rulebook
    found = reviews.received(connection, scope, book, at, page, direct_page)
    return Received(
        stat_date=found.stat_date,
        transaction_paging=_paging(found.transaction_paging),
        transaction_reviews=[
            TransactionReview(
                **{k: getattr(r, k) for k in TransactionReview.model_fields if k != "state"},
                state=_state(r.state),
            )
            for r in found.transaction
        ],
        direct_paging=_paging(found.direct_paging),
        direct_reviews=[
            DirectReview(
                **{k: getattr(r, k) for k in DirectReview.model_fields if k != "state"},
                state=_state(r.state),
            )
            for r in found.direct
        ],
    )


@router.get("/rating")
def rating(auth: ApiStaff, connection: ReadConnection, merchant_id: MerchantId = None) -> Rating:
    """The store rating on the newest stat date (floored to one decimal)."""
    scope = api_scope(connection, auth.principal, merchant_id)
    return Rating(rating=rating_model(review_pools.store_rating(connection, scope.merchant_id)))


@router.get("/pools")
def pools(
    request: Request,
    auth: ApiStaff,
    connection: ReadConnection,
    at: Now,
    merchant_id: MerchantId = None,
) -> Pools:
    """The merchant's well-reviewed, selected and ranked products, and its ranks."""
    scope = api_scope(connection, auth.principal, merchant_id)
    found = review_pools.pools(connection, scope, request.app.state.rulebook, at)
    return Pools(
        stat_date=found.stat_date,
        products=[
            PoolProduct(
                **{k: getattr(p, k) for k in PoolProduct.model_fields if k != "ranks"},
                ranks=list(p.ranks),
            )
            for p in found.products
        ],
        merchant_ranks=[
            MerchantRank(list_name=r.list_name, rank=r.rank, score=r.score)
            for r in found.merchant_ranks
        ],
    )
