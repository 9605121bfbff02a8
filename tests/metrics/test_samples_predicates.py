"""The batch rules (``sellerstar.samples.eligibility``) and the registration service's
rules (``sellerstar.domain.samples.failing_rules``) are one definition: on random products
they give the same reasons."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from metrics_backends import Backends
from samples_market import SampleMarket, reasons

from sellerstar.domain.samples import ProductFacts, failing_rules
from sellerstar.rules import RuleBook

D = dt.date(2022, 11, 20)
INDUSTRIES = ["Apparel", "Security", "Home Appliances", "Luggage, Bags & Cases", "Farming"]
cents = st.integers(min_value=0, max_value=3000).map(lambda c: Decimal(c) / 100)

product = st.fixed_dictionaries(
    {
        "status": st.sampled_from(["listed", "listed", "delisted"]),
        "samples_supported": st.booleans(),
        "stock": st.integers(min_value=0, max_value=20),
        "growth_score": st.integers(min_value=55, max_value=75),
        "industry": st.sampled_from(INDUSTRIES),
        "main_industry": st.one_of(st.none(), st.sampled_from(INDUSTRIES)),
        "sample_price_usd": st.one_of(st.none(), cents),
        "offer": cents,
    }
)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(products=st.lists(product, min_size=1, max_size=40))
def test_batch_and_service_rules_agree(
    products: list[dict[str, object]], backends: Backends, book: RuleBook
) -> None:
    venue = book.in_force(D).sample_venue
    assert venue is not None
    rules = venue.venue_rules()
    market, expected = SampleMarket(), {}
    for index, facts in enumerate(products):
        merchant = market.merchant(f"M{index}", facts["main_industry"])
        price = facts["sample_price_usd"]
        product_id = market.product(
            merchant,
            offer=str(facts["offer"]),
            status=facts["status"],
            samples_supported=facts["samples_supported"],
            stock=facts["stock"],
            growth_score=facts["growth_score"],
            industry=facts["industry"],
            sample_price_usd=None if price is None else str(price),
        )
        found = failing_rules(
            ProductFacts(
                status=str(facts["status"]),
                samples_supported=bool(facts["samples_supported"]),
                stock=int(facts["stock"]),
                growth_score=int(facts["growth_score"]),
                industry=str(facts["industry"]),
                main_industry=facts["main_industry"],
                sample_price_usd=price,
            ),
            facts["offer"],
            rules,
            holds_right=True,
            places_taken=0,
        )
        expected[product_id] = ";".join(f.rule.value for f in found)
    assert reasons(market.compute(backends.get("duckdb"), book, D)) == expected
