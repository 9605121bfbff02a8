"""``product_surge``: a product drawing improbably many of its merchant's top ratings in a
period (a deal paying real buyers for five stars) fires; a popular product with its usual
share, a product whose few ratings are spread out, and the honest reviews of a product a
found ring explains do not. Boundaries both sides."""

from __future__ import annotations

from typing import Any

import numpy as np
from brushing_builders import DAY, T0, prepared, review, rules

from sellerstar.reviews.brushing_groups import product_surge

Row = dict[str, Any]


def _catalogue(count: int, first: int, products: int = 40, every_days: float = 1.0) -> list[Row]:
    """A merchant's ordinary year: established buyers, each product reviewed now and then,
    top-rated about half the time."""
    return [
        review(
            first + i,
            "M1",
            f"O{i}",
            T0 + i * every_days * DAY,
            product=f"P{i % products}",
            scores=(5, 5, 5) if i % 2 else (4, 4, 4),
        )
        for i in range(count)
    ]


def _deal(count: int, first: int, start_day: float, every_days: float = 3.0) -> list[Row]:
    """Real buyers taking a deal: five stars for one product, every few days."""
    return [
        review(first + i, "M1", f"D{i}", T0 + (start_day + i * every_days) * DAY, product="P0")
        for i in range(count)
    ]


def test_a_deal_on_one_product_fires_on_its_reviews_only() -> None:
    rows = _catalogue(300, 0) + _deal(8, 1000, start_day=150)
    fired = product_surge(prepared(rows), rules())
    assert fired[300:].all()
    # The catalogue's other products keep their share: nothing there fires, nor do P0's
    # ordinary reviews months away from the deal.
    far = [i for i, r in enumerate(rows[:300]) if abs((r["submitted_at"] - T0).days - 160) > 60]
    assert not fired[far].any()


def test_a_popular_product_with_its_usual_share_does_not_fire() -> None:
    # P0 gets a quarter of the merchant's praise all year: popular, not a surge.
    rows = [
        review(i, "M1", f"O{i}", T0 + i * DAY, product="P0" if i % 4 == 0 else f"P{i % 40}")
        for i in range(300)
    ]
    assert not product_surge(prepared(rows), rules()).any()


def test_minimum_top_ratings_boundary() -> None:
    rows = _catalogue(300, 0) + _deal(5, 1000, start_day=150)
    assert product_surge(prepared(rows), rules())[300:].all()
    assert not product_surge(prepared(rows), rules(product_min_reviews=6)).any()


def test_top_ratings_no_more_bunched_than_the_merchants_traffic_are_chance() -> None:
    # Five top ratings of P0 within weeks, but P0 gets as many again spread over the year:
    # the window holds no larger share of P0's praise than of the merchant's reviews.
    deal = _catalogue(360, 0) + _deal(5, 1000, start_day=100, every_days=4.0)
    spread = [
        review(2000 + i, "M1", f"Y{i}", T0 + (12 + 35 * i) * DAY, product="P0") for i in range(10)
    ]
    share_off = rules(product_max_p=1.0)
    assert product_surge(prepared(deal), share_off)[360:].all()
    assert not product_surge(prepared(deal + spread), share_off).any()
    assert product_surge(
        prepared(deal + spread), rules(product_max_p=1.0, product_max_bunched_p=1.0)
    ).any()


def test_reviews_explained_by_a_found_group_are_left_out() -> None:
    rows = _catalogue(300, 0) + _deal(8, 1000, start_day=150)
    reviews = prepared(rows)
    explained = np.zeros(reviews.size, dtype=bool)
    explained[300:] = True  # a ring found by its accounts accounts for the surge
    fired = product_surge(reviews, rules(), explained)
    assert not fired.any()
