"""The storefront's side of reviews in the JSON API (rulebook §5.2): what a product page
and the ranking lists show everyone.

Any signed-in user or API token may read it (any role, buyers too), so it holds public data
only — no buyer ids, no direct-review scores, no review that does not count. Unknown or
unlisted products and unknown lists are 404. The merchant's side is
``routes/reviews_api.py``.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel, Field

from sellerstar.domain.reviews import Badge, ProductReviewState
from sellerstar.queries import review_storefront
from sellerstar.web.auth import ApiAnyRole, Now, ReadConnection
from sellerstar.web.reviews_api_shapes import rating_model
from sellerstar.web.words import reviews as words

router = APIRouter(prefix="/api/v1/reviews", tags=["reviews"])


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
    store = rating_model(found.store)

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
