"""Words of the star-level pages: the tracks, the capabilities, the metrics and the
rule-sets' benefit names (rulebook §2A)."""

from __future__ import annotations

from sellerstar.web.i18n import N_

TRACK_LABELS = {"custom": N_("Custom"), "fast_trade": N_("Fast trade")}
CAPABILITY_LABELS = {
    "merchant": N_("Merchant capability"),
    "marketing": N_("Marketing capability"),
    "transaction": N_("Transaction capability"),
    "assurance": N_("Assurance capability"),
}
METRIC_LABELS = {
    "assurance_score": N_("Assurance capability score"),
    "risk_health_score": N_("Risk health score"),
    "on_time_shipment_rate": N_("On-time shipment rate"),
    "buyer_review_score": N_("Buyer review score"),
    "tracking_visibility_rate": N_("Tracking visibility rate"),
    "guaranteed_delivery_coverage": N_("Guaranteed-delivery coverage"),
}
# The rule-sets' benefit names, so the catalogue translates them (seed: 专享权益).
BENEFIT_LABELS = (
    N_("Search ranking"),
    N_("Industry campaign registration"),
    N_("Weekly Deals"),
    N_("Online trade show admission"),
    N_("Business loan interest discount"),
    N_("MYbank loan interest discount"),
    N_("Super Star Factory registration"),
    N_("Priority in finance campaigns"),
    N_("Dedicated online customer service"),
)
# Where the risk health score came from (rulebook §3.1): the star page's metric table and
# `sellerstar stars show` say it the same way.
RISK_HEALTH_SOURCES = {
    "ledger": N_(
        "From the penalty-points ledger: %(points)s active points × %(deduction)s = "
        "%(lost)s points off 100 (never below %(floor)s)."
    ),
    "imported": N_("Supplied by the marketplace (scores of %(date)s)."),
}
PENALTY_POINTS_LINK = N_("Penalty points")
# Why a track earns no star: an input of the stat date is missing (the held-back reason
# of the explanation). The star page and `sellerstar stars show` say the same.
MISSING_INPUTS = {
    "merchant_metrics": N_(
        "The metrics of this stat date have not been computed, so the track earns no star."
    ),
    "capability_scores": N_(
        "The marketplace has not supplied the merchant, marketing and transaction capability "
        "scores, so the track earns no star."
    ),
    "assurance_inputs": N_(
        "The risk health score and the buyer review score have not been supplied, so the "
        "track earns no star."
    ),
}
