"""Operators suspend and reinstate sample-venue registrations (rulebook §4; issue 16 item
3). A suspended registration keeps its place under the cap (it is one of
``HOLDS_A_PLACE``) but leaves the venue; reinstated, it is active again and back in the
venue only if it passes the rules now — otherwise it stays out until the daily check
finds it eligible.

Both are conditional updates of the registration's state: of two operators acting at
once, one does it and the other is refused with the state the first left.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa

from sellerstar.domain.samples import RegistrationState, failing_rules
from sellerstar.rules import RuleBook
from sellerstar.services.sample_errors import SampleRefused
from sellerstar.services.sample_registrations import (
    MAX_REASON,
    Reinstated,
    facts_of,
    merchant_standing,
    product_query,
    venue_rules,
)
from sellerstar.store import audit
from sellerstar.store.schema import contract_tables, sample_registrations

_products = contract_tables["products"]


def checked_reason(reason: str | None, what: str = "reason") -> str:
    """The operator's text stripped: required, at most :data:`MAX_REASON` characters."""
    cleaned = (reason or "").strip()
    if not cleaned:
        raise SampleRefused(f"{what}_missing", f"the {what} is empty")
    if len(cleaned) > MAX_REASON:
        raise SampleRefused(
            f"{what}_too_long", f"the {what} has {len(cleaned)} characters, at most {MAX_REASON}",
            limit=MAX_REASON,
        )  # fmt: skip
    return cleaned


def _registration(connection: sa.Connection, registration_id: int) -> Any:
    row = connection.execute(
        sa.select(sample_registrations).where(
            sample_registrations.c.registration_id == registration_id
        )
    ).one_or_none()
    if row is None:
        raise SampleRefused(
            "no_registration", f"no registration {registration_id}",
            registration_id=registration_id,
        )  # fmt: skip
    return row


def _move(
    connection: sa.Connection,
    registration_id: int,
    source: RegistrationState,
    **values: Any,
) -> None:
    changed = connection.execute(
        sample_registrations.update()
        .where(
            sample_registrations.c.registration_id == registration_id,
            sample_registrations.c.state == source.value,
        )
        .values(**values)
    ).rowcount
    if changed != 1:
        # Read again: another operator (or the merchant) may have changed it first.
        state = _registration(connection, registration_id).state
        raise SampleRefused(
            f"not_{source.value}", f"registration {registration_id} is {state}",
            registration_id=registration_id, state=state,
        )  # fmt: skip


def suspend(
    connection: sa.Connection,
    *,
    actor_login: str,
    registration_id: int,
    reason: str,
    now: dt.datetime,
) -> None:
    """Suspend an active registration with a reason the merchant reads."""
    text = checked_reason(reason)
    _registration(connection, registration_id)
    _move(
        connection,
        registration_id,
        RegistrationState.ACTIVE,
        state=RegistrationState.SUSPENDED.value,
        in_venue=False,
        note=text,
        changed_at=now,
        changed_by=actor_login,
    )
    audit.record(
        connection,
        at=now,
        actor=actor_login,
        action="sample_suspended",
        entity_type="sample_registration",
        entity_id=str(registration_id),
        reason=text,
    )


def reinstate(
    connection: sa.Connection,
    *,
    book: RuleBook,
    actor_login: str,
    registration_id: int,
    now: dt.datetime,
) -> Reinstated:
    """Make a suspended registration active again; in the venue if it passes the rules
    now (its own place not counted against the cap), else out until the daily check."""
    rules = venue_rules(book, now)
    found = _registration(connection, registration_id)
    product = connection.execute(
        product_query().where(_products.c.product_id == found.product_id)
    ).one()
    taken, holds_right = merchant_standing(connection, found.merchant_id)
    failures = failing_rules(
        facts_of(product), found.discount_price_usd, rules, holds_right, max(0, taken - 1)
    )
    _move(
        connection,
        registration_id,
        RegistrationState.SUSPENDED,
        state=RegistrationState.ACTIVE.value,
        in_venue=not failures,
        note="",
        changed_at=now,
        changed_by=actor_login,
        industry=product.industry,
        leaf_category=product.leaf_category,
        growth_score=product.growth_score,
        sample_price_usd=product.sample_price_usd or found.sample_price_usd,
        checked_at=now,
    )
    audit.record(
        connection,
        at=now,
        actor=actor_login,
        action="sample_reinstated",
        entity_type="sample_registration",
        entity_id=str(registration_id),
        detail={"in_venue": not failures, "failing": [f.rule.value for f in failures]},
    )
    return Reinstated(registration_id, not failures, tuple(failures))
