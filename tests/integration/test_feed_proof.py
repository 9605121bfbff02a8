"""Re-uploading a logistics proof: the new shipment replaces the old one (rulebook §1.4)."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa
from feed_world import NOW, seed_orders

from sellerstar.domain.access import OutOfScope, Principal
from sellerstar.services import proof
from sellerstar.store.db import transaction
from sellerstar.store.schema import audit_log, contract_tables, parcel_registrations, parcels

SHIPMENTS = contract_tables["shipments"]
MAIN = Principal(1, "m1-main", "Main", "merchant_main", "M1", "A1")
OWNER = Principal(2, "m1-sub", "Sub", "merchant_sub", "M1", "A2")
OTHER_SUB = Principal(3, "m1-sub3", "Sub 3", "merchant_sub", "M1", "A3")
OTHER_MERCHANT = Principal(4, "m2-main", "Other", "merchant_main", "M2", "B1")
OPERATOR = Principal(5, "ops", "Ops", "operator", None, None)
NEW_UPS = "1Z999AA10123456784"


def replace(
    engine: sa.Engine,
    who: Principal,
    carrier: str = "UPS",
    number: str = " 1z999aa1 0123456784 ",
    shipment: str = "S1",
    order: str = "O1",
    now: dt.datetime = NOW,
) -> proof.Replacement:
    with transaction(engine) as connection:
        return proof.replace_shipment(
            connection,
            who,
            order_id=order,
            shipment_id=shipment,
            carrier=carrier,
            tracking_number=number,
            now=now,
            sources=("17track", "kuaidi100"),
        )


def shipments(engine: sa.Engine) -> dict[str, tuple[str, str, str | None, dt.datetime]]:
    with engine.connect() as connection:
        rows = connection.execute(sa.select(SHIPMENTS).where(SHIPMENTS.c.order_id == "O1"))
        return {
            r.shipment_id: (r.carrier, r.tracking_number, r.replaced_by, r.uploaded_at)
            for r in rows
        }


def test_the_new_shipment_replaces_the_old_and_is_registered(store_engine: sa.Engine) -> None:
    seed_orders(store_engine)
    made = replace(store_engine, MAIN)
    assert made.created and made.shipment_id == "S1.r1" and made.old_shipment_id == "S1"
    found = shipments(store_engine)
    assert found["S1.r1"] == ("ups", NEW_UPS, None, NOW)
    assert found["S1"][2] == "S1.r1"
    with store_engine.connect() as connection:
        audit = connection.execute(sa.select(audit_log)).one()
        registered = connection.execute(
            sa.select(parcel_registrations.c.feed, parcel_registrations.c.outcome)
        ).all()
        matched = connection.scalar(
            sa.select(parcels.c.matched_at).where(parcels.c.tracking_number == NEW_UPS)
        )
    assert (audit.actor, audit.action, audit.entity_id) == ("m1-main", "shipment_replaced", "S1")
    assert audit.detail["replaced_by"] == "S1.r1"
    assert audit.detail["new"] == {"carrier": "ups", "tracking_number": NEW_UPS}
    assert sorted(registered) == [("17track", "pending"), ("kuaidi100", "pending")]
    assert matched == NOW


def test_repeating_the_replacement_returns_the_first_result(store_engine: sa.Engine) -> None:
    seed_orders(store_engine)
    first = replace(store_engine, MAIN)
    again = replace(store_engine, MAIN, now=NOW + dt.timedelta(minutes=5))
    assert not again.created and again.shipment_id == first.shipment_id
    assert again.uploaded_at == NOW
    assert len(shipments(store_engine)) == 2
    with store_engine.connect() as connection:
        assert connection.scalar(sa.select(sa.func.count()).select_from(audit_log)) == 1


def test_a_replaced_shipment_cannot_be_replaced_by_another_number(
    store_engine: sa.Engine,
) -> None:
    seed_orders(store_engine)
    replace(store_engine, MAIN)
    with pytest.raises(proof.ProofRefused, match=r"replaced by 'S1\.r1' already"):
        replace(store_engine, MAIN, carrier="dhl", number="1234567891")
    # The replacement itself can be replaced; the new id keeps the original's stem.
    made = replace(store_engine, MAIN, carrier="dhl", number="1234567891", shipment="S1.r1")
    assert made.shipment_id == "S1.r2"
    assert shipments(store_engine)["S1.r1"][2] == "S1.r2"


def test_a_wrong_number_is_refused_with_the_likely_carriers(store_engine: sa.Engine) -> None:
    seed_orders(store_engine)
    with pytest.raises(proof.InvalidTrackingNumber) as refused:
        replace(store_engine, MAIN, carrier="ups", number="LX123456785CN")
    assert refused.value.check.reason == "bad_format"
    assert "chinapost" in refused.value.check.likely_carriers
    assert "chinapost" in str(refused.value)
    assert set(shipments(store_engine)) == {"S1"}


def test_an_unknown_carrier_is_refused(store_engine: sa.Engine) -> None:
    seed_orders(store_engine)
    with pytest.raises(proof.InvalidTrackingNumber, match="unknown_carrier"):
        replace(store_engine, MAIN, carrier="pigeon", number=NEW_UPS)


def test_the_same_carrier_and_number_is_nothing_to_replace(store_engine: sa.Engine) -> None:
    seed_orders(store_engine)
    replace(store_engine, MAIN)
    with pytest.raises(proof.ProofRefused, match="already has"):
        replace(store_engine, MAIN, carrier="ups", number=NEW_UPS, shipment="S1.r1")


def test_the_owning_sub_account_may_replace(store_engine: sa.Engine) -> None:
    seed_orders(store_engine)
    assert replace(store_engine, OWNER).created


@pytest.mark.parametrize("who", [OTHER_SUB, OTHER_MERCHANT, OPERATOR])
def test_nobody_else_may_and_learns_nothing(store_engine: sa.Engine, who: Principal) -> None:
    seed_orders(store_engine)
    with pytest.raises(OutOfScope):
        replace(store_engine, who)
    assert set(shipments(store_engine)) == {"S1"}


def test_a_shipment_of_another_order_is_not_found(store_engine: sa.Engine) -> None:
    seed_orders(store_engine)
    with pytest.raises(OutOfScope):
        replace(store_engine, MAIN, shipment="S2")
