"""Re-upload of a logistics proof: a new shipment replaces a wrong one (rulebook §1.4).

A wrong carrier or tracking number cannot be appealed; the merchant uploads the proof
again. The new shipment gets ``uploaded_at = now``, the old one's ``replaced_by`` points to
it, and from then on the new one counts (§1.2). The new number is checked against the
carrier's published formats first, and registered with the tracking sources after.
Repeating the same replacement returns the shipment made the first time.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import sqlalchemy as sa

from sellerstar.domain import carriers as registry
from sellerstar.domain.access import OutOfScope, Principal, scope_for_merchant_user
from sellerstar.errors import SellerstarError
from sellerstar.services.tracking import request_registration
from sellerstar.store import audit
from sellerstar.store.schema import ID_LENGTH, contract_tables

_orders = contract_tables["orders"]
_shipments = contract_tables["shipments"]
_SUFFIX = re.compile(r"\.r\d+$")


class InvalidTrackingNumber(SellerstarError):
    """The carrier or tracking number of a re-upload does not fit (answered 422)."""

    def __init__(self, check: registry.NumberCheck, carrier: str, number: str) -> None:
        self.check = check
        likely = f"; it fits {', '.join(check.likely_carriers)}" if check.likely_carriers else ""
        super().__init__(
            f"tracking number {number!r} does not fit carrier {carrier!r} ({check.reason}){likely}"
        )


class ProofRefused(SellerstarError):
    """The replacement cannot be made as asked (answered 409)."""


@dataclass(frozen=True)
class Replacement:
    """The outcome: the new current shipment, and whether this call created it."""

    order_id: str
    old_shipment_id: str
    shipment_id: str
    carrier: str
    tracking_number: str
    uploaded_at: dt.datetime
    created: bool


def replace_shipment(
    connection: sa.Connection,
    principal: Principal,
    *,
    order_id: str,
    shipment_id: str,
    carrier: str,
    tracking_number: str,
    now: dt.datetime,
    sources: tuple[str, ...] = (),
) -> Replacement:
    """Replace shipment ``shipment_id`` of ``order_id`` by a new one with ``carrier`` and
    ``tracking_number``, in the caller's transaction; registration with ``sources`` is
    requested (the calls themselves are :func:`sellerstar.services.tracking.register`).

    Only the merchant's main account, or the sub-account that owns the order, may do it;
    anything else is :class:`OutOfScope`.
    """
    scope = scope_for_merchant_user(principal)
    order = connection.execute(
        sa.select(_orders.c.order_id).where(
            _orders.c.order_id == order_id,
            scope.orders_clause(_orders.c.merchant_id, _orders.c.owner_account_id),
        )
    ).first()
    if order is None:
        raise OutOfScope(f"order {order_id!r}")
    old = connection.execute(
        sa.select(_shipments)
        .where(_shipments.c.shipment_id == shipment_id, _shipments.c.order_id == order_id)
        .with_for_update()
    ).first()
    if old is None:
        raise OutOfScope(f"shipment {shipment_id!r} of order {order_id!r}")
    code = carrier.strip().lower()
    number = registry.normalise_tracking_number(tracking_number)
    check = registry.check_tracking_number(code, number)
    if not check.ok:
        raise InvalidTrackingNumber(check, code, number)
    if old.replaced_by is not None:
        return _earlier(connection, old, code, number)
    if (old.carrier, old.tracking_number) == (code, number):
        raise ProofRefused(
            f"shipment {shipment_id!r} already has carrier {code!r} and number {number!r}"
        )
    new_id = _new_id(connection, shipment_id)
    connection.execute(
        _shipments.insert().values(
            shipment_id=new_id,
            order_id=order_id,
            carrier=code,
            tracking_number=number,
            transport=old.transport,
            uploaded_at=now,
            replaced_by=None,
        )
    )
    connection.execute(
        _shipments.update()
        .where(_shipments.c.shipment_id == shipment_id)
        .values(replaced_by=new_id)
    )
    request_registration(connection, code, number, now, sources)
    audit.record(
        connection,
        at=now,
        actor=principal.login,
        action="shipment_replaced",
        entity_type="shipment",
        entity_id=shipment_id,
        detail={
            "order_id": order_id,
            "replaced_by": new_id,
            "old": {"carrier": old.carrier, "tracking_number": old.tracking_number},
            "new": {"carrier": code, "tracking_number": number},
        },
    )
    return Replacement(order_id, shipment_id, new_id, code, number, now, created=True)


def _earlier(connection: sa.Connection, old: sa.Row[object], code: str, number: str) -> Replacement:
    # The same request again (a retried form, a double click) gets the same answer.
    new = connection.execute(
        sa.select(_shipments).where(_shipments.c.shipment_id == old.replaced_by)
    ).one()
    if (new.carrier, new.tracking_number) != (code, number):
        raise ProofRefused(
            f"shipment {old.shipment_id!r} was replaced by {new.shipment_id!r} already; "
            "replace that one instead"
        )
    return Replacement(
        str(new.order_id),
        str(old.shipment_id),
        str(new.shipment_id),
        code,
        number,
        new.uploaded_at,
        created=False,
    )


def _new_id(connection: sa.Connection, shipment_id: str) -> str:
    base = _SUFFIX.sub("", shipment_id)[: ID_LENGTH - 8]
    taken = set(
        connection.scalars(
            sa.select(_shipments.c.shipment_id).where(_shipments.c.shipment_id.like(f"{base}.r%"))
        )
    )
    counter = 1
    while f"{base}.r{counter}" in taken:
        counter += 1
    return f"{base}.r{counter}"
