"""The product radar's review queues as the operators' pages and the API show them
(rulebook §3): the three queues (edits, qualifications, appeals), one review, and who may
read a qualification's document.

A review outside the caller's reach is :class:`OutOfScope` (answered "not found"). The
review rows are :mod:`sellerstar.queries.radar_rows`; queues are paged in SQL
(LIMIT/OFFSET + COUNT).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from sellerstar.domain.access import OutOfScope, Scope
from sellerstar.domain.radar import ReviewKind, ReviewState
from sellerstar.queries.radar_rows import PAGE_SIZE, Review, review_row
from sellerstar.store.radar_tables import radar_reviews
from sellerstar.store.schema import contract_tables

_products = contract_tables["products"]
_rights = contract_tables["ip_rights"]
_merchants = contract_tables["merchants"]


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
    review = review_row(mapping)
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
