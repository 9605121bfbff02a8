"""The discount sample venue's buyer-side feeds (rulebook §4): who may read them and one
page of a placement.

Items are the registrations shown in the venue (``in_venue``, kept by the registration
service and the daily job, and active); their filter and sort keys are on the
registration row, so a page is one walk down a partial index of
``store/sample_tables.py``, and only the page's rows are joined to their product (title,
image) and merchant (name). Paging is by keyset: the page after a registration starts
below that row's keys, never at an offset.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

import sqlalchemy as sa

from sellerstar.domain.access import Principal, Role
from sellerstar.domain.reviews import BuyerTier
from sellerstar.domain.samples import Placement, RegistrationState, discount_factor
from sellerstar.domain.venue import FEEDS, Order, VenueRefusal, VenueRefused, sees_venue
from sellerstar.store.sample_tables import sample_registrations
from sellerstar.store.schema import contract_tables

_reg = sample_registrations.c


def check_reader(
    connection: sa.Connection, principal: Principal, lowest: BuyerTier | None, day: dt.date
) -> BuyerTier | None:
    """Refuse a caller who may not read the venue on ``day``; the buyer's tier (None for
    an operator). ``lowest`` None = no venue in the rule-set of the day.

    The tier is read from ``buyers`` at each request: a buyer moved below the lowest tier
    loses the venue at once, whatever session or token it holds.
    """
    if lowest is None:
        raise VenueRefused(VenueRefusal.NOT_OPEN, day=day)
    if principal.role == Role.OPERATOR:
        return None
    if principal.role != Role.BUYER or principal.buyer_id is None:
        raise VenueRefused(VenueRefusal.NOT_A_BUYER)
    buyers = contract_tables["buyers"]
    tier = connection.scalar(
        sa.select(buyers.c.tier).where(buyers.c.buyer_id == principal.buyer_id)
    )
    if tier is None:
        raise VenueRefused(VenueRefusal.UNKNOWN_BUYER)
    found = BuyerTier(tier)
    if not sees_venue(found, lowest):
        raise VenueRefused(VenueRefusal.TIER_TOO_LOW, found.value, lowest.value)
    return found


@dataclass(frozen=True)
class FeedRequest:
    """One page of a placement: its filters (empty = not given), the registration after
    which it starts (None = the first page) and its size."""

    placement: Placement
    size: int
    after: int | None = None
    industry: str = ""
    leaf_category: str = ""
    merchant_id: str = ""


@dataclass(frozen=True)
class VenueItem:
    """A product shown in the venue."""

    registration_id: int
    product_id: str
    title: str
    image_path: str | None
    industry: str
    leaf_category: str
    sample_price_usd: Decimal
    discount_price_usd: Decimal
    factor: Decimal | None
    growth_score: int
    registered_at: dt.datetime
    merchant_id: str
    merchant_name: str


@dataclass(frozen=True)
class FeedPage:
    """A page of items and whether more follow (the next page starts after the last)."""

    items: tuple[VenueItem, ...]
    more: bool


def _keys(order: Order, table: sa.FromClause) -> list[sa.ColumnElement[object]]:
    c = table.c
    if order == Order.DEEPEST_DISCOUNT:
        # The same expression as the index's (VENUE_DISCOUNT_KEY), or the index is unused.
        factor = c.discount_price_usd / sa.func.nullif(c.sample_price_usd, sa.literal_column("0"))
        return [-factor, c.registered_at, c.registration_id]
    if order == Order.NEWEST:
        return [c.registered_at, c.registration_id]
    return [c.growth_score, c.registration_id]


def _filters(request: FeedRequest) -> list[sa.ColumnElement[bool]]:
    given = {
        "industry": request.industry,
        "leaf_category": request.leaf_category,
        "merchant_id": request.merchant_id,
    }
    feed = FEEDS[request.placement]
    return [_reg[name] == given[name] for name in feed.filters if given[name]]


def feed_page(connection: sa.Connection, request: FeedRequest) -> FeedPage:
    """One page of ``request.placement``, best first (see :data:`domain.venue.FEEDS`)."""
    order = FEEDS[request.placement].order
    keys = _keys(order, sample_registrations)
    query = (
        sa.select(_reg.registration_id)
        .where(_reg.in_venue, _reg.state == RegistrationState.ACTIVE, *_filters(request))
        .order_by(*(key.desc() for key in keys))
        .limit(request.size + 1)
    )
    if request.after is not None:
        # The cursor row's own keys, read in the same statement: what the next page starts
        # below stays in SQL, exact whatever the dialect's number types.
        row = sample_registrations.alias("cursor_row")
        start = sa.select(*_keys(order, row)).where(row.c.registration_id == request.after)
        query = query.where(sa.tuple_(*keys) < start.scalar_subquery())
    ids = list(connection.scalars(query))
    more = len(ids) > request.size
    ids = ids[: request.size]
    return FeedPage(_items(connection, ids), more)


def _items(connection: sa.Connection, ids: list[int]) -> tuple[VenueItem, ...]:
    if not ids:
        return ()
    products = contract_tables["products"]
    merchants = contract_tables["merchants"]
    rows = connection.execute(
        sa.select(
            _reg.registration_id,
            _reg.product_id,
            products.c.title,
            products.c.image_path,
            _reg.industry,
            _reg.leaf_category,
            _reg.sample_price_usd,
            _reg.discount_price_usd,
            _reg.growth_score,
            _reg.registered_at,
            _reg.merchant_id,
            merchants.c.name.label("merchant_name"),
        )
        .join(products, products.c.product_id == _reg.product_id)
        .join(merchants, merchants.c.merchant_id == _reg.merchant_id)
        .where(_reg.registration_id.in_(ids))
    ).mappings()
    found = {row["registration_id"]: row for row in rows}
    return tuple(_item(found[i]) for i in ids if i in found)


def _item(row: sa.RowMapping) -> VenueItem:
    price = Decimal(row["sample_price_usd"])
    discount = Decimal(row["discount_price_usd"])
    return VenueItem(
        registration_id=int(row["registration_id"]),
        product_id=str(row["product_id"]),
        title=str(row["title"]),
        image_path=row["image_path"],
        industry=str(row["industry"]),
        leaf_category=str(row["leaf_category"]),
        sample_price_usd=price,
        discount_price_usd=discount,
        factor=discount_factor(discount, price),
        growth_score=int(row["growth_score"]),
        registered_at=row["registered_at"],
        merchant_id=str(row["merchant_id"]),
        merchant_name=str(row["merchant_name"]),
    )
