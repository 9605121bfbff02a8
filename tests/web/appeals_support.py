"""Rows and helpers for the appeal tests, on the world of web_support (M1 with A1 main,
A2 and A3 subs; M2 with B1).

Today is NOW (2022-12-06 10:00 Shanghai). An order shipped on day D may be appealed on
view dates D + 24 … D + 30 (first disclosure at stat date D + 22, lag 2, window 7 days):
orders shipped 2022-11-06 … 2022-11-12 are inside the window today.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from fastapi.testclient import TestClient
from logistics_support import add_event, add_order, add_shipment, at
from PIL import Image
from web_support import USERS, csrf_of

from sellerstar.config import Settings
from sellerstar.domain.access import Principal, scope_for_merchant_user
from sellerstar.rules import RuleBook, load_rulebook
from sellerstar.services.appeals import EvidenceLimits, file_appeal
from sellerstar.store.db import transaction
from sellerstar.store.schema import audit_log, contract_tables

IN_WINDOW = dt.date(2022, 11, 10)  # window 2022-12-04 … 2022-12-10
PRE_ADVICE = "Shipment information sent to FedEx"


def number(serial: int) -> str:
    """A FedEx tracking number (12 digits: any fits FedEx's published format)."""
    return f"7946{serial:08d}"


def event_at(day: dt.date, hour: int) -> dt.datetime:
    """An event time on a platform date."""
    return at(day, hour)


@dataclass(frozen=True)
class Parcel:
    """One failing shipment of the world and what its pre-check finds."""

    order_id: str
    shipment_id: str
    tracking_number: str


UNSURE_TEXT = "Sendung angemeldet"

# order id -> (owner, ship date, shipments: (shipment id, number, platform events,
# third-party events)); every order is M1's unless its id starts with MB.
_ORDERS: dict[str, tuple[str | None, dt.date, list[tuple[str, str, list[str], list[str]]]]] = {
    # One pre-advice event: fails; a single_real_event appeal is rejected by the rule.
    "TA1": (None, IN_WINDOW, [("S1", number(1), [PRE_ADVICE], [])]),
    # One real scan: a single_real_event appeal is approvable.
    "TA2": (None, IN_WINDOW, [("S2", number(2), ["Picked up"], [])]),
    # Nothing on the platform, two events on 17TRACK: third_party_tracking approvable.
    "TA3": (None, IN_WINDOW, [("S3", number(3), [], ["Label created", "In transit"])]),
    # No tracking anywhere: never approvable.
    "TA4": (None, IN_WINDOW, [("S4", number(4), [], [])]),
    # A number that does not fit FedEx: wrong carrier or number, never approvable.
    "TA5": (None, IN_WINDOW, [("S5", "FX-BAD-5", [PRE_ADVICE], [])]),
    # Two batches: S61 passes, S62 fails.
    "TA6": (
        None,
        IN_WINDOW,
        [("S61", number(61), [PRE_ADVICE, "Picked up"], []), ("S62", number(62), [], [])],
    ),
    # The window's boundaries: opens today, closed yesterday, closes today, opens tomorrow.
    "TA7": (None, dt.date(2022, 11, 12), [("S7", number(7), [], [])]),
    "TA8": (None, dt.date(2022, 11, 5), [("S8", number(8), [], [])]),
    "TA9": (None, dt.date(2022, 11, 6), [("S9", number(9), [], [])]),
    "TA10": (None, dt.date(2022, 11, 13), [("S10", number(10), [], [])]),
    # A single event whose wording the classifier judges real, but inside its review
    # band (German "shipment announced"): an operator reads it.
    "TA11": (None, IN_WINDOW, [("S11", number(11), [UNSURE_TEXT], [])]),
    # Only one 17TRACK event, of the same kind (French "parcel registered").
    "TA12": (None, IN_WINDOW, [("S12", number(12), [], ["Colis enregistré"])]),
    # Sub-account A2's order.
    "TA20": ("A2", IN_WINDOW, [("S20", number(20), [PRE_ADVICE], [])]),
    # Merchant M2's order.
    "MB1": (None, IN_WINDOW, [("S90", number(90), [PRE_ADVICE], [])]),
}


def appeal_world(engine: sa.Engine) -> None:
    """The orders above (tad, express, DAP to the US), shipped at 14:00 Shanghai."""
    with transaction(engine) as connection:
        for order_id, (owner, shipped, shipments) in _ORDERS.items():
            merchant = "M2" if order_id.startswith("MB") else "M1"
            add_order(connection, order_id, merchant=merchant, owner=owner, shipped=shipped)
            for index, (shipment_id, parcel, platform, third) in enumerate(shipments):
                uploaded = at(shipped, 15) + dt.timedelta(minutes=index)
                add_shipment(connection, shipment_id, order_id, parcel, uploaded)
                for day, text in enumerate(platform, 1):
                    add_event(
                        connection, parcel, event_at(shipped + dt.timedelta(days=day), 9), text
                    )
                for day, text in enumerate(third, 1):
                    when = event_at(shipped + dt.timedelta(days=day), 11)
                    add_event(connection, parcel, when, text, source="17track")


def parcel_of(order_id: str, index: int = 0) -> Parcel:
    """The (order, shipment, number) of one shipment of the world."""
    shipment_id, parcel, _, _ = _ORDERS[order_id][2][index]
    return Parcel(order_id, shipment_id, parcel)


def png(width: int = 4, height: int = 3, colour: str = "red") -> bytes:
    """A small PNG screenshot."""
    out = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(out, format="PNG")
    return out.getvalue()


def use_evidence_folder(client: TestClient, folder: Path, **limits: Any) -> None:
    """Point the app's evidence settings at ``folder`` (and override limits)."""
    app: Any = client.app
    settings: Settings = app.state.settings
    app.state.settings = settings.model_copy(update={"evidence_dir": folder, **limits})


def file_form(
    client: TestClient,
    parcel: Parcel,
    appeal_type: str,
    *,
    files: list[tuple[str, bytes, str]] | None = None,
    tracking_number: str | None = None,
    confirm: bool = True,
) -> Any:
    """POST the filing form (multipart) as the signed-in user; returns the response.
    ``confirm``: tick "file anyway" (needed when the pre-check predicts failure)."""
    shots = [("shot.png", png(), "image/png")] if files is None else files
    return client.post(
        "/m/appeals",
        data={
            "csrf_token": csrf_of(client),
            "order_id": parcel.order_id,
            "shipment_id": parcel.shipment_id,
            "appeal_type": appeal_type,
            "tracking_number": parcel.tracking_number
            if tracking_number is None
            else tracking_number,
            **({"confirm_failure": "1"} if confirm else {}),
        },
        files=[("screenshots", shot) for shot in shots],
    )


def appeal_id_of(response: Any) -> str:
    """The appeal id of a successful filing (its page is where it redirects)."""
    assert response.status_code == 303, response.text
    location: str = response.headers["location"]
    assert location.startswith("/m/appeals/AP"), location
    return location.removeprefix("/m/appeals/").split("?")[0]


def appeal_rows(engine: sa.Engine) -> list[sa.Row[Any]]:
    """Every contract appeal row."""
    with engine.connect() as connection:
        return list(connection.execute(sa.select(contract_tables["tracking_appeals"])))


def audit_rows(engine: sa.Engine, prefix: str = "appeal_") -> list[sa.Row[Any]]:
    """Audit rows of appeals, oldest first."""
    with engine.connect() as connection:
        return list(
            connection.execute(
                sa.select(audit_log)
                .where(audit_log.c.action.startswith(prefix))
                .order_by(audit_log.c.id)
            )
        )


@cache
def shipped_rules() -> RuleBook:
    """The shipped rule book, read once."""
    return load_rulebook()


def principal(login: str) -> Principal:
    """The principal of a user of the world (web_support.USERS)."""
    role, merchant, account = USERS[login]
    return Principal(0, login, login.upper(), role, merchant, account)


def file_now(
    engine: sa.Engine,
    folder: Path,
    order_id: str,
    appeal_type: str,
    when: dt.datetime,
    *,
    login: str = "m1-main",
    book: RuleBook | None = None,
) -> str:
    """File an appeal through the service at ``when`` (its submitted_at)."""
    parcel = parcel_of(order_id)
    who = principal(login)
    return file_appeal(
        engine,
        scope_for_merchant_user(who),
        who,
        order_id=parcel.order_id,
        shipment_id=parcel.shipment_id,
        appeal_type=appeal_type,
        tracking_number=parcel.tracking_number,
        files=[("shot.png", png())],
        book=book or shipped_rules(),
        limits=EvidenceLimits(folder, 1 << 20, 5),
        now=when,
        failure_confirmed=True,
    )


def import_appeal(
    engine: sa.Engine, appeal_id: str, order_id: str, status: str, submitted: dt.datetime
) -> None:
    """An appeal as the data import brings it: the contract row only, no review record."""
    parcel = parcel_of(order_id)
    with transaction(engine) as connection:
        connection.execute(
            contract_tables["tracking_appeals"]
            .insert()
            .values(
                appeal_id=appeal_id,
                order_id=parcel.order_id,
                shipment_id=parcel.shipment_id,
                appeal_type="third_party_tracking",
                submitted_at=submitted,
                status=status,
                decided_at=None if status == "pending" else submitted + dt.timedelta(days=2),
            )
        )
