"""Joining and leaving through the service, on SQLite and PostgreSQL: rows, audit, refusals
that write nothing, roles, platform-date boundaries, and the page's status."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
import sqlalchemy as sa
from guarantee_world import at, audit_rows, enrol, products, seed, snapshot

from sellerstar.rules import load_rulebook
from sellerstar.services import guarantee, guarantee_status
from sellerstar.services.actors import User, actor_by_login
from sellerstar.services.refusal import Refused
from sellerstar.store.db import transaction
from sellerstar.store.schema import contract_tables

BOOK = load_rulebook()
MAIN1 = User("main1", "merchant_main", "M1")
_enrolments = contract_tables["guarantee_enrolments"]


@pytest.fixture
def store(store_engine: sa.Engine) -> sa.Engine:
    seed(store_engine)
    return store_engine


def _call(
    store: sa.Engine, action: Callable[..., Any], merchant: str, *, login: str, when: str
) -> Any:
    with transaction(store) as connection:
        return action(
            connection,
            BOOK,
            merchant,
            actor=actor_by_login(connection, login),
            now=at(when),
            reason="test",
        )


def _refused(
    store: sa.Engine, action: Callable[..., Any], merchant: str, *, login: str, when: str
) -> Refused:
    before = snapshot(store)
    with pytest.raises(Refused) as caught:
        _call(store, action, merchant, login=login, when=when)
    assert snapshot(store) == before, "a refusal must write nothing"
    return caught.value


def _periods(store: sa.Engine, merchant: str) -> list[tuple[dt.datetime, dt.datetime | None]]:
    with store.connect() as connection:
        rows = connection.execute(
            sa.select(_enrolments.c.joined_at, _enrolments.c.left_at)
            .where(_enrolments.c.merchant_id == merchant)
            .order_by(_enrolments.c.joined_at)
        )
        return [(row.joined_at, row.left_at) for row in rows]


def test_a_main_account_joins_and_the_audit_log_says_who_when_what_why(store: sa.Engine) -> None:
    change = _call(store, guarantee.join, "M1", login="main1", when="2022-11-01 10:00")
    assert change.possible_from == dt.date(2022, 12, 1)
    assert _periods(store, "M1") == [(at("2022-11-01 10:00"), None)]
    [row] = audit_rows(store)
    assert (row["actor"], row["action"], row["entity_type"], row["entity_id"]) == (
        "main1",
        "guarantee_joined",
        "merchant",
        "M1",
    )
    assert row["at"] == at("2022-11-01 10:00") and row["reason"] == "test"
    assert row["detail"]["can_leave_from"] == "2022-12-01"


@pytest.mark.parametrize(
    ("merchant", "login", "code"),
    [
        ("M-other", "main-other", "membership_not_qualifying"),
        ("M-none", "main-none", "membership_not_qualifying"),
        ("M-suspended", "main-suspended", "trade_assurance_not_admitted"),
        ("M-terminated", "main-terminated", "trade_assurance_not_admitted"),
    ],
)
def test_joining_without_membership_or_active_trade_assurance_is_refused(
    store: sa.Engine, merchant: str, login: str, code: str
) -> None:
    error = _refused(store, guarantee.join, merchant, login=login, when="2022-11-01 10:00")
    assert error.codes == (code,) and error.possible_from is None
    assert merchant in str(error)


@pytest.mark.parametrize(
    ("login", "code"),
    [("sub1", "not_main_account"), ("ops", "not_main_account"), ("main2", "other_merchant")],
)
def test_only_the_merchants_main_account_may_join_or_leave(
    store: sa.Engine, login: str, code: str
) -> None:
    assert _refused(store, guarantee.join, "M1", login=login, when="2022-11-01 10:00").code == code
    enrol(store, "M1", "2022-09-01 10:00")
    assert _refused(store, guarantee.leave, "M1", login=login, when="2022-11-01 10:00").code == code


def test_unknown_and_inactive_logins_and_unknown_merchants_are_refused(store: sa.Engine) -> None:
    for login in ("nobody", "gone"):
        with pytest.raises(Refused) as caught, store.connect() as connection:
            actor_by_login(connection, login)
        assert caught.value.code == "unknown_actor"
    stranger = User("main9", "merchant_main", "M9")
    with pytest.raises(Refused) as missing, transaction(store) as connection:
        guarantee.join(connection, BOOK, "M9", actor=stranger, now=at("2022-11-01 10:00"))
    assert missing.value.code == "unknown_merchant"


def test_an_enrolled_merchant_cannot_join_again(store: sa.Engine) -> None:
    enrol(store, "M1", "2022-10-01 10:00")
    error = _refused(store, guarantee.join, "M1", login="main1", when="2022-11-01 10:00")
    assert error.code == "already_enrolled"


def test_leaving_from_day_30_in_platform_dates(store: sa.Engine) -> None:
    # Joined late on 11-01 platform time (15:30 UTC): day 30 is platform date 12-01.
    enrol(store, "M1", "2022-11-01 23:30")
    error = _refused(store, guarantee.leave, "M1", login="main1", when="2022-11-30 23:59")
    assert (error.code, error.possible_from) == ("too_early_to_leave", dt.date(2022, 12, 1))
    assert "2022-12-01" in str(error)
    change = _call(store, guarantee.leave, "M1", login="main1", when="2022-12-01 00:10")
    assert change.possible_from == dt.date(2022, 12, 31)
    assert _periods(store, "M1") == [(at("2022-11-01 23:30"), at("2022-12-01 00:10"))]
    [row] = audit_rows(store)
    assert (row["actor"], row["action"], row["entity_id"]) == ("main1", "guarantee_left", "M1")
    assert row["detail"]["rejoin_possible_from"] == "2022-12-31"


def test_a_merchant_not_enrolled_cannot_leave(store: sa.Engine) -> None:
    error = _refused(store, guarantee.leave, "M1", login="main1", when="2022-11-01 10:00")
    assert error.code == "not_enrolled"


@pytest.mark.parametrize(("day", "allowed"), [(29, False), (30, True), (31, True)])
def test_rejoining_30_days_after_leaving(store: sa.Engine, day: int, allowed: bool) -> None:
    enrol(store, "M1", "2022-09-01 10:00", "2022-11-01 23:00")
    when = (dt.date(2022, 11, 1) + dt.timedelta(days=day)).isoformat() + " 00:05"
    if allowed:
        _call(store, guarantee.join, "M1", login="main1", when=when)
        assert len(_periods(store, "M1")) == 2
    else:
        error = _refused(store, guarantee.join, "M1", login="main1", when=when)
        assert (error.code, error.possible_from) == ("rejoin_blocked", dt.date(2022, 12, 1))


def test_join_leave_rejoin_round_trip_through_the_service(store: sa.Engine) -> None:
    _call(store, guarantee.join, "M1", login="main1", when="2022-09-01 10:00")
    _call(store, guarantee.leave, "M1", login="main1", when="2022-10-01 10:00")
    _call(store, guarantee.join, "M1", login="main1", when="2022-10-31 10:00")
    assert [p[1] is None for p in _periods(store, "M1")] == [False, True]
    actions = [row["action"] for row in audit_rows(store)]
    assert actions == ["guarantee_joined", "guarantee_left", "guarantee_joined"]


def _status(store: sa.Engine, merchant: str, when: str) -> guarantee_status.GuaranteeStatus:
    with store.connect() as connection:
        return guarantee_status.guarantee_status(connection, BOOK, merchant, at(when))


def test_status_of_an_enrolled_merchant(store: sa.Engine) -> None:
    enrol(store, "M1", "2022-11-01 10:00")
    status = _status(store, "M1", "2022-11-15 12:00")
    assert status.enrolled and status.enrolled_since == at("2022-11-01 10:00")
    assert status.can_leave_from == dt.date(2022, 12, 1)
    assert status.today == dt.date(2022, 11, 15)
    assert [r.code for r in status.join.refusals] == ["already_enrolled"]
    assert status.leave.refusals[0].code == "too_early_to_leave"
    assert status.rejoin_possible_from is None and status.rule_set_id == "2022-11"


def test_status_after_leaving_shows_when_rejoining_is_possible(store: sa.Engine) -> None:
    enrol(store, "M1", "2022-09-01 10:00", "2022-11-10 10:00")
    blocked = _status(store, "M1", "2022-11-20 12:00")
    assert not blocked.enrolled and blocked.can_leave_from is None
    assert blocked.rejoin_possible_from == dt.date(2022, 12, 10)
    assert blocked.join.possible_from == dt.date(2022, 12, 10)
    free = _status(store, "M1", "2022-12-10 00:01")
    assert free.rejoin_possible_from is None and free.join.allowed


@pytest.mark.parametrize(
    ("fast", "slow", "enrolled", "reason"),
    [
        (100, 0, True, "eligible"),
        (99, 5, True, "too_few_fast_rts_products"),  # 8-day products do not count
        (150, 0, False, "not_enrolled"),
    ],
)
def test_status_fast_trade_counts_listed_rts_products_shipping_within_7_days(
    store: sa.Engine, fast: int, slow: int, enrolled: bool, reason: str
) -> None:
    products(store, "M1", fast, ships_within=7)
    products(store, "M1", slow, ships_within=8)
    if enrolled:
        enrol(store, "M1", "2022-11-01 10:00")
    status = _status(store, "M1", "2022-11-15 12:00")
    assert status.fast_trade.reason == reason
    assert (status.fast_trade.fast_rts_products, status.fast_trade.needed) == (fast, 100)
    assert status.fast_trade_max_ship_days == 7


def test_fast_trade_for_many_merchants_at_once(store: sa.Engine) -> None:
    products(store, "M1", 100)
    products(store, "M2", 100)
    enrol(store, "M1", "2022-11-01 10:00")
    with store.connect() as connection:
        found = guarantee_status.fast_trade_for(
            connection, BOOK.get("2022-11"), ["M1", "M2", "M-none"], at("2022-11-15 12:00")
        )
    assert {m: f.reason for m, f in found.items()} == {
        "M1": "eligible",
        "M2": "not_enrolled",
        "M-none": "not_enrolled",
    }
    assert found["M-none"].reasons == ("not_enrolled", "too_few_fast_rts_products")


def test_a_naive_now_is_a_programming_error(store: sa.Engine) -> None:
    with pytest.raises(ValueError, match="naive"), transaction(store) as connection:
        guarantee.join(connection, BOOK, "M1", actor=MAIN1, now=dt.datetime(2022, 11, 1))
