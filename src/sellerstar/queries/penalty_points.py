"""A merchant's penalty points active on a stat date (rulebook §3.1): the ledger's rows of
every source, their total and the risk health score they make.

The stat date is the one of the merchant's newest predicted star level, so the page
counts what the star page's risk health score counted; without a star level yet, the stat
date of today's view date. A sub-account sees its merchant's points.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from sellerstar.domain.access import OutOfScope, Scope
from sellerstar.domain.calendar import stat_date_for_view
from sellerstar.domain.penalties import risk_health_score
from sellerstar.rules import RuleBook
from sellerstar.store.schema import contract_tables, penalty_points, star_levels


@dataclass(frozen=True)
class PenaltyRow:
    """One active violation of the ledger."""

    kind: str
    entity_id: str
    occurred_on: dt.date
    points: float
    expires_on: dt.date
    detail: dict[str, Any]


@dataclass(frozen=True)
class ActivePoints:
    """The merchant's active points on ``stat_date`` and what they do to its score."""

    merchant_id: str
    stat_date: dt.date
    rows: tuple[PenaltyRow, ...]
    total: float
    from_ledger: bool  # the stat date's rule-set derives the risk health score from them
    deduction_per_point: float
    floor: float
    score: float  # the risk health score the ledger gives (shown when from_ledger)


def active_points(
    connection: sa.Connection, scope: Scope, book: RuleBook, today: dt.date
) -> ActivePoints:
    """The points of the scope's merchant active on its newest predicted stat date (or,
    before any, on today's stat date), newest first."""
    merchants = contract_tables["merchants"]
    known = connection.scalar(
        sa.select(merchants.c.merchant_id).where(merchants.c.merchant_id == scope.merchant_id)
    )
    if known is None:
        raise OutOfScope(f"merchant {scope.merchant_id!r}")
    stat_date = connection.scalar(
        sa.select(sa.func.max(star_levels.c.stat_date)).where(
            star_levels.c.merchant_id == scope.merchant_id
        )
    ) or stat_date_for_view(today, book.in_force(today).calendar.data_lag_days)
    section = book.for_stat_date(stat_date).penalty_points
    rows = tuple(
        PenaltyRow(
            kind=row.kind,
            entity_id=row.entity_id,
            occurred_on=row.occurred_on,
            points=float(row.points),
            expires_on=row.expires_on,
            detail=dict(row.detail or {}),
        )
        for row in connection.execute(
            sa.select(penalty_points)
            .where(
                penalty_points.c.merchant_id == scope.merchant_id,
                penalty_points.c.waived_reason.is_(None),
                penalty_points.c.occurred_on <= stat_date,
                penalty_points.c.expires_on > stat_date,
            )
            .order_by(
                penalty_points.c.occurred_on.desc(),
                penalty_points.c.kind,
                penalty_points.c.entity_id,
            )
        )
    )
    total = sum(row.points for row in rows)
    return ActivePoints(
        merchant_id=scope.merchant_id,
        stat_date=stat_date,
        rows=rows,
        total=total,
        from_ledger=section.risk_health_from_ledger,
        deduction_per_point=section.risk_health_deduction_per_point,
        floor=section.risk_health_floor,
        score=risk_health_score(
            total, section.risk_health_deduction_per_point, section.risk_health_floor
        ),
    )
