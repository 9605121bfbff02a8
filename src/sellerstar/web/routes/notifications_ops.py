"""Notifications, the operators' page (docs/notifications.md): deliveries per channel and
state, the dead ones, and sending one again."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from sellerstar.domain.notifications import DeliveryState
from sellerstar.queries import notifications as queries
from sellerstar.services import notification_settings
from sellerstar.store.db import transaction
from sellerstar.web.auth import CsrfChecked, Now, Operator, ReadConnection
from sellerstar.web.deps import PageNumber
from sellerstar.web.templating import render
from sellerstar.web.words import notifications as words

router = APIRouter(include_in_schema=False)


@router.get("/ops/notifications")
def deliveries_page(
    request: Request, _auth: Operator, connection: ReadConnection, page: PageNumber = 1
) -> HTMLResponse:
    """Deliveries per channel and state; the dead ones, newest first."""
    context = {
        "overview": queries.overview(connection),
        "dead": queries.dead(connection, page=page),
        "states": list(DeliveryState),
        "state_labels": words.STATE_LABELS,
        "channel_labels": words.CHANNEL_LABELS,
    }
    return render(request, "ops_notifications.html", context)


@router.post("/ops/notifications/retry", dependencies=[CsrfChecked])
def retry(
    request: Request,
    _auth: Operator,
    at: Now,
    delivery_id: Annotated[int, Form(ge=1, le=2**31 - 1)],
) -> Response:
    """Send a dead (or any email/webhook) delivery again on the next pass."""
    with transaction(request.app.state.engine) as connection:
        done = notification_settings.replay(
            connection, merchant_id=None, delivery_id=delivery_id, now=at
        )
    if not done:
        raise HTTPException(404)
    return RedirectResponse("/ops/notifications", status_code=303)
