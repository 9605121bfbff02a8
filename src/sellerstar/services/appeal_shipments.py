"""The appealed shipment as filing sees it (rulebook §1.1, §1.4): its order's scope,
whether it is current and passing (the predicates of
:mod:`sellerstar.domain.tracking_visibility`, the ones the metric uses), its events and
what third parties show of it. Filing itself is in :mod:`sellerstar.services.appeals`.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import httpx
import sqlalchemy as sa

from sellerstar.domain import appeals as rules
from sellerstar.domain import tracking_visibility as predicates
from sellerstar.domain.access import OutOfScope, Scope
from sellerstar.domain.appeals import AppealRules, EventFact, judged_event
from sellerstar.domain.calendar import platform_date
from sellerstar.ingest.http_retry import SourceUnavailable
from sellerstar.rules.model import RuleSet
from sellerstar.services.appeal_errors import AppealRefused
from sellerstar.store.schema import contract_tables

ThirdPartyLookup = Callable[[str, str, dt.datetime], Sequence[EventFact]]
"""(carrier, tracking number, now) -> events a third party shows now (stored by the feed);
raises SourceUnavailable (or an HTTP / time-out error) when a source could not be asked."""

# What a look-up may raise when a source is down or slow: the pre-check then says so.
_OUTAGES = (SourceUnavailable, httpx.HTTPError, TimeoutError, OSError)
_LOG = logging.getLogger("sellerstar.appeals")
_orders = contract_tables["orders"]
_shipments = contract_tables["shipments"]
_events = contract_tables["tracking_events"]
_appeals = contract_tables["tracking_appeals"]


def appeal_rules(rule_set: RuleSet) -> AppealRules:
    """The rule numbers of appeals under ``rule_set`` (refused before §1 is live)."""
    tv = rule_set.tracking_visibility
    if tv is None:
        raise AppealRefused(
            "not_in_force", f"tracking visibility is not in force under rule-set {rule_set.id}"
        )
    return AppealRules(
        first_disclosure_after_ship_days=tv.appeals.first_disclosure_after_ship_days,
        window_days=tv.appeals.window_days,
        review_sla_days=tv.appeals.review_sla_days,
        data_lag_days=rule_set.calendar.data_lag_days,
        min_backend_events=tv.min_events_to_pass,
        third_party_min_events=tv.appeals.third_party_min_events,
        third_party_min_real_events=tv.appeals.third_party_min_real_events,
        first_disclosure_from=tv.appeals.first_disclosure_from,
    )


@dataclass(frozen=True)
class ShipmentView:
    """An appealable shipment as filing and the pages see it."""

    order_id: str
    shipment_id: str
    carrier: str
    tracking_number: str
    owner_account_id: str | None
    merchant_id: str
    facts: rules.ShipmentFacts
    backend: tuple[EventFact, ...]
    refusal: str | None


def shipment_view(
    connection: sa.Connection,
    scope: Scope,
    order_id: str,
    shipment_id: str,
    rule_set: RuleSet,
    now: dt.datetime,
) -> ShipmentView:
    """The shipment of an order in ``scope`` with its filing facts (OutOfScope otherwise)."""
    order = connection.execute(
        sa.select(_orders).where(
            _orders.c.order_id == order_id,
            scope.orders_clause(_orders.c.merchant_id, _orders.c.owner_account_id),
        )
    ).first()
    shipment = connection.execute(
        sa.select(_shipments).where(
            _shipments.c.shipment_id == shipment_id, _shipments.c.order_id == order_id
        )
    ).first()
    if order is None or shipment is None:
        raise OutOfScope(f"shipment {shipment_id!r} of order {order_id!r}")
    appeal = appeal_rules(rule_set)
    tv = rule_set.tracking_visibility
    assert tv is not None  # appeal_rules refused otherwise
    zone = rule_set.calendar.timezone
    ship_date = platform_date(order.shipped_at, zone) if order.shipped_at else None
    backend = _facts(
        connection, shipment.carrier, shipment.tracking_number, tv.counted_event_sources, now
    )
    today = platform_date(now, zone)
    facts = rules.ShipmentFacts(
        trade_assurance=bool(order.trade_assurance),
        in_scope=predicates.in_scope(
            order._asdict(), predicates.scope(tv, rule_set.calendar.core_countries)
        ),
        ship_date=ship_date,
        exempt=ship_date is not None and ship_date <= tv.launch_exempt_through,
        current=_is_current(connection, shipment, zone, today),
        passing=predicates.passes(len(backend), tv.min_events_to_pass),
        already_appealed=bool(
            connection.scalar(
                sa.select(sa.func.count()).where(_appeals.c.shipment_id == shipment_id)
            )
        ),
    )
    return ShipmentView(
        order_id=order_id,
        shipment_id=shipment_id,
        carrier=shipment.carrier,
        tracking_number=shipment.tracking_number,
        owner_account_id=order.owner_account_id,
        merchant_id=order.merchant_id,
        facts=facts,
        backend=tuple(backend),
        refusal=rules.filing_refusal(facts, today, appeal),
    )


def _is_current(
    connection: sa.Connection, shipment: sa.Row[object], zone: str, today: dt.date
) -> bool:
    row = shipment._mapping
    # A replacement counts only when it is a shipment of the same order (rulebook §1.4).
    replaced_at = connection.scalar(
        sa.select(_shipments.c.uploaded_at).where(
            _shipments.c.shipment_id == row["replaced_by"],
            _shipments.c.order_id == row["order_id"],
        )
    )
    return predicates.is_current(
        platform_date(row["uploaded_at"], zone),
        None if replaced_at is None else platform_date(replaced_at, zone),
        today,
    )


def _facts(
    connection: sa.Connection,
    carrier: str,
    number: str,
    sources: Sequence[str],
    until: dt.datetime,
) -> list[EventFact]:
    """Distinct events (same time and text count once) of a parcel from ``sources``."""
    rows = connection.execute(
        sa.select(_events.c.event_time, _events.c.description, _events.c.status)
        .where(
            _events.c.carrier == carrier,
            _events.c.tracking_number == number,
            _events.c.source.in_(list(sources)),
            _events.c.received_at <= until,
        )
        .distinct()
        .order_by(_events.c.event_time)
    ).all()
    seen: dict[tuple[dt.datetime, str], EventFact] = {}
    for row in rows:
        key = (row.event_time, row.description)
        if key not in seen:
            seen[key] = judged_event(carrier, row.description, row.status)
    return list(seen.values())


def look_up_third_party(
    view: ShipmentView, now: dt.datetime, lookup: ThirdPartyLookup | None
) -> tuple[list[EventFact], bool]:
    """What 17TRACK / Kuaidi100 show for the parcel now, when a look-up is given (the feed
    stores what it fetched), and whether it failed because a source was unavailable (then
    "no event" is not known). The slow, outside step of filing: call it with no
    transaction open."""
    if lookup is None:
        return [], False
    try:
        return list(lookup(view.carrier, view.tracking_number, now)), False
    except _OUTAGES as exc:
        _LOG.warning("third-party look-up of %s failed: %s", view.tracking_number, exc)
        return [], True


def stored_third_party_facts(
    connection: sa.Connection, view: ShipmentView, rule_set: RuleSet, now: dt.datetime
) -> list[EventFact]:
    """What the third-party sources of ``rule_set`` showed of the parcel up to ``now``, as
    stored before (the pre-check's evidence when no fresh look-up found any)."""
    tv = rule_set.tracking_visibility
    assert tv is not None
    return _facts(
        connection, view.carrier, view.tracking_number, tv.appeals.third_party_sources, now
    )
