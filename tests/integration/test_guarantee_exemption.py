"""Force-majeure exemptions through the service: who may ask and decide, refusals that
write nothing, and the audit trail."""

from __future__ import annotations

from typing import Any

import pytest
import sqlalchemy as sa
from guarantee_world import at, audit_rows, claim, order, seed, snapshot

from sellerstar.rules import load_rulebook
from sellerstar.services import compensation
from sellerstar.services.actors import User
from sellerstar.services.refusal import Refused
from sellerstar.store.db import transaction

BOOK = load_rulebook()
NOW = at("2022-12-06 12:00")
MAIN1 = User("main1", "merchant_main", "M1")
SUB1 = User("sub1", "merchant_sub", "M1")
MAIN2 = User("main2", "merchant_main", "M2")
OPS = User("ops", "operator", None)


@pytest.fixture
def store(store_engine: sa.Engine) -> sa.Engine:
    seed(store_engine)
    late = {"ship_by": "2022-11-20 18:00", "shipped": "2022-11-21 18:00"}
    order(store_engine, "o-buyer", "M1", **late)
    order(store_engine, "o-merchant", "M1", placed_by="merchant", **late)
    order(store_engine, "o-ontime", "M1", ship_by="2022-11-20 18:00", shipped="2022-11-20 18:00")
    for claim_id in ("buyer", "merchant", "ontime"):
        claim(
            store_engine,
            claim_id,
            f"o-{claim_id}",
            filed="2022-11-30 10:00",
            promised="2022-11-28 18:00",
            delivered=None,
        )
    return store_engine


def _request(store: sa.Engine, claim_id: str, actor: Any, evidence: str = "notice") -> Any:
    with transaction(store) as connection:
        return compensation.request_exemption(
            connection, BOOK, claim_id, evidence=evidence, actor=actor, now=NOW
        )


def _decide(
    store: sa.Engine, claim_id: str, actor: Any, approve: bool = True, why: str = "ok"
) -> Any:
    with transaction(store) as connection:
        return compensation.decide_exemption(
            connection, BOOK, claim_id, approve=approve, actor=actor, reason=why, now=NOW
        )


def _refused(store: sa.Engine, call: Any, *args: Any, **kwargs: Any) -> Refused:
    before = snapshot(store)
    with pytest.raises(Refused) as caught:
        call(store, *args, **kwargs)
    assert snapshot(store) == before, "a refusal must write nothing"
    return caught.value


@pytest.mark.parametrize(
    ("claim_id", "actor", "evidence", "code"),
    [
        ("merchant", MAIN1, "notice", "merchant_placed_order"),
        ("ontime", MAIN1, "notice", "claim_not_payable"),
        ("buyer", MAIN1, "  ", "evidence_missing"),
        ("buyer", SUB1, "notice", "not_main_account"),
        ("buyer", OPS, "notice", "not_main_account"),
        ("buyer", MAIN2, "notice", "other_merchant"),
        ("nope", MAIN1, "notice", "unknown_claim"),
    ],
)
def test_refused_requests_write_nothing(
    store: sa.Engine, claim_id: str, actor: User, evidence: str, code: str
) -> None:
    error = _refused(store, _request, claim_id, actor, evidence)
    assert error.code == code


def test_the_merchant_placed_refusal_names_the_order(store: sa.Engine) -> None:
    error = _refused(store, _request, "merchant", MAIN1)
    assert "o-merchant" in str(error) and "placed by the merchant" in str(error)


@pytest.mark.parametrize(
    ("actor", "why", "code"),
    [
        (MAIN1, "ok", "not_operator"),
        (SUB1, "ok", "not_operator"),
        (OPS, " ", "reason_missing"),
    ],
)
def test_refused_decisions_write_nothing(
    store: sa.Engine, actor: User, why: str, code: str
) -> None:
    _request(store, "buyer", MAIN1)
    assert _refused(store, _decide, "buyer", actor, why=why).code == code


def test_nothing_to_decide_before_a_request(store: sa.Engine) -> None:
    assert _refused(store, _decide, "buyer", OPS).code == "no_exemption_requested"


def test_request_and_decision_are_audited_with_who_when_what_why(store: sa.Engine) -> None:
    _request(store, "buyer", MAIN1, evidence="municipal lockdown notice 2022-11-18")
    _decide(store, "buyer", OPS, approve=False, why="the notice covers another district")
    requested, decided = audit_rows(store)
    assert (requested["actor"], requested["action"], requested["entity_type"]) == (
        "main1",
        "compensation_exemption_requested",
        "claim",
    )
    assert requested["entity_id"] == "buyer" and requested["at"] == NOW
    assert requested["reason"] == "municipal lockdown notice 2022-11-18"
    assert (decided["actor"], decided["action"]) == ("ops", "compensation_exemption_rejected")
    assert decided["reason"] == "the notice covers another district"
    assert decided["detail"] == {"status": "payable", "amount_usd": "25.00"}
    again = _refused(store, _request, "buyer", MAIN1)
    assert again.code == "exemption_already_decided"


def test_an_approved_exemption_is_final(store: sa.Engine) -> None:
    _request(store, "buyer", MAIN1)
    assert _decide(store, "buyer", OPS).status == "exempt"
    assert _refused(store, _request, "buyer", MAIN1).code == "already_exempt"
    assert _refused(store, _decide, "buyer", OPS).code == "no_exemption_requested"
