"""The brushing signals about a period or a group rather than one review: accounts that
top-rate every order (``devoted_account``) and improbable clusters of them
(``devoted_cluster``; those loyal to one merchant, :func:`loyal_excess`), co-reviews of two
merchants (``co_review``), a merchant's (``rating_shift``) or a product's
(``product_surge``) improbable run of top ratings. The "improbable" test is one binomial
tail over windows centred on each review (:func:`scan`), or over the whole input.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import scipy.sparse as sp
from numpy.typing import NDArray
from scipy.sparse.csgraph import connected_components
from scipy.stats import binom

from sellerstar.reviews.brushing_input import Ints, Reviews
from sellerstar.rules.reviews import Brushing

Bools = NDArray[np.bool_]
HOUR = 3_600_000_000  # µs


def top_rated(reviews: Reviews, rules: Brushing) -> Bools:
    """The review's mean score is at least ``top_rating`` (what a bought review gives)."""
    return reviews.rating >= rules.top_rating


def devoted_account(reviews: Reviews, rules: Brushing) -> Bools:
    """The buyer reviewed every order it ever placed, each top-rated: an account that
    orders only to review (a paid account's "positive ratio" is 1 and its orders exist for
    its reviews). An honest buyer skips reviewing some orders or gives a 4 somewhere."""
    if reviews.size == 0:
        return np.zeros(0, dtype=bool)
    top = top_rated(reviews, rules)
    buyers = int(reviews.buyer.max()) + 1
    reviewed = np.bincount(reviews.buyer, minlength=buyers)
    all_top = np.bincount(reviews.buyer, top, minlength=buyers) == reviewed
    devoted = all_top[reviews.buyer] & (reviewed[reviews.buyer] >= reviews.buyer_orders)
    return np.asarray(devoted, dtype=bool)


def loyal_accounts(reviews: Reviews, devoted: Bools, rules: Brushing) -> Bools:
    """A devoted account's review when the account placed at least ``loyal_min_orders``
    orders, all with this one merchant: it returns to one shop only, and reviews every
    order with top marks. An honest repeat customer skips a review now and then."""
    if reviews.size == 0:
        return np.zeros(0, dtype=bool)
    buyers = int(reviews.buyer.max()) + 1
    first = np.full(buyers, np.iinfo(np.int64).max)
    last = np.full(buyers, -1)
    np.minimum.at(first, reviews.buyer, reviews.merchant)
    np.maximum.at(last, reviews.buyer, reviews.merchant)
    one_merchant = (first == last)[reviews.buyer]
    repeat = reviews.buyer_orders >= rules.loyal_min_orders
    return np.asarray(devoted & one_merchant & repeat, dtype=bool)


def loyal_excess(reviews: Reviews, loyal: Bools, rules: Brushing) -> Bools:
    """The ``loyal`` reviews (:func:`loyal_accounts`) of a merchant that has improbably
    many of them over the whole input: at least ``loyal_min_accounts`` such accounts and
    ``scan_min_reviews`` reviews, and the binomial tail of its count, at the marketplace's
    share of loyal reviews, at most ``scan_max_p``. A merchant's own people reviewing from
    several accounts re-order over months, too thinly for a window of weeks to show."""
    if reviews.size == 0 or not loyal.any():
        return np.zeros(reviews.size, dtype=bool)
    merchants = int(reviews.merchant.max()) + 1
    reviewed = np.bincount(reviews.merchant, minlength=merchants)
    hits = np.bincount(reviews.merchant, loyal, minlength=merchants).astype(np.int64)
    pairs = np.unique(np.stack([reviews.merchant[loyal], reviews.buyer[loyal]]), axis=1)
    accounts = np.bincount(pairs[0], minlength=merchants)
    tail = binom.sf(hits - 1, reviewed, float(loyal.mean()))
    hot = (
        (hits >= rules.scan_min_reviews)
        & (accounts >= rules.loyal_min_accounts)
        & (tail <= rules.scan_max_p)
    )
    return np.asarray(loyal & hot[reviews.merchant], dtype=bool)


def rating_shift(reviews: Reviews, rules: Brushing) -> Bools:
    """A top-rated review in a period of its merchant with improbably many top ratings for
    that merchant, among its reviews (:func:`excess`) or per received order
    (:func:`top_review_rate`): bought or coupon-paid five stars change the merchant's
    rating mix and how many of its buyers review, whereas a busy day of honest buyers
    keeps both. One signal, as both measure the same excess."""
    return excess(reviews, top_rated(reviews, rules), rules) | top_review_rate(reviews, rules)


def devoted_groups(reviews: Reviews, trait: Bools, rules: Brushing) -> Ints:
    """A group code per review's merchant: merchants joined when at least
    ``devoted_min_shared`` buyers showing ``trait`` reviewed both (and they are at least
    ``block_min_share`` of the smaller one's), or one did and both merchants' reviews show
    the trait ``devoted_min_lift`` times as often as the marketplace's. A brushing service
    spreads its accounts over its clients, one or two each, so no client alone gets many
    (no dense block), but its clients share accounts that honest merchants do not."""
    merchants = int(reviews.merchant.max()) + 1
    pairs = np.unique(np.stack([reviews.buyer[trait], reviews.merchant[trait]]), axis=1)
    buyer, merchant = pairs
    starts = np.flatnonzero(np.diff(np.concatenate([[-1], buyer])) != 0)
    lengths = np.diff(np.concatenate([starts, [len(buyer)]]))
    links: dict[tuple[int, int], int] = {}
    for begin, length in zip(starts.tolist(), lengths.tolist(), strict=True):
        if length < 2 or length > rules.block_max_merchants:
            continue  # one merchant links nothing; a buyer of many is no one's account
        seen = merchant[begin : begin + length].tolist()
        for i, a in enumerate(seen):
            for b in seen[i + 1 :]:
                links[a, b] = links.get((a, b), 0) + 1
    # Popular merchants share a few devoted buyers by chance: a link needs them to be at
    # least ``block_min_share`` of the smaller merchant's devoted buyers too.
    own = np.bincount(merchant, minlength=merchants)
    # Merchants whose reviews come from devoted accounts far more often than the
    # marketplace's do need only one shared account: a service's clients.
    reviewed = np.bincount(reviews.merchant, minlength=merchants)
    rich = own >= rules.devoted_min_lift * float(trait.mean()) * reviewed
    kept = [
        pair
        for pair, count in links.items()
        if (rich[pair[0]] and rich[pair[1]])
        or (
            count >= rules.devoted_min_shared
            and count >= rules.block_min_share * min(own[pair[0]], own[pair[1]])
        )
    ]
    if not kept:
        return reviews.merchant
    ends = np.array(kept, dtype=np.int64)
    graph = sp.coo_matrix(
        (np.ones(len(ends)), (ends[:, 0], ends[:, 1])), shape=(merchants, merchants)
    )
    _, label = connected_components(graph, directed=False)
    return np.asarray(label, dtype=np.int64)[reviews.merchant]


def co_review(reviews: Reviews, rules: Brushing) -> Bools:
    """A top-rated review whose buyer top-rated another merchant within
    ``co_review_days``, when at least ``co_review_min_buyers`` buyers did so for the same
    two merchants, within ``block_max_span_days`` (the group's time window), and they are
    at least ``block_min_share`` of each merchant's top-rating buyers in that time (give
    or take ``block_tight_span_days``): a collusive group (sellers' staff reviewing each other's
    goods, a review swap, a service's accounts) links its merchants again and again within
    weeks, whereas honest buyers link random pairs, and a popular merchant shares a few
    top-rating buyers with anyone (a ring's camouflage too). Buyers who top-rated more
    than ``block_max_merchants`` merchants are left out."""
    result = np.zeros(reviews.size, dtype=bool)
    chosen = np.flatnonzero(top_rated(reviews, rules))
    if len(chosen) == 0:
        return result
    chosen = chosen[np.lexsort((reviews.submitted[chosen], reviews.buyer[chosen]))]
    buyer = reviews.buyer[chosen]
    starts = np.flatnonzero(np.diff(np.concatenate([[-1], buyer])) != 0)
    ends = np.concatenate([starts[1:], [len(buyer)]])
    merchant, when = reviews.merchant[chosen].tolist(), reviews.submitted[chosen].tolist()
    reach = rules.co_review_days * 24 * HOUR
    linked: dict[tuple[int, int], set[int]] = {}
    members: dict[tuple[int, int], list[int]] = {}
    for begin, end in zip(starts.tolist(), ends.tolist(), strict=True):
        if len(set(merchant[begin:end])) > rules.block_max_merchants:
            continue
        for i in range(begin, end):
            for j in range(i + 1, end):
                if when[j] - when[i] > reach:
                    break
                a, b = merchant[i], merchant[j]
                if a == b:
                    continue
                pair = (min(a, b), max(a, b))
                linked.setdefault(pair, set()).add(int(buyer[i]))
                members.setdefault(pair, []).extend((i, j))
    span = rules.block_max_span_days * 24 * HOUR
    top_merchant, top_when = reviews.merchant[chosen], reviews.submitted[chosen]
    for pair, buyers in linked.items():
        if len(buyers) < rules.co_review_min_buyers:
            continue
        times = [when[k] for k in members[pair]]
        first, last = min(times), max(times)
        if last - first > span:
            continue  # a group acts within weeks, not over months
        # The linking buyers are a good share of both merchants' top-rating buyers in the
        # group's time: a popular merchant has many, and shares a few with anyone.
        margin = rules.block_tight_span_days * 24 * HOUR
        near = (top_when >= first - margin) & (top_when <= last + margin)
        local = [len(np.unique(buyer[near & (top_merchant == m)])) for m in pair]
        if len(buyers) >= rules.block_min_share * max(local):
            result[chosen[members[pair]]] = True
    return result


def excess(reviews: Reviews, trait: Bools, rules: Brushing, groups: Ints | None = None) -> Bools:
    """The reviews showing ``trait`` in a window of their merchant (:func:`scan`) with
    improbably many of them. With ``groups`` (a code per review), a group of merchants is
    scanned as one."""
    if reviews.size == 0:
        return np.zeros(0, dtype=bool)
    owner = reviews.merchant if groups is None else groups
    return scan(owner, reviews.submitted, trait, rules)


def top_review_rate(reviews: Reviews, rules: Brushing) -> Bools:
    """A top-rated review of an order received in a period in which improbably many of
    the merchant's received orders got a top-rated review (:func:`scan` over the orders):
    a promotion that pays its real buyers for five stars raises both how many review and
    how they rate. Needs the orders' merchant and receipt; without them it never fires."""
    facts = reviews.received_orders
    result = np.zeros(reviews.size, dtype=bool)
    if facts is None or facts.size == 0 or reviews.size == 0:
        return result
    top = top_rated(reviews, rules)
    trait = (facts.review >= 0) & top[np.maximum(facts.review, 0)]
    fired = scan(facts.merchant, facts.received, trait, rules)
    result[facts.review[fired]] = True
    return result


def product_surge(reviews: Reviews, rules: Brushing, explained: Bools | None = None) -> Bools:
    """A top-rated review of a product that got improbably many of its merchant's top
    ratings in a window centred on the review (of ``scan_window_days``, half and twice):
    the binomial tail of the product's top ratings among all the merchant's reviews in
    the window, at the product's share outside it (shrunk with ``scan_prior_reviews``
    reviews' weight towards an even split of the merchant's top ratings over its reviewed
    products), is at most ``product_max_p``, and the product's top ratings are bunched
    in the window (the binomial tail of its top ratings there, at the share of the
    merchant's reviews the window holds, is at most ``product_max_bunched_p``). A deal
    paying real buyers for five stars on one product (a refund, a coupon) concentrates
    the merchant's praise on it for weeks;
    a product that is simply popular has the same share of the praise before and after.
    Reviews ``explained`` by a found group (a ring's) are left out of every count: what
    is scanned is the surge that group does not account for."""
    result = np.zeros(reviews.size, dtype=bool)
    if reviews.size == 0:
        return result
    if explained is not None and explained.any():
        kept = np.flatnonzero(~explained)
        result[kept] = product_surge(_subset(reviews, kept), rules)
        return result
    top = top_rated(reviews, rules)
    if not top.any():
        return result
    merchants = int(reviews.merchant.max()) + 1
    products = int(reviews.product.max()) + 1
    span = int(reviews.submitted.max() - reviews.submitted.min()) + 1
    start = reviews.submitted - reviews.submitted.min()
    # The merchant's reviews in the window, and the product's top-rated ones.
    merchant_key = np.sort(reviews.merchant * 3 * span + start)
    chosen = np.flatnonzero(top)
    product_key = np.sort(reviews.product[chosen] * 3 * span + start[chosen])
    mine = reviews.merchant[chosen] * 3 * span + start[chosen]
    theirs = reviews.product[chosen] * 3 * span + start[chosen]
    total = np.bincount(reviews.merchant, minlength=merchants)[reviews.merchant[chosen]]
    product_top = np.bincount(reviews.product[chosen], minlength=products)
    owner_of = np.zeros(products, dtype=np.int64)
    owner_of[reviews.product] = reviews.merchant
    listed = np.bincount(owner_of[np.unique(reviews.product)], minlength=merchants)
    merchant_top = np.bincount(reviews.merchant, top, minlength=merchants)
    reviewed = np.bincount(reviews.merchant, minlength=merchants)
    even = merchant_top / np.maximum(reviewed, 1) / np.maximum(listed, 1)
    prior_share = even[reviews.merchant[chosen]]
    prior = rules.scan_prior_reviews
    fired = np.zeros(len(chosen), dtype=bool)
    days = rules.scan_window_days
    for scale in (max(1, days // 2), days, 2 * days, 4 * days):
        half = scale * 24 * HOUR // 2
        inside = np.searchsorted(merchant_key, mine + half, side="right") - np.searchsorted(
            merchant_key, mine - half, side="left"
        )
        hits = np.searchsorted(product_key, theirs + half, side="right") - np.searchsorted(
            product_key, theirs - half, side="left"
        )
        own = product_top[reviews.product[chosen]]
        share = (own - hits + prior * prior_share) / (total - inside + prior)
        share = np.clip(share, 1e-9, 1 - 1e-9)
        candidate = hits >= rules.product_min_reviews
        tail = np.ones(len(chosen))
        tail[candidate] = binom.sf(hits[candidate] - 1, inside[candidate], share[candidate])
        # And the product's top ratings are bunched in the window more than the
        # merchant's reviews are: a product with a handful of ratings a year, a few of
        # them close together, is chance at a merchant of thousands of reviews.
        bunched = np.ones(len(chosen))
        bunched[candidate] = binom.sf(
            hits[candidate] - 1, own[candidate], inside[candidate] / total[candidate]
        )
        fired |= (
            candidate & (tail <= rules.product_max_p) & (bunched <= rules.product_max_bunched_p)
        )
    result[chosen[fired]] = True
    return result


def _subset(reviews: Reviews, kept: Ints) -> Reviews:
    """The reviews at positions ``kept`` (codes and instants only: what the scans use)."""
    return dataclasses.replace(
        reviews,
        review_id=reviews.review_id.take(kept),
        merchant=reviews.merchant[kept],
        product=reviews.product[kept],
        buyer=reviews.buyer[kept],
        received=reviews.received[kept],
        submitted=reviews.submitted[kept],
        rating=reviews.rating[kept],
        text=[reviews.text[i] for i in kept.tolist()],
        tier=[reviews.tier[i] for i in kept.tolist()],
        age=reviews.age[kept],
        prior_orders=reviews.prior_orders[kept],
        buyer_orders=reviews.buyer_orders[kept],
        received_orders=None,
    )


def scan(owner: Ints, instant: Ints, trait: Bools, rules: Brushing) -> Bools:
    """The entries showing ``trait`` whose window, centred on them, of ``scan_window_days``
    (or half or twice that) of their owner (a merchant) holds at least
    ``scan_min_reviews`` of them and improbably many for the owner: the binomial tail of
    the window's count, at the owner's share of the trait outside the window (shrunk
    towards the overall share with ``scan_prior_reviews`` entries' weight), is at most
    ``scan_max_p``. A scan statistic: a window around every entry is tried, hence the
    small ``scan_max_p``. Centred windows keep the owner's entries weeks before or after
    an excess out of it."""
    if len(owner) == 0:
        return np.zeros(0, dtype=bool)
    fired = np.zeros(len(owner), dtype=bool)
    days = rules.scan_window_days
    # Three scales: a promotion lasts days, a service's orders trickle in over weeks.
    for scale in (max(1, days // 2), days, 2 * days):
        fired |= _scan_once(owner, instant, trait, scale * 24 * HOUR, rules)
    return fired


def _scan_once(owner: Ints, instant: Ints, trait: Bools, window: int, rules: Brushing) -> Bools:
    """:func:`scan` with windows of ``window`` µs centred on each entry."""
    order = np.lexsort((instant, owner))
    merchant, when = owner[order], instant[order]
    marked = trait[order].astype(np.int64)
    span = int(when.max() - when.min()) + window + 1
    key = merchant * span + (when - when.min())
    # The window centred on each entry: an entry weeks before an excess does not reach it.
    start = np.searchsorted(key, key - window // 2, side="left")
    end = np.searchsorted(key, key + window // 2, side="right")
    cumulative = np.concatenate([[0], np.cumsum(marked)])
    inside, hits = end - start, cumulative[end] - cumulative[start]
    merchants = int(merchant.max()) + 1
    total = np.bincount(merchant, minlength=merchants)[merchant]
    total_hits = np.bincount(merchant, marked, minlength=merchants)[merchant]
    prior = rules.scan_prior_reviews
    share = (total_hits - hits + prior * float(trait.mean())) / (total - inside + prior)
    share = np.clip(share, 1e-9, 1 - 1e-9)
    candidate = (marked > 0) & (hits >= rules.scan_min_reviews)
    tail = np.ones(len(key))
    tail[candidate] = binom.sf(hits[candidate] - 1, inside[candidate], share[candidate])
    fired = candidate & (tail <= rules.scan_max_p)
    result = np.zeros(len(owner), dtype=bool)
    result[order] = fired
    return result
