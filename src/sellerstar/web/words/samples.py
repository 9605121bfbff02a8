"""Words of the discount sample venue's registration (折扣样品会场, rulebook §4, §4.1):
each rule a product fails as a sentence with its numbers ("库存 8 < 10", "折扣 0.65 >
0.6"), the registrations' states, the right to register, the refusals. The rule-set's
numbers come from the check itself, never written into a message.
"""

from __future__ import annotations

import datetime as dt
import html

from sellerstar.domain.samples import Failure, RegistrationState, SampleRule
from sellerstar.web.i18n import N_
from sellerstar.web.words.logistics import Text
from sellerstar.web.words.refusals import Refusals

TITLE = N_("Discount sample venue")
PATH = N_("My Alibaba → Marketing centre → Official activities → Discount sample venue")
OPS_TITLE = N_("Sample venue registrations")

# One sentence per rule; %(actual)s is the product's figure, %(limit)s the rule's. A
# catalogue text is markup (web.i18n), so "<" is written "&lt;"; plain_text() unescapes.
RULE_TEXTS: dict[str, str] = {
    SampleRule.NOT_LISTED: N_("Not listed (status %(actual)s)"),
    SampleRule.SAMPLES_NOT_SUPPORTED: N_("Samples not supported"),
    SampleRule.STOCK_LOW: N_("Stock %(actual)s &lt; %(limit)s"),
    SampleRule.GROWTH_LOW: N_("Growth score %(actual)s ≤ %(limit)s (must be above %(limit)s)"),
    SampleRule.NOT_MAIN_INDUSTRY: N_("Industry %(actual)s is not the main industry (%(limit)s)"),
    SampleRule.INDUSTRY_NOT_LISTED: N_("Industry %(actual)s is not in the venue's table"),
    SampleRule.SAMPLE_PRICE_MISSING: N_("No original sample price"),
    SampleRule.PRICE_BELOW_MINIMUM: N_("Sample price %(actual)s &lt; %(limit)s USD"),
    SampleRule.DISCOUNT_TOO_SMALL: N_("Discount %(actual)s &gt; %(limit)s"),
    SampleRule.NO_RIGHT: N_("The right to register is lost"),
    SampleRule.CAP_REACHED: N_("Places used %(actual)s ≥ %(limit)s"),
}
ALREADY_REGISTERED = N_("Registered already")
NO_MAIN_INDUSTRY = N_("Industry %(actual)s: the merchant has no main industry set")

STATE_LABELS: dict[str, str] = {
    RegistrationState.ACTIVE: N_("Active registration"),
    RegistrationState.SUSPENDED: N_("Suspended"),
    RegistrationState.WITHDRAWN: N_("Withdrawn"),
    RegistrationState.ENDED: N_("Ended"),
}
RIGHT_HELD = N_("You hold the right to register.")
# Why the right was lost, per failure of the sample order (sample_right_losses.failure).
RIGHT_LOST: dict[str, str] = {
    "late": N_(
        "You lost the right to register on %(date)s: sample order %(order)s was not shipped "
        "by its promised ship time."
    ),
    "merchant_cancelled": N_(
        "You lost the right to register on %(date)s: sample order %(order)s was cancelled "
        "by the merchant after payment."
    ),
}
RIGHT_LOST_OTHER = N_(
    "You lost the right to register on %(date)s because sample order %(order)s was not fulfilled."
)
RESTORED_BY_OPERATOR = N_("An operator restores it.")
RETURNS_ON = N_("It returns by itself on %(date)s.")
PLACES = N_("Places used: %(taken)s of %(cap)s, %(left)s left")
VENUE_CLOSED = N_("The discount sample venue is not in force on this date.")


def rule_text(failure: Failure) -> Text:
    """A failing rule as a sentence with its numbers."""
    if failure.rule is SampleRule.NOT_MAIN_INDUSTRY and not failure.limit:
        return Text(NO_MAIN_INDUSTRY, {"actual": failure.actual})
    return Text(RULE_TEXTS[failure.rule], {"actual": failure.actual, "limit": failure.limit})


def plain_text(text: Text, locale: str) -> str:
    """A text as plain characters (the API, the CLI): the markup's entities unescaped.

    >>> plain_text(rule_text(Failure(SampleRule.STOCK_LOW, "8", "10")), "en")
    'Stock 8 < 10'
    """
    return html.unescape(text.render(locale))


def right_lost_text(date: str, order: str | None, failure: str | None) -> Text:
    """ "You lost the right … sample order O was not shipped by its promised ship time"."""
    message = RIGHT_LOST.get(failure or "", RIGHT_LOST_OTHER)
    return Text(message, {"date": date, "order": order or "—"})


def right_return_text(returns_on: dt.date | None) -> Text:
    """How the loss ends, as the rules in force say: by an operator, or by itself on a day."""
    if returns_on is None:
        return Text(RESTORED_BY_OPERATOR)
    return Text(RETURNS_ON, {"date": returns_on.isoformat()})


_REFUSALS: dict[str, str] = {
    "venue_not_open": VENUE_CLOSED,
    "nothing_selected": N_("Select at least one product and set its discounted price."),
    "too_many": N_("At most %(cap)s products can be submitted at once."),
    "price_invalid": N_("The discounted price of %(product_id)s must be a number above 0 (USD)."),
    "price_decimals": N_("The discounted price of %(product_id)s has more than 2 decimals."),
    "cap_exceeded": N_(
        "%(asked)s products selected but only %(left)s of %(cap)s places are left; "
        "select fewer. Nothing was registered."
    ),
    "right_lost": N_("You have lost the right to register; nothing was registered."),
    "already_registered": N_(
        "%(product_id)s was registered at the same moment from elsewhere; nothing was "
        "registered, submit again."
    ),
    "not_registered": N_("%(product_id)s is not registered."),
    "no_registration": N_("There is no such registration."),
    "not_active": N_(
        "Only an active registration can be suspended; it is no longer active (reload the list)."
    ),
    "not_suspended": N_(
        "Only a suspended registration can be reinstated; it is no longer suspended (reload "
        "the list)."
    ),
    "reason_missing": N_("Give the reason; the merchant reads it."),
    "reason_too_long": N_("The reason is longer than %(limit)s characters."),
    "note_missing": N_("Say why the right is restored."),
    "note_too_long": N_("The note is longer than %(limit)s characters."),
    "no_loss": N_("This merchant holds the right to register; there is nothing to restore."),
}
INPUT_CODES = frozenset(
    {
        "nothing_selected",
        "too_many",
        "price_invalid",
        "price_decimals",
        "reason_missing",
        "reason_too_long",
        "note_missing",
        "note_too_long",
    }
)
REFUSALS = Refusals(_REFUSALS, INPUT_CODES)
REFUSAL_CODES = REFUSALS.codes
refusal_text = REFUSALS.text
refusal_status = REFUSALS.status


REGISTERED = N_("%(count)s products registered.")
NOT_REGISTERED = N_("%(count)s products were not registered; the reasons are shown below.")
WITHDRAWN = N_("The registration of %(product_id)s was withdrawn.")
SUSPENDED_DONE = N_("Registration %(registration_id)s was suspended.")
REINSTATED_IN = N_("Registration %(registration_id)s is active and back in the venue.")
REINSTATED_OUT = N_(
    "Registration %(registration_id)s is active, but out of the venue until the daily check "
    "finds it eligible again:"
)
RESTORED = N_("The right to register of %(merchant_id)s was restored.")

# What the sample templates get to put words on codes.
TEMPLATE_WORDS: dict[str, object] = {
    "sample_rule_text": rule_text,
    "sample_state_labels": STATE_LABELS,
    "sample_refusal_text": refusal_text,
    "right_lost_text": right_lost_text,
    "right_return_text": right_return_text,
}
