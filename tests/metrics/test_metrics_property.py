"""Property: on random small marketplaces and random rule numbers (and time zones with
daylight saving), the engine equals the straightforward reference of the tests, for every
merchant, order and stat date of a random range."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from metrics_backends import Backends
from metrics_market import Market
from metrics_reference import reference

from sellerstar.metrics.dates import date_range
from sellerstar.metrics.runner import compute
from sellerstar.metrics.tables import from_arrow
from sellerstar.rules import RuleBook, RuleSet

BASE = dt.date(2022, 11, 1)  # New York and Berlin leave daylight saving around it
ZONES = ("Asia/Shanghai", "America/New_York", "Europe/Berlin", "UTC")
CLOCK_TIMES = (
    dt.time(0, 0),
    dt.time(0, 0, 0, 1),
    dt.time(1, 30),  # in New York's fold on 2022-11-06
    dt.time(2, 30),  # in Berlin's fold on 2022-10-30
    dt.time(12, 0),
    dt.time(23, 59, 59, 999999),
)
MERCHANT_COLUMNS = (
    "tv_orders",
    "tv_passing",
    "tv_rate",
    "gd_enrolled",
    "gd_orders",
    "gd_guaranteed",
    "gd_rate",
    "gd_default_pass",
    "ots_due",
    "ots_on_time",
    "ots_rate",
)
ORDER_COLUMNS = (
    "merchant_id",
    "owner_account_id",
    "ship_date",
    "reason",
    "counted_pass",
    "shown_pass",
    "appeal_window_open",
    "shipments",
    "failing_shipments",
)


class _Fixed:
    def __init__(self, rule_set: RuleSet) -> None:
        self.rule_set = rule_set

    def for_stat_date(self, stat_date: dt.date) -> RuleSet:
        return self.rule_set


@st.composite
def instants(draw: st.DrawFn, zone: ZoneInfo, anchor: dt.date, back: int) -> dt.datetime:
    """An instant on a day from ``anchor - back`` to ``anchor + 8``, at a boundary-prone
    time of day (both sides of midnight, the daylight-saving folds)."""
    day = anchor + dt.timedelta(days=draw(st.one_of(st.integers(-back, 8), st.integers(-3, 7))))
    fold = draw(st.integers(0, 1))
    return dt.datetime.combine(day, draw(st.sampled_from(CLOCK_TIMES)), zone).replace(fold=fold)


@st.composite
def rule_sets(draw: st.DrawFn, base: RuleSet) -> RuleSet:
    tv, gd, ots = base.tracking_visibility, base.guaranteed_delivery, base.on_time_shipment
    assert tv is not None and gd is not None
    end = draw(st.integers(0, 6))
    start = end + draw(st.integers(0, 12))
    exempt = draw(st.integers(0, start - end + 1))
    disclosure = draw(st.integers(end, start))
    appeals = tv.appeals.model_copy(
        update={
            "first_disclosure_after_ship_days": disclosure,
            "first_disclosure_from": BASE + dt.timedelta(days=draw(st.integers(-40, 10))),
            "window_days": draw(st.integers(1, 4)),
        }
    )
    tv = tv.model_copy(
        update={
            "window_start_days": start,
            "window_end_days": end,
            "newest_exempt_days": exempt,
            "launch_exempt_through": BASE + dt.timedelta(days=draw(st.integers(-30, 0))),
            "min_events_to_pass": draw(st.integers(1, 3)),
            "counted_event_sources": draw(
                st.sampled_from([("platform",), ("platform", "17track")])
            ),
            "destinations": draw(st.sampled_from(["core", "all"])),
            "no_orders_rate": draw(st.sampled_from([1.0, 0.0])),
            "appeals": appeals,
        }
    )
    gd = gd.model_copy(
        update={
            "lookback_days": draw(st.integers(1, 15)),
            "default_pass_max_orders": draw(st.integers(0, 3)),
            "default_pass_requires_enrolment": draw(st.booleans()),
            "destinations": draw(st.sampled_from(["core", "all"])),
        }
    )
    ots = ots.model_copy(update={"window_days": draw(st.integers(1, 10))})
    calendar = base.calendar.model_copy(update={"timezone": draw(st.sampled_from(ZONES))})
    return base.model_copy(
        update={
            "calendar": calendar,
            "tracking_visibility": tv,
            "guaranteed_delivery": gd,
            "on_time_shipment": ots,
        }
    )


def _mostly(draw: st.DrawFn, usual: object, *others: object) -> object:
    """``usual`` four times in five, else one of ``others``: most orders stay in scope."""
    return usual if draw(st.integers(0, 4)) else draw(st.sampled_from(others))


@st.composite
def markets(draw: st.DrawFn, zone: ZoneInfo, anchor: dt.date, back: int) -> Market:
    m = Market(zone)
    fresh = instants(zone, anchor, back)
    # A few shared instants make equal timestamps likely (paid at the leave instant,
    # shipped exactly at ship_by, decided when submitted, …).
    pool = st.sampled_from(draw(st.lists(fresh, min_size=2, max_size=4)))
    instant = st.one_of(pool, pool, fresh)
    maybe = lambda: draw(st.one_of(st.none(), instant, instant, instant))  # noqa: E731
    shipment_ids: list[str] = []
    for mi in range(draw(st.integers(1, 3))):
        merchant = m.merchant(f"m{mi}")
        edges = []
        for _ in range(draw(st.integers(0, 2))):
            joined = draw(instant)
            left = draw(st.one_of(st.none(), instant))
            left = left if left is None or left > joined else None
            m.enrol(merchant, joined, left)
            edges += [joined] + ([left] if left else [])
        # Payments exactly when the merchant joined or left happen often here.
        paid = st.one_of(st.sampled_from(edges), instant) if edges else instant
        for oi in range(draw(st.integers(0, 8))):
            order_id = f"m{mi}-o{oi}"
            m.order(
                order_id,
                merchant,
                shipped=maybe(),
                ship_by=maybe(),
                paid=draw(st.one_of(st.none(), paid, paid, paid)),
                trade_assurance=_mostly(draw, True, False),
                status=_mostly(draw, "shipped", "received", "cancelled", "paid", "refunded"),
                export_mode=_mostly(draw, "tad", "self_export", "other"),
                transport=_mostly(draw, "express", "postal", "air"),
                destination_country=_mostly(draw, "US", "JP", "GB"),
                trade_term=_mostly(draw, "FOB", "EXW", "FCA"),
                payment_method=_mostly(draw, "tt", "lc", "credit_card"),
                all_items_rts=_mostly(draw, True, False),
                delivery_promise=_mostly(draw, True, False),
                owner_account_id=draw(st.sampled_from([None, f"{merchant}-main"])),
            )
            previous: str | None = None
            for si in range(draw(st.integers(0, 3))):
                uploaded = draw(instant)
                shipment = m.shipment(
                    f"{order_id}-s{si}",
                    order_id,
                    uploaded,
                    carrier=draw(st.sampled_from(["ups", "dhl"])),
                    tracking_number=f"T{draw(st.integers(0, 6))}",
                )
                shipment_ids.append(shipment)
                row = m.rows["shipments"][-1]
                if previous is not None and draw(st.booleans()):
                    old = next(r for r in m.rows["shipments"] if r["shipment_id"] == previous)
                    if old["uploaded_at"] <= row["uploaded_at"] and old["replaced_by"] is None:
                        m.replace(previous, shipment)
                previous = shipment
    for shipment in shipment_ids:
        for _ in range(draw(st.integers(0, 3))):
            m.event(
                shipment,
                received=draw(instant),
                happened=dt.datetime(2022, 10, draw(st.integers(1, 3)), tzinfo=dt.UTC),
                description=draw(st.sampled_from(["a", "b"])),
                source=draw(st.sampled_from(["platform", "platform", "17track"])),
            )
        for ai in range(draw(st.integers(0, 2))):
            m.appeal(
                f"{shipment}-a{ai}",
                shipment,
                draw(instant),
                status=draw(
                    st.sampled_from(["pending", "supplement_requested", "approved", "rejected"])
                ),
                decided=maybe(),
            )
    return m


@st.composite
def cases(draw: st.DrawFn, book: RuleBook) -> tuple[Any, Market, dt.date, dt.date]:
    if draw(st.integers(0, 3)) == 0:
        source: Any = book  # the real rule book, across the 2022-11-09 switch
        first = dt.date(2022, 11, 9) + dt.timedelta(days=draw(st.integers(-3, 20)))
        zone = ZoneInfo(book.for_stat_date(first).calendar.timezone)
        back = 80
    else:
        rule_set = draw(rule_sets(book.get("2022-11")))
        source = _Fixed(rule_set)
        first = BASE + dt.timedelta(days=draw(st.integers(-5, 12)))
        zone = ZoneInfo(rule_set.calendar.timezone)
        back = 24
    last = first + dt.timedelta(days=draw(st.integers(0, 6)))
    return source, draw(markets(zone, first, back)), first, last


def _check(backends: Backends, source: Any, market: Market, first: dt.date, last: dt.date) -> None:
    backend = backends.get("duckdb")
    result = compute(
        backend, from_arrow(backend, market.arrow()), source, first, last, orders_all_dates=True
    )
    merchants, orders = reference(market.rows, source.for_stat_date, date_range(first, last))
    got_merchants = {
        (r["merchant_id"], r["stat_date"]): {c: r[c] for c in MERCHANT_COLUMNS}
        for r in result.merchant_metrics.to_pylist()
    }
    assert got_merchants == merchants
    got_orders = {
        (r["stat_date"], r["order_id"]): {c: r[c] for c in ORDER_COLUMNS}
        for r in result.order_tracking.to_pylist()
    }
    want_orders = {k: {c: v[c] for c in ORDER_COLUMNS} for k, v in orders.items()}
    assert got_orders == want_orders


def test_engine_matches_reference(backends: Backends, book: RuleBook) -> None:
    @settings(
        max_examples=80,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        database=None,
    )
    @given(case=cases(book))
    def run(case: tuple[Any, Market, dt.date, dt.date]) -> None:
        _check(backends, *case)

    run()
