"""Reviews as the merchant's pages and the API show them (rulebook §5): orders awaiting a
review with their invitation links and the reviews received with their state (the store
rating, pools and ranks: :mod:`sellerstar.queries.review_pools`).

Scope follows the order: a merchant's main account sees every order and review of its
merchant, a sub-account those of the orders it owns (``orders.owner_account_id``) and the
direct reviews of the products it owns (a direct review has no order), an operator any
merchant's as its main account would. The figures (states, ratings, pools, ranks) are the
daily job's, read at the newest stat date it computed; a review newer than that has no
state yet and says when it will. Lists are paged in SQL (LIMIT/OFFSET + COUNT).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from sellerstar.domain.access import Scope
from sellerstar.domain.calendar import platform_date, view_date_for_stat
from sellerstar.domain.review_display import (
    Invitation,
    invitation,
    invitation_link,
    shown_badge,
)
from sellerstar.domain.reviews import Badge
from sellerstar.errors import ConfigurationError
from sellerstar.rules import RuleBook, RuleSet
from sellerstar.rules.reviews import Reviews
from sellerstar.store.review_tables import (
    review_states,
)
from sellerstar.store.schema import contract_tables

PAGE_SIZE = 20
TRANSACTION = "transaction"
DIRECT = "direct"

_orders = contract_tables["orders"]
_accounts = contract_tables["accounts"]
_products = contract_tables["products"]
_buyers = contract_tables["buyers"]
_transaction = contract_tables["transaction_reviews"]
_direct = contract_tables["direct_reviews"]


def reviews_section(book: RuleBook, at: dt.datetime) -> tuple[RuleSet, Reviews]:
    """The rule-set in force at ``at`` and its reviews section (the first one that has
    it before reviews existed)."""
    rule_set = book.in_force_at(at)
    if rule_set.reviews is not None:
        return rule_set, rule_set.reviews
    for candidate in book.rule_sets:
        if candidate.reviews is not None:
            return rule_set, candidate.reviews
    raise ConfigurationError("no rule-set has a [reviews] section")


@dataclass(frozen=True)
class Page:
    """Where a paged list is: its total and page."""

    total: int
    page: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // PAGE_SIZE))


def _paged(
    connection: sa.Connection, query: sa.Select[Any], page: int
) -> tuple[list[sa.RowMapping], Page]:
    total = connection.scalar(sa.select(sa.func.count()).select_from(query.subquery())) or 0
    page = max(1, page)
    rows = list(
        connection.execute(query.limit(PAGE_SIZE).offset((page - 1) * PAGE_SIZE)).mappings()
    )
    return rows, Page(total, page)


# --- awaiting review ------------------------------------------------------------------


@dataclass(frozen=True)
class AwaitingRow:
    """An order received and not yet reviewed, inside its review window."""

    order_id: str
    buyer_id: str
    owner_name: str | None
    received_at: dt.datetime
    days_since_receipt: int
    last_day: dt.date
    best_now: bool
    link: str | None  # None when no invitation secret is configured


@dataclass(frozen=True)
class Awaiting:
    """A page of orders awaiting a review and the advice's numbers."""

    rows: list[AwaitingRow]
    paging: Page
    best_within_days: int
    ideal_within_days: int
    window_days: int
    links: bool


def awaiting(
    connection: sa.Connection,
    scope: Scope,
    book: RuleBook,
    now: dt.datetime,
    page: int = 1,
    *,
    template: str,
    secret: str | None,
) -> Awaiting:
    """The scope's orders with a confirmed receipt, no transaction review yet, still
    inside the review window of the rule-set in force today; newest receipt first."""
    rule_set, section = reviews_section(book, now)
    tz = rule_set.calendar.timezone
    today = platform_date(now, tz)
    window = section.transaction_review_window_days
    # The first instant whose platform day is still inside the window today.
    since = dt.datetime.combine(today - dt.timedelta(days=window), dt.time(), ZoneInfo(tz))
    reviewed = sa.exists().where(_transaction.c.order_id == _orders.c.order_id)
    query = (
        sa.select(
            _orders.c.order_id,
            _orders.c.buyer_id,
            _orders.c.received_at,
            _accounts.c.name.label("owner_name"),
        )
        .outerjoin(_accounts, _accounts.c.account_id == _orders.c.owner_account_id)
        .where(
            scope.orders_clause(_orders.c.merchant_id, _orders.c.owner_account_id),
            _orders.c.received_at.is_not(None),
            _orders.c.received_at >= since,
            _orders.c.received_at <= now,
            ~reviewed,
        )
        .order_by(_orders.c.received_at.desc(), _orders.c.order_id)
    )
    found, paging = _paged(connection, query, page)
    rows = []
    for row in found:
        where: Invitation | None = invitation(
            platform_date(row["received_at"], tz),
            today,
            window,
            section.invitation_best_within_days,
        )
        if where is None:  # pragma: no cover - the SQL bound is the same day
            continue
        rows.append(
            AwaitingRow(
                order_id=row["order_id"],
                buyer_id=row["buyer_id"],
                owner_name=row["owner_name"],
                received_at=row["received_at"],
                days_since_receipt=where.days_since_receipt,
                last_day=where.last_day,
                best_now=where.best_now,
                link=invitation_link(template, row["order_id"], secret) if secret else None,
            )
        )
    return Awaiting(
        rows,
        paging,
        section.invitation_best_within_days,
        section.invitation_ideal_within_days,
        window,
        bool(secret),
    )


# --- the state of a review ------------------------------------------------------------


@dataclass(frozen=True)
class ReviewState:
    """A review's state on the newest stat date: ``computed`` False = the daily job has
    not seen it yet (``update_on`` says when the figures will have it); else ``reasons``
    empty = it counts (transaction) or is shown (direct)."""

    computed: bool
    reasons: tuple[str, ...]  # Exclusion codes
    stat_date: dt.date | None
    update_on: dt.date | None

    @property
    def counts(self) -> bool:
        return self.computed and not self.reasons


def newest_state_date(connection: sa.Connection) -> dt.date | None:
    """The newest stat date the daily job wrote review states for."""
    found: dt.date | None = connection.scalar(sa.select(sa.func.max(review_states.c.stat_date)))
    return found


def _reasons(text: str | None) -> tuple[str, ...]:
    """The exclusion codes of a stored reason (``;``-separated), in their order."""
    return tuple(dict.fromkeys(code for code in (text or "").split(";") if code))


def _state(
    stored: tuple[bool, str | None] | None,
    newest: dt.date | None,
    submitted: dt.datetime,
    rule_set: RuleSet,
) -> ReviewState:
    calendar = rule_set.calendar
    if stored is not None and newest is not None:
        return ReviewState(True, _reasons(stored[1]), newest, None)
    day = platform_date(submitted, calendar.timezone)
    first_stat = day if newest is None else max(day, newest + dt.timedelta(days=1))
    return ReviewState(False, (), newest, view_date_for_stat(first_stat, calendar.data_lag_days))


def _states_of(
    connection: sa.Connection, kind: str, review_ids: list[str], newest: dt.date | None
) -> dict[str, tuple[bool, str | None]]:
    if newest is None or not review_ids:
        return {}
    return {
        row.review_id: (True, row.reason)
        for row in connection.execute(
            sa.select(review_states.c.review_id, review_states.c.reason).where(
                review_states.c.stat_date == newest,
                review_states.c.kind == kind,
                review_states.c.review_id.in_(review_ids),
            )
        )
    }


# --- reviews received -----------------------------------------------------------------


@dataclass(frozen=True)
class TransactionReview:
    """A transaction review as the merchant reads it."""

    review_id: str
    order_id: str
    product_id: str
    product_title: str | None
    buyer_id: str
    buyer_tier: str | None
    badge: Badge | None
    received_at: dt.datetime
    submitted_at: dt.datetime
    product_quality: int
    supplier_service: int
    on_time_shipment: int
    text: str
    state: ReviewState


@dataclass(frozen=True)
class DirectReview:
    """A direct review as the merchant reads it: its content, never its scores (§5.1)."""

    review_id: str
    product_id: str | None
    product_title: str | None
    buyer_id: str
    badge: Badge | None
    submitted_at: dt.datetime
    text: str
    state: ReviewState


@dataclass(frozen=True)
class Received:
    """A page of transaction reviews and one of direct reviews."""

    transaction: list[TransactionReview]
    transaction_paging: Page
    direct: list[DirectReview]
    direct_paging: Page
    stat_date: dt.date | None


def _direct_scope(scope: Scope) -> sa.ColumnElement[bool]:
    clause = _direct.c.merchant_id == scope.merchant_id
    if scope.account_id is not None:
        clause = clause & (_products.c.owner_account_id == scope.account_id)
    return clause


def received(
    connection: sa.Connection,
    scope: Scope,
    book: RuleBook,
    now: dt.datetime,
    transaction_page: int = 1,
    direct_page: int = 1,
) -> Received:
    """The scope's reviews, newest first, each with its state on the newest stat date."""
    rule_set, section = reviews_section(book, now)
    newest = newest_state_date(connection)
    query = (
        sa.select(
            _transaction,
            _products.c.title.label("product_title"),
            _buyers.c.tier.label("buyer_tier"),
            _buyers.c.badge.label("buyer_badge"),
        )
        .join(_orders, _orders.c.order_id == _transaction.c.order_id)
        .outerjoin(_products, _products.c.product_id == _transaction.c.product_id)
        .outerjoin(_buyers, _buyers.c.buyer_id == _transaction.c.buyer_id)
        .where(
            _transaction.c.merchant_id == scope.merchant_id,
            scope.orders_clause(_orders.c.merchant_id, _orders.c.owner_account_id),
        )
        .order_by(_transaction.c.submitted_at.desc(), _transaction.c.review_id)
    )
    found, transaction_paging = _paged(connection, query, transaction_page)
    states = _states_of(connection, TRANSACTION, [r["review_id"] for r in found], newest)
    transaction = [
        TransactionReview(
            review_id=r["review_id"],
            order_id=r["order_id"],
            product_id=r["product_id"],
            product_title=r["product_title"],
            buyer_id=r["buyer_id"],
            buyer_tier=r["buyer_tier"],
            badge=shown_badge(r["buyer_tier"], r["buyer_badge"], section.tier_badges),
            received_at=r["received_at"],
            submitted_at=r["submitted_at"],
            product_quality=r["product_quality"],
            supplier_service=r["supplier_service"],
            on_time_shipment=r["on_time_shipment"],
            text=r["text"] or "",
            state=_state(states.get(r["review_id"]), newest, r["submitted_at"], rule_set),
        )
        for r in found
    ]
    direct_query = (
        sa.select(
            # Never the scores: they are collected, not shown (§5.1).
            _direct.c.review_id,
            _direct.c.product_id,
            _direct.c.buyer_id,
            _direct.c.submitted_at,
            _direct.c.text,
            _products.c.title.label("product_title"),
            _buyers.c.tier.label("buyer_tier"),
            _buyers.c.badge.label("buyer_badge"),
        )
        .outerjoin(_products, _products.c.product_id == _direct.c.product_id)
        .outerjoin(_buyers, _buyers.c.buyer_id == _direct.c.buyer_id)
        .where(_direct_scope(scope))
        .order_by(_direct.c.submitted_at.desc(), _direct.c.review_id)
    )
    found_direct, direct_paging = _paged(connection, direct_query, direct_page)
    direct_states = _states_of(connection, DIRECT, [r["review_id"] for r in found_direct], newest)
    direct = [
        DirectReview(
            review_id=r["review_id"],
            product_id=r["product_id"],
            product_title=r["product_title"],
            buyer_id=r["buyer_id"],
            badge=shown_badge(r["buyer_tier"], r["buyer_badge"], section.tier_badges),
            submitted_at=r["submitted_at"],
            text=r["text"] or "",
            state=_state(direct_states.get(r["review_id"]), newest, r["submitted_at"], rule_set),
        )
        for r in found_direct
    ]
    return Received(transaction, transaction_paging, direct, direct_paging, newest)
