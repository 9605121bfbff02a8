"""Which offers may be in the discount sample venue on a date D, and why not (rulebook §4,
§4.1), as engine expressions: the batch twin of
:func:`sellerstar.domain.samples.failing_rules` (a property test holds them equal).

Every failing rule is listed (codes of :class:`~sellerstar.domain.samples.SampleRule`, in
its order, ``;``-separated). Prices compare exactly, as decimals: the discounted price may
be at most the industry's factor × the original sample price. The cap: a merchant's offers
that pass every other rule take places in ``offered_at`` order (empty last), then by
product id; those beyond the cap fail ``cap_reached``.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import ibis
import ibis.expr.types as ir

from sellerstar.domain.samples import SampleRule
from sellerstar.errors import ConfigurationError
from sellerstar.metrics.dates import DayClock
from sellerstar.rules.programs import SampleVenue
from sellerstar.samples.inputs import SampleTables
from sellerstar.samples.rights import merchants_without_right

OUTPUT_COLUMNS = ("product_id", "merchant_id", "eligible", "reasons")
_PRICE = "decimal(14, 2)"
_PARTS = 10_000


def eligibility(
    tables: SampleTables, clock: DayClock, day: dt.date, venue: SampleVenue
) -> ir.Table:
    """One row per offer: ``product_id, merchant_id, eligible, reasons``."""
    offers, products, merchants = tables.sample_offers, tables.products, tables.merchants
    lost = merchants_without_right(tables, clock, day, venue).mutate(lost=ibis.literal(True))
    joined = (
        offers.join(products, offers.product_id == products.product_id)
        .left_join(merchants, products.merchant_id == merchants.merchant_id)
        .select(
            product_id=offers.product_id,
            merchant_id=products.merchant_id,
            offered_at=offers.offered_at,
            discount=offers.discount_price_usd,
            status=products.status,
            samples_supported=products.samples_supported,
            stock=products.stock,
            growth_score=products.growth_score,
            industry=products.industry,
            price=products.sample_price_usd,
            main_industry=merchants.main_industry,
        )
    )
    joined = joined.left_join(lost, joined.merchant_id == lost.merchant_id).select(
        *(joined[c] for c in joined.columns), lost=lost.lost.fill_null(False)
    )
    failing = _failing(joined, venue)
    passing_others = ibis.and_(*(~condition for condition in failing.values()))
    staged = joined.mutate(_passing=passing_others)
    place = ibis.row_number().over(
        group_by=[staged.merchant_id, staged._passing],
        order_by=[staged.offered_at.isnull(), staged.offered_at, staged.product_id],
    )
    staged = staged.mutate(_place=place)
    failing = _failing(staged, venue)  # the same conditions, on the table with the places
    failing[SampleRule.CAP_REACHED] = staged._passing & (
        staged._place >= venue.max_products_per_merchant
    )
    reasons = ibis.literal("")
    for rule in SampleRule:
        reasons = reasons + ibis.ifelse(failing[rule], f";{rule.value}", "")
    reasons = reasons.substr(1)
    return staged.select(
        "product_id", "merchant_id", eligible=reasons == "", reasons=reasons
    ).order_by(["merchant_id", "product_id"])


def _failing(rows: ir.Table, venue: SampleVenue) -> dict[SampleRule, ir.BooleanValue]:
    """Each rule but the cap: true where the offer fails it (never null)."""
    industry = rows.industry.fill_null("")
    minimum = _minimum(industry, venue)
    # In whole cents and ten-thousandths: engines multiply decimals of unlike scales
    # differently, integers alike everywhere.
    factor_parts = _factor_parts(industry, venue)
    discount_cents = (rows.discount * 100).cast("int64")
    price_cents = (rows.price * 100).cast("int64")
    listed = minimum.notnull()
    priced = listed & rows.price.notnull()
    main = rows.main_industry
    return {
        SampleRule.NOT_LISTED: rows.status.fill_null("") != "listed",
        SampleRule.SAMPLES_NOT_SUPPORTED: ibis.literal(venue.requires_samples_supported)
        & ~rows.samples_supported.fill_null(False),
        SampleRule.STOCK_LOW: rows.stock.fill_null(0) < venue.min_stock,
        SampleRule.GROWTH_LOW: rows.growth_score.fill_null(0) <= venue.growth_score_must_exceed,
        SampleRule.NOT_MAIN_INDUSTRY: ibis.literal(venue.requires_main_industry)
        & (main.isnull() | (industry != main.fill_null(""))),
        SampleRule.INDUSTRY_NOT_LISTED: ~listed,
        SampleRule.SAMPLE_PRICE_MISSING: listed & rows.price.isnull(),
        SampleRule.PRICE_BELOW_MINIMUM: priced & (rows.price < minimum).fill_null(False),
        SampleRule.DISCOUNT_TOO_SMALL: priced
        & ((price_cents == 0) | (discount_cents * _PARTS > price_cents * factor_parts)).fill_null(
            False
        ),
        SampleRule.NO_RIGHT: rows.lost,
        SampleRule.CAP_REACHED: ibis.literal(False),
    }


def _minimum(industry: ir.StringValue, venue: SampleVenue) -> ir.Value:
    """The industry's minimum original sample price (null: industry not in the table)."""
    cases = [
        (industry == row.industry, ibis.literal(Decimal(str(row.min_sample_price_usd)), _PRICE))
        for row in venue.industries
    ]
    return ibis.cases(*cases, else_=ibis.null(_PRICE))


def _factor_parts(industry: ir.StringValue, venue: SampleVenue) -> ir.IntegerValue:
    """The industry's maximum factor in ten-thousandths (0.6 → 6000)."""
    cases = []
    for row in venue.industries:
        parts = Decimal(str(row.max_discount_factor)) * _PARTS
        if parts != parts.to_integral_value():
            raise ConfigurationError(
                f"sample_venue: {row.industry}: max_discount_factor {row.max_discount_factor} "
                "has more than 4 decimals"
            )
        cases.append((industry == row.industry, ibis.literal(int(parts), "int64")))
    return ibis.cases(*cases, else_=ibis.null("int64"))
