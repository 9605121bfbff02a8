"""An independent, straightforward reference of the three metrics, for the tests.

It loops over stat dates and orders and applies rulebook §1.1–§1.4, §2, §2.2 and §2A as
written, on Python datetimes: "by the end of S" is ``instant < S + 1 at 00:00`` in the
platform zone. It shares no code with the engine (only the rule-set objects).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any
from zoneinfo import ZoneInfo

from sellerstar.rules import RuleSet

Row = dict[str, Any]


def _local_date(instant: dt.datetime, zone: ZoneInfo) -> dt.date:
    return instant.astimezone(zone).date()


def reference(
    rows: dict[str, list[Row]],
    rule_set_for: Callable[[dt.date], RuleSet],
    stat_dates: Iterable[dt.date],
) -> tuple[dict[tuple[str, dt.date], Row], dict[tuple[dt.date, str], Row]]:
    """(merchant rows by (merchant, S), order rows by (S, order)) for every stat date."""
    merchants: dict[tuple[str, dt.date], Row] = {}
    orders: dict[tuple[dt.date, str], Row] = {}
    shipments_by_id = {s["shipment_id"]: s for s in rows["shipments"]}
    for stat in stat_dates:
        rs = rule_set_for(stat)
        zone = ZoneInfo(rs.calendar.timezone)
        end = dt.datetime.combine(stat + dt.timedelta(days=1), dt.time(), zone)
        judged = _tracking(rows, rs, stat, end, zone, shipments_by_id)
        for order_id, row in judged.items():
            orders[(stat, order_id)] = row
        for merchant in rows["merchants"]:
            mid = merchant["merchant_id"]
            out: Row = {}
            out.update(_tv_merchant(rs, [r for r in judged.values() if r["merchant_id"] == mid]))
            out.update(_gd_merchant(rows, rs, stat, end, zone, mid))
            out.update(_ots_merchant(rows, rs, stat, end, zone, mid))
            merchants[(mid, stat)] = out
    return merchants, orders


def _tracking(
    rows: dict[str, list[Row]],
    rs: RuleSet,
    stat: dt.date,
    end: dt.datetime,
    zone: ZoneInfo,
    shipments_by_id: dict[str, Row],
) -> dict[str, Row]:
    tv = rs.tracking_visibility
    if tv is None:
        return {}
    judged = {}
    for o in rows["orders"]:
        if not o["trade_assurance"] or o["status"] not in tv.order_statuses:
            continue
        if o["shipped_at"] is None or o["export_mode"] not in tv.export_modes:
            continue
        if o["transport"] not in tv.transports or o["trade_term"] in tv.excluded_trade_terms:
            continue
        if tv.destinations == "core" and o["destination_country"] not in rs.calendar.core_countries:
            continue
        ship_date = _local_date(o["shipped_at"], zone)
        oldest = stat - dt.timedelta(days=tv.window_start_days)
        newest = stat - dt.timedelta(days=tv.window_end_days)
        if not oldest <= ship_date <= newest:
            continue
        current = []
        for s in rows["shipments"]:
            if s["order_id"] != o["order_id"] or not s["uploaded_at"] < end:
                continue
            # A replacement is a re-uploaded proof of the same order.
            replacement = shipments_by_id.get(s["replaced_by"] or "")
            if (
                replacement is not None
                and replacement["order_id"] == s["order_id"]
                and replacement["uploaded_at"] < end
            ):
                continue
            current.append(s)
        failing = [
            s
            for s in current
            if not _passes(rows, tv.counted_event_sources, tv.min_events_to_pass, s, end)
        ]
        states = [_appeal_state(rows, s, end) for s in failing]
        exempt_from = stat - dt.timedelta(days=tv.window_end_days + tv.newest_exempt_days - 1)
        if ship_date <= tv.launch_exempt_through:
            reason = "launch_exempt"
        elif ship_date >= exempt_from:
            reason = "newest_7_days_exempt"
        elif not current:
            reason = "untracked"
        elif not failing:
            reason = "tracked"
        else:
            unsettled = [st for st in states if st not in ("approved", "pending")]
            if unsettled:
                reason = "appeal_rejected" if "rejected" in unsettled else "untracked"
            elif "pending" in states:
                reason = "appeal_pending"
            else:
                reason = "appeal_approved"
        disclosure = max(
            ship_date + dt.timedelta(days=tv.appeals.first_disclosure_after_ship_days),
            tv.appeals.first_disclosure_from,
        )
        window_last = disclosure + dt.timedelta(days=tv.appeals.window_days - 1)
        exempt = reason in ("launch_exempt", "newest_7_days_exempt")
        counted = reason in (
            "launch_exempt",
            "newest_7_days_exempt",
            "tracked",
            "appeal_approved",
            "appeal_pending",
        )
        judged[o["order_id"]] = {
            "order_id": o["order_id"],
            "merchant_id": o["merchant_id"],
            "owner_account_id": o["owner_account_id"],
            "ship_date": ship_date,
            "reason": reason,
            "counted_pass": counted,
            "shown_pass": counted and reason != "appeal_pending",
            "appeal_window_open": (
                not exempt and disclosure <= stat <= window_last and None in states
            ),
            "shipments": len(current),
            "failing_shipments": len(failing),
        }
    return judged


def _passes(
    rows: dict[str, list[Row]],
    sources: tuple[str, ...],
    needed: int,
    shipment: Row,
    end: dt.datetime,
) -> bool:
    seen = {
        (e["event_time"], e["description"])
        for e in rows["tracking_events"]
        if e["carrier"] == shipment["carrier"]
        and e["tracking_number"] == shipment["tracking_number"]
        and e["source"] in sources
        and e["received_at"] < end
    }
    return len(seen) >= needed


def _appeal_state(rows: dict[str, list[Row]], shipment: Row, end: dt.datetime) -> str | None:
    filed = [
        a
        for a in rows["tracking_appeals"]
        if a["shipment_id"] == shipment["shipment_id"] and a["submitted_at"] < end
    ]
    if not filed:
        return None
    latest = max(filed, key=lambda a: (a["submitted_at"], a["appeal_id"]))
    decided = latest["decided_at"] is not None and latest["decided_at"] < end
    if latest["status"] in ("approved", "rejected") and decided:
        return str(latest["status"])
    return "pending"


def _tv_merchant(rs: RuleSet, judged: list[Row]) -> Row:
    tv = rs.tracking_visibility
    if tv is None:
        return {"tv_orders": None, "tv_passing": None, "tv_rate": None}
    passing = sum(1 for r in judged if r["counted_pass"])
    rate = tv.no_orders_rate if not judged else passing / len(judged)
    return {"tv_orders": len(judged), "tv_passing": passing, "tv_rate": rate}


def _enrolled_at(rows: dict[str, list[Row]], merchant: str, instant: dt.datetime) -> bool:
    """Enrolled at ``instant``: some enrolment has joined_at <= instant < left_at."""
    return any(
        e["merchant_id"] == merchant
        and e["joined_at"] <= instant
        and (e["left_at"] is None or instant < e["left_at"])
        for e in rows["guarantee_enrolments"]
    )


def _gd_merchant(
    rows: dict[str, list[Row]],
    rs: RuleSet,
    stat: dt.date,
    end: dt.datetime,
    zone: ZoneInfo,
    merchant: str,
) -> Row:
    gd = rs.guaranteed_delivery
    if gd is None:
        return dict.fromkeys(
            ("gd_enrolled", "gd_orders", "gd_guaranteed", "gd_rate", "gd_default_pass")
        )
    # Enrolled at the end of S: the instant S+1 00:00 lies in [joined, left).
    enrolled = any(
        e["merchant_id"] == merchant
        and e["joined_at"] < end
        and (e["left_at"] is None or e["left_at"] >= end)
        for e in rows["guarantee_enrolments"]
    )
    first = stat - dt.timedelta(days=gd.lookback_days - 1)
    in_scope = guaranteed = 0
    for o in rows["orders"]:
        if o["merchant_id"] != merchant or not o["trade_assurance"] or o["paid_at"] is None:
            continue
        if not o["all_items_rts"]:
            continue
        if gd.destinations == "core" and o["destination_country"] not in rs.calendar.core_countries:
            continue
        if not first <= _local_date(o["paid_at"], zone) <= stat:
            continue
        in_scope += 1
        if (
            _enrolled_at(rows, merchant, o["paid_at"])
            and o["payment_method"] in gd.payment_methods
            and o["transport"] in gd.transports
            and o["export_mode"] in gd.export_modes
            and o["delivery_promise"]
        ):
            guaranteed += 1
    if not enrolled:
        rate: float | None = 0.0
    elif in_scope == 0:
        rate = None
    else:
        rate = guaranteed / in_scope
    default_pass = in_scope <= gd.default_pass_max_orders and (
        enrolled or not gd.default_pass_requires_enrolment
    )
    return {
        "gd_enrolled": enrolled,
        "gd_orders": in_scope,
        "gd_guaranteed": guaranteed,
        "gd_rate": rate,
        "gd_default_pass": default_pass,
    }


def _ots_merchant(
    rows: dict[str, list[Row]],
    rs: RuleSet,
    stat: dt.date,
    end: dt.datetime,
    zone: ZoneInfo,
    merchant: str,
) -> Row:
    ots = rs.on_time_shipment
    first = stat - dt.timedelta(days=ots.window_days - 1)
    due = on_time = 0
    for o in rows["orders"]:
        if o["merchant_id"] != merchant or not o["trade_assurance"]:
            continue
        if o["paid_at"] is None or not o["paid_at"] < end or o["ship_by"] is None:
            continue
        if o["status"] in ots.excluded_statuses:
            continue
        if not first <= _local_date(o["ship_by"], zone) <= stat:
            continue
        due += 1
        shipped = o["shipped_at"]
        if shipped is not None and shipped <= o["ship_by"] and shipped < end:
            on_time += 1
    return {"ots_due": due, "ots_on_time": on_time, "ots_rate": on_time / due if due else None}
