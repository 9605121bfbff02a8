"""The daily rankings (rulebook §5.5; the formula is ours, §5.8), as engine expressions.

Both rankings look at the lookback (90 days) only and rank the listed products (merchants)
with at least one counted transaction review in it. A score in [0, 1] is the weighted sum
of three terms (weights in the rule-set):

* **rating**: the Bayesian average ``(C·m + Σ scores) / (C + n)`` of the n counted reviews,
  shrunk towards the prior rating m with the weight of C reviews, rescaled from 1–5 to
  0–1. A small sample stays near the prior, so one 5-star review (C=10, m=4: 4.09) ranks
  below fifty 4.8-star reviews (4.67). A Bayesian average rather than a lower confidence
  bound because it is one number a merchant can follow ("10 reviews at 4.0 are added to
  yours") and it needs no distribution assumption for 1–5 scores.
* **reviews**: ``ln(1 + n) / ln(1 + the largest n of the list)``: more reviews rank higher,
  with diminishing returns, relative to the list.
* **inquiries**: for products, ``ln(1 + inquiries) / ln(1 + the list's most)`` (0 when
  nobody inquired in the list); for merchants, the inquiry conversion (inquiring buyers who
  also ordered in the lookback ÷ inquiring buyers), shrunk like the rating towards a prior
  rate with the weight of a number of inquiring buyers.

Scores are rounded to 9 decimals and ties break by more reviews, then by id, so a ranking
is the same on every engine.
Merchant lists: ``all`` and one per main industry (``industry:<name>``).
"""

from __future__ import annotations

import datetime as dt

import ibis
import ibis.expr.types as ir

from sellerstar.domain.reviews import BusinessAction
from sellerstar.metrics.dates import DayClock, day_number
from sellerstar.rules.reviews import Rankings

ALL_MERCHANTS = "all"
INDUSTRY_PREFIX = "industry:"
_DIGITS = 9


def _recent(counted: ir.Table, day: dt.date, section: Rankings) -> ir.Table:
    return counted.filter(counted.submitted_day >= day_number(day) - (section.lookback_days - 1))


def _actions(
    actions: ir.Table, clock: DayClock, day: dt.date, section: Rankings, kind: BusinessAction
) -> ir.Table:
    d = day_number(day)
    return actions.filter(
        (actions.kind == kind.value) & clock.on_days(actions.at, d - (section.lookback_days - 1), d)
    )


def _rating_term(total: ir.NumericValue, n: ir.IntegerValue, section: Rankings) -> ir.Value:
    bayes = (section.prior_reviews * section.prior_rating + total) / (section.prior_reviews + n)
    return (bayes - 1) / 4


def _log_share(value: ir.IntegerValue, most: ir.IntegerValue) -> ir.Value:
    return ibis.ifelse(most > 0, (value + 1).ln() / (most + 1).ln(), 0.0)


def products(
    products_table: ir.Table,
    counted: ir.Table,
    actions: ir.Table,
    clock: DayClock,
    day: dt.date,
    section: Rankings,
) -> ir.Table:
    """``leaf_category, rank, product_id, score``: the top products of each leaf category."""
    recent = _recent(counted, day, section)
    stats = recent.group_by("product_id").aggregate(
        n=recent.count(), total=recent.product_quality.sum()
    )
    inquiries = _actions(actions, clock, day, section, BusinessAction.INQUIRY)
    inquiries = inquiries.filter(inquiries.product_id.notnull())
    inquiry_counts = inquiries.group_by("product_id").aggregate(inquiries=inquiries.count())
    listed = products_table.filter(products_table.status == "listed")
    rows = (
        listed.join(stats, "product_id")
        .select(listed.product_id, listed.leaf_category, stats.n, stats.total)
        .left_join(inquiry_counts, "product_id")
        .select("product_id", "leaf_category", "n", "total", inquiry_counts.inquiries)
    )
    rows = rows.mutate(inquiries=rows.inquiries.fill_null(0))
    category = ibis.window(group_by="leaf_category")
    score = (
        section.weight_rating * _rating_term(rows.total, rows.n, section)
        + section.weight_reviews * _log_share(rows.n, rows.n.max().over(category))
        + section.weight_inquiries * _log_share(rows.inquiries, rows.inquiries.max().over(category))
    )
    # Rounded so float noise cannot order two engines differently; ties break below.
    scored = rows.mutate(score=score.round(_DIGITS))
    order = ibis.window(
        group_by="leaf_category",
        order_by=[ibis.desc("score"), ibis.desc("n"), ibis.asc("product_id")],
    )
    ranked = scored.mutate(rank=ibis.row_number().over(order) + 1)
    return ranked.filter(ranked.rank <= section.products_per_leaf_category).select(
        "leaf_category", "rank", "product_id", "score"
    )


def merchants(
    merchants_table: ir.Table,
    counted: ir.Table,
    actions: ir.Table,
    clock: DayClock,
    day: dt.date,
    section: Rankings,
) -> ir.Table:
    """``list, rank, merchant_id, score``: the top merchants of each list."""
    recent = _recent(counted, day, section)
    per_review = (recent.product_quality + recent.supplier_service + recent.on_time_shipment) / 3
    stats = recent.group_by("merchant_id").aggregate(n=recent.count(), total=per_review.sum())
    asked = (
        _actions(actions, clock, day, section, BusinessAction.INQUIRY)
        .select("merchant_id", "buyer_id")
        .distinct()
    )
    ordered = (
        _actions(actions, clock, day, section, BusinessAction.ORDER)
        .select("merchant_id", "buyer_id")
        .distinct()
        .mutate(converted=ibis.literal(1))
    )
    conversion = (
        asked.left_join(ordered, ["merchant_id", "buyer_id"])
        .select(asked.merchant_id, converted=ordered.converted.fill_null(0))
        .group_by("merchant_id")
        .aggregate(asked=ibis._.count(), converted=ibis._.converted.sum())
    )
    rows = (
        stats.join(merchants_table, "merchant_id")
        .select(stats.merchant_id, stats.n, stats.total, merchants_table.main_industry)
        .left_join(conversion, "merchant_id")
        .select(
            "merchant_id", "n", "total", "main_industry", conversion.asked, conversion.converted
        )
    )
    rate = (
        section.prior_conversion_inquiries * section.prior_conversion + rows.converted.fill_null(0)
    ) / (section.prior_conversion_inquiries + rows.asked.fill_null(0))
    everyone = rows.select("merchant_id", "n", "total", list=ibis.literal(ALL_MERCHANTS), rate=rate)
    by_industry = rows.filter(rows.main_industry.notnull()).select(
        "merchant_id",
        "n",
        "total",
        list=ibis.literal(INDUSTRY_PREFIX) + rows.main_industry,
        rate=rate,
    )
    lists = everyone.union(by_industry)
    group = ibis.window(group_by="list")
    score = (
        section.weight_rating * _rating_term(lists.total, lists.n, section)
        + section.weight_reviews * _log_share(lists.n, lists.n.max().over(group))
        + section.weight_inquiries * lists.rate
    )
    scored = lists.mutate(score=score.round(_DIGITS))
    order = ibis.window(
        group_by="list", order_by=[ibis.desc("score"), ibis.desc("n"), ibis.asc("merchant_id")]
    )
    ranked = scored.mutate(rank=ibis.row_number().over(order) + 1)
    return ranked.filter(ranked.rank <= section.merchants_per_list).select(
        "list", "rank", "merchant_id", "score"
    )
