"""The demo's review tables (rulebook §5): consistent with the orders, both sides of every
window, nothing after the cut-off, and labelled brushing rings."""

from __future__ import annotations

import csv
import datetime as dt
from collections import Counter
from typing import Any

import pyarrow.parquet as pq
import pytest

from sellerstar.demo.brushing_rings import SHAPES
from sellerstar.demo.generator import LABELS, generate
from sellerstar.demo.options import GenerateOptions

AS_OF = dt.date(2022, 12, 6)
CUTOFF = dt.datetime.combine(
    AS_OF + dt.timedelta(days=1), dt.time(), dt.timezone(dt.timedelta(hours=8))
)
DAY = dt.timedelta(days=1)
Rows = list[dict[str, Any]]


@pytest.fixture(scope="module")
def market(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Rows]:
    out = tmp_path_factory.mktemp("reviews")
    generate(GenerateOptions(out=out, orders=24_000, seed=5, chunk_size=10_000))
    names = (
        "orders",
        "buyers",
        "transaction_reviews",
        "direct_reviews",
        "business_actions",
        "order_judgements",
        "confirmed_brushing",
    )
    tables: dict[str, Rows] = {}
    for name in names:
        single = out / f"{name}.parquet"
        tables[name] = pq.read_table(single if single.exists() else out / name).to_pylist()
    with (out / LABELS).open(encoding="utf-8") as handle:
        tables["labels"] = list(csv.DictReader(handle))
    return tables


def test_buyers_tiers_skew_low_and_badges_follow_the_tier(market: dict[str, Rows]) -> None:
    tiers = Counter(b["tier"] for b in market["buyers"])
    assert tiers["L0"] > tiers["L2"] > tiers["L3"] > tiers["L4"] > 0
    for buyer in market["buyers"]:
        assert buyer["badge"] in {None, "platinum", "pro"}
        if buyer["badge"] == "platinum":
            assert buyer["tier"] == "L3"
        if buyer["badge"] == "pro":
            assert buyer["tier"] == "L4"
    assert {b["badge"] for b in market["buyers"]} == {None, "platinum", "pro"}


def test_reviews_follow_their_order(market: dict[str, Rows]) -> None:
    orders = {o["order_id"]: o for o in market["orders"]}
    for review in market["transaction_reviews"]:
        order = orders[review["order_id"]]
        assert order["status"] in ("received", "completed")
        assert order["merchant_id"] == review["merchant_id"]
        assert order["buyer_id"] == review["buyer_id"]
        assert order["received_at"] == review["received_at"]
        assert order["shipped_at"] < review["received_at"] < review["submitted_at"] < CUTOFF
    for order in market["orders"]:
        assert (order["received_at"] is not None) == (order["status"] in ("received", "completed"))


def test_review_delays_fall_on_both_sides_of_the_windows(market: dict[str, Rows]) -> None:
    delays = [r["submitted_at"] - r["received_at"] for r in market["transaction_reviews"]]
    assert sum(d <= 5 * DAY for d in delays) > 0.5 * len(delays)
    for days in (30, 90):
        assert any(days * DAY - 2 * DAY < d <= days * DAY for d in delays)
        assert any(days * DAY < d < days * DAY + 2 * DAY for d in delays)


def test_ratings_are_mostly_good_and_texts_mostly_english_or_chinese(
    market: dict[str, Rows],
) -> None:
    reviews = market["transaction_reviews"]
    assert sum(r["product_quality"] >= 4 for r in reviews) > 0.6 * len(reviews)
    assert any(r["product_quality"] <= 2 for r in reviews)
    texts = [r["text"] or "" for r in reviews]
    chinese = sum(any("\u4e00" <= ch <= "\u9fff" for ch in t) for t in texts)
    empty = sum(not t for t in texts)
    assert chinese > 0.2 * len(texts) and 0 < empty < 0.2 * len(texts)
    assert len(set(texts)) > 0.3 * len(texts)


def test_direct_reviews_have_both_bases_and_some_are_not_eligible(
    market: dict[str, Rows],
) -> None:
    tiers = {b["buyer_id"]: b["tier"] for b in market["buyers"]}
    direct = market["direct_reviews"]
    bases = Counter(d["basis"] for d in direct)
    assert bases["opportunity"] > 0 and bases["paid_unconfirmed"] > 0
    opportunity = [d for d in direct if d["basis"] == "opportunity"]
    high = sum(tiers[d["buyer_id"]] in ("L3", "L4") for d in opportunity)
    assert 0.8 * len(opportunity) < high < len(opportunity)  # a few from lower tiers
    actions: dict[tuple[str, str], list[dt.datetime]] = {}
    for action in market["business_actions"]:
        actions.setdefault((action["buyer_id"], action["merchant_id"]), []).append(action["at"])
    late = 0
    for review in opportunity:
        before = [
            a
            for a in actions[(review["buyer_id"], review["merchant_id"])]
            if a <= review["submitted_at"]
        ]
        assert before
        late += review["submitted_at"] - max(before) > 180 * DAY
    assert late > 0
    assert all(d["capability"] is None for d in opportunity)


def test_actions_judgements_and_confirmations(market: dict[str, Rows]) -> None:
    kinds = Counter(a["kind"] for a in market["business_actions"])
    assert set(kinds) == {"inquiry", "chat", "rfq_quote", "sample_request", "order"}
    inquiries = [a for a in market["business_actions"] if a["kind"] == "inquiry"]
    assert sum(a["product_id"] is not None for a in inquiries) > 0.9 * len(inquiries)
    assert all(a["at"] < CUTOFF for a in market["business_actions"])
    reviews = {r["order_id"]: r for r in market["transaction_reviews"]}
    judged = market["order_judgements"]
    assert judged and all(j["judged_at"] < CUTOFF for j in judged)
    after = sum(j["judged_at"] > reviews[j["order_id"]]["submitted_at"] for j in judged)
    assert 0 < after < len(judged)
    labels = {row["review_id"] for row in market["labels"]}
    assert market["confirmed_brushing"]
    assert all(c["review_id"] in labels for c in market["confirmed_brushing"])


def test_every_ring_shape_is_labelled_on_existing_reviews(market: dict[str, Rows]) -> None:
    reviews = {r["review_id"]: r for r in market["transaction_reviews"]}
    assert {row["shape"] for row in market["labels"]} == set(SHAPES)
    for row in market["labels"]:
        assert row["review_id"] in reviews
    per_ring = Counter(row["ring_id"] for row in market["labels"])
    assert min(per_ring.values()) >= 3
