"""The operators' brushing queue in the demo: one case confirmed, some suspects dismissed.

After the daily job's reviews step has filled the queue, the operator confirms the
suspects of the merchant with the most of them as one case (penalty points in the ledger,
the merchant told through the outbox) and dismisses the suspects of the merchant with
the fewest, on the demo's view date; the others stay pending for the queue page.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

import sqlalchemy as sa

from sellerstar.demo.radar_walk import OPERATOR
from sellerstar.domain.access import Principal, Role
from sellerstar.domain.reviews import SuspectState
from sellerstar.rules import RuleBook
from sellerstar.services import review_brushing
from sellerstar.store.db import transaction
from sellerstar.store.schema import brushing_suspects

NOTE = "Demo: fresh accounts 5-starring this store within minutes of receipt, as one group."


def decide_demo_suspects(store: sa.Engine, book: RuleBook, at: dt.datetime) -> dict[str, int]:
    """Confirm one merchant's suspects as a case and dismiss another's; the counts."""
    with store.connect() as connection:
        rows = connection.execute(
            sa.select(brushing_suspects.c.review_id, brushing_suspects.c.merchant_id)
            .where(brushing_suspects.c.state == SuspectState.PENDING.value)
            .order_by(brushing_suspects.c.review_id)
        ).all()
    per_merchant = Counter(row.merchant_id for row in rows)
    if len(per_merchant) < 2:
        return {"confirmed": 0, "dismissed": 0}
    ranked = sorted(per_merchant, key=lambda merchant: (-per_merchant[merchant], merchant))
    confirmed, dismissed = ranked[0], ranked[-1]
    operator = Principal(0, OPERATOR, OPERATOR, Role.OPERATOR, None, None)
    with transaction(store) as connection:
        review_brushing.confirm(
            connection,
            operator,
            [row.review_id for row in rows if row.merchant_id == confirmed],
            note=NOTE,
            book=book,
            now=at,
        )
        review_brushing.dismiss(
            connection,
            operator,
            [row.review_id for row in rows if row.merchant_id == dismissed],
            note="Demo: a busy week with new buyers, not a ring.",
            now=at,
        )
    return {"confirmed": per_merchant[confirmed], "dismissed": per_merchant[dismissed]}
