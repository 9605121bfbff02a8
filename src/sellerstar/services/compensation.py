"""Late-delivery compensation (rulebook §2.3): assessing claims and the force-majeure
exemption workflow.

A claim is assessed under the rule-set in force when it was filed. The merchant's main
account requests an exemption with its proof; an operator approves or rejects it (or the
rule-set exempts automatically). Each step writes ``compensations`` and an ``audit_log``
row in the caller's transaction; a refusal raises :class:`Refused` and writes nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import sqlalchemy as sa

from sellerstar.domain import compensation as rules_of
from sellerstar.domain.compensation import Assessment, ClaimFacts, CompensationRules
from sellerstar.domain.guarantee import Refusal
from sellerstar.rules import RuleBook, RuleSet
from sellerstar.services.actors import Actor, require_main_account, require_operator
from sellerstar.services.refusal import refuse
from sellerstar.store import audit
from sellerstar.store.db import upsert
from sellerstar.store.schema import compensations, contract_tables

UNKNOWN_CLAIM = "unknown_claim"
REASON_MISSING = "reason_missing"
SYSTEM = "system"

MESSAGES: dict[str, str] = {
    UNKNOWN_CLAIM: "claim {claim!r} does not exist",
    REASON_MISSING: "give the reason for the decision",
    rules_of.CLAIM_NOT_PAYABLE: "the claim is not payable ({reason}), nothing to exempt",
    rules_of.EXEMPTION_ALREADY_REQUESTED: "an exemption was already requested",
    rules_of.ALREADY_EXEMPT: "the claim is already exempt",
    rules_of.EXEMPTION_ALREADY_DECIDED: "an exemption was already requested and rejected",
    rules_of.MERCHANT_PLACED_ORDER: (
        "order {order} was placed by the merchant; force majeure exempts only orders the "
        "buyer placed"
    ),
    rules_of.EVIDENCE_MISSING: "attach the proof of force majeure",
    rules_of.NO_EXEMPTION_REQUESTED: "no exemption request is waiting (status {status})",
}

_claims = contract_tables["late_delivery_claims"]
_orders = contract_tables["orders"]
# The statuses and reasons that carry a merchant's request or an operator's decision.
_WORKFLOW_STATUSES = (rules_of.EXEMPTION_REQUESTED, rules_of.EXEMPT)
_ASSESSED = ("status", "amount_usd", "reason", "rule_set_id")


def compensation_rules(rule_set: RuleSet) -> CompensationRules:
    """The compensation rules of a rule-set, as the domain takes them (exact decimals)."""
    service = rule_set.guarantee_service
    return CompensationRules(
        rate=Decimal(str(service.compensation_rate)),
        cap_usd=Decimal(str(service.compensation_cap_usd)),
        exempts_automatically=service.force_majeure_exempts_automatically,
    )


@dataclass(frozen=True)
class Compensation:
    """A claim's compensation as stored."""

    claim_id: str
    order_id: str
    merchant_id: str
    status: str
    amount_usd: Decimal
    reason: str
    evidence: str | None
    decided_by: str | None
    decided_at: dt.datetime | None
    rule_set_id: str


def claim_query() -> sa.Select[Any]:
    """Claims joined with the order facts assessing them needs."""
    return sa.select(
        _claims.c.claim_id,
        _claims.c.order_id,
        _orders.c.merchant_id,
        _orders.c.placed_by,
        _orders.c.ship_by,
        _orders.c.shipped_at,
        _orders.c.amount_usd,
        _claims.c.filed_at,
        _claims.c.promised_delivery_at,
        _claims.c.delivered_at,
        _claims.c.coupon_used,
    ).join(_orders, _orders.c.order_id == _claims.c.order_id)


def assess_row(claim: sa.Row[Any], book: RuleBook, now: dt.datetime) -> dict[str, Any]:
    """The compensations row of a claim before any exemption, under the rule-set in
    force when it was filed."""
    rule_set = book.in_force_at(claim.filed_at)
    facts = ClaimFacts(
        ship_by=claim.ship_by,
        shipped_at=claim.shipped_at,
        amount_usd=Decimal(claim.amount_usd),
        filed_at=claim.filed_at,
        promised_delivery_at=claim.promised_delivery_at,
        delivered_at=claim.delivered_at,
        coupon_used=bool(claim.coupon_used),
    )
    outcome: Assessment = rules_of.assess_claim(facts, compensation_rules(rule_set))
    return {
        "claim_id": claim.claim_id,
        "order_id": claim.order_id,
        "merchant_id": claim.merchant_id,
        "status": outcome.status,
        "amount_usd": outcome.amount_usd,
        "reason": outcome.reason,
        "evidence": None,
        "decided_by": None,
        "decided_at": None,
        "rule_set_id": rule_set.id,
        "computed_at": now,
    }


def in_workflow(row: sa.Row[Any] | sa.RowMapping) -> bool:
    """Whether a stored compensation carries a request or a decision a re-assessment must
    keep."""
    return (
        row.status in _WORKFLOW_STATUSES
        or row.decided_by is not None
        or (row.reason == rules_of.EXEMPTION_REJECTED)
    )


def same_assessment(stored: sa.Row[Any], fresh: dict[str, Any]) -> bool:
    """Whether a stored row already holds this assessment (re-runs then write nothing)."""
    return all(getattr(stored, name) == fresh[name] for name in _ASSESSED)


def request_exemption(
    connection: sa.Connection,
    book: RuleBook,
    claim_id: str,
    *,
    evidence: str,
    actor: Actor,
    now: dt.datetime,
) -> Compensation:
    """The merchant's main account asks for a force-majeure exemption, with its proof."""
    what = f"claim {claim_id}: no exemption request"
    claim = _claim(connection, claim_id, what)
    require_main_account(actor, claim.merchant_id, what)
    stored = _stored_or_assessed(connection, book, claim, now)
    rules = compensation_rules(book.in_force_at(claim.filed_at))
    step = rules_of.request_exemption(
        stored["status"], stored["reason"], claim.placed_by, evidence, rules
    )
    if not step.allowed:
        raise refuse(what, step.refusals, MESSAGES, reason=stored["reason"], order=claim.order_id)
    automatic = step.status == rules_of.EXEMPT
    changed = stored | {
        "status": step.status,
        "reason": step.reason,
        "evidence": evidence.strip(),
        "decided_by": SYSTEM if automatic else None,
        "decided_at": now if automatic else None,
    }
    upsert(connection, compensations, [changed])
    audit.record(
        connection,
        at=now,
        actor=actor.login,
        action="compensation_exemption_requested",
        entity_type="claim",
        entity_id=claim_id,
        detail={"status": step.status, "amount_usd": str(stored["amount_usd"])},
        reason=evidence.strip(),
    )
    return _compensation(changed)


def decide_exemption(
    connection: sa.Connection,
    book: RuleBook,
    claim_id: str,
    *,
    approve: bool,
    actor: Actor,
    reason: str,
    now: dt.datetime,
) -> Compensation:
    """An operator approves (exempt) or rejects (payable, final) an exemption request."""
    what = f"claim {claim_id}: no exemption decision"
    require_operator(actor, what)
    claim = _claim(connection, claim_id, what)
    stored = _stored_or_assessed(connection, book, claim, now)
    step = rules_of.decide_exemption(stored["status"], stored["reason"], approve)
    refusals = list(step.refusals)
    if not reason.strip():
        refusals.append(Refusal(REASON_MISSING))
    if refusals:
        raise refuse(what, refusals, MESSAGES, status=stored["status"])
    changed = stored | {
        "status": step.status,
        "reason": step.reason,
        "decided_by": actor.login,
        "decided_at": now,
    }
    upsert(connection, compensations, [changed])
    audit.record(
        connection,
        at=now,
        actor=actor.login,
        action="compensation_exemption_approved" if approve else "compensation_exemption_rejected",
        entity_type="claim",
        entity_id=claim_id,
        detail={"status": step.status, "amount_usd": str(stored["amount_usd"])},
        reason=reason.strip(),
    )
    return _compensation(changed)


def compensations_of(connection: sa.Connection, merchant_id: str) -> list[Compensation]:
    """A merchant's assessed claims, newest claim first."""
    rows = connection.execute(
        sa.select(compensations)
        .join(_claims, _claims.c.claim_id == compensations.c.claim_id)
        .where(compensations.c.merchant_id == merchant_id)
        .order_by(_claims.c.filed_at.desc(), compensations.c.claim_id)
    )
    return [_compensation(dict(row._mapping)) for row in rows]


def _claim(connection: sa.Connection, claim_id: str, what: str) -> sa.Row[Any]:
    claim = connection.execute(claim_query().where(_claims.c.claim_id == claim_id)).first()
    if claim is None:
        raise refuse(what, [Refusal(UNKNOWN_CLAIM)], MESSAGES, claim=claim_id)
    return claim


def _stored_or_assessed(
    connection: sa.Connection, book: RuleBook, claim: sa.Row[Any], now: dt.datetime
) -> dict[str, Any]:
    """The stored compensation, locked (PostgreSQL); a claim the job has not assessed yet
    is assessed now."""
    row = connection.execute(
        sa.select(compensations).where(compensations.c.claim_id == claim.claim_id).with_for_update()
    ).first()
    return dict(row._mapping) if row is not None else assess_row(claim, book, now)


def _compensation(row: dict[str, Any]) -> Compensation:
    return Compensation(
        claim_id=row["claim_id"],
        order_id=row["order_id"],
        merchant_id=row["merchant_id"],
        status=row["status"],
        amount_usd=Decimal(row["amount_usd"]),
        reason=row["reason"],
        evidence=row["evidence"],
        decided_by=row["decided_by"],
        decided_at=row["decided_at"],
        rule_set_id=row["rule_set_id"],
    )
