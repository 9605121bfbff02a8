"""Tracking in the JSON API: read a parcel, and re-upload a shipment's logistics proof.

``GET /api/v1/tracking/{carrier}/{tracking_number}``: the parcel and its events in time
order, each marked pre-advice or not (operator, or a merchant user whose shipment it is).
``POST /api/v1/orders/{order_id}/shipments/{shipment_id}/replace``: a new carrier and
tracking number replace a wrong shipment (rulebook §1.4); JSON or form body.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated, Any
from zoneinfo import ZoneInfo

from fastapi import APIRouter, BackgroundTasks, Depends, FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from sellerstar.domain.access import MERCHANT_ROLES
from sellerstar.ingest import bounded_json
from sellerstar.queries import tracking as tracking_query
from sellerstar.services import proof, tracking
from sellerstar.store.db import transaction
from sellerstar.web.auth import (
    ApiStaff,
    Auth,
    CsrfChecked,
    Now,
    ReadConnection,
    api_user,
)
from sellerstar.web.deps import Clients
from sellerstar.web.i18n import N_


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    yield
    clients = getattr(app.state, "feed_clients", None)
    if clients is not None:
        clients.close()


router = APIRouter(prefix="/api/v1", tags=["tracking"], lifespan=_lifespan)
ApiMerchant = Annotated[Auth, Depends(api_user(*MERCHANT_ROLES))]


class EventOut(BaseModel):
    """One event of the parcel; ``pre_advice``: the carrier has data, not the parcel."""

    event_time: dt.datetime
    received_at: dt.datetime
    description: str
    location: str | None
    status: str | None
    source: str
    pre_advice: bool
    pre_advice_rule: str
    pre_advice_uncertain: bool = Field(
        description="Judged a real scan, but in the classifier's review band: an appeal "
        "resting on it goes to an operator."
    )


class ShipmentOut(BaseModel):
    """A shipment naming the parcel (``replaced_by`` set: it no longer counts)."""

    shipment_id: str
    order_id: str
    uploaded_at: dt.datetime
    replaced_by: str | None


class RegistrationOut(BaseModel):
    """The parcel's registration with a source."""

    feed: str
    outcome: str
    requested_at: dt.datetime
    registered_at: dt.datetime | None
    detail: str | None


class ParcelOut(BaseModel):
    """A parcel with its events in time order."""

    carrier: str
    tracking_number: str
    first_seen_at: dt.datetime | None
    last_received_at: dt.datetime | None
    last_fetched_at: dt.datetime | None
    stopped_at: dt.datetime | None
    shipments: list[ShipmentOut]
    registrations: list[RegistrationOut]
    events: list[EventOut]


class ReplacementOut(BaseModel):
    """The shipment that now counts for the order."""

    order_id: str
    shipment_id: str
    replaced_shipment_id: str
    carrier: str
    tracking_number: str
    uploaded_at: dt.datetime
    created: bool
    registering_with: list[str]


_REPLACEMENT = {
    "type": "object",
    "properties": {"carrier": {"type": "string"}, "tracking_number": {"type": "string"}},
    "required": ["carrier", "tracking_number"],
}


@router.get("/tracking/{carrier}/{tracking_number}")
def parcel(
    carrier: str, tracking_number: str, auth: ApiStaff, connection: ReadConnection
) -> ParcelOut:
    """The parcel and its events, oldest first, each judged pre-advice or not."""
    view = tracking_query.parcel_view(connection, auth.principal, carrier, tracking_number)
    return ParcelOut(
        carrier=view.carrier,
        tracking_number=view.tracking_number,
        first_seen_at=view.first_seen_at,
        last_received_at=view.last_received_at,
        last_fetched_at=view.last_fetched_at,
        stopped_at=view.stopped_at,
        shipments=[ShipmentOut(**vars(s)) for s in view.shipments],
        registrations=[RegistrationOut(**vars(r)) for r in view.registrations],
        events=[
            EventOut(
                event_time=e.event_time,
                received_at=e.received_at,
                description=e.description,
                location=e.location,
                status=e.status,
                source=e.source,
                pre_advice=e.pre_advice,
                pre_advice_rule=e.rule,
                pre_advice_uncertain=e.uncertain,
            )
            for e in view.events
        ],
    )


@router.post(
    "/orders/{order_id}/shipments/{shipment_id}/replace",
    dependencies=[CsrfChecked],
    status_code=201,
    responses={200: {"model": ReplacementOut}, 422: {"description": "bad carrier or number"}},
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                media_type: {"schema": _REPLACEMENT}
                for media_type in ("application/json", "application/x-www-form-urlencoded")
            },
        }
    },
)
async def replace_shipment(
    order_id: str,
    shipment_id: str,
    request: Request,
    auth: ApiMerchant,
    at: Now,
    clients: Clients,
    background: BackgroundTasks,
) -> JSONResponse:
    """Replace the shipment's carrier and tracking number by a new shipment (JSON or form
    with ``carrier`` and ``tracking_number``); 201 when made, 200 when made before."""
    carrier, number = await _fields(request)
    engine = request.app.state.engine
    sources = clients.feeds

    def replace() -> proof.Replacement:
        with transaction(engine) as connection:
            return proof.replace_shipment(
                connection,
                auth.principal,
                order_id=order_id,
                shipment_id=shipment_id,
                carrier=carrier,
                tracking_number=number,
                now=at,
                sources=sources,
            )

    try:
        made = await run_in_threadpool(replace)
    except proof.InvalidTrackingNumber as exc:
        return JSONResponse(
            {
                "detail": str(exc),
                "reason": exc.check.reason,
                "likely_carriers": list(exc.check.likely_carriers),
            },
            status_code=422,
        )
    zone = ZoneInfo(request.app.state.rulebook.in_force_at(at).calendar.timezone)
    # After the commit and the answer: the sources may be slow or down.
    background.add_task(
        tracking.register, engine, made.carrier, made.tracking_number, at, clients, zone
    )
    out = ReplacementOut(
        order_id=made.order_id,
        shipment_id=made.shipment_id,
        replaced_shipment_id=made.old_shipment_id,
        carrier=made.carrier,
        tracking_number=made.tracking_number,
        uploaded_at=made.uploaded_at,
        created=made.created,
        registering_with=list(sources),
    )
    return JSONResponse(out.model_dump(mode="json"), status_code=201 if made.created else 200)


async def _fields(request: Request) -> tuple[str, str]:
    content_type = request.headers.get("content-type", "")
    data: Any
    if content_type.startswith("application/json"):
        try:
            data = bounded_json.loads(await request.body())
        except bounded_json.TooDeep as exc:
            raise HTTPException(400, N_("the JSON body is nested too deeply")) from exc
        except ValueError as exc:
            raise HTTPException(422, N_("the body is not valid JSON")) from exc
    else:
        data = await request.form()
    if not hasattr(data, "get"):
        raise HTTPException(422, N_("send carrier and tracking_number"))
    values = []
    for name in ("carrier", "tracking_number"):
        value = data.get(name)
        if not isinstance(value, str) or not value.strip():
            raise HTTPException(422, f"{name}: is missing or empty")
        values.append(value.strip())
    return values[0], values[1]
