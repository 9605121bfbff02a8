"""Words of signing in and of the users and account pages: token states and scopes, and
what a done change says."""

from __future__ import annotations

from sellerstar.web.i18n import N_

TOO_MANY_FAILURES = N_(
    "Too many failed sign-ins for this login or from this address. "
    "Try again in %(minutes)s minutes."
)
TOKEN_STATE_LABELS = {"live": N_("Live"), "expired": N_("Expired"), "revoked": N_("Revoked")}
SCOPE_LABELS = {"read": N_("Read only"), "read_write": N_("Read and write")}
OPS_DONE = {
    "deactivated": N_(
        "The user has been deactivated: their sessions have ended and their API tokens are revoked."
    ),
    "activated": N_("The user can sign in again."),
    "password": N_("The password has been changed; the user's sessions have ended."),
    "revoked": N_("The API token has been revoked."),
}
ACCOUNT_DONE = {
    "password": N_("Your password has been changed; your other sessions have ended."),
    "revoked": N_("The API token has been revoked."),
}
