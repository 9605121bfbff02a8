"""The account-, group- and merchant-level brushing signals (devoted accounts and their
clusters, co-review links, rating shifts per review and per received order): each fires on
its case and not on its honest twin; boundaries both sides."""

from __future__ import annotations

from typing import Any

import numpy as np
import pyarrow as pa
from brushing_builders import DAY, HOUR, T0, prepared, review, rules, tables

from sellerstar.reviews.brushing_groups import (
    co_review,
    devoted_account,
    devoted_groups,
    rating_shift,
    top_review_rate,
)
from sellerstar.reviews.brushing_input import prepare
from sellerstar.reviews.brushing_signals import all_signals

Row = dict[str, Any]


def _organic(merchant: str, count: int, first: int, every_days: float = 3.0) -> list[Row]:
    """The merchant's ordinary reviews: established buyers, each rating it 4."""
    return [
        review(
            first + i,
            merchant,
            f"O{merchant}-{i}",
            T0 + i * every_days * DAY,
            scores=(4, 4, 4),
            text=f"Order {i} arrived, decent goods.",
        )
        for i in range(count)
    ]


def _established(rows: list[Row]) -> dict[str, int]:
    """Every organic buyer placed three orders it did not review, a year before."""
    return {r["buyer_id"]: 3 for r in rows if r["buyer_id"].startswith("O")}


# --- devoted_account -------------------------------------------------------------------


def test_devoted_account_reviews_every_order_it_placed_top() -> None:
    rows = [
        review(1, "M1", "FRESH", T0),  # its only order, 5 stars
        review(2, "M1", "SKIPS", T0),  # 5 stars, but two other orders not reviewed
        review(3, "M1", "MIXED", T0),  # reviews every order, one of them a 3
        review(4, "M2", "MIXED", T0 + DAY, scores=(3, 3, 3)),
    ]
    fired = devoted_account(prepared(rows, earlier_orders={"SKIPS": 2}), rules())
    assert fired.tolist() == [True, False, False, False]


def test_devoted_account_top_rating_boundary() -> None:
    rows = [review(1, "M1", "B1", T0, scores=(5, 5, 4))]  # mean 4.667
    assert devoted_account(prepared(rows), rules(top_rating=4.66)).all()
    assert not devoted_account(prepared(rows), rules(top_rating=4.67)).any()


# --- devoted_cluster -------------------------------------------------------------------


def _service(spread_days: float) -> tuple[list[Row], list[Row]]:
    """Three client merchants with organic reviews over a year, and 24 fresh accounts of a
    brushing service, each ordering once or twice and reviewing every order with 5 stars,
    within ``spread_days``; every fourth account serves two clients."""
    organic = [r for k, m in enumerate(("S1", "S2", "S3")) for r in _organic(m, 90, 1000 * k, 4)]
    ring: list[Row] = []
    for a in range(24):
        at = T0 + 100 * DAY + (a * spread_days / 24) * DAY
        ring.append(review(5000 + 2 * a, ("S1", "S2", "S3")[a % 3], f"F{a}", at))
        if a % 4 == 0:
            ring.append(review(5001 + 2 * a, ("S1", "S2", "S3")[(a + 1) % 3], f"F{a}", at + DAY))
    return organic, ring


def test_devoted_cluster_fires_on_a_services_fresh_accounts_within_weeks() -> None:
    organic, ring = _service(spread_days=21)
    fired = all_signals(prepared(organic + ring, earlier_orders=_established(organic)), rules())
    cluster = fired["devoted_cluster"]
    assert cluster[len(organic) :].mean() > 0.9
    assert not cluster[: len(organic)].any()


def test_devoted_cluster_does_not_fire_on_new_buyers_spread_over_the_year() -> None:
    # The honest twin: as many single-order five-star buyers, arriving over a year, is
    # the merchants' ordinary share of them.
    organic, ring = _service(spread_days=360)
    fired = all_signals(prepared(organic + ring, earlier_orders=_established(organic)), rules())
    assert not fired["devoted_cluster"].any()


def test_devoted_groups_join_merchants_sharing_devoted_accounts() -> None:
    organic, ring = _service(spread_days=21)
    reviews = prepared(organic + ring, earlier_orders=_established(organic))
    devoted = devoted_account(reviews, rules())
    merchant = {m: i for i, m in enumerate(reviews.merchant_id.to_pylist())}
    groups = devoted_groups(reviews, devoted, rules())
    codes = {m: groups[reviews.merchant == i][0] for m, i in merchant.items()}
    # Two shared accounts per pair of clients join them.
    assert codes["S1"] == codes["S2"] == codes["S3"]
    apart = devoted_groups(reviews, devoted, rules(devoted_min_shared=3, devoted_min_lift=1e6))
    assert len(np.unique(apart)) == 3


def test_devoted_groups_join_on_one_shared_account_only_when_both_are_rich_in_them() -> None:
    # Two clients, each with 10 devoted accounts among 30 reviews, and a merchant with
    # only organic reviews; one account serves both clients.
    rows = [r for k, m in enumerate(("S1", "S2")) for r in _organic(m, 20, 1000 * k, 9)]
    rows += _organic("BIG", 200, 3000, 1)
    for a in range(10):
        rows.append(review(5000 + a, "S1", f"F{a}", T0 + 100 * DAY + a * DAY))
        rows.append(review(6000 + a, "S2", f"G{a}", T0 + 100 * DAY + a * DAY))
    rows.append(review(7000, "S2", "F0", T0 + 102 * DAY))
    reviews = prepared(rows, earlier_orders=_established(rows))
    devoted = devoted_account(reviews, rules())
    # 21 of the 261 reviews are devoted; S1's 10 devoted accounts among its 30 reviews are
    # 10 * 261 / (21 * 30) = 4.14 times that share (S2's 4.41 times).
    joined = devoted_groups(reviews, devoted, rules(devoted_min_lift=4.1))
    clients = np.isin(reviews.merchant_id.to_pylist(), ["S1", "S2"])
    assert len(np.unique(joined[clients[reviews.merchant]])) == 1
    apart = devoted_groups(reviews, devoted, rules(devoted_min_lift=4.2))
    assert len(np.unique(apart[clients[reviews.merchant]])) == 2


# --- co_review -------------------------------------------------------------------------


def _staff(days_apart: float, scores: tuple[int, int, int] = (5, 5, 5)) -> list[Row]:
    """Six staff of a sellers' group (established accounts) each rating two of the other
    merchants ``days_apart`` apart."""
    group = ("G1", "G2", "G3")
    rows = []
    for s in range(6):
        at = T0 + 120 * DAY + s * 2 * DAY
        for k in (1, 2):
            rows.append(
                review(
                    7000 + 2 * s + k,
                    group[(s + k) % 3],
                    f"OSTAFF{s}",
                    at + (k - 1) * days_apart * DAY,
                    scores=scores,
                    text=f"Solid product number {s}{k}, arrived as described.",
                )
            )
    return rows


def _group_organic() -> list[Row]:
    return [r for k, m in enumerate(("G1", "G2", "G3")) for r in _organic(m, 60, 100 * k, 5)]


def test_co_review_fires_on_staff_rating_each_others_goods() -> None:
    organic, staff = _group_organic(), _staff(days_apart=5)
    fired = co_review(prepared(organic + staff, earlier_orders=_established(organic)), rules())
    assert fired[len(organic) :].all()
    assert not fired[: len(organic)].any()


def test_co_review_does_not_fire_on_ordinary_ratings_or_over_months() -> None:
    organic = _group_organic()
    established = _established(organic)
    # The same buyers rating the same merchants as their other buyers do (a 4).
    ordinary = _staff(days_apart=5, scores=(4, 4, 4))
    assert not co_review(prepared(organic + ordinary, earlier_orders=established), rules()).any()
    # One buyer's two top ratings further apart than co_review_days link nothing.
    far = _staff(days_apart=43)
    assert not co_review(prepared(organic + far, earlier_orders=established), rules()).any()
    near = _staff(days_apart=41)
    assert co_review(prepared(organic + near, earlier_orders=established), rules()).any()


def test_co_review_needs_the_minimum_number_of_linking_buyers() -> None:
    organic, staff = _group_organic(), _staff(days_apart=5)
    reviews = prepared(organic + staff, earlier_orders=_established(organic))
    # Each pair of the group's merchants is linked by two staff accounts.
    assert co_review(reviews, rules(co_review_min_buyers=2)).any()
    assert not co_review(reviews, rules(co_review_min_buyers=3)).any()


def test_co_review_does_not_link_a_popular_merchant_by_a_few_shared_buyers() -> None:
    # A popular merchant top-rated by 20 buyers in the same days; two of them also
    # top-rate a small merchant: 2 of 20 is below block_min_share (0.15) for the popular
    # one. The same two buyers linking two small merchants are the whole of their raters.
    popular = [
        review(3000 + i, "POP", f"OPOP{i}", T0 + 95 * DAY + i * 12 * HOUR) for i in range(20)
    ]
    small = _organic("SMALL", 40, 0, 5) + _organic("OTHER", 40, 100, 5)
    pair_rows = [
        review(4000 + k, ("SMALL", "OTHER")[k % 2], f"OPOP{k // 2}", T0 + 100 * DAY + k * HOUR)
        for k in range(4)
    ]
    linked = [
        review(4000 + k, ("SMALL", "POP")[k % 2], f"OPOP{k // 2}", T0 + 100 * DAY + k * HOUR)
        for k in range(4)
    ]
    established = _established(popular + small)
    with_popular = co_review(
        prepared(popular + small + linked, earlier_orders=established), rules()
    )
    assert not with_popular.any()
    both_small = co_review(
        prepared(popular + small + pair_rows, earlier_orders=established), rules()
    )
    assert both_small[-4:].all()


# --- rating_shift (reviews) --------------------------------------------------------------


def test_rating_shift_fires_on_a_run_of_top_ratings_and_not_on_a_busy_ordinary_run() -> None:
    organic = _organic("M1", 60, 0)  # a 4 every three days
    top_run = [review(500 + i, "M1", f"T{i}", T0 + 90 * DAY + i * 8 * HOUR) for i in range(8)]
    fired = rating_shift(prepared(organic + top_run), rules())
    assert fired[len(organic) :].all()
    assert not fired[: len(organic)].any()
    busy = [
        review(500 + i, "M1", f"T{i}", T0 + 90 * DAY + i * 8 * HOUR, scores=(4, 4, 4))
        for i in range(8)
    ]
    assert not rating_shift(prepared(organic + busy), rules()).any()
    # The same eight top ratings spread over the year are the merchant's ordinary mix.
    spread = [review(500 + i, "M1", f"T{i}", T0 + i * 25 * DAY) for i in range(8)]
    assert not rating_shift(prepared(organic + spread), rules()).any()


def test_rating_shift_needs_scan_min_reviews_in_the_window() -> None:
    organic = _organic("M1", 60, 0)
    five = [review(500 + i, "M1", f"T{i}", T0 + 90 * DAY + i * 8 * HOUR) for i in range(5)]
    reviews = prepared(organic + five)
    assert rating_shift(reviews, rules(scan_min_reviews=5))[len(organic) :].all()
    assert not rating_shift(reviews, rules(scan_min_reviews=6)).any()


# --- rating_shift (per received order) ---------------------------------------------------


def _promotion(bought: bool) -> tuple[pa.Table, pa.Table, pa.Table, int]:
    """A merchant with 200 received orders over 200 days, a fifth of them reviewed (a 4 or
    a 5); then a week in which 20 orders are received and 15 get a review, 5 stars when
    ``bought`` (a coupon for five stars), as the merchant's usual mix otherwise. Returns
    the tables and the number of reviews before the promotion."""
    rows: list[Row] = []
    received: list[tuple[str, Any]] = []
    for i in range(200):
        at = T0 + i * DAY
        received.append((f"O{i:05d}", at))
        if i % 5 == 0:
            rows.append(
                review(i, "M1", f"B{i}", at + 3 * DAY, received=at, scores=(4 + i % 2, 4, 4))
            )
    before = len(rows)
    for j in range(20):
        number = 1000 + j
        at = T0 + 210 * DAY + j * 8 * HOUR
        received.append((f"O{number:05d}", at))
        if j < 15:
            scores = (5, 5, 5) if bought else (4 + j % 2, 4, 4)
            rows.append(review(number, "M1", f"P{j}", at + 2 * DAY, received=at, scores=scores))
    reviews_table, buyers, orders = tables(rows)
    known = dict(received)
    ts = pa.timestamp("us", tz="UTC")
    every = sorted(known)
    orders = pa.table(
        {
            "order_id": every,
            "buyer_id": [f"B{o}" for o in every],
            "created_at": pa.array([known[o] - 5 * DAY for o in every], ts),
            "merchant_id": ["M1"] * len(every),
            "received_at": pa.array([known[o] for o in every], ts),
        }
    )
    return reviews_table, buyers, orders, before


def test_top_review_rate_fires_when_a_promotion_buys_five_stars() -> None:
    reviews_table, buyers, orders, before = _promotion(bought=True)
    fired = top_review_rate(prepare(reviews_table, buyers, orders), rules())
    assert fired[before:].all()
    assert not fired[:before].any()


def test_top_review_rate_does_not_fire_on_a_busy_week_rated_as_usual() -> None:
    reviews_table, buyers, orders, _ = _promotion(bought=False)
    assert not top_review_rate(prepare(reviews_table, buyers, orders), rules()).any()


def test_top_review_rate_needs_the_orders_merchant_and_receipt() -> None:
    reviews_table, buyers, orders, _ = _promotion(bought=True)
    bare = orders.drop_columns(["merchant_id", "received_at"])
    reviews = prepare(reviews_table, buyers, bare)
    assert reviews.received_orders is None
    assert not top_review_rate(reviews, rules()).any()


def test_buyer_orders_counts_the_orders_table_and_at_least_the_reviews() -> None:
    rows = [review(1, "M1", "B1", T0), review(2, "M2", "B1", T0 + DAY), review(3, "M1", "B2", T0)]
    reviews = prepared(rows, earlier_orders={"B2": 4})
    assert reviews.buyer_orders.tolist() == [2, 2, 5]
    assert np.array_equal(devoted_account(reviews, rules()), [True, True, False])
