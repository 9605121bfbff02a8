"""The operators' brushing queue (rulebook §5.3): the suspects the detector found, pending
ones grouped by merchant with the review they are about, and the decided history
(confirmed cases and dismissals). Operators only; paged in SQL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import groupby
from typing import Any

import sqlalchemy as sa

from sellerstar.domain.reviews import SuspectState
from sellerstar.queries.reviews import PAGE_SIZE, Page
from sellerstar.store.review_tables import brushing_cases, brushing_suspects
from sellerstar.store.schema import contract_tables

_merchants = contract_tables["merchants"]
_transaction = contract_tables["transaction_reviews"]
_buyers = contract_tables["buyers"]
_products = contract_tables["products"]


@dataclass(frozen=True)
class Suspect:
    """A suspected review and the review itself."""

    review_id: str
    merchant_id: str
    score: float
    signals: tuple[str, ...]
    detected_at: dt.datetime
    state: SuspectState
    decided_by: str | None
    decided_at: dt.datetime | None
    case_id: int | None
    order_id: str | None
    product_id: str | None
    product_title: str | None
    buyer_id: str | None
    buyer_tier: str | None
    received_at: dt.datetime | None
    submitted_at: dt.datetime | None
    product_quality: int | None
    supplier_service: int | None
    on_time_shipment: int | None
    text: str


@dataclass(frozen=True)
class MerchantGroup:
    """The suspects of one merchant on a page."""

    merchant_id: str
    merchant_name: str
    suspects: list[Suspect]


@dataclass(frozen=True)
class Queue:
    """A page of the queue: pending suspects grouped by merchant (or one state's)."""

    state: SuspectState
    groups: list[MerchantGroup]
    paging: Page
    pending: int
    merchants_pending: int

    @property
    def suspects(self) -> Iterator[Suspect]:
        for group in self.groups:
            yield from group.suspects


@dataclass(frozen=True)
class CaseRow:
    """A confirmed case."""

    case_id: int
    merchant_id: str
    merchant_name: str
    confirmed_by: str
    confirmed_at: dt.datetime
    review_count: int
    points: float
    note: str | None


def _select() -> sa.Select[Any]:
    return (
        sa.select(
            brushing_suspects,
            _merchants.c.name.label("merchant_name"),
            _transaction.c.order_id,
            _transaction.c.product_id,
            _transaction.c.buyer_id,
            _transaction.c.received_at,
            _transaction.c.submitted_at,
            _transaction.c.product_quality,
            _transaction.c.supplier_service,
            _transaction.c.on_time_shipment,
            _transaction.c.text,
            _buyers.c.tier.label("buyer_tier"),
            _products.c.title.label("product_title"),
        )
        .join(_merchants, _merchants.c.merchant_id == brushing_suspects.c.merchant_id)
        .outerjoin(_transaction, _transaction.c.review_id == brushing_suspects.c.review_id)
        .outerjoin(_buyers, _buyers.c.buyer_id == _transaction.c.buyer_id)
        .outerjoin(_products, _products.c.product_id == _transaction.c.product_id)
    )


def _suspect(row: sa.RowMapping) -> Suspect:
    return Suspect(
        review_id=row["review_id"],
        merchant_id=row["merchant_id"],
        score=row["score"],
        signals=tuple(code for code in row["signals"].split(";") if code),
        detected_at=row["detected_at"],
        state=SuspectState(row["state"]),
        decided_by=row["decided_by"],
        decided_at=row["decided_at"],
        case_id=row["case_id"],
        order_id=row["order_id"],
        product_id=row["product_id"],
        product_title=row["product_title"],
        buyer_id=row["buyer_id"],
        buyer_tier=row["buyer_tier"],
        received_at=row["received_at"],
        submitted_at=row["submitted_at"],
        product_quality=row["product_quality"],
        supplier_service=row["supplier_service"],
        on_time_shipment=row["on_time_shipment"],
        text=row["text"] or "",
    )


def queue(
    connection: sa.Connection,
    state: SuspectState = SuspectState.PENDING,
    page: int = 1,
    merchant_id: str | None = None,
) -> Queue:
    """The suspects of ``state`` (narrowed to one merchant when named), grouped by
    merchant: pending ones the merchant with the strongest suspect first, each merchant's
    strongest first; decided ones newest decision first."""
    query = _select().where(brushing_suspects.c.state == state.value)
    if merchant_id:
        query = query.where(brushing_suspects.c.merchant_id == merchant_id)
    if state is SuspectState.PENDING:
        strongest = (
            sa.select(
                brushing_suspects.c.merchant_id.label("m"),
                sa.func.max(brushing_suspects.c.score).label("top"),
            )
            .where(brushing_suspects.c.state == SuspectState.PENDING.value)
            .group_by(brushing_suspects.c.merchant_id)
            .subquery()
        )
        query = query.join(strongest, strongest.c.m == brushing_suspects.c.merchant_id).order_by(
            strongest.c.top.desc(),
            brushing_suspects.c.merchant_id,
            brushing_suspects.c.score.desc(),
            brushing_suspects.c.review_id,
        )
    else:
        query = query.order_by(
            brushing_suspects.c.decided_at.desc(),
            brushing_suspects.c.merchant_id,
            brushing_suspects.c.review_id,
        )
    total = connection.scalar(sa.select(sa.func.count()).select_from(query.subquery())) or 0
    page = max(1, page)
    rows = connection.execute(query.limit(PAGE_SIZE).offset((page - 1) * PAGE_SIZE)).mappings()
    groups = [
        MerchantGroup(key[0], key[1], [_suspect(row) for row in found])
        for key, found in groupby(rows, key=lambda r: (r["merchant_id"], r["merchant_name"]))
    ]
    counts = connection.execute(
        sa.select(
            sa.func.count(), sa.func.count(sa.distinct(brushing_suspects.c.merchant_id))
        ).where(brushing_suspects.c.state == SuspectState.PENDING.value)
    ).one()
    return Queue(state, groups, Page(total, page), int(counts[0]), int(counts[1]))


def cases(connection: sa.Connection, page: int = 1) -> tuple[list[CaseRow], Page]:
    """Confirmed cases, newest first."""
    query = (
        sa.select(brushing_cases, _merchants.c.name.label("merchant_name"))
        .join(_merchants, _merchants.c.merchant_id == brushing_cases.c.merchant_id)
        .order_by(brushing_cases.c.confirmed_at.desc(), brushing_cases.c.case_id.desc())
    )
    total = connection.scalar(sa.select(sa.func.count()).select_from(brushing_cases)) or 0
    page = max(1, page)
    rows = [
        CaseRow(
            case_id=row.case_id,
            merchant_id=row.merchant_id,
            merchant_name=row.merchant_name,
            confirmed_by=row.confirmed_by,
            confirmed_at=row.confirmed_at,
            review_count=row.review_count,
            points=row.points,
            note=row.note,
        )
        for row in connection.execute(query.limit(PAGE_SIZE).offset((page - 1) * PAGE_SIZE))
    ]
    return rows, Page(total, page)
