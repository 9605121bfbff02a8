"""The appeal pre-check judges stored events with the learned pre-advice classifier.

A single-event appeal (rulebook §1.4) passes only when that event is a real scan. Here the
only event is a wording no known text or hand-written rule covers (Polish, Spanish,
Turkish), so the model decides: pre-advice is refused, a physical scan passes.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa

from sellerstar.domain.access import Scope
from sellerstar.domain.appeals import precheck
from sellerstar.domain.pre_advice import classify
from sellerstar.rules import load_rulebook
from sellerstar.services.appeal_shipments import appeal_rules, shipment_view
from sellerstar.store.db import transaction
from sellerstar.store.schema import contract_tables, event_key

BOOK = load_rulebook()
ZONE = ZoneInfo("Asia/Shanghai")
SHIPPED = dt.date(2022, 11, 10)
NOW = dt.datetime(2022, 12, 4, 10, tzinfo=ZONE)

_ES_LABEL = "Etiqueta creada, el paquete aún no ha sido recibido por el transportista"
PARCELS = {
    # order id: (tracking number, the only event, is it pre-advice)
    "PL-PRE": ("PL01", "Dane przesyłki zostały przekazane elektronicznie do przewoźnika", True),
    "PL-REAL": ("PL02", "Przesyłka dotarła do sortowni", False),
    "ES-PRE": ("ES03", _ES_LABEL, True),
    "TR-REAL": ("TR04", "Gönderi transfer merkezine ulaştı", False),
}


def _at(day: dt.date, hour: int) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, tzinfo=ZONE)


def _seed(engine: sa.Engine) -> None:
    tables = contract_tables
    with transaction(engine) as c:
        c.execute(
            tables["merchants"]
            .insert()
            .values(merchant_id="M1", name="Gdańsk Tools", membership="none", ta_status="active")
        )
        for order_id, (number, text, _) in PARCELS.items():
            c.execute(
                tables["orders"]
                .insert()
                .values(
                    order_id=order_id,
                    merchant_id="M1",
                    owner_account_id=None,
                    buyer_id="B",
                    trade_assurance=True,
                    destination_country="US",
                    trade_term="DAP",
                    export_mode="tad",
                    transport="express",
                    payment_method="tt",
                    status="shipped",
                    created_at=_at(SHIPPED, 8),
                    paid_at=_at(SHIPPED, 9),
                    shipped_at=_at(SHIPPED, 14),
                    amount_usd=100,
                    all_items_rts=True,
                    delivery_promise=True,
                )
            )
            c.execute(
                tables["shipments"]
                .insert()
                .values(
                    shipment_id=f"S-{order_id}",
                    order_id=order_id,
                    carrier="fedex",
                    tracking_number=number,
                    transport="express",
                    uploaded_at=_at(SHIPPED, 15),
                    replaced_by=None,
                )
            )
            when = _at(SHIPPED + dt.timedelta(days=1), 9)
            c.execute(
                tables["tracking_events"]
                .insert()
                .values(
                    event_key=event_key("fedex", number, "platform", when, text),
                    carrier="fedex",
                    tracking_number=number,
                    event_time=when,
                    received_at=when,
                    description=text,
                    location=None,
                    status=None,
                    source="platform",
                )
            )


@pytest.mark.parametrize("order_id", list(PARCELS))
def test_a_single_event_appeal_is_judged_by_the_model(
    sqlite_engine: sa.Engine, order_id: str
) -> None:
    _seed(sqlite_engine)
    _, text, expected = PARCELS[order_id]
    # Neither a known text nor a hand-written rule: the model decides this one.
    assert classify("fedex", text).rule.startswith("model:")
    rule_set = BOOK.in_force(NOW.date())
    with sqlite_engine.connect() as connection:
        view = shipment_view(
            connection, Scope("M1", None), order_id, f"S-{order_id}", rule_set, NOW
        )
    assert [(fact.description, fact.pre_advice) for fact in view.backend] == [(text, expected)]
    check = precheck("single_real_event", view.backend, [], appeal_rules(rule_set))
    if expected:
        assert (check.outcome, check.reason) == ("reject", "single_event_is_pre_advice")
    else:
        assert (check.outcome, check.reason) == ("approve", "single_event_is_real")
    assert check.backend_real_events == (0 if expected else 1)
