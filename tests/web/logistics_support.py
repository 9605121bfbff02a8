"""Rows for the logistics-page tests: contract rows (orders, shipments, events, appeals)
and the metric job's output (merchant_metrics, order_tracking), written directly.

The world of web_support (M1 with A1 main, A2 and A3 subs; M2 with B1) is the base.
Today is NOW (2022-12-06 10:00 Shanghai): view date 2022-12-06, stat date 2022-12-04.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa
from web_support import NOW

from factories import order_row, shipment_row
from sellerstar.store.db import transaction
from sellerstar.store.schema import contract_tables, event_key, merchant_metrics, order_tracking

SHANGHAI = dt.timezone(dt.timedelta(hours=8))
STAT = dt.date(2022, 12, 4)  # the newest stat date on NOW
PREVIOUS = dt.date(2022, 12, 3)
COUNTED = {
    "launch_exempt",
    "newest_7_days_exempt",
    "tracked",
    "appeal_approved",
    "appeal_pending",
}


def at(day: dt.date, hour: int = 10) -> dt.datetime:
    """An instant on a platform date (Shanghai)."""
    return dt.datetime(day.year, day.month, day.day, hour, tzinfo=SHANGHAI)


def add_order(
    connection: sa.Connection,
    order_id: str,
    *,
    merchant: str = "M1",
    owner: str | None = None,
    shipped: dt.date | None = dt.date(2022, 10, 20),
    destination: str = "US",
    trade_term: str = "DAP",
) -> None:
    """A shipped trade-assurance order (tad, express) of ``merchant``."""
    created = (shipped or dt.date(2022, 10, 1)) - dt.timedelta(days=5)
    connection.execute(
        contract_tables["orders"].insert(),
        order_row(
            order_id,
            merchant,
            owner_account_id=owner,
            buyer_id="BUYER-1",
            destination_country=destination,
            trade_term=trade_term,
            status="shipped" if shipped else "paid",
            created_at=at(created, 9),
            paid_at=at(created, 11),
            shipped_at=at(shipped, 14) if shipped else None,
        ),
    )


def add_shipment(
    connection: sa.Connection,
    shipment_id: str,
    order_id: str,
    number: str,
    uploaded: dt.datetime,
    *,
    carrier: str = "fedex",
    replaced_by: str | None = None,
) -> None:
    """One shipment batch (logistics document) of an order."""
    connection.execute(
        contract_tables["shipments"].insert(),
        shipment_row(
            shipment_id,
            order_id,
            number,
            carrier=carrier,
            uploaded_at=uploaded,
            replaced_by=replaced_by,
        ),
    )


def add_event(
    connection: sa.Connection,
    number: str,
    time: dt.datetime,
    description: str,
    *,
    carrier: str = "fedex",
    location: str = "",
    source: str = "platform",
) -> None:
    """One tracking event of a parcel, received an hour after it happened."""
    connection.execute(
        contract_tables["tracking_events"]
        .insert()
        .values(
            event_key=event_key(carrier, number, source, time, description),
            carrier=carrier,
            tracking_number=number,
            event_time=time,
            received_at=time + dt.timedelta(hours=1),
            description=description,
            location=location or None,
            status=None,
            source=source,
        )
    )


def add_appeal(
    connection: sa.Connection, appeal_id: str, order_id: str, shipment_id: str, status: str
) -> None:
    """An appeal on a shipment batch."""
    connection.execute(
        contract_tables["tracking_appeals"]
        .insert()
        .values(
            appeal_id=appeal_id,
            order_id=order_id,
            shipment_id=shipment_id,
            appeal_type="third_party_tracking",
            submitted_at=at(dt.date(2022, 11, 20)),
            status=status,
            decided_at=None if status == "pending" else at(dt.date(2022, 11, 25)),
        )
    )


def judge(
    connection: sa.Connection,
    stat_date: dt.date,
    order_id: str,
    reason: str,
    *,
    merchant: str = "M1",
    owner: str | None = None,
    ship_date: dt.date = dt.date(2022, 10, 20),
    window_open: bool = False,
) -> None:
    """An order_tracking row, with the pass flags the reason implies (data contract)."""
    connection.execute(
        order_tracking.insert().values(
            stat_date=stat_date,
            order_id=order_id,
            merchant_id=merchant,
            owner_account_id=owner,
            ship_date=ship_date,
            counted_pass=reason in COUNTED,
            shown_pass=reason in COUNTED - {"appeal_pending"},
            reason=reason,
            appeal_window_open=window_open,
            computed_at=NOW,
            rule_set_id="2022-11",
        )
    )


def metrics(
    connection: sa.Connection,
    merchant: str,
    stat_date: dt.date,
    *,
    tv: tuple[int, int] | None = None,
    gd: tuple[bool, int, int, float | None, bool] | None = None,
    rule_set_id: str = "2022-11",
) -> None:
    """A merchant_metrics row: tv = (orders, passing); gd = (enrolled, orders,
    guaranteed, rate, default_pass). None leaves the family empty (not in force)."""
    tv_orders, tv_passing = tv if tv else (None, None)
    enrolled, gd_orders, guaranteed, gd_rate, default_pass = gd if gd else (None,) * 5
    connection.execute(
        merchant_metrics.insert().values(
            merchant_id=merchant,
            stat_date=stat_date,
            tv_orders=tv_orders,
            tv_passing=tv_passing,
            tv_rate=(tv_passing / tv_orders if tv_orders else 1.0) if tv else None,
            gd_enrolled=enrolled,
            gd_orders=gd_orders,
            gd_guaranteed=guaranteed,
            gd_rate=gd_rate,
            gd_default_pass=default_pass,
            ots_due=0,
            ots_on_time=0,
            ots_rate=None,
            computed_at=NOW,
            rule_set_id=rule_set_id,
        )
    )


@dataclass(frozen=True)
class Listed:
    """The orders of the list world, by owner."""

    main: list[str]
    sub_a2: list[str]
    sub_a3: list[str]
    m2: list[str]

    @property
    def m1(self) -> list[str]:
        return self.main + self.sub_a2 + self.sub_a3


# Reasons cycled over M1's orders: every code appears, untracked most often.
_REASONS = (
    "tracked",
    "untracked",
    "appeal_pending",
    "untracked",
    "appeal_rejected",
    "newest_7_days_exempt",
    "appeal_approved",
    "launch_exempt",
)


def list_world(engine: sa.Engine) -> Listed:
    """30 judged orders of M1 on STAT (12 main, 13 of A2, 5 of A3), 3 of M2, the M1
    merchant figures (30 orders, 24 passing), and a few rows on PREVIOUS.

    Order TA10001 ships last (2022-11-19), TA10030 first; TA10002 and TA10010 are
    untracked with the appeal window open on STAT.
    """
    owners = ["A2"] * 13 + [None] * 12 + ["A3"] * 5
    listed = Listed([], [], [], [])
    with transaction(engine) as connection:
        for index, owner in enumerate(owners, 1):
            order_id = f"TA{10000 + index}"
            shipped = dt.date(2022, 11, 20) - dt.timedelta(days=index)
            add_order(connection, order_id, owner=owner, shipped=shipped, destination="GB")
            reason = _REASONS[(index - 1) % len(_REASONS)]
            judge(
                connection,
                STAT,
                order_id,
                reason,
                owner=owner,
                ship_date=shipped,
                window_open=order_id in {"TA10002", "TA10010"},
            )
            {None: listed.main, "A2": listed.sub_a2, "A3": listed.sub_a3}[owner].append(order_id)
        # The day before, TA10004 was still in its appeal window.
        for order_id in ("TA10001", "TA10002", "TA10004"):
            judge(connection, PREVIOUS, order_id, "untracked", owner="A2", window_open=True)
        for index in range(1, 4):
            order_id = f"MB{20000 + index}"
            # Shipped 2022-11-10: its appeal window is view dates 2022-12-04 ... 12-10.
            shipped = dt.date(2022, 11, 10)
            add_order(connection, order_id, merchant="M2", owner=None, shipped=shipped)
            judge(
                connection,
                STAT,
                order_id,
                "untracked",
                merchant="M2",
                ship_date=shipped,
                window_open=True,
            )
            listed.m2.append(order_id)
        metrics(connection, "M1", STAT, tv=(30, 24))
        metrics(connection, "M1", PREVIOUS, tv=(3, 0))
        metrics(connection, "M2", STAT, tv=(3, 0))
        # Computed but not selectable: older than a month, and before the metric was live.
        metrics(connection, "M1", dt.date(2022, 11, 3), tv=(1, 1))
        metrics(connection, "M1", dt.date(2022, 11, 8), tv=None, rule_set_id="baseline")
    return listed
