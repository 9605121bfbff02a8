"""The rule-set model and the values of the shipped rule-sets against the rulebook."""

from __future__ import annotations

import datetime as dt
import typing

import pytest
from pydantic import BaseModel

from sellerstar.rules import RuleBook, RuleSet, load_rulebook
from sellerstar.rules.model import CurvePoint, MetricScoring, StarLevel

# Rulebook §4, both halves of the table: industry, group, min price (USD), max factor.
RULEBOOK_SAMPLE_TABLE = [
    ("Beauty & Personal Care", "consumer", 5, 0.6),
    ("Apparel", "consumer", 5, 0.7),
    ("Home & Garden", "consumer", 5, 0.6),
    ("Consumer Electronics", "consumer", 5, 0.6),
    ("Sports & Entertainment", "consumer", 5, 0.6),
    ("Timepieces, Jewelry & Eyewear", "consumer", 5, 0.7),
    ("Luggage, Bags & Cases", "consumer", 5, 0.9),
    ("Gifts & Crafts", "consumer", 5, 0.6),
    ("Toys & Hobbies", "consumer", 5, 0.6),
    ("Home Appliances", "consumer", 10, 0.6),
    ("Home Textiles", "consumer", 5, 0.6),
    ("Fashion Accessories", "consumer", 5, 0.6),
    ("Shoes & Accessories", "consumer", 5, 0.9),
    ("Construction & Real Estate", "industrial", 5, 0.5),
    ("Furniture", "industrial", 5, 0.5),
    ("Lights & Lighting", "industrial", 5, 0.5),
    ("Vehicle Parts & Accessories", "industrial", 10, 0.7),
    ("Packaging & Printing", "industrial", 5, 0.5),
    ("Renewable Energy", "industrial", 5, 0.5),
    ("Tools & Hardware", "industrial", 10, 0.7),
    ("Power Transmission", "industrial", 10, 0.7),
    ("Testing Instrument & Equipment", "industrial", 10, 0.7),
    ("Electrical Equipment & Supplies", "industrial", 5, 0.5),
    ("Security", "industrial", 1, 0.5),
    ("Safety", "industrial", 5, 0.5),
]


@pytest.fixture(scope="module")
def book() -> RuleBook:
    return load_rulebook()


@pytest.fixture(scope="module")
def current(book: RuleBook) -> RuleSet:
    return book.get("2022-11")


def _section_models(model: type[BaseModel]) -> set[type[BaseModel]]:
    found = {model}
    for info in model.model_fields.values():
        for candidate in (info.annotation, *typing.get_args(info.annotation)):
            if isinstance(candidate, type) and issubclass(candidate, BaseModel):
                found |= _section_models(candidate)
    return found


def test_every_field_of_every_section_has_a_description() -> None:
    models = _section_models(RuleSet)
    assert len(models) > 20
    missing = [
        f"{model.__name__}.{name}"
        for model in models
        for name, info in model.model_fields.items()
        if not (info.description or "").strip()
    ]
    assert missing == []


def test_rule_sets_are_frozen(current: RuleSet) -> None:
    with pytest.raises(ValueError, match="frozen"):
        current.calendar.data_lag_days = 3  # type: ignore[misc]


def test_sample_venue_table_is_the_rulebook_table(current: RuleSet) -> None:
    venue = current.sample_venue
    assert venue is not None
    rows = [
        (row.industry, row.group, row.min_sample_price_usd, row.max_discount_factor)
        for row in venue.industries
    ]
    assert rows == RULEBOOK_SAMPLE_TABLE
    assert venue.industry("Security") == venue.industries[23]
    assert venue.industry("Agricultural Machinery") is None


def test_2022_11_calendar_and_tracking_visibility_are_the_rulebook(current: RuleSet) -> None:
    assert current.calendar.timezone == "Asia/Shanghai"
    assert current.calendar.data_lag_days == 2
    assert current.calendar.refresh_before == dt.time(6, 0)
    assert current.calendar.core_countries == (
        "GB", "US", "CA", "AU", "NZ", "DE", "FR", "ES", "IT", "NL",
    )  # fmt: skip
    tv = current.tracking_visibility
    assert tv is not None
    assert (tv.window_start_days, tv.window_end_days, tv.newest_exempt_days) == (74, 15, 7)
    assert tv.launch_exempt_through == dt.date(2022, 10, 5)
    assert tv.min_events_to_pass == 2
    assert tv.counted_event_sources == ("platform",)
    assert tv.order_statuses == ("shipped", "received", "completed")
    assert (tv.export_modes, tv.transports) == (("tad",), ("express",))
    assert tv.excluded_trade_terms == ("EXW", "FCA")
    assert tv.destinations == "core"
    assert tv.no_orders_rate == 1.0
    appeals = tv.appeals
    assert appeals.first_disclosure_after_ship_days == 22
    assert (appeals.window_days, appeals.review_sla_days) == (7, 7)
    assert appeals.types == ("backend_has_two", "single_real_event", "third_party_tracking")
    assert appeals.third_party_sources == ("17track", "kuaidi100")
    assert (appeals.third_party_min_events, appeals.third_party_min_real_events) == (2, 1)
    assert appeals.auto_decide is False


def test_2022_11_guaranteed_delivery_and_service_are_the_rulebook(current: RuleSet) -> None:
    gd = current.guaranteed_delivery
    assert gd is not None
    assert (gd.lookback_days, gd.default_pass_max_orders, gd.destinations) == (90, 10, "core")
    assert gd.payment_methods == ("tt", "credit_card", "e_payment")
    assert gd.transports == ("express", "postal")
    assert gd.export_modes == ("self_export", "tad")
    assert gd.covered_countries == 169
    service = current.guarantee_service
    assert service.qualifying_memberships == (
        "export_pass",
        "global_treasure",
        "gold_supplier_plus",
    )
    assert service.admitted_ta_statuses == ("active",)
    assert (service.min_days_before_leaving, service.rejoin_block_days) == (30, 30)
    assert (service.fast_trade_min_rts_products, service.fast_trade_max_ship_days) == (100, 7)
    assert (service.compensation_rate, service.compensation_cap_usd) == (0.10, 100.0)
    assert current.on_time_shipment.window_days == 30
    assert current.on_time_shipment.excluded_statuses == ("cancelled",)


def test_2022_11_star_level_is_the_rulebook(current: RuleSet) -> None:
    star = current.star_level
    assert star.capability_thresholds == (60, 70, 80, 85, 90)
    assert (star.basic_service_gate.min_due_orders, star.basic_service_gate.min_on_time_rate) == (
        11,
        0.80,
    )
    assert (star.official_evaluation.day, star.official_evaluation.at) == (5, dt.time(9, 0))
    assert set(star.assurance.custom.scored_metrics()) == {
        "on_time_shipment_rate",
        "risk_health_score",
        "buyer_review_score",
        "tracking_visibility_rate",
    }
    assert set(star.assurance.fast_trade.scored_metrics()) == {
        "on_time_shipment_rate",
        "risk_health_score",
        "buyer_review_score",
        "tracking_visibility_rate",
        "guaranteed_delivery_coverage",
    }
    assert sorted(star.benefits) == [1, 2, 3, 4, 5]


def test_2022_11_programmes_are_the_rulebook(current: RuleSet) -> None:
    radar, venue, reviews, market = (
        current.product_radar,
        current.sample_venue,
        current.reviews,
        current.service_market,
    )
    assert radar is not None and venue is not None and reviews is not None
    assert market is not None
    assert radar.live_date == dt.date(2022, 10, 25)
    assert radar.categories == ("risk_control", "logistics", "service", "price", "other")
    assert (radar.rectification_deadline_days, radar.qualification_review_hours) == (7, 24)
    assert (radar.appeal_review_hours, radar.appeals_per_task) == (48, 1)
    assert venue.live_date == dt.date(2022, 10, 31)
    assert venue.min_buyer_tier == "L2"
    assert (venue.max_products_per_merchant, venue.min_stock) == (200, 10)
    assert venue.growth_score_must_exceed == 65
    assert reviews.live_date == dt.date(2022, 11, 4)
    assert reviews.transaction_review_window_days == 90
    assert reviews.direct is not None and reviews.well_reviewed is not None
    assert reviews.rankings is not None and reviews.selected_product is not None
    assert reviews.direct.interaction_lookback_days == 180
    assert reviews.direct.high_tier_buyers == ("L3", "L4")
    assert not reviews.direct.scores_count_in_ratings
    well = reviews.well_reviewed
    assert (well.lookback_days, well.min_reviews, well.min_mean_product_quality) == (90, 1, 4)
    assert reviews.rankings.products_per_leaf_category == 50
    assert reviews.rankings.merchants_per_list == 10
    assert reviews.store_rating.lookback_days == 365
    labels = [(step.min_rating, step.label) for step in reviews.store_rating.labels]
    assert labels == [(4.5, "very_satisfied"), (4.0, "satisfied"), (3.0, "neutral")]
    assert reviews.store_rating.label(2.99) == "unsatisfied"
    assert reviews.buyer_review_score_from_reviews
    selected = reviews.selected_product
    assert selected.buyer_tiers == ("L3", "L4")
    assert (selected.min_review_score, selected.min_overall_rating) == (4, 4)
    assert reviews.tier_badges == {"L3": "Platinum", "L4": "Pro"}
    assert reviews.invitation_best_within_days == 5
    assert market.coupons_per_tool_per_main_account == 1
    assert (market.coupon_valid_days, market.coupon_stock) == (1, 50)


def test_baseline_differs_from_2022_11_only_where_the_rulebook_changed(book: RuleBook) -> None:
    old, new = book.get("baseline"), book.get("2022-11")
    assert old.calendar == new.calendar
    assert old.guarantee_service == new.guarantee_service
    assert old.on_time_shipment == new.on_time_shipment
    assert old.star_level.capability_thresholds == new.star_level.capability_thresholds
    assert old.star_level.basic_service_gate == new.star_level.basic_service_gate
    assert old.star_level.official_evaluation == new.star_level.official_evaluation
    assert old.star_level.benefits == new.star_level.benefits
    old_custom = old.star_level.assurance.custom
    assert set(old_custom.scored_metrics()) == {
        "on_time_shipment_rate",
        "risk_health_score",
        "buyer_review_score",
    }


# --- behaviour of the model ------------------------------------------------------------------


def _curve(*corners: tuple[float, float]) -> MetricScoring:
    points = tuple(CurvePoint(value=value, points=points) for value, points in corners)
    return MetricScoring(weight=1, curve=points)


def test_points_interpolate_linearly_between_corners() -> None:
    scoring = _curve((0.0, 0.0), (0.8, 60.0), (1.0, 100.0))
    assert scoring.points_at(0.4) == pytest.approx(30.0)
    assert scoring.points_at(0.8) == pytest.approx(60.0)
    assert scoring.points_at(0.9) == pytest.approx(80.0)
    assert scoring.points_at(1.0) == pytest.approx(100.0)


def test_points_are_flat_outside_the_curve() -> None:
    scoring = _curve((3.0, 40.0), (5.0, 100.0))
    assert scoring.points_at(0.0) == 40.0
    assert scoring.points_at(7.0) == 100.0


def test_shipped_curves_start_at_zero_and_end_at_full_marks(book: RuleBook) -> None:
    for rule_set in book.rule_sets:
        tracks = rule_set.star_level.assurance
        for track in (tracks.custom, tracks.fast_trade):
            for name, scoring in track.scored_metrics().items():
                assert scoring.points_at(scoring.curve[0].value) == 0, (rule_set.id, name)
                assert scoring.points_at(scoring.curve[-1].value) == 100, (rule_set.id, name)


def test_the_gate_rate_earns_the_one_star_threshold(current: RuleSet) -> None:
    # Decision: an on-time rate at the basic-service gate is worth exactly 1 star of points.
    ots = current.star_level.assurance.custom.on_time_shipment_rate
    gate = current.star_level.basic_service_gate.min_on_time_rate
    assert ots.points_at(gate) == current.star_level.capability_thresholds[0]


@pytest.mark.parametrize(
    ("score", "stars"),
    [(0, 0), (59.99, 0), (60, 1), (69.9, 1), (70, 2), (80, 3), (84.9, 3), (85, 4), (90, 5)],
)
def test_the_ladder_turns_a_capability_score_into_stars(
    current: RuleSet, score: float, stars: int
) -> None:
    assert current.star_level.stars_for(score) == stars
    assert current.star_level.max_stars == 5


def test_benefits_are_cumulative_by_star(current: RuleSet) -> None:
    benefits = current.star_level.benefits
    for star in range(2, current.star_level.max_stars + 1):
        assert set(benefits[star - 1]) < set(benefits[star])


def test_thresholds_outside_0_to_100_are_refused(current: RuleSet) -> None:
    data = current.star_level.model_dump()
    data["capability_thresholds"] = (60, 70, 80, 85, 101)
    with pytest.raises(ValueError, match=r"thresholds must lie in 0\.\.100"):
        StarLevel.model_validate(data)


def test_a_json_dump_loads_back_into_an_equal_rule_set(book: RuleBook) -> None:
    for rule_set in book.rule_sets:
        assert RuleSet.model_validate_json(rule_set.model_dump_json()) == rule_set
