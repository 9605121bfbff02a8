"""Registering products for the discount sample venue (rulebook §4, §4.1): the merchant
registers many products at once and withdraws them; an operator suspends and reinstates.

Who may act: the merchant's main account on all of its products, a sub-account on the
products it owns (``products.owner_account_id``), as for its orders and radar tasks; a
product outside that is "not found" (:class:`OutOfScope`), so no id can be probed.

The cap holds in the store: the eligible products of a batch take their places with one
conditional update of ``sample_merchants.places_taken`` (``… + n <= cap``), which SQLite
(one writer at a time) and PostgreSQL (the row lock, the condition re-read after the
wait) both apply atomically; a batch that does not fit is refused whole, nothing written.
A product registered twice at once is stopped by the unique index on the registrations
holding a place. Refusals are :class:`~sellerstar.services.sample_errors.SampleRefused`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

import sqlalchemy as sa

from sellerstar.domain.access import OutOfScope
from sellerstar.domain.samples import (
    HOLDS_A_PLACE,
    Failure,
    ProductFacts,
    RegistrationState,
    VenueRules,
    failing_rules,
)
from sellerstar.rules import RuleBook
from sellerstar.services.sample_errors import SampleRefused
from sellerstar.services.sample_rights import ensure_merchant_row
from sellerstar.store import audit
from sellerstar.store.schema import contract_tables, sample_merchants, sample_registrations

_products = contract_tables["products"]
_merchants = contract_tables["merchants"]

MAX_REASON = 1000
MAX_PRICE = Decimal("999999999999.99")  # the store's MONEY column (14, 2)
_HOLDING = [state.value for state in HOLDS_A_PLACE]


@dataclass(frozen=True)
class Rejected:
    """A product of the batch that was not registered, and every reason why."""

    product_id: str
    failures: tuple[Failure, ...]
    already_registered: bool = False


@dataclass(frozen=True)
class Registered:
    """What a batch did: the registrations made (product id → registration id), the
    products refused with their reasons, and the places after it."""

    registered: dict[str, int]
    rejected: tuple[Rejected, ...]
    places_taken: int
    places_left: int


@dataclass(frozen=True)
class Reinstated:
    """A reinstated registration: back in the venue, or out of it until the daily check
    because it fails the rules now (``failures``)."""

    registration_id: int
    in_venue: bool
    failures: tuple[Failure, ...]


def venue_rules(book: RuleBook, now: dt.datetime) -> VenueRules:
    """The venue's rules on the platform date of ``now``; refused before the venue is live."""
    venue = book.in_force_at(now).sample_venue
    if venue is None:
        raise SampleRefused("venue_not_open", "the sample venue is not in force on this date")
    return venue.venue_rules()


def checked_price(product_id: str, value: object) -> Decimal:
    """A discounted price as sent (text or number): more than 0, at most 2 decimals."""
    try:
        price = Decimal(str(value).strip())
    except InvalidOperation:
        price = Decimal("NaN")
    if not price.is_finite() or price <= 0 or price > MAX_PRICE:
        raise SampleRefused(
            "price_invalid", f"{product_id}: {value!r} is not a price", product_id=product_id
        )
    if price != price.quantize(Decimal("0.01")):
        raise SampleRefused(
            "price_decimals", f"{product_id}: {value!r} has more than 2 decimals",
            product_id=product_id,
        )  # fmt: skip
    return price.quantize(Decimal("0.01"))


def facts_of(row: Any) -> ProductFacts:
    """The rule inputs of a product row joined with its merchant's main industry."""
    return ProductFacts(
        status=row.status,
        samples_supported=bool(row.samples_supported),
        stock=int(row.stock),
        growth_score=int(row.growth_score),
        industry=row.industry,
        main_industry=row.main_industry,
        sample_price_usd=row.sample_price_usd,
    )


def product_query() -> sa.Select[Any]:
    """Products with what the rules read (their merchant's main industry joined)."""
    return sa.select(
        _products.c.product_id,
        _products.c.merchant_id,
        _products.c.owner_account_id,
        _products.c.title,
        _products.c.status,
        _products.c.samples_supported,
        _products.c.stock,
        _products.c.growth_score,
        _products.c.industry,
        _products.c.leaf_category,
        _products.c.sample_price_usd,
        _merchants.c.main_industry,
    ).join(_merchants, _merchants.c.merchant_id == _products.c.merchant_id)


def merchant_standing(connection: sa.Connection, merchant_id: str) -> tuple[int, bool]:
    """(places taken, holds the right to register); a merchant without a row has 0 and
    the right."""
    row = connection.execute(
        sa.select(sample_merchants.c.places_taken, sample_merchants.c.lost_at).where(
            sample_merchants.c.merchant_id == merchant_id
        )
    ).one_or_none()
    if row is None:
        return 0, True
    return int(row.places_taken), row.lost_at is None


def _products_in_scope(
    connection: sa.Connection, merchant_id: str, account_id: str | None, ids: list[str]
) -> dict[str, Any]:
    rows = {
        row.product_id: row
        for row in connection.execute(product_query().where(_products.c.product_id.in_(ids))).all()
    }
    for product_id in ids:
        row = rows.get(product_id)
        if (
            row is None
            or row.merchant_id != merchant_id
            or (account_id is not None and row.owner_account_id != account_id)
        ):
            raise OutOfScope(f"no product {product_id}")
    return rows


def _already_holding(connection: sa.Connection, ids: list[str]) -> set[str]:
    return set(
        connection.scalars(
            sa.select(sample_registrations.c.product_id).where(
                sample_registrations.c.product_id.in_(ids),
                sample_registrations.c.holds_place == 1,
            )
        ).all()
    )


def register(
    connection: sa.Connection,
    *,
    book: RuleBook,
    actor_login: str,
    merchant_id: str,
    offers: Mapping[str, object],
    now: dt.datetime,
    account_id: str | None = None,
) -> Registered:
    """Register the offered products (product id → discounted price) that pass every
    rule; the others are returned with their reasons. ``account_id`` set = a sub-account,
    which may offer only the products it owns."""
    rules = venue_rules(book, now)
    if not offers:
        raise SampleRefused("nothing_selected", "no product selected")
    if len(offers) > rules.max_products:
        raise SampleRefused(
            "too_many", f"{len(offers)} products, at most {rules.max_products}",
            cap=rules.max_products,
        )  # fmt: skip
    prices = {product_id: checked_price(product_id, value) for product_id, value in offers.items()}
    ids = sorted(prices)
    rows = _products_in_scope(connection, merchant_id, account_id, ids)
    taken, holds_right = merchant_standing(connection, merchant_id)
    holding = _already_holding(connection, ids)
    eligible: list[str] = []
    rejected: list[Rejected] = []
    for product_id in ids:
        if product_id in holding:
            rejected.append(Rejected(product_id, (), already_registered=True))
            continue
        failures = failing_rules(
            facts_of(rows[product_id]), prices[product_id], rules, holds_right, taken
        )
        if failures:
            rejected.append(Rejected(product_id, tuple(failures)))
        else:
            eligible.append(product_id)
    if eligible:
        taken = _take_places(connection, merchant_id, len(eligible), rules.max_products)
        made = {
            product_id: _insert(connection, rows[product_id], prices[product_id], actor_login, now)
            for product_id in eligible
        }
    else:
        made = {}
    return Registered(made, tuple(rejected), taken, max(0, rules.max_products - taken))


def _take_places(connection: sa.Connection, merchant_id: str, count: int, cap: int) -> int:
    """Take ``count`` places at once or refuse; the places taken after."""
    ensure_merchant_row(connection, merchant_id)
    places = sample_merchants.c.places_taken
    changed = connection.execute(
        sample_merchants.update()
        .where(
            sample_merchants.c.merchant_id == merchant_id,
            places + count <= cap,
            sample_merchants.c.lost_at.is_(None),
        )
        .values(places_taken=places + count)
    ).rowcount
    taken, holds_right = merchant_standing(connection, merchant_id)
    if changed != 1:
        if not holds_right:
            raise SampleRefused("right_lost", f"merchant {merchant_id} lost the right to register")
        left = max(0, cap - taken)
        raise SampleRefused(
            "cap_exceeded", f"{count} products selected, {left} places left of {cap}",
            asked=count, left=left, cap=cap,
        )  # fmt: skip
    return taken


def _insert(
    connection: sa.Connection, row: Any, price: Decimal, actor_login: str, now: dt.datetime
) -> int:
    values = {
        "merchant_id": row.merchant_id,
        "product_id": row.product_id,
        "discount_price_usd": price,
        "state": RegistrationState.ACTIVE.value,
        "registered_at": now,
        "registered_by": actor_login,
        "changed_at": now,
        "changed_by": actor_login,
        "note": "",
        "holds_place": 1,
        "in_venue": True,
        "industry": row.industry,
        "leaf_category": row.leaf_category,
        "growth_score": row.growth_score,
        "sample_price_usd": row.sample_price_usd,
        "checked_at": now,
    }
    try:
        result = connection.execute(sample_registrations.insert().values(**values))
    except sa.exc.IntegrityError:
        # Registered at the same moment from another tab: the unique index stopped it.
        raise SampleRefused(
            "already_registered", f"{row.product_id} is registered already",
            product_id=row.product_id,
        ) from None  # fmt: skip
    key = result.inserted_primary_key
    assert key is not None  # an INSERT of one row always has its key
    registration_id = int(key[0])
    audit.record(
        connection,
        at=now,
        actor=actor_login,
        action="sample_registered",
        entity_type="sample_registration",
        entity_id=str(registration_id),
        detail={"product_id": row.product_id, "discount_price_usd": str(price)},
    )
    return registration_id


def withdraw(
    connection: sa.Connection,
    *,
    actor_login: str,
    merchant_id: str,
    product_id: str,
    now: dt.datetime,
    account_id: str | None = None,
) -> int:
    """The merchant withdraws the product's registration (active or suspended): its place
    is freed. Returns the registration id."""
    _products_in_scope(connection, merchant_id, account_id, [product_id])
    registration_id = connection.scalar(
        sa.select(sample_registrations.c.registration_id).where(
            sample_registrations.c.product_id == product_id,
            sample_registrations.c.merchant_id == merchant_id,
            sample_registrations.c.holds_place == 1,
        )
    )
    if registration_id is None or not _release(
        connection, registration_id, RegistrationState.WITHDRAWN, actor_login, now
    ):
        raise SampleRefused(
            "not_registered", f"{product_id} is not registered", product_id=product_id
        )
    connection.execute(
        sample_merchants.update()
        .where(sample_merchants.c.merchant_id == merchant_id)
        .values(places_taken=sample_merchants.c.places_taken - 1)
    )
    audit.record(
        connection,
        at=now,
        actor=actor_login,
        action="sample_withdrawn",
        entity_type="sample_registration",
        entity_id=str(registration_id),
        detail={"product_id": product_id},
    )
    return int(registration_id)


def _release(
    connection: sa.Connection,
    registration_id: int,
    state: RegistrationState,
    actor_login: str,
    now: dt.datetime,
) -> bool:
    """Leave the place (conditionally: of two withdrawals at once, one does it)."""
    return (
        connection.execute(
            sample_registrations.update()
            .where(
                sample_registrations.c.registration_id == registration_id,
                sample_registrations.c.holds_place == 1,
            )
            .values(
                state=state.value,
                holds_place=None,
                in_venue=False,
                changed_at=now,
                changed_by=actor_login,
            )
        ).rowcount
        == 1
    )
