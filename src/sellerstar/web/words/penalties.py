"""Words of the penalty-points page (rulebook §3.1): where each point comes from."""

from __future__ import annotations

from sellerstar.web.i18n import N_

# The ledger's kinds (``penalty_points.kind``, domain.penalties.PenaltyKind).
KIND_LABELS = {
    "late_shipment": N_("Late shipment"),
    "radar_delisting": N_("Delisted by the product radar"),
    "imported": N_("Recorded by the marketplace"),
}
