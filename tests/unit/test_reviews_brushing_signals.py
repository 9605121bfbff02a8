"""Each brushing signal fires on its case and not on the honest twin; boundaries both sides."""

from __future__ import annotations

import numpy as np
from brushing_builders import DAY, HOUR, T0, background, prepared, review, rules, tables

from sellerstar.reviews.brushing_input import prepare
from sellerstar.reviews.brushing_signals import (
    burst,
    dense_block,
    fast_after_receipt,
    identical_text,
    new_account,
    normalised_text,
    rating_deviation,
)


def _spread(merchant: str, count: int, every: float, first: int = 0) -> list[dict[str, object]]:
    """The merchant's organic reviews: one every ``every`` hours, all rated 4."""
    return [
        review(first + i, merchant, f"B{first + i}", T0 + i * every * HOUR, scores=(4, 4, 4))
        for i in range(count)
    ]


def test_burst_fires_on_reviews_crowded_in_the_window_and_not_when_spread() -> None:
    calm = _spread("M1", 12, 24 * 15)  # one review every 15 days
    crowded = [review(100 + i, "M1", f"C{i}", T0 + 100 * DAY + i * HOUR) for i in range(5)]
    fired = burst(prepared(calm + crowded), rules())
    assert fired[len(calm) :].all()
    assert not fired[: len(calm)].any()
    # The same five reviews a week apart are no burst.
    spread = [review(100 + i, "M1", f"C{i}", T0 + 100 * DAY + i * 7 * DAY) for i in range(5)]
    assert not burst(prepared(calm + spread), rules()).any()


def test_burst_rated_like_the_merchants_other_reviews_is_a_busy_day_not_brushing() -> None:
    calm = _spread("M1", 12, 24 * 15)  # rated 4
    busy_day = [
        review(100 + i, "M1", f"C{i}", T0 + 100 * DAY + i * HOUR, scores=(4, 4, 4))
        for i in range(5)
    ]
    assert not burst(prepared(calm + busy_day), rules()).any()
    # The lift's boundary: five 5-star reviews lift the window 1.0 above the other reviews'
    # (shrunk) mean; a required lift just above that is not met.
    five = [review(100 + i, "M1", f"C{i}", T0 + 100 * DAY + i * HOUR) for i in range(5)]
    others = (12 * 4.0 + 5 * np.mean([4.0] * 12 + [5.0] * 5)) / (12 + 5)
    lift = 5.0 - others
    assert burst(prepared(calm + five), rules(burst_min_rating_lift=lift - 1e-6))[12:].all()
    assert not burst(prepared(calm + five), rules(burst_min_rating_lift=lift + 1e-6)).any()


def test_burst_needs_the_minimum_number_of_reviews_in_the_window() -> None:
    calm = _spread("M1", 12, 24 * 15)
    three = [review(100 + i, "M1", f"C{i}", T0 + 100 * DAY + i * HOUR) for i in range(3)]
    assert not burst(prepared(calm + three), rules(burst_min_reviews=4))[len(calm) :].any()
    assert burst(prepared(calm + three), rules(burst_min_reviews=3))[len(calm) :].all()
    # The window's edge: 48 h from the first review is inside, just over is not.
    pair = [review(200, "M1", "D0", T0 + 100 * DAY), review(201, "M1", "D1", T0 + 102 * DAY)]
    assert burst(prepared(calm + pair), rules(burst_min_reviews=2))[len(calm) :].all()
    pair[1] = review(201, "M1", "D1", T0 + 102 * DAY + HOUR)
    assert not burst(prepared(calm + pair), rules(burst_min_reviews=2))[len(calm) :].any()


def test_burst_of_a_busy_merchant_must_beat_its_usual_rate() -> None:
    busy = _spread("M1", 400, 10.8)  # about 9 reviews in any 48 hours
    extra = [review(1000 + i, "M1", f"C{i}", T0 + 50 * DAY + i * HOUR) for i in range(5)]
    assert not burst(prepared(busy + extra), rules())[len(busy) :].any()


def test_new_account_is_a_low_tier_buyer_whose_first_order_is_recent() -> None:
    rows = [review(i, "M1", f"B{i}", T0 + 400 * DAY) for i in range(4)]
    tiers = {"B0": "L0", "B1": "L1", "B2": "L2", "B3": "L0"}
    # B3 ordered twice a year before the review: an established account.
    fired = new_account(prepared(rows, tiers, earlier_orders={"B3": 2}), rules())
    assert fired.tolist() == [True, True, False, False]
    # One earlier order, however old, still counts as new.
    fired = new_account(prepared(rows, tiers, earlier_orders={"B3": 1}), rules())
    assert fired.tolist() == [True, True, False, True]


def test_new_account_age_boundary_and_first_review_when_orders_are_unknown() -> None:
    by_age = rules(new_account_max_prior_orders=0)
    first = review(1, "M1", "B1", T0)
    at_limit = review(2, "M2", "B1", T0 + 60 * DAY)
    beyond = review(3, "M3", "B1", T0 + 60 * DAY + HOUR)
    reviews = prepared([first, at_limit, beyond], {"B1": "L0"})
    # The builder's orders are created at receipt, a day before each review: the first
    # order is 61 days (and an hour) before the later reviews.
    assert new_account(
        reviews, by_age.model_copy(update={"new_account_max_age_days": 61})
    ).tolist() == [
        True,
        True,
        False,
    ]
    assert new_account(reviews, by_age).tolist() == [True, False, False]
    # Without the orders, the buyer's first review counts: 60 days is still new.
    review_table, buyers, orders = tables([first, at_limit, beyond], {"B1": "L0"})
    alone = prepare(review_table, buyers, orders.slice(0, 0))
    assert new_account(alone, by_age).tolist() == [True, True, False]


def test_identical_text_needs_several_buyers_of_the_merchant_and_a_long_enough_text() -> None:
    text = "Excellent quality, fast delivery, highly recommended supplier!"
    copies = [
        review(1, "M1", "B1", T0, text=text),
        review(2, "M1", "B2", T0, text=text.upper()),
        review(3, "M1", "B3", T0, text=text.replace(",", " ,") + "!!"),
        review(4, "M2", "B4", T0, text=text),  # another merchant
        review(5, "M1", "B5", T0, text="good"),
        review(6, "M1", "B6", T0, text="Good!"),
        review(7, "M1", "B7", T0, text="GOOD"),
    ]
    fired = identical_text(prepared(copies), rules())
    assert fired.tolist() == [True, True, True, False, False, False, False]
    # Two buyers are not enough; one buyer pasting three times is one buyer.
    assert not identical_text(prepared(copies[:2]), rules()).any()
    same_buyer = [review(i, "M1", "B1", T0, text=text) for i in range(3)]
    assert not identical_text(prepared(same_buyer), rules()).any()


def test_identical_text_sees_reordered_sentences() -> None:
    parts = ["Great quality product", "very fast shipping", "will order again"]
    rows = [review(i, "M1", f"B{i}", T0, text=". ".join(parts[i:] + parts[:i])) for i in range(3)]
    assert identical_text(prepared(rows), rules()).all()


def test_normalised_text_keeps_letters_and_digits_of_any_script() -> None:
    assert normalised_text("质量 非常好！！") == "质量非常好"
    assert normalised_text("Ｇｏｏｄ　Ｑｕａｌｉｔｙ 100%") == "goodquality100"


def test_fast_after_receipt_boundary() -> None:
    rows = [
        review(1, "M1", "B1", T0, received=T0 - 3 * HOUR),
        review(2, "M1", "B2", T0, received=T0 - 3 * HOUR - dt_second()),
        review(3, "M1", "B3", T0, received=T0 - 10 * HOUR),
        review(4, "M1", "B4", T0, received=T0 + HOUR),  # before receipt: not this signal
    ]
    assert fast_after_receipt(prepared(rows), rules()).tolist() == [True, False, False, False]


def dt_second() -> object:
    import datetime as dt

    return dt.timedelta(seconds=1)


def test_rating_deviation_compares_with_the_products_other_reviews() -> None:
    poor = [
        review(i, "M1", f"B{i}", T0 + i * 10 * DAY, product="P1", scores=(3, 3, 3))
        for i in range(10)
    ]
    good = [
        review(100 + i, "M2", f"G{i}", T0 + i * 10 * DAY, product="P2", scores=(5, 5, 4))
        for i in range(10)
    ]
    praise_poor = review(50, "M1", "X1", T0 + 200 * DAY, product="P1", scores=(5, 5, 5))
    praise_good = review(51, "M2", "X2", T0 + 200 * DAY, product="P2", scores=(5, 5, 5))
    fired = rating_deviation(prepared([*poor, *good, praise_poor, praise_good]), rules())
    assert fired[-2] and not fired[-1]
    assert not fired[:-2].any()


def test_rating_deviation_leaves_out_the_reviews_around_it() -> None:
    # A ring's own five-star reviews do not lift the mean they are compared with.
    poor = [
        review(i, "M1", f"B{i}", T0 + i * 10 * DAY, product="P1", scores=(3, 3, 3))
        for i in range(6)
    ]
    ring = [
        review(100 + i, "M1", f"R{i}", T0 + 100 * DAY + i * HOUR, product="P1") for i in range(20)
    ]
    assert rating_deviation(prepared(poor + ring), rules())[len(poor) :].all()


def _ring(
    buyers: int, merchants: int, start: object, every: object, first: int
) -> list[dict[str, object]]:
    rows = []
    for b in range(buyers):
        for m in range(merchants):
            when = start + (b * merchants + m) * every  # type: ignore[operator]
            rows.append(review(first + b * merchants + m, f"MR{m}", f"RB{b}", when))
    return rows


def test_dense_block_fires_on_a_ring_of_new_accounts_and_not_on_the_background() -> None:
    honest = background(1500)
    ring = _ring(6, 3, T0 + 60 * DAY, HOUR, 50_000)
    tiers = {f"RB{b}": "L0" for b in range(6)}
    reviews = prepared(honest + ring, tiers)
    supported = new_account(reviews, rules())
    fired = dense_block(reviews, rules(), supported)
    assert fired[len(honest) :].all()
    assert not fired[: len(honest)].any()


def test_dense_block_needs_support_and_a_short_span() -> None:
    honest = background(1500)
    ring = _ring(6, 3, T0 + 60 * DAY, HOUR, 50_000)
    tiers = {f"RB{b}": "L0" for b in range(6)}
    reviews = prepared(honest + ring, tiers)
    # Established accounts, no other signal: the block alone does not count.
    nothing = np.zeros(reviews.size, dtype=bool)
    assert not dense_block(reviews, rules(), nothing).any()
    # The same co-reviews spread over half a year are honest buyers meeting by chance.
    slow = _ring(6, 3, T0, 10 * DAY, 50_000)
    spread = prepared(honest + slow, tiers)
    assert not dense_block(spread, rules(), new_account(spread, rules()))[len(honest) :].any()
