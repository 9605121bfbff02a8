"""200 claims at the same moment (issue 17): the store holds the launch coupons' stock and
one coupon per tool per main account, on SQLite (one writer) and PostgreSQL (READ
COMMITTED, the row lock of the conditional update and the unique key). Each claim runs in
its own thread on its own connection, in its own transaction, as the web does."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from market_world import BOOK, LAUNCH, TOOL, main, seed, sub

from concurrency import at_once
from sellerstar.services import market_coupons
from sellerstar.services.market_coupons import Claimant, Claimed, CouponRefused
from sellerstar.store.db import transaction
from sellerstar.store.market_tables import market_coupons as coupons
from sellerstar.store.market_tables import market_tools

CLAIMS = 200


def _claim(engine: sa.Engine, claimant: Claimant) -> Callable[[], Any]:
    def call() -> Any:
        with transaction(engine) as connection:
            return market_coupons.claim(
                connection, book=BOOK, claimant=claimant, tool_id=TOOL, now=LAUNCH
            )

    return call


def _outcomes(results: list[Any]) -> Counter[str]:
    unexpected = [r for r in results if not isinstance(r, (Claimed, CouponRefused))]
    assert not unexpected, unexpected[:3]
    return Counter("claimed" if isinstance(r, Claimed) else str(r.code) for r in results)


def _stored(engine: sa.Engine) -> tuple[int, int, int]:
    """Coupons of the tool, distinct merchants among them, coupons left."""
    with engine.connect() as connection:
        count, merchants = connection.execute(
            sa.select(sa.func.count(), sa.func.count(sa.distinct(coupons.c.merchant_id))).where(
                coupons.c.tool_id == TOOL
            )
        ).one()
        left = connection.scalar(
            sa.select(market_tools.c.coupons_left).where(market_tools.c.tool_id == TOOL)
        )
    return int(count), int(merchants), int(left)


def test_200_merchants_at_once_take_exactly_the_50_coupons(store_engine: sa.Engine) -> None:
    merchants = [f"M{n:03d}" for n in range(CLAIMS)]
    seed(store_engine, dict.fromkeys(merchants, "CN"), stock=50)
    results = at_once(*(_claim(store_engine, main(m)) for m in merchants))
    assert _outcomes(results) == {"claimed": 50, "sold_out": 150}
    assert _stored(store_engine) == (50, 50, 0)
    lefts = sorted(r.coupons_left for r in results if isinstance(r, Claimed))
    assert lefts == list(range(50))  # each claim took a different coupon


def test_one_main_account_claiming_200_times_at_once_gets_one(store_engine: sa.Engine) -> None:
    seed(store_engine, {"M1": "CN"}, stock=50)
    # Its main account and its sub-account, from many tabs at once.
    claimants = [main("M1") if n % 2 else sub("M1") for n in range(CLAIMS)]
    results = at_once(*(_claim(store_engine, c) for c in claimants))
    assert _outcomes(results) == {"claimed": 1, "already_claimed": 199}
    assert _stored(store_engine) == (1, 1, 49)  # the refused gave their coupon back
