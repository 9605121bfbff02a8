"""devoted_cluster's second test: an improbable number of loyal devoted accounts at one
merchant (accounts whose every order, at least two, is with it and top-reviewed), found
however thinly they are spread in time; each side of every boundary."""

from __future__ import annotations

from typing import Any

import numpy as np
from brushing_builders import DAY, T0, prepared, review, rules

from sellerstar.reviews.brushing_groups import devoted_account, loyal_accounts, loyal_excess
from sellerstar.reviews.brushing_signals import all_signals

Row = dict[str, Any]


def _organic(merchant: str, count: int, first: int) -> list[Row]:
    """Established buyers' ordinary reviews, one order each, rated 4, over a year."""
    return [
        review(
            first + i, merchant, f"O{merchant}-{i}", T0 + i * (360 / count) * DAY, scores=(4,) * 3
        )
        for i in range(count)
    ]


def _puppets(merchant: str, accounts: int, orders: int, first: int) -> list[Row]:
    """``accounts`` accounts each ordering ``orders`` times from ``merchant`` over twelve
    weeks, every order reviewed with five stars: a person's accounts used in rotation."""
    rows = []
    for k in range(orders * accounts):
        at = T0 + 60 * DAY + k * (84 / (orders * accounts)) * DAY
        rows.append(review(first + k, merchant, f"{merchant}-acct{k % accounts}", at))
    return rows


def _market(accounts: int = 3, orders: int = 3) -> tuple[list[Row], dict[str, int]]:
    merchants = [f"M{k}" for k in range(1, 13)]
    organic = [r for k, m in enumerate(merchants) for r in _organic(m, 150, 1000 * k)]
    # One honest loyal customer elsewhere: two orders at M2, both five stars.
    loyal_elsewhere = [
        review(90_000, "M2", "FAN", T0 + 10 * DAY),
        review(90_001, "M2", "FAN", T0 + 90 * DAY),
    ]
    earlier = {r["buyer_id"]: 3 for r in organic}  # organic buyers skipped reviews before
    return organic + loyal_elsewhere + _puppets("M1", accounts, orders, 50_000), earlier


def _cluster(rows: list[Row], earlier: dict[str, int], **changes: Any) -> np.ndarray:
    return all_signals(prepared(rows, earlier_orders=earlier), rules(**changes))["devoted_cluster"]


def test_loyal_accounts_are_devoted_repeat_customers_of_one_merchant() -> None:
    rows = [
        review(1, "M1", "LOYAL", T0),
        review(2, "M1", "LOYAL", T0 + 20 * DAY),
        review(3, "M1", "ONCE", T0),  # devoted, one order
        review(4, "M1", "TWO_SHOPS", T0),
        review(5, "M2", "TWO_SHOPS", T0 + DAY),  # devoted, but two merchants
        review(6, "M1", "SKIPS", T0),
        review(7, "M1", "SKIPS", T0 + DAY),  # a third order not reviewed: not devoted
    ]
    reviews = prepared(rows, earlier_orders={"SKIPS": 1})
    devoted = devoted_account(reviews, rules())
    assert devoted.tolist() == [True, True, True, True, True, False, False]
    assert loyal_accounts(reviews, devoted, rules()).tolist() == [True, True] + [False] * 5
    assert loyal_accounts(reviews, devoted, rules(loyal_min_orders=3)).tolist() == [False] * 7


def test_the_merchants_own_accounts_form_a_cluster_over_twelve_weeks() -> None:
    rows, earlier = _market()
    cluster = _cluster(rows, earlier)
    puppets = np.array([r["buyer_id"].startswith("M1-acct") for r in rows])
    assert cluster[puppets].all()
    assert not cluster[~puppets].any()  # M1's honest buyers and M2's loyal fan
    # Spread over twelve weeks, no scanned window of weeks holds an excess: only the
    # whole-input test finds them.
    assert not _cluster(rows, earlier, loyal_min_accounts=4).any()


def test_loyal_min_accounts_boundary() -> None:
    rows, earlier = _market(accounts=4, orders=2)
    assert _cluster(rows, earlier, loyal_min_accounts=4).sum() == 8
    assert not _cluster(rows, earlier, loyal_min_accounts=5).any()


def test_loyal_excess_needs_an_improbable_count_not_just_enough_accounts() -> None:
    rows, earlier = _market()
    reviews = prepared(rows, earlier_orders=earlier)
    loyal = loyal_accounts(reviews, devoted_account(reviews, rules()), rules())
    assert loyal_excess(reviews, loyal, rules()).sum() == 9
    assert not loyal_excess(reviews, loyal, rules(scan_max_p=1e-12)).any()
    assert not loyal_excess(reviews, loyal, rules(scan_min_reviews=10)).any()


def test_as_many_loyal_customers_at_a_big_merchant_are_ordinary() -> None:
    # The honest twin: a merchant with thousands of reviews and three loyal customers.
    big = _organic("M1", 3000, 100_000)
    rows, earlier = _market()
    rows = big + rows
    earlier.update({r["buyer_id"]: 3 for r in big})
    cluster = _cluster(rows, earlier)
    assert not cluster.any()
