"""The right to register on a date D (rulebook §4, §4.1), as engine expressions.

A sample order (``orders.sample_product_id`` set, paid) is not fulfilled when it was not
shipped by its promised ship time (``ship_by``) — shipped later, or not at all and not
cancelled before that time — or when the merchant cancelled it after payment. It fails at
``ship_by`` or at the cancellation, whichever is first. An order cancelled with no
``cancelled_at`` cannot be placed in time and is not held against the merchant.

Only what was known by the end of D counts, and only failures from the venue's launch on.
The right is lost on D when the merchant's last failure is later than its last
restoration (a restoration covers every failure up to its instant); when the rule-set lets
the loss end by itself, also only while fewer than ``lost_right_days`` days have passed
since the last failure's day.
"""

from __future__ import annotations

import datetime as dt

import ibis
import ibis.expr.types as ir

from sellerstar.metrics.dates import DayClock, day_number
from sellerstar.rules.programs import SampleVenue
from sellerstar.samples.inputs import SampleTables

LATE = "late"
MERCHANT_CANCELLED = "merchant_cancelled"
CANCELLED_STATUSES = ("cancelled", "refunded")


def failed_sample_orders(
    tables: SampleTables, clock: DayClock, day: dt.date, venue: SampleVenue
) -> ir.Table:
    """Every sample order failed by the end of ``day``: order, merchant, failure, when."""
    orders = tables.orders
    sample = orders.filter(orders.sample_product_id.notnull() & orders.paid_at.notnull())
    cancelled_in_time = ibis.ifelse(
        sample.cancelled_at.notnull(),
        sample.cancelled_at <= sample.ship_by,
        sample.status.isin(CANCELLED_STATUSES),
    )
    late_at = ibis.ifelse(
        sample.ship_by.notnull()
        & (sample.shipped_at.isnull() | (sample.shipped_at > sample.ship_by))
        & ~cancelled_in_time.fill_null(False),
        sample.ship_by,
        ibis.null("timestamp"),
    )
    cancelled_at = ibis.ifelse(
        (sample.cancelled_by == "merchant").fill_null(False)
        & (sample.cancelled_at >= sample.paid_at).fill_null(False),
        sample.cancelled_at,
        ibis.null("timestamp"),
    )
    late_first = late_at.notnull() & (cancelled_at.isnull() | (late_at <= cancelled_at))
    staged = sample.select(
        "order_id",
        "merchant_id",
        failure=ibis.ifelse(late_first, LATE, MERCHANT_CANCELLED),
        failed_at=ibis.ifelse(late_first, late_at, cancelled_at),
    )
    known_by = ibis.literal(clock.start_utc(day_number(day) + 1), type="timestamp")
    launched = ibis.literal(clock.start_utc(day_number(venue.live_date)), type="timestamp")
    return staged.filter(
        staged.failed_at.notnull(), staged.failed_at < known_by, staged.failed_at >= launched
    )


def merchants_without_right(
    tables: SampleTables, clock: DayClock, day: dt.date, venue: SampleVenue
) -> ir.Table:
    """The merchants that do not hold the right to register on ``day``: ``merchant_id``."""
    failures = failed_sample_orders(tables, clock, day, venue)
    last_failure = failures.group_by("merchant_id").aggregate(failed_at=failures.failed_at.max())
    known_by = ibis.literal(clock.start_utc(day_number(day) + 1), type="timestamp")
    restorations = tables.sample_right_restorations
    last_restoration = (
        restorations.filter(restorations.restored_at < known_by)
        .group_by("merchant_id")
        .aggregate(restored_at=restorations.restored_at.max())
    )
    joined = last_failure.left_join(
        last_restoration, last_failure.merchant_id == last_restoration.merchant_id
    )
    lost = joined.restored_at.isnull() | (joined.failed_at > joined.restored_at)
    if venue.lost_right_ends == "after_days":
        first_free_day = day_number(day) - venue.lost_right_days + 1
        lost = lost & (
            joined.failed_at >= ibis.literal(clock.start_utc(first_free_day), type="timestamp")
        )
    return joined.filter(lost).select(merchant_id=last_failure.merchant_id)
