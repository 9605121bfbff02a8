"""One parcel for the tracking API: its events in time order, each judged pre-advice or not.

An operator may read any parcel the platform knows; a merchant user only a parcel of a
shipment in its scope (a sub-account: of an order it owns). Anything else raises
:class:`OutOfScope`, answered as "not found" whether or not the parcel exists.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa

from sellerstar.domain import carriers as registry
from sellerstar.domain.access import OutOfScope, Principal, scope_for_merchant_user
from sellerstar.domain.pre_advice import classify
from sellerstar.store.schema import contract_tables, parcel_registrations, parcels

_orders = contract_tables["orders"]
_shipments = contract_tables["shipments"]
_events = contract_tables["tracking_events"]


@dataclass(frozen=True)
class EventView:
    """One event and the pre-advice judgement of it (``rule``: what decided;
    ``uncertain``: a real-scan verdict inside the model's review band)."""

    event_time: dt.datetime
    received_at: dt.datetime
    description: str
    location: str | None
    status: str | None
    source: str
    pre_advice: bool
    rule: str
    uncertain: bool = False


@dataclass(frozen=True)
class ShipmentRef:
    """A shipment (logistics document) that names the parcel."""

    shipment_id: str
    order_id: str
    uploaded_at: dt.datetime
    replaced_by: str | None


@dataclass(frozen=True)
class RegistrationView:
    """The parcel's registration with one source."""

    feed: str
    outcome: str
    requested_at: dt.datetime
    registered_at: dt.datetime | None
    detail: str | None


@dataclass(frozen=True)
class ParcelView:
    """A parcel: what the feeds know of it, the shipments naming it, its events."""

    carrier: str
    tracking_number: str
    first_seen_at: dt.datetime | None
    last_received_at: dt.datetime | None
    last_fetched_at: dt.datetime | None
    stopped_at: dt.datetime | None
    shipments: tuple[ShipmentRef, ...]
    registrations: tuple[RegistrationView, ...]
    events: tuple[EventView, ...]


def parcel_view(
    connection: sa.Connection, principal: Principal, carrier: str, tracking_number: str
) -> ParcelView:
    """The parcel ``carrier`` + ``tracking_number`` as ``principal`` may see it."""
    code = carrier.strip().lower()
    numbers = {tracking_number.strip(), registry.normalise_tracking_number(tracking_number)}
    shipments = _shipments_of(connection, principal, code, numbers)
    if principal.is_operator:
        number = _known_number(connection, code, numbers, shipments)
    elif shipments:
        number = shipments[0][1]
    else:
        number = None
    if number is None:
        raise OutOfScope(f"parcel {code} {tracking_number}")
    parcel = connection.execute(
        sa.select(parcels).where(parcels.c.carrier == code, parcels.c.tracking_number == number)
    ).first()
    return ParcelView(
        carrier=code,
        tracking_number=number,
        first_seen_at=parcel.first_seen_at if parcel else None,
        last_received_at=parcel.last_received_at if parcel else None,
        last_fetched_at=parcel.last_fetched_at if parcel else None,
        stopped_at=parcel.stopped_at if parcel else None,
        shipments=tuple(ref for ref, n in shipments if n == number),
        registrations=_registrations(connection, code, number),
        events=_events_of(connection, code, number),
    )


def _shipments_of(
    connection: sa.Connection, principal: Principal, code: str, numbers: set[str]
) -> list[tuple[ShipmentRef, str]]:
    query = (
        sa.select(
            _shipments.c.shipment_id,
            _shipments.c.order_id,
            _shipments.c.uploaded_at,
            _shipments.c.replaced_by,
            _shipments.c.tracking_number,
        )
        .join(_orders, _orders.c.order_id == _shipments.c.order_id)
        .where(_shipments.c.carrier == code, _shipments.c.tracking_number.in_(numbers))
        .order_by(_shipments.c.uploaded_at, _shipments.c.shipment_id)
    )
    if not principal.is_operator:
        scope = scope_for_merchant_user(principal)
        query = query.where(scope.orders_clause(_orders.c.merchant_id, _orders.c.owner_account_id))
    return [
        (ShipmentRef(r.shipment_id, r.order_id, r.uploaded_at, r.replaced_by), r.tracking_number)
        for r in connection.execute(query)
    ]


def _known_number(
    connection: sa.Connection,
    code: str,
    numbers: set[str],
    shipments: list[tuple[ShipmentRef, str]],
) -> str | None:
    if shipments:
        return shipments[0][1]
    for table in (parcels, _events):
        found = connection.scalar(
            sa.select(table.c.tracking_number)
            .where(table.c.carrier == code, table.c.tracking_number.in_(numbers))
            .limit(1)
        )
        if found is not None:
            return str(found)
    return None


def _registrations(
    connection: sa.Connection, code: str, number: str
) -> tuple[RegistrationView, ...]:
    r = parcel_registrations
    rows = connection.execute(
        sa.select(r.c.feed, r.c.outcome, r.c.requested_at, r.c.registered_at, r.c.detail)
        .where(r.c.carrier == code, r.c.tracking_number == number)
        .order_by(r.c.feed)
    )
    return tuple(
        RegistrationView(x.feed, x.outcome, x.requested_at, x.registered_at, x.detail) for x in rows
    )


def _events_of(connection: sa.Connection, code: str, number: str) -> tuple[EventView, ...]:
    e = _events
    rows = connection.execute(
        sa.select(
            e.c.event_time,
            e.c.received_at,
            e.c.description,
            e.c.location,
            e.c.status,
            e.c.source,
        )
        .where(e.c.carrier == code, e.c.tracking_number == number)
        .order_by(e.c.event_time, e.c.received_at, e.c.description, e.c.source)
    )
    views = []
    for row in rows:
        verdict = classify(code, row.description, row.status)
        views.append(
            EventView(
                row.event_time,
                row.received_at,
                row.description,
                row.location,
                row.status,
                row.source,
                verdict.pre_advice,
                verdict.rule,
                verdict.uncertain,
            )
        )
    return tuple(views)
