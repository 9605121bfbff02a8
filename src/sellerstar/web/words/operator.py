"""Words of the operator console: the batch jobs and their states, and a merchant's
membership and trade assurance."""

from __future__ import annotations

from sellerstar.web.i18n import N_

JOB_LABELS = {
    "compute": N_("Daily metrics"),
    "stars": N_("Predicted star levels"),
    "guarantee": N_("Guaranteed delivery"),
    "penalties": N_("Penalty points"),
}
JOB_STATUS_LABELS = {
    "running": N_("Running"),
    "succeeded": N_("Succeeded"),
    "failed": N_("Failed"),
}
MEMBERSHIP_LABELS = {
    "export_pass": N_("Export Pass"),
    "global_treasure": N_("Global Treasure"),
    "gold_supplier_plus": N_("Gold Supplier Plus"),
    "other": N_("Other membership"),
    "none": N_("No membership"),
}
TA_STATUS_LABELS = {
    "active": N_("Trade assurance active"),
    "suspended": N_("Trade assurance suspended"),
    "terminated": N_("Trade assurance terminated"),
    "none": N_("No trade assurance"),
}
