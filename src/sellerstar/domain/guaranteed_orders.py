"""Whether one order in the coverage's scope is a guaranteed-delivery order, and if not,
which conditions of rulebook §2.2 it fails (the coverage page's 订单明细 says each).

The metric (``metrics/guaranteed_delivery.py``) states the same conditions as an Ibis
filter; ``tests/web/test_web_guaranteed_orders.py`` shows that the orders this module
calls guaranteed are the metric's ``gd_guaranteed`` on the same stat date.

>>> rules = GuaranteeConditions(("tt", "credit_card"), ("express",), ("tad",))
>>> failed_conditions(OrderFacts(True, "tt", "express", "tad", True), rules)
()
>>> [str(c) for c in failed_conditions(OrderFacts(False, "lc", "sea", "tad", False), rules)]
['not_enrolled', 'payment_method', 'transport', 'no_delivery_promise']
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class GuaranteeCondition(StrEnum):
    """A §2.2 condition an order in scope can fail, in the seed's order (FAQ 5)."""

    NOT_ENROLLED = "not_enrolled"  # the merchant was not enrolled at payment time
    PAYMENT_METHOD = "payment_method"  # not TT, credit card or e-payment
    TRANSPORT = "transport"  # not express or postal
    NO_DELIVERY_PROMISE = "no_delivery_promise"  # no "delivery by MM/DD" service chosen
    EXPORT_MODE = "export_mode"  # not self-export or TAD


@dataclass(frozen=True)
class GuaranteeConditions:
    """The rule-set's lists of what a guaranteed-delivery order may use (§2.2)."""

    payment_methods: tuple[str, ...]
    transports: tuple[str, ...]
    export_modes: tuple[str, ...]


@dataclass(frozen=True)
class OrderFacts:
    """What §2.2 looks at in one order (every item RTS is the scope's, not a condition)."""

    enrolled_at_payment: bool
    payment_method: str
    transport: str
    export_mode: str
    delivery_promise: bool | None


def failed_conditions(
    order: OrderFacts, rules: GuaranteeConditions
) -> tuple[GuaranteeCondition, ...]:
    """The §2.2 conditions ``order`` fails; empty: a guaranteed-delivery order."""
    checks = (
        (GuaranteeCondition.NOT_ENROLLED, order.enrolled_at_payment),
        (GuaranteeCondition.PAYMENT_METHOD, order.payment_method in rules.payment_methods),
        (GuaranteeCondition.TRANSPORT, order.transport in rules.transports),
        (GuaranteeCondition.NO_DELIVERY_PROMISE, bool(order.delivery_promise)),
        (GuaranteeCondition.EXPORT_MODE, order.export_mode in rules.export_modes),
    )
    return tuple(condition for condition, met in checks if not met)
