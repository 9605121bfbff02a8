"""The right to register for the discount sample venue (rulebook §4, §4.1): lost at once
when a sample order is not fulfilled, given back by an operator.

A loss is recorded once per failed order (``sample_right_losses``, unique order). The
merchant's registrations that hold a place end with it (state ``ended``, the order named,
places freed) and leave the venue; the merchant's main account is told through the outbox.
A failure the marketplace reports after an operator restored the right, but that happened
before the restoration, is recorded as already restored: the restoration covered it, as
the batch rule (``sellerstar.samples.rights``) reads it.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from sellerstar.domain.samples import HOLDS_A_PLACE, RegistrationState
from sellerstar.services import notifications
from sellerstar.services.sample_errors import SampleRefused
from sellerstar.store import audit
from sellerstar.store.db import upsert
from sellerstar.store.schema import sample_merchants, sample_registrations, sample_right_losses

SYSTEM = "system"
TOPIC_LOST = "sample_right_lost"
TOPIC_RESTORED = "sample_right_restored"


def ensure_merchant_row(connection: sa.Connection, merchant_id: str) -> None:
    """Create the merchant's ``sample_merchants`` row if it is missing, safe against a
    concurrent creator (the loser's insert is ignored)."""
    exists = connection.scalar(
        sa.select(sa.literal(1)).where(sample_merchants.c.merchant_id == merchant_id)
    )
    if exists is not None:
        return
    upsert(
        connection,
        sample_merchants,
        [{"merchant_id": merchant_id, "places_taken": 0, "lost_at": None, "lost_order_id": None}],
        on_conflict="ignore",
    )


def record_failure(
    connection: sa.Connection,
    *,
    merchant_id: str,
    order_id: str,
    failure: str,
    failed_at: dt.datetime,
    now: dt.datetime,
) -> bool:
    """Record that ``order_id`` was not fulfilled; False when it was recorded already.

    ``failure`` is ``late`` (not shipped by its promised ship time) or
    ``merchant_cancelled`` (cancelled by the merchant after payment).
    """
    known = connection.scalar(
        sa.select(sample_right_losses.c.loss_id).where(sample_right_losses.c.order_id == order_id)
    )
    if known is not None:
        return False
    covering = connection.scalar(
        sa.select(sa.func.max(sample_right_losses.c.restored_at)).where(
            sample_right_losses.c.merchant_id == merchant_id,
            sample_right_losses.c.restored_at >= failed_at,
        )
    )
    connection.execute(
        sample_right_losses.insert().values(
            merchant_id=merchant_id,
            order_id=order_id,
            failure=failure,
            failed_at=failed_at,
            recorded_at=now,
            restored_at=covering,
            restored_by=SYSTEM if covering is not None else None,
            restore_note="covered by an earlier restoration" if covering is not None else None,
        )
    )
    if covering is not None:
        return True
    ensure_merchant_row(connection, merchant_id)
    connection.execute(
        sample_merchants.update()
        .where(sample_merchants.c.merchant_id == merchant_id, sample_merchants.c.lost_at.is_(None))
        .values(lost_at=failed_at, lost_order_id=order_id)
    )
    ended = _end_registrations(connection, merchant_id, order_id, now)
    audit.record(
        connection,
        at=now,
        actor=SYSTEM,
        action="sample_right_lost",
        entity_type="merchant",
        entity_id=merchant_id,
        detail={"order_id": order_id, "failure": failure, "failed_at": failed_at.isoformat(),
                "registrations_ended": ended},
    )  # fmt: skip
    notifications.enqueue(
        connection,
        merchant_id=merchant_id,
        account_id=None,
        topic=TOPIC_LOST,
        subject_id=order_id,
        payload={"order_id": order_id, "failure": failure, "failed_at": failed_at.isoformat(),
                 "registrations_ended": ended},
        now=now,
    )  # fmt: skip
    return True


def _end_registrations(
    connection: sa.Connection, merchant_id: str, order_id: str, now: dt.datetime
) -> int:
    """End every registration holding a place and free the places; the count ended."""
    ended = connection.execute(
        sample_registrations.update()
        .where(
            sample_registrations.c.merchant_id == merchant_id,
            sample_registrations.c.state.in_([str(s) for s in HOLDS_A_PLACE]),
        )
        .values(
            state=RegistrationState.ENDED.value,
            holds_place=None,
            in_venue=False,
            changed_at=now,
            changed_by=SYSTEM,
            note=order_id,
        )
    ).rowcount
    if ended:
        connection.execute(
            sample_merchants.update()
            .where(sample_merchants.c.merchant_id == merchant_id)
            .values(places_taken=sample_merchants.c.places_taken - ended)
        )
    return int(ended)


def restore(
    connection: sa.Connection,
    *,
    actor_login: str,
    merchant_id: str,
    note: str,
    now: dt.datetime,
) -> int:
    """Give the merchant back the right to register; the number of losses it ends.

    Refused (``no_loss``) when the merchant holds the right. The merchant registers its
    products again: the registrations the loss ended stay ended.
    """
    restored = connection.execute(
        sample_right_losses.update()
        .where(
            sample_right_losses.c.merchant_id == merchant_id,
            sample_right_losses.c.restored_at.is_(None),
        )
        .values(restored_at=now, restored_by=actor_login, restore_note=note)
    ).rowcount
    if not restored:
        raise SampleRefused("no_loss", f"merchant {merchant_id} holds the right to register")
    connection.execute(
        sample_merchants.update()
        .where(sample_merchants.c.merchant_id == merchant_id)
        .values(lost_at=None, lost_order_id=None)
    )
    audit.record(
        connection,
        at=now,
        actor=actor_login,
        action="sample_right_restored",
        entity_type="merchant",
        entity_id=merchant_id,
        detail={"losses": restored},
        reason=note,
    )
    notifications.enqueue(
        connection,
        merchant_id=merchant_id,
        account_id=None,
        topic=TOPIC_RESTORED,
        subject_id=f"{merchant_id}@{now.isoformat()}",
        payload={"restored_by": actor_login, "note": note},
        now=now,
    )
    return int(restored)
