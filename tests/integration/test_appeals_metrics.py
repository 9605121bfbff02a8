"""End to end: an appeal moves the tracking visibility rate (rulebook §1.2–§1.4, issue 5
item 5). The daily metric job runs on the store; an appeal filed through the service makes
the order count as passing while shown failing; the decision then sets both; and a stat
date recomputed later keeps the figures it had (appeals are read as of each date).

Order TAFAIL ships 2022-11-10 with one pre-advice event: it fails from first disclosure
(stat date 2022-12-02, seen 2022-12-04). TAOK ships the same day and is tracked. The appeal
is filed on view date 2022-12-04 (the window's first day) and decided on 2022-12-06.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa
from PIL import Image

from sellerstar.domain.access import Principal, scope_for_merchant_user
from sellerstar.domain.appeals import AppealEvent
from sellerstar.jobs.metrics import run_store_job
from sellerstar.rules import load_rulebook
from sellerstar.services.appeals import EvidenceLimits, decide, file_appeal
from sellerstar.store.db import create_engine, opened, transaction
from sellerstar.store.schema import contract_tables, event_key, merchant_metrics, order_tracking

BOOK = load_rulebook()
ZONE = ZoneInfo("Asia/Shanghai")
SHIPPED = dt.date(2022, 11, 10)
BEFORE, FILED_ON, DECIDED_ON = dt.date(2022, 12, 3), dt.date(2022, 12, 4), dt.date(2022, 12, 6)
MERCHANT = Principal(1, "m-main", "M", "merchant_main", "M1", "A1")
OPERATOR = Principal(2, "ops", "OPS", "operator", None, None)


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (2, 2), "white").save(out, format="PNG")
    return out.getvalue()


def _at(day: dt.date, hour: int) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, tzinfo=ZONE)


def _seed(engine: sa.Engine) -> None:
    """Merchant M1 with the two orders, their shipments and platform events."""
    tables = contract_tables
    with transaction(engine) as c:
        c.execute(
            tables["merchants"]
            .insert()
            .values(merchant_id="M1", name="Ningbo Tools", membership="none", ta_status="active")
        )
        for order_id in ("TAOK", "TAFAIL"):
            c.execute(
                tables["orders"]
                .insert()
                .values(
                    order_id=order_id,
                    merchant_id="M1",
                    owner_account_id=None,
                    buyer_id="B",
                    trade_assurance=True,
                    destination_country="US",
                    trade_term="DAP",
                    export_mode="tad",
                    transport="express",
                    payment_method="tt",
                    status="shipped",
                    created_at=_at(SHIPPED, 8),
                    paid_at=_at(SHIPPED, 9),
                    shipped_at=_at(SHIPPED, 14),
                    amount_usd=100,
                    all_items_rts=True,
                    delivery_promise=True,
                )
            )
        parcels = {"TAOK": ("SOK", "794600000011"), "TAFAIL": ("SFAIL", "794600000012")}
        for order_id, (shipment_id, number) in parcels.items():
            c.execute(
                tables["shipments"]
                .insert()
                .values(
                    shipment_id=shipment_id,
                    order_id=order_id,
                    carrier="fedex",
                    tracking_number=number,
                    transport="express",
                    uploaded_at=_at(SHIPPED, 15),
                    replaced_by=None,
                )
            )
        events = [
            ("794600000011", 1, "Shipment information sent to FedEx"),
            ("794600000011", 2, "Picked up"),
            ("794600000012", 1, "Shipment information sent to FedEx"),
        ]
        for number, day, text in events:
            when = _at(SHIPPED + dt.timedelta(days=day), 9)
            c.execute(
                tables["tracking_events"]
                .insert()
                .values(
                    event_key=event_key("fedex", number, "platform", when, text),
                    carrier="fedex",
                    tracking_number=number,
                    event_time=when,
                    received_at=when,
                    description=text,
                    location=None,
                    status=None,
                    source="platform",
                )
            )


def _compute(url: str, stat_date: dt.date, at: dt.datetime) -> tuple[dict[str, Any], Any]:
    """Run the daily metric job for one stat date; (the order's judgement, M1's figures)."""
    with opened(url) as store:
        run_store_job(store, BOOK, stat_date, stat_date, now=at)
    return _read(url, stat_date)


def _read(url: str, stat_date: dt.date) -> tuple[dict[str, Any], Any]:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            judged = connection.execute(
                sa.select(order_tracking).where(
                    order_tracking.c.stat_date == stat_date,
                    order_tracking.c.order_id == "TAFAIL",
                )
            ).one()
            figures = connection.execute(
                sa.select(merchant_metrics).where(
                    merchant_metrics.c.stat_date == stat_date,
                    merchant_metrics.c.merchant_id == "M1",
                )
            ).one()
    finally:
        engine.dispose()
    return dict(judged._mapping), figures


def _judged(judgement: dict[str, Any]) -> tuple[str, bool, bool]:
    return judgement["reason"], judgement["counted_pass"], judgement["shown_pass"]


@pytest.mark.parametrize(
    ("event", "reason", "final_reason", "final_shown", "final_rate"),
    [
        (AppealEvent.REJECT, "single_event_is_pre_advice", "appeal_rejected", False, 0.5),
        (AppealEvent.APPROVE, "other", "appeal_approved", True, 1.0),
    ],
)
def test_an_appeal_moves_the_rate_as_of_each_stat_date(
    database_url: str,
    store_engine: sa.Engine,
    tmp_path: Path,
    event: AppealEvent,
    reason: str,
    final_reason: str,
    final_shown: bool,
    final_rate: float,
) -> None:
    _seed(store_engine)
    # Stat date 2022-12-03 (seen 12-05): the order fails by its real tracking, window open.
    before, figures = _compute(database_url, BEFORE, _at(dt.date(2022, 12, 5), 6))
    assert _judged(before) == ("untracked", False, False) and before["appeal_window_open"]
    assert (figures.tv_orders, figures.tv_passing, figures.tv_rate) == (2, 1, 0.5)

    appeal_id = file_appeal(
        store_engine,
        scope_for_merchant_user(MERCHANT),
        MERCHANT,
        order_id="TAFAIL",
        shipment_id="SFAIL",
        appeal_type="single_real_event",
        tracking_number="794600000012",
        files=[("shot.png", _png())],
        book=BOOK,
        limits=EvidenceLimits(tmp_path, 1 << 20, 5),
        now=_at(FILED_ON, 10),
        failure_confirmed=True,
    )

    # The stat date of the filing day: counted as passing, still shown failing.
    pending, figures = _compute(database_url, FILED_ON, _at(dt.date(2022, 12, 6), 6))
    assert _judged(pending) == ("appeal_pending", True, False)
    assert (figures.tv_passing, figures.tv_rate) == (2, 1.0)

    with transaction(store_engine) as connection:
        decide(connection, appeal_id, event, reason, "checked by hand", OPERATOR,
               _at(DECIDED_ON, 15), book=BOOK)  # fmt: skip

    after, figures = _compute(database_url, DECIDED_ON, _at(dt.date(2022, 12, 8), 6))
    assert _judged(after) == (final_reason, final_shown, final_shown)
    assert figures.tv_rate == final_rate

    # Recomputed now, the earlier stat dates keep the figures they had (as of each date).
    again, figures = _compute(database_url, FILED_ON, _at(dt.date(2022, 12, 8), 7))
    assert _judged(again) == ("appeal_pending", True, False) and figures.tv_rate == 1.0
    again, figures = _compute(database_url, BEFORE, _at(dt.date(2022, 12, 8), 7))
    assert _judged(again) == ("untracked", False, False) and figures.tv_rate == 0.5
