"""The reviews rule-set section (rulebook §5, decisions §5.8).

Transaction reviews existed before the launch of 2022-11-04 with a 30-day window; the
launch lengthened it to 90 days and brought direct reviews, the well-reviewed pool, the
daily rankings and selected products, so those sub-sections are absent before it.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, field_validator

from sellerstar.domain.reviews import BusinessAction
from sellerstar.rules._base import Day, _Section, check_unique, codes_of

BuyerTier = Literal["L0", "L1", "L2", "L3", "L4"]
Tiers = Annotated[tuple[BuyerTier, ...], codes_of({"L0", "L1", "L2", "L3", "L4"}, "buyer tier")]
Actions = Annotated[
    tuple[str, ...], codes_of({action.value for action in BusinessAction}, "business action")
]


class RatingLabel(_Section):
    """One step of the store rating's label ladder."""

    min_rating: float = Field(ge=0, le=5, description="Lowest rating that earns the label.")
    label: str = Field(min_length=1, description="Label code (`very_satisfied`, …).")


class StoreRating(_Section):
    """The store rating and its label (§5.2, §5.8)."""

    lookback_days: int = Field(
        ge=1, description="[decision] Counted transaction reviews submitted in D-(n-1) … D."
    )
    labels: tuple[RatingLabel, ...] = Field(
        min_length=1,
        description="[decision] Label ladder, highest first; below the last: `unsatisfied`.",
    )
    below_labels: str = Field(description="Label of a rating below every step.")

    @field_validator("labels")
    @classmethod
    def _descending(cls, value: tuple[RatingLabel, ...]) -> tuple[RatingLabel, ...]:
        bounds = [step.min_rating for step in value]
        if bounds != sorted(bounds, reverse=True) or len(set(bounds)) != len(bounds):
            raise ValueError("label steps must have strictly descending min_rating")
        check_unique((step.label for step in value), "label")
        return value

    def label(self, rating: float) -> str:
        """The label of a rating.

        >>> StoreRating(lookback_days=365, below_labels="unsatisfied", labels=(
        ...     RatingLabel(min_rating=4.5, label="very_satisfied"),
        ...     RatingLabel(min_rating=4.0, label="satisfied"))).label(4.49)
        'satisfied'
        """
        return next((s.label for s in self.labels if rating >= s.min_rating), self.below_labels)


class DirectReviews(_Section):
    """Direct reviews (rulebook §5.1)."""

    interaction_lookback_days: int = Field(
        ge=1, description="High-tier buyers with a business action this recent may review."
    )
    opportunity_actions: Actions = Field(
        min_length=1, description="[decision] Business actions that open a direct review."
    )
    high_tier_buyers: Tiers = Field(
        min_length=1, description="[decision] Buyer tiers that count as high tier."
    )
    scores_count_in_ratings: bool = Field(
        description="Whether direct-review scores enter any rating (not for now)."
    )


class WellReviewed(_Section):
    """The well-reviewed product pool (rulebook §5.4 as revised in §5.8)."""

    lookback_days: int = Field(ge=1, description="Reviews submitted in D-(n-1) … D count.")
    min_reviews: int = Field(ge=1, description="Counted transaction reviews needed.")
    min_mean_product_quality: float = Field(
        ge=1, le=5, description="[decision §5.8] Their mean product quality at least this."
    )
    min_positive_direct_reviews: int = Field(
        ge=1, description="Alternatively: direct reviews with positive content in the lookback."
    )
    positive_probability: float = Field(
        gt=0,
        lt=1,
        description="[decision] The sentiment classifier's probability that makes "
        "a direct review's content positive.",
    )


class Rankings(_Section):
    """Daily product and merchant rankings (rulebook §5.5; the formula is ours, §5.8)."""

    lookback_days: int = Field(ge=1, description="Review and inquiry figures of this period.")
    products_per_leaf_category: int = Field(ge=1, description="Products per leaf category.")
    merchants_per_list: int = Field(ge=1, description="Merchants per ranking list.")
    prior_reviews: float = Field(
        gt=0,
        description="[decision] Weight, in reviews, of the prior mean in the Bayesian "
        "average rating (small samples shrink towards the prior).",
    )
    prior_rating: float = Field(
        ge=1, le=5, description="[decision] The prior mean rating the average shrinks towards."
    )
    prior_conversion_inquiries: float = Field(
        gt=0, description="[decision] Weight, in inquiring buyers, of the prior conversion."
    )
    prior_conversion: float = Field(
        ge=0, le=1, description="[decision] Prior inquiry conversion rate."
    )
    weight_rating: float = Field(ge=0, le=1, description="[decision] Weight of the rating.")
    weight_reviews: float = Field(ge=0, le=1, description="[decision] Weight of review count.")
    weight_inquiries: float = Field(
        ge=0,
        le=1,
        description="[decision] Weight of inquiries (products) or inquiry conversion (merchants).",
    )


class SelectedProduct(_Section):
    """Selected products (甄选品, rulebook §5.6 as decided in §5.8)."""

    lookback_days: int = Field(ge=1, description="Reviews this recent count.")
    buyer_tiers: Tiers = Field(min_length=1, description="Tiers whose reviews decide.")
    min_reviews: int = Field(ge=1, description="Reviews from those tiers needed.")
    min_review_score: float = Field(
        ge=1, le=5, description="[decision] Each such review's product-quality score ≥ this."
    )
    min_overall_rating: float = Field(
        ge=1,
        le=5,
        description="[decision §5.8] The product's mean product quality over all "
        "its counted transaction reviews up to D.",
    )


class BrushingWeights(_Section):
    """How much each signal says alone: the score is a noisy-OR of the fired signals."""

    dense_block: float = Field(ge=0, lt=1, description="[decision] Weight of a dense block.")
    burst: float = Field(ge=0, lt=1, description="[decision] Weight of a review burst.")
    new_account: float = Field(ge=0, lt=1, description="[decision] Weight of a new account.")
    identical_text: float = Field(
        ge=0, lt=1, description="[decision] Weight of an (almost) identical text."
    )
    fast_after_receipt: float = Field(
        ge=0, lt=1, description="[decision] Weight of a review right after receipt."
    )
    rating_deviation: float = Field(
        ge=0, lt=1, description="[decision] Weight of a rating far above the product's mean."
    )
    rating_shift: float = Field(
        ge=0, lt=1, description="[decision] Weight of a period with improbably many top ratings."
    )
    devoted_cluster: float = Field(
        ge=0,
        lt=1,
        description="[decision] Weight of a period with improbably many devoted accounts.",
    )
    co_review: float = Field(
        ge=0,
        lt=1,
        description="[decision] Weight of two merchants top-rated by the same buyers within weeks.",
    )
    devoted_account: float = Field(
        ge=0, lt=1, description="[decision] Weight of an account that reviews every order top."
    )
    product_surge: float = Field(
        ge=0,
        lt=1,
        description="[decision] Weight of a product getting improbably many of its "
        "merchant's top ratings in a period.",
    )


class Brushing(_Section):
    """Review-brushing detection (rulebook §5.3): behavioural signals, their thresholds and
    how they combine (docs/reviews-brushing.md)."""

    report_threshold: float = Field(
        gt=0, lt=1, description="[decision] A review with a backbone and this score is a suspect."
    )
    burst_window_hours: int = Field(
        ge=1, description="[decision] Reviews of a merchant this close in time form a burst."
    )
    burst_min_reviews: int = Field(ge=2, description="[decision] Reviews a burst needs.")
    burst_rate_ratio: float = Field(
        gt=1,
        description="[decision] A burst holds at least this many times the merchant's usual "
        "number of reviews in such a window.",
    )
    burst_min_rating_lift: float = Field(
        ge=0,
        le=4,
        description="[decision] A burst is rated at least this far above the merchant's other "
        "reviews (a busy day of honest buyers is not).",
    )
    top_rating: float = Field(
        ge=1, le=5, description="[decision] A review with this mean score or more is top-rated."
    )
    scan_window_days: int = Field(
        ge=1, description="[decision] Days of the windows scanned for a merchant's excess."
    )
    scan_min_reviews: int = Field(
        ge=2, description="[decision] Reviews showing the trait that an excess window needs."
    )
    product_min_reviews: int = Field(
        ge=1, description="[decision] A product's top ratings in a window that may be a surge."
    )
    product_max_p: float = Field(
        gt=0,
        lt=1,
        description="[decision] A product's share of its merchant's top ratings in a "
        "window is improbable at this binomial tail (product_surge).",
    )
    product_max_bunched_p: float = Field(
        gt=0,
        le=1,
        description="[decision] ... and its top ratings are bunched in the window at this "
        "binomial tail (product_surge).",
    )
    scan_max_p: float = Field(
        gt=0,
        lt=1,
        description="[decision] Binomial tail probability of the window's count, at the "
        "merchant's usual share, at most.",
    )
    scan_prior_reviews: float = Field(
        gt=0,
        description="[decision] Weight, in reviews, of the marketplace's share in a "
        "merchant's usual share.",
    )
    devoted_min_shared: int = Field(
        ge=1,
        description="[decision] Devoted accounts two merchants share to be scanned as one group.",
    )
    co_review_days: int = Field(
        ge=1, description="[decision] Days within which one buyer's two top ratings link."
    )
    co_review_min_buyers: int = Field(
        ge=2, description="[decision] Buyers who must link the same two merchants."
    )
    devoted_min_lift: float = Field(
        ge=1,
        description="[decision] Merchants whose share of devoted-account reviews is this many "
        "times the marketplace's are grouped by a single shared devoted account.",
    )
    loyal_min_orders: int = Field(
        ge=2,
        description="[decision] Orders, all with one merchant, of a devoted account that is "
        "loyal to it (devoted_cluster's second test).",
    )
    loyal_min_accounts: int = Field(
        ge=1,
        description="[decision] Loyal devoted accounts a merchant needs for their excess to count.",
    )
    new_account_tiers: Tiers = Field(
        min_length=1, description="[decision] Tiers of a low-tier account."
    )
    new_account_max_prior_orders: int = Field(
        ge=0, description="[decision] A low-tier buyer with at most this many earlier orders ..."
    )
    new_account_max_age_days: int = Field(
        ge=0,
        description="[decision] ... or whose first order is at most this many days old at the "
        "review.",
    )
    identical_text_min_chars: int = Field(
        ge=1, description="[decision] Normalised texts shorter than this never count as copies."
    )
    identical_text_min_buyers: int = Field(
        ge=2, description="[decision] Buyers of one merchant sharing a normalised text."
    )
    fast_after_receipt_hours: float = Field(
        gt=0, description="[decision] Submitted at most this long after confirmed receipt."
    )
    rating_deviation_min: float = Field(
        gt=0,
        le=4,
        description="[decision] Rating at least this far above the product's mean of the other "
        "reviews.",
    )
    rating_prior_reviews: float = Field(
        gt=0, description="[decision] Weight, in reviews, of the marketplace mean in that mean."
    )
    block_column_offset: float = Field(
        gt=1,
        description="[decision] FRAUDAR's column weight 1/log(degree + offset): reviews of "
        "much-reviewed merchants weigh less in a block.",
    )
    block_period_days: int = Field(
        ge=1,
        description="[decision] The block's columns are a merchant in a period of this many "
        "days: a ring reviews its merchants in the same weeks.",
    )
    block_max_span_days: int = Field(
        ge=1, description="[decision] Days between a block's first and last review at most."
    )
    block_tight_span_days: int = Field(
        ge=1,
        description="[decision] A block of fewer than `block_min_buyers_spread` buyers must lie "
        "within this many days.",
    )
    block_min_buyers_spread: int = Field(
        ge=2, description="[decision] Buyers a block needs to be spread over more days."
    )
    block_min_density: float = Field(
        gt=0, description="[decision] Weighted density a buyer-merchant block needs."
    )
    block_min_buyers: int = Field(ge=2, description="[decision] Buyers a dense block needs.")
    block_min_merchants: int = Field(ge=1, description="[decision] Merchants a block needs.")
    block_max_merchants: int = Field(
        ge=1, description="[decision] Merchants a block holds at most: a ring brushes a few."
    )
    block_min_fill: float = Field(
        gt=0,
        le=1,
        description="[decision] Share of the block's buyer × merchant pairs that are reviews.",
    )
    block_min_share: float = Field(
        ge=0,
        le=1,
        description="[decision] A merchant period belongs to a block when the block's buyers "
        "are at least this share of its reviewers (camouflage on popular merchants is not).",
    )
    block_min_supported: float = Field(
        ge=0,
        le=1,
        description="[decision] Share of a block's reviews that must show a supporting "
        "signal (new account, identical text, fast after receipt, rating deviation).",
    )
    block_max_nodes: int = Field(
        ge=2,
        description="[decision] Nodes (buyers and merchant periods) a block holds at most: "
        "the densest core of that size is taken.",
    )
    max_blocks: int = Field(ge=1, description="[decision] Blocks peeled off at most.")
    weights: BrushingWeights = Field(description="Weight of each signal.")


class Reviews(_Section):
    """Transaction and direct reviews, ratings, pools and rankings (rulebook §5)."""

    live_date: Day = Field(description="Day the new review rules went live.")
    transaction_review_window_days: int = Field(
        ge=1, description="Days after confirmed receipt a buyer may leave a transaction review."
    )
    invitation_ideal_within_days: int = Field(
        ge=0, description="The seed's advice: best within this many days of receipt."
    )
    invitation_best_within_days: int = Field(
        ge=1, description="Invite a review within this many days of receipt."
    )
    tier_badges: dict[BuyerTier, str] = Field(
        description="[decision] Badge shown next to a reviewer of the tier."
    )
    buyer_review_score_from_reviews: bool = Field(
        description="[decision §5.8] The star level's buyer review score is the store rating; "
        "false = the marketplace's imported score (`assurance_inputs`)."
    )
    brushing_case_points: float = Field(
        ge=0,
        description="[decision] Penalty points a confirmed brushing case costs the "
        "merchant (§5.3: confirmed brushing costs the store points and traffic).",
    )
    store_rating: StoreRating = Field(description="Store rating and label.")
    direct: DirectReviews | None = Field(default=None, description="Direct reviews.")
    well_reviewed: WellReviewed | None = Field(
        default=None, description="Well-reviewed product pool."
    )
    rankings: Rankings | None = Field(default=None, description="Daily rankings.")
    selected_product: SelectedProduct | None = Field(default=None, description="Selected products.")
    brushing: Brushing | None = Field(default=None, description="Review-brushing detection.")
