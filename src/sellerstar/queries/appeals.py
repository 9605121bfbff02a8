"""Appeals as pages show them: the operators' queue, a merchant's list, one appeal.

Every appeal of the contract table is listed, also one imported without a review record
(no pre-check, no filer: the import brought only the contract row): an operator must see
every pending appeal. Scope follows the order (merchant, owning sub-account), as on the
logistics pages.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from sellerstar.domain.access import OutOfScope, Scope
from sellerstar.domain.appeals import (
    UNDECIDED,
    AppealState,
    awaiting_material,
    review_due_resumed,
)
from sellerstar.domain.calendar import platform_date
from sellerstar.rules import RuleBook
from sellerstar.store.appeal_tables import appeal_evidence, appeal_reviews
from sellerstar.store.schema import contract_tables

_appeals = contract_tables["tracking_appeals"]
_orders = contract_tables["orders"]
_shipments = contract_tables["shipments"]
_merchants = contract_tables["merchants"]
PAGE_SIZE = 20


@dataclass(frozen=True)
class Clock:
    """Today (platform date) and the review time, to date imported appeals' deadlines."""

    today: dt.date
    timezone: str
    review_sla_days: int


def clock(book: RuleBook, now: dt.datetime) -> Clock:
    """The clock of the rule-set in force at ``now``."""
    rule_set = book.in_force_at(now)
    tv = rule_set.tracking_visibility
    zone = rule_set.calendar.timezone
    return Clock(platform_date(now, zone), zone, tv.appeals.review_sla_days if tv else 1)


@dataclass(frozen=True)
class AppealRow:
    """One appeal in a list; ``precheck_outcome`` and ``filed_by`` None: imported."""

    appeal_id: str
    order_id: str
    shipment_id: str
    merchant_id: str
    merchant_name: str
    owner_account_id: str | None
    carrier: str
    tracking_number: str
    appeal_type: str
    status: str
    submitted_at: dt.datetime
    decided_at: dt.datetime | None
    due_on: dt.date
    days_left: int
    overdue: bool
    precheck_outcome: str | None
    precheck_reason: str | None
    decision_reason: str | None
    decision_note: str | None
    filed_by: str | None
    decided_by: str | None
    # More material asked for (seed FAQ 8): the latest request, its deadline, the answer.
    supplement_requests: int = 0
    supplement_requested_at: dt.datetime | None = None
    supplement_reason: str | None = None
    supplement_note: str | None = None
    supplement_due_on: dt.date | None = None
    supplement_received_at: dt.datetime | None = None
    supplement_reply: str | None = None
    awaiting_material: bool = False  # the review time is paused until the deadline
    material_lapsed: bool = False  # the deadline passed without material: decide now


@dataclass(frozen=True)
class Evidence:
    """An evidence file of an appeal."""

    evidence_id: int
    content_type: str
    size: int
    original_name: str


@dataclass(frozen=True)
class AppealDetail:
    """One appeal with its pre-check (counts and the events it saw) and evidence."""

    row: AppealRow
    precheck: dict[str, Any]
    evidence: list[Evidence]


@dataclass(frozen=True)
class Page:
    """A page of appeals and how many there are in all."""

    rows: list[AppealRow]
    total: int
    page: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // PAGE_SIZE))


def _select() -> sa.Select[Any]:
    return (
        sa.select(
            _appeals.c.appeal_id,
            _appeals.c.order_id,
            _appeals.c.shipment_id,
            _appeals.c.appeal_type,
            _appeals.c.status,
            _appeals.c.submitted_at,
            _appeals.c.decided_at,
            _orders.c.merchant_id,
            _orders.c.owner_account_id,
            _merchants.c.name.label("merchant_name"),
            _shipments.c.carrier,
            sa.func.coalesce(appeal_reviews.c.tracking_number, _shipments.c.tracking_number).label(
                "tracking_number"
            ),
            appeal_reviews.c.due_on,
            appeal_reviews.c.precheck_outcome,
            appeal_reviews.c.precheck_reason,
            appeal_reviews.c.decision_reason,
            appeal_reviews.c.decision_note,
            appeal_reviews.c.filed_by,
            appeal_reviews.c.decided_by,
            sa.func.coalesce(appeal_reviews.c.supplement_requests, 0).label("supplement_requests"),
            appeal_reviews.c.supplement_requested_at,
            appeal_reviews.c.supplement_reason,
            appeal_reviews.c.supplement_note,
            appeal_reviews.c.supplement_due_on,
            appeal_reviews.c.supplement_received_at,
            appeal_reviews.c.supplement_reply,
        )
        .join(_orders, _orders.c.order_id == _appeals.c.order_id)
        .join(_merchants, _merchants.c.merchant_id == _orders.c.merchant_id)
        .join(_shipments, _shipments.c.shipment_id == _appeals.c.shipment_id)
        .outerjoin(appeal_reviews, appeal_reviews.c.appeal_id == _appeals.c.appeal_id)
    )


def _row(mapping: sa.RowMapping, when: Clock) -> AppealRow:
    due: dt.date | None = mapping["due_on"]
    if due is None:  # imported: the review time runs from the submission day
        submitted = platform_date(mapping["submitted_at"], when.timezone)
        due = submitted + dt.timedelta(days=when.review_sla_days - 1)
    waiting = lapsed = False
    if mapping["status"] == AppealState.SUPPLEMENT_REQUESTED:
        deadline = mapping["supplement_due_on"]
        waiting = awaiting_material(deadline, when.today)
        if not waiting and deadline is not None:
            # No material by the deadline: the review time runs again the day after it.
            requested = platform_date(mapping["supplement_requested_at"], when.timezone)
            due = review_due_resumed(due, requested, deadline + dt.timedelta(days=1))
            lapsed = True
    undecided = mapping["status"] in UNDECIDED
    fields = {key: mapping[key] for key in mapping if key in AppealRow.__dataclass_fields__}
    return AppealRow(
        **{**fields, "due_on": due},
        days_left=(due - when.today).days,
        overdue=undecided and not waiting and when.today > due,
        awaiting_material=waiting,
        material_lapsed=lapsed,
    )


def _page(connection: sa.Connection, query: sa.Select[Any], page: int, when: Clock) -> Page:
    total = connection.scalar(sa.select(sa.func.count()).select_from(query.subquery())) or 0
    page = max(1, page)
    rows = connection.execute(query.limit(PAGE_SIZE).offset((page - 1) * PAGE_SIZE)).mappings()
    return Page([_row(row, when) for row in rows], total, page)


def queue(connection: sa.Connection, when: Clock, page: int = 1) -> Page:
    """Undecided appeals (pending, or waiting for the merchant's material), oldest first
    (the review clock runs from filing)."""
    query = (
        _select()
        .where(_appeals.c.status.in_([state.value for state in UNDECIDED]))
        .order_by(_appeals.c.submitted_at, _appeals.c.appeal_id)
    )
    return _page(connection, query, page, when)


def decided(
    connection: sa.Connection, when: Clock, page: int = 1, status: str | None = None
) -> Page:
    """Decided appeals (or only ``approved`` / ``rejected`` ones), newest decision first."""
    wanted = [status] if status else [AppealState.APPROVED.value, AppealState.REJECTED.value]
    query = (
        _select()
        .where(_appeals.c.status.in_(wanted))
        .order_by(_appeals.c.decided_at.desc(), _appeals.c.appeal_id)
    )
    return _page(connection, query, page, when)


def _scoped(scope: Scope) -> sa.ColumnElement[bool]:
    return scope.orders_clause(_orders.c.merchant_id, _orders.c.owner_account_id)


def of_scope(
    connection: sa.Connection,
    scope: Scope,
    when: Clock,
    page: int = 1,
    status: str | None = None,
) -> Page:
    """The appeals a merchant user may see (optionally of one status), newest first."""
    query = _select().where(_scoped(scope))
    if status:
        query = query.where(_appeals.c.status == status)
    query = query.order_by(_appeals.c.submitted_at.desc(), _appeals.c.appeal_id)
    return _page(connection, query, page, when)


def detail(
    connection: sa.Connection, appeal_id: str, scope: Scope | None, when: Clock
) -> AppealDetail:
    """One appeal; ``scope`` None = an operator (any appeal). OutOfScope otherwise."""
    query = _select().where(_appeals.c.appeal_id == appeal_id)
    if scope is not None:
        query = query.where(_scoped(scope))
    found = connection.execute(query).mappings().first()
    if found is None:
        raise OutOfScope(f"appeal {appeal_id!r}")
    precheck = connection.scalar(
        sa.select(appeal_reviews.c.precheck).where(appeal_reviews.c.appeal_id == appeal_id)
    )
    files = connection.execute(
        sa.select(
            appeal_evidence.c.evidence_id,
            appeal_evidence.c.content_type,
            appeal_evidence.c.size,
            appeal_evidence.c.original_name,
        )
        .where(appeal_evidence.c.appeal_id == appeal_id)
        .order_by(appeal_evidence.c.evidence_id)
    )
    return AppealDetail(_row(found, when), dict(precheck or {}), [Evidence(*row) for row in files])


def evidence_file(
    connection: sa.Connection, appeal_id: str, evidence_id: int, scope: Scope | None
) -> tuple[str, str]:
    """(relative path, content type) of one evidence file the viewer may see."""
    query = (
        sa.select(appeal_evidence.c.relative_path, appeal_evidence.c.content_type)
        .join(_appeals, _appeals.c.appeal_id == appeal_evidence.c.appeal_id)
        .join(_orders, _orders.c.order_id == _appeals.c.order_id)
        .where(
            appeal_evidence.c.appeal_id == appeal_id,
            appeal_evidence.c.evidence_id == evidence_id,
        )
    )
    if scope is not None:
        query = query.where(_scoped(scope))
    found = connection.execute(query).first()
    if found is None:
        raise OutOfScope(f"evidence {evidence_id} of appeal {appeal_id!r}")
    return str(found.relative_path), str(found.content_type)


def appeals_of_order(connection: sa.Connection, scope: Scope, order_id: str) -> dict[str, str]:
    """Appeal id of each appealed shipment of an order in scope: shipment_id -> appeal_id."""
    rows = connection.execute(
        sa.select(_appeals.c.shipment_id, _appeals.c.appeal_id)
        .join(_orders, _orders.c.order_id == _appeals.c.order_id)
        .where(_appeals.c.order_id == order_id, _scoped(scope))
        .order_by(_appeals.c.submitted_at, _appeals.c.appeal_id)
    )
    return {row.shipment_id: row.appeal_id for row in rows}
