"""The discount sample venue's registrations as the pages and the API list them: the
merchant's (a sub-account: of the products it owns) and, for operators, across merchants;
each with its factor and, when it is active but out of the venue, the rules it fails now.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import sqlalchemy as sa

from sellerstar.domain.access import Scope
from sellerstar.domain.samples import (
    Failure,
    ProductFacts,
    RegistrationState,
    VenueRules,
    discount_factor,
    failing_rules,
)
from sellerstar.queries.samples import PAGE_SIZE, standing
from sellerstar.store.schema import contract_tables, sample_registrations

_products = contract_tables["products"]
_merchants = contract_tables["merchants"]
_regs = sample_registrations


@dataclass(frozen=True)
class RegistrationRow:
    """A registration as the lists show it; ``out_because`` = the rules it fails now
    when it is active but out of the venue."""

    registration_id: int
    merchant_id: str
    merchant_name: str
    product_id: str
    title: str
    state: RegistrationState
    discount_price_usd: Decimal
    sample_price_usd: Decimal
    factor: Decimal | None
    in_venue: bool
    note: str
    registered_at: dt.datetime
    registered_by: str
    changed_at: dt.datetime
    changed_by: str
    checked_at: dt.datetime
    out_because: tuple[Failure, ...]


@dataclass(frozen=True)
class RegistrationPage:
    """One page of registrations."""

    page: int
    pages: int
    total: int
    rows: tuple[RegistrationRow, ...]


def _registration_query() -> sa.Select[Any]:
    return (
        sa.select(
            _regs,
            _products.c.title,
            _products.c.status,
            _products.c.samples_supported,
            _products.c.stock,
            _products.c.growth_score.label("product_growth"),
            _products.c.industry.label("product_industry"),
            _products.c.sample_price_usd.label("product_price"),
            _merchants.c.name.label("merchant_name"),
            _merchants.c.main_industry,
        )
        .join(_products, _products.c.product_id == _regs.c.product_id)
        .join(_merchants, _merchants.c.merchant_id == _regs.c.merchant_id)
    )


def _page_of(
    connection: sa.Connection, where: sa.ColumnElement[bool], rules: VenueRules | None, page: int
) -> RegistrationPage:
    total = (
        connection.scalar(
            sa.select(sa.func.count())
            .select_from(_regs.join(_products, _products.c.product_id == _regs.c.product_id))
            .where(where)
        )
        or 0
    )
    pages = max(1, -(-total // PAGE_SIZE))
    page = min(max(page, 1), pages)
    rows = connection.execute(
        _registration_query()
        .where(where)
        .order_by(_regs.c.changed_at.desc(), _regs.c.registration_id.desc())
        .limit(PAGE_SIZE)
        .offset((page - 1) * PAGE_SIZE)
    ).all()
    merchants = {m: standing(connection, m) for m in {row.merchant_id for row in rows}}
    return RegistrationPage(
        page, pages, total, tuple(_row(row, rules, merchants[row.merchant_id]) for row in rows)
    )


def _row(row: Any, rules: VenueRules | None, places: tuple[int, bool]) -> RegistrationRow:
    state = RegistrationState(row.state)
    out: tuple[Failure, ...] = ()
    if state is RegistrationState.ACTIVE and not row.in_venue and rules is not None:
        facts = ProductFacts(
            row.status, bool(row.samples_supported), int(row.stock), int(row.product_growth),
            row.product_industry, row.main_industry, row.product_price,
        )  # fmt: skip
        taken, held = places
        # Its own place is not counted against the cap.
        found = failing_rules(facts, row.discount_price_usd, rules, held, max(0, taken - 1))
        out = tuple(found)
    return RegistrationRow(
        registration_id=row.registration_id,
        merchant_id=row.merchant_id,
        merchant_name=row.merchant_name,
        product_id=row.product_id,
        title=row.title,
        state=state,
        discount_price_usd=row.discount_price_usd,
        sample_price_usd=row.sample_price_usd,
        factor=discount_factor(row.discount_price_usd, row.sample_price_usd),
        in_venue=bool(row.in_venue),
        note=row.note,
        registered_at=row.registered_at,
        registered_by=row.registered_by,
        changed_at=row.changed_at,
        changed_by=row.changed_by,
        checked_at=row.checked_at,
        out_because=out,
    )


def registrations(
    connection: sa.Connection,
    scope: Scope,
    rules: VenueRules | None,
    *,
    state: RegistrationState | None = None,
    page: int = 1,
) -> RegistrationPage:
    """The scope's registrations (a sub-account: of the products it owns), latest change
    first, optionally of one state."""
    where = _regs.c.merchant_id == scope.merchant_id
    if scope.account_id is not None:
        where = where & (_products.c.owner_account_id == scope.account_id)
    if state is not None:
        where = where & (_regs.c.state == state.value)
    return _page_of(connection, where, rules, page)


def all_registrations(
    connection: sa.Connection,
    rules: VenueRules | None,
    *,
    merchant_id: str | None = None,
    state: RegistrationState | None = None,
    page: int = 1,
) -> RegistrationPage:
    """Operators: registrations across merchants, latest change first, filtered by
    merchant and state."""
    where: sa.ColumnElement[bool] = sa.true()
    if merchant_id:
        where = where & (_regs.c.merchant_id == merchant_id)
    if state is not None:
        where = where & (_regs.c.state == state.value)
    return _page_of(connection, where, rules, page)


def registration(
    connection: sa.Connection, registration_id: int, rules: VenueRules | None
) -> RegistrationRow | None:
    """One registration (operators), or None."""
    row = connection.execute(
        _registration_query().where(_regs.c.registration_id == registration_id)
    ).one_or_none()
    if row is None:
        return None
    return _row(row, rules, standing(connection, row.merchant_id))
