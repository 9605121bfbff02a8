"""Typed, validated rule-set objects. Every number of the rulebook lives in one of these.

A rule-set file (TOML) is parsed into :class:`RuleSet`; a wrong or unknown key fails with
its dotted path. Sections a rule-set does not have (e.g. tracking visibility before
2022-11-11) are ``None``: the feature is not in force under that rule-set.

The star-level section lives in :mod:`sellerstar.rules.star_level`, the guarantee sections
(guaranteed delivery, the guaranteed service, on-time shipment) in
:mod:`sellerstar.rules.guarantee`, the programmes that launched in autumn 2022 (radar,
sample venue, reviews, service market) in :mod:`sellerstar.rules.programs`; all are
re-exported here. The code lists a section may name are typed in
:mod:`sellerstar.rules.codes`.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import pycountry
from pydantic import Field, ValidationInfo, field_validator, model_validator

from sellerstar.rules._base import ClockTime, Day, KeyedValueError, _Section, check_unique
from sellerstar.rules.codes import (
    AppealTypes,
    Destinations,
    EventSources,
    ExportModes,
    OrderStatuses,
    ThirdPartySources,
    TradeTerms,
    Transports,
)
from sellerstar.rules.fairs import SelectionFairs
from sellerstar.rules.guarantee import GuaranteedDelivery, GuaranteeService, OnTimeShipment
from sellerstar.rules.penalties import PenaltyLedger
from sellerstar.rules.programs import (
    ProductRadar,
    SampleIndustry,
    SampleVenue,
    ServiceMarket,
)
from sellerstar.rules.recruitment import Recruitment
from sellerstar.rules.reviews import (
    DirectReviews,
    Rankings,
    Reviews,
    SelectedProduct,
    WellReviewed,
)
from sellerstar.rules.star_level import (
    AssuranceScoring,
    AssuranceTracks,
    BasicServiceGate,
    CurvePoint,
    FastTradeAssuranceScoring,
    MetricScoring,
    OfficialEvaluation,
    StarLevel,
)

__all__ = [
    "AssuranceScoring",
    "AssuranceTracks",
    "BasicServiceGate",
    "Calendar",
    "CurvePoint",
    "DirectReviews",
    "FastTradeAssuranceScoring",
    "GuaranteeService",
    "GuaranteedDelivery",
    "MetricScoring",
    "OfficialEvaluation",
    "OnTimeShipment",
    "PenaltyLedger",
    "ProductRadar",
    "Rankings",
    "Recruitment",
    "Reviews",
    "RuleSet",
    "SampleIndustry",
    "SampleVenue",
    "SelectedProduct",
    "SelectionFairs",
    "ServiceMarket",
    "TrackingAppeals",
    "TrackingVisibility",
    "WellReviewed",
]


class Calendar(_Section):
    """Platform calendar: time zone, data lag and the core-10 countries."""

    timezone: str = Field(description="IANA time zone all calendar dates are taken in.")
    data_lag_days: int = Field(ge=0, description="View date V shows stat date V - lag.")
    refresh_before: ClockTime = Field(description="Daily figures are refreshed before this time.")
    core_countries: tuple[str, ...] = Field(
        min_length=1, description="The core-10 countries (ISO 3166-1 alpha-2)."
    )

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown IANA time zone {value!r}") from None
        return value

    @field_validator("core_countries")
    @classmethod
    def _iso_countries(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for code in value:
            if (
                len(code) != 2
                or not code.isupper()
                or pycountry.countries.get(alpha_2=code) is None
            ):
                raise ValueError(f"{code!r} is not an ISO 3166-1 alpha-2 country code")
        check_unique(value, "country")
        return value


class TrackingAppeals(_Section):
    """Appeals against a failing shipment (rulebook §1.4)."""

    first_disclosure_after_ship_days: int = Field(
        ge=0, description="Stat date of first disclosure = ship date + this many days."
    )
    first_disclosure_from: Day = Field(
        description="First stat date the metric is in force: nothing is disclosed before it, "
        "so first disclosure = max(ship date + first_disclosure_after_ship_days, this)."
    )
    window_days: int = Field(ge=1, description="Days the appeal button stays open, day 1 incl.")
    review_sla_days: int = Field(ge=1, description="Calendar days the platform has to decide.")
    types: AppealTypes = Field(min_length=1, description="Appeal types offered.")
    third_party_sources: ThirdPartySources = Field(
        description="Event sources that count as third-party evidence."
    )
    third_party_min_events: int = Field(ge=1, description="Third party: events that suffice.")
    third_party_min_real_events: int = Field(
        ge=1, description="Third party: non-pre-advice events that suffice."
    )
    auto_decide: bool = Field(
        description="Let the pre-check decide unambiguous appeals without an operator."
    )
    supplement_days: int = Field(
        ge=1,
        description="Calendar days (the request's day first) a merchant has to add the "
        "material an operator asked for; the review time pauses meanwhile.",
    )
    supplement_max_requests: int = Field(
        ge=0, description="How many times an operator may ask for material on one appeal."
    )


class TrackingVisibility(_Section):
    """Tracking visibility rate (rulebook §1)."""

    window_start_days: int = Field(ge=0, description="Oldest ship date counted: S - this.")
    window_end_days: int = Field(ge=0, description="Newest ship date counted: S - this.")
    newest_exempt_days: int = Field(
        ge=0, description="The newest this-many days of the window count and show as passing."
    )
    launch_exempt_through: Day = Field(
        description="Orders shipped on or before this date count and show as passing."
    )
    min_events_to_pass: int = Field(ge=1, description="Platform events a shipment needs.")
    counted_event_sources: EventSources = Field(
        min_length=1, description="Event sources that count automatically."
    )
    order_statuses: OrderStatuses = Field(min_length=1, description="Statuses in scope.")
    export_modes: ExportModes = Field(min_length=1, description="Export modes in scope.")
    transports: Transports = Field(min_length=1, description="Transports in scope.")
    excluded_trade_terms: TradeTerms = Field(description="Trade terms out of scope.")
    destinations: Destinations = Field(
        description="`core` (the calendar's core countries) or `all`."
    )
    no_orders_rate: float = Field(
        ge=0, le=1, description="Rate shown and scored with no orders in scope."
    )
    appeals: TrackingAppeals = Field(description="Appeals against failing shipments.")

    @field_validator("window_end_days")
    @classmethod
    def _window_is_ordered(cls, value: int, info: ValidationInfo) -> int:
        start = info.data.get("window_start_days")
        if start is not None and value > start:
            raise ValueError(f"must not exceed window_start_days ({value} > {start})")
        return value

    @field_validator("newest_exempt_days")
    @classmethod
    def _exemption_fits(cls, value: int, info: ValidationInfo) -> int:
        start, end = info.data.get("window_start_days"), info.data.get("window_end_days")
        if start is not None and end is not None and end + value - 1 > start:
            raise ValueError(f"the newest {value} days do not fit in the window S-{start}..S-{end}")
        return value

    @model_validator(mode="after")
    def _disclosure_inside_window(self) -> TrackingVisibility:
        disclosure = self.appeals.first_disclosure_after_ship_days
        if not self.window_end_days <= disclosure <= self.window_start_days:
            raise KeyedValueError(
                "appeals.first_disclosure_after_ship_days",
                f"{disclosure} lies outside the window "
                f"S-{self.window_start_days}..S-{self.window_end_days}",
            )
        return self


class RuleSet(_Section):
    """One version of the rulebook, in force from its effective date until the next one."""

    id: str = Field(
        pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$",
        description="Name of the rule-set; also the stem of its file name.",
    )
    effective: Day = Field(description="First platform date the rule-set is in force.")
    description: str = Field(min_length=1, description="What this version is and changes.")
    announced: Day | None = Field(
        default=None,
        description="Day merchants are told of this version's changes: a banner shows them "
        "from then on (docs/rule-changes.md); absent = on the effective date.",
    )
    new_for_days: int = Field(
        default=0,
        ge=0,
        description="Days after the effective date the banner still shows the changes as new.",
    )
    calendar: Calendar = Field(description="Time zone, data lag, core countries.")
    tracking_visibility: TrackingVisibility | None = Field(
        default=None, description="Tracking visibility rate; absent = not in force."
    )
    guaranteed_delivery: GuaranteedDelivery | None = Field(
        default=None, description="Guaranteed-delivery coverage; absent = not in force."
    )
    guarantee_service: GuaranteeService = Field(description="The guaranteed upgrade service.")
    on_time_shipment: OnTimeShipment = Field(description="On-time shipment rate.")
    penalty_points: PenaltyLedger = Field(
        description="The penalty-points ledger: expiry, the risk health score."
    )
    star_level: StarLevel = Field(description="Star ladder, gate, evaluation, scoring, benefits.")
    product_radar: ProductRadar | None = Field(
        default=None, description="Product radar; absent = not in force."
    )
    sample_venue: SampleVenue | None = Field(
        default=None, description="Discount sample venue; absent = not in force."
    )
    selection_fairs: SelectionFairs | None = Field(
        default=None, description="Two-way selection fairs (双选会); absent = not in force."
    )
    reviews: Reviews | None = Field(default=None, description="Reviews; absent = not in force.")
    service_market: ServiceMarket | None = Field(
        default=None, description="Service-market launch coupons; absent = not in force."
    )
    recruitment: Recruitment | None = Field(
        default=None, description="Talent recruitment; absent = not in force."
    )

    @property
    def announced_on(self) -> dt.date:
        """The day the changes are announced (the effective date unless set earlier)."""
        return self.announced or self.effective

    @field_validator("announced")
    @classmethod
    def _announced_in_advance(cls, value: dt.date | None, info: ValidationInfo) -> dt.date | None:
        effective = info.data.get("effective")
        if value is not None and effective is not None and value > effective:
            raise ValueError(f"{value} is after the effective date {effective}")
        return value

    @model_validator(mode="after")
    def _scoring_matches_metrics(self) -> RuleSet:
        tracks = self.star_level.assurance
        for name, track in (("custom", tracks.custom), ("fast_trade", tracks.fast_trade)):
            _require_scoring_iff(
                f"star_level.assurance.{name}.tracking_visibility_rate",
                scored=track.tracking_visibility_rate is not None,
                in_force=self.tracking_visibility is not None,
                section="tracking_visibility",
            )
        _require_scoring_iff(
            "star_level.assurance.fast_trade.guaranteed_delivery_coverage",
            scored=tracks.fast_trade.guaranteed_delivery_coverage is not None,
            in_force=self.guaranteed_delivery is not None,
            section="guaranteed_delivery",
        )
        return self


def _require_scoring_iff(key: str, *, scored: bool, in_force: bool, section: str) -> None:
    if scored and not in_force:
        raise KeyedValueError(key, f"is scored but the rule-set has no [{section}] section")
    if in_force and not scored:
        raise KeyedValueError(key, f"missing: [{section}] is in force, so it must be scored")
