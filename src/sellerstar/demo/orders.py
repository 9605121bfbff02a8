"""Orders of one chunk: who, where, how, and a life cycle consistent with its timestamps.

Order numbers rise with creation day (chunk k holds the k-th slice of time), as a real
order table does. Status is the order's state at the cut-off: nothing after it exists.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyarrow as pa
from numpy.typing import NDArray

from sellerstar.demo import names
from sellerstar.demo.clock import DAY, HOUR, MINUTE, NEVER, SECOND, Clock, Times, timestamps
from sellerstar.demo.merchants import Population, account_ids, merchant_ids
from sellerstar.demo.policy import Policy
from sellerstar.demo.text import Ints, ids, pick, with_nulls

Bools = NDArray[np.bool_]

TRADE_TERMS = ("DAP", "DDP", "FOB", "CIF", "EXW", "FCA", "CFR", "CPT", "CIP", "DDU", "FAS", "DPU")
_TERM_P = (0.30, 0.18, 0.12, 0.08, 0.10, 0.06, 0.04, 0.03, 0.03, 0.04, 0.01, 0.01)
EXPORT_MODES = ("tad", "self_export", "other")
TRANSPORTS = ("express", "postal", "air", "sea", "land")
PAYMENT_METHODS = ("tt", "credit_card", "e_payment", "lc", "open_account")
_PAYMENT_P = (0.35, 0.30, 0.22, 0.05, 0.08)
STATUSES = ("created", "paid", "shipped", "received", "completed", "cancelled", "refunded")
CREATED, PAID, SHIPPED, RECEIVED, COMPLETED, CANCELLED, REFUNDED = range(7)
COUNTRIES = tuple(code for code, _, _ in names.DESTINATIONS)
_CITY_COUNT = np.array([len(cities) for _, _, cities in names.DESTINATIONS])
_CITY_START = np.concatenate([[0], np.cumsum(_CITY_COUNT)[:-1]])
DEST_CITIES = tuple(f"{city}, {code}" for code, _, cities in names.DESTINATIONS for city in cities)
# Hour of day (platform time) at which orders are placed.
_HOURS = np.array([1, 1, 1, 1, 1, 2, 3, 5, 8, 10, 10, 9, 7, 8, 9, 9, 8, 7, 6, 6, 6, 5, 4, 2.0])
# Days in transit from shipping to delivery, per transport: (low, high).
TRANSIT_DAYS = {
    "express": (4, 10),
    "postal": (10, 30),
    "air": (5, 14),
    "sea": (25, 50),
    "land": (8, 25),
}
ORDER_NUMBER_BASE = 160_100_000_000_000


@dataclass(frozen=True)
class OrderChunk:
    """Arrays of the orders ``first .. first + size - 1`` (instants in µs, NEVER = none)."""

    first: int
    merchant: Ints
    owner: Ints  # account number, -1 = the main account
    buyer: Ints
    trade_assurance: Bools
    country: Ints
    city: Ints  # index into DEST_CITIES
    term: Ints
    export_mode: Ints
    transport: Ints
    payment: Ints
    status: Ints
    created: Times
    paid: Times
    ship_by: Times
    shipped: Times
    received: Times  # the buyer confirmed receipt (received and completed orders)
    cents: Ints
    all_rts: Bools
    promise: Bools

    @property
    def size(self) -> int:
        """Number of orders."""
        return len(self.merchant)

    @property
    def number(self) -> Ints:
        """Global order numbers (0-based)."""
        return np.arange(self.first, self.first + self.size, dtype=np.int64)

    def columns(self) -> dict[str, pa.Array]:
        """Columns of the ``orders`` table."""
        return {
            "order_id": order_ids(self.number),
            "merchant_id": merchant_ids(self.merchant),
            "owner_account_id": with_nulls(account_ids(np.maximum(self.owner, 0)), self.owner < 0),
            "buyer_id": ids("B", self.buyer + 1, 9),
            "trade_assurance": pa.array(self.trade_assurance),
            "destination_country": pick(COUNTRIES, self.country),
            "trade_term": pick(TRADE_TERMS, self.term),
            "export_mode": pick(EXPORT_MODES, self.export_mode),
            "transport": pick(TRANSPORTS, self.transport),
            "payment_method": pick(PAYMENT_METHODS, self.payment),
            "status": pick(STATUSES, self.status),
            "created_at": timestamps(self.created),
            "paid_at": timestamps(self.paid),
            "ship_by": timestamps(self.ship_by),
            "shipped_at": timestamps(self.shipped),
            "received_at": timestamps(self.received),
            "amount_usd": money(self.cents),
            "all_items_rts": pa.array(self.all_rts),
            "delivery_promise": pa.array(self.promise),
        }


def order_ids(number: Ints) -> pa.Array:
    """15-digit order numbers, rising with creation."""
    return pa.array(number + ORDER_NUMBER_BASE, type=pa.int64()).cast(pa.string())


def money(cents: Ints) -> pa.Array:
    """Non-negative cents as ``decimal128(14, 2)`` (exact, no float rounding)."""
    words = np.zeros((len(cents), 2), dtype=np.int64)  # little-endian 128-bit integers
    words[:, 0] = cents
    return pa.Array.from_buffers(
        pa.decimal128(14, 2), len(cents), [None, pa.py_buffer(words.tobytes())]
    )


def make_orders(
    rng: np.random.Generator,
    first: int,
    size: int,
    total: int,
    pop: Population,
    clock: Clock,
    policy: Policy,
) -> OrderChunk:
    """Orders ``first .. first + size - 1`` of a marketplace of ``total`` orders."""
    created = _creation_times(rng, first, size, total, clock)
    merchant = np.searchsorted(pop.cum_weight, rng.random(size) * pop.cum_weight[-1])
    merchant = np.minimum(merchant, pop.size - 1)
    subs = pop.sub_count[merchant]
    by_sub = (subs > 0) & (rng.random(size) < 0.45)
    owner = np.where(
        by_sub, pop.main_account[merchant] + 1 + (rng.random(size) * subs).astype(np.int64), -1
    )
    buyers = max(100, total // 3)
    buyer = (buyers * rng.random(size) ** 1.8).astype(np.int64)
    ta = (pop.ta_status[merchant] != 3) & (rng.random(size) < 0.93)
    weights = np.array([w for _, w, _ in names.DESTINATIONS])
    country = rng.choice(len(COUNTRIES), size, p=weights / weights.sum())
    city = _CITY_START[country] + (rng.random(size) * _CITY_COUNT[country]).astype(np.int64)
    rts = rng.random(size) < pop.rts_share[merchant]
    cents = np.maximum(
        100, np.round(rng.lognormal(np.where(rts, 5.2, 6.8), np.where(rts, 1.0, 1.3)) * 100)
    ).astype(np.int64)
    transport = _transports(rng, rts, cents)
    paid, ship_by, shipped, received, status = _life_cycle(
        rng, created, rts, transport, merchant, pop, clock
    )
    export_mode = rng.choice(3, size, p=[0.6, 0.3, 0.1])
    promise = _delivery_promise(rng, merchant, paid, transport, export_mode, pop, policy)
    return OrderChunk(
        first=first,
        merchant=merchant,
        owner=owner,
        buyer=buyer,
        trade_assurance=ta,
        country=country,
        city=city,
        term=rng.choice(len(TRADE_TERMS), size, p=_TERM_P),
        export_mode=export_mode,
        transport=transport,
        payment=rng.choice(len(PAYMENT_METHODS), size, p=_PAYMENT_P),
        status=status,
        created=created,
        paid=paid,
        ship_by=ship_by,
        shipped=shipped,
        received=received,
        cents=cents,
        all_rts=rts,
        promise=promise,
    )


def _creation_times(
    rng: np.random.Generator, first: int, size: int, total: int, clock: Clock
) -> Times:
    # Growing demand, quieter weekends, a bump around 11.11; the i-th order of the
    # marketplace lands at the i-th quantile, so order numbers rise with time.
    day = np.arange(clock.days)
    weekday = (clock.start_day + day + 3) % 7  # 1970-01-01 was a Thursday; Monday = 0
    weight = (1 + 0.6 * day / clock.days) * np.select([weekday == 5, weekday == 6], [0.8, 0.7], 1)
    month_day = np.array([clock.date(clock.start_day + int(d)).strftime("%m-%d") for d in day])
    weight = weight * np.where(np.isin(month_day, ["11-09", "11-10", "11-11"]), 1.8, 1.0)
    cdf = np.cumsum(weight) / weight.sum()
    quantile = (np.arange(first, first + size) + rng.random(size)) / total
    offset = np.minimum(np.searchsorted(cdf, quantile, side="right"), clock.days - 1)
    hour = rng.choice(24, size, p=_HOURS / _HOURS.sum())
    seconds = hour * 3600 + rng.integers(0, 3600, size)
    return clock.day_start(clock.start_day + offset) + seconds * SECOND


def _transports(rng: np.random.Generator, rts: Bools, cents: Ints) -> Ints:
    rts_choice = rng.choice(5, len(rts), p=[0.70, 0.20, 0.07, 0.02, 0.01])
    custom_choice = rng.choice(5, len(rts), p=[0.50, 0.05, 0.15, 0.25, 0.05])
    bulky = (cents > 2_000_000) & (rng.random(len(rts)) < 0.7)
    return np.where(bulky, 3, np.where(rts, rts_choice, custom_choice))


def _seconds(values: NDArray[np.float64]) -> Times:
    """Durations rounded to whole seconds."""
    return (np.round(values / SECOND) * SECOND).astype(np.int64)


def _life_cycle(
    rng: np.random.Generator,
    created: Times,
    rts: Bools,
    transport: Ints,
    merchant: Ints,
    pop: Population,
    clock: Clock,
) -> tuple[Times, Times, Times, Times, Ints]:
    size, cutoff = len(created), clock.cutoff
    delay = np.clip(rng.lognormal(np.log(2 * HOUR), 1.4, size), MINUTE, 12 * DAY)
    paid_at = created + _seconds(delay)
    paid = (rng.random(size) < 0.9) & (paid_at < cutoff)
    dispatch = np.where(rts, pop.dispatch_days[merchant], rng.integers(10, 41, size))
    ship_by = np.where(paid, paid_at + dispatch * DAY, NEVER)
    cancelled_early = paid & (rng.random(size) < 0.04)
    stuck = paid & (rng.random(size) < 0.01)
    late = rng.random(size) > pop.on_time[merchant]
    window = (ship_by - paid_at).astype(np.float64)
    early_at = paid_at + _seconds(np.maximum(HOUR, rng.random(size) ** 1.5 * window))
    late_by = np.maximum(HOUR, rng.lognormal(np.log(2 * DAY), 0.9, size))
    ship_at = np.where(late, ship_by + _seconds(late_by), early_at)
    shipped = paid & ~cancelled_early & ~stuck & (ship_at < cutoff)

    low = np.array([TRANSIT_DAYS[t][0] for t in TRANSPORTS])[transport]
    high = np.array([TRANSIT_DAYS[t][1] for t in TRANSPORTS])[transport]
    delivered = ship_at + _seconds(rng.uniform(low, high) * DAY)
    confirmed = delivered + _seconds(rng.uniform(0, 8, size) * DAY)
    completed = confirmed + _seconds(rng.uniform(0, 4, size) * DAY)

    recent = created >= cutoff - 5 * DAY
    unpaid = np.where(rng.random(size) < np.where(recent, 0.7, 0.15), CREATED, CANCELLED)
    after_ship = np.select([completed < cutoff, confirmed < cutoff], [COMPLETED, RECEIVED], SHIPPED)
    draw = rng.random(size)
    after_ship = np.select([draw < 0.012, draw < 0.016], [REFUNDED, CANCELLED], after_ship)
    status = np.select(
        [~paid, cancelled_early, ~shipped, shipped],
        [unpaid, np.where(rng.random(size) < 0.8, CANCELLED, REFUNDED), PAID, after_ship],
    )
    return (
        np.where(paid, paid_at, NEVER),
        ship_by,
        np.where(shipped, ship_at, NEVER),
        np.where((status == RECEIVED) | (status == COMPLETED), confirmed, NEVER),
        status.astype(np.int64),
    )


def _delivery_promise(
    rng: np.random.Generator,
    merchant: Ints,
    paid: Times,
    transport: Ints,
    export_mode: Ints,
    pop: Population,
    policy: Policy,
) -> Bools:
    # The logistics services that show "delivery by" are chosen far more often by
    # merchants enrolled in the guarantee service.
    shape = np.isin(transport, [TRANSPORTS.index(t) for t in policy.gd_transports]) & np.isin(
        export_mode, [EXPORT_MODES.index(m) for m in policy.gd_export_modes]
    )
    enrolled = pop.enrolled_at(merchant, paid) & (paid < NEVER)
    chance = np.where(shape, np.where(enrolled, 0.75, 0.2), 0.03)
    return rng.random(len(merchant)) < chance
