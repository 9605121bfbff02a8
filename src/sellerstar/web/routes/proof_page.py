"""Re-uploading a shipment's logistics proof from the tracking detail page (rulebook §1.4).

The same service as `POST /api/v1/orders/{order}/shipments/{shipment}/replace`; a wrong
carrier or number shows the page again with the reason and the carriers the number fits.
"""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote
from zoneinfo import ZoneInfo

from fastapi import APIRouter, BackgroundTasks, Form, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from sellerstar.domain import carriers as registry
from sellerstar.domain.access import scope_for_merchant_user
from sellerstar.services import proof, tracking
from sellerstar.store.db import transaction
from sellerstar.web.auth import CsrfChecked, Merchant, Now
from sellerstar.web.deps import Clients
from sellerstar.web.logistics_views import Filters, tracking_page
from sellerstar.web.words.logistics import carrier_name

router = APIRouter(include_in_schema=False)


@router.post(
    "/m/logistics/orders/{order_id}/shipments/{shipment_id}/replace",
    dependencies=[CsrfChecked],
)
async def replace_proof(
    request: Request,
    order_id: str,
    shipment_id: str,
    auth: Merchant,
    at: Now,
    clients: Clients,
    background: BackgroundTasks,
    carrier: Annotated[str, Form(max_length=64)],
    tracking_number: Annotated[str, Form(max_length=64)],
    params: Filters,
    other_carrier: Annotated[str, Form(max_length=100)] = "",
) -> Response:
    """Replace the shipment by a new one with this carrier and number, then show the order.

    The carrier is a registry carrier, "detect from the number" or another carrier named
    in words and looked up in 17TRACK's and Kuaidi100's lists (issue 18 item 2d)."""
    engine = request.app.state.engine
    chosen = registry.choose(carrier, other_carrier, tracking_number)

    def refused_page(error: dict[str, object], status_code: int) -> Response:
        with engine.connect() as connection:
            answer = tracking_page(
                request,
                connection,
                scope_for_merchant_user(auth.principal),
                order_id,
                at,
                proof_error=error,
                params=params,
            )
        answer.status_code = status_code
        return answer

    if chosen.code is None:
        error: dict[str, object] = {
            "shipment_id": shipment_id,
            "reason": chosen.problem,
            "likely": [f"{carrier_name(c)} ({c})" for c in chosen.suggestions],
        }
        return await run_in_threadpool(refused_page, error, 422)
    code = chosen.code

    def replace() -> proof.Replacement:
        with transaction(engine) as connection:
            return proof.replace_shipment(
                connection,
                auth.principal,
                order_id=order_id,
                shipment_id=shipment_id,
                carrier=code,
                tracking_number=tracking_number,
                now=at,
                sources=clients.feeds,
            )

    try:
        made = await run_in_threadpool(replace)
    except (proof.InvalidTrackingNumber, proof.ProofRefused) as refused:
        check = getattr(refused, "check", None)
        refusal: dict[str, object] = {
            "shipment_id": shipment_id,
            "reason": check.reason if check else "refused",
            "likely": [carrier_name(c) for c in check.likely_carriers] if check else [],
        }
        return await run_in_threadpool(refused_page, refusal, 422 if check else 409)
    zone = ZoneInfo(request.app.state.rulebook.in_force_at(at).calendar.timezone)
    background.add_task(
        tracking.register, engine, made.carrier, made.tracking_number, at, clients, zone
    )
    # The list's filters ride along, so the detail's way back still finds the list.
    detail = params.link(f"/m/logistics/orders/{quote(order_id)}")
    joiner = "&" if "?" in detail else "?"
    return RedirectResponse(f"{detail}{joiner}replaced={quote(made.shipment_id)}", status_code=303)
