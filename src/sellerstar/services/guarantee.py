"""Joining and leaving the guaranteed upgrade service. What its page shows, and the rules
and reads joining and leaving share, are :mod:`sellerstar.services.guarantee_status`.

Each command takes the caller's connection (its transaction), the rule book, the acting
user and ``now``; the rules are those of the rule-set in force at ``now``, dates are taken
in that set's platform time zone. A refusal raises :class:`Refused` before anything is
written; an accepted change writes ``guarantee_enrolments`` and its ``audit_log`` row in
the caller's transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa

from sellerstar.domain import guarantee as rules_of
from sellerstar.rules import RuleBook
from sellerstar.services.actors import Actor, require_main_account
from sellerstar.services.guarantee_status import (
    MESSAGES,
    UNKNOWN_MERCHANT,
    enrolment_rules,
    periods_of,
    require_aware,
    seen_at,
)
from sellerstar.services.refusal import refuse
from sellerstar.store import audit
from sellerstar.store.schema import contract_tables

_merchants = contract_tables["merchants"]
_enrolments = contract_tables["guarantee_enrolments"]
_products = contract_tables["products"]


@dataclass(frozen=True)
class EnrolmentChange:
    """An accepted join or leave: the period as it now stands."""

    merchant_id: str
    joined_at: dt.datetime
    left_at: dt.datetime | None
    rule_set_id: str
    possible_from: dt.date  # joined: leaving possible from; left: re-joining possible from


def join(
    connection: sa.Connection,
    book: RuleBook,
    merchant_id: str,
    *,
    actor: Actor,
    now: dt.datetime,
    reason: str | None = None,
) -> EnrolmentChange:
    """Enrol ``merchant_id`` at ``now`` (rulebook §2.1), acting as its main account."""
    require_aware(now)
    what = f"merchant {merchant_id} cannot join the guaranteed upgrade service"
    require_main_account(actor, merchant_id, what)
    rule_set = book.in_force_at(now)
    membership, ta_status = _lock_merchant(connection, merchant_id, what)
    periods = periods_of(connection, merchant_id)
    rules = enrolment_rules(rule_set)
    today, seen = seen_at(periods, now, rule_set)
    decision = rules_of.can_join(membership, ta_status, seen, today, rules)
    if not decision.allowed:
        raise refuse(
            what,
            decision.refusals,
            MESSAGES,
            merchant=merchant_id,
            membership=membership,
            memberships=", ".join(rules.qualifying_memberships),
            ta_status=ta_status,
            ta_statuses=", ".join(rules.admitted_ta_statuses),
        )
    connection.execute(_enrolments.insert().values(merchant_id=merchant_id, joined_at=now))
    leave_from = rules_of.leave_possible_from(today, rules)
    audit.record(
        connection,
        at=now,
        actor=actor.login,
        action="guarantee_joined",
        entity_type="merchant",
        entity_id=merchant_id,
        detail={"joined_at": now.isoformat(), "can_leave_from": leave_from.isoformat()},
        reason=reason,
    )
    return EnrolmentChange(merchant_id, now, None, rule_set.id, leave_from)


def leave(
    connection: sa.Connection,
    book: RuleBook,
    merchant_id: str,
    *,
    actor: Actor,
    now: dt.datetime,
    reason: str | None = None,
) -> EnrolmentChange:
    """End ``merchant_id``'s enrolment at ``now`` (rulebook §2.1), as its main account."""
    require_aware(now)
    what = f"merchant {merchant_id} cannot leave the guaranteed upgrade service"
    require_main_account(actor, merchant_id, what)
    rule_set = book.in_force_at(now)
    _lock_merchant(connection, merchant_id, what)
    periods = periods_of(connection, merchant_id)
    rules = enrolment_rules(rule_set)
    today, seen = seen_at(periods, now, rule_set)
    decision = rules_of.can_leave(seen, today, rules)
    if not decision.allowed:
        raise refuse(what, decision.refusals, MESSAGES, merchant=merchant_id)
    joined_at = max(p.joined_at for p in periods if p.joined_at <= now)
    connection.execute(
        _enrolments.update()
        .where(_enrolments.c.merchant_id == merchant_id, _enrolments.c.joined_at == joined_at)
        .values(left_at=now)
    )
    rejoin_from = rules_of.rejoin_possible_from(today, rules)
    audit.record(
        connection,
        at=now,
        actor=actor.login,
        action="guarantee_left",
        entity_type="merchant",
        entity_id=merchant_id,
        detail={
            "joined_at": joined_at.isoformat(),
            "left_at": now.isoformat(),
            "rejoin_possible_from": rejoin_from.isoformat(),
        },
        reason=reason,
    )
    return EnrolmentChange(merchant_id, joined_at, now, rule_set.id, rejoin_from)


def _lock_merchant(connection: sa.Connection, merchant_id: str, what: str) -> tuple[str, str]:
    """Membership and trade-assurance status, with the merchant's row locked (PostgreSQL)
    so two requests for one merchant cannot both pass the checks; SQLite's write
    transaction already serialises them."""
    row = connection.execute(
        sa.select(_merchants.c.membership, _merchants.c.ta_status)
        .where(_merchants.c.merchant_id == merchant_id)
        .with_for_update()
    ).first()
    if row is None:
        raise refuse(what, [rules_of.Refusal(UNKNOWN_MERCHANT)], MESSAGES, merchant=merchant_id)
    return str(row.membership), str(row.ta_status)
