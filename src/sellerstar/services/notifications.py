"""The notification outbox: tell a merchant's account about an event, in the event's own
transaction, so a message exists exactly when its event does (sent later by the notifier).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

import sqlalchemy as sa

from sellerstar.store.schema import notifications


def enqueue(
    connection: sa.Connection,
    *,
    merchant_id: str,
    account_id: str | None,
    topic: str,
    subject_id: str,
    payload: Mapping[str, Any],
    now: dt.datetime,
) -> bool:
    """Add one message; False when this event (topic, subject) was told already.

    ``account_id`` empty = the merchant's main account; else the sub-account responsible.
    """
    told = connection.execute(
        sa.select(sa.literal(1)).where(
            notifications.c.topic == topic, notifications.c.subject_id == subject_id
        )
    ).first()
    if told is not None:
        return False
    connection.execute(
        sa.insert(notifications).values(
            merchant_id=merchant_id,
            account_id=account_id,
            topic=topic,
            subject_id=subject_id,
            payload=dict(payload),
            created_at=now,
        )
    )
    return True
