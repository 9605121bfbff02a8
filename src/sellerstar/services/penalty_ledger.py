"""Writing the penalty-points ledger: one row per violation, from every source.

The guaranteed service's late shipments are written by their batch job
(``jobs/guarantee.py``); radar delistings here, in the transaction that delists; the
marketplace's own points arrive as ``violations`` and are copied in by the ledger job.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

import sqlalchemy as sa

from sellerstar.rules import RuleSet
from sellerstar.store.schema import penalty_points

RADAR_DELISTING = "radar_delisting"


def points_on(connection: sa.Connection, merchant_id: str, kind: str, day: dt.date) -> float:
    """Points of ``kind`` already recorded for the merchant on ``day`` (for a daily cap)."""
    total = connection.execute(
        sa.select(sa.func.coalesce(sa.func.sum(penalty_points.c.points), 0)).where(
            penalty_points.c.merchant_id == merchant_id,
            penalty_points.c.kind == kind,
            penalty_points.c.occurred_on == day,
            penalty_points.c.waived_reason.is_(None),
        )
    ).scalar_one()
    return float(total)


def record(
    connection: sa.Connection,
    *,
    kind: str,
    entity_id: str,
    merchant_id: str,
    occurred_on: dt.date,
    points: float,
    waived_reason: str | None,
    rule_set: RuleSet,
    detail: Mapping[str, Any],
    now: dt.datetime,
) -> bool:
    """Add one violation; False when it was recorded already (the same kind and entity).

    The ledger's key (kind, entity) makes a second writer of the same violation fail at
    commit rather than count it twice.
    """
    exists = connection.execute(
        sa.select(sa.literal(1)).where(
            penalty_points.c.kind == kind, penalty_points.c.entity_id == entity_id
        )
    ).first()
    if exists is not None:
        return False
    connection.execute(
        sa.insert(penalty_points).values(
            kind=kind,
            entity_id=entity_id,
            merchant_id=merchant_id,
            occurred_on=occurred_on,
            points=points,
            waived_reason=waived_reason,
            rule_set_id=rule_set.id,
            computed_at=now,
            expires_on=occurred_on + dt.timedelta(days=rule_set.penalty_points.expiry_days),
            detail=dict(detail),
        )
    )
    return True
