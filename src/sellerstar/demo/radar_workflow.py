"""The demo's product radar (rulebook §3): the scan job over the imported marketplace, then
tasks walked through every state with the services, on the demo's clock.

The listings arrive in two cohorts: most ten days before the demo's view date, a quarter
(by a hash of the product id) three days before. The radar's daily run (01:00 platform
time) scans each day what has arrived, so the first cohort's tasks are past their 7-day
deadline on the view date and the second cohort's count down. Between the runs, the
merchants and the operators act, each way out once where the store has tasks enough (the
demo merchant's tasks first, so its signed-in pages show them):

- first cohort: a qualification approved (every task of that right for the merchant
  closes), an edit approved, an appeal approved (cleared), an appeal rejected and an edit
  rejected (both then delisted at the deadline), a product delisted by its merchant, an
  edit and an appeal still under review at the deadline (waiting, "0 天", "审核中"), an
  edit rejected after the deadline (delisted at once); the others are delisted with
  penalty points by the run at the deadline (the daily cap shows when a merchant has many);
- second cohort: an edit under review, an edit rejected with its reason, a qualification
  under review, an appeal under review, an appeal rejected; the others count down.

The runs and the acts themselves are in :mod:`sellerstar.demo.radar_walk`.
"""

from __future__ import annotations

import datetime as dt
import zlib
from pathlib import Path
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from sellerstar.demo.radar_walk import RadarDemo, Walk
from sellerstar.rules import RuleBook
from sellerstar.store.schema import contract_tables

EARLY_DAYS, LATE_DAYS = 10, 3
"""Days before the view date on which the two cohorts of listings arrive."""
LATE_SHARE = 4
"""One listing in this many arrives with the second cohort."""
RUN_AT = dt.time(1, 0)

# In the order the demo merchant's tasks are given out (it seldom has one for each): the
# states its signed-in pages show best first.
FIRST_COHORT_ROLES = (
    "edit_waiting",
    "appeal_waiting",
    "edit_approved",
    "appeal_approved",
    "edit_rejected_after_deadline",
    "qualification_approved",
    "appeal_rejected",
    "edit_rejected",
    "delisted_by_merchant",
)
SECOND_COHORT_ROLES = (
    "edit_rejected",
    "appeal_pending",
    "qualification_pending",
    "edit_pending",
    "appeal_rejected",
)

_products = contract_tables["products"]
_accounts = contract_tables["accounts"]


def run_radar_demo(
    store: sa.Engine,
    book: RuleBook,
    view: dt.date,
    *,
    demo_merchant: str | None,
    evidence_dir: Path,
    evidence_max_bytes: int,
    image_root: Path,
) -> RadarDemo | None:
    """Run the radar over the demo store up to ``view`` (see the module docstring); None
    when the radar is not in force on the first cohort's day."""
    zone = ZoneInfo(book.in_force(view).calendar.timezone)
    first_day = view - dt.timedelta(days=EARLY_DAYS)
    second_day = view - dt.timedelta(days=LATE_DAYS)
    if book.in_force(first_day).product_radar is None:
        return None

    def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
        return dt.datetime.combine(day, dt.time(hour, minute), zone).astimezone(dt.UTC)

    with store.connect() as connection:
        listed = connection.scalars(
            sa.select(_products.c.product_id).where(_products.c.status == "listed")
        ).all()
        mains = dict(
            connection.execute(
                sa.select(_accounts.c.merchant_id, sa.func.min(_accounts.c.account_id))
                .where(_accounts.c.role == "main")
                .group_by(_accounts.c.merchant_id)
            ).all()
        )
    late = {p for p in listed if zlib.crc32(p.encode("utf-8")) % LATE_SHARE == 0}
    early = set(listed) - late
    demo = RadarDemo(span=f"{first_day} … {view}")
    walk = Walk(store, book, image_root, demo, demo_merchant, mains)
    walk.evidence = (evidence_dir, evidence_max_bytes)

    # The first cohort arrives and is scanned.
    walk.run(at(first_day, RUN_AT.hour), early)
    first = walk.assign(at(first_day, RUN_AT.hour), "first", FIRST_COHORT_ROLES)
    d = first_day
    walk.qualify(first.get("qualification_approved"), at(d, 10))
    walk.edit(first.get("edit_approved"), at(d, 10, 5), remove_mark=True)
    walk.edit(first.get("edit_rejected"), at(d, 10, 10), remove_mark=False)
    walk.appeal(first.get("appeal_approved"), at(d, 10, 15))
    walk.appeal(first.get("appeal_rejected"), at(d, 10, 20))
    d = first_day + dt.timedelta(days=1)
    walk.run(at(d, RUN_AT.hour), early)
    walk.decide(first.get("qualification_approved"), True, at(d, 15))
    walk.decide(first.get("edit_approved"), True, at(d, 15, 5))
    walk.decide(
        first.get("edit_rejected"), False, at(d, 15, 10),
        "The title still names the brand; remove every mention of it.",
    )  # fmt: skip
    walk.decide(first.get("appeal_approved"), True, at(d, 15, 15))
    walk.decide(
        first.get("appeal_rejected"), False, at(d, 15, 20),
        "The listing uses the mark to describe the product; an appeal needs proof of rights.",
    )  # fmt: skip
    d = first_day + dt.timedelta(days=2)
    walk.run(at(d, RUN_AT.hour), early)
    walk.delist(first.get("delisted_by_merchant"), at(d, 11))
    # Runs up to the day before the deadline; then three filings just before it.
    while d < second_day - dt.timedelta(days=1):
        d += dt.timedelta(days=1)
        walk.run(at(d, RUN_AT.hour), early)
    walk.edit(first.get("edit_waiting"), at(d, 16), remove_mark=True)
    walk.appeal(first.get("appeal_waiting"), at(d, 16, 5))
    walk.edit(first.get("edit_rejected_after_deadline"), at(d, 16, 10), remove_mark=False)
    # The deadline run: the first cohort's deadline passes, the second cohort arrives.
    d = second_day
    walk.run(at(d, RUN_AT.hour), listed)
    second = walk.assign(at(d, RUN_AT.hour), "second", SECOND_COHORT_ROLES)
    walk.decide(
        first.get("edit_rejected_after_deadline"), False, at(d, 11),
        "The brand is still in the description.",
    )  # fmt: skip
    walk.edit(second.get("edit_rejected"), at(d, 14), remove_mark=False)
    walk.qualify(second.get("qualification_pending"), at(d, 14, 5))
    walk.appeal(second.get("appeal_rejected"), at(d, 14, 10))
    d += dt.timedelta(days=1)
    walk.run(at(d, RUN_AT.hour), listed)
    walk.decide(
        second.get("edit_rejected"), False, at(d, 10),
        "The new title still carries the mark in another spelling.",
    )  # fmt: skip
    walk.decide(
        second.get("appeal_rejected"), False, at(d, 10, 5),
        "No authorisation from the right holder was shown.",
    )  # fmt: skip
    d += dt.timedelta(days=1)
    walk.run(at(d, RUN_AT.hour), listed)
    walk.edit(second.get("edit_pending"), at(d, 9), remove_mark=True)
    walk.appeal(second.get("appeal_pending"), at(d, 10))
    while d < view:
        d += dt.timedelta(days=1)
        walk.run(at(d, RUN_AT.hour), listed)
    return demo
