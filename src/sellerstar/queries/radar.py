"""The product radar as pages, the API and the operators' queues show it (rulebook §3).

Scope follows the product: a merchant's main account sees every task of its merchant, a
sub-account only the tasks of products it owns (``products.owner_account_id``), an
operator any merchant's as its main account would. A task or review outside the scope is
:class:`OutOfScope` (answered "not found").

Each row carries what the list shows and decides nothing itself: the status shown
(:func:`~sellerstar.domain.radar.display`), the countdown
(:func:`~sellerstar.domain.radar.days_left` to the deadline of the rule-set in force when
the task was created), the outcome (:func:`~sellerstar.domain.radar.outcome`) and which of
the buttons are live. Lists are paged in SQL (LIMIT/OFFSET + COUNT).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from sellerstar.domain import radar as rules
from sellerstar.domain.access import OutOfScope, Scope
from sellerstar.domain.radar import (
    Outcome,
    RadarCategory,
    ReviewKind,
    ReviewState,
    ReviewSummary,
    TaskDisplay,
    TaskStatus,
)
from sellerstar.errors import ConfigurationError
from sellerstar.rules import RuleBook
from sellerstar.store.radar_tables import radar_findings, radar_reviews
from sellerstar.store.schema import contract_tables

_tasks = contract_tables["radar_tasks"]
_products = contract_tables["products"]
_rights = contract_tables["ip_rights"]
_accounts = contract_tables["accounts"]
_merchants = contract_tables["merchants"]
PAGE_SIZE = 20

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
class Finding:
    """Why a suspected-IP task was opened: where the mark was found and how."""

    field: str
    matched_text: str
    step: str
    score: float


@dataclass(frozen=True)
class Review:
    """One review of a task (or of its right, for a qualification)."""

    review_id: str
    kind: ReviewKind
    state: ReviewState
    task_id: str | None
    submitted_by: str
    submitted_at: dt.datetime
    due_at: dt.datetime
    decided_by: str | None
    decided_at: dt.datetime | None
    reason: str | None
    payload: Mapping[str, Any]
    qualification_kind: str | None
    file_name: str | None
    has_file: bool

    def summary(self) -> ReviewSummary:
        return ReviewSummary(self.kind, self.state, self.submitted_at)


@dataclass(frozen=True)
class TaskRow:
    """One task as the list shows it, with the buttons that are live."""

    task_id: str
    merchant_id: str
    product_id: str
    product_title: str
    product_status: str
    tier: str | None
    owner_account_id: str | None
    owner_name: str | None
    category: RadarCategory
    right_id: str | None
    right_kind: str | None
    right_mark: str | None
    detail: str
    findings: tuple[Finding, ...]
    created_at: dt.datetime
    closed_at: dt.datetime | None
    deadline: dt.datetime
    days_left: int
    status: TaskStatus
    display: TaskDisplay
    outcome: Outcome
    rejection_reason: str | None
    appeals_filed: int
    appeals_per_task: int
    can_edit: bool
    can_qualify: bool
    can_appeal: bool
    can_delist: bool

    @property
    def suspected_ip(self) -> bool:
        return self.right_id is not None


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


@dataclass(frozen=True)
class QueueRow:
    """One review in an operator's queue."""

    review: Review
    merchant_id: str
    merchant_name: str
    product_id: str | None
    product_title: str | None
    right_id: str | None
    right_kind: str | None
    right_mark: str | None
    overdue: bool
    before: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class QueuePage:
    """A page of one queue, with the pending count of every queue."""

    kind: ReviewKind
    rows: list[QueueRow]
    total: int
    page: int
    pending: dict[ReviewKind, int]
    overdue: dict[ReviewKind, int]

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // PAGE_SIZE))


def _scoped(scope: Scope) -> sa.ColumnElement[bool]:
    return scope.orders_clause(_products.c.merchant_id, _products.c.owner_account_id)


def _workflow(book: RuleBook, created_at: dt.datetime) -> rules.RadarRules:
    rule_set = book.in_force_at(created_at)
    if rule_set.product_radar is None:
        # A task imported from before the radar went live keeps the first radar rules.
        sections = [r.product_radar for r in book.rule_sets if r.product_radar is not None]
        if not sections:
            raise ConfigurationError("no rule-set has a [product_radar] section")
        return sections[0].workflow()
    return rule_set.product_radar.workflow()


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


def _review(mapping: sa.RowMapping) -> Review:
    return Review(
        review_id=mapping["review_id"],
        kind=ReviewKind(mapping["kind"]),
        state=ReviewState(mapping["state"]),
        task_id=mapping["task_id"],
        submitted_by=mapping["submitted_by"],
        submitted_at=mapping["submitted_at"],
        due_at=mapping["due_at"],
        decided_by=mapping["decided_by"],
        decided_at=mapping["decided_at"],
        reason=mapping["reason"],
        payload=dict(mapping["payload"] or {}),
        qualification_kind=mapping["qualification_kind"],
        file_name=mapping["file_name"],
        has_file=mapping["file_path"] is not None,
    )


def _reviews_of(
    connection: sa.Connection, tasks: Sequence[sa.RowMapping]
) -> dict[str, list[Review]]:
    """The reviews that concern each task, newest first: its own edits and appeals, and
    the qualifications its merchant filed for its right (they cover every task of it)."""
    if not tasks:
        return {}
    about: sa.ColumnElement[bool] = radar_reviews.c.task_id.in_([t["task_id"] for t in tasks])
    rights = {(task["merchant_id"], task["right_id"]) for task in tasks if task["right_id"]}
    if rights:
        about = about | (
            (radar_reviews.c.kind == ReviewKind.QUALIFICATION.value)
            & radar_reviews.c.merchant_id.in_(sorted({m for m, _ in rights}))
            & radar_reviews.c.right_id.in_(sorted({r for _, r in rights}))
        )
    by_task: dict[str, list[Review]] = defaultdict(list)
    by_right: dict[tuple[str, str], list[Review]] = defaultdict(list)
    for mapping in connection.execute(
        sa.select(radar_reviews)
        .where(about)
        .order_by(radar_reviews.c.submitted_at.desc(), radar_reviews.c.review_id.desc())
    ).mappings():
        found = _review(mapping)
        if found.kind is ReviewKind.QUALIFICATION:
            by_right[(mapping["merchant_id"], mapping["right_id"])].append(found)
        elif found.task_id is not None:
            by_task[found.task_id].append(found)
    for task in tasks:
        if task["right_id"]:
            mine = by_task[task["task_id"]]
            mine.extend(by_right.get((task["merchant_id"], task["right_id"]), []))
            mine.sort(key=lambda r: (r.submitted_at, r.review_id), reverse=True)
    return by_task


def _findings_of(connection: sa.Connection, task_ids: Iterable[str]) -> dict[str, list[Finding]]:
    ids = list(task_ids)
    if not ids:
        return {}
    found: dict[str, list[Finding]] = defaultdict(list)
    for row in connection.execute(
        sa.select(
            radar_findings.c.task_id,
            radar_findings.c.field,
            radar_findings.c.matched_text,
            radar_findings.c.step,
            radar_findings.c.score,
        )
        .where(radar_findings.c.task_id.in_(ids))
        .order_by(radar_findings.c.task_id, radar_findings.c.score.desc(), radar_findings.c.field)
    ):
        found[row.task_id].append(Finding(row.field, row.matched_text, row.step, row.score))
    return found


def _row(
    mapping: sa.RowMapping,
    reviews: Sequence[Review],
    findings: Sequence[Finding],
    book: RuleBook,
    now: dt.datetime,
) -> TaskRow:
    status = TaskStatus(mapping["status"])
    workflow = _workflow(book, mapping["created_at"])
    due = rules.deadline(mapping["created_at"], workflow)
    shown = rules.display(status, [review.summary() for review in reviews])
    rejected_kind = {
        TaskDisplay.EDIT_REJECTED: ReviewKind.EDIT,
        TaskDisplay.APPEAL_REJECTED: ReviewKind.APPEAL,
    }.get(shown)
    reason = next(
        (
            review.reason
            for review in reviews  # newest first
            if review.kind is rejected_kind and review.state is ReviewState.REJECTED
        ),
        None,
    )
    pending = {review.kind for review in reviews if review.state is ReviewState.PENDING}
    appeals = sum(1 for review in reviews if review.kind is ReviewKind.APPEAL)
    is_open = status is TaskStatus.OPEN
    return TaskRow(
        task_id=mapping["task_id"],
        merchant_id=mapping["merchant_id"],
        product_id=mapping["product_id"],
        product_title=mapping["product_title"],
        product_status=mapping["product_status"],
        tier=mapping["tier"],
        owner_account_id=mapping["owner_account_id"],
        owner_name=mapping["owner_name"],
        category=RadarCategory(mapping["category"]),
        right_id=mapping["right_id"],
        right_kind=mapping["right_kind"],
        right_mark=mapping["right_mark"],
        detail=mapping["detail"],
        findings=tuple(findings),
        created_at=mapping["created_at"],
        closed_at=mapping["closed_at"],
        deadline=due,
        days_left=rules.days_left(due, now),
        status=status,
        display=shown,
        outcome=rules.outcome(status),
        rejection_reason=reason,
        appeals_filed=appeals,
        appeals_per_task=workflow.appeals_per_task,
        can_edit=is_open and ReviewKind.EDIT not in pending,
        can_qualify=is_open
        and mapping["right_id"] is not None
        and ReviewKind.QUALIFICATION not in pending,
        can_appeal=rules.can_appeal(appeals, status, workflow),
        can_delist=is_open and mapping["product_status"] == "listed",
    )


def _rows(
    connection: sa.Connection, found: Sequence[sa.RowMapping], book: RuleBook, now: dt.datetime
) -> list[TaskRow]:
    reviews = _reviews_of(connection, found)
    findings = _findings_of(connection, (row["task_id"] for row in found))
    return [
        _row(row, reviews.get(row["task_id"], []), findings.get(row["task_id"], []), book, now)
        for row in found
    ]


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
    return TaskPage(_rows(connection, found, book, now), total, page)


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
    reviews = _reviews_of(connection, [found]).get(task_id, [])
    findings = _findings_of(connection, [task_id]).get(task_id, [])
    product = connection.execute(
        sa.select(_products.c.description, _products.c.brand).where(
            _products.c.product_id == found["product_id"]
        )
    ).one()
    return TaskDetail(
        _row(found, reviews, findings, book, now), reviews, product.description, product.brand
    )


def _queue_select() -> sa.Select[Any]:
    return (
        sa.select(
            radar_reviews,
            _merchants.c.name.label("merchant_name"),
            _products.c.title.label("product_title"),
            _products.c.description.label("product_description"),
            _products.c.brand.label("product_brand"),
            _rights.c.kind.label("right_kind"),
            _rights.c.mark.label("right_mark"),
        )
        .join(_merchants, _merchants.c.merchant_id == radar_reviews.c.merchant_id)
        .outerjoin(_products, _products.c.product_id == radar_reviews.c.product_id)
        .outerjoin(_rights, _rights.c.right_id == radar_reviews.c.right_id)
    )


def _queue_row(mapping: sa.RowMapping, now: dt.datetime) -> QueueRow:
    review = _review(mapping)
    before = dict(review.payload.get("before") or {})
    if not before and review.kind is ReviewKind.EDIT and review.state is ReviewState.PENDING:
        # Not yet applied: the product as it stands is what the edit changes.
        before = {
            "title": mapping["product_title"],
            "description": mapping["product_description"],
            "brand": mapping["product_brand"],
        }
    return QueueRow(
        review=review,
        merchant_id=mapping["merchant_id"],
        merchant_name=mapping["merchant_name"],
        product_id=mapping["product_id"],
        product_title=mapping["product_title"],
        right_id=mapping["right_id"],
        right_kind=mapping["right_kind"],
        right_mark=mapping["right_mark"],
        overdue=review.state is ReviewState.PENDING and now > review.due_at,
        before=before,
    )


def queue(
    connection: sa.Connection,
    kind: ReviewKind,
    now: dt.datetime,
    page: int = 1,
    state: ReviewState | None = None,
) -> QueuePage:
    """One operator queue: pending reviews first, the earliest due first; then the
    decided ones, newest decision first. ``state`` narrows it to one state."""
    query = _queue_select().where(radar_reviews.c.kind == kind.value)
    if state is not None:
        query = query.where(radar_reviews.c.state == state.value)
    total = connection.scalar(sa.select(sa.func.count()).select_from(query.subquery())) or 0
    page = max(1, page)
    pending_first = sa.case((radar_reviews.c.state == ReviewState.PENDING.value, 0), else_=1)
    found = connection.execute(
        query.order_by(
            pending_first,
            sa.case((radar_reviews.c.state == ReviewState.PENDING.value, radar_reviews.c.due_at)),
            radar_reviews.c.decided_at.desc(),
            radar_reviews.c.review_id,
        )
        .limit(PAGE_SIZE)
        .offset((page - 1) * PAGE_SIZE)
    ).mappings()
    rows = [_queue_row(row, now) for row in found]
    pending = dict.fromkeys(ReviewKind, 0)
    overdue = dict.fromkeys(ReviewKind, 0)
    waiting = radar_reviews.c.state == ReviewState.PENDING.value
    for row in connection.execute(
        sa.select(
            radar_reviews.c.kind,
            sa.func.count(),
            sa.func.sum(sa.case((radar_reviews.c.due_at < now, 1), else_=0)),
        )
        .where(waiting)
        .group_by(radar_reviews.c.kind)
    ):
        pending[ReviewKind(row[0])] = int(row[1])
        overdue[ReviewKind(row[0])] = int(row[2] or 0)
    return QueuePage(kind, rows, total, page, pending, overdue)


def review(connection: sa.Connection, review_id: str, now: dt.datetime) -> QueueRow:
    """One review, for an operator (OutOfScope when there is none)."""
    found = (
        connection.execute(_queue_select().where(radar_reviews.c.review_id == review_id))
        .mappings()
        .first()
    )
    if found is None:
        raise OutOfScope(f"radar review {review_id!r}")
    return _queue_row(found, now)


def qualification_file(
    connection: sa.Connection, review_id: str, scope: Scope | None
) -> tuple[str, str, str]:
    """(relative path, content type, original name) of a qualification document, for an
    operator (``scope`` None) or the merchant that filed it (a sub-account: on a product
    it owns)."""
    query = (
        sa.select(
            radar_reviews.c.file_path, radar_reviews.c.file_content_type, radar_reviews.c.file_name
        )
        .outerjoin(_products, _products.c.product_id == radar_reviews.c.product_id)
        .where(radar_reviews.c.review_id == review_id, radar_reviews.c.file_path.is_not(None))
    )
    if scope is not None:
        query = query.where(radar_reviews.c.merchant_id == scope.merchant_id)
        if scope.account_id is not None:
            query = query.where(_products.c.owner_account_id == scope.account_id)
    found = connection.execute(query).first()
    if found is None:
        raise OutOfScope(f"no document of radar review {review_id!r}")
    return str(found.file_path), str(found.file_content_type), str(found.file_name or "")
