"""The tracking detail of one order (rulebook §1.5): every shipment batch, whether it is
current and trackable, its appeal, and its event timeline (each event marked pre-advice or
not, by :mod:`sellerstar.domain.pre_advice`). What the order's state is now - its appeals,
a re-uploaded proof, the appeal button - is the live read model,
:mod:`sellerstar.queries.order_state`.

An order outside the viewer's scope (another merchant's, or not owned by the asking
sub-account) raises OutOfScope, answered as "not found".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa

from sellerstar.domain.access import OutOfScope, Scope
from sellerstar.domain.pre_advice import classify
from sellerstar.queries.logistics import Today, newest_stat_date, today
from sellerstar.queries.order_state import LiveAppeal, OrderState, live_states
from sellerstar.rules.book import RuleBook
from sellerstar.rules.model import TrackingVisibility
from sellerstar.store.schema import contract_tables, order_tracking

_orders = contract_tables["orders"]
_shipments = contract_tables["shipments"]
_events = contract_tables["tracking_events"]
_appeals = contract_tables["tracking_appeals"]
_ot = order_tracking


@dataclass(frozen=True)
class Event:
    """One line of a parcel's timeline."""

    event_time: dt.datetime
    received_at: dt.datetime
    location: str | None
    description: str
    status: str | None
    source: str
    counts: bool  # from a source that counts automatically (not appeal evidence only)
    pre_advice: bool  # label created, no parcel yet (rulebook §1.4's known texts)
    uncertain: bool = False  # judged real, in the classifier's review band


@dataclass(frozen=True)
class Batch:
    """One shipment batch (logistics document) of the order."""

    shipment_id: str
    carrier: str
    tracking_number: str
    transport: str
    uploaded_at: dt.datetime
    replaced_by: str | None
    replaced_by_tracking_number: str | None
    trackable: bool | None  # None: tracking visibility not in force
    appeal_status: str | None  # state of the latest appeal on the batch (AppealState value)
    appeal: LiveAppeal | None  # that appeal with its dates (current batches)
    appeal_allowed: bool
    events: list[Event]  # newest first, as carriers' tracking pages show them

    @property
    def current(self) -> bool:
        return self.replaced_by is None


@dataclass(frozen=True)
class Judgement:
    """The order's tracking judgement on the newest stat date."""

    stat_date: dt.date
    shown_pass: bool
    reason: str


@dataclass(frozen=True)
class OrderDetail:
    """What the tracking view shows of one order."""

    order_id: str
    created_at: dt.datetime
    destination_country: str
    export_mode: str
    transport: str
    trade_term: str
    shipped_at: dt.datetime | None
    today: Today
    rules: TrackingVisibility | None
    judgement: Judgement | None  # None: not judged on the newest stat date
    live: OrderState  # the order's state now (appeals, re-upload, appeal button)
    batches: list[Batch]


def order_detail(
    connection: sa.Connection, scope: Scope, order_id: str, rulebook: RuleBook, now: dt.datetime
) -> OrderDetail:
    """The tracking detail of ``order_id`` as ``scope`` may see it."""
    order = connection.execute(
        sa.select(_orders).where(
            _orders.c.order_id == order_id,
            scope.orders_clause(_orders.c.merchant_id, _orders.c.owner_account_id),
        )
    ).one_or_none()
    if order is None:
        raise OutOfScope(f"order {order_id!r}")
    when = today(rulebook, now)
    newest = newest_stat_date(connection, scope.merchant_id, when.stat_date)
    rules = rulebook.for_stat_date(newest or when.stat_date).tracking_visibility
    judgement = _judgement(connection, newest, order_id)
    live = live_states(connection, scope, rulebook, now, [order_id])[order_id]
    return OrderDetail(
        order_id=order.order_id,
        created_at=order.created_at,
        destination_country=order.destination_country,
        export_mode=order.export_mode,
        transport=order.transport,
        trade_term=order.trade_term,
        shipped_at=order.shipped_at,
        today=when,
        rules=rules,
        judgement=judgement,
        live=live,
        batches=_batches(connection, order_id, rules, live),
    )


def _judgement(
    connection: sa.Connection, newest: dt.date | None, order_id: str
) -> Judgement | None:
    if newest is None:
        return None
    row = connection.execute(
        sa.select(_ot.c.shown_pass, _ot.c.reason).where(
            _ot.c.stat_date == newest, _ot.c.order_id == order_id
        )
    ).one_or_none()
    return None if row is None else Judgement(newest, row.shown_pass, row.reason)


def _batches(
    connection: sa.Connection,
    order_id: str,
    rules: TrackingVisibility | None,
    live: OrderState,
) -> list[Batch]:
    shipments = connection.execute(
        sa.select(_shipments)
        .where(_shipments.c.order_id == order_id)
        .order_by(_shipments.c.uploaded_at, _shipments.c.shipment_id)
    ).all()
    numbers = {s.shipment_id: s.tracking_number for s in shipments}
    appeals = _latest_appeals(connection, order_id)
    batches = []
    for s in shipments:
        events = _timeline(connection, s.carrier, s.tracking_number, rules)
        trackable = None if rules is None else _passes(events, rules)
        status = appeals.get(s.shipment_id)
        batches.append(
            Batch(
                shipment_id=s.shipment_id,
                carrier=s.carrier,
                tracking_number=s.tracking_number,
                transport=s.transport,
                uploaded_at=s.uploaded_at,
                replaced_by=s.replaced_by,
                replaced_by_tracking_number=numbers.get(s.replaced_by) if s.replaced_by else None,
                trackable=trackable,
                appeal_status=status,
                appeal=live.appeals.get(s.shipment_id),
                appeal_allowed=(
                    live.allowed and s.replaced_by is None and trackable is False and not status
                ),
                events=events,
            )
        )
    return batches


def _timeline(
    connection: sa.Connection, carrier: str, number: str, rules: TrackingVisibility | None
) -> list[Event]:
    counted = set(rules.counted_event_sources) if rules else set()
    rows = connection.execute(
        sa.select(_events)
        .where(_events.c.carrier == carrier, _events.c.tracking_number == number)
        .order_by(_events.c.event_time.desc(), _events.c.received_at.desc())
    )
    events = []
    for r in rows:
        verdict = classify(carrier, r.description, r.status)
        events.append(
            Event(
                r.event_time,
                r.received_at,
                r.location or None,
                r.description,
                r.status or None,
                r.source,
                r.source in counted,
                verdict.pre_advice,
                verdict.uncertain,
            )
        )
    return events


def _passes(events: list[Event], rules: TrackingVisibility) -> bool:
    """A batch passes with enough distinct (time, text) events from counted sources."""
    distinct = {(e.event_time, e.description) for e in events if e.counts}
    return len(distinct) >= rules.min_events_to_pass


def _latest_appeals(connection: sa.Connection, order_id: str) -> dict[str, str]:
    """The status of the latest appeal per shipment (latest submitted, ties by id)."""
    rows = connection.execute(
        sa.select(_appeals.c.shipment_id, _appeals.c.status)
        .where(_appeals.c.order_id == order_id)
        .order_by(_appeals.c.submitted_at, _appeals.c.appeal_id)
    )
    return {row.shipment_id: row.status for row in rows}
