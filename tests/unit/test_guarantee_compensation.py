"""Rulebook §2.3: what a late-delivery claim costs the merchant, and force majeure."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from sellerstar.domain.compensation import (
    TRANSITIONS,
    Assessment,
    ClaimFacts,
    CompensationRules,
    assess_claim,
    compensation_amount,
    decide_exemption,
    is_late_delivery,
    request_exemption,
)
from sellerstar.domain.guarantee import Refusal
from sellerstar.rules import load_rulebook
from sellerstar.services.compensation import compensation_rules

RULES = compensation_rules(load_rulebook().get("2022-11"))
AUTOMATIC = CompensationRules(RULES.rate, RULES.cap_usd, True)
SHIP_BY = dt.datetime(2022, 11, 20, 10, tzinfo=dt.UTC)
PROMISED = SHIP_BY + dt.timedelta(days=8)
HOUR = dt.timedelta(hours=1)


def _claim(**overrides: object) -> ClaimFacts:
    """A payable claim: shipped a day late, delivered a day late, coupon used."""
    values: dict[str, object] = {
        "ship_by": SHIP_BY,
        "shipped_at": SHIP_BY + dt.timedelta(days=1),
        "amount_usd": Decimal("250.00"),
        "filed_at": PROMISED + dt.timedelta(days=2),
        "promised_delivery_at": PROMISED,
        "delivered_at": PROMISED + dt.timedelta(days=1),
        "coupon_used": True,
    }
    return ClaimFacts(**(values | overrides))  # type: ignore[arg-type]


def test_the_rules_come_from_the_rule_set_as_exact_decimals() -> None:
    assert CompensationRules(Decimal("0.1"), Decimal("100.0"), False) == RULES


@pytest.mark.parametrize(
    ("amount", "owed"),
    [
        ("250.00", "25.00"),
        ("0.04", "0.00"),
        ("0.05", "0.01"),  # half a cent rounds up
        ("999.94", "99.99"),
        ("999.95", "100.00"),
        ("999.99", "100.00"),  # rounding reaches the cap
        ("1000.00", "100.00"),
        ("1000.01", "100.00"),  # capped
        ("25000.00", "100.00"),
    ],
)
def test_ten_percent_rounded_to_the_cent_at_most_100_usd(amount: str, owed: str) -> None:
    result = compensation_amount(Decimal(amount), RULES)
    assert result == Decimal(owed) and result.as_tuple().exponent == -2


def test_a_late_shipment_that_caused_a_late_delivery_with_coupon_is_payable() -> None:
    assert assess_claim(_claim(), RULES) == Assessment(
        "payable", Decimal("25.00"), "late_shipment_late_delivery"
    )
    capped = assess_claim(_claim(amount_usd=Decimal("1000.01")), RULES)
    assert capped.amount_usd == Decimal("100.00")


@pytest.mark.parametrize(
    ("overrides", "reason"),
    [
        ({"shipped_at": SHIP_BY}, "shipped_on_time"),  # on time, delivered late anyway
        ({"shipped_at": SHIP_BY - HOUR}, "shipped_on_time"),
        ({"ship_by": None}, "no_promised_ship_time"),
        ({"delivered_at": PROMISED}, "delivery_not_late"),  # arrived at the promise
        ({"coupon_used": False}, "coupon_not_used"),
        # Claimed before the promise passed, not delivered: not late (yet).
        ({"delivered_at": None, "filed_at": PROMISED}, "delivery_not_late"),
    ],
)
def test_unpayable_claims_name_the_missing_condition(
    overrides: dict[str, object], reason: str
) -> None:
    assert assess_claim(_claim(**overrides), RULES) == Assessment(
        "not_payable", Decimal("0.00"), reason
    )


def test_undelivered_when_claimed_after_the_promise_is_a_late_delivery() -> None:
    claim = _claim(delivered_at=None, filed_at=PROMISED + HOUR)
    assert assess_claim(claim, RULES).status == "payable"
    # Delivered after the claim was filed: at the claim it was still missing.
    later = _claim(delivered_at=PROMISED + dt.timedelta(days=5), filed_at=PROMISED + HOUR)
    assert assess_claim(later, RULES).status == "payable"


def test_unshipped_when_claimed_is_a_late_shipment() -> None:
    claim = _claim(shipped_at=None, delivered_at=None)
    assert assess_claim(claim, RULES).reason == "late_shipment_late_delivery"
    shipped_after_claim = _claim(shipped_at=PROMISED + dt.timedelta(days=3), delivered_at=None)
    assert assess_claim(shipped_after_claim, RULES).status == "payable"


def test_late_delivery_boundaries() -> None:
    second = dt.timedelta(seconds=1)
    filed = PROMISED + dt.timedelta(days=3)
    assert not is_late_delivery(PROMISED, PROMISED, filed)
    assert is_late_delivery(PROMISED, PROMISED + second, filed)
    assert not is_late_delivery(PROMISED, None, PROMISED)
    assert is_late_delivery(PROMISED, None, PROMISED + second)


# --- force-majeure exemption ------------------------------------------------------------------

PAYABLE = ("payable", "late_shipment_late_delivery")


@pytest.mark.parametrize("placed_by", [None, "", "buyer"])
def test_a_buyer_placed_order_may_ask_for_an_exemption_with_proof(placed_by: str | None) -> None:
    step = request_exemption(*PAYABLE, placed_by, "city lockdown notice", RULES)
    assert (step.status, step.reason, step.refusals) == (
        "exemption_requested",
        "force_majeure_claimed",
        (),
    )


def test_a_merchant_placed_order_has_no_force_majeure_exemption() -> None:
    step = request_exemption(*PAYABLE, "merchant", "city lockdown notice", RULES)
    assert step.refusals == (Refusal("merchant_placed_order"),)
    assert (step.status, step.reason) == PAYABLE


@pytest.mark.parametrize("evidence", ["", "   "])
def test_an_exemption_needs_proof(evidence: str) -> None:
    step = request_exemption(*PAYABLE, "buyer", evidence, RULES)
    assert step.refusals == (Refusal("evidence_missing"),)


@pytest.mark.parametrize(
    ("status", "reason", "code"),
    [
        ("not_payable", "coupon_not_used", "claim_not_payable"),
        ("exemption_requested", "force_majeure_claimed", "exemption_already_requested"),
        ("exempt", "force_majeure_exempt", "already_exempt"),
        ("payable", "exemption_rejected", "exemption_already_decided"),
    ],
)
def test_only_a_payable_claim_without_a_decision_may_ask(
    status: str, reason: str, code: str
) -> None:
    assert request_exemption(status, reason, "buyer", "proof", RULES).refusals == (Refusal(code),)


def test_an_operator_approves_or_rejects_for_good() -> None:
    requested = ("exemption_requested", "force_majeure_claimed")
    approved = decide_exemption(*requested, approve=True)
    assert (approved.status, approved.reason) == ("exempt", "force_majeure_exempt")
    rejected = decide_exemption(*requested, approve=False)
    assert (rejected.status, rejected.reason) == ("payable", "exemption_rejected")
    again = request_exemption(rejected.status, rejected.reason, "buyer", "more proof", RULES)
    assert again.refusals == (Refusal("exemption_already_decided"),)


@pytest.mark.parametrize("status", ["payable", "not_payable", "exempt"])
def test_nothing_to_decide_without_a_request(status: str) -> None:
    step = decide_exemption(status, "x", approve=True)
    assert step.refusals == (Refusal("no_exemption_requested"),)
    assert step.status == status


def test_automatic_exemption_skips_the_operator() -> None:
    step = request_exemption(*PAYABLE, "", "proof", AUTOMATIC)
    assert (step.status, step.reason) == ("exempt", "force_majeure_exempt")
    refused = request_exemption(*PAYABLE, "merchant", "proof", AUTOMATIC)
    assert refused.refusals == (Refusal("merchant_placed_order"),)


def test_the_workflow_table_ends_in_exempt_or_payable() -> None:
    assert set(TRANSITIONS.values()) == {
        ("exemption_requested", "force_majeure_claimed"),
        ("exempt", "force_majeure_exempt"),
        ("payable", "exemption_rejected"),
    }


def test_every_reason_and_refusal_code_is_documented() -> None:
    from sellerstar.domain import compensation as comp
    from sellerstar.domain import guarantee as enrol
    from sellerstar.services import actors
    from sellerstar.services import compensation as comp_service
    from sellerstar.services import guarantee as enrol_service

    text = (Path(__file__).resolve().parents[2] / "docs" / "guarantee.md").read_text("utf-8")
    codes = {
        value
        for module in (comp, enrol, actors, comp_service, enrol_service)
        for name, value in vars(module).items()
        if name.isupper() and isinstance(value, str) and value.islower()
    } - {"buyer", "merchant", "system"}
    assert "late_shipment_late_delivery" in codes and "rejoin_blocked" in codes
    missing = sorted(code for code in codes if f"`{code}`" not in text)
    assert not missing, missing
