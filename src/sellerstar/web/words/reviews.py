"""Words of the reviews pages (评价, rulebook §5): the merchant's review management (评价管理)
and its pools and ranks, the operators' brushing queue, the refusals. The rule-set's numbers
(the window, the best moment to invite, the points) are filled in, never written into a
message.
"""

from __future__ import annotations

from sellerstar.domain.reviews import Badge, Exclusion, ProductReviewState, SuspectState
from sellerstar.web.i18n import N_
from sellerstar.web.words.logistics import Text
from sellerstar.web.words.refusals import Refusals

TITLE = N_("Review management")
PATH = N_("My Alibaba → Reviews → Review management")
POOLS_TITLE = N_("Pools, rankings and selected products")
QUEUE_TITLE = N_("Brushing queue")

# The seed's advice (§5.7): the rule-set's window to invite, and the best moment inside it.
ADVICE = N_("Invite within %(days)s days of receipt, best within %(best)s day")


def advice_text(days: int, best: int) -> Text:
    """ "收货后5天内邀评，最好1天内" with the rule-set's numbers."""
    return Text(ADVICE, {"days": days, "best": best})


BADGE_LABELS: dict[str, str] = {
    Badge.PLATINUM: N_("Platinum"),
    Badge.PRO: N_("Pro"),
}
EXCLUSION_LABELS: dict[str, str] = {
    Exclusion.OUTSIDE_WINDOW: N_("submitted outside the review window"),
    Exclusion.ORDER_JUDGED: N_("the order was judged improper or abnormal"),
    Exclusion.BRUSHING: N_("confirmed review brushing"),
    Exclusion.BEFORE_RECEIPT: N_("submitted before the buyer confirmed receipt"),
    Exclusion.DIRECT_NOT_ELIGIBLE: N_("the buyer may not leave a direct review"),
}
PRODUCT_STATE_LABELS: dict[str, str] = {
    ProductReviewState.REVIEWED: N_("Product and store reviewed"),
    ProductReviewState.STORE_ONLY: N_("No product reviews (yet)"),
    ProductReviewState.NONE: N_("No reviews (yet)"),
}
RATING_LABELS: dict[str, str] = {
    "very_satisfied": N_("Very satisfied"),
    "satisfied": N_("Satisfied"),
    "neutral": N_("Neutral"),
    "unsatisfied": N_("Unsatisfied"),
}
SUSPECT_STATE_LABELS: dict[str, str] = {
    SuspectState.PENDING: N_("Pending decision"),
    SuspectState.CONFIRMED: N_("Confirmed brushing"),
    SuspectState.DISMISSED: N_("Dismissed"),
}
# The brushing detector's signals (``brushing_suspects.signals``, ``;``-separated codes).
SIGNAL_LABELS: dict[str, str] = {
    "dense_block": N_("buyers who review the same few merchants together"),
    "burst": N_("a burst of reviews"),
    "new_account": N_("a new or low-tier buyer account"),
    "identical_text": N_("the same text as other reviews"),
    "fast_after_receipt": N_("reviewed right after receipt"),
    "rating_deviation": N_("a rating far from the product's usual"),
    "rating_shift": N_("one of improbably many top ratings for this merchant in these weeks"),
    "devoted_account": N_("an account that top-rated every order it placed"),
    "devoted_cluster": N_("one of improbably many such accounts at these merchants"),
    "co_review": N_("buyers who top-rate the same two merchants within weeks"),
    "product_surge": N_("one of improbably many top ratings for this product in these weeks"),
}
LIST_ALL = N_("All merchants")
LIST_INDUSTRY = N_("Industry: %(industry)s")


def rating_label_text(code: str) -> Text:
    """A store rating's label in words (the code itself when unknown)."""
    return Text(RATING_LABELS.get(code, code))


def product_state_text(state: str) -> Text:
    """The product page's review block state in words."""
    return Text(PRODUCT_STATE_LABELS.get(state, state))


def list_text(code: str) -> Text:
    """A merchant ranking list's name: ``all`` or ``industry:<name>``."""
    if code.startswith("industry:"):
        return Text(LIST_INDUSTRY, {"industry": code.removeprefix("industry:")})
    return Text(LIST_ALL) if code == "all" else Text(code)


def exclusion_text(code: str) -> Text:
    """Why a review does not count, in words (the code itself when unknown)."""
    message = EXCLUSION_LABELS.get(code)
    return Text(message) if message else Text(code)


def signal_text(code: str) -> Text:
    """A brushing signal in words (the code itself when unknown)."""
    message = SIGNAL_LABELS.get(code)
    return Text(message) if message else Text(code)


NOT_YET = N_("Not yet counted: the statistics update on %(date)s")

_REFUSALS: dict[str, str] = {
    "suspects_missing": N_("Choose at least one suspected review."),
    "too_many_suspects": N_("Decide at most %(limit)s suspects at once."),
    "note_too_long": N_("The note is longer than %(limit)s characters."),
    "several_merchants": N_("A brushing case is about one merchant; choose suspects of one."),
    "already_decided": N_(
        "Another operator decided some of these suspects first (%(reviews)s); nothing was changed."
    ),
    "reviews_not_live": N_("No review rules are in force yet."),
}
# A case spans one merchant: choosing another's suspects too is a form to correct.
INPUT_CODES = frozenset(
    {"suspects_missing", "too_many_suspects", "note_too_long", "several_merchants"}
)
REFUSALS = Refusals(_REFUSALS, INPUT_CODES)
REFUSAL_CODES = REFUSALS.codes
refusal_text = REFUSALS.text
refusal_status = REFUSALS.status


# What the reviews templates get to put words on codes.
TEMPLATE_WORDS: dict[str, object] = {
    "badge_labels": BADGE_LABELS,
    "exclusion_text": exclusion_text,
    "product_state_labels": PRODUCT_STATE_LABELS,
    "rating_labels": RATING_LABELS,
    "suspect_state_labels": SUSPECT_STATE_LABELS,
    "signal_text": signal_text,
    "list_text": list_text,
    "advice_text": advice_text,
    "reviews_refusal_text": refusal_text,
}
