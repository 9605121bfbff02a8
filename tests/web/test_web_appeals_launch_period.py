"""The launch period of appeals (rulebook §1.4 decision, issue 18 item 2a): nothing is
disclosed before the metric is first shown (stat date 2022-11-09, view date 2022-11-11),
so orders shipped 2022-10-06 … 2022-10-17 get their whole 7-day window from view date
2022-11-11; on SQLite and PostgreSQL, through the filing service, boundaries on both sides.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import sqlalchemy as sa
from appeals_support import number, png, principal, shipped_rules
from logistics_support import add_event, add_order, add_shipment, at
from web_support import World

from sellerstar.domain.access import scope_for_merchant_user
from sellerstar.domain.appeals import filing_window
from sellerstar.services.appeals import AppealRefused, EvidenceLimits, appeal_rules, file_appeal
from sellerstar.store.db import transaction
from sellerstar.store.schema import contract_tables

LAUNCH_VIEW = dt.date(2022, 11, 11)
# order id -> ship date: the launch exemption's last day, the launch period's first and
# last days, and the first two orders disclosed on their own (ship date + 22 + lag).
SHIPPED = {
    "L05": dt.date(2022, 10, 5),
    "L06": dt.date(2022, 10, 6),
    "L17": dt.date(2022, 10, 17),
    "L18": dt.date(2022, 10, 18),
    "L19": dt.date(2022, 10, 19),
}


def _orders(engine: sa.Engine) -> None:
    with transaction(engine) as connection:
        for index, (order_id, shipped) in enumerate(SHIPPED.items()):
            add_order(connection, order_id, shipped=shipped)
            parcel = number(500 + index)
            add_shipment(connection, f"S{order_id}", order_id, parcel, at(shipped, 15))
            add_event(connection, parcel, at(shipped + dt.timedelta(days=1), 9), "Picked up")


def _file(engine: sa.Engine, folder: Path, order_id: str, view: dt.date) -> str:
    who = principal("m1-main")
    index = list(SHIPPED).index(order_id)
    return file_appeal(
        engine,
        scope_for_merchant_user(who),
        who,
        order_id=order_id,
        shipment_id=f"S{order_id}",
        appeal_type="single_real_event",
        tracking_number=number(500 + index),
        files=[("shot.png", png())],
        book=shipped_rules(),
        limits=EvidenceLimits(folder, 1 << 20, 5),
        now=at(view, 10),
    )


def _refusal(engine: sa.Engine, folder: Path, order_id: str, view: dt.date) -> str:
    with pytest.raises(AppealRefused) as refused:
        _file(engine, folder, order_id, view)
    return refused.value.code


def test_the_windows_the_rule_set_gives() -> None:
    rules = appeal_rules(shipped_rules().in_force(LAUNCH_VIEW))
    assert rules.first_disclosure_from == dt.date(2022, 11, 9)  # configuration, not code
    windows = {order_id: filing_window(day, rules) for order_id, day in SHIPPED.items()}
    for order_id in ("L06", "L17", "L18"):
        assert (windows[order_id].opens, windows[order_id].closes) == (
            LAUNCH_VIEW,
            dt.date(2022, 11, 17),
        )
    assert (windows["L19"].opens, windows["L19"].closes) == (
        dt.date(2022, 11, 12),
        dt.date(2022, 11, 18),
    )


@pytest.mark.parametrize(
    ("order_id", "view", "refusal"),
    [
        ("L05", LAUNCH_VIEW, "exempt"),  # the launch exemption: passes anyway
        ("L06", dt.date(2022, 11, 10), "not_in_force"),  # before the metric is shown
        ("L06", LAUNCH_VIEW, None),  # the launch period's first order, first day
        ("L06", dt.date(2022, 11, 17), None),  # ... its seventh day
        ("L06", dt.date(2022, 11, 18), "window_closed"),
        ("L17", dt.date(2022, 11, 17), None),  # the last order of the launch period
        ("L17", dt.date(2022, 11, 18), "window_closed"),
        ("L18", LAUNCH_VIEW, None),  # the first order disclosed on its own day
        ("L19", LAUNCH_VIEW, "window_not_open"),
        ("L19", dt.date(2022, 11, 18), None),
        ("L19", dt.date(2022, 11, 19), "window_closed"),
    ],
)
def test_filing_in_the_launch_period(
    world: World, tmp_path: Path, order_id: str, view: dt.date, refusal: str | None
) -> None:
    _orders(world.engine)
    folder = tmp_path / "evidence"
    if refusal is not None:
        assert _refusal(world.engine, folder, order_id, view) == refusal
        return
    appeal_id = _file(world.engine, folder, order_id, view)
    with world.engine.connect() as connection:
        status = connection.scalar(
            sa.select(contract_tables["tracking_appeals"].c.status).where(
                contract_tables["tracking_appeals"].c.appeal_id == appeal_id
            )
        )
    assert status == "pending"
