"""What the discount sample venue's registration pages and API read (rulebook §4, §4.1):
the merchant's products with every rule each one fails (and the highest discounted price
its industry allows), its places under the cap and its right to register. The
registrations themselves are :mod:`sellerstar.queries.sample_registrations`.

Scoped like the rest: a sub-account sees the products it owns and their registrations.
The rules are :func:`sellerstar.domain.samples.failing_rules`, the same the registration
service applies.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

import sqlalchemy as sa

from sellerstar.domain.access import Scope
from sellerstar.domain.calendar import platform_date
from sellerstar.domain.samples import (
    Failure,
    ProductFacts,
    VenueRules,
    failing_rules,
    max_discount_price,
)
from sellerstar.rules import RuleBook
from sellerstar.store.schema import (
    contract_tables,
    sample_merchants,
    sample_registrations,
    sample_right_losses,
)

PAGE_SIZE = 50
_products = contract_tables["products"]
_merchants = contract_tables["merchants"]
_accounts = contract_tables["accounts"]
_regs = sample_registrations


@dataclass(frozen=True)
class Places:
    """The merchant's registrations holding a place, and the cap."""

    taken: int
    cap: int

    @property
    def left(self) -> int:
        return max(0, self.cap - self.taken)


@dataclass(frozen=True)
class Right:
    """Whether the merchant holds the right to register; if not, since when and the
    sample order that was not fulfilled (``late`` or ``merchant_cancelled``), and the day
    it returns by itself (None: an operator restores it)."""

    held: bool
    lost_at: dt.datetime | None = None
    order_id: str | None = None
    failure: str | None = None
    last_failed_at: dt.datetime | None = None
    returns_on: dt.date | None = None


@dataclass(frozen=True)
class Overview:
    """The head of the merchant's page: the rules in force (None = the venue is not in
    force on this date), the places and the right."""

    rules: VenueRules | None
    places: Places
    right: Right


@dataclass(frozen=True)
class ProductCheck:
    """A product and what the rules say of it now (no discounted price set yet)."""

    product_id: str
    title: str
    owner_name: str | None
    industry: str
    stock: int
    growth_score: int
    sample_price_usd: Decimal | None
    failures: tuple[Failure, ...]
    max_factor: Decimal | None
    max_discount_price: Decimal | None
    registration_id: int | None
    registration_state: str | None
    discount_price_usd: Decimal | None

    @property
    def eligible(self) -> bool:
        return not self.failures and self.registration_id is None


@dataclass(frozen=True)
class ProductPage:
    """One page of the scope's products."""

    page: int
    pages: int
    total: int
    rows: tuple[ProductCheck, ...]


def rules_at(book: RuleBook, at: dt.datetime) -> VenueRules | None:
    """The venue's rules on the platform date of ``at``; None before it is in force."""
    venue = book.in_force_at(at).sample_venue
    return None if venue is None else venue.venue_rules()


def standing(connection: sa.Connection, merchant_id: str) -> tuple[int, bool]:
    row = connection.execute(
        sa.select(sample_merchants.c.places_taken, sample_merchants.c.lost_at).where(
            sample_merchants.c.merchant_id == merchant_id
        )
    ).one_or_none()
    return (0, True) if row is None else (int(row.places_taken), row.lost_at is None)


def right(connection: sa.Connection, merchant_id: str) -> Right:
    """The merchant's right now: a loss not restored names its (earliest) order."""
    open_losses = (
        sample_right_losses.c.merchant_id == merchant_id,
        (sample_right_losses.c.restored_at.is_(None)),
    )
    loss = connection.execute(
        sa.select(sample_right_losses)
        .where(*open_losses)
        .order_by(sample_right_losses.c.failed_at, sample_right_losses.c.loss_id)
        .limit(1)
    ).one_or_none()
    if loss is not None:
        last = connection.scalar(
            sa.select(sa.func.max(sample_right_losses.c.failed_at)).where(*open_losses)
        )
        return Right(False, loss.failed_at, loss.order_id, loss.failure, last)
    row = connection.execute(
        sa.select(sample_merchants.c.lost_at, sample_merchants.c.lost_order_id).where(
            sample_merchants.c.merchant_id == merchant_id
        )
    ).one_or_none()
    if row is not None and row.lost_at is not None:
        return Right(False, row.lost_at, row.lost_order_id)
    return Right(True)


def overview(connection: sa.Connection, scope: Scope, book: RuleBook, at: dt.datetime) -> Overview:
    """The rules, places and right of the scope's merchant."""
    rules = rules_at(book, at)
    taken, _held = standing(connection, scope.merchant_id)
    cap = rules.max_products if rules is not None else 0
    return Overview(
        rules, Places(taken, cap), _with_return(right(connection, scope.merchant_id), book, at)
    )


def _with_return(now: Right, book: RuleBook, at: dt.datetime) -> Right:
    """The day a loss ends by itself, when the rules in force say it does: the daily job
    restores it on the day ``lost_right_days`` after the last failure's day."""
    rule_set = book.in_force_at(at)
    venue = rule_set.sample_venue
    if now.held or now.last_failed_at is None or venue is None:
        return now
    if venue.lost_right_ends != "after_days":
        return now
    last_day = platform_date(now.last_failed_at, rule_set.calendar.timezone)
    return replace(now, returns_on=last_day + dt.timedelta(days=venue.lost_right_days))


def _facts(row: Any) -> ProductFacts:
    return ProductFacts(
        status=row.status,
        samples_supported=bool(row.samples_supported),
        stock=int(row.stock),
        growth_score=int(row.growth_score),
        industry=row.industry,
        main_industry=row.main_industry,
        sample_price_usd=row.sample_price_usd,
    )


def _product_where(scope: Scope) -> sa.ColumnElement[bool]:
    return scope.orders_clause(_products.c.merchant_id, _products.c.owner_account_id)


def products(
    connection: sa.Connection,
    scope: Scope,
    rules: VenueRules,
    page: int = 1,
) -> ProductPage:
    """The scope's products by id, each with the rules it fails now, the highest
    discounted price its industry allows and its registration holding a place, if any."""
    where = _product_where(scope)
    total = connection.scalar(sa.select(sa.func.count()).select_from(_products).where(where)) or 0
    pages = max(1, -(-total // PAGE_SIZE))
    page = min(max(page, 1), pages)
    holding = _regs.alias("holding")
    rows = connection.execute(
        sa.select(
            _products,
            _merchants.c.main_industry,
            _accounts.c.name.label("owner_name"),
            holding.c.registration_id,
            holding.c.state.label("registration_state"),
            holding.c.discount_price_usd,
        )
        .join(_merchants, _merchants.c.merchant_id == _products.c.merchant_id)
        .outerjoin(_accounts, _accounts.c.account_id == _products.c.owner_account_id)
        .outerjoin(
            holding,
            (holding.c.product_id == _products.c.product_id) & (holding.c.holds_place == 1),
        )
        .where(where)
        .order_by(_products.c.product_id)
        .limit(PAGE_SIZE)
        .offset((page - 1) * PAGE_SIZE)
    ).all()
    taken, held = standing(connection, scope.merchant_id)
    checks = tuple(_check(row, rules, held, taken) for row in rows)
    return ProductPage(page, pages, total, checks)


def _check(row: Any, rules: VenueRules, held: bool, taken: int) -> ProductCheck:
    table_row = rules.industries.get(row.industry)
    price = row.sample_price_usd
    factor = table_row[1] if table_row is not None else None
    highest = max_discount_price(price, factor) if price and factor is not None else None
    return ProductCheck(
        product_id=row.product_id,
        title=row.title,
        owner_name=row.owner_name,
        industry=row.industry,
        stock=int(row.stock),
        growth_score=int(row.growth_score),
        sample_price_usd=price,
        failures=tuple(failing_rules(_facts(row), None, rules, held, taken)),
        max_factor=factor,
        max_discount_price=highest,
        registration_id=row.registration_id,
        registration_state=row.registration_state,
        discount_price_usd=row.discount_price_usd,
    )


def check_products(
    connection: sa.Connection, scope: Scope, rules: VenueRules, offers: dict[str, Decimal | None]
) -> dict[str, tuple[Failure, ...]]:
    """Every rule each offered product fails at its discounted price (None = unchecked
    price); products outside the scope are left out (the caller answers "not found")."""
    rows = connection.execute(
        sa.select(_products, _merchants.c.main_industry)
        .join(_merchants, _merchants.c.merchant_id == _products.c.merchant_id)
        .where(_product_where(scope), _products.c.product_id.in_(sorted(offers)))
    ).all()
    taken, held = standing(connection, scope.merchant_id)
    return {
        row.product_id: tuple(
            failing_rules(_facts(row), offers[row.product_id], rules, held, taken)
        )
        for row in rows
    }
