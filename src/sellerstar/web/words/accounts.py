"""Words of signing in and of the accounts pages."""

from __future__ import annotations

from sellerstar.web.i18n import N_

TOO_MANY_FAILURES = N_(
    "Too many failed sign-ins for this login or from this address. "
    "Try again in %(minutes)s minutes."
)
