"""Rule-set sections of the programmes launched in autumn 2022 (rulebook §3–§6).

Each has a ``live_date`` (the seed calls every launch date expected, so it is data) and is
absent from rule-sets that predate it.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import Field, field_validator

from sellerstar.domain.market import CouponRules
from sellerstar.domain.radar import RadarRules
from sellerstar.domain.samples import VenueRules
from sellerstar.rules._base import Day, _Section, check_unique
from sellerstar.rules.radar_detection import RadarDetection
from sellerstar.rules.reviews import BuyerTier


class ProductRadar(_Section):
    """Product radar: rectification tasks for suspected violations (rulebook §3)."""

    live_date: Day = Field(description="Day the radar went live.")
    categories: tuple[str, ...] = Field(
        min_length=1, description="Problem categories a task belongs to."
    )
    rectification_deadline_days: int = Field(
        ge=1, description="Calendar days from the task's creation to rectify it."
    )
    remind_days_before_deadline: int = Field(
        ge=0,
        description="[decision] The merchant is reminded of a task still open this many "
        "days (platform dates) before its deadline (issue 19).",
    )
    qualification_review_hours: int = Field(
        ge=1, description="About this many hours to review an uploaded qualification."
    )
    appeal_review_hours: int = Field(ge=1, description="Hours the human appeal review takes.")
    edit_review_hours: int = Field(
        ge=1, description="[decision] Hours the product review of an edit takes (its SLA)."
    )
    appeals_per_task: int = Field(ge=0, description="Appeals a merchant may file per task.")
    deadline_waits_for_product_review: bool = Field(
        description="A deadline passing while a product review is pending waits for it."
    )
    deadline_waits_for_pending_appeal: bool = Field(
        description="[decision] A deadline passing while an appeal is pending waits for it."
    )
    deadline_waits_for_qualification: bool = Field(
        description="[decision] A deadline passing while a qualification is pending waits for it."
    )
    penalty_points_per_violation: float = Field(
        ge=0, description="[decision] Penalty points of one delisting for an unrectified task."
    )
    penalty_points_daily_cap: float = Field(
        ge=0,
        description="[decision] At most this many radar points per merchant per calendar day.",
    )
    detection: RadarDetection = Field(description="Detection of suspected IP infringements.")

    def workflow(self) -> RadarRules:
        """The numbers the task workflow of :mod:`sellerstar.domain.radar` needs."""
        return RadarRules(
            deadline_days=self.rectification_deadline_days,
            appeals_per_task=self.appeals_per_task,
            qualification_review_hours=self.qualification_review_hours,
            appeal_review_hours=self.appeal_review_hours,
            edit_review_hours=self.edit_review_hours,
            waits_for_product_review=self.deadline_waits_for_product_review,
            waits_for_appeal=self.deadline_waits_for_pending_appeal,
            waits_for_qualification=self.deadline_waits_for_qualification,
        )

    @field_validator("categories")
    @classmethod
    def _unique_categories(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        check_unique(value, "category")
        return value


class SampleIndustry(_Section):
    """One row of the sample-venue industry table (rulebook §4)."""

    industry: str = Field(min_length=1, description="First-level industry, as in the products.")
    group: Literal["consumer", "industrial"] = Field(
        description="`consumer` (大快消) or `industrial` (非消) table of the seed."
    )
    min_sample_price_usd: float = Field(gt=0, description="Minimum original sample price (USD).")
    max_discount_factor: float = Field(
        gt=0, le=1, description="Discounted price ≤ original price × this (至少6折 = 0.6)."
    )


class SampleVenue(_Section):
    """Discount sample venue (rulebook §4)."""

    live_date: Day = Field(description="Day the venue went live.")
    min_buyer_tier: BuyerTier = Field(description="Lowest buyer tier that sees the venue.")
    max_products_per_merchant: int = Field(ge=1, description="Registrations per merchant.")
    min_stock: int = Field(ge=0, description="A registered product needs at least this stock.")
    growth_score_must_exceed: int = Field(
        ge=0, le=100, description="A registered product's growth score must be strictly above."
    )
    requires_samples_supported: bool = Field(description="The product must support samples.")
    requires_main_industry: bool = Field(
        description="The product must belong to the merchant's main first-level industry."
    )
    industries: tuple[SampleIndustry, ...] = Field(
        min_length=1,
        description="[decision] Eligible industries with their price floor and discount cap; "
        "an industry not listed is not eligible.",
    )

    @field_validator("industries")
    @classmethod
    def _unique_industries(cls, value: tuple[SampleIndustry, ...]) -> tuple[SampleIndustry, ...]:
        check_unique((row.industry for row in value), "industry")
        return value

    lost_right_ends: Literal["operator", "after_days"] = Field(
        description="[decision] What ends the loss of the right to register after a sample "
        "order is not fulfilled: an operator restores it, or it returns by itself "
        "`lost_right_days` after the failure."
    )
    lost_right_days: int = Field(
        ge=0, description="[decision] Days the loss lasts when it ends by itself."
    )

    def industry(self, name: str) -> SampleIndustry | None:
        """The table row of an industry, or None when it is not eligible."""
        return next((row for row in self.industries if row.industry == name), None)

    def venue_rules(self) -> VenueRules:
        """The numbers :func:`sellerstar.domain.samples.failing_rules` checks, as exact
        decimals (``0.6`` is six tenths, not the nearest float)."""
        return VenueRules(
            min_stock=self.min_stock,
            growth_score_must_exceed=self.growth_score_must_exceed,
            max_products=self.max_products_per_merchant,
            requires_samples_supported=self.requires_samples_supported,
            requires_main_industry=self.requires_main_industry,
            industries={
                row.industry: (
                    Decimal(str(row.min_sample_price_usd)),
                    Decimal(str(row.max_discount_factor)),
                )
                for row in self.industries
            },
        )


class ServiceMarket(_Section):
    """Service-market launch coupons (rulebook §6)."""

    launch_date: Day = Field(
        description="[decision] Launch day of the coupons (the seed says 10-28 and 10-27)."
    )
    coupons_per_tool_per_main_account: int = Field(
        ge=1,
        le=1,
        description="Coupons one main account may take per tool (the store's unique key "
        "on tool and merchant holds exactly one).",
    )
    coupon_valid_days: int = Field(
        ge=1, description="Days a coupon is valid, from the launch day on."
    )
    coupon_stock: int = Field(ge=1, description="Coupons available per tool.")
    eligible_merchant_countries: tuple[str, ...] = Field(
        default=("CN",),
        min_length=1,
        description="[decision] Countries (ISO alpha-2 of `merchants.country`) whose merchants "
        "may claim a coupon; `CN` is mainland China (HK, MO and TW are other codes). A "
        "merchant without a country is not eligible.",
    )

    @field_validator("eligible_merchant_countries")
    @classmethod
    def _country_codes(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        check_unique(value, "country")
        if any(len(code) != 2 or not code.isascii() or not code.isupper() for code in value):
            raise ValueError("countries are ISO 3166-1 alpha-2 codes in upper case")
        return value

    def coupon_rules(self) -> CouponRules:
        """The numbers :func:`sellerstar.domain.market.claim_refusal` and the store's
        claim need."""
        return CouponRules(
            launch_date=self.launch_date,
            per_main_account=self.coupons_per_tool_per_main_account,
            valid_days=self.coupon_valid_days,
            stock=self.coupon_stock,
            eligible_countries=self.eligible_merchant_countries,
        )
