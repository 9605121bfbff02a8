"""Tracking events of one chunk's shipments: platform feeds and third-party look-ups.

Each current parcel gets a situation: a full track (pre-advice, then physical scans up to
delivery), pre-advice only, one real scan only, or never online (some of those are
visible on 17TRACK / Kuaidi100 instead). Replaced proofs never go online: their number
was wrong. Events reach the platform minutes to hours after they happen, some days or
weeks late; some are delivered twice (same time and text, another ``received_at``).
Nothing happens or arrives after the cut-off.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

import numpy as np
import pyarrow as pa
from numpy.typing import NDArray

from sellerstar.demo import names
from sellerstar.demo.carriers import CARRIER_CODES, CARRIERS, STAGES
from sellerstar.demo.clock import DAY, HOUR, MINUTE, SECOND, Clock, Times, timestamps
from sellerstar.demo.merchants import Population
from sellerstar.demo.orders import DEST_CITIES, TRANSPORTS, OrderChunk
from sellerstar.demo.shipments import ShipmentChunk
from sellerstar.demo.text import Ints, pick

Bools = NDArray[np.bool_]
Floats = NDArray[np.float64]

SOURCES = ("platform", "17track", "kuaidi100")
PLATFORM, TRACK17, KUAIDI100 = range(3)
FULL, PRE_ONLY, SINGLE_REAL, NEVER_ONLINE = range(4)

# Every wording of every (carrier, stage) in one list; offsets and counts index into it.
_TEXTS: list[str] = []
_TEXT_STATUS: list[str] = []
_OFFSET = np.zeros((len(CARRIER_CODES), STAGES), dtype=np.int64)
_COUNT = np.zeros((len(CARRIER_CODES), STAGES), dtype=np.int64)
for _c, _code in enumerate(CARRIER_CODES):
    for _stage in range(STAGES):
        _scans = CARRIERS[_code].stage_texts(_stage)
        _OFFSET[_c, _stage], _COUNT[_c, _stage] = len(_TEXTS), len(_scans)
        _TEXTS += [scan.text for scan in _scans]
        _TEXT_STATUS += [scan.status for scan in _scans]
_CHINESE = np.array([CARRIERS[code].language == "zh" for code in CARRIER_CODES])
_KUAIDI100_FIRST = np.array(
    [code in ("chinapost", "ems", "sfexpress", "cainiao", "yanwen") for code in CARRIER_CODES]
)
# Share of parcels of a carrier that fail (fewer than two platform events).
_FAIL = {
    "ups": 0.05,
    "fedex": 0.05,
    "dhl": 0.05,
    "tnt": 0.08,
    "aramex": 0.08,
    "dpd": 0.06,
    "gls": 0.06,
    "usps": 0.08,
    "royalmail": 0.08,
    "canadapost": 0.08,
    "auspost": 0.08,
    "postnl": 0.08,
    "4px": 0.14,
    "yunexpress": 0.14,
    "sfexpress": 0.12,
    "cainiao": 0.14,
    "chinapost": 0.18,
    "ems": 0.16,
    "yanwen": 0.2,
    "maersk": 0.1,
    "cosco": 0.1,
}
_FAIL_RATE = np.array([_FAIL[code] for code in CARRIER_CODES])
# Median hours between physical scans, per transport.
_GAP_HOURS = np.array(
    [{"express": 20, "postal": 60, "air": 36, "sea": 140, "land": 48}[t] for t in TRANSPORTS],
    dtype=np.float64,
)
_LOCATIONS = (
    *(en for en, _ in names.ORIGIN_CITIES),
    *(zh for _, zh in names.ORIGIN_CITIES),
    *DEST_CITIES,
)


@dataclass(frozen=True)
class EventChunk:
    """Tracking events of a shipment chunk (one row per delivered event message)."""

    shipment: Ints  # row in the shipment chunk
    source: Ints
    stage: Ints  # 0 = pre-advice
    text: Ints
    location: Ints  # -1 = none
    has_status: Bools
    event_time: Times
    received: Times
    duplicate: Bools  # a second delivery of an event already in the feed

    @property
    def size(self) -> int:
        """Number of event rows."""
        return len(self.shipment)

    def columns(self, shipments: ShipmentChunk) -> dict[str, pa.Array]:
        """Columns of the ``tracking_events`` table."""
        take = pa.array(self.shipment)
        return {
            "carrier": pick(CARRIER_CODES, shipments.carrier[self.shipment]),
            "tracking_number": shipments.number.take(take),
            "event_time": timestamps(self.event_time),
            "received_at": timestamps(self.received),
            "description": pick(_TEXTS, self.text),
            "location": pick(_LOCATIONS, np.maximum(self.location, 0), self.location >= 0),
            "status": pick(_TEXT_STATUS, self.text, self.has_status),
            "source": pick(SOURCES, self.source),
        }


def make_events(
    rng: np.random.Generator,
    shipments: ShipmentChunk,
    orders: OrderChunk,
    pop: Population,
    clock: Clock,
) -> EventChunk:
    """Events of every shipment of the chunk, ordered by parcel, source and time."""
    size = shipments.size
    merchant = orders.merchant[shipments.order]
    fail = np.clip(_FAIL_RATE[shipments.carrier] * pop.tracking_risk[merchant], 0, 0.7)
    kind = np.array([NEVER_ONLINE, PRE_ONLY, SINGLE_REAL])[rng.choice(3, size, p=[0.4, 0.4, 0.2])]
    situation = np.where(rng.random(size) < fail, kind, FULL)
    situation[shipments.replaced_by >= 0] = NEVER_ONLINE  # a wrong number never shows up

    has_pre = np.select(
        [situation == FULL, situation == PRE_ONLY], [rng.random(size) < 0.88, True], False
    )
    real = rng.choice(np.arange(1, 8), size, p=[0.05, 0.10, 0.15, 0.20, 0.20, 0.15, 0.15])
    real = np.select(
        [situation == FULL, situation == SINGLE_REAL], [np.maximum(real, 2 - has_pre), 1], 0
    )
    planned = _track(rng, np.arange(size), has_pre, real, shipments, orders, pop)
    platform = _deliver(rng, planned, shipments, clock, PLATFORM)

    # Third-party look-ups find some parcels the platform never saw.
    looked_up = np.flatnonzero(
        (situation == NEVER_ONLINE) & (shipments.replaced_by < 0) & (rng.random(size) < 0.5)
    )
    found = rng.choice(3, len(looked_up), p=[0.2, 0.2, 0.6])  # pre-only / one real / more
    tp_pre = (found == 0) | ((found == 2) & (rng.random(len(looked_up)) < 0.7))
    tp_real = np.select([found == 1, found == 2], [1, rng.integers(1, 6, len(looked_up))], 0)
    tp_real = np.where(found == 2, np.maximum(tp_real, 2 - tp_pre), tp_real)
    looks = _track(rng, looked_up, tp_pre, tp_real, shipments, orders, pop)
    # One look-up service per parcel; Kuaidi100 is the usual one for Chinese carriers.
    by_parcel = np.full(size, TRACK17)
    chinese = _KUAIDI100_FIRST[shipments.carrier[looked_up]]
    by_parcel[looked_up] = np.where(
        chinese & (rng.random(len(looked_up)) < 0.7), KUAIDI100, TRACK17
    )
    third = _deliver(rng, looks, shipments, clock, by_parcel[looks.shipment])
    return _sorted(_concat(platform, third))


@dataclass(frozen=True)
class _Track:
    shipment: Ints
    stage: Ints
    event_time: Times
    location: Ints

    @property
    def size(self) -> int:
        return len(self.shipment)


def _track(
    rng: np.random.Generator,
    parcels: Ints,
    has_pre: Bools,
    real: Ints,
    shipments: ShipmentChunk,
    orders: OrderChunk,
    pop: Population,
) -> _Track:
    """Planned events of ``parcels``: optional pre-advice, then ``real`` physical scans."""
    pre = has_pre.astype(np.int64)
    count = pre + real
    shipment = np.repeat(parcels, count)
    start = np.repeat(np.cumsum(count) - count, count)
    position = np.arange(len(shipment)) - start
    is_pre = np.repeat(pre, count).astype(bool) & (position == 0)
    j = position - np.repeat(pre, count)
    m = np.repeat(real, count)
    delivered = np.repeat(rng.random(len(parcels)) < 0.96, count)
    tail = np.where(delivered, np.minimum(2, m - 1), 0)
    stage = np.where(is_pre, 0, np.where(delivered & (j >= m - tail), 8 - (m - j), j + 1))

    transport = shipments.transport[shipment]
    median = np.where(stage == 7, 4.0, np.where(stage == 1, 14.0, _GAP_HOURS[transport]))
    median = np.where(is_pre, 1.5, median)
    gap = np.maximum(MINUTE, rng.lognormal(np.log(median * HOUR), 0.6))
    gap = (np.round(gap / SECOND) * SECOND).astype(np.int64)
    cumulative = np.cumsum(gap)
    before = np.repeat(np.concatenate([[0], cumulative])[np.cumsum(count) - count], count)
    event_time = shipments.dispatched[shipment] + cumulative - before

    order = shipments.order[shipment]
    origin = pop.city[orders.merchant[order]] + np.where(
        _CHINESE[shipments.carrier[shipment]], len(names.ORIGIN_CITIES), 0
    )
    destination = 2 * len(names.ORIGIN_CITIES) + orders.city[order]
    location = np.where(stage <= 3, origin, destination)
    location = np.where(is_pre & (rng.random(len(shipment)) < 0.7), -1, location)
    return _Track(shipment, stage, event_time, location)


def _deliver(
    rng: np.random.Generator,
    track: _Track,
    shipments: ShipmentChunk,
    clock: Clock,
    source: int | Ints,
) -> EventChunk:
    """When each planned event reaches the platform; drops what happens or arrives after
    the cut-off and adds second deliveries of some events."""
    size = track.size
    uploaded = shipments.uploaded[track.shipment]
    delay = np.clip(rng.lognormal(np.log(30 * MINUTE), 1.1, size), MINUTE, 2 * DAY)
    delay = delay + np.where(rng.random(size) < 0.02, rng.uniform(1, 30, size) * DAY, 0)
    arrival = np.maximum(track.event_time, uploaded) + delay
    # Some feeds are back-filled in one go days or weeks later.
    backfill = rng.random(shipments.size) < 0.05
    refill_at = uploaded + rng.uniform(18, 30, shipments.size)[track.shipment] * DAY
    arrival = np.where(backfill[track.shipment], np.maximum(arrival, refill_at), arrival)
    received = (np.round(arrival / SECOND) * SECOND).astype(np.int64)
    keep = (track.event_time < clock.cutoff) & (received < clock.cutoff)

    sources = np.broadcast_to(np.asarray(source), (size,))
    carrier = shipments.carrier[track.shipment]
    text = _OFFSET[carrier, track.stage] + (rng.random(size) * _COUNT[carrier, track.stage]).astype(
        np.int64
    )
    with_status = ~(rng.random(shipments.size) < 0.12)[track.shipment] & (sources != KUAIDI100)
    events = EventChunk(
        shipment=track.shipment[keep],
        source=np.asarray(sources[keep], dtype=np.int64),
        stage=track.stage[keep],
        text=text[keep],
        location=track.location[keep],
        has_status=with_status[keep],
        event_time=track.event_time[keep],
        received=received[keep],
        duplicate=np.zeros(int(keep.sum()), dtype=bool),
    )
    again = np.flatnonzero(rng.random(events.size) < 0.015)
    resent = (
        events.received[again]
        + (rng.uniform(1, 3 * 24 * 60, len(again)) * MINUTE).astype(np.int64) // SECOND * SECOND
    )
    again, resent = again[resent < clock.cutoff], resent[resent < clock.cutoff]
    # Each repeat right after its original, so rows stay in parcel and time order.
    rows = np.concatenate([np.arange(events.size), again])
    order = np.argsort(np.concatenate([2 * np.arange(events.size), 2 * again + 1]))
    merged = _take(events, rows[order])
    return replace(
        merged,
        received=np.concatenate([events.received, resent])[order],
        duplicate=np.concatenate([events.duplicate, np.ones(len(again), dtype=bool)])[order],
    )


def _take(events: EventChunk, rows: Ints) -> EventChunk:
    return EventChunk(*(getattr(events, f.name)[rows] for f in fields(EventChunk)))


def _concat(*chunks: EventChunk) -> EventChunk:
    return EventChunk(
        *(np.concatenate([getattr(c, f.name) for c in chunks]) for f in fields(EventChunk))
    )


def _sorted(events: EventChunk) -> EventChunk:
    """By parcel, platform before look-ups; each source's rows are already in time order."""
    key = 2 * events.shipment + (events.source != PLATFORM)
    return _take(events, np.argsort(key, kind="stable"))
