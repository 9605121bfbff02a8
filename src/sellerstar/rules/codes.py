"""The code lists a rule-set may name, typed so that an unknown code fails with its key.

Each is a tuple of codes of the data contract (:mod:`sellerstar.contract`).
"""

from __future__ import annotations

from typing import Annotated, Literal

from sellerstar.contract import (
    APPEAL_TYPES,
    EVENT_SOURCES,
    EXPORT_MODES,
    MEMBERSHIPS,
    ORDER_STATUSES,
    PAYMENT_METHODS,
    TA_STATUSES,
    TRADE_TERMS,
    TRANSPORTS,
)
from sellerstar.rules._base import codes_of

Destinations = Literal["core", "all"]
AppealTypes = Annotated[tuple[str, ...], codes_of(APPEAL_TYPES, "appeal type")]
EventSources = Annotated[tuple[str, ...], codes_of(EVENT_SOURCES, "event source")]
ThirdPartySources = Annotated[
    tuple[str, ...], codes_of(EVENT_SOURCES - {"platform"}, "third-party event source")
]
OrderStatuses = Annotated[tuple[str, ...], codes_of(ORDER_STATUSES, "order status")]
ExportModes = Annotated[tuple[str, ...], codes_of(EXPORT_MODES, "export mode")]
Transports = Annotated[tuple[str, ...], codes_of(TRANSPORTS, "transport")]
TradeTerms = Annotated[tuple[str, ...], codes_of(TRADE_TERMS, "trade term")]
PaymentMethods = Annotated[tuple[str, ...], codes_of(PAYMENT_METHODS, "payment method")]
Memberships = Annotated[tuple[str, ...], codes_of(MEMBERSHIPS, "membership")]
TaStatuses = Annotated[tuple[str, ...], codes_of(TA_STATUSES, "trade-assurance status")]
