"""Which reviews count on a date D (rulebook §5.1, §5.3, §5.8), as engine expressions.

Only what was known by the end of D is used: reviews submitted by then, judgements and
brushing confirmations made by then. A transaction review counts when it was submitted
within the window after the buyer confirmed receipt — the window of the rule-set in force
on the submission date (30 days before 2022-11-04, 90 from then) —, its order was not
judged improper or abnormal, and it is not confirmed brushing. Days are the platform's
calendar days: ``day(submitted) - day(received)`` of 90 is inside a 90-day window, 91 is
not.

A direct review is shown (its content, never its scores) when its buyer could leave it:
a high-tier buyer with a business-opportunity action with the merchant in the 180 days up
to the submission, or a buyer with an order of the merchant paid (not cancelled or
refunded) and not received at the submission. An order's receipt is ``orders.received_at``
or, when the marketplace did not send it, the receipt its transaction review records.
"""

from __future__ import annotations

import datetime as dt

import ibis
import ibis.expr.types as ir

from sellerstar.domain.reviews import DirectBasis, Exclusion
from sellerstar.metrics.dates import DayClock, day_number
from sellerstar.reviews.inputs import ReviewTables
from sellerstar.rules import RuleSet
from sellerstar.rules.reviews import DirectReviews

CANCELLED_STATUSES = ("cancelled", "refunded")


def window_days(submitted_day: ir.IntegerValue, rule_sets: tuple[RuleSet, ...]) -> ir.Value:
    """The transaction-review window of the rule-set in force on each submission day
    (null before the first rule-set with reviews: no review counts then)."""
    cases = [
        (
            submitted_day >= day_number(rule_set.effective),
            rule_set.reviews.transaction_review_window_days,
        )
        for rule_set in sorted(rule_sets, key=lambda r: r.effective, reverse=True)
        if rule_set.reviews is not None
    ]
    if not cases:
        return ibis.null("int64")
    return ibis.cases(*cases, else_=ibis.null("int64"))


def transaction_reviews(
    tables: ReviewTables, clock: DayClock, day: dt.date, rule_sets: tuple[RuleSet, ...]
) -> ir.Table:
    """Every transaction review submitted by the end of ``day`` with its local days, its
    counted flag and, when it does not count, its reasons (``;``-separated, fixed order)."""
    d = day_number(day)
    reviews = tables.transaction_reviews
    known = reviews.filter(clock.day(reviews.submitted_at) <= d)
    judged = tables.order_judgements.filter(
        clock.day(tables.order_judgements.judged_at) <= d
    ).select("order_id")
    brushed = tables.confirmed_brushing.filter(
        clock.day(tables.confirmed_brushing.confirmed_at) <= d
    ).select("review_id")
    staged = _flag(_flag(known, judged, "order_id", "judged"), brushed, "review_id", "brushed")
    sub = clock.day(staged.submitted_at)
    rec = clock.day(staged.received_at)
    window = window_days(sub, rule_sets)
    before_receipt = sub < rec
    outside = ~before_receipt & (window.isnull() | (sub - rec > window))
    judged_flag = staged.judged
    brushed_flag = staged.brushed
    reasons = (
        ibis.ifelse(before_receipt, f"{Exclusion.BEFORE_RECEIPT};", "")
        + ibis.ifelse(outside, f"{Exclusion.OUTSIDE_WINDOW};", "")
        + ibis.ifelse(judged_flag, f"{Exclusion.ORDER_JUDGED};", "")
        + ibis.ifelse(brushed_flag, f"{Exclusion.BRUSHING};", "")
    )
    return staged.select(
        *(staged[c] for c in known.columns),
        submitted_day=sub,
        received_day=rec,
        counted=~(before_receipt | outside | judged_flag | brushed_flag),
        reasons=reasons,
    )


def _flag(table: ir.Table, keys: ir.Table, key: str, name: str) -> ir.Table:
    """``table`` with a boolean column ``name``: whether its ``key`` is among ``keys``."""
    found = keys.select(key).distinct().mutate(**{name: ibis.literal(True)})
    joined = table.left_join(found, key)
    return joined.select(
        *(joined[c] for c in table.columns), **{name: joined[name].fill_null(False)}
    )


def direct_reviews(
    tables: ReviewTables, clock: DayClock, day: dt.date, rule_set: RuleSet
) -> ir.Table:
    """Every direct review submitted by the end of ``day`` with its local day and whether
    its buyer could leave it (``eligible``)."""
    d = day_number(day)
    reviews = tables.direct_reviews.filter(clock.day(tables.direct_reviews.submitted_at) <= d)
    reviews = reviews.mutate(submitted_day=clock.day(reviews.submitted_at))
    section = rule_set.reviews.direct if rule_set.reviews is not None else None
    if section is None or rule_set.reviews is None:
        return reviews.mutate(eligible=ibis.literal(False))
    live = day_number(rule_set.reviews.live_date)
    opportunity = _opportunity_eligible(tables, clock, reviews, section)
    paid = _paid_unconfirmed_eligible(tables, reviews)
    flagged = _flag(
        _flag(reviews, opportunity, "review_id", "by_opportunity"), paid, "review_id", "by_payment"
    )
    by_basis = ibis.cases(
        (flagged.basis == DirectBasis.OPPORTUNITY.value, flagged.by_opportunity),
        (flagged.basis == DirectBasis.PAID_UNCONFIRMED.value, flagged.by_payment),
        else_=False,
    )
    return flagged.select(
        *(flagged[c] for c in reviews.columns),
        eligible=(flagged.submitted_day >= live) & by_basis,
    )


def _opportunity_eligible(
    tables: ReviewTables, clock: DayClock, reviews: ir.Table, section: DirectReviews
) -> ir.Table:
    buyers = tables.buyers.filter(tables.buyers.tier.isin(list(section.high_tier_buyers)))
    actions = tables.business_actions.filter(
        tables.business_actions.kind.isin(list(section.opportunity_actions))
    )
    actions = actions.mutate(action_day=clock.day(actions.at))
    pairs = reviews.join(buyers, "buyer_id").join(
        actions,
        [
            reviews.buyer_id == actions.buyer_id,
            reviews.merchant_id == actions.merchant_id,
            actions.at <= reviews.submitted_at,
            actions.action_day >= reviews.submitted_day - (section.interaction_lookback_days - 1),
        ],
    )
    return pairs.select(review_id=reviews.review_id)


def _paid_unconfirmed_eligible(tables: ReviewTables, reviews: ir.Table) -> ir.Table:
    orders = tables.orders.filter(
        tables.orders.paid_at.notnull() & ~tables.orders.status.isin(list(CANCELLED_STATUSES))
    )
    receipts = tables.transaction_reviews.group_by("order_id").aggregate(
        reviewed_receipt=tables.transaction_reviews.received_at.min()
    )
    orders = orders.left_join(receipts, "order_id").select(
        orders.order_id,
        orders.buyer_id,
        orders.merchant_id,
        orders.paid_at,
        received_at=ibis.coalesce(orders.received_at, receipts.reviewed_receipt),
    )
    pairs = reviews.join(
        orders,
        [
            reviews.buyer_id == orders.buyer_id,
            reviews.merchant_id == orders.merchant_id,
            orders.paid_at <= reviews.submitted_at,
            orders.received_at.isnull() | (orders.received_at > reviews.submitted_at),
        ],
    )
    return pairs.select(review_id=reviews.review_id)
