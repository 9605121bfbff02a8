"""Late-delivery compensation (rulebook §2.3) and its force-majeure exemption workflow.

The merchant pays only when a late shipment caused a late delivery, the buyer filed a
late-delivery claim and used the platform's compensation coupon: the order amount times
the rule-set's rate, at most the cap. Amounts are ``Decimal`` USD rounded to the cent,
half up, before the cap is applied.

Causation [decision]: the seed gives no test of cause, so a late shipment followed by a
late delivery counts as caused. A delivery is late when it arrived after the promised
delivery time, or had not arrived when the buyer filed the claim after that time (before
it, nothing is late yet).

Exemption (force majeure, with proof): only for orders the buyer placed directly; the
merchant's request moves a payable claim to ``exemption_requested`` and an operator
decides, unless the rule-set exempts automatically. A rejected request is final.

>>> rules = CompensationRules(Decimal("0.10"), Decimal("100"), False)
>>> paid = dt.datetime(2022, 11, 20, tzinfo=dt.UTC)
>>> day = dt.timedelta(days=1)
>>> claim = ClaimFacts(paid, paid + day, Decimal("250.00"), paid + 9 * day, paid + 8 * day,
...                    None, True)
>>> assess_claim(claim, rules)
Assessment(status='payable', amount_usd=Decimal('25.00'), reason='late_shipment_late_delivery')
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sellerstar.domain.guarantee import Refusal, is_late_shipment

# Statuses of a compensation (the store's compensations.status).
NOT_PAYABLE = "not_payable"
PAYABLE = "payable"
EXEMPTION_REQUESTED = "exemption_requested"
EXEMPT = "exempt"
STATUSES: tuple[str, ...] = (NOT_PAYABLE, PAYABLE, EXEMPTION_REQUESTED, EXEMPT)

# Reasons of an assessment or a workflow step (the store's compensations.reason).
LATE_SHIPMENT_LATE_DELIVERY = "late_shipment_late_delivery"
NO_PROMISED_SHIP_TIME = "no_promised_ship_time"
SHIPPED_ON_TIME = "shipped_on_time"
DELIVERY_NOT_LATE = "delivery_not_late"
COUPON_NOT_USED = "coupon_not_used"
FORCE_MAJEURE_CLAIMED = "force_majeure_claimed"
FORCE_MAJEURE_EXEMPT = "force_majeure_exempt"
EXEMPTION_REJECTED = "exemption_rejected"

# Refusal codes of the exemption workflow.
MERCHANT_PLACED_ORDER = "merchant_placed_order"
EVIDENCE_MISSING = "evidence_missing"
CLAIM_NOT_PAYABLE = "claim_not_payable"
EXEMPTION_ALREADY_REQUESTED = "exemption_already_requested"
ALREADY_EXEMPT = "already_exempt"
EXEMPTION_ALREADY_DECIDED = "exemption_already_decided"
NO_EXEMPTION_REQUESTED = "no_exemption_requested"

BUYER = "buyer"
MERCHANT = "merchant"
_CENT = Decimal("0.01")

# The exemption workflow: (status, event) -> (status, reason).
TRANSITIONS: dict[tuple[str, str], tuple[str, str]] = {
    (PAYABLE, "request"): (EXEMPTION_REQUESTED, FORCE_MAJEURE_CLAIMED),
    (EXEMPTION_REQUESTED, "approve"): (EXEMPT, FORCE_MAJEURE_EXEMPT),
    (EXEMPTION_REQUESTED, "reject"): (PAYABLE, EXEMPTION_REJECTED),
}


@dataclass(frozen=True)
class CompensationRules:
    """Compensation numbers of the rule-set's ``guarantee_service`` section."""

    rate: Decimal
    cap_usd: Decimal
    exempts_automatically: bool


@dataclass(frozen=True)
class ClaimFacts:
    """A late-delivery claim with the facts of its order."""

    ship_by: dt.datetime | None
    shipped_at: dt.datetime | None
    amount_usd: Decimal
    filed_at: dt.datetime
    promised_delivery_at: dt.datetime
    delivered_at: dt.datetime | None
    coupon_used: bool


@dataclass(frozen=True)
class Assessment:
    """What a claim costs the merchant before any exemption, and why."""

    status: str
    amount_usd: Decimal
    reason: str


def compensation_amount(order_amount: Decimal, rules: CompensationRules) -> Decimal:
    """The order amount times the rate, rounded to the cent (half up), at most the cap.

    >>> rules = CompensationRules(Decimal("0.10"), Decimal("100"), False)
    >>> [str(compensation_amount(Decimal(a), rules)) for a in ("999.94", "999.95", "1000.01")]
    ['99.99', '100.00', '100.00']
    """
    share = (order_amount * rules.rate).quantize(_CENT, rounding=ROUND_HALF_UP)
    return min(share, rules.cap_usd.quantize(_CENT, rounding=ROUND_HALF_UP))


def is_late_delivery(
    promised_delivery_at: dt.datetime, delivered_at: dt.datetime | None, filed_at: dt.datetime
) -> bool:
    """Delivered after the promise, or not delivered when the claim was filed after it.

    >>> at = dt.datetime(2022, 11, 30, tzinfo=dt.UTC)
    >>> is_late_delivery(at, at, at), is_late_delivery(at, None, at + dt.timedelta(hours=1))
    (False, True)
    """
    if delivered_at is not None and delivered_at <= filed_at:
        return delivered_at > promised_delivery_at
    return filed_at > promised_delivery_at


def assess_claim(claim: ClaimFacts, rules: CompensationRules) -> Assessment:
    """Whether a claim is payable (rulebook §2.3), checked in this order: the order had a
    promised ship time, was shipped late (as known when the claim was filed), was
    delivered late, and the buyer used the coupon."""
    zero = Decimal("0.00")
    if claim.ship_by is None:
        return Assessment(NOT_PAYABLE, zero, NO_PROMISED_SHIP_TIME)
    if not is_late_shipment(claim.ship_by, claim.shipped_at, claim.filed_at):
        return Assessment(NOT_PAYABLE, zero, SHIPPED_ON_TIME)
    if not is_late_delivery(claim.promised_delivery_at, claim.delivered_at, claim.filed_at):
        return Assessment(NOT_PAYABLE, zero, DELIVERY_NOT_LATE)
    if not claim.coupon_used:
        return Assessment(NOT_PAYABLE, zero, COUPON_NOT_USED)
    amount = compensation_amount(claim.amount_usd, rules)
    return Assessment(PAYABLE, amount, LATE_SHIPMENT_LATE_DELIVERY)


def placed_by_buyer(placed_by: str | None) -> bool:
    """Orders with an empty ``placed_by`` were placed by the buyer (data contract).

    >>> placed_by_buyer(None), placed_by_buyer(""), placed_by_buyer("merchant")
    (True, True, False)
    """
    return placed_by in (None, "", BUYER)


@dataclass(frozen=True)
class Step:
    """The outcome of a workflow event: the new status and reason, or the refusals (and
    then the status and reason unchanged)."""

    status: str
    reason: str
    refusals: tuple[Refusal, ...]

    @property
    def allowed(self) -> bool:
        """True when the event was accepted."""
        return not self.refusals


def request_exemption(
    status: str, reason: str, placed_by: str | None, evidence: str, rules: CompensationRules
) -> Step:
    """The merchant asks for a force-majeure exemption of a payable claim, with proof.

    >>> rules = CompensationRules(Decimal("0.10"), Decimal("100"), False)
    >>> request_exemption("payable", LATE_SHIPMENT_LATE_DELIVERY, "", "lockdown notice", rules)
    Step(status='exemption_requested', reason='force_majeure_claimed', refusals=())
    >>> request_exemption("payable", LATE_SHIPMENT_LATE_DELIVERY, "merchant", "x", rules).refusals
    (Refusal(code='merchant_placed_order', possible_from=None),)
    """
    refusals: list[Refusal] = []
    state_refusal = {
        NOT_PAYABLE: CLAIM_NOT_PAYABLE,
        EXEMPTION_REQUESTED: EXEMPTION_ALREADY_REQUESTED,
        EXEMPT: ALREADY_EXEMPT,
    }.get(status)
    if state_refusal is None and reason == EXEMPTION_REJECTED:
        state_refusal = EXEMPTION_ALREADY_DECIDED
    if state_refusal is not None:
        refusals.append(Refusal(state_refusal))
    if not placed_by_buyer(placed_by):
        refusals.append(Refusal(MERCHANT_PLACED_ORDER))
    if not evidence.strip():
        refusals.append(Refusal(EVIDENCE_MISSING))
    if refusals:
        return Step(status, reason, tuple(refusals))
    step = _apply(status, "request")
    return _apply(step.status, "approve") if rules.exempts_automatically else step


def decide_exemption(status: str, reason: str, approve: bool) -> Step:
    """An operator approves (exempt) or rejects (payable again, final) a request.

    >>> decide_exemption("exemption_requested", FORCE_MAJEURE_CLAIMED, approve=False)
    Step(status='payable', reason='exemption_rejected', refusals=())
    >>> decide_exemption("payable", LATE_SHIPMENT_LATE_DELIVERY, approve=True).refusals
    (Refusal(code='no_exemption_requested', possible_from=None),)
    """
    if (status, "approve") not in TRANSITIONS:
        return Step(status, reason, (Refusal(NO_EXEMPTION_REQUESTED),))
    return _apply(status, "approve" if approve else "reject")


def _apply(status: str, event: str) -> Step:
    new_status, new_reason = TRANSITIONS[(status, event)]
    return Step(new_status, new_reason, ())
