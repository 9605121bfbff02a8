"""What the storefront shows everyone about reviews (rulebook §5.2, §5.5): a product
page's review block and the daily ranking lists, from the daily job's newest stat date.

Public data only: no buyer ids, no direct-review scores (they are collected, not shown),
no review that does not count (transaction) or is not shown (direct). A product that is
not listed, or a list that does not exist, is :class:`OutOfScope` (answered "not found").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa

from sellerstar.domain.access import OutOfScope
from sellerstar.domain.calendar import platform_date
from sellerstar.domain.review_display import floored, shown_badge
from sellerstar.domain.reviews import Badge, ProductReviewState
from sellerstar.queries.review_pools import StoreRating, newest_product_date, store_rating
from sellerstar.queries.reviews import DIRECT, TRANSACTION, newest_state_date, reviews_section
from sellerstar.rules import RuleBook
from sellerstar.store.review_tables import (
    review_merchant_rankings,
    review_product_rankings,
    review_products,
    review_states,
    review_store_ratings,
)
from sellerstar.store.schema import contract_tables

RECENT = 5  # reviews of each kind in the product block

_products = contract_tables["products"]
_merchants = contract_tables["merchants"]
_buyers = contract_tables["buyers"]
_transaction = contract_tables["transaction_reviews"]
_direct = contract_tables["direct_reviews"]


@dataclass(frozen=True)
class PublicReview:
    """A review as any visitor sees it: scores only for a transaction review."""

    kind: str  # transaction | direct
    submitted_on: dt.date
    badge: Badge | None
    text: str
    product_quality: int | None = None
    supplier_service: int | None = None
    on_time_shipment: int | None = None


@dataclass(frozen=True)
class ProductBlock:
    """A product page's review block (§5.2)."""

    product_id: str
    title: str
    merchant_id: str
    merchant_name: str
    stat_date: dt.date | None
    state: ProductReviewState
    rating: float | None  # floored to one decimal
    review_count: int
    keyword: str | None
    store: StoreRating | None
    reviews: list[PublicReview]
    direct: list[PublicReview]


def _listed(connection: sa.Connection, product_id: str) -> sa.RowMapping:
    found = (
        connection.execute(
            sa.select(
                _products.c.product_id,
                _products.c.title,
                _merchants.c.merchant_id,
                _merchants.c.name.label("merchant_name"),
            )
            .join(_merchants, _merchants.c.merchant_id == _products.c.merchant_id)
            .where(_products.c.product_id == product_id, _products.c.status == "listed")
        )
        .mappings()
        .first()
    )
    if found is None:
        raise OutOfScope(f"no listed product {product_id!r}")
    return found


def product_block(
    connection: sa.Connection, product_id: str, book: RuleBook, now: dt.datetime
) -> ProductBlock:
    """The review block of a listed product on the newest stat date."""
    _rule_set, section = reviews_section(book, now)
    product = _listed(connection, product_id)
    merchant_id = product["merchant_id"]
    day = newest_product_date(connection)
    figures = None
    if day is not None:
        figures = connection.execute(
            sa.select(review_products).where(
                review_products.c.stat_date == day, review_products.c.product_id == product_id
            )
        ).first()
    store = store_rating(connection, merchant_id)
    if figures is not None:
        state = ProductReviewState(figures.state)
    else:  # not computed for this product: only the store's figures can say anything
        state = (
            ProductReviewState.STORE_ONLY
            if store and store.review_count
            else ProductReviewState.NONE
        )
    newest = newest_state_date(connection)
    recent: list[PublicReview] = []
    shown_direct: list[PublicReview] = []
    tz = book.in_force_at(now).calendar.timezone
    if newest is not None:
        counted = sa.exists().where(
            review_states.c.stat_date == newest,
            review_states.c.review_id == _transaction.c.review_id,
            review_states.c.kind == TRANSACTION,
            review_states.c.reason.is_(None),
        )
        for row in connection.execute(
            sa.select(
                _transaction.c.submitted_at,
                _transaction.c.text,
                _transaction.c.product_quality,
                _transaction.c.supplier_service,
                _transaction.c.on_time_shipment,
                _buyers.c.tier,
                _buyers.c.badge,
            )
            .outerjoin(_buyers, _buyers.c.buyer_id == _transaction.c.buyer_id)
            .where(_transaction.c.product_id == product_id, counted)
            .order_by(_transaction.c.submitted_at.desc(), _transaction.c.review_id)
            .limit(RECENT)
        ):
            recent.append(
                PublicReview(
                    kind=TRANSACTION,
                    submitted_on=_day(row.submitted_at, tz),
                    badge=shown_badge(row.tier, row.badge, section.tier_badges),
                    text=row.text or "",
                    product_quality=row.product_quality,
                    supplier_service=row.supplier_service,
                    on_time_shipment=row.on_time_shipment,
                )
            )
        shown = sa.exists().where(
            review_states.c.stat_date == newest,
            review_states.c.review_id == _direct.c.review_id,
            review_states.c.kind == DIRECT,
            review_states.c.reason.is_(None),
        )
        for shown_row in connection.execute(
            # The content only: direct-review scores are never shown (§5.1).
            sa.select(_direct.c.submitted_at, _direct.c.text, _buyers.c.tier, _buyers.c.badge)
            .outerjoin(_buyers, _buyers.c.buyer_id == _direct.c.buyer_id)
            .where(_direct.c.product_id == product_id, shown)
            .order_by(_direct.c.submitted_at.desc(), _direct.c.review_id)
            .limit(RECENT)
        ):
            shown_direct.append(
                PublicReview(
                    kind=DIRECT,
                    submitted_on=_day(shown_row.submitted_at, tz),
                    badge=shown_badge(shown_row.tier, shown_row.badge, section.tier_badges),
                    text=shown_row.text or "",
                )
            )
    return ProductBlock(
        product_id=product["product_id"],
        title=product["title"],
        merchant_id=merchant_id,
        merchant_name=product["merchant_name"],
        stat_date=day,
        state=state,
        rating=floored(figures.rating)
        if figures is not None and figures.rating is not None
        else None,
        review_count=figures.review_count if figures is not None else 0,
        keyword=figures.keyword if figures is not None else None,
        store=store,
        reviews=recent,
        direct=shown_direct,
    )


def _day(at: dt.datetime, tz: str) -> dt.date:
    return platform_date(at, tz)


# --- ranking lists --------------------------------------------------------------------


@dataclass(frozen=True)
class RankedProduct:
    rank: int
    product_id: str
    title: str
    merchant_id: str
    merchant_name: str
    score: float
    rating: float | None
    review_count: int


@dataclass(frozen=True)
class RankedMerchant:
    rank: int
    merchant_id: str
    merchant_name: str
    score: float
    rating: float | None
    review_count: int


@dataclass(frozen=True)
class RankingLists:
    """Which lists exist on the newest stat date."""

    stat_date: dt.date | None
    leaf_categories: list[str]
    merchant_lists: list[str]


def ranking_lists(connection: sa.Connection) -> RankingLists:
    day = connection.scalar(sa.select(sa.func.max(review_product_rankings.c.stat_date)))
    leaves = list(
        connection.scalars(
            sa.select(review_product_rankings.c.leaf_category)
            .where(review_product_rankings.c.stat_date == day)
            .distinct()
            .order_by(review_product_rankings.c.leaf_category)
        )
    )
    merchant_day = connection.scalar(sa.select(sa.func.max(review_merchant_rankings.c.stat_date)))
    lists = list(
        connection.scalars(
            sa.select(review_merchant_rankings.c.list)
            .where(review_merchant_rankings.c.stat_date == merchant_day)
            .distinct()
            .order_by(review_merchant_rankings.c.list)
        )
    )
    return RankingLists(day or merchant_day, leaves, lists)


def product_ranking(
    connection: sa.Connection, leaf_category: str
) -> tuple[dt.date, list[RankedProduct]]:
    """One leaf category's product ranking on the newest stat date (best first)."""
    day = connection.scalar(sa.select(sa.func.max(review_product_rankings.c.stat_date)))
    figures = sa.and_(
        review_products.c.stat_date == review_product_rankings.c.stat_date,
        review_products.c.product_id == review_product_rankings.c.product_id,
    )
    rows = [
        RankedProduct(
            rank=row.rank,
            product_id=row.product_id,
            title=row.title,
            merchant_id=row.merchant_id,
            merchant_name=row.merchant_name,
            score=row.score,
            rating=floored(row.rating) if row.rating is not None else None,
            review_count=row.review_count or 0,
        )
        for row in connection.execute(
            sa.select(
                review_product_rankings.c.rank,
                review_product_rankings.c.product_id,
                review_product_rankings.c.score,
                _products.c.title,
                _merchants.c.merchant_id,
                _merchants.c.name.label("merchant_name"),
                review_products.c.rating,
                review_products.c.review_count,
            )
            .join(_products, _products.c.product_id == review_product_rankings.c.product_id)
            .join(_merchants, _merchants.c.merchant_id == _products.c.merchant_id)
            .outerjoin(review_products, figures)
            .where(
                review_product_rankings.c.stat_date == day,
                review_product_rankings.c.leaf_category == leaf_category,
            )
            .order_by(review_product_rankings.c.rank)
        )
    ]
    if day is None or not rows:
        raise OutOfScope(f"no product ranking of {leaf_category!r}")
    return day, rows


def merchant_ranking(
    connection: sa.Connection, list_name: str
) -> tuple[dt.date, list[RankedMerchant]]:
    """One merchant ranking list on the newest stat date (best first)."""
    ratings = review_store_ratings
    day = connection.scalar(sa.select(sa.func.max(review_merchant_rankings.c.stat_date)))
    same = sa.and_(
        ratings.c.stat_date == review_merchant_rankings.c.stat_date,
        ratings.c.merchant_id == review_merchant_rankings.c.merchant_id,
    )
    rows = [
        RankedMerchant(
            rank=row.rank,
            merchant_id=row.merchant_id,
            merchant_name=row.name,
            score=row.score,
            rating=floored(row.rating) if row.rating is not None else None,
            review_count=row.review_count or 0,
        )
        for row in connection.execute(
            sa.select(
                review_merchant_rankings.c.rank,
                review_merchant_rankings.c.merchant_id,
                review_merchant_rankings.c.score,
                _merchants.c.name,
                ratings.c.rating,
                ratings.c.review_count,
            )
            .join(_merchants, _merchants.c.merchant_id == review_merchant_rankings.c.merchant_id)
            .outerjoin(ratings, same)
            .where(
                review_merchant_rankings.c.stat_date == day,
                review_merchant_rankings.c.list == list_name,
            )
            .order_by(review_merchant_rankings.c.rank)
        )
    ]
    if day is None or not rows:
        raise OutOfScope(f"no merchant ranking list {list_name!r}")
    return day, rows
