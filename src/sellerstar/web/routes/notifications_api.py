"""Notifications in the JSON API (docs/notifications.md): one's inbox (with titles and
sentences in the request's language) and marking it read, one's preferences, and — main
account only — the merchant's webhook endpoints, their log and replay. Merchant users
only (operators use their page); another merchant's ids answer 404. A session must send
its X-CSRF-Token on writes.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from sellerstar.domain.access import MERCHANT_ROLES, Role
from sellerstar.domain.notifications import Channel, EmailMode
from sellerstar.queries import notifications as queries
from sellerstar.services import notification_delivery, notification_settings
from sellerstar.services.notification_settings import NotificationRefused
from sellerstar.store.db import transaction
from sellerstar.web.auth import Auth, CsrfChecked, Now, ReadConnection, api_user
from sellerstar.web.deps import PageNumber
from sellerstar.web.words import notifications as words

RowId = Annotated[int, Path(ge=1, le=2**31 - 1)]
router = APIRouter(prefix="/api/v1/notifications", tags=["notifications"])
ApiMerchant = Annotated[Auth, Depends(api_user(*MERCHANT_ROLES))]
ApiMain = Annotated[Auth, Depends(api_user(Role.MERCHANT_MAIN))]


class InboxMessage(BaseModel):
    delivery_id: int
    topic: str
    title: str
    text: str
    payload: dict[str, Any]
    created_at: dt.datetime
    read_at: dt.datetime | None


class Inbox(BaseModel):
    unread: int
    page: int
    more: bool
    messages: list[InboxMessage]


class MarkRead(BaseModel):
    delivery_ids: list[Annotated[int, Field(ge=1, le=2**31 - 1)]] = Field(
        default_factory=list, max_length=500
    )
    all: bool = False


class Preferences(BaseModel):
    email: str | None = Field(default=None, max_length=320)
    email_mode: EmailMode = EmailMode.IMMEDIATE
    language: str = Field(default="zh", pattern="^(zh|en)$")
    topics: dict[Annotated[str, Field(max_length=64)], list[Channel]] = Field(
        default_factory=dict, max_length=200
    )


class NewEndpoint(BaseModel):
    url: str = Field(max_length=500)


def _refused(refused: NotificationRefused, request: Request) -> JSONResponse:
    text = words.refusal(refused.code, request.state.locale, request.app.state.settings)
    return JSONResponse(
        {"detail": text, "code": refused.code}, status_code=words.REFUSALS.status(refused.code)
    )


@router.get("", response_model=Inbox)
def inbox(
    request: Request,
    auth: ApiMerchant,
    connection: ReadConnection,
    page: PageNumber = 1,
    unread: Annotated[bool, Query()] = False,
) -> Inbox:
    """One's own notifications, newest first, and the unread count."""
    user_id = auth.principal.user_id
    found = queries.inbox(connection, user_id, page=page, unread_only=unread)
    locale = request.state.locale
    messages = []
    for item in found.rows:
        rendered = words.render(item.topic, item.payload, locale)
        messages.append(
            InboxMessage(
                delivery_id=item.delivery_id,
                topic=item.topic,
                title=rendered.title,
                text=rendered.text,
                payload=item.payload,
                created_at=item.created_at,
                read_at=item.read_at,
            )
        )
    return Inbox(
        unread=queries.unread_count(connection, user_id),
        page=found.page,
        more=found.more,
        messages=messages,
    )


@router.post("/read", dependencies=[CsrfChecked])
def mark_read(request: Request, auth: ApiMerchant, at: Now, body: MarkRead) -> dict[str, int]:
    """Mark the given messages (or all) of one's own inbox read; how many changed."""
    if not body.all and not body.delivery_ids:
        raise HTTPException(422, words.word(words.NOTHING_CHOSEN, request.state.locale))
    with transaction(request.app.state.engine) as connection:
        changed = notification_settings.mark_read(
            connection,
            user_id=auth.principal.user_id,
            delivery_ids=None if body.all else body.delivery_ids,
            now=at,
        )
    return {"marked": changed}


@router.get("/preferences", response_model=Preferences)
def preferences(auth: ApiMerchant, connection: ReadConnection) -> Preferences:
    """One's own preferences (defaults when never saved)."""
    found = notification_delivery.preference_of(connection, auth.principal.user_id)
    topics = {topic: [Channel(c) for c in chosen] for topic, chosen in found.topics.items()}
    return Preferences(
        email=found.email, email_mode=found.email_mode, language=found.language, topics=topics
    )


@router.put("/preferences", dependencies=[CsrfChecked], response_model=None)
def save_preferences(
    request: Request, auth: ApiMerchant, at: Now, body: Preferences
) -> Preferences | JSONResponse:
    """Replace one's preferences."""
    try:
        with transaction(request.app.state.engine) as connection:
            notification_settings.save_preferences(
                connection,
                user_id=auth.principal.user_id,
                email=body.email,
                email_mode=body.email_mode,
                language=body.language,
                topics=body.topics,
                now=at,
            )
    except NotificationRefused as refused:
        return _refused(refused, request)
    return body


@router.get("/webhooks")
def webhooks(auth: ApiMain, connection: ReadConnection, page: PageNumber = 1) -> dict[str, Any]:
    """The merchant's endpoints (never their secrets) and the log of attempts."""
    merchant_id = str(auth.principal.merchant_id)
    log = queries.webhook_log(connection, merchant_id, page=page)
    return {
        "endpoints": [e.__dict__ for e in queries.endpoints(connection, merchant_id)],
        "log": [
            {
                "attempt_id": a.attempt_id,
                "delivery_id": a.delivery_id,
                "endpoint_id": a.endpoint_id,
                "attempted_at": a.attempted_at,
                "status_code": a.status_code,
                "response_excerpt": a.response_excerpt,
                "duration_ms": a.duration_ms,
                "outcome": a.outcome,
                "state": a.state,
                "topic": a.topic,
                "request_body": a.request_body,
            }
            for a in log.rows
        ],
        "page": log.page,
        "more": log.more,
    }


@router.post("/webhooks", dependencies=[CsrfChecked], status_code=201, response_model=None)
def add_endpoint(
    request: Request, auth: ApiMain, at: Now, body: NewEndpoint
) -> dict[str, Any] | JSONResponse:
    """Add an HTTPS endpoint; the answer holds its secret, shown only this once."""
    settings = request.app.state.settings
    try:
        with transaction(request.app.state.engine) as connection:
            endpoint_id, secret = notification_settings.add_endpoint(
                connection,
                merchant_id=str(auth.principal.merchant_id),
                endpoint_url=body.url,
                allow_loopback_http=settings.notify_webhook_allow_loopback_http,
                max_endpoints=settings.notify_webhook_max_endpoints,
                now=at,
            )
    except NotificationRefused as refused:
        return _refused(refused, request)
    return {"endpoint_id": endpoint_id, "secret": secret}


@router.post("/webhooks/{endpoint_id}/rotate", dependencies=[CsrfChecked])
def rotate(request: Request, auth: ApiMain, at: Now, endpoint_id: RowId) -> dict[str, Any]:
    """A new secret for the endpoint, shown only this once."""
    with transaction(request.app.state.engine) as connection:
        secret = notification_settings.rotate_secret(
            connection,
            merchant_id=str(auth.principal.merchant_id),
            endpoint_id=endpoint_id,
            now=at,
        )
    if secret is None:
        raise HTTPException(404)
    return {"endpoint_id": endpoint_id, "secret": secret}


@router.post("/deliveries/{delivery_id}/replay", dependencies=[CsrfChecked])
def replay(request: Request, auth: ApiMain, at: Now, delivery_id: RowId) -> dict[str, Any]:
    """Send a webhook delivery again on the notifier's next pass."""
    with transaction(request.app.state.engine) as connection:
        done = notification_settings.replay(
            connection,
            merchant_id=str(auth.principal.merchant_id),
            delivery_id=delivery_id,
            now=at,
        )
    if not done:
        raise HTTPException(404)
    return {"delivery_id": delivery_id, "state": "pending"}
