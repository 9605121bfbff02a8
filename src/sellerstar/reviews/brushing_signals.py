"""The behavioural signals of review brushing, one boolean per review each.

Each signal is cheap, explainable and wrong alone (honest buyers are sometimes new, fast
or enthusiastic); :mod:`sellerstar.reviews.brushing` combines them. Thresholds are the
rule-set's ``[reviews.brushing]``.

>>> normalised_text("Great  product!! 👍")
'greatproduct'
"""

from __future__ import annotations

import re
import unicodedata

import numpy as np
from numpy.typing import NDArray

from sellerstar.reviews.brushing_groups import (
    co_review,
    devoted_account,
    devoted_groups,
    excess,
    loyal_accounts,
    loyal_excess,
    product_surge,
    rating_shift,
)
from sellerstar.reviews.brushing_input import Ints, Reviews
from sellerstar.reviews.dense_blocks import RingShape, find_blocks
from sellerstar.rules.reviews import Brushing

Bools = NDArray[np.bool_]
HOUR = 3_600_000_000  # µs

SIGNALS = (
    "dense_block",
    "burst",
    "rating_shift",
    "devoted_cluster",
    "co_review",
    "product_surge",
    "new_account",
    "identical_text",
    "fast_after_receipt",
    "rating_deviation",
    "devoted_account",
)
BACKBONES = (
    "dense_block",
    "burst",
    "rating_shift",
    "devoted_cluster",
    "co_review",
    "product_surge",
)
# Backbones about a merchant's (or product's) period rather than about the accounts in it.
PERIOD = ("burst", "rating_shift", "product_surge")
_NOT_WORD = re.compile(r"[\W_]+", re.UNICODE)


def normalised_text(text: str) -> str:
    """Text reduced to what a copy keeps: NFKC, case-folded, letters and digits only."""
    return _NOT_WORD.sub("", unicodedata.normalize("NFKC", text).casefold())


def _token_key(text: str) -> str:
    """The text's set of words, sorted: a copy with its sentences reordered keeps it."""
    words = _NOT_WORD.split(unicodedata.normalize("NFKC", text).casefold())
    return " ".join(sorted({w for w in words if w}))


SUPPORTING = ("new_account", "identical_text", "fast_after_receipt", "rating_deviation")


def all_signals(reviews: Reviews, rules: Brushing) -> dict[str, Bools]:
    """Every signal for every review."""
    signals = {
        "new_account": new_account(reviews, rules),
        "identical_text": identical_text(reviews, rules),
        "fast_after_receipt": fast_after_receipt(reviews, rules),
        "rating_deviation": rating_deviation(reviews, rules),
    }
    supported = np.zeros(reviews.size, dtype=bool)
    for name in SUPPORTING:
        supported |= signals[name]
    devoted = devoted_account(reviews, rules)
    groups = {
        "dense_block": dense_block(reviews, rules, supported),
        "devoted_cluster": excess(reviews, devoted, rules, devoted_groups(reviews, devoted, rules))
        | loyal_excess(reviews, loyal_accounts(reviews, devoted, rules), rules),
        "co_review": co_review(reviews, rules),
    }
    # The reviews a found group explains are left out of the product scan: an honest
    # review of a ring's product in the ring's weeks is not itself a surge.
    explained = groups["dense_block"] | groups["devoted_cluster"] | groups["co_review"]
    return {
        "dense_block": groups["dense_block"],
        "burst": burst(reviews, rules),
        "rating_shift": rating_shift(reviews, rules),
        "devoted_cluster": groups["devoted_cluster"],
        "co_review": groups["co_review"],
        "product_surge": product_surge(reviews, rules, explained),
        **signals,
        "devoted_account": devoted,
    }


def dense_block(reviews: Reviews, rules: Brushing, supported: Bools | None = None) -> Bools:
    """The review lies inside a dense block of the graph of buyers and (merchant, period)
    columns: a ring reviews its merchants together, in the same weeks, whereas frequent
    honest buyers review big merchants at any time, which spreads them over many columns
    and keeps them out of blocks. With ``supported`` (the reviews showing a supporting
    signal), a block counts only when at least ``block_min_supported`` of its reviews
    do: honest buyers sometimes cluster by chance, but not as new, fast copy-pasters."""
    if reviews.size == 0:
        return np.zeros(0, dtype=bool)
    width = rules.block_period_days * 24 * HOUR
    inside = np.zeros(reviews.size, dtype=bool)
    # Two grids of periods, the second shifted by half a period, so a ring acting across
    # a period's end is whole in one of them.
    for shift in (0, width // 2):
        period = (reviews.submitted - reviews.submitted.min() + shift) // width
        periods = int(period.max()) + 1
        column = reviews.merchant * periods + period
        # Only reviews with a supporting signal make the graph: frequent honest buyers'
        # ordinary reviews would chain everything together (and cost time to peel).
        graph = supported if supported is not None else np.ones(reviews.size, dtype=bool)
        blocks = find_blocks(
            reviews.buyer[graph],
            column[graph],
            groups=np.arange(int(column.max()) + 1) // periods,
            offset=rules.block_column_offset,
            min_density=rules.block_min_density,
            max_blocks=rules.max_blocks,
            max_size=rules.block_max_nodes,
            shape=RingShape(
                min_buyers=rules.block_min_buyers,
                min_merchants=rules.block_min_merchants,
                max_merchants=rules.block_max_merchants,
                min_fill=rules.block_min_fill,
                min_share=rules.block_min_share,
            ),
        )
        for block in blocks:
            members = np.isin(reviews.buyer, block.buyers) & np.isin(column, block.merchants)
            times = reviews.submitted[members]
            span = int(times.max() - times.min())
            if span > rules.block_max_span_days * 24 * HOUR:
                continue  # honest buyers meet at a merchant over months, a ring within weeks
            if (
                len(block.buyers) < rules.block_min_buyers_spread
                and span > rules.block_tight_span_days * 24 * HOUR
            ):
                continue  # a few buyers meeting over weeks is chance; a few within days is not
            if supported is None or supported[members].mean() >= rules.block_min_supported:
                inside |= _closure(
                    reviews,
                    block.buyers,
                    np.unique(block.merchants // periods),
                    int(times.min()),
                    int(times.max()),
                    rules,
                )
    return inside


def _closure(
    reviews: Reviews, buyers: Ints, merchants: Ints, first: int, last: int, rules: Brushing
) -> Bools:
    """The reviews of a found block: every review between its buyers and merchants, and
    those of any other buyer who reviewed two of its merchants in its time (give or take
    ``block_tight_span_days``): the peeling may have cut a ring that spans two periods."""
    margin = rules.block_tight_span_days * 24 * HOUR
    near = (
        np.isin(reviews.merchant, merchants)
        & (reviews.submitted >= first - margin)
        & (reviews.submitted <= last + margin)
    )
    pairs = np.unique(np.stack([reviews.buyer[near], reviews.merchant[near]]), axis=1)
    spread = np.bincount(pairs[0], minlength=int(reviews.buyer.max()) + 1)
    joined = np.flatnonzero(spread >= min(2, len(merchants)))
    return np.isin(reviews.merchant, merchants) & (
        np.isin(reviews.buyer, buyers) | (np.isin(reviews.buyer, joined) & near)
    )


def burst(reviews: Reviews, rules: Brushing) -> Bools:
    """The review lies in a window of ``burst_window_hours`` in which the merchant
    received at least ``burst_min_reviews`` reviews and ``burst_rate_ratio`` times its
    usual number for such a window (its reviews over the whole period, spread evenly),
    rated at least ``burst_min_rating_lift`` above the merchant's other reviews (shrunk
    towards the marketplace's mean with ``rating_prior_reviews`` reviews' weight)."""
    if reviews.size == 0:
        return np.zeros(0, dtype=bool)
    window = rules.burst_window_hours * HOUR
    order = np.lexsort((reviews.submitted, reviews.merchant))
    merchant, instant = reviews.merchant[order], reviews.submitted[order]
    # Search inside each merchant's run: offset the instants by merchant so runs never mix.
    span = int(instant.max() - instant.min()) + window + 1
    key = merchant * span + (instant - instant.min())
    # Windows starting at each review: one that is a burst makes all its reviews part of it.
    start = np.searchsorted(key, key, side="left")
    count = np.searchsorted(key, key + window, side="right") - start
    total = np.bincount(merchant, minlength=int(merchant.max()) + 1)[merchant]
    period = max(int(reviews.submitted.max() - reviews.submitted.min()), window)
    usual = total * window / period
    crowded = (count >= rules.burst_min_reviews) & (count >= rules.burst_rate_ratio * usual)
    # A burst of honest buyers (a busy day) rates the merchant as its other buyers do; a
    # bought burst lifts the rating (Fei et al. 2013: a burst is either popularity or an
    # attack, and its reviews share their nature).
    cumulative = np.concatenate([[0.0], np.cumsum(reviews.rating[order])])
    merchants = int(merchant.max()) + 1
    rating_sum = np.bincount(merchant, reviews.rating[order], minlength=merchants)[merchant]
    inside = cumulative[start + count] - cumulative[start]
    prior = rules.rating_prior_reviews
    outside = (rating_sum - inside + prior * float(reviews.rating.mean())) / (total - count + prior)
    crowded &= inside / np.maximum(count, 1) - outside >= rules.burst_min_rating_lift
    marks = np.zeros(len(key) + 1, dtype=np.int64)
    np.add.at(marks, start[crowded], 1)
    np.add.at(marks, start[crowded] + count[crowded], -1)
    fired = np.cumsum(marks)[:-1] > 0
    result = np.zeros(reviews.size, dtype=bool)
    result[order] = fired
    return result


def new_account(reviews: Reviews, rules: Brushing) -> Bools:
    """A low-tier buyer with at most ``new_account_max_prior_orders`` earlier orders or
    whose first order (or review) is at most ``new_account_max_age_days`` old."""
    low = np.array([tier in rules.new_account_tiers for tier in reviews.tier], dtype=bool)
    young = reviews.age <= rules.new_account_max_age_days * 24 * HOUR
    return low & ((reviews.prior_orders <= rules.new_account_max_prior_orders) | young)


def identical_text(reviews: Reviews, rules: Brushing) -> Bools:
    """The same normalised text (or the same set of words) from several buyers of the
    merchant; short texts ("good") never count."""
    fired = np.zeros(reviews.size, dtype=bool)
    if reviews.size == 0:
        return fired
    # Each distinct text is keyed once (many reviews share a text), then the buyers of
    # each (merchant, key) are counted with numpy.
    distinct: dict[str, int] = {}
    text_code = np.fromiter(
        (distinct.setdefault(text, len(distinct)) for text in reviews.text),
        dtype=np.int64,
        count=reviews.size,
    )
    for keyer in (normalised_text, _token_key):
        codes: dict[str, int] = {}
        key_of = np.empty(len(distinct), dtype=np.int64)
        for index, text in enumerate(distinct):
            key = keyer(text)
            short = len(normalised_text(key)) < rules.identical_text_min_chars
            key_of[index] = -1 if short else codes.setdefault(key, len(codes))
        key_code = key_of[text_code]
        kept = np.flatnonzero(key_code >= 0)
        if len(kept) == 0:
            continue
        group = reviews.merchant[kept] * len(codes) + key_code[kept]
        pairs = np.unique(np.stack([group, reviews.buyer[kept]]), axis=1)
        groups, buyers = np.unique(pairs[0], return_counts=True)
        fired[kept] |= buyers[np.searchsorted(groups, group)] >= rules.identical_text_min_buyers
    return fired


def fast_after_receipt(reviews: Reviews, rules: Brushing) -> Bools:
    """Submitted at most ``fast_after_receipt_hours`` after the buyer confirmed receipt."""
    delay = reviews.submitted - reviews.received
    return (delay >= 0) & (delay <= rules.fast_after_receipt_hours * HOUR)


def rating_deviation(reviews: Reviews, rules: Brushing) -> Bools:
    """The review's mean score is ``rating_deviation_min`` above its product's mean of the
    reviews submitted outside the burst window around it (a ring's own reviews do not
    raise the mean it is compared with), shrunk towards the marketplace's mean."""
    if reviews.size == 0:
        return np.zeros(0, dtype=bool)
    window = rules.burst_window_hours * HOUR
    order = np.lexsort((reviews.submitted, reviews.product))
    product, instant = reviews.product[order], reviews.submitted[order]
    rating = reviews.rating[order]
    span = int(instant.max() - instant.min()) + 2 * window + 1
    key = product * span + (instant - instant.min())
    cumulative = np.concatenate([[0.0], np.cumsum(rating)])
    lo = np.searchsorted(key, key - window, side="left")
    hi = np.searchsorted(key, key + window, side="right")
    first = np.searchsorted(product, product, side="left")
    last = np.searchsorted(product, product, side="right")
    total_sum = cumulative[last] - cumulative[first]
    near_sum = cumulative[hi] - cumulative[lo]
    count = (last - first) - (hi - lo)
    prior = rules.rating_prior_reviews
    mean = (total_sum - near_sum + prior * float(reviews.rating.mean())) / (count + prior)
    fired = rating - mean >= rules.rating_deviation_min
    result = np.zeros(reviews.size, dtype=bool)
    result[order] = fired
    return result
