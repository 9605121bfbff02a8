"""The rule book: loading the shipped sets, which set is in force, and bad rule-set files."""

from __future__ import annotations

import copy
import datetime as dt
import re
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from sellerstar.errors import ConfigurationError, InputError
from sellerstar.rules import RuleBook, RuleSet, load_rulebook
from sellerstar.rules.book import load_rule_set, parse_rule_set

SHIPPED = resources.files("sellerstar.rules").joinpath("rulesets")
# A numbered section, or one of the rulebook's unnumbered parts.
_RULEBOOK_PART = re.compile(r"§\d|^Dates|^Core 10 countries|glossary")


def _shipped_text(name: str) -> str:
    return SHIPPED.joinpath(name).read_text(encoding="utf-8")


def _shipped_data(name: str) -> dict[str, Any]:
    return tomllib.loads(_shipped_text(name))


def _error_of(name: str, data: dict[str, Any]) -> str:
    with pytest.raises(ConfigurationError) as caught:
        parse_rule_set(name, data)
    return str(caught.value)


@pytest.fixture(scope="module")
def book() -> RuleBook:
    return load_rulebook()


# --- shipped files -------------------------------------------------------------------------


def test_shipped_rule_sets_are_package_data_read_through_importlib_resources() -> None:
    names = sorted(entry.name for entry in SHIPPED.iterdir() if entry.name.endswith(".toml"))
    assert names == [
        "2022-10-25.toml",
        "2022-10-28.toml",
        "2022-10-31.toml",
        "2022-11-04.toml",
        "2022-11.toml",
        "baseline.toml",
    ]


def test_the_book_holds_every_set_oldest_first(book: RuleBook) -> None:
    assert [(rs.id, rs.effective) for rs in book.rule_sets] == [
        ("baseline", dt.date(2020, 1, 1)),
        ("2022-10-25", dt.date(2022, 10, 25)),
        ("2022-10-28", dt.date(2022, 10, 28)),
        ("2022-10-31", dt.date(2022, 10, 31)),
        ("2022-11-04", dt.date(2022, 11, 4)),
        ("2022-11", dt.date(2022, 11, 11)),
    ]


def test_the_radar_set_adds_the_radar_and_the_ledger_and_nothing_else(book: RuleBook) -> None:
    radar = book.get("2022-10-25")
    assert radar.product_radar is not None
    assert radar.tracking_visibility is None
    assert radar.guaranteed_delivery is None
    assert radar.penalty_points.risk_health_from_ledger
    assert not book.get("baseline").penalty_points.risk_health_from_ledger
    assert book.get("2022-11").penalty_points.risk_health_from_ledger


def test_the_sample_venue_starts_on_2022_10_31_and_changes_nothing_else(book: RuleBook) -> None:
    before, on = book.get("2022-10-28"), book.get("2022-10-31")
    assert before.sample_venue is None
    assert on.sample_venue is not None and on.sample_venue.live_date == dt.date(2022, 10, 31)
    later = (book.get("2022-11-04").sample_venue, book.get("2022-11").sample_venue)
    assert later == (on.sample_venue, on.sample_venue)
    assert on.sample_venue.lost_right_ends == "operator"
    unchanged = {"id", "effective", "description", "announced", "sample_venue"}
    assert on.model_dump(exclude=unchanged) == before.model_dump(exclude=unchanged)


def test_the_service_market_is_in_force_on_its_launch_day(book: RuleBook) -> None:
    """The coupons' section starts with the launch day (it was only in "2022-11", which is
    in force from 2022-11-11, after the day) and stays in every later set unchanged."""
    assert book.get("2022-10-25").service_market is None
    market = book.in_force(dt.date(2022, 10, 28)).service_market
    assert market is not None and market.launch_date == dt.date(2022, 10, 28)
    assert (market.coupon_stock, market.coupons_per_tool_per_main_account) == (50, 1)
    assert market.eligible_merchant_countries == ("CN",)
    later = [book.get(i).service_market for i in ("2022-10-31", "2022-11-04", "2022-11")]
    assert later == [market, market, market]
    on, before = book.get("2022-10-28"), book.get("2022-10-25")
    unchanged = {
        "id",
        "effective",
        "description",
        "announced",
        "service_market",
        "recruitment",
        "selection_fairs",
    }
    assert on.model_dump(exclude=unchanged) == before.model_dump(exclude=unchanged)


def test_recruitment_is_in_force_from_2022_10_28_with_one_section(book: RuleBook) -> None:
    """The mini-program launched at the briefing (2022-10-28), with the service market."""
    assert book.get("2022-10-25").recruitment is None
    names = ("2022-10-28", "2022-10-31", "2022-11-04", "2022-11")
    sections = [book.get(name).recruitment for name in names]
    assert sections[0] is not None and sections == [sections[0]] * 4
    assert sections[0].candidates_shown == 20 and 0 <= sections[0].bm25_b <= 1


def test_a_recruitment_section_refuses_an_upside_down_interview_length() -> None:
    from pydantic import ValidationError

    from sellerstar.rules.recruitment import Recruitment

    values = {
        "bm25_k1": 1.2,
        "bm25_b": 0.75,
        "skills_weight": 1.0,
        "duties_weight": 0.5,
        "candidates_shown": 20,
        "interview_min_minutes": 60,
        "interview_max_minutes": 30,
        "currencies": ("CNY",),
    }
    with pytest.raises(ValidationError, match="interview_min_minutes"):
        Recruitment(**values)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="ISO 4217"):
        Recruitment(**(values | {"interview_max_minutes": 60, "currencies": ("rmb",)}))  # type: ignore[arg-type]


def test_the_selection_fairs_bounds_hold_from_2022_10_28_on(book: RuleBook) -> None:
    assert book.get("baseline").selection_fairs is None
    assert book.get("2022-10-25").selection_fairs is None
    names = ("2022-10-28", "2022-10-31", "2022-11-04", "2022-11")
    fairs = [book.get(i).selection_fairs for i in names]
    assert fairs[0] is not None and fairs == [fairs[0]] * 4
    assert fairs[0].max_choices_per_student == 5


def test_baseline_lacks_what_launched_later(book: RuleBook) -> None:
    baseline = book.get("baseline")
    assert baseline.tracking_visibility is None
    assert baseline.guaranteed_delivery is None
    assert baseline.product_radar is None
    assert baseline.sample_venue is None
    # Transaction reviews predate the launch, with a 30-day window and nothing else of §5.
    assert baseline.reviews is not None
    assert baseline.reviews.transaction_review_window_days == 30
    assert not baseline.reviews.buyer_review_score_from_reviews
    assert baseline.reviews.direct is None and baseline.reviews.well_reviewed is None
    assert baseline.reviews.rankings is None and baseline.reviews.selected_product is None
    assert baseline.service_market is None
    for track in (baseline.star_level.assurance.custom, baseline.star_level.assurance.fast_trade):
        assert track.tracking_visibility_rate is None
    assert baseline.star_level.assurance.fast_trade.guaranteed_delivery_coverage is None


@pytest.mark.parametrize(
    "name",
    [
        "baseline.toml",
        "2022-10-25.toml",
        "2022-10-28.toml",
        "2022-10-31.toml",
        "2022-11-04.toml",
        "2022-11.toml",
    ],
)
def test_every_toml_value_names_its_rulebook_section(name: str) -> None:
    lines = _shipped_text(name).splitlines()
    table = ""
    for number, line in enumerate(lines, start=1):
        if line.startswith("["):
            table = line
            if table == "[star_level.benefits]":  # one comment above covers the table
                assert "§" in lines[number - 2], f"{name}:{number - 1}"
        elif re.match(r"[A-Za-z0-9_]+ = ", line) and table != "[star_level.benefits]":
            comment = line.partition(" # ")[2]
            assert _RULEBOOK_PART.search(comment), f"{name}:{number} names no section: {line}"


def test_get_unknown_id_names_the_known_ones(book: RuleBook) -> None:
    with pytest.raises(
        InputError,
        match=r"no rule-set with id 'nope' \(known: baseline, 2022-10-25, 2022-10-28, 2022-10-31, "
        r"2022-11-04, 2022-11\)",
    ):
        book.get("nope")


# --- which set is in force ---------------------------------------------------------------------


def test_in_force_switches_on_the_effective_date(book: RuleBook) -> None:
    assert book.in_force(dt.date(2022, 10, 24)).id == "baseline"
    assert book.in_force(dt.date(2022, 10, 25)).id == "2022-10-25"
    assert book.in_force(dt.date(2022, 10, 27)).id == "2022-10-25"
    assert book.in_force(dt.date(2022, 10, 28)).id == "2022-10-28"
    assert book.in_force(dt.date(2022, 10, 30)).id == "2022-10-28"
    assert book.in_force(dt.date(2022, 10, 31)).id == "2022-10-31"
    assert book.in_force(dt.date(2022, 11, 3)).id == "2022-10-31"
    assert book.in_force(dt.date(2022, 11, 4)).id == "2022-11-04"
    assert book.in_force(dt.date(2022, 11, 10)).id == "2022-11-04"
    assert book.in_force(dt.date(2022, 11, 11)).id == "2022-11"
    assert book.in_force(dt.date(2030, 1, 1)).id == "2022-11"
    assert book.in_force(dt.date(2020, 1, 1)).id == "baseline"


def test_before_the_first_rule_set_nothing_is_in_force(book: RuleBook) -> None:
    with pytest.raises(
        ConfigurationError, match=r"no rule-set is in force on 2019-12-31.*2020-01-01"
    ):
        book.in_force(dt.date(2019, 12, 31))


def test_in_force_at_takes_the_date_in_the_platform_time_zone(book: RuleBook) -> None:
    # 2022-11-11 00:00 in Asia/Shanghai is 2022-11-10 16:00 UTC.
    at = book.in_force_at
    assert at(dt.datetime(2022, 11, 10, 15, 59, 59, tzinfo=dt.UTC)).id == "2022-11-04"
    assert at(dt.datetime(2022, 11, 10, 16, 0, tzinfo=dt.UTC)).id == "2022-11"
    assert at(dt.datetime(2022, 10, 24, 15, 59, 59, tzinfo=dt.UTC)).id == "baseline"
    assert at(dt.datetime(2022, 10, 24, 16, 0, tzinfo=dt.UTC)).id == "2022-10-25"


def test_a_stat_date_uses_the_set_in_force_on_its_view_date(book: RuleBook) -> None:
    # Predicted star level changes from view date 2022-11-11 = stat date 2022-11-09 + 2.
    assert book.for_stat_date(dt.date(2022, 11, 8)).id == "2022-11-04"
    assert book.for_stat_date(dt.date(2022, 11, 1)).id == "2022-10-31"
    assert book.for_stat_date(dt.date(2022, 10, 28)).id == "2022-10-28"
    assert book.for_stat_date(dt.date(2022, 10, 25)).id == "2022-10-25"
    assert book.for_stat_date(dt.date(2022, 10, 26)).id == "2022-10-28"
    assert book.for_stat_date(dt.date(2022, 10, 29)).id == "2022-10-31"
    assert book.for_stat_date(dt.date(2022, 11, 2)).id == "2022-11-04"
    assert book.for_stat_date(dt.date(2022, 11, 9)).id == "2022-11"
    assert book.for_stat_date(dt.date(2022, 10, 22)).id == "baseline"
    assert book.for_stat_date(dt.date(2022, 10, 23)).id == "2022-10-25"


def test_official_evaluation_of_november_uses_the_reviews_set_december_the_new(
    book: RuleBook,
) -> None:
    october = book.for_official_evaluation("2022-10")
    assert october.id == "baseline"
    november = book.for_official_evaluation("2022-11")
    assert november.id == "2022-11-04"
    assert november.tracking_visibility is None
    assert november.guaranteed_delivery is None
    december = book.for_official_evaluation("2022-12")
    assert december.id == "2022-11"
    assert december.tracking_visibility is not None
    assert december.guaranteed_delivery is not None


def test_official_evaluation_uses_the_configured_day(book: RuleBook) -> None:
    # An evaluation day of 12 would fall after the 2022-11-11 switch.
    late = _with_effective(book.get("2022-11"), "late", dt.date(2023, 3, 12))
    late_day = late.model_copy(
        update={
            "star_level": late.star_level.model_copy(
                update={
                    "official_evaluation": late.star_level.official_evaluation.model_copy(
                        update={"day": 12}
                    )
                }
            )
        }
    )
    on_fifth = RuleBook([*book.rule_sets, late])
    on_twelfth = RuleBook([*book.rule_sets, late_day])
    assert on_fifth.for_official_evaluation("2023-03").id == "2022-11"
    assert on_twelfth.for_official_evaluation("2023-03").id == "late"


def test_official_evaluation_month_must_be_yyyy_mm(book: RuleBook) -> None:
    with pytest.raises(InputError, match="'2022-1' is not a month: expected YYYY-MM"):
        book.for_official_evaluation("2022-1")


def _with_effective(rule_set: RuleSet, rule_set_id: str, effective: dt.date) -> RuleSet:
    return rule_set.model_copy(update={"id": rule_set_id, "effective": effective})


# --- extra folder ------------------------------------------------------------------------------


def _variant(rule_set_id: str, effective: str, old: str = "", new: str = "") -> str:
    text = _shipped_text("2022-11.toml")
    text = text.replace('id = "2022-11"', f'id = "{rule_set_id}"', 1)
    text = text.replace("effective = 2022-11-11", f"effective = {effective}", 1)
    assert old in text
    return text.replace(old, new, 1)


def test_an_extra_folder_adds_rule_sets(tmp_path: Path) -> None:
    (tmp_path / "2023-07.toml").write_text(_variant("2023-07", "2023-07-01"), encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a rule-set", encoding="utf-8")
    extended = load_rulebook(tmp_path)
    assert [rs.id for rs in extended.rule_sets] == [
        "baseline",
        "2022-10-25",
        "2022-10-28",
        "2022-10-31",
        "2022-11-04",
        "2022-11",
        "2023-07",
    ]
    assert extended.in_force(dt.date(2023, 6, 30)).id == "2022-11"
    assert extended.in_force(dt.date(2023, 7, 1)).id == "2023-07"


def test_a_missing_extra_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match=r"rules folder .*missing does not exist"):
        load_rulebook(tmp_path / "missing")


def test_a_bad_file_in_the_extra_folder_names_file_and_key(tmp_path: Path) -> None:
    bad = tmp_path / "2023-07.toml"
    bad.write_text(
        _variant("2023-07", "2023-07-01", "window_start_days = 74", "window_start_days = -1"),
        encoding="utf-8",
    )
    with pytest.raises(ConfigurationError) as caught:
        load_rulebook(tmp_path)
    assert str(caught.value) == (
        f"{bad}: tracking_visibility.window_start_days: Input should be greater than or equal to 0"
    )


def test_duplicate_id_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "2022-11.toml").write_text(_variant("2022-11", "2023-01-01"), encoding="utf-8")
    with pytest.raises(ConfigurationError) as caught:
        load_rulebook(tmp_path)
    assert str(caught.value) == (
        f"{tmp_path / '2022-11.toml'}: id: rule-set id '2022-11' is also used by 2022-11.toml"
    )


def test_duplicate_effective_date_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "other.toml").write_text(_variant("other", "2022-11-11"), encoding="utf-8")
    with pytest.raises(ConfigurationError) as caught:
        load_rulebook(tmp_path)
    assert str(caught.value) == (
        f"{tmp_path / 'other.toml'}: effective: 2022-11-11 is also the effective date of "
        "2022-11.toml"
    )


def test_a_rulebook_built_in_code_refuses_duplicates_too(book: RuleBook) -> None:
    twin = _with_effective(book.get("2022-11"), "2022-11", dt.date(2024, 1, 1))
    with pytest.raises(ConfigurationError, match="rule-set id '2022-11' is also used"):
        RuleBook([*book.rule_sets, twin])
    with pytest.raises(ConfigurationError, match="no rule-set found"):
        RuleBook([])


# --- bad files: one message line per problem, naming file, key and reason ------------------


def test_toml_syntax_error_names_the_line() -> None:
    content = b'id = "x"\neffective = 2023-01-01\n[calendar\n'
    with pytest.raises(ConfigurationError) as caught:
        load_rule_set("x.toml", content)
    message = str(caught.value)
    assert message.startswith("x.toml: TOML syntax error: ")
    assert "line 3" in message


def test_a_file_that_is_not_utf8_is_refused() -> None:
    with pytest.raises(ConfigurationError, match=r"^x\.toml: not UTF-8 text"):
        load_rule_set("x.toml", b'id = "\xff"\n')


def test_the_id_must_equal_the_file_name() -> None:
    assert _error_of("2023.toml", _shipped_data("2022-11.toml")) == (
        "2023.toml: id: '2022-11' must equal the file name '2023'"
    )


def _broken(mutate: Any) -> str:
    data = copy.deepcopy(_shipped_data("2022-11.toml"))
    mutate(data)
    return _error_of("2022-11.toml", data)


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        pytest.param(
            lambda d: d["calendar"].update(colour="red"),
            "calendar.colour: Extra inputs are not permitted",
            id="unknown key",
        ),
        pytest.param(
            lambda d: d["tracking_visibility"]["appeals"].update(window=7),
            "tracking_visibility.appeals.window: Extra inputs are not permitted",
            id="unknown nested key",
        ),
        pytest.param(
            lambda d: d["calendar"].update(data_lag_days="two"),
            "calendar.data_lag_days: Input should be a valid integer, got 'two'",
            id="wrong type",
        ),
        pytest.param(
            lambda d: d["calendar"].update(data_lag_days=True),
            "calendar.data_lag_days: Input should be a valid integer, got True",
            id="bool is not a number",
        ),
        pytest.param(
            lambda d: d["calendar"].update(core_countries="GB"),
            "calendar.core_countries: Input should be an array, got 'GB'",
            id="scalar for a list",
        ),
        pytest.param(
            lambda d: d["tracking_visibility"].update(window_start_days=-1),
            "tracking_visibility.window_start_days: Input should be greater than or equal to 0",
            id="negative number",
        ),
        pytest.param(
            lambda d: d["tracking_visibility"].update(window_end_days=80),
            "tracking_visibility.window_end_days: must not exceed window_start_days (80 > 74)",
            id="window misordered",
        ),
        pytest.param(
            lambda d: d["tracking_visibility"].update(newest_exempt_days=61),
            "tracking_visibility.newest_exempt_days: "
            "the newest 61 days do not fit in the window S-74..S-15",
            id="exemption longer than the window",
        ),
        pytest.param(
            lambda d: d["tracking_visibility"]["appeals"].update(
                first_disclosure_after_ship_days=80
            ),
            "tracking_visibility.appeals.first_disclosure_after_ship_days: "
            "80 lies outside the window S-74..S-15",
            id="first disclosure outside the window",
        ),
        pytest.param(
            lambda d: d.pop("calendar"),
            "calendar: Field required",
            id="missing section",
        ),
        pytest.param(
            lambda d: d.update(effective="2022-13-01"),
            "effective: month must be in 1..12",
            id="bad date",
        ),
        pytest.param(
            lambda d: d["calendar"].update(timezone="Mars/Olympus"),
            "calendar.timezone: unknown IANA time zone 'Mars/Olympus'",
            id="unknown time zone",
        ),
        pytest.param(
            lambda d: d["calendar"].update(core_countries=["GB", "UK"]),
            "calendar.core_countries: 'UK' is not an ISO 3166-1 alpha-2 country code",
            id="not a country code",
        ),
        pytest.param(
            lambda d: d["calendar"].update(core_countries=["GB", "GB"]),
            "calendar.core_countries: country 'GB' is listed twice",
            id="country twice",
        ),
        pytest.param(
            lambda d: d["guaranteed_delivery"].update(transports=["express", "boat"]),
            "guaranteed_delivery.transports: unknown transport 'boat' "
            "(allowed: air, express, land, postal, sea)",
            id="unknown code",
        ),
        pytest.param(
            lambda d: d["tracking_visibility"]["appeals"].update(third_party_sources=["platform"]),
            "tracking_visibility.appeals.third_party_sources: unknown third-party event source "
            "'platform' (allowed: 17track, kuaidi100)",
            id="platform is not third party",
        ),
        pytest.param(
            lambda d: d["tracking_visibility"].update(destinations="europe"),
            "tracking_visibility.destinations: Input should be 'core' or 'all'",
            id="not one of the choices",
        ),
        pytest.param(
            lambda d: d["star_level"]["assurance"]["custom"]["risk_health_score"].update(
                weight=0.3
            ),
            "star_level.assurance.custom: the weights (on_time_shipment_rate.weight, "
            "risk_health_score.weight, buyer_review_score.weight, "
            "tracking_visibility_rate.weight) must sum to 1, they sum to 1.05",
            id="weights do not sum to 1",
        ),
        pytest.param(
            lambda d: d["star_level"]["assurance"]["custom"]["buyer_review_score"]["curve"][
                2
            ].update(value=2.0),
            "star_level.assurance.custom.buyer_review_score.curve: "
            "values must strictly increase (3.0 then 2.0)",
            id="curve not increasing",
        ),
        pytest.param(
            lambda d: d["star_level"]["assurance"]["custom"]["buyer_review_score"]["curve"][
                4
            ].update(value=6.0),
            "star_level.assurance.custom.buyer_review_score.curve[4].value: "
            "6.0 is outside the metric's scale 0..5",
            id="curve outside the metric scale",
        ),
        pytest.param(
            lambda d: d["star_level"]["assurance"]["fast_trade"]["risk_health_score"]["curve"][
                1
            ].update(points=120),
            "star_level.assurance.fast_trade.risk_health_score.curve[1].points: "
            "Input should be less than or equal to 100",
            id="points above 100",
        ),
        pytest.param(
            lambda d: d["star_level"].update(capability_thresholds=[60, 70, 70, 85, 90]),
            "star_level.capability_thresholds: thresholds must strictly increase (70 then 70)",
            id="ladder not climbing",
        ),
        pytest.param(
            lambda d: d["star_level"]["benefits"].pop("5"),
            "star_level.benefits: needs exactly the star levels 1..5, got 1, 2, 3, 4",
            id="benefits miss a star",
        ),
        pytest.param(
            lambda d: d["star_level"]["benefits"].update(top=["Everything"]),
            "star_level.benefits.top (the key): Input should be a valid integer, got 'top'",
            id="benefits key not a star",
        ),
        pytest.param(
            lambda d: d["sample_venue"]["industries"][3].update(max_discount_factor=1.5),
            "sample_venue.industries[3].max_discount_factor: "
            "Input should be less than or equal to 1",
            id="discount factor above 1",
        ),
        pytest.param(
            lambda d: d["sample_venue"]["industries"].append(d["sample_venue"]["industries"][1]),
            "sample_venue.industries: industry 'Apparel' is listed twice",
            id="industry twice",
        ),
        pytest.param(
            lambda d: d["reviews"]["tier_badges"].update(L5="Gold"),
            "reviews.tier_badges.L5 (the key): Input should be 'L0', 'L1', 'L2', 'L3' or 'L4'",
            id="unknown buyer tier",
        ),
    ],
)
def test_a_bad_value_names_its_dotted_key(mutate: Any, message: str) -> None:
    assert _broken(mutate) == f"2022-11.toml: {message}"


def test_a_metric_not_in_force_cannot_be_scored() -> None:
    data = copy.deepcopy(_shipped_data("2022-11.toml"))
    del data["tracking_visibility"]
    assert _error_of("2022-11.toml", data) == (
        "2022-11.toml: star_level.assurance.custom.tracking_visibility_rate: "
        "is scored but the rule-set has no [tracking_visibility] section"
    )


def test_a_metric_in_force_must_be_scored() -> None:
    data = copy.deepcopy(_shipped_data("2022-11.toml"))
    fast_trade = data["star_level"]["assurance"]["fast_trade"]
    fast_trade["on_time_shipment_rate"]["weight"] += fast_trade["guaranteed_delivery_coverage"][
        "weight"
    ]
    del fast_trade["guaranteed_delivery_coverage"]
    del fast_trade["guaranteed_delivery_default_pass_points"]
    assert _error_of("2022-11.toml", data) == (
        "2022-11.toml: star_level.assurance.fast_trade.guaranteed_delivery_coverage: "
        "missing: [guaranteed_delivery] is in force, so it must be scored"
    )


def test_default_pass_points_come_with_the_coverage_metric() -> None:
    data = copy.deepcopy(_shipped_data("2022-11.toml"))
    del data["star_level"]["assurance"]["fast_trade"]["guaranteed_delivery_default_pass_points"]
    assert _error_of("2022-11.toml", data) == (
        "2022-11.toml: star_level.assurance.fast_trade.guaranteed_delivery_default_pass_points: "
        "must be given exactly when guaranteed_delivery_coverage is scored"
    )


def test_the_custom_track_never_scores_guaranteed_delivery() -> None:
    data = copy.deepcopy(_shipped_data("2022-11.toml"))
    custom = data["star_level"]["assurance"]["custom"]
    custom["guaranteed_delivery_coverage"] = {"weight": 0.1, "curve": [[0, 0], [1, 100]]}
    assert _error_of("2022-11.toml", data).startswith(
        "2022-11.toml: star_level.assurance.custom.guaranteed_delivery_coverage: "
        "Extra inputs are not permitted"
    )


def test_every_problem_of_a_file_is_reported_on_its_own_line() -> None:
    data = copy.deepcopy(_shipped_data("2022-11.toml"))
    data["calendar"]["data_lag_days"] = -2
    data["on_time_shipment"]["window_days"] = 0
    assert _error_of("2022-11.toml", data).splitlines() == [
        "2022-11.toml: calendar.data_lag_days: Input should be greater than or equal to 0",
        "2022-11.toml: on_time_shipment.window_days: Input should be greater than or equal to 1",
    ]


def test_the_reviews_upgrade_starts_on_2022_11_04(book: RuleBook) -> None:
    before, on = book.in_force(dt.date(2022, 11, 3)), book.in_force(dt.date(2022, 11, 4))
    assert (before.id, on.id) == ("2022-10-31", "2022-11-04")
    assert before.reviews is not None and on.reviews is not None
    assert before.reviews.transaction_review_window_days == 30
    assert on.reviews.transaction_review_window_days == 90
    assert before.reviews.direct is None and on.reviews.direct is not None
    assert on.product_radar == before.product_radar
    assert on.tracking_visibility is None
