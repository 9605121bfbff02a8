"""Ratings, the product page's block, pools and selected products on a date D (rulebook
§5.2, §5.4, §5.6 as decided in §5.8), as engine expressions over the counted reviews of
:mod:`sellerstar.reviews.counted`.

Ratings are exact means; pages show them floored to one decimal, so a shown figure never
reaches a threshold the exact one misses (3.99 shows 3.9, not 4.0).
"""

from __future__ import annotations

import datetime as dt

import ibis
import ibis.expr.types as ir

from sellerstar.domain.reviews import ProductReviewState
from sellerstar.metrics.dates import day_number
from sellerstar.rules.reviews import SelectedProduct, StoreRating, WellReviewed


def _in_days(reviews: ir.Table, day: dt.date, lookback_days: int) -> ir.Table:
    d = day_number(day)
    return reviews.filter(reviews.submitted_day >= d - (lookback_days - 1))


def store_ratings(counted: ir.Table, day: dt.date, section: StoreRating) -> ir.Table:
    """``merchant_id, rating, label, review_count``: the mean of the three dimension means
    over the counted transaction reviews of the lookback; merchants without any are
    absent."""
    recent = _in_days(counted, day, section.lookback_days)
    means = recent.group_by("merchant_id").aggregate(
        quality=recent.product_quality.mean(),
        service=recent.supplier_service.mean(),
        shipment=recent.on_time_shipment.mean(),
        review_count=recent.count(),
    )
    rating = (means.quality + means.service + means.shipment) / 3
    label = ibis.cases(
        *((rating >= step.min_rating, step.label) for step in section.labels),
        else_=section.below_labels,
    )
    return means.select("merchant_id", rating=rating, label=label, review_count="review_count")


def product_reviews(
    products: ir.Table, counted: ir.Table, ratings: ir.Table, keywords: ir.Table
) -> ir.Table:
    """``product_id, merchant_id, review_count, rating, keyword, state`` for every listed
    product: the count and mean product quality of all its counted transaction reviews up
    to D, its keyword, and which of the product page's three blocks it shows."""
    listed = products.filter(products.status == "listed")
    stats = counted.group_by("product_id").aggregate(
        review_count=counted.count(), rating=counted.product_quality.mean()
    )
    store = ratings.select("merchant_id", store_rated=ibis.literal(True))
    joined = (
        listed.left_join(stats, "product_id")
        .select(listed.product_id, listed.merchant_id, stats.review_count, stats.rating)
        .left_join(store, "merchant_id")
        .select("product_id", "merchant_id", "review_count", "rating", store.store_rated)
        .left_join(keywords, "product_id")
    )
    count = joined.review_count.fill_null(0)
    state = ibis.cases(
        (count > 0, ProductReviewState.REVIEWED.value),
        (joined.store_rated.fill_null(False), ProductReviewState.STORE_ONLY.value),
        else_=ProductReviewState.NONE.value,
    )
    return joined.select(
        "product_id",
        "merchant_id",
        review_count=count,
        rating=joined.rating,
        keyword=joined.keyword,
        state=state,
    )


def well_reviewed(
    products: ir.Table,
    counted: ir.Table,
    positive_direct: ir.Table,
    day: dt.date,
    section: WellReviewed,
) -> ir.Table:
    """``product_id`` of the listed products in the pool: enough counted transaction
    reviews in the lookback with a mean product quality at the bar, or enough direct
    reviews with positive content in the same lookback."""
    recent = _in_days(counted, day, section.lookback_days)
    by_reviews = (
        recent.group_by("product_id")
        .aggregate(n=recent.count(), quality=recent.product_quality.mean())
        .filter(
            lambda t: (t.n >= section.min_reviews) & (t.quality >= section.min_mean_product_quality)
        )
        .select("product_id")
    )
    direct = _in_days(positive_direct, day, section.lookback_days)
    direct = direct.filter(direct.product_id.notnull())
    by_direct = (
        direct.group_by("product_id")
        .aggregate(n=direct.count())
        .filter(lambda t: t.n >= section.min_positive_direct_reviews)
        .select("product_id")
    )
    pooled = by_reviews.union(by_direct, distinct=True)
    listed = products.filter(products.status == "listed").select("product_id")
    return listed.semi_join(pooled, "product_id")


def selected(
    products: ir.Table,
    counted: ir.Table,
    buyers: ir.Table,
    day: dt.date,
    section: SelectedProduct,
) -> ir.Table:
    """``product_id`` of the listed selected products: enough counted reviews from the
    deciding tiers in the lookback, every one of them at the bar, and an overall rating
    (all counted reviews up to D) at the bar."""
    tiers = buyers.filter(buyers.tier.isin(list(section.buyer_tiers))).select("buyer_id")
    recent = _in_days(counted, day, section.lookback_days).semi_join(tiers, "buyer_id")
    by_tier = (
        recent.group_by("product_id")
        .aggregate(n=recent.count(), lowest=recent.product_quality.min())
        .filter(lambda t: (t.n >= section.min_reviews) & (t.lowest >= section.min_review_score))
        .select("product_id")
    )
    overall = (
        counted.group_by("product_id")
        .aggregate(rating=counted.product_quality.mean())
        .filter(lambda t: t.rating >= section.min_overall_rating)
        .select("product_id")
    )
    listed = products.filter(products.status == "listed").select("product_id")
    return listed.semi_join(by_tier, "product_id").semi_join(overall, "product_id")
