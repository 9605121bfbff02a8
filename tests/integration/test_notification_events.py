"""Issue 19's event producers: each topic told exactly once, on its day and not the day
before or after, to the account responsible (a sub-account's orders and products to it),
on SQLite and PostgreSQL. The demo's messages: tests/integration/test_demo_pipeline.py."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import market_world
import pytest
import sqlalchemy as sa
from stars_world import World, at

from factories import (
    account_row,
    merchant_row,
    order_row,
    product_row,
    radar_task_row,
    shipment_row,
)
from sellerstar.domain.appeals import AppealEvent, filing_window
from sellerstar.jobs.notification_events import JOB_NAME, run_notification_events
from sellerstar.jobs.official import run_official
from sellerstar.rules import RuleBook, load_rulebook
from sellerstar.services.appeal_decisions import apply_decision
from sellerstar.services.appeal_errors import AppealAlreadyDecided
from sellerstar.services.appeal_shipments import appeal_rules
from sellerstar.store.db import transaction
from sellerstar.store.market_tables import market_coupons, market_tools
from sellerstar.store.schema import (
    contract_tables,
    job_runs,
    notifications,
    official_star_levels,
    order_tracking,
    star_evaluations,
    star_levels,
)

BOOK: RuleBook = load_rulebook()
PLATFORM = ZoneInfo("Asia/Shanghai")
SHIPPED = dt.date(2022, 11, 10)
OPENS, CLOSES = dt.date(2022, 12, 4), dt.date(2022, 12, 10)  # view dates (lag 2)


def _at(day: dt.date, hour: int = 6) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour), PLATFORM).astimezone(dt.UTC)


def _run(engine: sa.Engine, view: dt.date) -> dict[str, int]:
    """The events step as the daily job runs it early on ``view`` (platform time)."""
    return run_notification_events(engine, BOOK, _at(view))


def _insert(engine: sa.Engine, table: str | sa.Table, rows: list[dict[str, Any]]) -> None:
    target = contract_tables[table] if isinstance(table, str) else table
    with transaction(engine) as connection:
        connection.execute(target.insert(), rows)


def _told(engine: sa.Engine, topic: str) -> list[tuple[str, str | None, dict[str, Any]]]:
    with engine.connect() as connection:
        rows = connection.execute(
            sa.select(notifications.c.merchant_id, notifications.c.account_id,
                      notifications.c.payload)
            .where(notifications.c.topic == topic)
            .order_by(notifications.c.notification_id)
        ).all()  # fmt: skip
    return [(row.merchant_id, row.account_id, row.payload) for row in rows]


def test_the_example_window_follows_the_appeal_rules() -> None:
    window = filing_window(SHIPPED, appeal_rules(BOOK.in_force(OPENS)))
    assert (window.opens, window.closes) == (OPENS, CLOSES)


def _windows(engine: sa.Engine) -> None:
    """o-sub (a sub-account's) and o-main failing from first disclosure; o-main appealed
    on view date 12-09, after the stat date its judgement was made on."""
    _insert(engine, "merchants", [merchant_row("m")])
    _insert(engine, "accounts", [account_row("m-SUB", "m", "sub")])
    _insert(engine, "orders", [
        order_row("o-sub", "m", owner_account_id="m-SUB", created_at=_at(SHIPPED),
                  shipped_at=_at(SHIPPED, 12)),
        order_row("o-main", "m", created_at=_at(SHIPPED), shipped_at=_at(SHIPPED, 12)),
    ])  # fmt: skip
    _insert(
        engine, "shipments", [shipment_row("s-main", "o-main", "1Z1", uploaded_at=_at(SHIPPED))]
    )
    _insert(engine, "tracking_appeals", [
        {"appeal_id": "a-main", "order_id": "o-main", "shipment_id": "s-main",
         "appeal_type": "backend_has_two", "submitted_at": _at(dt.date(2022, 12, 9), 10),
         "status": "pending", "decided_at": None},
    ])  # fmt: skip
    rows = []
    for order_id, owner in (("o-sub", "m-SUB"), ("o-main", None)):
        for offset in range(15, 31):
            stat = SHIPPED + dt.timedelta(days=offset)
            rows.append({
                "stat_date": stat, "order_id": order_id, "merchant_id": "m",
                "owner_account_id": owner, "ship_date": SHIPPED, "counted_pass": offset < 22,
                "shown_pass": offset < 22, "reason": "untracked" if offset >= 22 else
                "newest_7_days_exempt", "appeal_window_open": 22 <= offset <= 28,
                "computed_at": _at(stat), "rule_set_id": "2022-11",
            })  # fmt: skip
    _insert(engine, order_tracking, rows)


def test_the_appeal_window_opens_once_on_first_disclosure(store_engine: sa.Engine) -> None:
    _windows(store_engine)
    assert _run(store_engine, OPENS - dt.timedelta(days=1))["appeal_window_opened"] == 0
    assert _run(store_engine, OPENS)["appeal_window_opened"] == 2
    assert _run(store_engine, OPENS)["appeal_window_opened"] == 0  # a re-run adds nothing
    assert _run(store_engine, OPENS + dt.timedelta(days=1))["appeal_window_opened"] == 0
    last_day = {"last_day": CLOSES.isoformat()}
    assert sorted(
        _told(store_engine, "appeal_window_opened"), key=lambda told: told[2]["order_id"]
    ) == [
        ("m", None, {"order_id": "o-main"} | last_day),
        ("m", "m-SUB", {"order_id": "o-sub"} | last_day),
    ]


@pytest.mark.parametrize("view", [OPENS - dt.timedelta(days=1), OPENS + dt.timedelta(days=1)])
def test_no_window_opens_the_day_before_or_after(store_engine: sa.Engine, view: dt.date) -> None:
    _windows(store_engine)
    assert _run(store_engine, view)["appeal_window_opened"] == 0


def test_the_last_day_tells_failing_orders_not_yet_appealed(store_engine: sa.Engine) -> None:
    _windows(store_engine)
    for view in (CLOSES - dt.timedelta(days=1), CLOSES, CLOSES, CLOSES + dt.timedelta(days=1)):
        _run(store_engine, view)
    # o-main was appealed on 12-09: its 12-08 judgement does not know it yet.
    assert _told(store_engine, "appeal_last_day") == [
        ("m", "m-SUB", {"order_id": "o-sub", "last_day": CLOSES.isoformat()})
    ]


def test_an_operators_decision_tells_the_orders_account(store_engine: sa.Engine) -> None:
    _windows(store_engine)
    _insert(
        store_engine, "shipments", [shipment_row("s-sub", "o-sub", "1Z2", uploaded_at=_at(SHIPPED))]
    )
    _insert(store_engine, "tracking_appeals", [
        {"appeal_id": "a-sub", "order_id": "o-sub", "shipment_id": "s-sub",
         "appeal_type": "backend_has_two", "submitted_at": _at(dt.date(2022, 12, 5), 10),
         "status": "pending", "decided_at": None},
    ])  # fmt: skip
    with transaction(store_engine) as connection:
        apply_decision(connection, "a-sub", AppealEvent.APPROVE, "backend_events_confirmed", "",
                       "ops", _at(dt.date(2022, 12, 6), 15))  # fmt: skip
        apply_decision(connection, "a-main", AppealEvent.REJECT, "too_few_events", "", "ops",
                       _at(dt.date(2022, 12, 10), 15))  # fmt: skip
    with pytest.raises(AppealAlreadyDecided), transaction(store_engine) as connection:
        apply_decision(connection, "a-sub", AppealEvent.REJECT, "too_few_events", "", "ops2",
                       _at(dt.date(2022, 12, 7), 15))  # fmt: skip
    assert _told(store_engine, "appeal_decided") == [
        ("m", "m-SUB", {"appeal_id": "a-sub", "order_id": "o-sub", "outcome": "approved"}),
        ("m", None, {"appeal_id": "a-main", "order_id": "o-main", "outcome": "rejected"}),
    ]


def test_a_radar_deadline_is_told_two_days_before(store_engine: sa.Engine) -> None:
    created = _at(dt.date(2022, 11, 20), 10)  # deadline 11-27 10:00 platform time
    _insert(store_engine, "merchants", [merchant_row("m")])
    _insert(store_engine, "accounts", [account_row("m-SUB", "m", "sub")])
    _insert(store_engine, "products", [
        product_row("p-sub", "m", "Bag", owner_account_id="m-SUB"),
        product_row("p-main", "m", "Shoe"),
    ])  # fmt: skip
    _insert(store_engine, "radar_tasks", [
        radar_task_row("t-open", "p-sub", created_at=created),
        radar_task_row("t-done", "p-main", created_at=created, status="rectified",
                       closed_at=created + dt.timedelta(days=1)),
    ])  # fmt: skip
    radar = BOOK.in_force(dt.date(2022, 11, 25)).product_radar
    assert radar is not None and radar.remind_days_before_deadline == 2
    counts = [
        _run(store_engine, dt.date(2022, 11, day))["radar_deadline_near"]
        for day in (24, 25, 25, 26)
    ]
    assert counts == [0, 1, 0, 0]
    assert _told(store_engine, "radar_deadline_near") == [
        ("m", "m-SUB", {"task_id": "t-open", "product_id": "p-sub",
                        "deadline": "2022-11-27T02:00:00+00:00"}),
    ]  # fmt: skip


def _stars(stat: dt.date, stars: int, **columns: Any) -> dict[str, Any]:
    return {"stat_date": stat, "merchant_id": "m", "track": "custom", "track_enabled": True,
            "stars": stars, "gate_failed": False, "explanation": {}, "rule_set_id": "2022-11",
            "computed_at": _at(stat)} | columns  # fmt: skip


def test_star_changes_and_the_fall_below_the_official_level(store_engine: sa.Engine) -> None:
    days = [dt.date(2022, 12, day) for day in (1, 2, 3, 4)]
    _insert(store_engine, star_levels, [
        _stars(days[0], 3), _stars(days[1], 2), _stars(days[2], 2), _stars(days[3], 3),
        _stars(days[0], 4, track="fast_trade", track_enabled=False),
        _stars(days[1], 1, track="fast_trade", track_enabled=False),
    ])  # fmt: skip
    published = _at(dt.date(2022, 12, 5), 9)
    december = dt.date(2022, 12, 1)
    _insert(store_engine, star_evaluations, [
        {"month": december, "evaluation_date": december + dt.timedelta(days=4),
         "stat_date": dt.date(2022, 11, 30), "rule_set_id": "2022-11", "published_at": published,
         "published_by": "system", "runs": 1},
    ])  # fmt: skip
    official = _stars(dt.date(2022, 11, 30), 3) | {"month": december}
    _insert(store_engine, official_star_levels, [official])
    changed, below = [], []
    for view in (3, 4, 4, 5, 6, 7):  # stat dates 12-01 … 12-05
        told = run_notification_events(store_engine, BOOK, _at(dt.date(2022, 12, view), 10))
        changed.append(told["star_predicted_changed"])
        below.append(told["star_below_official"])
    # 12-04 (stat 12-02): 3 → 2, the official level not yet published; 12-05: below it.
    assert changed == [0, 1, 0, 0, 1, 0]
    assert below == [0, 0, 0, 1, 0, 0]
    assert _told(store_engine, "star_predicted_changed") == [
        ("m", None, {"track": "custom", "old_stars": 3, "new_stars": 2, "stat_date": "2022-12-02"}),
        ("m", None, {"track": "custom", "old_stars": 2, "new_stars": 3, "stat_date": "2022-12-04"}),
    ]
    assert _told(store_engine, "star_below_official") == [
        ("m", None, {"track": "custom", "predicted_stars": 2, "official_stars": 3,
                     "stat_date": "2022-12-03"}),
    ]  # fmt: skip


def test_rule_changes_are_told_from_their_announcement_until_in_effect(
    store_engine: sa.Engine,
) -> None:
    _insert(store_engine, "merchants", [merchant_row("m"), merchant_row("n")])
    counts = [_run(store_engine, dt.date(2022, 10, day))["rule_change_announced"]
              for day in (27, 28, 28, 29)]  # fmt: skip
    # Announced 10-28: the rule-sets of 10-31, 11-04 and 11-11 (10-28's own is no notice).
    assert counts == [0, 6, 0, 0]
    told = _told(store_engine, "rule_change_announced")
    assert {payload["rule_set_id"] for _m, _a, payload in told} == {"2022-10-31", "2022-11-04",
                                                                    "2022-11"}  # fmt: skip
    assert ("n", None, {"rule_set_id": "2022-11", "effective": "2022-11-11",
                        "announced": "2022-10-28"}) in told  # fmt: skip


@pytest.mark.parametrize(
    ("view", "expected"), [(dt.date(2022, 11, 10), 1), (dt.date(2022, 11, 11), 0)]
)
def test_a_rule_change_is_not_told_once_in_effect(
    store_engine: sa.Engine, view: dt.date, expected: int
) -> None:
    _insert(store_engine, "merchants", [merchant_row("m")])
    assert _run(store_engine, view)["rule_change_announced"] == expected


def test_coupons_are_told_on_the_launch_day_to_eligible_main_accounts(
    store_engine: sa.Engine,
) -> None:
    market_world.seed(store_engine, {"CN1": "CN", "CN2": "CN", "HK1": "HK", "XX": None})
    with transaction(store_engine) as connection:
        tools = connection.execute(
            sa.select(market_tools.c.tool_id, market_tools.c.name)
            .where(market_tools.c.launch_price_cny.is_not(None))
            .order_by(market_tools.c.tool_id)
        ).all()
        gone, claimed, *left = tools  # one tool out of stock, one already claimed by CN2
        connection.execute(
            market_tools.update().where(market_tools.c.tool_id == gone.tool_id)
            .values(coupons_left=0)
        )  # fmt: skip
        connection.execute(market_coupons.insert().values(
            tool_id=claimed.tool_id, merchant_id="CN2", main_account_id="CN2-MAIN",
            claimed_by="cn2-main", claimed_at=market_world.LAUNCH, valid_on=dt.date(2022, 10, 28),
            valid_until=dt.date(2022, 11, 27), rule_set_id="2022-10-28",
        ))  # fmt: skip
    counts = [_run(store_engine, dt.date(2022, 10, day))["coupon_claimable"]
              for day in (27, 28, 28, 29)]  # fmt: skip
    assert counts == [0, 2 * len(left) + 1, 0, 0]
    told = _told(store_engine, "coupon_claimable")
    assert {merchant for merchant, _a, _p in told} == {"CN1", "CN2"}
    assert {account for _m, account, _p in told} == {None}
    assert ("CN1", None, {"tool_id": claimed.tool_id, "tool_name": claimed.name,
                          "launch_date": "2022-10-28"}) in told  # fmt: skip
    assert not any(p["tool_id"] == gone.tool_id for _m, _a, p in told)
    assert not any(m == "CN2" and p["tool_id"] == claimed.tool_id for m, _a, p in told)


def test_the_step_is_recorded_in_job_runs(store_engine: sa.Engine) -> None:
    _run(store_engine, dt.date(2022, 10, 28))
    with store_engine.connect() as connection:
        run = connection.execute(sa.select(job_runs).where(job_runs.c.job == JOB_NAME)).one()
    assert run.status == "succeeded"
    assert run.params == {"view_date": "2022-10-28"}


def test_the_official_evaluation_is_told_once_per_merchant(store_engine: sa.Engine) -> None:
    world = World(store_engine)
    world.merchant("m", [dt.date(2022, 10, 31)], rule_set_id="2022-10-25", tv_rate=None,
                   gd_rate=None)  # fmt: skip
    world.metrics("m", [dt.date(2022, 11, 30)], tv_rate=0.3)
    world.user("ops", "operator")
    published = at("2022-12-05 09:00")
    run = run_official(store_engine, BOOK, "2022-12", published)
    with store_engine.connect() as connection:
        custom = connection.execute(
            sa.select(official_star_levels.c.stars).where(official_star_levels.c.track == "custom")
        ).scalar_one()
    assert _told(store_engine, "official_evaluation_published") == [
        ("m", None, {"month": "2022-12", "stars": custom, "track": "custom"})
    ]
    later = published + dt.timedelta(days=1)
    run_official(store_engine, BOOK, "2022-12", later, force=True, operator="ops", reason="x")
    assert len(_told(store_engine, "official_evaluation_published")) == 1
    assert run.runs == 1
