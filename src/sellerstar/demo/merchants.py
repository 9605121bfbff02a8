"""The merchant population: sizes, memberships, staff accounts, habits, enrolments.

Everything per merchant is drawn once, before any order: order chunks only look merchants
up, so the chunks stay independent of each other.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from numpy.typing import NDArray

from sellerstar.demo import names
from sellerstar.demo.clock import DAY, HOUR, NEVER, SECOND, Clock, Times, timestamps
from sellerstar.demo.policy import Policy
from sellerstar.demo.text import Ints, glue, ids, pick

Floats = NDArray[np.float64]
Bools = NDArray[np.bool_]

MEMBERSHIPS = ("export_pass", "global_treasure", "gold_supplier_plus", "other", "none")
_MEMBERSHIP_P = (0.45, 0.15, 0.20, 0.10, 0.10)
TA_STATUSES = ("active", "suspended", "terminated", "none")
_TA_P = (0.85, 0.05, 0.03, 0.07)
_SUBS_P = (0.35, 0.20, 0.20, 0.12, 0.08, 0.05)  # 0..5 sub-accounts


@dataclass(frozen=True)
class Population:
    """Per-merchant arrays, indexed by merchant number 0..size-1."""

    size: int
    cum_weight: Floats  # cumulative share of orders, for sampling an order's merchant
    membership: Ints
    ta_status: Ints
    industry: Ints  # index into the policy's industries, -1 = not given
    city: Ints
    sub_count: Ints
    main_account: Ints  # account number of the main account; sub-accounts follow it
    on_time: Floats  # probability of shipping by the promised time
    tracking_risk: Floats  # multiplies the chance that a parcel never shows tracking
    appeal_rate: Floats
    rts_share: Floats
    dispatch_days: Ints  # promised dispatch days of its RTS orders
    joined: tuple[Times, Times]  # first and second enrolment, NEVER if none
    left: tuple[Times, Times]
    fast_trade: Bools  # has >= the fast-trade number of fast-shipping RTS products
    products: Ints

    @property
    def accounts(self) -> int:
        """Total number of accounts (main and sub)."""
        return int(self.size + self.sub_count.sum())

    def enrolled_at(self, merchant: Ints, instant: Times) -> Bools:
        """Whether each merchant was enrolled in the guarantee service at each instant."""
        inside = np.zeros(len(merchant), dtype=bool)
        for joined, left in zip(self.joined, self.left, strict=True):
            inside |= (joined[merchant] <= instant) & (instant < left[merchant])
        return inside


def build_population(
    rng: np.random.Generator, size: int, orders: int, clock: Clock, policy: Policy
) -> Population:
    """Draw ``size`` merchants for a marketplace of ``orders`` orders."""
    weight = rng.lognormal(0.0, 1.5, size)
    rank = weight.argsort().argsort() / max(size - 1, 1)  # 0 smallest .. 1 largest
    membership = rng.choice(len(MEMBERSHIPS), size, p=_MEMBERSHIP_P)
    ta_status = rng.choice(len(TA_STATUSES), size, p=_TA_P)
    industry = rng.integers(0, len(policy.industries), size)
    industry[rng.random(size) < 0.03] = -1
    sub_count = np.minimum(rng.choice(6, size, p=_SUBS_P) + (rank > 0.8), 5)
    main_account = np.zeros(size, dtype=np.int64)
    np.cumsum(1 + sub_count[:-1], out=main_account[1:])
    poor = rng.random(size) < 0.06
    on_time = np.where(poor, rng.beta(5, 2, size), rng.beta(20, 1.2, size))
    tracking_risk = rng.lognormal(0.0, 0.5, size) * np.where(rng.random(size) < 0.1, 3.0, 1.0)
    appeal_rate = np.where(rng.random(size) < 0.25, 0.0, rng.uniform(0.5, 1.0, size))
    qualifying = np.isin(
        membership, [MEMBERSHIPS.index(m) for m in policy.qualifying_memberships]
    ) & np.isin(ta_status, [TA_STATUSES.index(s) for s in policy.admitted_ta_statuses])
    joined, left = _enrolments(rng, qualifying, clock, policy)
    enrolled_now = ((joined[0] < NEVER) & (left[0] == NEVER)) | (
        (joined[1] < NEVER) & (left[1] == NEVER)
    )
    fast_trade = (enrolled_now & (rng.random(size) < 0.25)) | (rng.random(size) < 0.01)
    if enrolled_now.any() and not (fast_trade & enrolled_now).any():
        fast_trade[np.flatnonzero(enrolled_now)[0]] = True
    products = _product_counts(rng, weight, fast_trade, orders, policy)
    return Population(
        size=size,
        cum_weight=np.cumsum(weight / weight.sum()),
        membership=membership,
        ta_status=ta_status,
        industry=industry,
        city=rng.choice(len(names.ORIGIN_CITIES), size, p=_norm(names.ORIGIN_WEIGHTS)),
        sub_count=sub_count,
        main_account=main_account,
        on_time=on_time,
        tracking_risk=tracking_risk,
        appeal_rate=appeal_rate,
        rts_share=np.where(fast_trade, 0.9, rng.beta(2.0, 2.5, size)),
        dispatch_days=rng.choice(np.array([3, 5, 7]), size, p=[0.3, 0.4, 0.3]),
        joined=joined,
        left=left,
        fast_trade=fast_trade,
        products=products,
    )


def _norm(weights: tuple[float, ...]) -> Floats:
    array = np.asarray(weights, dtype=np.float64)
    return np.asarray(array / array.sum(), dtype=np.float64)


def _enrolments(
    rng: np.random.Generator, qualifying: Bools, clock: Clock, policy: Policy
) -> tuple[tuple[Times, Times], tuple[Times, Times]]:
    """Enrolment periods: join, maybe leave (from the allowed day on), maybe re-join
    after the block. Nothing after the cut-off."""
    size = len(qualifying)
    cutoff = clock.cutoff
    first_day = clock.start_day - 30
    join1 = clock.day_start(rng.integers(first_day, clock.as_of_day + 1, size)) + (
        rng.integers(9 * 3600, 20 * 3600, size) * SECOND
    )
    enrol = qualifying & (rng.random(size) < 0.5)
    leave1 = join1 + (policy.min_days_before_leaving + rng.integers(0, 60, size)) * DAY
    leaves = enrol & (rng.random(size) < 0.4) & (leave1 < cutoff)
    join2 = leave1 + (policy.rejoin_block_days + rng.integers(0, 40, size)) * DAY
    rejoins = leaves & (rng.random(size) < 0.6) & (join2 < cutoff)
    leave2 = join2 + (policy.min_days_before_leaving + rng.integers(0, 30, size)) * DAY
    leaves2 = rejoins & (rng.random(size) < 0.15) & (leave2 < cutoff)
    # A small marketplace still shows each path once: leave and re-join the earliest slot.
    if qualifying.any() and not rejoins.any():
        merchant = int(np.flatnonzero(qualifying)[0])
        join1[merchant] = clock.start_of_day(clock.start_day) + 10 * HOUR
        leave1[merchant] = join1[merchant] + (policy.min_days_before_leaving + 5) * DAY
        join2[merchant] = leave1[merchant] + (policy.rejoin_block_days + 3) * DAY
        if join2[merchant] < cutoff:
            enrol[merchant] = leaves[merchant] = rejoins[merchant] = True
            leaves2[merchant] = False
    never = np.full(size, NEVER, dtype=np.int64)
    return (
        (np.where(enrol, join1, NEVER), np.where(rejoins, join2, NEVER)),
        (np.where(leaves, leave1, NEVER), np.where(leaves2, leave2, never)),
    )


def _product_counts(
    rng: np.random.Generator, weight: Floats, fast_trade: Bools, orders: int, policy: Policy
) -> Ints:
    share = weight**0.6 * rng.lognormal(0.0, 0.6, len(weight))
    counts = np.floor(share / share.sum() * orders / 5 + rng.random(len(weight))).astype(np.int64)
    floor = int(policy.fast_trade_min_rts_products * 1.4)
    boosted = rng.integers(floor, floor * 2, len(weight))
    return np.asarray(np.where(fast_trade, np.maximum(counts, boosted), counts), dtype=np.int64)


def merchants_table(
    pop: Population, policy: Policy, rng: np.random.Generator
) -> dict[str, pa.Array]:
    """Columns of the ``merchants`` table."""
    industries = [name for name, _ in policy.industries]
    has_industry = pop.industry >= 0
    industry = pick(industries, np.maximum(pop.industry, 0), has_industry)
    kind = pick(names.COMPANY_KIND, rng.integers(0, len(names.COMPANY_KIND), pop.size))
    trade = pick([i.split(" ")[0].rstrip(",") for i in industries], np.maximum(pop.industry, 0))
    sector = pc.if_else(pa.array(has_industry), trade, kind)
    name = glue(
        pick(names.COMPANY_CITY, rng.integers(0, len(names.COMPANY_CITY), pop.size)),
        " ",
        pick(names.COMPANY_WORD, rng.integers(0, len(names.COMPANY_WORD), pop.size)),
        " ",
        sector,
        " Co., Ltd.",
    )
    return {
        "merchant_id": merchant_ids(np.arange(pop.size)),
        "name": name,
        "main_industry": industry,
        "secondary_category": secondary_categories(pop.industry),
        "membership": pick(MEMBERSHIPS, pop.membership),
        "ta_status": pick(TA_STATUSES, pop.ta_status),
        "country": merchant_countries(pop.size),
    }


# Second-level categories (the seed's 二级类目, e.g. 农业机械与设备), two per first-level
# industry of the rule-set's venue list, in its order; merchants without an industry get
# one of the last block.
_SECONDARY = (
    "Skin Care",
    "Hair Care",
    "Women's Clothing",
    "Men's Clothing",
    "Kitchenware",
    "Garden Supplies",
    "Mobile Phone Accessories",
    "Audio Equipment",
    "Fitness Equipment",
    "Camping & Hiking",
    "Watches",
    "Eyewear",
    "Travel Bags",
    "Backpacks",
    "Festive Decorations",
    "Arts & Crafts",
    "Educational Toys",
    "Outdoor Toys",
    "Kitchen Appliances",
    "Cleaning Appliances",
    "Bedding",
    "Curtains",
    "Hair Accessories",
    "Scarves",
    "Sports Shoes",
    "Shoe Accessories",
    "Building Materials",
    "Doors & Windows",
    "Living Room Furniture",
    "Office Furniture",
    "LED Lighting",
    "Outdoor Lighting",
    "Auto Parts",
    "Motorcycle Parts",
    "Packaging Boxes",
    "Printing Services",
    "Solar Panels",
    "Batteries",
    "Hand Tools",
    "Power Tools",
    "Motors",
    "Bearings",
    "Measuring Instruments",
    "Testing Machines",
    "Wires & Cables",
    "Switches",
    "CCTV Products",
    "Access Control",
    "Protective Clothing",
    "Fire Safety",
    "Agricultural Machinery & Equipment",
    "Food Processing Machinery",
)


def secondary_categories(industry: Ints) -> pa.Array:
    """Each merchant's second-level category: one of its industry's two, picked by its
    number (not the generator's stream, so adding the column changed no other value)."""
    index = np.asarray(industry)
    number = np.arange(len(index))
    blocks = len(_SECONDARY) // 2
    block = np.where(index >= 0, np.minimum(index, blocks - 2), blocks - 1)
    return pick(_SECONDARY, block * 2 + number % 2)


def merchant_countries(size: int) -> pa.Array:
    """Where each merchant is registered: mostly mainland China, some Hong Kong, Taiwan and
    Vietnam, a few unknown (the service market's coupons are for mainland China only).
    Drawn from the merchant's number, not the generator's stream, so adding the column
    changed no other value of the marketplace."""
    number = np.arange(size)
    codes = np.full(size, "CN", dtype=object)
    codes[number % 10 == 3] = "HK"
    codes[number % 20 == 7] = "TW"
    codes[number % 25 == 11] = "VN"
    codes[number % 40 == 19] = None
    return pa.array(codes.tolist(), pa.string())


def accounts_table(pop: Population, rng: np.random.Generator) -> dict[str, pa.Array]:
    """Columns of the ``accounts`` table: each merchant's main account, then its subs."""
    merchant = np.repeat(np.arange(pop.size), 1 + pop.sub_count)
    number = np.arange(pop.accounts)
    is_main = number == pop.main_account[merchant]
    total = pop.accounts
    return {
        "account_id": account_ids(number),
        "merchant_id": merchant_ids(merchant),
        "role": pick(("main", "sub"), np.where(is_main, 0, 1)),
        "name": glue(
            pick(names.STAFF_FIRST, rng.integers(0, len(names.STAFF_FIRST), total)),
            pick(names.STAFF_LAST, rng.integers(0, len(names.STAFF_LAST), total)),
            separator=" ",
        ),
    }


def enrolments_table(pop: Population) -> dict[str, pa.Array]:
    """Columns of ``guarantee_enrolments``: one row per enrolment period."""
    merchant_parts, joined_parts, left_parts = [], [], []
    for joined, left in zip(pop.joined, pop.left, strict=True):
        rows = np.flatnonzero(joined < NEVER)
        merchant_parts.append(rows)
        joined_parts.append(joined[rows])
        left_parts.append(left[rows])
    merchant = np.concatenate(merchant_parts)
    order = np.lexsort((np.concatenate(joined_parts), merchant))
    joined_at = np.concatenate(joined_parts)[order]
    left_at = np.concatenate(left_parts)[order]
    return {
        "merchant_id": merchant_ids(merchant[order]),
        "joined_at": timestamps(joined_at),
        "left_at": timestamps(left_at),
    }


def merchant_ids(number: Ints) -> pa.StringArray:
    """``M0000001``-style merchant ids."""
    return ids("M", number + 1, 7)


def account_ids(number: Ints) -> pa.StringArray:
    """``AC00000001``-style account ids."""
    return ids("AC", number + 1, 8)
