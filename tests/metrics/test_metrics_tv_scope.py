"""Rulebook §1.1: which orders count, the S−74 … S−15 window (the three worked windows of
the seed and both sides of every boundary) and platform-time-zone dates."""

from __future__ import annotations

import datetime as dt

import pytest
from metrics_backends import Backends
from metrics_market import Market, day
from metrics_scenarios import Results, scenario

from sellerstar.jobs.metrics import resolve_stat_dates
from sellerstar.metrics.runner import compute
from sellerstar.metrics.tables import from_arrow
from sellerstar.rules import RuleBook, RuleSet

SHIP = "2022-10-20 10:00"

VARIANTS: dict[str, tuple[dict[str, object], bool]] = {
    "baseline": ({}, True),
    "not-ta": ({"trade_assurance": False}, False),
    "received": ({"status": "received"}, True),
    "completed": ({"status": "completed"}, True),
    "cancelled": ({"status": "cancelled"}, False),
    "refunded": ({"status": "refunded"}, False),
    "paid-status": ({"status": "paid"}, False),
    "self-export": ({"export_mode": "self_export"}, False),
    "other-export": ({"export_mode": "other"}, False),
    "postal": ({"transport": "postal"}, False),
    "air": ({"transport": "air"}, False),
    "sea": ({"transport": "sea"}, False),
    "exw": ({"trade_term": "EXW"}, False),
    "fca": ({"trade_term": "FCA"}, False),
    "ddp": ({"trade_term": "DDP"}, True),
    "cif": ({"trade_term": "CIF"}, True),
    "gb": ({"destination_country": "GB"}, True),
    "nl": ({"destination_country": "NL"}, True),
    "nz": ({"destination_country": "NZ"}, True),
    "jp": ({"destination_country": "JP"}, False),
    "cn": ({"destination_country": "CN"}, False),
    "mx": ({"destination_country": "MX"}, False),
}


@scenario
def scope_filters(m: Market) -> None:
    m.merchant("sc")
    for name, (overrides, _) in VARIANTS.items():
        m.order(f"sc-{name}", "sc", shipped=SHIP, **overrides)
    m.order("sc-no-ship-time", "sc", shipped=None, status="shipped")


@pytest.mark.parametrize("name", list(VARIANTS))
def test_scope_filters(results: Results, name: str) -> None:
    counted = VARIANTS[name][1]
    assert (results.order(f"sc-{name}", "2022-12-01") is not None) is counted


def test_order_without_ship_time_never_counts(results: Results) -> None:
    assert results.in_scope_days("sc-no-ship-time") == []
    assert results.merchant("sc", "2022-12-01")["tv_orders"] == sum(
        1 for _, counted in VARIANTS.values() if counted
    )


@scenario
def window_edges(m: Market) -> None:
    m.merchant("we")
    # Stat date 2023-01-02: S-74 = 2022-10-20 (counted), S-75 = 10-19 (not).
    # Stat date 2022-12-01: S-15 = 11-16 (counted), S-14 = 11-17 (not), written in UTC so
    # the platform date differs from the UTC date.
    m.order("we-d74", "we", shipped="2022-10-20 00:00")
    m.order("we-d75", "we", shipped="2022-10-19 23:59:59.999999")
    m.order("we-d15", "we", shipped="2022-11-16T15:59:59.999999+00:00")  # 11-16 23:59 +08
    m.order("we-d14", "we", shipped="2022-11-16T16:00:00+00:00")  # 11-17 00:00 +08


@pytest.mark.parametrize(
    ("order", "stat", "counted"),
    [
        ("we-d74", "2023-01-02", True),
        ("we-d74", "2023-01-03", False),
        ("we-d75", "2023-01-02", False),
        ("we-d75", "2023-01-01", True),
        ("we-d15", "2022-12-01", True),
        ("we-d15", "2022-11-30", False),
        ("we-d14", "2022-12-01", False),
        ("we-d14", "2022-12-02", True),
    ],
)
def test_window_boundaries(results: Results, order: str, stat: str, counted: bool) -> None:
    assert (results.order(order, stat) is not None) is counted


def test_ship_date_is_the_platform_date(results: Results) -> None:
    row = results.order("we-d15", "2022-12-01")
    assert row is not None and row["ship_date"] == day("2022-11-16")
    row = results.order("we-d14", "2022-12-02")
    assert row is not None and row["ship_date"] == day("2022-11-17")


class _Fixed:
    """Every stat date under one rule-set (the seed's worked windows predate go-live)."""

    def __init__(self, rule_set: RuleSet) -> None:
        self.rule_set = rule_set

    def for_stat_date(self, stat_date: dt.date) -> RuleSet:
        return self.rule_set


WORKED = {
    # stat date: (first ship date counted, last ship date counted)
    "2022-11-06": ("2022-08-24", "2022-10-22"),
    "2022-10-19": ("2022-08-06", "2022-10-04"),
    "2022-10-21": ("2022-08-08", "2022-10-06"),
}
_worked: dict[str, Results] = {}


@pytest.fixture(scope="module")
def worked(backends: Backends, book: RuleBook, engine_name: str) -> Results:
    if engine_name not in _worked:
        m = Market()
        m.merchant("ww")
        edges = {day(d) for pair in WORKED.values() for d in pair}
        for ship in sorted({e + dt.timedelta(days=s) for e in edges for s in (-1, 0, 1)}):
            m.order(f"ww-{ship}", "ww", shipped=f"{ship} 12:00")
        backend = backends.get(engine_name)
        result = compute(
            backend,
            from_arrow(backend, m.arrow()),
            _Fixed(book.get("2022-11")),
            day("2022-10-19"),
            day("2022-11-06"),
            orders_all_dates=True,
        )
        _worked[engine_name] = Results(result.merchant_metrics, result.order_tracking)
    return _worked[engine_name]


@pytest.mark.parametrize("stat", list(WORKED))
def test_worked_windows_of_the_seed(worked: Results, stat: str) -> None:
    first, last = (day(d) for d in WORKED[stat])
    counted = sorted(row["ship_date"] for (o, d), row in worked._orders.items() if d == day(stat))
    assert counted[0] == first and counted[-1] == last
    assert (last - first).days + 1 == 60
    for order_id, _ in worked._orders:
        ship = day(order_id.removeprefix("ww-"))
        expected = first <= ship <= last
        assert (worked.order(order_id, stat) is not None) is expected, (order_id, stat)


def test_view_date_2022_11_08_shows_stat_date_2022_11_06(book: RuleBook) -> None:
    now = dt.datetime(2022, 11, 8, 1, tzinfo=dt.UTC)
    assert resolve_stat_dates(book, day("2022-11-08"), now) == (day("2022-11-06"),) * 2
    # 2022-11-07 17:00 UTC is already 2022-11-08 in Shanghai.
    late = dt.datetime(2022, 11, 7, 17, tzinfo=dt.UTC)
    assert resolve_stat_dates(book, None, late) == (day("2022-11-06"),) * 2
