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
    405: N_("Not possible here"),
    409: N_("Not possible"),
    413: N_("Too large"),
    422: N_("Check your input"),
    429: N_("Too many attempts"),
    500: N_("Something went wrong"),
    503: N_("Busy"),
}
# What an error page says when the code gave no sentence of its own (a bare 404, an
# unknown address, a method the address does not take): Starlette's English status
# phrase is replaced by these, so the page is in the reader's language.
STATUS_MESSAGES = {
    400: N_("The request could not be understood."),
    401: N_("Please sign in to see this page."),
    403: N_("Your account may not open this page."),
    404: N_("There is nothing at this address, or it is not yours to see."),
    405: N_("This address does not take this kind of request."),
    413: N_("the request body is too large"),
    422: N_("Some of the values sent are not valid."),
    429: N_("Too many attempts; wait a moment and try again."),
    500: N_("something went wrong on our side; it has been logged"),
    503: N_("the store is busy; try again in a few seconds"),
}
