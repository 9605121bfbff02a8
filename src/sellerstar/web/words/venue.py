"""Words of the discount sample venue's buyer side (折扣样品会场, rulebook §4): the
placements, the refusals of the feeds and the buyer's page. The tiers are filled in from
the rule-set and the buyer's row, never written into a message."""

from __future__ import annotations

from sellerstar.domain.samples import Placement
from sellerstar.domain.venue import VenueRefusal
from sellerstar.web.i18n import N_
from sellerstar.web.words.logistics import Text

TITLE = N_("Discount sample venue")

PLACEMENT_LABELS: dict[str, str] = {
    Placement.SAMPLE_CENTRE: N_("Sample centre for online retailers"),
    Placement.NEW_ARRIVALS: N_("New arrivals"),
    Placement.PRE_SEARCH: N_("Samples for your search"),
    Placement.FACTORY_SAMPLES: N_("Get samples from factories"),
}

REFUSALS: dict[str, str] = {
    VenueRefusal.NOT_OPEN: N_("The discount sample venue is not open on %(date)s."),
    VenueRefusal.NOT_A_BUYER: N_("The discount sample venue is for buyers."),
    VenueRefusal.UNKNOWN_BUYER: N_(
        "Your buyer record was not found, so the discount sample venue cannot be shown."
    ),
    VenueRefusal.TIER_TOO_LOW: N_(
        "The discount sample venue is open to buyers of tier %(lowest)s and above; "
        "your tier is %(tier)s."
    ),
}

BAD_CURSOR = N_("The page cursor is not valid for this list; start again from the first page.")
FILTER_REQUIRED = N_("This list needs %(name)s.")
FILTERS_EXCLUSIVE = N_("Give either %(first)s or %(second)s, not both.")
FILTER_NOT_OFFERED = N_("This list cannot be filtered by %(name)s.")
SIZE_TOO_LARGE = N_("This list shows at most %(max)s items a page.")

COLUMNS = {
    "product": N_("Product"),
    "industry": N_("Industry"),
    "sample_price": N_("Sample price (USD)"),
    "discount_price": N_("Discounted sample price (USD)"),
    "factor": N_("Discount factor"),
    "merchant": N_("Supplier"),
}
EMPTY = N_("No products in this list yet.")
NEXT_PAGE = N_("Next page")
ALL_INDUSTRIES = N_("All industries")
SHOW = N_("Show")


def refusal_text(code: VenueRefusal, **params: object) -> Text:
    """Why the venue is refused, with its numbers."""
    return Text(REFUSALS[code], params)
