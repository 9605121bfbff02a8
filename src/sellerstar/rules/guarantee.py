"""The guarantee sections of a rule-set: guaranteed-delivery coverage, the guaranteed
upgrade service and the on-time shipment rate (rulebook §2, §2A). Re-exported by
:mod:`sellerstar.rules.model`.
"""

from __future__ import annotations

from pydantic import Field

from sellerstar.rules._base import _Section
from sellerstar.rules.codes import (
    Destinations,
    ExportModes,
    Memberships,
    OrderStatuses,
    PaymentMethods,
    TaStatuses,
    Transports,
)


class GuaranteedDelivery(_Section):
    """Guaranteed-delivery coverage (rulebook §2, §2.2)."""

    lookback_days: int = Field(ge=1, description="Orders paid in S - (this - 1) ... S count.")
    default_pass_max_orders: int = Field(
        ge=0, description="With at most this many pure-RTS orders the metric passes by default."
    )
    default_pass_requires_enrolment: bool = Field(
        description="[decision] Whether a merchant must be enrolled (on S) for the default pass; "
        "not enrolled means coverage 0% and 'scoring fails' (seed UI text)."
    )
    destinations: Destinations = Field(
        description="`core` (the calendar's core countries) or `all`."
    )
    payment_methods: PaymentMethods = Field(min_length=1, description="Guaranteed payments.")
    transports: Transports = Field(min_length=1, description="Guaranteed transports.")
    export_modes: ExportModes = Field(min_length=1, description="Guaranteed export modes.")
    covered_countries: int = Field(ge=1, description="Destinations guaranteed delivery covers.")


class GuaranteeService(_Section):
    """The guaranteed upgrade service: joining, leaving, compensation (rulebook §2.1, §2.3)."""

    qualifying_memberships: Memberships = Field(
        min_length=1, description="Memberships that may join (one of them is required)."
    )
    admitted_ta_statuses: TaStatuses = Field(
        min_length=1, description="Trade-assurance admission statuses that may join."
    )
    min_days_before_leaving: int = Field(
        ge=0, description="Leaving allowed from this day after the guarantee started on."
    )
    rejoin_block_days: int = Field(ge=0, description="Days after leaving that re-joining waits.")
    fast_trade_min_rts_products: int = Field(
        ge=0, description="RTS products (shipping fast enough) the fast-trade track needs."
    )
    fast_trade_max_ship_days: int = Field(
        ge=0, description="An RTS product counts for fast trade when it ships within this."
    )
    compensation_rate: float = Field(
        gt=0, le=1, description="Share of the order amount the merchant pays on a late claim."
    )
    compensation_cap_usd: float = Field(gt=0, description="Upper bound of one compensation.")
    force_majeure_exempts_automatically: bool = Field(
        description="[decision] Whether proven force majeure always exempts the merchant; "
        "false = an operator may exempt (the seed says 'may')."
    )
    late_shipment_penalty_points: float = Field(
        ge=0,
        description="[decision] Penalty points of one late-shipped trade-assurance order "
        "(waived while enrolled; the seed names the waiver, not the number).",
    )


class OnTimeShipment(_Section):
    """On-time shipment rate (rulebook §2A decision)."""

    window_days: int = Field(ge=1, description="Orders whose ship_by is in S - (this-1) ... S.")
    excluded_statuses: OrderStatuses = Field(description="Statuses never due (cancelled).")
