"""Product listings of a range of merchants: RTS and custom, sample prices, stock, status.

Fast-trade merchants list well over the fast-trade number of RTS products shipping within
the fast-trade days; others a skewed, mostly small catalogue. Sample prices sit around the
industry's minimum (some below it), so the sample-venue rules have both sides to judge.
"""

from __future__ import annotations

from itertools import pairwise

import numpy as np
import pyarrow as pa

from sellerstar.demo import names
from sellerstar.demo.merchants import Population, account_ids, merchant_ids
from sellerstar.demo.orders import money
from sellerstar.demo.policy import Policy
from sellerstar.demo.radar import radar_listings
from sellerstar.demo.text import Ints, glue, ids, numbers_as_text, pick, with_nulls

PRODUCT_STATUSES = ("listed", "delisted", "deleted")
_SHIP_DAYS = np.array([2, 3, 5, 7, 10, 15])
_SPEC = ("", " Wholesale", " with Custom Logo", " in Stock", " OEM ODM", " Free Sample")


def merchant_ranges(pop: Population, chunk_size: int) -> list[tuple[int, int]]:
    """Merchant ranges ``[lo, hi)`` holding about ``chunk_size`` products each."""
    ends = np.cumsum(pop.products)
    total = int(ends[-1]) if len(ends) else 0
    cuts = np.searchsorted(ends, np.arange(chunk_size, total, chunk_size), side="left") + 1
    bounds = [0, *sorted({int(c) for c in cuts if 0 < c < pop.size}), pop.size]
    return list(pairwise(bounds))


def make_products(
    rng: np.random.Generator,
    pop: Population,
    lo: int,
    hi: int,
    policy: Policy,
    radar_rng: np.random.Generator,
) -> dict[str, pa.Array]:
    """Columns of the ``products`` table for merchants ``lo .. hi - 1``; the radar's
    columns (brand, tier, marks in titles: :mod:`sellerstar.demo.radar`) draw from
    ``radar_rng``, so the other columns do not depend on them."""
    count = pop.products[lo:hi]
    merchant = np.repeat(np.arange(lo, hi), count)
    size = len(merchant)
    first = int(pop.products[:lo].sum())
    subs = pop.sub_count[merchant]
    by_sub = (subs > 0) & (rng.random(size) < 0.5)
    owner = pop.main_account[merchant] + np.where(
        by_sub, 1 + (rng.random(size) * subs).astype(np.int64), 0
    )
    own = pop.industry[merchant]
    industry = np.where(
        (own >= 0) & (rng.random(size) < 0.85), own, rng.integers(0, len(policy.industries), size)
    )
    industries = [name for name, _ in policy.industries]
    leaves, nouns = _catalogue(industries)
    leaf = _within(rng, leaves, industry)
    noun = _within(rng, nouns, industry)

    fast = pop.fast_trade[merchant]
    rts = rng.random(size) < pop.rts_share[merchant]
    quick = policy.fast_trade_max_ship_days >= _SHIP_DAYS
    usual = np.array([0.1, 0.2, 0.25, 0.2, 0.15, 0.1])
    eager = np.where(quick, 0.95 / quick.sum(), 0.05 / max((~quick).sum(), 1))
    days = np.where(
        fast,
        _SHIP_DAYS[rng.choice(len(_SHIP_DAYS), size, p=eager / eager.sum())],
        _SHIP_DAYS[rng.choice(len(_SHIP_DAYS), size, p=usual)],
    )
    stock = np.where(
        rts, rng.lognormal(np.log(300), 1.2, size), rng.lognormal(np.log(50), 1.5, size)
    ).astype(np.int64)
    stock[rng.random(size) < 0.06] = 0
    samples = rng.random(size) < 0.45
    floor = np.array([price for _, price in policy.industries])[industry]
    factor = np.where(
        rng.random(size) < 0.08, rng.uniform(0.3, 0.95, size), rng.lognormal(np.log(1.8), 0.5, size)
    )
    cents = np.round(floor * factor * 100).astype(np.int64)
    moq = rng.choice(np.array([1, 2, 5, 10, 50, 100, 500]), size)
    # Drawn in the order of the columns, as before the radar's columns came.
    title = glue(
        pick(names.ADJECTIVES, rng.integers(0, len(names.ADJECTIVES), size)),
        " ",
        pick(nouns[0], noun),
        pick(_SPEC, rng.integers(0, len(_SPEC), size)),
    )
    growth = np.round(rng.beta(3.5, 2.5, size) * 100).astype(np.int64)
    status = pick(PRODUCT_STATUSES, rng.choice(3, size, p=[0.86, 0.09, 0.05]))
    listings = radar_listings(radar_rng, merchant, title, industries, industry, growth)
    return {
        "product_id": ids("P", first + np.arange(size) + 1, 10),
        "merchant_id": merchant_ids(merchant),
        "owner_account_id": account_ids(owner),
        "title": listings.title,
        "description": glue(
            pick(leaves[0], leaf),
            ". MOQ ",
            numbers_as_text(moq),
            " pieces. ",
            pick(("Customizable.", "Ready to ship."), rts.astype(np.int64)),
        ),
        "leaf_category": pick(leaves[0], leaf),
        "industry": pick(industries, industry),
        "is_rts": pa.array(rts),
        "ships_within_days": pa.array(days, mask=~rts),
        "stock": pa.array(stock),
        "growth_score": pa.array(growth),
        "samples_supported": pa.array(samples),
        "sample_price_usd": with_nulls(money(cents), ~samples),
        "status": status,
        "brand": listings.brand,
        "tier": listings.tier,
        "image_path": listings.image_path,
    }


Catalogue = tuple[tuple[str, ...], Ints, Ints]  # flat words, start and count per industry


def _catalogue(industries: list[str]) -> tuple[Catalogue, Catalogue]:
    parts = [names.catalogue(industry) for industry in industries]
    return _flatten([leaves for leaves, _ in parts]), _flatten([nouns for _, nouns in parts])


def _flatten(groups: list[tuple[str, ...]]) -> Catalogue:
    count = np.array([len(group) for group in groups], dtype=np.int64)
    start = np.concatenate([[0], np.cumsum(count)[:-1]]).astype(np.int64)
    return tuple(word for group in groups for word in group), start, count


def _within(rng: np.random.Generator, catalogue: Catalogue, industry: Ints) -> Ints:
    _, start, count = catalogue
    return start[industry] + (rng.random(len(industry)) * count[industry]).astype(np.int64)
