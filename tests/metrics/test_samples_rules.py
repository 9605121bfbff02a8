"""The sample venue's rules (rulebook §4, §4.1) on both engines, each on both sides of its
boundary: one marketplace holds every case (each on its own product or merchant) and is
checked once per engine for D = 2022-11-20 (rule-set 2022-11)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from metrics_backends import Backends
from samples_market import SampleMarket, at, reasons

from sellerstar.errors import InputError
from sellerstar.rules import RuleBook
from sellerstar.samples.run import SampleCheck

D = dt.date(2022, 11, 20)
LAUNCH = dt.date(2022, 10, 31)


def _before(days: int) -> dt.date:
    return D - dt.timedelta(days=days)


def _scenario() -> tuple[SampleMarket, dict[str, str]]:
    m, k = SampleMarket(), {}
    m.merchant("MA")
    k["ok"] = m.product("MA")
    k["stock9"], k["stock10"] = m.product("MA", stock=9), m.product("MA", stock=10)
    k["growth65"] = m.product("MA", growth_score=65)
    k["growth66"] = m.product("MA", growth_score=66)
    k["price_min"] = m.product("MA", sample_price_usd="5.00", offer="3.50")
    k["price_below"] = m.product("MA", sample_price_usd="4.99", offer="1.00")
    k["factor_at"] = m.product("MA", offer="7.00")
    k["factor_above"] = m.product("MA", offer="7.01")
    k["price_zero"] = m.product("MA", sample_price_usd="0.00", offer="0.00")
    k["no_price"] = m.product("MA", sample_price_usd=None)
    k["no_samples"] = m.product("MA", samples_supported=False)
    k["delisted"] = m.product("MA", status="delisted")
    k["other_industry"] = m.product("MA", industry="Home & Garden", offer="6.00")
    k["everything"] = m.product(
        "MA",
        status="deleted",
        samples_supported=False,
        stock=0,
        growth_score=0,
        industry="Home Appliances",
        sample_price_usd="9.99",
        offer="9.99",
    )
    m.merchant("MS", main_industry="Security")
    k["security_min"] = m.product("MS", industry="Security", sample_price_usd="1.00", offer="0.50")
    k["security_below"] = m.product(
        "MS", industry="Security", sample_price_usd="0.99", offer="0.49"
    )
    k["security_factor"] = m.product(
        "MS", industry="Security", sample_price_usd="1.00", offer="0.51"
    )
    m.merchant("MX", main_industry="Agricultural Machinery")
    k["outside_table"] = m.product("MX", industry="Agricultural Machinery", offer="0.10")
    m.merchant("MN", main_industry=None)
    k["no_main"] = m.product("MN")
    # The cap: an ineligible offer takes no place; the 200th eligible one is in, the 201st not.
    m.merchant("MC")
    start = dt.datetime(2022, 11, 1, tzinfo=dt.UTC)
    m.product("MC", stock=1, offered_at=start)
    cap = [m.product("MC", offered_at=start + dt.timedelta(minutes=i + 1)) for i in range(201)]
    k["cap200"], k["cap201"] = cap[199], cap[200]
    k["cap_unordered"] = m.product("MC", offered_at=None)
    _rights(m, k)
    return m, k


def _rights(m: SampleMarket, k: dict[str, str]) -> None:
    def merchant_with_offer(name: str) -> None:
        m.merchant(name)
        k[name] = m.product(name)

    merchant_with_offer("LATE")
    m.sample_order("LATE", ship_by=at(_before(3)), shipped_at=at(_before(2)))
    merchant_with_offer("ON_TIME")
    m.sample_order("ON_TIME", ship_by=at(_before(3)), shipped_at=at(_before(3), 11))
    merchant_with_offer("UNSHIPPED")
    m.sample_order("UNSHIPPED", ship_by=at(D, 23, 59), status="paid")
    merchant_with_offer("DUE_TOMORROW")
    m.sample_order("DUE_TOMORROW", ship_by=at(D + dt.timedelta(days=1), 0, 0), status="paid")
    merchant_with_offer("MERCHANT_CANCEL")
    m.sample_order(
        "MERCHANT_CANCEL",
        ship_by=at(D + dt.timedelta(days=5)),
        status="cancelled",
        cancelled_at=at(_before(1)),
        cancelled_by="merchant",
        paid_at=at(_before(3)),
    )
    merchant_with_offer("BUYER_CANCEL")
    m.sample_order(
        "BUYER_CANCEL",
        ship_by=at(_before(1)),
        status="cancelled",
        cancelled_at=at(_before(4)),
        cancelled_by="buyer",
    )
    merchant_with_offer("CANCEL_UNDATED")
    m.sample_order("CANCEL_UNDATED", ship_by=at(_before(3)), status="cancelled")
    merchant_with_offer("RESTORED")
    m.sample_order("RESTORED", ship_by=at(_before(10)), shipped_at=at(_before(9)))
    m.restore("RESTORED", at(_before(5)))
    merchant_with_offer("FAILED_AGAIN")
    m.sample_order("FAILED_AGAIN", ship_by=at(_before(10)), shipped_at=at(_before(9)))
    m.restore("FAILED_AGAIN", at(_before(8)))
    m.sample_order("FAILED_AGAIN", ship_by=at(_before(2)), status="paid")
    merchant_with_offer("RESTORED_TOMORROW")
    m.sample_order("RESTORED_TOMORROW", ship_by=at(_before(10)), shipped_at=at(_before(9)))
    m.restore("RESTORED_TOMORROW", at(D + dt.timedelta(days=1), 0, 1))
    merchant_with_offer("BEFORE_LAUNCH")
    m.sample_order(
        "BEFORE_LAUNCH", ship_by=at(LAUNCH - dt.timedelta(days=1)), shipped_at=at(_before(20))
    )


_CHECKED: dict[str, tuple[SampleCheck, dict[str, str]]] = {}


@pytest.fixture(scope="module", params=["duckdb", pytest.param("spark", marks=pytest.mark.spark)])
def checked(
    request: pytest.FixtureRequest, backends: Backends, book: RuleBook
) -> tuple[dict[str, str], dict[str, str], SampleCheck]:
    engine = str(request.param)
    if engine not in _CHECKED:
        market, keys = _scenario()
        _CHECKED[engine] = market.compute(backends.get(engine), book, D), keys
    check, keys = _CHECKED[engine]
    return reasons(check), keys, check


def _of(checked: Any, *names: str) -> list[str]:
    got, keys, _ = checked
    return [got[keys[name]] for name in names]


def test_stock_and_growth_boundaries(checked: Any) -> None:
    assert _of(checked, "stock9", "stock10") == ["stock_low", ""]
    assert _of(checked, "growth65", "growth66") == ["growth_low", ""]


def test_minimum_price_at_and_one_cent_below(checked: Any) -> None:
    assert _of(checked, "price_min", "price_below") == ["", "price_below_minimum"]
    assert _of(checked, "security_min", "security_below") == ["", "price_below_minimum"]


def test_discount_factor_exactly_at_and_just_above_the_limit(checked: Any) -> None:
    assert _of(checked, "factor_at", "factor_above") == ["", "discount_too_small"]
    assert _of(checked, "security_factor") == ["discount_too_small"]
    assert _of(checked, "price_zero") == ["price_below_minimum;discount_too_small"]


def test_industry_rules(checked: Any) -> None:
    assert _of(checked, "outside_table") == ["industry_not_listed"]
    assert _of(checked, "other_industry") == ["not_main_industry"]
    assert _of(checked, "no_main") == ["not_main_industry"]


def test_product_rules(checked: Any) -> None:
    assert _of(checked, "ok", "no_price", "no_samples", "delisted") == [
        "",
        "sample_price_missing",
        "samples_not_supported",
        "not_listed",
    ]


def test_every_failing_rule_is_listed_in_order(checked: Any) -> None:
    assert _of(checked, "everything") == [
        "not_listed;samples_not_supported;stock_low;growth_low;not_main_industry;"
        "price_below_minimum;discount_too_small"
    ]


def test_the_200th_offer_is_in_and_the_201st_is_not(checked: Any) -> None:
    _, _, check = checked
    assert _of(checked, "cap200", "cap201", "cap_unordered") == ["", "cap_reached", "cap_reached"]
    merchant = [r for r in check.eligibility.to_pylist() if r["merchant_id"] == "MC"]
    assert sum(r["eligible"] for r in merchant) == 200


@pytest.mark.parametrize(
    ("merchant", "lost"),
    [
        ("LATE", True),
        ("ON_TIME", False),
        ("UNSHIPPED", True),
        ("DUE_TOMORROW", False),
        ("MERCHANT_CANCEL", True),
        ("BUYER_CANCEL", False),
        ("CANCEL_UNDATED", False),
        ("RESTORED", False),
        ("FAILED_AGAIN", True),
        ("RESTORED_TOMORROW", True),
        ("BEFORE_LAUNCH", False),
    ],
)
def test_the_right_to_register(checked: Any, merchant: str, lost: bool) -> None:
    assert _of(checked, merchant) == ["no_right" if lost else ""]


def test_failed_sample_orders_name_the_failure(checked: Any) -> None:
    _, _, check = checked
    failures = {r["merchant_id"]: r["failure"] for r in check.failures.to_pylist()}
    assert failures["LATE"] == "late"
    assert failures["MERCHANT_CANCEL"] == "merchant_cancelled"
    assert "BUYER_CANCEL" not in failures and "BEFORE_LAUNCH" not in failures


def test_a_loss_that_ends_by_itself(backends: Backends, book: RuleBook) -> None:
    def variant(rule_set: Any) -> Any:
        venue = rule_set.sample_venue
        if venue is None:
            return rule_set
        ending = venue.model_copy(update={"lost_right_ends": "after_days", "lost_right_days": 30})
        return rule_set.model_copy(update={"sample_venue": ending})

    timed = RuleBook(variant(rule_set) for rule_set in book.rule_sets)
    m = SampleMarket()
    m.merchant("M30")
    m.merchant("M29")
    p30, p29 = m.product("M30"), m.product("M29")
    later = dt.date(2022, 12, 31)
    m.sample_order("M30", ship_by=at(later - dt.timedelta(days=30)), status="paid")
    m.sample_order("M29", ship_by=at(later - dt.timedelta(days=29)), status="paid")
    got = reasons(m.compute(backends.get("duckdb"), timed, later))
    assert (got[p30], got[p29]) == ("", "no_right")


def test_the_venue_is_not_in_force_before_its_launch(backends: Backends, book: RuleBook) -> None:
    m = SampleMarket()
    m.merchant("M")
    m.product("M")
    with pytest.raises(InputError, match=r"not in force on 2022-10-30.*from 2022-10-31"):
        m.compute(backends.get("duckdb"), book, LAUNCH - dt.timedelta(days=1))
    assert reasons(m.compute(backends.get("duckdb"), book, LAUNCH)) == {"P00001": ""}
