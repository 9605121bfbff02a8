"""Codes of the reviews module (rulebook §5): buyer tiers and badges, the basis of a direct
review, business actions, order judgements, and why a review does not count.

>>> BuyerTier("L3") in {BuyerTier.L3, BuyerTier.L4}
True
"""

from __future__ import annotations

from enum import StrEnum


class BuyerTier(StrEnum):
    """The marketplace's buyer tiers; L3 shows the Platinum badge, L4 the Pro one."""

    L0 = "L0"
    L1 = "L1"
    L2 = "L2"
    L3 = "L3"
    L4 = "L4"


class Badge(StrEnum):
    """A buyer's badge as the marketplace records it (empty = none)."""

    PLATINUM = "platinum"
    PRO = "pro"


class DirectBasis(StrEnum):
    """Why a buyer may leave a direct review (§5.1): a business-opportunity action with the
    merchant (high-tier buyers), or an order paid and not yet confirmed received."""

    OPPORTUNITY = "opportunity"
    PAID_UNCONFIRMED = "paid_unconfirmed"


class BusinessAction(StrEnum):
    """A buyer's business-opportunity action with a merchant."""

    INQUIRY = "inquiry"
    CHAT = "chat"
    RFQ_QUOTE = "rfq_quote"
    SAMPLE_REQUEST = "sample_request"
    ORDER = "order"


class Judgement(StrEnum):
    """The platform's judgement of an order whose reviews never count (§5.3)."""

    IMPROPER = "improper"
    ABNORMAL = "abnormal"


class Exclusion(StrEnum):
    """Why a review does not count on a date (written to ``excluded_reviews``)."""

    OUTSIDE_WINDOW = "outside_window"
    ORDER_JUDGED = "order_judged"
    BRUSHING = "brushing"
    BEFORE_RECEIPT = "before_receipt"
    DIRECT_NOT_ELIGIBLE = "direct_not_eligible"


class ProductReviewState(StrEnum):
    """The product page's review block (§5.2)."""

    REVIEWED = "reviewed"  # product and store reviewed
    STORE_ONLY = "store_only"  # "No product reviews (yet)"
    NONE = "none"  # "No reviews (yet)"


class SuspectState(StrEnum):
    """An operator's decision on a review the brushing detector suspects."""

    PENDING = "pending"
    CONFIRMED = "confirmed"
    DISMISSED = "dismissed"
