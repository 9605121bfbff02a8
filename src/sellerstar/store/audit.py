"""Writing the audit log: every state change says who, when, what, on what and why."""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa

from sellerstar.store.schema import audit_log


def record(
    connection: sa.Connection,
    *,
    at: dt.datetime,
    actor: str,
    action: str,
    entity_type: str,
    entity_id: str | None,
    detail: dict[str, Any] | None = None,
    reason: str | None = None,
) -> None:
    """Append one audit row in the caller's transaction (so it commits with the change)."""
    connection.execute(
        audit_log.insert().values(
            at=at,
            actor=actor,
            action=action,
            entity_type=entity_type,
            entity_id=entity_id,
            detail=detail,
            reason=reason,
        )
    )
