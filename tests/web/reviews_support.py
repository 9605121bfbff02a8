"""The reviews web tests' world, on top of web_support's (M1: main A1, subs A2 and A3;
M2: main B1). The daily job's figures are written directly, as of stat date STAT
(2022-12-04; NOW is 2022-12-06 10:00 platform time, rule-set 2022-11: a 90-day window,
invite best within 5 days):

- buyers: B-L2 (no badge), B-L3 (Platinum by tier), B-L4 (Pro by tier), B-PRO (L1 with
  the marketplace's ``pro`` badge);
- awaiting review: O-NEW (A2, received yesterday: best now), O-EDGE (A3, received 90
  days ago: the last day), not: O-OUT (91 days), O-NONE (no receipt), O-R1 (reviewed),
  O-M2 (M2's);
- transaction reviews: R1 (O-R1, A2's, P-BAG, B-L2, counted), R2 (O-R2, A3's, P-SHOE,
  B-L3, excluded: outside window and brushing), R3 (O-R3, no owner, P-CABLE, B-L4,
  submitted after STAT: not yet counted), R4 (O-R4, no owner, P-BAG, B-PRO, counted),
  RM2 (M2's);
- direct reviews: D1 (P-BAG, B-L3, shown, communication 2, capability 3), D2 (no
  product, B-L4, not eligible), DM2 (M2's);
- store ratings: M1 3.99 on STAT (4.2 the day before), M2 4.66;
- products: P-BAG reviewed 4.66 (2), well reviewed and selected, ranked 1st of "bags";
  P-SHOE store only; P-CABLE well reviewed by a direct review; P-M2 2nd of "bags";
- merchant lists: ``all`` M2 1st, M1 2nd; ``industry:apparel`` M1 1st;
- brushing suspects, pending: R2 (0.93, dense block + identical text), R1 (0.7, burst),
  RM2 (0.8, fast after receipt + new account).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from fastapi.testclient import TestClient
from pydantic import SecretStr
from web_support import NOW

from factories import order_row, product_row
from sellerstar.store.db import transaction
from sellerstar.store.review_tables import (
    brushing_suspects,
    review_merchant_rankings,
    review_product_rankings,
    review_products,
    review_states,
    review_store_ratings,
)
from sellerstar.store.schema import contract_tables

TZ = dt.timezone(dt.timedelta(hours=8))
STAT = dt.date(2022, 12, 4)
SECRET = "invitation-secret"
TODAY = dt.date(2022, 12, 6)  # NOW's platform date


def at(day: dt.date, hour: int = 12) -> dt.datetime:
    """Noon (or ``hour``) platform time of ``day``."""
    return dt.datetime.combine(day, dt.time(hour), TZ)


def _days_ago(days: int, hour: int = 12) -> dt.datetime:
    return at(TODAY - dt.timedelta(days=days), hour)


def transaction_review(
    review_id: str, order_id: str, product_id: str, merchant_id: str, buyer_id: str,
    submitted: dt.datetime, scores: tuple[int, int, int] = (5, 4, 5), text: str = "",
) -> dict[str, Any]:  # fmt: skip
    return {
        "review_id": review_id,
        "order_id": order_id,
        "product_id": product_id,
        "merchant_id": merchant_id,
        "buyer_id": buyer_id,
        "received_at": submitted - dt.timedelta(days=2),
        "submitted_at": submitted,
        "product_quality": scores[0],
        "supplier_service": scores[1],
        "on_time_shipment": scores[2],
        "text": text,
    }


def _state(kind: str, review_id: str, merchant_id: str, reason: str | None) -> dict[str, Any]:
    return {
        "stat_date": STAT, "kind": kind, "review_id": review_id, "merchant_id": merchant_id,
        "reason": reason, "positive": True if kind == "direct" else None, "computed_at": NOW,
    }  # fmt: skip


def _product(product_id: str, merchant_id: str, **figures: Any) -> dict[str, Any]:
    row = {
        "stat_date": STAT, "product_id": product_id, "merchant_id": merchant_id,
        "review_count": 0, "rating": None, "keyword": None, "state": "store_only",
        "well_reviewed": False, "selected": False, "computed_at": NOW,
    }  # fmt: skip
    return row | figures


def suspect(review_id: str, merchant_id: str, score: float, signals: str) -> dict[str, Any]:
    return {
        "review_id": review_id, "merchant_id": merchant_id, "score": score,
        "signals": signals, "detected_at": NOW - dt.timedelta(hours=6), "state": "pending",
        "decided_by": None, "decided_at": None, "case_id": None,
    }  # fmt: skip


def seed_reviews(engine: sa.Engine) -> None:
    """The world above (on top of seed_world)."""
    t = contract_tables
    orders = [
        order_row("O-NEW", "M1", owner_account_id="A2", created_at=_days_ago(9),
                  received_at=_days_ago(1)),
        order_row("O-EDGE", "M1", owner_account_id="A3", created_at=_days_ago(99),
                  received_at=_days_ago(90, hour=0)),
        order_row("O-OUT", "M1", owner_account_id="A3", created_at=_days_ago(99),
                  received_at=_days_ago(91, hour=23)),
        order_row("O-NONE", "M1", owner_account_id="A2", created_at=_days_ago(3),
                  received_at=None),
        order_row("O-R1", "M1", owner_account_id="A2", created_at=_days_ago(20),
                  received_at=_days_ago(8)),
        order_row("O-R2", "M1", owner_account_id="A3", created_at=_days_ago(200),
                  received_at=_days_ago(150)),
        order_row("O-R3", "M1", created_at=_days_ago(20), received_at=_days_ago(3)),
        order_row("O-R4", "M1", created_at=_days_ago(20), received_at=_days_ago(6)),
        order_row("O-M2", "M2", owner_account_id="B1", created_at=_days_ago(9),
                  received_at=_days_ago(2)),
        order_row("O-M2R", "M2", owner_account_id="B1", created_at=_days_ago(20),
                  received_at=_days_ago(8)),
    ]  # fmt: skip
    with transaction(engine) as connection:
        connection.execute(
            t["products"].insert(),
            [
                product_row("P-BAG", "M1", "Canvas tote bag", owner_account_id="A2"),
                product_row("P-SHOE", "M1", "Trail shoe", owner_account_id="A3",
                            leaf_category="shoes"),
                product_row("P-CABLE", "M1", "USB cable", leaf_category="cables"),
                product_row("P-M2", "M2", "Leather bag", owner_account_id="B1"),
                product_row("P-GONE", "M1", "Old bag", status="delisted"),
            ],
        )  # fmt: skip
        connection.execute(t["orders"].insert(), orders)
        connection.execute(
            t["buyers"].insert(),
            [
                {"buyer_id": "B-L2", "tier": "L2", "badge": None, "country": "US"},
                {"buyer_id": "B-L3", "tier": "L3", "badge": None, "country": "DE"},
                {"buyer_id": "B-L4", "tier": "L4", "badge": None, "country": "GB"},
                {"buyer_id": "B-PRO", "tier": "L1", "badge": "pro", "country": "FR"},
            ],
        )
        connection.execute(
            t["transaction_reviews"].insert(),
            [
                transaction_review("R1", "O-R1", "P-BAG", "M1", "B-L2", _days_ago(6),
                                   text="Great bag, fast delivery"),
                transaction_review("R2", "O-R2", "P-SHOE", "M1", "B-L3", _days_ago(10),
                                   (5, 5, 5), "Perfect perfect perfect"),
                transaction_review("R3", "O-R3", "P-CABLE", "M1", "B-L4", _days_ago(1),
                                   (4, 4, 4), "Works fine"),
                transaction_review("R4", "O-R4", "P-BAG", "M1", "B-PRO", _days_ago(5),
                                   (4, 5, 3), "Solid stitching"),
                transaction_review("RM2", "O-M2R", "P-M2", "M2", "B-L3", _days_ago(6),
                                   text="Nice leather"),
            ],
        )  # fmt: skip
        connection.execute(
            t["direct_reviews"].insert(),
            [
                {"review_id": "D1", "merchant_id": "M1", "product_id": "P-BAG",
                 "buyer_id": "B-L3", "submitted_at": _days_ago(7), "basis": "opportunity",
                 "communication": 2, "capability": 3, "text": "Quick replies to my inquiry"},
                {"review_id": "D2", "merchant_id": "M1", "product_id": None,
                 "buyer_id": "B-L4", "submitted_at": _days_ago(7), "basis": "opportunity",
                 "communication": 1, "capability": None, "text": "Helpful sales team"},
                {"review_id": "DM2", "merchant_id": "M2", "product_id": "P-M2",
                 "buyer_id": "B-L2", "submitted_at": _days_ago(7), "basis": "paid_unconfirmed",
                 "communication": 5, "capability": 5, "text": "Good factory"},
            ],
        )  # fmt: skip
        connection.execute(
            review_states.insert(),
            [
                _state("transaction", "R1", "M1", None),
                _state("transaction", "R2", "M1", "outside_window;brushing"),
                _state("transaction", "R4", "M1", None),
                _state("transaction", "RM2", "M2", None),
                _state("direct", "D1", "M1", None),
                _state("direct", "D2", "M1", "direct_not_eligible"),
                _state("direct", "DM2", "M2", None),
            ],
        )
        connection.execute(
            review_store_ratings.insert(),
            [
                {"stat_date": STAT - dt.timedelta(days=1), "merchant_id": "M1", "rating": 4.2,
                 "label": "satisfied", "review_count": 2, "rule_set_id": "2022-11",
                 "computed_at": NOW},
                {"stat_date": STAT, "merchant_id": "M1", "rating": 3.99, "label": "neutral",
                 "review_count": 3, "rule_set_id": "2022-11", "computed_at": NOW},
                {"stat_date": STAT, "merchant_id": "M2", "rating": 4.66,
                 "label": "very_satisfied", "review_count": 1, "rule_set_id": "2022-11",
                 "computed_at": NOW},
            ],
        )  # fmt: skip
        connection.execute(
            review_products.insert(),
            [
                _product("P-BAG", "M1", review_count=2, rating=4.66, keyword="Great bag",
                         state="reviewed", well_reviewed=True, selected=True),
                _product("P-SHOE", "M1"),
                _product("P-CABLE", "M1", well_reviewed=True),
                _product("P-M2", "M2", review_count=1, rating=5.0, keyword="Nice leather",
                         state="reviewed", well_reviewed=True),
            ],
        )  # fmt: skip
        connection.execute(
            review_product_rankings.insert(),
            [
                {"stat_date": STAT, "leaf_category": "bags", "rank": 1, "product_id": "P-BAG",
                 "score": 0.81},
                {"stat_date": STAT, "leaf_category": "bags", "rank": 2, "product_id": "P-M2",
                 "score": 0.62},
            ],
        )  # fmt: skip
        connection.execute(
            review_merchant_rankings.insert(),
            [
                {"stat_date": STAT, "list": "all", "rank": 1, "merchant_id": "M2", "score": 0.7},
                {"stat_date": STAT, "list": "all", "rank": 2, "merchant_id": "M1", "score": 0.6},
                {"stat_date": STAT, "list": "industry:apparel", "rank": 1, "merchant_id": "M1",
                 "score": 0.6},
            ],
        )  # fmt: skip
        connection.execute(
            brushing_suspects.insert(),
            [
                suspect("R2", "M1", 0.93, "dense_block;identical_text"),
                suspect("R1", "M1", 0.7, "burst"),
                suspect("RM2", "M2", 0.8, "fast_after_receipt;new_account"),
            ],
        )


def use_invitation_secret(client: TestClient, secret: str | None = SECRET) -> None:
    """Set (or clear) the app's invitation secret."""
    app: Any = client.app
    app.state.settings = app.state.settings.model_copy(
        update={"review_invitation_secret": SecretStr(secret) if secret else None}
    )
