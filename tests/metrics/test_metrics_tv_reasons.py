"""Rulebook §1.2–§1.4: when shipments and orders pass, the reason precedence, appeals,
and the "as of a date" rule (events, replacements and decisions after S do not count)."""

from __future__ import annotations

import pytest
from metrics_market import Market
from metrics_scenarios import Results, scenario

SHIP = "2022-10-20 10:00"  # real status from stat date 2022-11-11 (D22) to 2023-01-02 (D74)


def _order(m: Market, merchant: str, name: str, batches: int = 1) -> list[str]:
    """An order shipped on SHIP with ``batches`` shipments uploaded the same day."""
    order_id = f"{merchant}-{name}"
    m.order(order_id, merchant, shipped=SHIP)
    return [m.shipment(f"{order_id}-s{i}", order_id, uploaded=SHIP) for i in range(batches)]


def _track(
    m: Market, shipment: str, first: str = "2022-10-21 08:00", second: str = "2022-10-22 08:00"
) -> None:
    m.event(shipment, received=first)
    m.event(shipment, received=second)


@scenario
def passing_rules(m: Market) -> None:
    m.merchant("ps")
    (s,) = _order(m, "ps", "two-events")
    _track(m, s)
    (s,) = _order(m, "ps", "one-event")
    m.event(s, received="2022-10-21 08:00")
    # The same event (time and text) delivered twice counts once; the same text at another
    # time is another event, received 2022-11-25.
    (s,) = _order(m, "ps", "duplicate")
    for received in ("2022-10-21 08:00", "2022-10-23 09:00"):
        m.event(s, received=received, happened="2022-10-21 07:00", description="Picked up")
    m.event(s, received="2022-11-25 09:00", happened="2022-11-24 07:00", description="Picked up")
    # Third-party look-ups are appeal evidence only.
    (s,) = _order(m, "ps", "third-party")
    m.event(s, received="2022-10-21 08:00", source="17track")
    m.event(s, received="2022-10-22 08:00", source="kuaidi100")
    m.event(s, received="2022-10-23 08:00", source="17track")
    # The second event arrives at the very end of 2022-11-29, or at the start of 11-30.
    (s,) = _order(m, "ps", "late-event-in")
    m.event(s, received="2022-10-21 08:00")
    m.event(s, received="2022-11-29 23:59:59.999999")
    (s,) = _order(m, "ps", "late-event-out")
    m.event(s, received="2022-10-21 08:00")
    m.event(s, received="2022-11-29T16:00:00+00:00")  # 2022-11-30 00:00 in Shanghai
    # The tracking number is what matters: an event of another carrier does not count.
    (s,) = _order(m, "ps", "other-carrier")
    m.event(s, received="2022-10-21 08:00")
    m.rows["tracking_events"].append(
        dict(m.rows["tracking_events"][-1], carrier="fedex", description="elsewhere")
    )


@pytest.mark.parametrize(
    ("order", "stat", "reason"),
    [
        ("ps-two-events", "2022-11-11", "tracked"),
        ("ps-one-event", "2022-11-11", "untracked"),
        ("ps-duplicate", "2022-11-24", "untracked"),
        ("ps-duplicate", "2022-11-25", "tracked"),
        ("ps-third-party", "2022-12-01", "untracked"),
        ("ps-late-event-in", "2022-11-28", "untracked"),
        ("ps-late-event-in", "2022-11-29", "tracked"),
        ("ps-late-event-out", "2022-11-29", "untracked"),
        ("ps-late-event-out", "2022-11-30", "tracked"),
        ("ps-other-carrier", "2022-12-01", "untracked"),
    ],
)
def test_shipment_passes_with_two_distinct_platform_events_by_s(
    results: Results, order: str, stat: str, reason: str
) -> None:
    assert results.reason(order, stat) == reason


@scenario
def batches_and_replacements(m: Market) -> None:
    m.merchant("mb")
    first, second = _order(m, "mb", "two-batches", batches=2)
    _track(m, first)
    _track(m, second, "2022-10-21 08:00", "2022-12-05 08:00")
    # Proof re-uploaded on 2022-11-25 (tracked from 11-26), again on 12-10 (no events).
    (old,) = _order(m, "mb", "replaced")
    m.shipment("mb-replaced-new", "mb-replaced", uploaded="2022-11-25 10:00")
    m.replace(old, "mb-replaced-new")
    _track(m, "mb-replaced-new", "2022-11-25 12:00", "2022-11-26 12:00")
    m.shipment("mb-replaced-third", "mb-replaced", uploaded="2022-12-10 10:00")
    m.replace("mb-replaced-new", "mb-replaced-third")
    # The old proof passes, its replacement (uploaded 2022-11-20) does not.
    (old,) = _order(m, "mb", "replaced-worse")
    _track(m, old)
    m.shipment("mb-replaced-worse-new", "mb-replaced-worse", uploaded="2022-11-20 10:00")
    m.replace(old, "mb-replaced-worse-new")
    # Shipped, but no logistics document at all; and one uploaded only on 2022-11-20.
    m.order("mb-no-shipment", "mb", shipped=SHIP)
    m.order("mb-late-upload", "mb", shipped=SHIP)
    m.shipment("mb-late-upload-s", "mb-late-upload", uploaded="2022-11-20 10:00")
    _track(m, "mb-late-upload-s", "2022-11-20 12:00", "2022-11-20 13:00")


@pytest.mark.parametrize(
    ("order", "stat", "reason", "shipments", "failing"),
    [
        ("mb-two-batches", "2022-12-04", "untracked", 2, 1),
        ("mb-two-batches", "2022-12-05", "tracked", 2, 0),
        ("mb-replaced", "2022-11-24", "untracked", 1, 1),
        ("mb-replaced", "2022-11-25", "untracked", 1, 1),
        ("mb-replaced", "2022-11-26", "tracked", 1, 0),
        ("mb-replaced", "2022-12-09", "tracked", 1, 0),
        ("mb-replaced", "2022-12-10", "untracked", 1, 1),
        ("mb-replaced-worse", "2022-11-19", "tracked", 1, 0),
        ("mb-replaced-worse", "2022-11-20", "untracked", 1, 1),
        ("mb-no-shipment", "2022-12-01", "untracked", 0, 0),
        ("mb-late-upload", "2022-11-19", "untracked", 0, 0),
        ("mb-late-upload", "2022-11-20", "tracked", 1, 0),
    ],
)
def test_every_current_batch_must_pass(
    results: Results, order: str, stat: str, reason: str, shipments: int, failing: int
) -> None:
    row = results.order(order, stat)
    assert row is not None
    assert (row["reason"], row["shipments"], row["failing_shipments"]) == (
        reason,
        shipments,
        failing,
    )


@scenario
def appeals(m: Market) -> None:
    m.merchant("ap")
    (s,) = _order(m, "ap", "pending")
    m.appeal("ap-pending-1", s, submitted="2022-11-12 10:00")
    # Approved, decided 2022-11-15 at the last microsecond of the day.
    (s,) = _order(m, "ap", "approved")
    m.appeal("ap-approved-1", s, "2022-11-12 10:00", "approved", "2022-11-15 23:59:59.999999")
    (s,) = _order(m, "ap", "rejected")
    m.appeal("ap-rejected-1", s, "2022-11-12 10:00", "rejected", "2022-11-14 09:00")
    # Rejected, then appealed again on 11-15 and approved on 11-18: the latest counts.
    (s,) = _order(m, "ap", "again")
    m.appeal("ap-again-1", s, "2022-11-12 10:00", "rejected", "2022-11-13 10:00")
    m.appeal("ap-again-2", s, "2022-11-15 10:00", "approved", "2022-11-18 10:00")
    # Precedence over the failing batches of one order.
    for name, states in {
        "rej-none": ("rejected", None),
        "appr-pend": ("approved", "pending"),
        "appr-none": ("approved", None),
        "appr-appr": ("approved", "approved"),
        "pass-rej": ("pass", "rejected"),
        "pend-none": ("pending", None),
    }.items():
        shipments = _order(m, "ap", name, batches=2)
        for number, (shipment, state) in enumerate(zip(shipments, states, strict=True)):
            if state == "pass":
                _track(m, shipment)
            elif state is not None:
                decided = None if state == "pending" else "2022-11-13 10:00"
                m.appeal(f"ap-{name}-{number}", shipment, "2022-11-12 10:00", state, decided)


@pytest.mark.parametrize(
    ("order", "stat", "reason", "counted", "shown"),
    [
        ("ap-pending", "2022-11-11", "untracked", False, False),
        ("ap-pending", "2022-11-12", "appeal_pending", True, False),
        ("ap-pending", "2023-01-02", "appeal_pending", True, False),
        ("ap-approved", "2022-11-14", "appeal_pending", True, False),
        ("ap-approved", "2022-11-15", "appeal_approved", True, True),
        ("ap-rejected", "2022-11-13", "appeal_pending", True, False),
        ("ap-rejected", "2022-11-14", "appeal_rejected", False, False),
        ("ap-again", "2022-11-13", "appeal_rejected", False, False),
        ("ap-again", "2022-11-15", "appeal_pending", True, False),
        ("ap-again", "2022-11-18", "appeal_approved", True, True),
        ("ap-rej-none", "2022-11-20", "appeal_rejected", False, False),
        ("ap-appr-pend", "2022-11-20", "appeal_pending", True, False),
        ("ap-appr-none", "2022-11-20", "untracked", False, False),
        ("ap-appr-appr", "2022-11-20", "appeal_approved", True, True),
        ("ap-pass-rej", "2022-11-20", "appeal_rejected", False, False),
        ("ap-pend-none", "2022-11-20", "untracked", False, False),
    ],
)
def test_appeal_states_and_precedence(
    results: Results, order: str, stat: str, reason: str, counted: bool, shown: bool
) -> None:
    row = results.order(order, stat)
    assert row is not None
    assert (row["reason"], row["counted_pass"], row["shown_pass"]) == (reason, counted, shown)


@pytest.mark.parametrize(
    ("order", "stat", "open_"),
    [
        ("ap-pending", "2022-11-11", True),  # D22, not yet appealed
        ("ap-pending", "2022-11-12", False),  # appealed
        ("ap-pend-none", "2022-11-17", True),  # D28: one failing batch still unappealed
        ("ap-pend-none", "2022-11-18", False),  # D29: window over
        ("ap-rej-none", "2022-11-17", True),
        ("ap-appr-appr", "2022-11-17", False),
    ],
)
def test_appeal_window_flag(results: Results, order: str, stat: str, open_: bool) -> None:
    row = results.order(order, stat)
    assert row is not None
    assert row["appeal_window_open"] is open_


@scenario
def launch_and_owner(m: Market) -> None:
    m.merchant("ln")
    m.order("ln-oct05-late", "ln", shipped="2022-10-05 23:59:59")
    m.order("ln-oct06-early", "ln", shipped="2022-10-05T16:00:00+00:00")  # 10-06 00:00 +08
    account = m.sub_account("ln", "ln-sub")
    m.order("ln-owned", "ln", shipped=SHIP, owner_account_id=account)


def test_launch_exemption_through_2022_10_05(results: Results) -> None:
    # Both are past D22 on 2022-11-20; only the one shipped on 10-05 is exempt.
    assert results.reason("ln-oct05-late", "2022-11-20") == "launch_exempt"
    assert results.reason("ln-oct06-early", "2022-11-20") == "untracked"
    assert results.order("ln-oct05-late", "2022-12-18") is not None  # D74
    assert results.order("ln-oct05-late", "2022-12-19") is None  # D75
    row = results.order("ln-oct05-late", "2022-11-20")
    assert row is not None and row["shown_pass"] and not row["appeal_window_open"]


def test_order_keeps_its_owner_account(results: Results) -> None:
    row = results.order("ln-owned", "2022-12-01")
    assert row is not None and row["owner_account_id"] == "ln-sub"
    other = results.order("ln-oct06-early", "2022-12-01")
    assert other is not None and other["owner_account_id"] is None


@scenario
def no_orders(m: Market) -> None:
    m.merchant("empty")
    m.merchant("out-only")
    m.order("out-only-o", "out-only", shipped=SHIP, destination_country="JP")


@pytest.mark.parametrize("merchant", ["empty", "out-only"])
def test_no_orders_in_scope_scores_full_marks(results: Results, merchant: str) -> None:
    row = results.merchant(merchant, "2022-12-01")
    assert (row["tv_orders"], row["tv_passing"], row["tv_rate"]) == (0, 0, 1.0)


def test_merchant_rate_counts_pending_as_passing(results: Results) -> None:
    stat = "2022-11-20"
    rows = [
        r
        for (o, d), r in results._orders.items()
        if d.isoformat() == stat and r["merchant_id"] == "ap"
    ]
    merchant = results.merchant("ap", stat)
    assert merchant["tv_orders"] == len(rows) == 10
    assert merchant["tv_passing"] == sum(r["counted_pass"] for r in rows) == 5
    assert merchant["tv_rate"] == 0.5
