"""The fourth blind brushing ring shapes of the demo marketplace (``order_farm``,
``review_buyout``, ``trade_volume``): how each is planned and planted
(:mod:`sellerstar.demo.brushing_rings` has their descriptions and calls these)."""

from __future__ import annotations

import numpy as np

from sellerstar.demo.brushing_ring_types import Injected, Ring
from sellerstar.demo.clock import DAY, HOUR, Clock, Times
from sellerstar.demo.merchants import Population
from sellerstar.demo.orders import (
    COUNTRIES,
    DEST_CITIES,
    PAYMENT_METHODS,
    TRANSIT_DAYS,
    TRANSPORTS,
    Bools,
    OrderChunk,
)
from sellerstar.demo.review_texts import (
    cooperation_texts,
    honest_texts,
    resolved_texts,
    short_praise,
)
from sellerstar.demo.text import Ints

# Where order farms sit: a parcel agent's warehouse and a room of phones in a low-wage
# destination market, as (city as carriers print it, UTC offset in hours); none of these
# changed its clocks in the demo's years, so the farm's office hours are fixed in UTC.
FARM_SITES = (
    ("MANILA, PH", 8.0),
    ("KUALA LUMPUR, MY", 8.0),
    ("BANGKOK, TH", 7.0),
    ("MUMBAI, IN", 5.5),
    ("NEW DELHI, IN", 5.5),
    ("DUBAI, AE", 4.0),
    ("NAIROBI, KE", 3.0),
    ("ISTANBUL, TR", 3.0),
    ("CAIRO, EG", 2.0),
    ("LAGOS, NG", 1.0),
    ("SAO PAULO, BR", -3.0),
    ("LIMA, PE", -5.0),
)
# Farm workers post in shifts: Monday to Saturday, 8:00 to 20:00 at the farm.
SHIFT_HOURS = (8, 20)
_PARCEL = (TRANSPORTS.index("express"), TRANSPORTS.index("postal"))
_POSTAL = TRANSPORTS.index("postal")
_WIRE = PAYMENT_METHODS.index("tt")
# Days in transit per transport (rows: low, high).
_TRANSIT = np.array([TRANSIT_DAYS[t] for t in TRANSPORTS], dtype=np.float64).T


def fourth_blind_ring(
    rng: np.random.Generator,
    shape: str,
    ring_id: str,
    chunk: int,
    free: np.ndarray,
    expected: np.ndarray,
    organic_tier: Ints,
    first_fresh: int,
    assured: Bools,
) -> Ring | None:
    """One ring of a fourth-round blind shape, or None when too few merchants are free and
    busy enough (each must expect twice, plus a margin, the orders it may have to offer).
    ``assured``: the merchants whose Trade Assurance is active (the volume padded is its)."""
    repeats = np.zeros(0, dtype=np.int64)
    if shape == "trade_volume":
        free = free & assured
    if shape == "order_farm":
        # A farm's accounts, each ordering two or three times from one to three clients.
        size, width = int(rng.integers(6, 15)), int(rng.integers(2, 5))
    elif shape == "review_buyout":
        # One merchant's customer service buys off the complaints of its unhappy buyers.
        size, width = int(rng.integers(8, 21)), 1
    else:
        # An agency's few buyer companies, each placing wholesale orders month after month.
        size, width = int(rng.integers(3, 7)), 1
        repeats = rng.integers(3, 7, size).astype(np.int64)
    while True:
        need = {
            # 2.3 orders per account on average; only light parcels (about two in three).
            "order_farm": -(-size * 7 // (2 * width)) + 2,
            # The troubled orders it buys off are a few in ten of its orders.
            "review_buyout": 2 * size,
            # Wire transfers under Trade Assurance: about a third of the orders.
            "trade_volume": 3 * int(repeats.sum()),
        }[shape]
        candidates = np.flatnonzero(free & (expected * 0.5 >= 2 * need + 5))
        if len(candidates) >= width:
            break
        if width > 2:
            width -= 1
        elif len(repeats) and repeats.max() > 3:
            repeats = np.minimum(repeats, 3)  # fewer orders per company rather than none
        elif size > (2 if shape == "trade_volume" else 4):
            size = max(2, size * 2 // 3)  # a smaller ring rather than none
            repeats = repeats[:size]
        else:
            return None
    merchants = rng.choice(candidates, width, replace=False).astype(np.int64)
    country = city = -1
    solicited = 0
    if shape == "order_farm":
        # Accounts the farm registers in a batch (consecutive numbers, fresh).
        buyers = first_fresh + np.arange(size, dtype=np.int64)
        clients = rng.integers(1, min(3, width) + 1, size)
        cover = np.zeros((size, width), dtype=bool)
        for row, served in enumerate(clients.tolist()):
            cover[row, rng.choice(width, served, replace=False)] = True
        for column in np.flatnonzero(~cover.any(axis=0)).tolist():
            cover[int(rng.integers(size)), column] = True
        # An account serving one client orders from it twice; the others once per client.
        repeats = np.where(cover.sum(axis=1) == 1, 2, 1).astype(np.int64)
        site = FARM_SITES[int(rng.integers(len(FARM_SITES)))][0]
        city = DEST_CITIES.index(site)
        country = COUNTRIES.index(site.rsplit(", ", 1)[1])
        spread = rng.uniform(28, 56) * DAY
    elif shape == "review_buyout":
        buyers = np.zeros(0, dtype=np.int64)  # the merchant's own unhappy buyers
        cover = np.zeros((0, 1), dtype=bool)
        solicited = size
        spread = rng.uniform(42, 84) * DAY
    else:
        # The agency's buyer companies are established accounts (L1 and up) abroad.
        pool = np.flatnonzero(organic_tier >= 1)
        buyers = rng.choice(pool, min(size, len(pool)), replace=False).astype(np.int64)
        repeats = repeats[: len(buyers)]
        cover = np.ones((len(buyers), 1), dtype=bool)
        spread = rng.uniform(56, 112) * DAY  # the months a supplier's level is rated on
    return Ring(
        ring_id=ring_id,
        shape=shape,
        chunk=chunk,
        merchants=merchants,
        buyers=buyers,
        cover=cover,
        position=float(rng.uniform(0.05, 0.4)),
        spread=int(spread),
        phrases=np.zeros(0, dtype=np.int64),
        solicited=solicited,
        repeats=repeats,
        country=country,
        city=city,
    )


def _rotation(rng: np.random.Generator, buyers: Ints, repeats: Ints) -> Ints:
    """Accounts in the order they place their orders: every account once per round (in a
    new order each round) for as many rounds as it has orders."""
    rounds = [rng.permutation(buyers[repeats > k]) for k in range(int(repeats.max(initial=0)))]
    return np.concatenate([np.zeros(0, dtype=np.int64), *rounds]).astype(np.int64)


def _shifts(rng: np.random.Generator, received: Times, offset: int) -> Times:
    """When farm workers post the reviews: one to four days after the parcel reached the
    farm, in a shift (Monday to Saturday, :data:`SHIFT_HOURS` at the farm)."""
    count = len(received)
    day = (received + offset) // DAY + rng.integers(1, 5, count)
    day += (day + 3) % 7 == 6  # 1970-01-01 was a Thursday: no shift on Sundays
    hours = rng.uniform(SHIFT_HOURS[0], SHIFT_HOURS[1], count) * HOUR
    return (day * DAY - offset + hours.astype(np.int64)).astype(np.int64)


def _transit(rng: np.random.Generator, transport: Ints) -> Ints:
    """Days from shipping to delivery of parcels of ``transport``, in µs."""
    days: np.ndarray = rng.uniform(_TRANSIT[0, transport], _TRANSIT[1, transport])
    return (days * DAY).astype(np.int64)


def inject_fourth(
    rng: np.random.Generator,
    ring: Ring,
    orders: OrderChunk,
    usable: Bools,
    pop: Population,
    product_start: Ints,
    clock: Clock,
    done: Injected,
) -> None:
    """The orders and reviews of a fourth-round blind ring, spread over its weeks; each
    order is received, then reviewed, in turn."""
    cutoff = clock.cutoff
    high = _TRANSIT[1, orders.transport] * DAY
    if ring.shape == "order_farm":  # light parcels, by express or post, to the warehouse
        usable = usable & np.isin(orders.transport, _PARCEL) & (orders.shipped < cutoff - 40 * DAY)
    elif ring.shape == "review_buyout":  # room for the complaint, the deal and the edit
        usable = usable & (orders.shipped < cutoff - high - 30 * DAY)
    else:  # wholesale orders paid by wire under Trade Assurance, not by post
        usable &= (orders.payment == _WIRE) & orders.trade_assurance
        usable &= (orders.transport != _POSTAL) & (orders.shipped < cutoff - 20 * DAY)
    for column, merchant in enumerate(ring.merchants.tolist()):
        rows = np.flatnonzero(usable & (orders.merchant == merchant))
        if len(rows) == 0:
            continue
        rows = rows[np.argsort(orders.shipped[rows], kind="stable")]
        rows = rows[int(ring.position * (len(rows) - 1)) :]
        within = rows[orders.shipped[rows] < orders.shipped[rows[0]] + ring.spread]
        if ring.shape == "review_buyout":
            # Orders shipped late complain first (any there are), then slow or damaged
            # parcels; about half of the unhappy buyers take the refund for five stars.
            pool = within if len(within) >= 2 * ring.solicited else rows[: 2 * ring.solicited]
            weight = np.where(orders.shipped[pool] > orders.ship_by[pool], 50.0, 1.0)
            count = min(ring.solicited, len(pool))
            picked = rng.choice(pool, count, replace=False, p=weight / weight.sum())
            picked = np.sort(picked)
            members = orders.buyer[picked]
        else:
            mine = ring.cover[:, column]
            members = _rotation(rng, ring.buyers[mine], ring.repeats[mine])
            pool = within if len(within) >= len(members) else rows[: len(members)]
            picked = rng.choice(pool, min(len(members), len(pool)), replace=False)
            picked = picked[np.argsort(orders.shipped[picked], kind="stable")]
        count = len(picked)
        if count == 0:
            continue
        buyers = members[:count]
        shipped, first = orders.shipped[picked], product_start[merchant]
        if ring.shape == "order_farm":
            # The agent receives the parcels at its warehouse; the workers confirm receipt
            # and post in their next shifts, pasting the client's copy sheet or not.
            received = shipped + _transit(rng, orders.transport[picked])
            offset = int(dict(FARM_SITES)[DEST_CITIES[ring.city]] * HOUR)
            submitted = _shifts(rng, received, offset)
            quality = np.where(rng.random((3, count)) < np.array([[0.92], [0.92], [0.88]]), 5, 4)
            sheet = honest_texts(rng, np.full(int(rng.integers(3, 6)), 5))
            pasted = [sheet[int(i)] for i in rng.integers(0, len(sheet), count)]
            praise = short_praise(rng, count)
            style = rng.choice(3, count, p=(0.5, 0.3, 0.2))
            texts = [(pasted[i], "", praise[i])[k] for i, k in enumerate(style.tolist())]
            # A few pieces of the client's cheapest listings: small parcels, small amounts.
            products = first + rng.integers(0, min(2, pop.products[merchant]), count)
            done.repriced.extend(picked.tolist())
            done.cents.extend(rng.integers(500, 3000, count).tolist())
            done.shipped_to.extend(picked.tolist())
            done.country.extend([ring.country] * count)
            done.city.extend([ring.city] * count)
        elif ring.shape == "review_buyout":
            # A slow parcel (the slower half of its transport's transit times); the buyer
            # complains on receipt, the seller's refund and the edited review (all three
            # scores raised, as asked) follow days to weeks later.
            low, high = _TRANSIT[:, orders.transport[picked]]
            received = shipped + (rng.uniform((low + high) / 2, high) * DAY).astype(np.int64)
            received += (rng.uniform(0, 3, count) * DAY).astype(np.int64)
            submitted = received + (rng.uniform(5, 25, count) * DAY).astype(np.int64)
            quality = np.where(rng.random((3, count)) < np.array([[0.9], [0.95], [0.75]]), 5, 4)
            texts = resolved_texts(rng, count)
            products = first + rng.integers(0, pop.products[merchant], count)
        else:
            # Nothing to wait for: the company confirms receipt once the shipping documents
            # are uploaded, and rates the supplier within hours or days.
            received = shipped + (rng.uniform(2, 10, count) * DAY).astype(np.int64)
            submitted = received + (rng.uniform(3 * HOUR, 3 * DAY, count)).astype(np.int64)
            quality = np.where(rng.random((3, count)) < np.array([[0.97], [0.97], [0.95]]), 5, 4)
            texts = cooperation_texts(rng, count)
            products = first + rng.integers(0, min(3, pop.products[merchant]), count)
            # Round wholesale sums, wired to the agency and paid back to the merchant.
            done.repriced.extend(picked.tolist())
            done.cents.extend((rng.integers(30, 241, count) * 5000).tolist())
        done.buyer[picked] = buyers
        done.record(ring, picked, received, submitted, quality, texts, products)
