"""The discount sample venue's rules (rulebook §4, §4.1): which product may register, and
why not, one reason per failing rule.

Pure: the numbers come from the rule-set's ``sample_venue`` section as a
:class:`VenueRules`; the batch side (``sellerstar.samples.eligibility``) states the same
rules as engine expressions and a property test holds the two equal.

>>> rules = VenueRules(min_stock=10, growth_score_must_exceed=65, max_products=200,
...     requires_samples_supported=True, requires_main_industry=True,
...     industries={"Apparel": (Decimal("5"), Decimal("0.7"))})
>>> facts = ProductFacts(status="listed", samples_supported=True, stock=8, growth_score=66,
...     industry="Apparel", main_industry="Apparel", sample_price_usd=Decimal("10.00"))
>>> [f.rule.value for f in failing_rules(facts, Decimal("7.50"), rules, True, 0)]
['stock_low', 'discount_too_small']
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum


class SampleRule(StrEnum):
    """A registration rule a product can fail; the order is the order reasons are listed."""

    NOT_LISTED = "not_listed"
    SAMPLES_NOT_SUPPORTED = "samples_not_supported"
    STOCK_LOW = "stock_low"
    GROWTH_LOW = "growth_low"
    NOT_MAIN_INDUSTRY = "not_main_industry"
    INDUSTRY_NOT_LISTED = "industry_not_listed"
    SAMPLE_PRICE_MISSING = "sample_price_missing"
    PRICE_BELOW_MINIMUM = "price_below_minimum"
    DISCOUNT_TOO_SMALL = "discount_too_small"
    NO_RIGHT = "no_right"
    CAP_REACHED = "cap_reached"


class RegistrationState(StrEnum):
    """A registration's life: active (in the venue while eligible), suspended by an
    operator (keeps its place under the cap), withdrawn by the merchant, or ended because
    the merchant lost the right to register (§4.1)."""

    ACTIVE = "active"
    SUSPENDED = "suspended"
    WITHDRAWN = "withdrawn"
    ENDED = "ended"


HOLDS_A_PLACE = (RegistrationState.ACTIVE, RegistrationState.SUSPENDED)
"""States that count against the per-merchant cap."""


class CancelledBy(StrEnum):
    """Who cancelled an order (``orders.cancelled_by``)."""

    BUYER = "buyer"
    MERCHANT = "merchant"
    PLATFORM = "platform"


class Placement(StrEnum):
    """The venue's buyer-side placements (§4)."""

    SAMPLE_CENTRE = "sample_centre"
    NEW_ARRIVALS = "new_arrivals"
    PRE_SEARCH = "pre_search"
    FACTORY_SAMPLES = "factory_samples"


@dataclass(frozen=True)
class VenueRules:
    """The numbers of the rule-set's ``sample_venue`` section the check needs; each
    industry maps to (minimum original sample price, maximum discount factor)."""

    min_stock: int
    growth_score_must_exceed: int
    max_products: int
    requires_samples_supported: bool
    requires_main_industry: bool
    industries: dict[str, tuple[Decimal, Decimal]]


@dataclass(frozen=True)
class ProductFacts:
    """What the rules read about a product and its merchant."""

    status: str
    samples_supported: bool
    stock: int
    growth_score: int
    industry: str
    main_industry: str | None
    sample_price_usd: Decimal | None


@dataclass(frozen=True)
class Failure:
    """One failing rule with the numbers that make it fail (for the sentence shown)."""

    rule: SampleRule
    actual: str = ""
    limit: str = ""


def failing_rules(
    facts: ProductFacts,
    discount_price_usd: Decimal | None,
    rules: VenueRules,
    holds_right: bool,
    places_taken: int,
) -> list[Failure]:
    """Every rule the product fails, in :class:`SampleRule` order; empty = it may register.

    ``discount_price_usd`` None leaves the discount rule unchecked (the merchant has not
    set a price yet). ``places_taken`` counts the merchant's other registrations that hold
    a place under the cap.
    """
    found: list[Failure] = []
    if facts.status != "listed":
        found.append(Failure(SampleRule.NOT_LISTED, facts.status))
    if rules.requires_samples_supported and not facts.samples_supported:
        found.append(Failure(SampleRule.SAMPLES_NOT_SUPPORTED))
    if facts.stock < rules.min_stock:
        found.append(Failure(SampleRule.STOCK_LOW, str(facts.stock), str(rules.min_stock)))
    if facts.growth_score <= rules.growth_score_must_exceed:
        found.append(
            Failure(
                SampleRule.GROWTH_LOW, str(facts.growth_score), str(rules.growth_score_must_exceed)
            )
        )
    if rules.requires_main_industry and facts.industry != facts.main_industry:
        found.append(
            Failure(SampleRule.NOT_MAIN_INDUSTRY, facts.industry, facts.main_industry or "")
        )
    found.extend(_price_failures(facts, discount_price_usd, rules))
    if not holds_right:
        found.append(Failure(SampleRule.NO_RIGHT))
    if places_taken >= rules.max_products:
        found.append(Failure(SampleRule.CAP_REACHED, str(places_taken), str(rules.max_products)))
    return found


def _price_failures(
    facts: ProductFacts, discount: Decimal | None, rules: VenueRules
) -> list[Failure]:
    """The industry-table rules (§4.1): no table row = not eligible and nothing to check."""
    row = rules.industries.get(facts.industry)
    if row is None:
        return [Failure(SampleRule.INDUSTRY_NOT_LISTED, facts.industry)]
    minimum, factor = row
    price = facts.sample_price_usd
    if price is None:
        return [Failure(SampleRule.SAMPLE_PRICE_MISSING)]
    found = []
    if price < minimum:
        found.append(Failure(SampleRule.PRICE_BELOW_MINIMUM, _money(price), _money(minimum)))
    if discount is not None and (price == 0 or discount > factor * price):
        found.append(
            Failure(SampleRule.DISCOUNT_TOO_SMALL, _ratio(discount, price), _plain(factor))
        )
    return found


def discount_factor(discount: Decimal, price: Decimal) -> Decimal | None:
    """Discounted ÷ original, as shown (4 decimals, trailing zeros dropped); None for a
    zero price.

    >>> discount_factor(Decimal("3.25"), Decimal("5.00"))
    Decimal('0.65')
    """
    if price == 0:
        return None
    return (discount / price).quantize(Decimal("0.0001")).normalize()


def _ratio(discount: Decimal, price: Decimal) -> str:
    factor = discount_factor(discount, price)
    return "—" if factor is None else _plain(factor)


def _money(amount: Decimal) -> str:
    return f"{amount.quantize(Decimal('0.01'))}"


def _plain(number: Decimal) -> str:
    text = f"{number.normalize():f}"
    return text


def max_discount_price(price: Decimal, factor: Decimal) -> Decimal:
    """The highest discounted price the factor allows, rounded down to the cent.

    >>> max_discount_price(Decimal("9.99"), Decimal("0.6"))
    Decimal('5.99')
    """
    return (price * factor).quantize(Decimal("0.01"), rounding="ROUND_DOWN")
