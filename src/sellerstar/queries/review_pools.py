"""The merchant's store rating, pools, selected products and ranks (rulebook §5.2–§5.6),
as the daily job computed them on the newest stat date; scoped like
:mod:`sellerstar.queries.reviews`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa

from sellerstar.domain.access import Scope
from sellerstar.domain.review_display import floored
from sellerstar.queries.reviews import reviews_section
from sellerstar.rules import RuleBook
from sellerstar.store.review_tables import (
    review_merchant_rankings,
    review_product_rankings,
    review_products,
    review_store_ratings,
)
from sellerstar.store.schema import contract_tables

_products = contract_tables["products"]


# --- the store rating -----------------------------------------------------------------


@dataclass(frozen=True)
class StoreRating:
    """The newest store rating of a merchant: shown floored to one decimal."""

    stat_date: dt.date
    rating: float
    shown: float
    label: str
    review_count: int


def store_rating(connection: sa.Connection, merchant_id: str) -> StoreRating | None:
    """The merchant's store rating on the newest stat date it has one (None: never)."""
    found = connection.execute(
        sa.select(review_store_ratings)
        .where(review_store_ratings.c.merchant_id == merchant_id)
        .order_by(review_store_ratings.c.stat_date.desc())
        .limit(1)
    ).first()
    if found is None:
        return None
    return StoreRating(
        found.stat_date, found.rating, floored(found.rating), found.label, found.review_count
    )


# --- pools, selected products and ranks -----------------------------------------------


@dataclass(frozen=True)
class PoolProduct:
    """One of the merchant's products with its review figures and ranks."""

    product_id: str
    title: str
    leaf_category: str
    review_count: int
    rating: float | None  # floored to one decimal
    keyword: str | None
    well_reviewed: bool
    selected: bool
    ranks: tuple[tuple[str, int], ...]  # (leaf category, rank)


@dataclass(frozen=True)
class MerchantRank:
    """The merchant's place in one ranking list."""

    list_name: str
    rank: int
    score: float


@dataclass(frozen=True)
class Pools:
    """The merchant's products in the pools, its selected products, and its ranks, on
    the newest stat date (None: not computed yet)."""

    stat_date: dt.date | None
    products: list[PoolProduct]
    merchant_ranks: list[MerchantRank]
    products_per_leaf_category: int | None
    merchants_per_list: int | None

    @property
    def well_reviewed(self) -> list[PoolProduct]:
        return [p for p in self.products if p.well_reviewed]

    @property
    def selected(self) -> list[PoolProduct]:
        return [p for p in self.products if p.selected]

    @property
    def ranked(self) -> list[PoolProduct]:
        return [p for p in self.products if p.ranks]


def newest_product_date(connection: sa.Connection) -> dt.date | None:
    found: dt.date | None = connection.scalar(sa.select(sa.func.max(review_products.c.stat_date)))
    return found


def pools(connection: sa.Connection, scope: Scope, book: RuleBook, now: dt.datetime) -> Pools:
    """The scope's products that are in the well-reviewed pool, selected or ranked, and
    the merchant's ranks (a sub-account: the products it owns; the merchant's ranks)."""
    _rule_set, section = reviews_section(book, now)
    rankings = section.rankings
    day = newest_product_date(connection)
    if day is None:
        return Pools(None, [], [], None, None)
    product_scope = scope.orders_clause(_products.c.merchant_id, _products.c.owner_account_id)
    ranks: dict[str, list[tuple[str, int]]] = {}
    for row in connection.execute(
        sa.select(
            review_product_rankings.c.product_id,
            review_product_rankings.c.leaf_category,
            review_product_rankings.c.rank,
        )
        .join(_products, _products.c.product_id == review_product_rankings.c.product_id)
        .where(review_product_rankings.c.stat_date == day, product_scope)
        .order_by(review_product_rankings.c.rank, review_product_rankings.c.leaf_category)
    ):
        ranks.setdefault(row.product_id, []).append((row.leaf_category, row.rank))
    interesting = review_products.c.well_reviewed | review_products.c.selected
    if ranks:
        interesting = interesting | review_products.c.product_id.in_(sorted(ranks))
    products = [
        PoolProduct(
            product_id=row.product_id,
            title=row.title,
            leaf_category=row.leaf_category,
            review_count=row.review_count,
            rating=floored(row.rating) if row.rating is not None else None,
            keyword=row.keyword,
            well_reviewed=bool(row.well_reviewed),
            selected=bool(row.selected),
            ranks=tuple(ranks.get(row.product_id, ())),
        )
        for row in connection.execute(
            sa.select(
                review_products.c.product_id,
                review_products.c.review_count,
                review_products.c.rating,
                review_products.c.keyword,
                review_products.c.well_reviewed,
                review_products.c.selected,
                _products.c.title,
                _products.c.leaf_category,
            )
            .join(_products, _products.c.product_id == review_products.c.product_id)
            .where(review_products.c.stat_date == day, product_scope, interesting)
            .order_by(review_products.c.selected.desc(), _products.c.title, _products.c.product_id)
        )
    ]
    merchant_day = connection.scalar(sa.select(sa.func.max(review_merchant_rankings.c.stat_date)))
    merchant_ranks = [
        MerchantRank(row.list, row.rank, row.score)
        for row in connection.execute(
            sa.select(review_merchant_rankings)
            .where(
                review_merchant_rankings.c.stat_date == merchant_day,
                review_merchant_rankings.c.merchant_id == scope.merchant_id,
            )
            .order_by(review_merchant_rankings.c.list)
        )
    ]
    return Pools(
        day,
        products,
        merchant_ranks,
        rankings.products_per_leaf_category if rankings else None,
        rankings.merchants_per_list if rankings else None,
    )
