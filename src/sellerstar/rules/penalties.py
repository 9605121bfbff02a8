"""The penalty-points ledger's rule-set section: expiry and the risk health score."""

from __future__ import annotations

from pydantic import Field

from sellerstar.rules._base import _Section


class PenaltyLedger(_Section):
    """Penalty points of every source and how they make the risk health score (§3.1)."""

    expiry_days: int = Field(
        ge=1, description="[decision] Points count for this many days from the violation."
    )
    risk_health_from_ledger: bool = Field(
        description="[decision] The risk health score is derived from the ledger's active "
        "points; false = the marketplace's imported score (`assurance_inputs`)."
    )
    risk_health_deduction_per_point: float = Field(
        ge=0, description="[decision] Risk health score (0–100) lost per active point."
    )
    risk_health_floor: float = Field(
        ge=0, le=100, description="[decision] The derived score never goes below this."
    )
