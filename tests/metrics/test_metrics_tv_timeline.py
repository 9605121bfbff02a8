"""Rulebook §1.3 timeline of orders A (tracked), B (untracked, no appeal) and C
(untracked, appeals), day by day from ship day D0 to past D75, on both engines."""

from __future__ import annotations

import datetime as dt

from metrics_market import Market
from metrics_scenarios import MAIN_RANGE, Results, scenario

D0 = dt.date(2022, 11, 1)  # ship date; TV is in force from stat date 2022-11-09


def D(n: int) -> dt.date:
    return D0 + dt.timedelta(days=n)


def _at(n: int, clock: str = "10:00") -> str:
    return f"{D(n).isoformat()} {clock}"


@scenario
def timeline(m: Market) -> None:
    m.merchant("tl")
    for name in ("A", "B", "C", "R"):
        m.order(f"tl-{name}", "tl", shipped=_at(0))
        m.shipment(f"tl-{name}-s", f"tl-{name}", uploaded=_at(0))
    m.event("tl-A-s", received=_at(1))
    m.event("tl-A-s", received=_at(2))
    # C appeals on D24, approved on D28; R appeals on D24, rejected on D27.
    m.appeal("tl-C-ap", "tl-C-s", submitted=_at(24), status="approved", decided=_at(28))
    m.appeal("tl-R-ap", "tl-R-s", submitted=_at(24), status="rejected", decided=_at(27))


def _expected(order: str, n: int) -> tuple[str, bool, bool, bool] | None:
    """(reason, counted, shown, appeal window open) on day Dn, None = not counted."""
    if n < 15 or n > 74:
        return None
    if n <= 21:
        return ("newest_7_days_exempt", True, True, False)
    if order == "A":
        return ("tracked", True, True, False)
    if order == "B":
        return ("untracked", False, False, n <= 28)
    if n < 24:
        return ("untracked", False, False, True)
    if order == "C":
        if n < 28:
            return ("appeal_pending", True, False, False)
        return ("appeal_approved", True, True, False)
    if n < 27:  # R
        return ("appeal_pending", True, False, False)
    return ("appeal_rejected", False, False, False)


def test_each_order_day_by_day(results: Results) -> None:
    last = (MAIN_RANGE[1] - D0).days
    assert last >= 76
    for n in range(last + 1):
        for order in ("A", "B", "C", "R"):
            row = results.order(f"tl-{order}", D(n))
            got = (
                None
                if row is None
                else (
                    row["reason"],
                    row["counted_pass"],
                    row["shown_pass"],
                    row["appeal_window_open"],
                )
            )
            assert got == _expected(order, n), (order, n, D(n))


def test_merchant_rate_day_by_day(results: Results) -> None:
    for n in range((MAIN_RANGE[1] - D0).days + 1):
        row = results.merchant("tl", D(n))
        if D(n) < dt.date(2022, 11, 9):
            assert row["tv_orders"] is None and row["tv_rate"] is None, D(n)
            continue
        expected = [e for o in "ABCR" if (e := _expected(o, n)) is not None]
        passing = sum(1 for e in expected if e[1])
        assert (row["tv_orders"], row["tv_passing"]) == (len(expected), passing), D(n)
        assert row["tv_rate"] == (passing / len(expected) if expected else 1.0), D(n)


def test_rows_carry_ship_date_and_rule_set(results: Results) -> None:
    row = results.order("tl-A", D(30))
    assert row is not None
    assert row["ship_date"] == D0
    assert row["rule_set_id"] == "2022-11"
    assert results.merchant("tl", D(7))["rule_set_id"] == "2022-11-04"
