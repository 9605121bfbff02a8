"""Rulebook §2A decision: on-time shipment rate over orders whose ship_by is in S-29 … S."""

from __future__ import annotations

import pytest
from metrics_market import Market
from metrics_scenarios import Results, scenario

S = "2022-12-20"  # window of ship_by dates: 2022-11-21 … 2022-12-20


def _due(m: Market, order_id: str, ship_by: str, shipped: str | None, **overrides: object) -> None:
    fields = {"status": "shipped" if shipped else "paid", "paid": "2022-11-01 10:00"}
    m.order(order_id, "ot", shipped=shipped, ship_by=ship_by, **{**fields, **overrides})


CASES: dict[str, tuple[str, str | None, dict[str, object], bool | None]] = {
    # name: (ship_by, shipped_at, overrides, on time; None = not due on S)
    "by-before-window": ("2022-11-20 23:59:59.999999", "2022-11-20 08:00", {}, None),
    "by-window-start": ("2022-11-21 00:00", "2022-11-20 08:00", {}, True),
    "by-window-end": ("2022-12-20 23:59:59.999999", "2022-12-19 08:00", {}, True),
    "by-after-window": ("2022-12-20T16:00:00+00:00", "2022-12-19 08:00", {}, None),
    "exactly-on-time": ("2022-12-01 18:00", "2022-12-01 18:00", {}, True),
    "one-microsecond-late": ("2022-12-01 18:00", "2022-12-01 18:00:00.000001", {}, False),
    "a-day-late": ("2022-12-01 18:00", "2022-12-02 18:00", {}, False),
    "not-shipped": ("2022-12-01 18:00", None, {}, False),
    "cancelled": ("2022-12-01 18:00", None, {"status": "cancelled"}, None),
    "refunded": ("2022-12-01 18:00", "2022-12-01 10:00", {"status": "refunded"}, True),
    "not-ta": ("2022-12-01 18:00", "2022-12-01 10:00", {"trade_assurance": False}, None),
    "unpaid": ("2022-12-01 18:00", None, {"paid": None, "status": "created"}, None),
    "paid-after-s": ("2022-12-20 18:00", None, {"paid": "2022-12-21 09:00"}, None),
    "non-core-air": (
        "2022-12-01 18:00",
        "2022-12-01 10:00",
        {"destination_country": "JP", "transport": "air"},
        True,
    ),
}


@scenario
def on_time(m: Market) -> None:
    m.merchant("ot")
    for name, (ship_by, shipped, overrides, _) in CASES.items():
        _due(m, f"ot-{name}", ship_by, shipped, **dict(overrides))
    m.merchant("ot-none")


def test_due_and_on_time_on_s(results: Results) -> None:
    due = [v[3] for v in CASES.values() if v[3] is not None]
    row = results.merchant("ot", S)
    assert (row["ots_due"], row["ots_on_time"]) == (len(due), sum(due))
    assert row["ots_rate"] == sum(due) / len(due)


@pytest.mark.parametrize(
    ("stat", "due", "on_time"),
    [
        # 11-20 … 12-19: by-before-window in, by-window-end not yet.
        ("2022-12-19", 8, 5),
        ("2022-12-20", 8, 5),
        # 11-22 … 12-21: by-window-start out; by-after-window and paid-after-s (late) in.
        ("2022-12-21", 9, 5),
    ],
)
def test_window_edges(results: Results, stat: str, due: int, on_time: int) -> None:
    row = results.merchant("ot", stat)
    assert (row["ots_due"], row["ots_on_time"]) == (due, on_time)


def test_no_orders_due_leaves_the_rate_empty(results: Results) -> None:
    row = results.merchant("ot-none", S)
    assert (row["ots_due"], row["ots_on_time"], row["ots_rate"]) == (0, 0, None)


def test_computed_before_go_live_too(results: Results) -> None:
    assert results.merchant("ot-none", "2022-11-08")["ots_due"] == 0
