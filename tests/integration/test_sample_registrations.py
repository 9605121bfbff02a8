"""Registering for the discount sample venue through the service (issue 16 item 3): every
rule's boundary on both sides, the cap at the 200th and 201st product, the batch refused
whole when it does not fit, sub-accounts, withdrawal, suspension and reinstatement."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
import sqlalchemy as sa
from samples_world import (
    NOW,
    PRICE,
    add_products,
    many_products,
    places_taken,
    sample_product,
    seed_merchants,
    set_places,
)

from factories import merchant_row
from sellerstar.domain.access import OutOfScope
from sellerstar.domain.samples import Failure, SampleRule
from sellerstar.rules import load_rulebook
from sellerstar.services import sample_registrations, sample_suspensions
from sellerstar.services.sample_errors import SampleRefused
from sellerstar.store.db import transaction
from sellerstar.store.schema import audit_log, contract_tables
from sellerstar.store.schema import sample_registrations as regs

BOOK = load_rulebook()


@pytest.fixture
def engine(sqlite_engine: sa.Engine) -> sa.Engine:
    seed_merchants(sqlite_engine)
    return sqlite_engine


def register(engine: sa.Engine, offers: dict[str, Any], **options: Any) -> Any:
    with transaction(engine) as connection:
        return sample_registrations.register(
            connection, book=BOOK, actor_login=options.pop("actor", "m1-main"),
            merchant_id=options.pop("merchant_id", "M1"), offers=offers,
            now=options.pop("now", NOW), **options,
        )  # fmt: skip


def failures_of(engine: sa.Engine, price: Any = PRICE, **columns: Any) -> list[Failure]:
    add_products(engine, sample_product("P", **columns))
    done = register(engine, {"P": price})
    if not done.rejected:
        assert list(done.registered) == ["P"]
        return []
    return list(done.rejected[0].failures)


@pytest.mark.parametrize(
    ("columns", "price", "expected"),
    [
        ({"stock": 10}, PRICE, []),
        ({"stock": 9}, PRICE, [Failure(SampleRule.STOCK_LOW, "9", "10")]),
        ({"growth_score": 66}, PRICE, []),
        ({"growth_score": 65}, PRICE, [Failure(SampleRule.GROWTH_LOW, "65", "65")]),
        ({"sample_price_usd": Decimal("5.00")}, Decimal("3.50"), []),
        (
            {"sample_price_usd": Decimal("4.99")},
            Decimal("3.49"),
            [Failure(SampleRule.PRICE_BELOW_MINIMUM, "4.99", "5.00")],
        ),
        ({}, Decimal("7.00"), []),
        ({}, Decimal("7.01"), [Failure(SampleRule.DISCOUNT_TOO_SMALL, "0.701", "0.7")]),
        ({"samples_supported": False}, PRICE, [Failure(SampleRule.SAMPLES_NOT_SUPPORTED)]),
        (
            {"industry": "Toys & Hobbies"},
            Decimal("6.00"),
            [Failure(SampleRule.NOT_MAIN_INDUSTRY, "Toys & Hobbies", "Apparel")],
        ),
        ({"status": "delisted"}, PRICE, [Failure(SampleRule.NOT_LISTED, "delisted")]),
        ({"sample_price_usd": None}, PRICE, [Failure(SampleRule.SAMPLE_PRICE_MISSING)]),
    ],
)
def test_each_rule_on_both_sides_of_its_boundary(
    engine: sa.Engine, columns: dict[str, Any], price: Decimal, expected: list[Failure]
) -> None:
    assert failures_of(engine, price, **columns) == expected
    assert places_taken(engine) == (0 if expected else 1)


def test_every_failing_rule_is_reported_not_only_the_first(engine: sa.Engine) -> None:
    found = failures_of(engine, Decimal("7.50"), stock=8, growth_score=60)
    assert [f.rule for f in found] == [
        SampleRule.STOCK_LOW, SampleRule.GROWTH_LOW, SampleRule.DISCOUNT_TOO_SMALL
    ]  # fmt: skip


def test_an_industry_outside_the_table_is_not_eligible(engine: sa.Engine) -> None:
    with transaction(engine) as connection:
        connection.execute(
            contract_tables["merchants"].insert(), [merchant_row("M3", main_industry="Machinery")]
        )
    add_products(engine, sample_product("P-M3", "M3", industry="Machinery"))
    done = register(engine, {"P-M3": PRICE}, merchant_id="M3")
    assert done.registered == {}
    assert done.rejected[0].failures == (Failure(SampleRule.INDUSTRY_NOT_LISTED, "Machinery"),)


def test_a_merchant_without_the_right_registers_nothing(engine: sa.Engine) -> None:
    set_places(engine, "M1", 0, lost_at=NOW - dt.timedelta(days=1), lost_order_id="O-9")
    assert failures_of(engine) == [Failure(SampleRule.NO_RIGHT)]


def test_the_200th_product_registers_and_the_201st_does_not(engine: sa.Engine) -> None:
    set_places(engine, "M1", 199)
    add_products(engine, sample_product("P200"), sample_product("P201"))
    done = register(engine, {"P200": PRICE})
    assert list(done.registered) == ["P200"]
    assert (done.places_taken, done.places_left) == (200, 0)
    refused = register(engine, {"P201": PRICE})
    assert refused.registered == {}
    assert refused.rejected[0].failures == (Failure(SampleRule.CAP_REACHED, "200", "200"),)
    assert places_taken(engine) == 200


def test_a_batch_that_does_not_fit_is_refused_whole(engine: sa.Engine) -> None:
    set_places(engine, "M1", 198)
    ids = many_products(engine, "B", 3)
    with pytest.raises(SampleRefused) as refused:
        register(engine, dict.fromkeys(ids, PRICE))
    assert refused.value.code == "cap_exceeded"
    assert refused.value.params == {"asked": 3, "left": 2, "cap": 200}
    assert places_taken(engine) == 198
    with engine.connect() as connection:
        assert connection.scalar(sa.select(sa.func.count()).select_from(regs)) == 0
    assert len(register(engine, dict.fromkeys(ids[:2], PRICE)).registered) == 2


def test_a_batch_registers_the_eligible_and_returns_the_others(engine: sa.Engine) -> None:
    add_products(
        engine, sample_product("OK1"), sample_product("OK2"), sample_product("LOW", stock=3)
    )
    done = register(engine, {"OK1": "7", "OK2": "6.5", "LOW": PRICE})
    assert sorted(done.registered) == ["OK1", "OK2"]
    assert [r.product_id for r in done.rejected] == ["LOW"]
    with engine.connect() as connection:
        row = connection.execute(sa.select(regs).where(regs.c.product_id == "OK2")).one()
        actions = connection.scalars(sa.select(audit_log.c.action)).all()
    assert (row.state, row.holds_place, row.in_venue, row.discount_price_usd) == (
        "active", 1, True, Decimal("6.50")
    )  # fmt: skip
    assert (row.industry, row.leaf_category, row.growth_score) == ("Apparel", "T-shirts", 66)
    assert (row.registered_by, row.changed_by, row.note) == ("m1-main", "m1-main", "")
    assert actions.count("sample_registered") == 2


def test_a_product_registered_already_is_refused_with_its_own_reason(engine: sa.Engine) -> None:
    add_products(engine, sample_product("P"))
    register(engine, {"P": PRICE})
    again = register(engine, {"P": PRICE})
    assert again.registered == {}
    assert again.rejected[0].already_registered
    assert places_taken(engine) == 1


@pytest.mark.parametrize("price", ["0", "-1", "1.001", "abc", "NaN", "", "1e20"])
def test_a_discounted_price_must_be_positive_with_two_decimals(
    engine: sa.Engine, price: str
) -> None:
    add_products(engine, sample_product("P"))
    with pytest.raises(SampleRefused) as refused:
        register(engine, {"P": price})
    assert refused.value.code in {"price_invalid", "price_decimals"}
    assert refused.value.params == {"product_id": "P"}


def test_nothing_selected_and_the_venue_before_it_opened(engine: sa.Engine) -> None:
    with pytest.raises(SampleRefused) as empty:
        register(engine, {})
    assert empty.value.code == "nothing_selected"
    add_products(engine, sample_product("P"))
    with pytest.raises(SampleRefused) as early:
        register(engine, {"P": PRICE}, now=dt.datetime(2022, 10, 29, tzinfo=dt.UTC))
    assert early.value.code == "venue_not_open"


def test_other_merchants_and_other_sub_accounts_products_are_not_found(engine: sa.Engine) -> None:
    add_products(
        engine,
        sample_product("MINE", owner_account_id="A2"),
        sample_product("THEIRS", owner_account_id="A3"),
        sample_product("M2P", "M2"),
    )
    with pytest.raises(OutOfScope):
        register(engine, {"M2P": PRICE})
    with pytest.raises(OutOfScope):
        register(engine, {"MINE": PRICE, "THEIRS": PRICE}, account_id="A2", actor="m1-sub")
    with pytest.raises(OutOfScope):
        register(engine, {"NOPE": PRICE})
    assert places_taken(engine) == 0
    done = register(engine, {"MINE": PRICE}, account_id="A2", actor="m1-sub")
    assert list(done.registered) == ["MINE"]
    with pytest.raises(OutOfScope), transaction(engine) as connection:
        sample_registrations.withdraw(
            connection, actor_login="m1-sub3", merchant_id="M1", product_id="MINE", now=NOW,
            account_id="A3",
        )  # fmt: skip


def withdraw(engine: sa.Engine, product_id: str) -> int:
    with transaction(engine) as connection:
        return sample_registrations.withdraw(
            connection, actor_login="m1-main", merchant_id="M1", product_id=product_id, now=NOW
        )


def test_withdrawal_frees_the_place_once(engine: sa.Engine) -> None:
    add_products(engine, sample_product("P"))
    register(engine, {"P": PRICE})
    registration_id = withdraw(engine, "P")
    assert places_taken(engine) == 0
    with engine.connect() as connection:
        row = connection.execute(sa.select(regs)).one()
    assert (row.registration_id, row.state, row.holds_place, row.in_venue) == (
        registration_id, "withdrawn", None, False
    )  # fmt: skip
    with pytest.raises(SampleRefused) as again:
        withdraw(engine, "P")
    assert again.value.code == "not_registered"
    assert list(register(engine, {"P": PRICE}).registered) == ["P"]


def suspend(engine: sa.Engine, registration_id: int, reason: str = "Fake photos") -> None:
    with transaction(engine) as connection:
        sample_suspensions.suspend(
            connection, actor_login="ops", registration_id=registration_id, reason=reason, now=NOW
        )


def reinstate(engine: sa.Engine, registration_id: int) -> Any:
    with transaction(engine) as connection:
        return sample_suspensions.reinstate(
            connection, book=BOOK, actor_login="ops", registration_id=registration_id, now=NOW
        )


def test_suspended_keeps_its_place_and_reinstated_returns_to_the_venue(engine: sa.Engine) -> None:
    add_products(engine, sample_product("P"))
    registration_id = register(engine, {"P": PRICE}).registered["P"]
    suspend(engine, registration_id)
    with engine.connect() as connection:
        row = connection.execute(sa.select(regs)).one()
    assert (row.state, row.holds_place, row.in_venue, row.note) == (
        "suspended", 1, False, "Fake photos"
    )  # fmt: skip
    assert places_taken(engine) == 1
    with pytest.raises(SampleRefused) as twice:
        suspend(engine, registration_id)
    assert twice.value.code == "not_active"
    back = reinstate(engine, registration_id)
    assert (back.in_venue, back.failures) == (True, ())
    with pytest.raises(SampleRefused) as again:
        reinstate(engine, registration_id)
    assert again.value.code == "not_suspended"


def test_reinstated_but_failing_now_stays_out_of_the_venue(engine: sa.Engine) -> None:
    set_places(engine, "M1", 199)
    add_products(engine, sample_product("P"))
    registration_id = register(engine, {"P": PRICE}).registered["P"]  # the 200th place
    suspend(engine, registration_id)
    with transaction(engine) as connection:
        connection.execute(contract_tables["products"].update().values(stock=9, growth_score=60))
    back = reinstate(engine, registration_id)
    assert not back.in_venue
    assert [f.rule for f in back.failures] == [SampleRule.STOCK_LOW, SampleRule.GROWTH_LOW]
    with engine.connect() as connection:
        row = connection.execute(sa.select(regs)).one()
    assert (row.state, row.in_venue, row.growth_score) == ("active", False, 60)


@pytest.mark.parametrize(
    ("reason", "code"), [("  ", "reason_missing"), ("x" * 1001, "reason_too_long")]
)
def test_a_suspension_needs_a_reason(engine: sa.Engine, reason: str, code: str) -> None:
    add_products(engine, sample_product("P"))
    registration_id = register(engine, {"P": PRICE}).registered["P"]
    with pytest.raises(SampleRefused) as refused:
        suspend(engine, registration_id, reason)
    assert refused.value.code == code
    with pytest.raises(SampleRefused) as unknown:
        suspend(engine, registration_id + 99)
    assert unknown.value.code == "no_registration"
