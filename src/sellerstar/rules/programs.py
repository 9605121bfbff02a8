"""Rule-set sections of the programmes launched in autumn 2022 (rulebook §3–§6).

Each has a ``live_date`` (the seed calls every launch date expected, so it is data) and is
absent from rule-sets that predate it.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import Field, field_validator, model_validator

from sellerstar.domain.market import CouponRules
from sellerstar.domain.radar import RadarRules
from sellerstar.domain.samples import VenueRules
from sellerstar.rules._base import Day, KeyedValueError, _Section, check_codes, check_unique
from sellerstar.rules.reviews import BuyerTier


class RadarDetection(_Section):
    """How the product radar finds suspected IP infringements (rulebook §3, docs/radar.md)."""

    allow_compatibility_wording: bool = Field(
        description="[decision] A mark named only to say what a product fits (`case for "
        "AirPods`, `compatible with iPhone`, `适用于苹果`) is not a finding."
    )
    compatibility_phrases_en: tuple[str, ...] = Field(
        min_length=1,
        description="[decision] English words that introduce what a product fits, "
        "compared after case folding.",
    )
    not_compatibility_phrases_en: tuple[str, ...] = Field(
        default=(),
        description="[decision] English phrases that end in such a word but describe the "
        "product itself (`Slim Fit Polo Shirt`): no compatibility wording.",
    )
    compatibility_phrases_zh: tuple[str, ...] = Field(
        min_length=1, description="[decision] Chinese words that introduce what a product fits."
    )
    compatibility_gap_words: int = Field(
        ge=0,
        le=5,
        description="[decision] Other words allowed between such a phrase and the mark "
        "(model numbers and the same holder's marks are always allowed).",
    )
    compatibility_suffixes_en: tuple[str, ...] = Field(
        description="[decision] English words after the mark that say what a product fits "
        "(`DJI Mini 4 Pro Compatible`)."
    )
    compatibility_suffix_gap_words: int = Field(
        ge=0, le=5, description="[decision] Words allowed between the mark and such a word."
    )
    compatibility_suffixes_zh: tuple[str, ...] = Field(
        default=(),
        description="[decision] Chinese words after the mark that say what a product fits "
        "(`戴森V11 替换滤芯`).",
    )
    fit_suffixes_zh: tuple[str, ...] = Field(
        default=(),
        description="[decision] Chinese words after the mark that say what a product fits "
        "unless only the right's own goods stand between (`奥林巴斯 相机 电池 适用 BLS-50`, "
        "`宝马5系 遮阳挡 适用`; but `特斯拉 汽车 适用 长途自驾` says what the car is good for).",
    )
    compatibility_suffix_gap_chars_zh: int = Field(
        default=0,
        ge=0,
        le=12,
        description="[decision] Chinese characters allowed between the mark and such a word "
        "(spaces, digits and Latin letters are not counted).",
    )
    brand_cues_en: tuple[str, ...] = Field(
        description="[decision] English words of brand use: next to a mark that is also an "
        "everyday word (or an everyday word one edit from a mark), they show it names the "
        "brand (`Apple brand`, `official Apple`, `original Crocs`, `Coach style`)."
    )
    brand_cues_zh: tuple[str, ...] = Field(
        description="[decision] The same in Chinese (`苹果官方`, `dove同款`, `对标Polo`)."
    )
    brand_cue_gap_words_en: tuple[str, ...] = Field(
        description="[decision] Words that may stand between a brand-use word and the mark "
        "(`inspired by Coach`, `same design as Coach`, `compare with Coach`)."
    )
    maker_words_en: tuple[str, ...] = Field(
        default=(),
        description="[decision] English words after which a capitalised mark names the "
        "maker (`Tote Bag by Coach`): evidence of brand use.",
    )
    copy_cues_en: tuple[str, ...] = Field(
        default=(),
        description="[decision] Brand-use words that are no evidence after a mark qualified "
        "as a common noun by the everyday word before it (`Dinosaur Fossil Replica` is a "
        "replica of a fossil), unless that word is one of the right's goods.",
    )
    souvenir_cues: tuple[str, ...] = Field(
        default=(),
        description="[decision] Words of a travel souvenir (`Travel Poster`, `Souvenir`, "
        "`Postcard`, 旅游纪念, 明信片), matched without case anywhere in the title or "
        "description: such a listing names places, sights and what a place is known for, so "
        "a mark written plainly there is that thing when the listing names none of the "
        "right's goods and declares no brand (`Harbin Ice Festival Travel Poster`).",
    )
    trade_term_cues: tuple[str, ...] = Field(
        default=(),
        description="[decision] Trade terms a B2B listing quotes its price in (the ICC's "
        "Incoterms: `FOB`, `CIF`, `EXW`), matched without case: a coined mark spelt like one "
        "is that term unless the listing shows the brand or names the right's goods "
        "(`Bubble Wrap Rolls CIF Price Rotterdam`).",
    )
    style_cues_en: tuple[str, ...] = Field(
        default=(),
        description="[decision] Brand-use words that, after a mark which is also an everyday "
        "word, show brand use only when the listing names the right's goods or declares the "
        "brand (`Palace Style Wedding Backdrop`, `Tudor Style Dollhouse`: in the manner of a "
        "palace; `Palace Style Hoodie` still names the brand).",
    )
    not_brand_cues_en: tuple[str, ...] = Field(
        description="[decision] Phrases that start with a brand-use word but say something "
        "else (`brand new`, `genuine leather`): no evidence of brand use."
    )
    personalised_cues_en: tuple[str, ...] = Field(
        default=(),
        description="[decision] Words of a listing personalised with a name: with the word "
        "`name` in the listing, a one-word mark is the buyer's name, not the brand, unless "
        "the listing shows brand use (`Personalised Name Necklace Celine`).",
    )
    picture_cues_en: tuple[str, ...] = Field(
        description="[decision] Brand-use words that are no evidence after an everyday word "
        "one edit from a mark: it names a picture of that word (`Pony logo` is not Sony)."
    )
    generic_cues_en: tuple[str, ...] = Field(
        description="[decision] English words right after a mark that is also an everyday "
        "word at the lead of a title that make it that word (`Jaguar print`, `apple green`, "
        "`Supreme quality`)."
    )
    generic_cues_zh: tuple[str, ...] = Field(
        description="[decision] Chinese words next to a mark that is also an everyday word "
        "at the lead of a title that make it that word (`三叶草种子`)."
    )
    colour_words: tuple[str, ...] = Field(
        default=(),
        description="[decision] Colours, in English and Chinese: a mark that is a colour "
        "(`Orange`) counts only with evidence of brand use, never for standing next to the "
        "right's goods, as any goods have a colour (`Orange Silicone Phone Case`).",
    )
    boilerplate_en: tuple[str, ...] = Field(
        description="[decision] Listing words that may stand before a brand without "
        "qualifying it as a common noun (`New`, `Wholesale`, `Original`); any other everyday "
        "word right before such a mark does (`Ice Cream Vans`)."
    )
    boilerplate_zh: tuple[str, ...] = Field(
        description="[decision] The same in Chinese (`新款`, `热卖`, `现货`)."
    )
    fuzzy_min_length: int = Field(
        ge=3,
        description="[decision] A mark of at least this many letters also matches a word one "
        "edit away (a letter added, dropped, changed or two swapped).",
    )
    fuzzy_insertions_min_length: int = Field(
        ge=3,
        description="[decision] Shorter marks match a changed, swapped or doubled letter only, "
        "not another added or dropped one.",
    )
    fuzzy_two_edits_min_length: int = Field(
        ge=4, description="[decision] A mark of at least this many letters matches two edits away."
    )
    min_score: float = Field(
        ge=0, le=1, description="[decision] Findings scoring below this are not reported."
    )
    step_scores: dict[str, float] = Field(
        description="[decision] Score of a finding by the step that made it match, before "
        "the edit-distance and image-distance discounts."
    )
    misspelling_penalty_per_edit: float = Field(
        ge=0, le=1, description="[decision] Score taken off a misspelling per edit."
    )
    image_max_distance: int = Field(
        ge=0,
        le=64,
        description="[decision] Largest Hamming distance (of 64 bits) between the perceptual "
        "hashes of a product image and a protected image that still matches.",
    )

    image_crops: tuple[float, ...] = Field(
        min_length=1,
        description="[decision] Fractions of a protected image's width or height cut from "
        "each side, in every combination, to match copies that sellers cropped.",
    )

    @field_validator("image_crops")
    @classmethod
    def _crop_fractions(cls, value: tuple[float, ...]) -> tuple[float, ...]:
        if any(not 0 <= crop < 0.25 for crop in value):
            raise ValueError("crop fractions are at least 0 and below 0.25")
        return value

    @field_validator("step_scores")
    @classmethod
    def _known_steps(cls, value: dict[str, float]) -> dict[str, float]:
        steps = {
            "exact",
            "case_width",
            "accent",
            "homoglyph",
            "leetspeak",
            "spacing",
            "misspelling",
            "alias",
            "chinese",
            "brand_field",
            "image",
        }
        check_codes(value, steps, "step")
        missing = sorted(steps - set(value))
        if missing:
            raise ValueError(f"step_scores lacks {', '.join(missing)}")
        if any(not 0 <= score <= 1 for score in value.values()):
            raise ValueError("step scores are between 0 and 1")
        return value

    @model_validator(mode="after")
    def _two_edits_longer(self) -> RadarDetection:
        if self.fuzzy_two_edits_min_length <= self.fuzzy_min_length:
            raise KeyedValueError(
                "fuzzy_two_edits_min_length", "must be greater than fuzzy_min_length"
            )
        return self


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
