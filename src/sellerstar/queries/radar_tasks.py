"""The product radar's tasks as the merchant's pages and the API list them (rulebook §3):
the task list with its filters, the counts per category and outcome, the filters' choices,
one task with its reviews.

Scope follows the product: a merchant's main account sees every task of its merchant, a
sub-account only the tasks of products it owns (``products.owner_account_id``), an
operator any merchant's as its main account would. A task outside the scope is
:class:`OutOfScope` (answered "not found"). The rows are
:mod:`sellerstar.queries.radar_rows`; lists are paged in SQL (LIMIT/OFFSET + COUNT).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from sellerstar.domain import radar as rules
from sellerstar.domain.access import OutOfScope, Scope
from sellerstar.domain.radar import Outcome, RadarCategory, TaskStatus
from sellerstar.queries.radar_rows import (
    PAGE_SIZE,
    Review,
    TaskRow,
    findings_of,
    reviews_of,
    task_row,
    task_rows,
)
from sellerstar.rules import RuleBook
from sellerstar.store.schema import contract_tables

_tasks = contract_tables["radar_tasks"]
_products = contract_tables["products"]
_rights = contract_tables["ip_rights"]
_accounts = contract_tables["accounts"]


# The outcome of each task status, as SQL, from the domain's one definition.
_OUTCOME = sa.case(
    {status.value: rules.outcome(status).value for status in TaskStatus},
    value=_tasks.c.status,
)


def statuses_of(wanted: Outcome) -> list[str]:
    """The task statuses whose outcome is ``wanted``.

    >>> statuses_of(Outcome.PROBLEM)
    ['open', 'delisted']
    """
    return [status.value for status in TaskStatus if rules.outcome(status) is wanted]


@dataclass(frozen=True)
class TaskFilter:
    """Which tasks a list shows; None = any."""

    category: RadarCategory | None = None
    outcome: Outcome | None = None
    tier: str | None = None
    owner: str | None = None  # the owner account's id
    status: TaskStatus | None = None


@dataclass(frozen=True)
class TaskPage:
    """A page of tasks and how many match in all."""

    rows: list[TaskRow]
    total: int
    page: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // PAGE_SIZE))


@dataclass(frozen=True)
class Counts:
    """Distinct products per category and outcome (and per category in all)."""

    by_category: dict[RadarCategory, dict[Outcome, int]]
    products: dict[RadarCategory, int]

    def outcome_total(self, wanted: Outcome, category: RadarCategory | None = None) -> int:
        if category is not None:
            return self.by_category[category][wanted]
        return sum(outcomes[wanted] for outcomes in self.by_category.values())


@dataclass(frozen=True)
class Owner:
    """An owner (负责人) to filter by."""

    account_id: str
    name: str


@dataclass(frozen=True)
class FilterOptions:
    """The tiers and owners the scope's tasks have (the filters' choices)."""

    tiers: list[str]
    owners: list[Owner]


@dataclass(frozen=True)
class TaskDetail:
    """One task with its reviews (newest first) and the product as it stands."""

    row: TaskRow
    reviews: list[Review]
    product_description: str | None
    product_brand: str | None


def _scoped(scope: Scope) -> sa.ColumnElement[bool]:
    return scope.orders_clause(_products.c.merchant_id, _products.c.owner_account_id)


def _select() -> sa.Select[Any]:
    return (
        sa.select(
            _tasks.c.task_id,
            _tasks.c.product_id,
            _tasks.c.category,
            _tasks.c.right_id,
            _tasks.c.detail,
            _tasks.c.created_at,
            _tasks.c.status,
            _tasks.c.closed_at,
            _products.c.merchant_id,
            _products.c.title.label("product_title"),
            _products.c.status.label("product_status"),
            _products.c.tier,
            _products.c.owner_account_id,
            _accounts.c.name.label("owner_name"),
            _rights.c.kind.label("right_kind"),
            _rights.c.mark.label("right_mark"),
        )
        .join(_products, _products.c.product_id == _tasks.c.product_id)
        .outerjoin(_accounts, _accounts.c.account_id == _products.c.owner_account_id)
        .outerjoin(_rights, _rights.c.right_id == _tasks.c.right_id)
    )


def _filtered(query: sa.Select[Any], scope: Scope, wanted: TaskFilter) -> sa.Select[Any]:
    query = query.where(_scoped(scope))
    if wanted.category is not None:
        query = query.where(_tasks.c.category == wanted.category.value)
    if wanted.outcome is not None:
        query = query.where(_tasks.c.status.in_(statuses_of(wanted.outcome)))
    if wanted.status is not None:
        query = query.where(_tasks.c.status == wanted.status.value)
    if wanted.tier is not None:
        query = query.where(_products.c.tier == wanted.tier)
    if wanted.owner is not None:
        query = query.where(_products.c.owner_account_id == wanted.owner)
    return query


def tasks(
    connection: sa.Connection,
    scope: Scope,
    wanted: TaskFilter,
    book: RuleBook,
    now: dt.datetime,
    page: int = 1,
) -> TaskPage:
    """The scope's tasks matching ``wanted``: open ones first, newest first."""
    query = _filtered(_select(), scope, wanted)
    total = connection.scalar(sa.select(sa.func.count()).select_from(query.subquery())) or 0
    page = max(1, page)
    still_open = sa.case((_tasks.c.status == TaskStatus.OPEN.value, 0), else_=1)
    found = (
        connection.execute(
            query.order_by(still_open, _tasks.c.created_at.desc(), _tasks.c.task_id)
            .limit(PAGE_SIZE)
            .offset((page - 1) * PAGE_SIZE)
        )
        .mappings()
        .all()
    )
    return TaskPage(task_rows(connection, found, book, now), total, page)


def counts(connection: sa.Connection, scope: Scope, wanted: TaskFilter | None = None) -> Counts:
    """Distinct products per category and outcome (完成整改品｜合理品｜问题品); the tier
    and owner of ``wanted`` narrow them, its category and outcome do not (the tabs)."""
    narrowing = TaskFilter(tier=wanted.tier, owner=wanted.owner) if wanted else TaskFilter()
    base = (
        sa.select(_tasks.c.category, _OUTCOME.label("outcome"), _tasks.c.product_id)
        .select_from(_tasks)
        .join(_products, _products.c.product_id == _tasks.c.product_id)
    )
    base = _filtered(base, scope, narrowing)
    by_category = {category: dict.fromkeys(Outcome, 0) for category in RadarCategory}
    products = dict.fromkeys(RadarCategory, 0)
    grouped = base.subquery()
    for row in connection.execute(
        sa.select(
            grouped.c.category,
            grouped.c.outcome,
            sa.func.count(sa.distinct(grouped.c.product_id)),
        ).group_by(grouped.c.category, grouped.c.outcome)
    ):
        by_category[RadarCategory(row[0])][Outcome(row[1])] = int(row[2])
    for row in connection.execute(
        sa.select(grouped.c.category, sa.func.count(sa.distinct(grouped.c.product_id))).group_by(
            grouped.c.category
        )
    ):
        products[RadarCategory(row[0])] = int(row[1])
    return Counts(by_category, products)


def filter_options(connection: sa.Connection, scope: Scope) -> FilterOptions:
    """The product tiers and owners of the scope's tasks."""
    in_scope = (
        sa.select(_products.c.tier, _products.c.owner_account_id, _accounts.c.name)
        .select_from(_tasks)
        .join(_products, _products.c.product_id == _tasks.c.product_id)
        .outerjoin(_accounts, _accounts.c.account_id == _products.c.owner_account_id)
        .where(_scoped(scope))
        .distinct()
    )
    tiers: set[str] = set()
    owners: dict[str, str] = {}
    for row in connection.execute(in_scope):
        if row.tier:
            tiers.add(row.tier)
        if row.owner_account_id:
            owners[row.owner_account_id] = row.name or row.owner_account_id
    return FilterOptions(
        sorted(tiers),
        [Owner(account, name) for account, name in sorted(owners.items(), key=lambda o: o[1])],
    )


def task(
    connection: sa.Connection,
    scope: Scope | None,
    task_id: str,
    book: RuleBook,
    now: dt.datetime,
) -> TaskDetail:
    """One task; ``scope`` None = an operator (any task). OutOfScope otherwise."""
    query = _select().where(_tasks.c.task_id == task_id)
    if scope is not None:
        query = query.where(_scoped(scope))
    found = connection.execute(query).mappings().first()
    if found is None:
        raise OutOfScope(f"radar task {task_id!r}")
    reviews = reviews_of(connection, [found]).get(task_id, [])
    findings = findings_of(connection, [task_id]).get(task_id, [])
    product = connection.execute(
        sa.select(_products.c.description, _products.c.brand).where(
            _products.c.product_id == found["product_id"]
        )
    ).one()
    return TaskDetail(
        task_row(found, reviews, findings, book, now), reviews, product.description, product.brand
    )
