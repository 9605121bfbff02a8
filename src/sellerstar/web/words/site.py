"""Words every page may show: the roles in the header and the titles of error pages."""

from __future__ import annotations

from sellerstar.web.i18n import N_

ROLE_LABELS = {
    "operator": N_("Operator"),
    "merchant_main": N_("Main account"),
    "merchant_sub": N_("Sub-account"),
    "buyer": N_("Buyer"),
    "talent": N_("Talent"),
}
STATUS_TITLES = {
    401: N_("Please sign in"),
    403: N_("Not allowed"),
    404: N_("Not found"),
    409: N_("Not possible"),
    413: N_("Too large"),
    422: N_("Check your input"),
    429: N_("Too many attempts"),
    500: N_("Something went wrong"),
    503: N_("Busy"),
}
