"""Reviews in the JSON API (rulebook §5).

The merchant's side (merchant users: their own, a sub-account the orders it owns and the
direct reviews of the products it owns; operators: the merchant they name with
``merchant_id``): orders awaiting a review with their invitation links, the reviews
received with their state, the store rating, the pools and ranks.

The storefront's side, what a product page and the ranking lists show everyone: any
signed-in user or API token may read it (any role, buyers too), and it holds public data only — no
buyer ids, no direct-review scores, no review that does not count. Unknown or unlisted
products and unknown lists are 404. The operators' brushing queue is
``routes/reviews_ops_api.py``.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel, Field

from sellerstar.domain.reviews import Badge, ProductReviewState
from sellerstar.queries import review_pools, review_storefront, reviews
from sellerstar.store.base import ID_LENGTH
from sellerstar.web.auth import ApiAnyRole, ApiStaff, Now, ReadConnection
from sellerstar.web.deps import PageNumber, api_scope
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


class StoreRating(BaseModel):
    """The store rating, floored to one decimal (4.66 → 4.6)."""

    stat_date: dt.date
    rating: float
    label: str
    label_text: str
    review_count: int


class Rating(BaseModel):
    rating: StoreRating | None


def _rating(found: review_pools.StoreRating | None) -> StoreRating | None:
    if found is None:
        return None
    return StoreRating(
        stat_date=found.stat_date,
        rating=found.shown,
        label=found.label,
        label_text=words.rating_label_text(found.label).render("en"),
        review_count=found.review_count,
    )


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
    return Rating(rating=_rating(review_pools.store_rating(connection, scope.merchant_id)))


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


# --- the storefront: public data ---------------------------------------------------------


class PublicReview(BaseModel):
    """A review as every visitor sees it: no buyer id; scores for transaction reviews only."""

    kind: Literal["transaction", "direct"]
    submitted_on: dt.date
    badge: Badge | None
    text: str
    product_quality: int | None = None
    supplier_service: int | None = None
    on_time_shipment: int | None = None


class PublicStoreRating(BaseModel):
    rating: float
    label: str
    label_text: str
    review_count: int


class ProductBlock(BaseModel):
    """A product page's review block (§5.2)."""

    product_id: str
    title: str
    merchant_id: str
    merchant_name: str
    stat_date: dt.date | None
    state: ProductReviewState
    state_text: str = Field(description="The block's words (English).")
    rating: float | None = Field(description="Mean product quality, floored to one decimal.")
    review_count: int
    keyword: str | None
    store_rating: PublicStoreRating | None
    reviews: list[PublicReview]
    direct_reviews: list[PublicReview] = Field(description="Content only, never the scores.")


@router.get("/products/{product_id}")
def product_block(
    request: Request, product_id: str, _auth: ApiAnyRole, connection: ReadConnection, at: Now
) -> ProductBlock:
    """A listed product's review block, as the storefront shows everyone."""
    found = review_storefront.product_block(connection, product_id, request.app.state.rulebook, at)
    store = _rating(found.store)

    def public(review: review_storefront.PublicReview) -> PublicReview:
        return PublicReview(**review.__dict__)

    return ProductBlock(
        product_id=found.product_id,
        title=found.title,
        merchant_id=found.merchant_id,
        merchant_name=found.merchant_name,
        stat_date=found.stat_date,
        state=found.state,
        state_text=words.product_state_text(found.state).render("en"),
        rating=found.rating,
        review_count=found.review_count,
        keyword=found.keyword,
        store_rating=(
            PublicStoreRating(**store.model_dump(exclude={"stat_date"})) if store else None
        ),
        reviews=[public(r) for r in found.reviews],
        direct_reviews=[public(r) for r in found.direct],
    )


class RankingLists(BaseModel):
    stat_date: dt.date | None
    leaf_categories: list[str]
    merchant_lists: list[str]


class RankedProduct(BaseModel):
    rank: int
    product_id: str
    title: str
    merchant_id: str
    merchant_name: str
    score: float
    rating: float | None
    review_count: int


class ProductRanking(BaseModel):
    stat_date: dt.date
    leaf_category: str
    products: list[RankedProduct]


class RankedMerchant(BaseModel):
    rank: int
    merchant_id: str
    merchant_name: str
    score: float
    rating: float | None
    review_count: int


class MerchantRanking(BaseModel):
    stat_date: dt.date
    list_name: str
    merchants: list[RankedMerchant]


@router.get("/rankings")
def ranking_lists(_auth: ApiAnyRole, connection: ReadConnection) -> RankingLists:
    """The ranking lists of the newest stat date (leaf categories, merchant lists)."""
    found = review_storefront.ranking_lists(connection)
    return RankingLists(**found.__dict__)


@router.get("/rankings/products")
def product_ranking(
    _auth: ApiAnyRole,
    connection: ReadConnection,
    leaf_category: Annotated[str, Query(min_length=1, max_length=200)],
) -> ProductRanking:
    """One leaf category's product ranking (best first)."""
    day, rows = review_storefront.product_ranking(connection, leaf_category)
    return ProductRanking(
        stat_date=day,
        leaf_category=leaf_category,
        products=[RankedProduct(**row.__dict__) for row in rows],
    )


@router.get("/rankings/merchants")
def merchant_ranking(
    _auth: ApiAnyRole,
    connection: ReadConnection,
    list_name: Annotated[str, Query(alias="list", min_length=1, max_length=200)] = "all",
) -> MerchantRanking:
    """One merchant ranking list (``all`` or ``industry:<name>``), best first."""
    day, rows = review_storefront.merchant_ranking(connection, list_name)
    return MerchantRanking(
        stat_date=day,
        list_name=list_name,
        merchants=[RankedMerchant(**row.__dict__) for row in rows],
    )
