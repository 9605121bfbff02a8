"""The review rules of rulebook §5 / §5.8 on both engines, each on both sides of its
boundaries: one marketplace holds every case (each on its own merchant or product) and is
computed once per engine for D = 2022-12-20."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from metrics_backends import Backends
from reviews_market import D, Market, at, days_before, ids, row

from sellerstar.reviews.run import ReviewResult
from sellerstar.rules import RuleBook

POSITIVE = "Great quality and a very good supplier, we will order again"
LAUNCH = dt.date(2022, 11, 4)


def _many(market: Market, product: str, merchant: str, scores: list[tuple[int, int, int]]) -> None:
    for quality, service, shipment in scores:
        market.review(
            product, merchant_id=merchant, quality=quality, service=service, shipment=shipment
        )


def _scenario() -> tuple[Market, dict[str, str]]:
    m, k = Market(), {}
    # Windows: 90 days after the launch, 30 before it, by the submission date's rule-set.
    m.merchant("MW")
    p = k["window"] = m.product("MW")
    k["day90"] = m.review(p, merchant_id="MW", received=days_before(100), submitted=days_before(10))
    k["day91"] = m.review(p, merchant_id="MW", received=days_before(101), submitted=days_before(10))
    before = LAUNCH - dt.timedelta(days=1)
    k["old30"] = m.review(
        p, merchant_id="MW", received=before - dt.timedelta(days=30), submitted=before
    )
    k["old31"] = m.review(
        p, merchant_id="MW", received=before - dt.timedelta(days=31), submitted=before
    )
    k["launch90"] = m.review(
        p, merchant_id="MW", received=LAUNCH - dt.timedelta(days=90), submitted=LAUNCH
    )
    k["early"] = m.review(p, merchant_id="MW", received=days_before(2), submitted=days_before(3))
    k["tomorrow"] = m.review(p, merchant_id="MW", submitted=D + dt.timedelta(days=1))
    # Judgements and confirmed brushing: by the end of D (platform time) or after it.
    m.merchant("MJ")
    p = m.product("MJ")
    k["judged"] = m.review(p, merchant_id="MJ")
    m.judge(m.order_of(k["judged"]), at(D, 23, 59))
    k["judged_later"] = m.review(p, merchant_id="MJ")
    m.judge(m.order_of(k["judged_later"]), at(D + dt.timedelta(days=1), 0, 1), "abnormal")
    k["brushed"] = m.review(p, merchant_id="MJ")
    m.confirm_brushing(k["brushed"], at(D, 23, 59))
    k["brushed_later"] = m.review(p, merchant_id="MJ")
    m.confirm_brushing(k["brushed_later"], at(D + dt.timedelta(days=1), 0, 1))
    # Store rating: the mean of the three dimension means over D-364 ... D; its label.
    m.merchant("MS")
    p = k["store_product"] = m.product("MS")
    k["store_idle"] = m.product("MS")
    m.review(p, merchant_id="MS", quality=5, service=3, shipment=4, submitted=days_before(364))
    m.review(p, merchant_id="MS", quality=3, service=5, shipment=5)
    m.review(p, merchant_id="MS", quality=1, service=1, shipment=1, submitted=days_before(365))
    m.merchant("M399")
    k["p399"] = m.product("M399")
    _many(m, k["p399"], "M399", [(4, 4, 4)] * 99 + [(1, 4, 4)])
    m.merchant("M400")
    k["p400"] = m.product("M400")
    _many(m, k["p400"], "M400", [(4, 4, 4)] * 100)
    m.merchant("M450")
    _many(m, m.product("M450"), "M450", [(5, 4, 5), (4, 5, 4)])  # (4.5 + 4.5 + 4.5) / 3
    m.merchant("MNONE")
    k["unreviewed"] = m.product("MNONE")
    k["delisted"] = m.product("MNONE", status="delisted")
    # Well-reviewed pool: 90 days, mean product quality >= 4, or a positive direct review.
    m.merchant("MP")
    k["pool89"] = m.product("MP")
    m.review(k["pool89"], merchant_id="MP", quality=4, submitted=days_before(89))
    k["pool90"] = m.product("MP")
    m.review(k["pool90"], merchant_id="MP", quality=5, submitted=days_before(90))
    k["pool_mixed"] = m.product("MP")
    _many(m, k["pool_mixed"], "MP", [(5, 5, 5), (3, 5, 5)])
    k["pool_low"] = m.product("MP")
    _many(m, k["pool_low"], "MP", [(5, 5, 5), (2, 5, 5)])
    high = m.buyer("L3")
    m.action(high, at(days_before(100)), merchant_id="MP")
    k["pool_direct"] = m.product("MP")
    m.direct(
        high,
        merchant_id="MP",
        product_id=k["pool_direct"],
        submitted=at(days_before(10)),
        text=POSITIVE,
    )
    low = m.buyer("L2")
    m.action(low, at(days_before(95)), merchant_id="MP")
    k["pool_direct_low"] = m.product("MP")
    k["direct_l2"] = m.direct(
        low,
        merchant_id="MP",
        product_id=k["pool_direct_low"],
        submitted=at(days_before(10)),
        text=POSITIVE,
    )
    # Selected products: L3/L4 reviews in 90 days, each >= 4, overall rating >= 4.
    m.merchant("MSEL")
    l3, l4, l2 = m.buyer("L3"), m.buyer("L4"), m.buyer("L2")
    k["sel_yes"] = m.product("MSEL")
    m.review(k["sel_yes"], merchant_id="MSEL", buyer_id=l3, quality=4)
    k["sel_one_low"] = m.product("MSEL")
    m.review(k["sel_one_low"], merchant_id="MSEL", buyer_id=l3, quality=5)
    m.review(k["sel_one_low"], merchant_id="MSEL", buyer_id=l4, quality=3)
    k["sel_overall_low"] = m.product("MSEL")
    m.review(k["sel_overall_low"], merchant_id="MSEL", buyer_id=l4, quality=5)
    _many(m, k["sel_overall_low"], "MSEL", [(3, 5, 5)] * 2)  # overall (5 + 3 + 3) / 3 < 4
    k["sel_l2_only"] = m.product("MSEL")
    m.review(k["sel_l2_only"], merchant_id="MSEL", buyer_id=l2, quality=5)
    k["sel_old"] = m.product("MSEL")
    m.review(k["sel_old"], merchant_id="MSEL", buyer_id=l3, quality=5, submitted=days_before(90))
    # Direct reviews: who may leave one (§5.1).
    m.merchant("MD")
    submitted = at(days_before(1), 10)
    in_time, too_old, l2_buyer = m.buyer("L4"), m.buyer("L3"), m.buyer("L2")
    m.action(in_time, at(days_before(180), 10), merchant_id="MD")  # day 179 before submission
    m.action(too_old, at(days_before(181), 10), merchant_id="MD")  # day 180
    m.action(l2_buyer, at(days_before(5)), merchant_id="MD")
    k["direct_179"] = m.direct(in_time, merchant_id="MD", submitted=submitted)
    k["direct_180"] = m.direct(too_old, merchant_id="MD", submitted=submitted)
    k["direct_low_tier"] = m.direct(l2_buyer, merchant_id="MD", submitted=submitted)
    payer, received, late_payer, refunded = (
        m.buyer("L0"),
        m.buyer("L0"),
        m.buyer("L0"),
        m.buyer("L0"),
    )
    m.order("MD", payer, paid=at(days_before(3)), status="shipped", received=at(D, 8))
    m.order("MD", received, paid=at(days_before(3)), received=at(days_before(2)))
    m.order("MD", late_payer, paid=at(D, 8), status="paid")
    m.order("MD", refunded, paid=at(days_before(3)), status="refunded")
    for name, buyer in (
        ("paid", payer),
        ("received", received),
        ("late_payer", late_payer),
        ("refunded", refunded),
    ):
        k[f"direct_{name}"] = m.direct(
            buyer, merchant_id="MD", submitted=submitted, basis="paid_unconfirmed"
        )
    # Rankings: one 5-star review must not beat fifty 4.8-star reviews; 50 per category.
    m.merchant("MR", industry="kitchen")
    k["rank_one"] = m.product("MR", leaf="cups")
    m.review(k["rank_one"], merchant_id="MR", quality=5)
    k["rank_fifty"] = m.product("MR", leaf="cups")
    _many(m, k["rank_fifty"], "MR", [(5, 5, 5)] * 40 + [(4, 4, 4)] * 10)
    m.merchant("MCAPS", industry="kitchen")
    for _ in range(55):
        m.review(m.product("MCAPS", leaf="caps"), merchant_id="MCAPS", quality=4)
    for index in range(12):
        merchant = m.merchant(f"MT{index:02d}", industry="toys")
        _many(m, m.product(merchant, leaf="toys"), merchant, [(5, 5, 5)] * (index + 1))
    return m, k


_COMPUTED: dict[str, tuple[ReviewResult, dict[str, str]]] = {}


def _computed(
    backends: Backends, book: RuleBook, engine: str
) -> tuple[ReviewResult, dict[str, str]]:
    """The scenario on one engine, computed once per test session."""
    if engine not in _COMPUTED:
        market, keys = _scenario()
        _COMPUTED[engine] = market.compute(backends.get(engine), book), keys
    return _COMPUTED[engine]


@pytest.fixture(params=["duckdb", pytest.param("spark", marks=pytest.mark.spark)])
def computed(
    request: pytest.FixtureRequest, backends: Backends, book: RuleBook
) -> tuple[ReviewResult, dict[str, str]]:
    return _computed(backends, book, str(request.param))


def _reason(result: ReviewResult, review_id: str) -> str | None:
    found = row(result, "excluded_reviews", "review_id", review_id)
    return None if found is None else str(found["reason"])


def test_the_window_is_the_one_in_force_on_the_submission_day(computed: Any) -> None:
    result, k = computed
    assert _reason(result, k["day90"]) is None
    assert _reason(result, k["day91"]) == "outside_window"
    assert _reason(result, k["old30"]) is None
    assert _reason(result, k["old31"]) == "outside_window"
    assert _reason(result, k["launch90"]) is None
    assert _reason(result, k["early"]) == "before_receipt"


def test_only_what_was_known_by_the_end_of_d_is_used(computed: Any) -> None:
    result, k = computed
    assert _reason(result, k["judged"]) == "order_judged"
    assert _reason(result, k["judged_later"]) is None
    assert _reason(result, k["brushed"]) == "brushing"
    assert _reason(result, k["brushed_later"]) is None
    assert _reason(result, k["tomorrow"]) is None
    window = row(result, "product_reviews", "product_id", k["window"])
    assert window is not None and window["review_count"] == 3  # day90, old30, launch90


def test_the_store_rating_is_the_mean_of_three_dimension_means_over_365_days(
    computed: Any,
) -> None:
    result, _ = computed
    store = row(result, "store_ratings", "merchant_id", "MS")
    assert store is not None and store["review_count"] == 2  # day 364 in, day 365 out
    assert store["rating"] == pytest.approx((4 + 4 + 4.5) / 3)
    assert store["label"] == "satisfied"


def test_labels_on_both_sides_of_their_bounds(computed: Any) -> None:
    result, _ = computed
    labels = {r["merchant_id"]: r for r in result.tables["store_ratings"].to_pylist()}
    assert labels["M399"]["rating"] == pytest.approx(3.99)
    assert labels["M399"]["label"] == "neutral"
    assert labels["M400"]["label"] == "satisfied"
    assert labels["M450"]["rating"] == pytest.approx(4.5)
    assert labels["M450"]["label"] == "very_satisfied"
    assert "MNONE" not in labels


def test_the_product_page_block_has_three_states(computed: Any) -> None:
    result, k = computed
    states = {r["product_id"]: r["state"] for r in result.tables["product_reviews"].to_pylist()}
    assert states[k["store_product"]] == "reviewed"
    assert states[k["store_idle"]] == "store_only"
    assert states[k["unreviewed"]] == "none"
    assert k["delisted"] not in states
    low = row(result, "product_reviews", "product_id", k["p399"])
    assert low is not None and low["review_count"] == 100
    assert low["rating"] == pytest.approx(3.97)


def test_the_well_reviewed_pool(computed: Any) -> None:
    result, k = computed
    pool = set(ids(result, "well_reviewed_products"))
    assert k["pool89"] in pool and k["pool90"] not in pool
    assert k["pool_mixed"] in pool and k["pool_low"] not in pool
    assert k["p400"] in pool and k["p399"] not in pool
    assert k["pool_direct"] in pool
    assert k["pool_direct_low"] not in pool


def test_selected_products(computed: Any) -> None:
    result, k = computed
    chosen = set(ids(result, "selected_products"))
    assert k["sel_yes"] in chosen
    assert not chosen & {k["sel_one_low"], k["sel_overall_low"], k["sel_l2_only"], k["sel_old"]}


def test_who_may_leave_a_direct_review(computed: Any) -> None:
    result, k = computed
    states = {r["review_id"]: r["shown"] for r in result.tables["direct_review_states"].to_pylist()}
    assert states[k["direct_179"]] and not states[k["direct_180"]]
    assert not states[k["direct_low_tier"]] and not states[k["direct_l2"]]
    assert states[k["direct_paid"]]
    assert not states[k["direct_received"]]
    assert not states[k["direct_late_payer"]] and not states[k["direct_refunded"]]
    assert _reason(result, k["direct_180"]) == "direct_not_eligible"


def test_one_five_star_review_does_not_beat_fifty_at_four_point_eight(computed: Any) -> None:
    result, k = computed
    cups = [
        r for r in result.tables["product_rankings"].to_pylist() if r["leaf_category"] == "cups"
    ]
    assert [r["product_id"] for r in cups] == [k["rank_fifty"], k["rank_one"]]
    assert [r["rank"] for r in cups] == [1, 2]


def test_rankings_keep_fifty_products_and_ten_merchants_per_list(computed: Any) -> None:
    result, _ = computed
    caps = [
        r for r in result.tables["product_rankings"].to_pylist() if r["leaf_category"] == "caps"
    ]
    assert [r["rank"] for r in caps] == list(range(1, 51))
    toys = [
        r for r in result.tables["merchant_rankings"].to_pylist() if r["list"] == "industry:toys"
    ]
    assert [r["merchant_id"] for r in toys] == [f"MT{i:02d}" for i in range(11, 1, -1)]
    everyone = [r for r in result.tables["merchant_rankings"].to_pylist() if r["list"] == "all"]
    assert len(everyone) == 10


def test_both_engines_agree(backends: Backends, book: RuleBook) -> None:
    pytest.importorskip("pyspark")
    duck, _ = _computed(backends, book, "duckdb")
    spark, _ = _computed(backends, book, "spark")
    for name, table in duck.tables.items():
        other = spark.tables[name]
        assert other.schema == table.schema, name
        assert other.num_rows == table.num_rows, name
        for left, right in zip(table.to_pylist(), other.to_pylist(), strict=True):
            assert left.keys() == right.keys()
            for column, value in left.items():
                if isinstance(value, float):
                    assert right[column] == pytest.approx(value, rel=1e-9), (name, column)
                else:
                    assert right[column] == value, (name, column)


test_both_engines_agree = pytest.mark.spark(test_both_engines_agree)


def test_before_the_launch_only_ratings_exist(backends: Backends, book: RuleBook) -> None:
    market, _ = _scenario()
    result = market.compute(backends.get("duckdb"), book, dt.date(2022, 11, 1))
    assert result.rule_set_id == "2022-10-31"  # the sample venue's set: reviews as before
    assert result.tables["store_ratings"].num_rows > 0
    for name in ("well_reviewed_products", "selected_products", "product_rankings"):
        assert result.tables[name].num_rows == 0, name
    assert not any(result.tables["direct_review_states"]["shown"].to_pylist())


def test_positive_direct_reviews_count_for_90_days_from_the_launch(
    backends: Backends, book: RuleBook
) -> None:
    later = dt.date(2023, 2, 20)
    m = Market()
    m.merchant("MP")
    buyer = m.buyer("L4")
    m.action(buyer, at(dt.date(2022, 10, 1)), merchant_id="MP")
    shown = {}
    for name, day in (
        ("day89", later - dt.timedelta(days=89)),
        ("day90", later - dt.timedelta(days=90)),
        ("before_launch", LAUNCH - dt.timedelta(days=1)),
        ("launch", LAUNCH),
    ):
        product = shown[name] = m.product("MP")
        m.direct(buyer, merchant_id="MP", product_id=product, submitted=at(day), text=POSITIVE)
    result = m.compute(backends.get("duckdb"), book, later)
    pool = set(ids(result, "well_reviewed_products"))
    assert shown["day89"] in pool and shown["day90"] not in pool
    states = {
        r["product_id"]: r["shown"] for r in result.tables["direct_review_states"].to_pylist()
    }
    assert states[shown["launch"]] and not states[shown["before_launch"]]
