"""Writing the penalty-points ledger: one row per violation, from every source.

The guaranteed service's late shipments are written by their batch job
(``jobs/guarantee.py``); radar delistings here, in the transaction that delists; the
marketplace's own points arrive as the contract table ``violations`` and are copied in
by :func:`copy_imported` (the daily job's ``penalties`` step, ``jobs/penalties.py``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

import sqlalchemy as sa

from sellerstar.domain.penalties import PenaltyKind
from sellerstar.rules import RuleBook, RuleSet
from sellerstar.store.db import upsert
from sellerstar.store.schema import contract_tables, penalty_points

RADAR_DELISTING = PenaltyKind.RADAR_DELISTING.value
IMPORTED = PenaltyKind.IMPORTED.value
_COMPARED = ("merchant_id", "occurred_on", "points", "expires_on", "rule_set_id", "detail")
_CHUNK = 500


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


def rule_set_on(book: RuleBook, day: dt.date) -> RuleSet:
    """The rule-set in force on ``day``; for a day before the first one, the first (a
    marketplace may record points older than any rule-set sellerstar knows)."""
    first = book.rule_sets[0]
    return book.in_force(day) if day >= first.effective else first


def copy_imported(connection: sa.Connection, book: RuleBook, now: dt.datetime) -> dict[str, int]:
    """Bring the ledger's ``imported`` rows in step with the contract table ``violations``.

    One row per violation (entity = ``violation_id``) with its merchant, date, points and
    ``detail`` {rule, detail}; ``expires_on`` is the violation's own, else its date plus
    the ``expiry_days`` of the rule-set in force on that date. Idempotent: rows that did
    not change are not written (their ``computed_at`` stays), changed ones are replaced,
    rows whose violation disappeared are removed. Counts: ``violations``, ``written``,
    ``removed``, ``unchanged``.
    """
    violations = contract_tables["violations"]
    wanted: dict[str, dict[str, Any]] = {}
    for row in connection.execute(sa.select(violations)):
        rule_set = rule_set_on(book, row.occurred_on)
        expiry = dt.timedelta(days=rule_set.penalty_points.expiry_days)
        wanted[row.violation_id] = {
            "kind": IMPORTED,
            "entity_id": row.violation_id,
            "merchant_id": row.merchant_id,
            "occurred_on": row.occurred_on,
            "points": float(row.points),
            "waived_reason": None,
            "rule_set_id": rule_set.id,
            "computed_at": now,
            "expires_on": row.expires_on or row.occurred_on + expiry,
            "detail": {"rule": row.rule, "detail": row.detail},
        }
    stored = {
        row.entity_id: row
        for row in connection.execute(
            sa.select(penalty_points).where(penalty_points.c.kind == IMPORTED)
        )
    }
    gone = sorted(set(stored) - set(wanted))
    for start in range(0, len(gone), _CHUNK):
        connection.execute(
            penalty_points.delete().where(
                penalty_points.c.kind == IMPORTED,
                penalty_points.c.entity_id.in_(gone[start : start + _CHUNK]),
            )
        )
    changed = [
        row for key, row in wanted.items() if key not in stored or _differs(stored[key], row)
    ]
    upsert(connection, penalty_points, changed)
    return {
        "violations": len(wanted),
        "written": len(changed),
        "removed": len(gone),
        "unchanged": len(wanted) - len(changed),
    }


def _differs(stored: sa.Row[Any], row: Mapping[str, Any]) -> bool:
    if stored.waived_reason is not None:
        return True
    return any(getattr(stored, name) != row[name] for name in _COMPARED)
