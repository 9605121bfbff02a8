"""Claiming a launch-day coupon (rulebook §6.1): the day in the platform's time zone, the
merchant's country, the role, a sub-account claiming for its main account, the catalogue's
stock; on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa
from market_world import BOOK, DAY_AFTER, DAY_BEFORE, LAUNCH, TOOL, main, seed, sub

from sellerstar.services import market_catalogue, market_coupons
from sellerstar.services.market_catalogue import CatalogueRefused
from sellerstar.services.market_coupons import Claimant, Claimed, CouponRefused
from sellerstar.store.db import transaction
from sellerstar.store.market_tables import market_coupons as coupons
from sellerstar.store.market_tables import market_tools


def _claim(
    engine: sa.Engine, claimant: Claimant, at: dt.datetime = LAUNCH, tool: str = TOOL
) -> Claimed:
    with transaction(engine) as connection:
        return market_coupons.claim(connection, book=BOOK, claimant=claimant, tool_id=tool, now=at)


def _refused(engine: sa.Engine, claimant: Claimant, at: dt.datetime = LAUNCH,
             tool: str = TOOL) -> str:  # fmt: skip
    with pytest.raises(CouponRefused) as refused:
        _claim(engine, claimant, at, tool)
    return str(refused.value.code)


def test_a_main_account_claims_on_the_launch_day(store_engine: sa.Engine) -> None:
    seed(store_engine, {"M1": "CN"})
    coupon = _claim(store_engine, main("M1"))
    assert (coupon.merchant_id, coupon.main_account_id, coupon.claimed_by) == (
        "M1", "M1-MAIN", "m1-main"
    )  # fmt: skip
    assert coupon.valid_on == coupon.valid_until == dt.date(2022, 10, 28)
    assert coupon.coupons_left == 49
    assert _refused(store_engine, main("M1")) == "already_claimed"


def test_a_sub_account_claims_for_its_main_account(store_engine: sa.Engine) -> None:
    seed(store_engine, {"M1": "CN"})
    coupon = _claim(store_engine, sub("M1"))
    assert (coupon.main_account_id, coupon.claimed_by) == ("M1-MAIN", "m1-sub")
    with store_engine.connect() as connection:
        row = connection.execute(sa.select(coupons)).one()
    assert row.claimant_account_id == "M1-SUB"
    # The main account has it now: neither account gets a second one.
    assert _refused(store_engine, main("M1")) == "already_claimed"
    assert _refused(store_engine, sub("M1")) == "already_claimed"
    # Another tool is another coupon.
    assert _claim(store_engine, main("M1"), tool="T-XINWAIMAO-ROBOT").coupon_id


@pytest.mark.parametrize(
    ("at", "expected"),
    [
        (DAY_BEFORE, "not_the_day"),
        (DAY_AFTER, "not_the_day"),
        # 23:59:59 on the 27th in Shanghai is 15:59:59 UTC: not yet the day.
        (dt.datetime(2022, 10, 27, 15, 59, 59, tzinfo=dt.UTC), "not_the_day"),
        (dt.datetime(2022, 10, 27, 16, 0, tzinfo=dt.UTC), None),
        (dt.datetime(2022, 10, 28, 15, 59, 59, tzinfo=dt.UTC), None),
        (dt.datetime(2022, 10, 28, 16, 0, tzinfo=dt.UTC), "not_the_day"),
        (dt.datetime(2022, 12, 6, 2, 0, tzinfo=dt.UTC), "not_the_day"),
    ],
)
def test_the_launch_day_is_the_platform_date(
    store_engine: sa.Engine, at: dt.datetime, expected: str | None
) -> None:
    seed(store_engine, {"M1": "CN"})
    if expected is None:
        assert _claim(store_engine, main("M1"), at).valid_on == dt.date(2022, 10, 28)
    else:
        assert _refused(store_engine, main("M1"), at) == expected


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize(
    ("country", "expected"), [("CN", None), ("HK", "not_eligible"), ("TW", "not_eligible"),
                              ("US", "not_eligible"), (None, "not_eligible")]
)  # fmt: skip
def test_mainland_china_merchants_only(
    store_engine: sa.Engine, country: str | None, expected: str | None
) -> None:
    seed(store_engine, {"M1": country})
    if expected is None:
        assert _claim(store_engine, main("M1")).coupon_id
    else:
        assert _refused(store_engine, main("M1")) == expected


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_buyers_operators_and_unknown_tools_are_refused(store_engine: sa.Engine) -> None:
    seed(store_engine, {"M1": "CN"})
    assert _refused(store_engine, Claimant("ops", "operator", None)) == "not_a_merchant"
    assert _refused(store_engine, Claimant("b", "buyer", None)) == "not_a_merchant"
    assert _refused(store_engine, main("M1"), tool="T-NOPE") == "no_such_tool"
    # A service without launch coupons (no launch price, no stock).
    assert _refused(store_engine, main("M1"), tool="T-LIVE-HOST") == "no_such_tool"
    with transaction(store_engine) as connection:
        market_catalogue.set_listed(connection, TOOL, False, actor="ops", now=LAUNCH)
    assert _refused(store_engine, main("M1")) == "no_such_tool"


def test_the_last_coupon_and_then_sold_out(store_engine: sa.Engine) -> None:
    seed(store_engine, {"M1": "CN", "M2": "CN"}, stock=1)
    assert _claim(store_engine, main("M1")).coupons_left == 0
    assert _refused(store_engine, main("M2")) == "sold_out"
    # The one who has it is told so, not "sold out".
    assert _refused(store_engine, sub("M1")) == "already_claimed"


def test_the_stock_cannot_go_below_the_coupons_claimed(store_engine: sa.Engine) -> None:
    seed(store_engine, {"M1": "CN", "M2": "CN"}, stock=2)
    _claim(store_engine, main("M1"))
    with pytest.raises(CatalogueRefused) as refused, transaction(store_engine) as connection:
        market_catalogue.set_stock(connection, TOOL, 0, actor="ops", now=LAUNCH)
    assert refused.value.code == "stock_below_claimed"
    with transaction(store_engine) as connection:
        assert market_catalogue.set_stock(connection, TOOL, 1, actor="ops", now=LAUNCH) == 0
    assert _refused(store_engine, main("M2")) == "sold_out"
    # The store refuses a count out of range whatever the service does.
    with pytest.raises(sa.exc.IntegrityError), transaction(store_engine) as connection:
        connection.execute(
            market_tools.update().where(market_tools.c.tool_id == TOOL).values(coupons_left=-1)
        )
    with pytest.raises(sa.exc.IntegrityError), transaction(store_engine) as connection:
        connection.execute(
            coupons.insert().values(
                tool_id=TOOL, merchant_id="M1", claimed_by="x", claimed_at=LAUNCH,
                valid_on=LAUNCH.date(), valid_until=LAUNCH.date(), rule_set_id="2022-10-28",
            )
        )  # fmt: skip
